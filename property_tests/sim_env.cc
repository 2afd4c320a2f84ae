#include "sim_env.h"

#include <utility>

namespace blastradius::proptest {

class SimEnv::SimFile : public WritableFile {
 public:
  SimFile(SimEnv* env, std::string path) : env_(env), path_(std::move(path)) {}
  Status Append(std::string_view data) override {
    if (closed_) return Status::FailedPrecondition(path_ + ": append after close");
    return env_->AppendTo(path_, data);
  }
  Status Sync() override { return Status::Ok(); }
  Status Close() override {
    closed_ = true;
    return Status::Ok();
  }

 private:
  SimEnv* env_;
  std::string path_;
  bool closed_ = false;
};

SimEnv::SimEnv(uint64_t seed, int64_t start_ms)
    : now_ms_(start_ms), rng_state_(seed ^ 0x9e3779b97f4a7c15ULL) {}

int64_t SimEnv::NowMillis() {
  std::lock_guard<std::mutex> lock(mu_);
  return now_ms_;
}

int64_t SimEnv::EpochMillis() {
  std::lock_guard<std::mutex> lock(mu_);
  return 1'700'000'000'000 + now_ms_;
}

void SimEnv::SleepForMillis(int64_t ms) {
  if (ms <= 0) return;
  std::lock_guard<std::mutex> lock(mu_);
  now_ms_ += ms;
  slept_ms_ += ms;
}

uint64_t SimEnv::Random64() {
  // SplitMix64: small, fast, and fully determined by the seed.
  std::lock_guard<std::mutex> lock(mu_);
  uint64_t z = (rng_state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

StatusOr<std::unique_ptr<WritableFile>> SimEnv::NewAppendableFile(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    files_[path];  // creates it if needed
  }
  return std::unique_ptr<WritableFile>(new SimFile(this, path));
}

StatusOr<std::string> SimEnv::ReadFileToString(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound(path + ": no such simulated file");
  return it->second.contents;
}

bool SimEnv::FileExists(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  return files_.count(path) > 0;
}

Status SimEnv::RemoveFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  if (files_.erase(path) == 0) return Status::NotFound(path + ": no such simulated file");
  return Status::Ok();
}

void SimEnv::Advance(int64_t ms) {
  std::lock_guard<std::mutex> lock(mu_);
  now_ms_ += ms;
}

int64_t SimEnv::slept_ms() const {
  std::lock_guard<std::mutex> lock(mu_);
  return slept_ms_;
}

std::vector<AppendRecord> SimEnv::Appends(const std::string& path) const {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return {};
  return it->second.appends;
}

void SimEnv::SetFileContents(const std::string& path, std::string contents) {
  std::lock_guard<std::mutex> lock(mu_);
  File& file = files_[path];
  file.contents = std::move(contents);
  file.appends.clear();
}

void SimEnv::SetAppendHook(std::function<void(const std::string&, size_t)> hook) {
  std::lock_guard<std::mutex> lock(mu_);
  hook_ = std::move(hook);
}

Status SimEnv::AppendTo(const std::string& path, std::string_view data) {
  std::function<void(const std::string&, size_t)> hook;
  size_t offset = 0;
  {
    std::lock_guard<std::mutex> lock(mu_);
    hook = hook_;
    offset = files_[path].contents.size();
  }
  if (hook) hook(path, offset);  // outside the lock: the hook may read the env
  std::lock_guard<std::mutex> lock(mu_);
  File& file = files_[path];
  file.appends.push_back({file.contents.size(), file.contents.size() + data.size()});
  file.contents.append(data);
  return Status::Ok();
}

}  // namespace blastradius::proptest
