// ManualEnv: a test-only Env whose clock moves only when told to (or when someone sleeps on
// it), with seeded randomness and in-memory files. Thread-safe. Test code only.
#ifndef BLASTRADIUS_TESTS_TEST_ENV_H_
#define BLASTRADIUS_TESTS_TEST_ENV_H_

#include <algorithm>
#include <cstring>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "blastradius/env.h"
#include "saturating.h"

namespace blastradius::testing {

class ManualEnv : public Env {
 public:
  explicit ManualEnv(uint64_t seed = 1, int64_t start_ms = 1'000'000)
      : now_ms_(start_ms), state_(seed) {}

  int64_t NowMillis() override {
    std::lock_guard<std::mutex> lock(mu_);
    return now_ms_;
  }
  // Saturating, like the guard's own clock arithmetic: tests park the clock near INT64_MAX.
  int64_t EpochMillis() override { return SaturatingAdd(1'700'000'000'000, NowMillis()); }
  void SleepForMillis(int64_t ms) override { Advance(ms); }
  void Advance(int64_t ms) {
    std::lock_guard<std::mutex> lock(mu_);
    if (ms > 0) now_ms_ = SaturatingAdd(now_ms_, ms);
    slept_ms_ += ms > 0 ? ms : 0;
  }
  int64_t slept_ms() {
    std::lock_guard<std::mutex> lock(mu_);
    return slept_ms_;
  }
  uint64_t Random64() override { return SplitMix(); }

  // Seeded, so tests replay: the same splitmix64 stream as Random64, 8 bytes per draw.
  Status SecureRandomBytes(void* out, size_t n) override {
    auto* bytes = static_cast<unsigned char*>(out);
    for (size_t i = 0; i < n; i += 8) {
      const uint64_t r = SplitMix();
      std::memcpy(bytes + i, &r, std::min<size_t>(8, n - i));
    }
    return Status::Ok();
  }

  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (fail_open_) return Status::Internal("open " + path + ": injected failure");
    files_[path];  // create
    return std::unique_ptr<WritableFile>(new File(this, path));
  }
  StatusOr<std::string> ReadFileToString(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return Status::NotFound(path + ": no such file");
    return it->second;
  }
  bool FileExists(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    return files_.count(path) > 0;
  }
  Status RemoveFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    files_.erase(path);
    return Status::Ok();
  }
  // Atomic rewrites: no crash model here (fakes::SimEnv has one); renames are immediate.
  StatusOr<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (fail_open_) return Status::Internal("open " + path + ": injected failure");
    files_[path].clear();
    synced_[path] = 0;
    return std::unique_ptr<WritableFile>(new File(this, path));
  }
  Status RenameFile(const std::string& from, const std::string& to) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(from);
    if (it == files_.end()) return Status::NotFound(from + ": no such file");
    files_[to] = std::move(it->second);
    synced_[to] = synced_[from];
    files_.erase(from);
    synced_.erase(from);
    return Status::Ok();
  }
  Status SyncDir(const std::string&) override {
    std::lock_guard<std::mutex> lock(mu_);
    ++dir_syncs_;
    return Status::Ok();
  }
  int dir_syncs() {
    std::lock_guard<std::mutex> lock(mu_);
    return dir_syncs_;
  }
  // Replaces a file's contents (e.g. to truncate it like a crash would).
  void SetFile(const std::string& path, std::string contents) {
    std::lock_guard<std::mutex> lock(mu_);
    files_[path] = std::move(contents);
  }
  int syncs() {
    std::lock_guard<std::mutex> lock(mu_);
    return syncs_;
  }
  // A file's contents ("" if it does not exist).
  std::string Contents(const std::string& path) {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    return it == files_.end() ? std::string() : it->second;
  }
  // How many leading bytes of `path` the last Sync made durable.
  size_t SyncedBytes(const std::string& path) {
    std::lock_guard<std::mutex> lock(mu_);
    return synced_[path];
  }
  // Every Append from now on fails after writing `partial_bytes` of its data (a full disk).
  void FailAppends(bool fail, size_t partial_bytes = 0) {
    std::lock_guard<std::mutex> lock(mu_);
    fail_appends_ = fail;
    partial_bytes_ = partial_bytes;
  }
  void FailOpen(bool fail) {
    std::lock_guard<std::mutex> lock(mu_);
    fail_open_ = fail;
  }

 private:
  uint64_t SplitMix() {  // splitmix64
    std::lock_guard<std::mutex> lock(mu_);
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ull);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  class File : public WritableFile {
   public:
    File(ManualEnv* env, std::string path) : env_(env), path_(std::move(path)) {}
    Status Append(std::string_view data) override {
      std::lock_guard<std::mutex> lock(env_->mu_);
      if (env_->fail_appends_) {
        env_->files_[path_].append(data.substr(0, std::min(data.size(), env_->partial_bytes_)));
        return Status::Internal("write " + path_ + ": injected failure");
      }
      env_->files_[path_].append(data);
      return Status::Ok();
    }
    Status Sync() override {
      std::lock_guard<std::mutex> lock(env_->mu_);
      ++env_->syncs_;
      env_->synced_[path_] = env_->files_[path_].size();
      return Status::Ok();
    }
    Status Close() override { return Status::Ok(); }

   private:
    ManualEnv* env_;
    std::string path_;
  };

  std::mutex mu_;
  int64_t now_ms_;
  int64_t slept_ms_ = 0;
  uint64_t state_;
  int syncs_ = 0;
  int dir_syncs_ = 0;
  std::map<std::string, std::string> files_;
  std::map<std::string, size_t> synced_;
  bool fail_appends_ = false;
  size_t partial_bytes_ = 0;
  bool fail_open_ = false;
};

}  // namespace blastradius::testing

#endif  // BLASTRADIUS_TESTS_TEST_ENV_H_
