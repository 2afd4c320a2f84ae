// SimEnv: a simulated Env for tests and chaos runs, in the spirit of FoundationDB's simulator.
// Time is virtual (SleepForMillis advances the clock instantly, so a simulated hour costs
// microseconds), randomness is a seeded xoshiro256** stream (every run replays from its seed),
// and files live in memory with a power-loss model:
//   - a file's appended bytes become durable only when synced; a crash keeps the synced prefix
//     plus, depending on the seed, none, a torn piece or all of the unsynced tail;
//   - a directory's entries (creations, renames, removals) become durable only with SyncDir;
//     a crash keeps, depending on the seed, any subset of the un-synced ones (each is applied
//     whole or not at all, in order), so an un-synced new file may vanish, an un-synced rename
//     may be undone and an un-synced removal may come back.
// For SQLite-style crash loops, CrashAtOperation makes the N-th mutating file operation the
// moment the process dies. Thread-safe (one mutex), though a chaos run drives it from a single
// thread.
#ifndef BLASTRADIUS_FAKES_SIM_ENV_H_
#define BLASTRADIUS_FAKES_SIM_ENV_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "blastradius/env.h"

namespace blastradius::fakes {

// splitmix64 step: used to seed the main generator and to derive sub-seeds.
uint64_t SplitMix64(uint64_t* state);

// xoshiro256**: small, fast, good enough for fault draws; fully determined by its seed.
class Xoshiro256 {
 public:
  explicit Xoshiro256(uint64_t seed);
  uint64_t Next();

 private:
  uint64_t s_[4];
};

struct SimEnvOptions {
  int64_t start_clock_ms = 1'000'000;    // NowMillis() at creation
  int64_t epoch_ms = 1'700'000'000'000;  // EpochMillis() when NowMillis() == 0
};

class SimEnv : public Env {
 public:
  explicit SimEnv(uint64_t seed, SimEnvOptions options = {});
  SimEnv(const SimEnv&) = delete;  // owns the clock and files that others point at
  SimEnv& operator=(const SimEnv&) = delete;

  int64_t NowMillis() override;
  int64_t EpochMillis() override;
  void SleepForMillis(int64_t ms) override;
  uint64_t Random64() override;
  // Seeded like Random64 (the same stream, 8 bytes per draw), so a run's nonces replay too.
  Status SecureRandomBytes(void* out, size_t n) override;

  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override;
  StatusOr<std::string> ReadFileToString(const std::string& path) override;
  bool FileExists(const std::string& path) override;
  Status RemoveFile(const std::string& path) override;
  StatusOr<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override;
  Status RenameFile(const std::string& from, const std::string& to) override;
  Status SyncDir(const std::string& dir) override;

  // Moves the clock forward to `ms` (never backwards).
  void AdvanceTo(int64_t ms);
  // Moves the clock forward by `ms`, as a test standing in for the outside world (a hung tool,
  // a slow human) does. REQUIRES: ms >= 0.
  void Advance(int64_t ms);
  uint64_t seed() const { return seed_; }

  // Creates or replaces a file whose whole content and name are durable (e.g. restored after
  // a crash).
  void PutFile(const std::string& path, std::string content);
  // The files as they would be on disk if the machine lost power now (see the model above).
  // Draws from the seeded stream.
  std::map<std::string, std::string> CrashImage();
  // Applies CrashImage() to this env's own files (in-process crash simulation): every name and
  // byte left is durable, and a crash armed by CrashAtOperation is cleared (a new boot).
  void SimulateCrash();

  // Crash loops: the `n`-th mutating file operation from now (1-based; an Append, Sync, file
  // creation or truncation, RenameFile, RemoveFile or SyncDir) is where the process dies. That
  // operation happens only as far as it is not durable (an Append is buffered, a rename is an
  // un-synced entry; a Sync or SyncDir does nothing) and fails, and so does every mutating
  // operation after it, with Unavailable, until SimulateCrash. 0 disarms.
  void CrashAtOperation(uint64_t n);
  // Whether the armed crash happened.
  bool crashed();
  // Mutating file operations so far (including failed ones).
  uint64_t mutating_operations();

 private:
  struct File {
    std::string data;
    size_t synced = 0;  // bytes of `data` that are durable
  };
  using Inode = std::shared_ptr<File>;
  // A change to a directory that SyncDir has not made durable yet.
  struct DirOp {
    enum class Kind { kLink, kUnlink, kRename } kind;
    std::string path;  // the name linked or unlinked; the source of a rename
    std::string to;    // the target of a rename
    Inode inode;       // for kLink
  };
  class SimFile;
  // Counts one mutating operation; false if the process is dead (the crash point or after).
  // `effect_at_crash` is set when this operation is the crash point itself. REQUIRES: mu_ held.
  bool Mutate(bool* effect_at_crash);
  Status Dead(const std::string& what);
  StatusOr<std::unique_ptr<WritableFile>> Create(const std::string& path, bool truncate);
  Status Append(const Inode& file, std::string_view data);
  Status Sync(const Inode& file);
  static void Replay(const DirOp& op, std::map<std::string, Inode>* names);

  const uint64_t seed_;
  const SimEnvOptions options_;
  std::mutex mu_;
  int64_t now_ms_;
  Xoshiro256 rng_;
  std::map<std::string, Inode> files_;    // the names as the running process sees them
  std::map<std::string, Inode> durable_;  // the names that survive a crash for sure
  std::vector<DirOp> pending_;            // un-synced directory changes, oldest first
  uint64_t ops_ = 0;
  uint64_t crash_at_ = 0;  // 0: disarmed
  bool crashed_ = false;
};

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_SIM_ENV_H_
