// Env: everything safety_core needs from the outside world — time, sleeping, randomness and
// files — behind one interface, as in leveldb. Production uses Env::Default(); tests and chaos
// runs use a simulated Env (fakes/) so that a simulated hour costs microseconds and every run
// replays from its seed. Nothing in safety_core reads the wall clock or calls rand() directly.
// Implementations must be thread-safe.
#ifndef BLASTRADIUS_ENV_H_
#define BLASTRADIUS_ENV_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "blastradius/status.h"

namespace blastradius {

// A file opened for appending. Not thread-safe: one writer at a time.
class WritableFile {
 public:
  virtual ~WritableFile() = default;
  virtual Status Append(std::string_view data) = 0;
  // Makes everything appended so far durable (fsync).
  virtual Status Sync() = 0;
  virtual Status Close() = 0;
};

class Env {
 public:
  virtual ~Env() = default;

  // Milliseconds on a monotonic clock. Simulated envs start wherever they like.
  virtual int64_t NowMillis() = 0;
  // Wall-clock milliseconds since the Unix epoch, for timestamps in records only.
  virtual int64_t EpochMillis() = 0;
  // Blocks the calling thread for `ms` (a simulated env just advances its clock).
  virtual void SleepForMillis(int64_t ms) = 0;
  // A uniformly distributed 64-bit value. Seeded envs make runs reproducible.
  virtual uint64_t Random64() = 0;

  // Opens `path` for appending, creating it if needed (real files: mode 0600, owner only).
  virtual StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) = 0;
  // Reads a whole file. NotFound if it does not exist.
  virtual StatusOr<std::string> ReadFileToString(const std::string& path) = 0;
  virtual bool FileExists(const std::string& path) = 0;
  // Removes a name. Like a rename, durable only after SyncDir of its directory.
  virtual Status RemoveFile(const std::string& path) = 0;

  // ---- Secret randomness (boundary-marker nonces) ----------------------------------------
  // Fills `out` with `n` bytes from a cryptographically secure generator. The default is
  // OpenSSL's RAND_bytes (drawn 2 KiB at a time into a per-thread buffer, emptied in a
  // fork child), so an Env that does not override it is still unpredictable; simulated
  // envs override it with their seeded stream so runs replay. Random64() is for jitter and fault
  // draws only and must not be used where an attacker gains by predicting it. An error means the
  // bytes cannot be trusted: callers fail closed.
  virtual Status SecureRandomBytes(void* out, size_t n);

  // --- Atomic rewrites (the journal's torn-tail repair). A file's bytes become durable with
  // WritableFile::Sync; a directory's entries (creations, renames, removals) only with SyncDir.
  // The defaults return FailedPrecondition, so an Env that lacks them fails closed: a journal
  // cannot be opened on it.
  //
  // Opens `path` for writing from empty: creates it (mode 0600) or truncates it.
  virtual StatusOr<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path);
  // Atomically replaces `to` by `from` (POSIX rename): a reader sees the old or the new file,
  // never a mix. NotFound if `from` does not exist.
  virtual Status RenameFile(const std::string& from, const std::string& to);
  // Makes the entries of directory `dir` durable (fsync of the directory).
  virtual Status SyncDir(const std::string& dir);

  // The process-wide real environment. Never deleted.
  static Env* Default();
};

// A uniformly distributed value in [0, n) drawn from env->Random64(). REQUIRES: n > 0.
uint64_t UniformRandom(Env* env, uint64_t n);

// The directory holding `path`: "a/b/c" -> "a/b", "/c" -> "/", "c" -> ".".
std::string DirName(const std::string& path);

// Replaces the file at `path` by `contents` so that a crash at any point leaves either the old
// file or the new one, whole: writes `path`.tmp, syncs it, renames it over `path`, syncs the
// directory. On error `path` is unchanged or already replaced (the rename is the switch).
Status ReplaceFileAtomically(Env* env, const std::string& path, std::string_view contents);

}  // namespace blastradius

#endif  // BLASTRADIUS_ENV_H_
