// MemoryEnv: a small Env for unit tests. Files live in memory, time is a manual clock that
// SleepForMillis advances (nothing really sleeps), randomness is a fixed counter. Appends can be
// made to fail, and every file keeps how much of it was synced. Thread-safe.
#ifndef BLASTRADIUS_TESTS_MEMORY_ENV_H_
#define BLASTRADIUS_TESTS_MEMORY_ENV_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "blastradius/env.h"

namespace blastradius::testing {

class MemoryEnv : public Env {
 public:
  int64_t NowMillis() override {
    std::lock_guard<std::mutex> lock(mu_);
    return now_ms_;
  }
  int64_t EpochMillis() override { return 1'700'000'000'000 + NowMillis(); }
  void SleepForMillis(int64_t ms) override {
    std::lock_guard<std::mutex> lock(mu_);
    now_ms_ += ms;
  }
  uint64_t Random64() override {
    std::lock_guard<std::mutex> lock(mu_);
    return ++counter_;
  }

  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (fail_open_) return Status::Internal("open " + path + ": injected failure");
    files_[path];  // creates it
    return std::unique_ptr<WritableFile>(new File(this, path));
  }
  StatusOr<std::string> ReadFileToString(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = files_.find(path);
    if (it == files_.end()) return Status::NotFound(path + ": no such file");
    return it->second.data;
  }
  bool FileExists(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    return files_.count(path) > 0;
  }
  Status RemoveFile(const std::string& path) override {
    std::lock_guard<std::mutex> lock(mu_);
    if (files_.erase(path) == 0) return Status::NotFound(path + ": no such file");
    return Status::Ok();
  }

  // Test controls.
  void SetContents(const std::string& path, std::string data) {
    std::lock_guard<std::mutex> lock(mu_);
    files_[path] = {std::move(data), 0};
  }
  std::string Contents(const std::string& path) {
    std::lock_guard<std::mutex> lock(mu_);
    return files_[path].data;
  }
  // Bytes of `path` made durable by Sync so far.
  size_t SyncedBytes(const std::string& path) {
    std::lock_guard<std::mutex> lock(mu_);
    return files_[path].synced;
  }
  int sync_count() {
    std::lock_guard<std::mutex> lock(mu_);
    return syncs_;
  }
  // Every Append from now on fails (after writing `partial_bytes` of its data, like a full disk).
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
  struct Contents_ {
    std::string data;
    size_t synced = 0;
  };
  class File : public WritableFile {
   public:
    File(MemoryEnv* env, std::string path) : env_(env), path_(std::move(path)) {}
    Status Append(std::string_view data) override {
      std::lock_guard<std::mutex> lock(env_->mu_);
      Contents_& f = env_->files_[path_];
      if (env_->fail_appends_) {
        f.data.append(data.substr(0, std::min(data.size(), env_->partial_bytes_)));
        return Status::Internal("write " + path_ + ": injected failure");
      }
      f.data.append(data);
      return Status::Ok();
    }
    Status Sync() override {
      std::lock_guard<std::mutex> lock(env_->mu_);
      Contents_& f = env_->files_[path_];
      f.synced = f.data.size();
      ++env_->syncs_;
      return Status::Ok();
    }
    Status Close() override { return Status::Ok(); }

   private:
    MemoryEnv* env_;
    std::string path_;
  };

  std::mutex mu_;
  std::map<std::string, Contents_> files_;
  int64_t now_ms_ = 0;
  uint64_t counter_ = 0;
  int syncs_ = 0;
  bool fail_appends_ = false;
  size_t partial_bytes_ = 0;
  bool fail_open_ = false;
};

}  // namespace blastradius::testing

#endif  // BLASTRADIUS_TESTS_MEMORY_ENV_H_
