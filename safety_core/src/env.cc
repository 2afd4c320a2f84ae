// The real environment: steady clock, system clock for timestamps, a random device, POSIX files,
// OpenSSL's CSPRNG for secret randomness.
#include "blastradius/env.h"

#include <fcntl.h>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <pthread.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <chrono>
#include <climits>
#include <cstring>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <thread>

namespace blastradius {
namespace {

Status ErrnoStatus(const std::string& what, const std::string& path) {
  return Status::Internal(what + " " + path + ": " + std::strerror(errno));
}

class PosixWritableFile : public WritableFile {
 public:
  PosixWritableFile(int fd, std::string path) : fd_(fd), path_(std::move(path)) {}
  ~PosixWritableFile() override {
    if (fd_ >= 0) ::close(fd_);
  }
  Status Append(std::string_view data) override {
    while (!data.empty()) {
      ssize_t n = ::write(fd_, data.data(), data.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        return ErrnoStatus("write", path_);
      }
      data.remove_prefix(static_cast<size_t>(n));
    }
    return Status::Ok();
  }
  Status Sync() override {
    if (::fdatasync(fd_) != 0) return ErrnoStatus("fdatasync", path_);
    return Status::Ok();
  }
  Status Close() override {
    if (fd_ < 0) return Status::Ok();
    int rc = ::close(fd_);
    fd_ = -1;
    if (rc != 0) return ErrnoStatus("close", path_);
    return Status::Ok();
  }

 private:
  int fd_;
  std::string path_;
};

class PosixEnv : public Env {
 public:
  PosixEnv() : rng_(std::random_device{}()) {}

  int64_t NowMillis() override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
  }
  int64_t EpochMillis() override {
    return std::chrono::duration_cast<std::chrono::milliseconds>(
               std::chrono::system_clock::now().time_since_epoch())
        .count();
  }
  void SleepForMillis(int64_t ms) override {
    if (ms > 0) std::this_thread::sleep_for(std::chrono::milliseconds(ms));
  }
  uint64_t Random64() override {
    std::lock_guard<std::mutex> lock(mu_);
    return rng_();
  }
  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0600);
    if (fd < 0) return ErrnoStatus("open", path);
    return std::unique_ptr<WritableFile>(new PosixWritableFile(fd, path));
  }
  StatusOr<std::string> ReadFileToString(const std::string& path) override {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Status::NotFound(path + ": cannot open file");
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
  }
  bool FileExists(const std::string& path) override {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0;
  }
  Status RemoveFile(const std::string& path) override {
    if (::unlink(path.c_str()) != 0) return ErrnoStatus("unlink", path);
    return Status::Ok();
  }

  // --- Atomic rewrites.
  StatusOr<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return ErrnoStatus("open", path);
    return std::unique_ptr<WritableFile>(new PosixWritableFile(fd, path));
  }
  Status RenameFile(const std::string& from, const std::string& to) override {
    if (::rename(from.c_str(), to.c_str()) != 0) {
      if (errno == ENOENT) return Status::NotFound("rename " + from + ": no such file");
      return ErrnoStatus("rename " + from + " to", to);
    }
    return Status::Ok();
  }
  Status SyncDir(const std::string& dir) override {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return ErrnoStatus("open directory", dir);
    const int rc = ::fsync(fd);
    const int saved = errno;
    ::close(fd);
    errno = saved;
    if (rc != 0) return ErrnoStatus("fsync directory", dir);
    return Status::Ok();
  }

 private:
  std::mutex mu_;
  std::mt19937_64 rng_;
};

}  // namespace

namespace {

// OpenSSL's RAND_bytes, looping over int-sized chunks.
Status FillFromCsprng(unsigned char* bytes, size_t n) {
  while (n > 0) {
    const int chunk = n > static_cast<size_t>(INT_MAX) ? INT_MAX : static_cast<int>(n);
    if (RAND_bytes(bytes, chunk) != 1) {
      return Status::Internal("RAND_bytes: the CSPRNG could not produce secret random bytes");
    }
    bytes += chunk;
    n -= static_cast<size_t>(chunk);
  }
  return Status::Ok();
}

// Per-thread buffer of CSPRNG output: one RAND_bytes call per 256 nonces instead of one per
// nonce. A call's cost is mostly fixed (~2 us for 256 bytes, ~2.5 us for 2 KiB on this
// machine's OpenSSL 3: the DRBG's locking and per-request checks), so 2 KiB costs ~10 ns a
// nonce where 256 bytes cost ~60 ns, a tenth of the guard's allow path. The bytes are the same
// CSPRNG output a call per nonce would return, handed out once each and wiped as they go:
// seeing some nonces tells nothing about the others (the DRBG's output is indistinguishable
// from random), and a memory read of the buffer is no worse than of the process's other
// secrets. After fork() the child starts with an empty buffer (the atfork handler runs in the
// child's only thread, the one that forked), so parent and child never share a nonce.
struct RandomBuffer {
  static constexpr size_t kBytes = 2048;
  unsigned char bytes[kBytes];
  size_t next = kBytes;  // kBytes: empty
};
thread_local RandomBuffer tls_random;

void ForgetBufferedRandomInChild() {
  OPENSSL_cleanse(tls_random.bytes, RandomBuffer::kBytes);
  tls_random.next = RandomBuffer::kBytes;
}

}  // namespace

Status Env::SecureRandomBytes(void* out, size_t n) {
  static std::once_flag atfork_registered;
  std::call_once(atfork_registered,
                 [] { pthread_atfork(nullptr, nullptr, &ForgetBufferedRandomInChild); });
  if (n == 0) return Status::Ok();  // `out` may be null (an empty vector's data())
  auto* bytes = static_cast<unsigned char*>(out);
  if (n > RandomBuffer::kBytes / 4) return FillFromCsprng(bytes, n);
  RandomBuffer& buf = tls_random;
  if (RandomBuffer::kBytes - buf.next < n) {
    BR_RETURN_IF_ERROR(FillFromCsprng(buf.bytes, RandomBuffer::kBytes));
    buf.next = 0;
  }
  std::memcpy(bytes, buf.bytes + buf.next, n);
  OPENSSL_cleanse(buf.bytes + buf.next, n);
  buf.next += n;
  return Status::Ok();
}

Env* Env::Default() {
  static Env* env = new PosixEnv();
  return env;
}

StatusOr<std::unique_ptr<WritableFile>> Env::NewWritableFile(const std::string& path) {
  return Status::FailedPrecondition("this Env cannot create " + path + " for rewriting");
}

Status Env::RenameFile(const std::string& from, const std::string&) {
  return Status::FailedPrecondition("this Env cannot rename " + from);
}

Status Env::SyncDir(const std::string& dir) {
  return Status::FailedPrecondition("this Env cannot sync directory " + dir);
}

std::string DirName(const std::string& path) {
  const size_t slash = path.rfind('/');
  if (slash == std::string::npos) return ".";
  if (slash == 0) return "/";
  return path.substr(0, slash);
}

Status ReplaceFileAtomically(Env* env, const std::string& path, std::string_view contents) {
  const std::string tmp = path + ".tmp";
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewWritableFile(tmp);
  if (!file.ok()) return file.status();
  BR_RETURN_IF_ERROR((*file)->Append(contents));
  BR_RETURN_IF_ERROR((*file)->Sync());
  BR_RETURN_IF_ERROR((*file)->Close());
  BR_RETURN_IF_ERROR(env->RenameFile(tmp, path));
  return env->SyncDir(DirName(path));
}

uint64_t UniformRandom(Env* env, uint64_t n) {
  // Rejection sampling keeps the draw unbiased.
  const uint64_t limit = UINT64_MAX - UINT64_MAX % n;
  uint64_t r;
  do {
    r = env->Random64();
  } while (r >= limit);
  return r % n;
}

}  // namespace blastradius
