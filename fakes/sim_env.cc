#include "fakes/sim_env.h"

#include <algorithm>
#include <cstring>

namespace blastradius::fakes {

uint64_t SplitMix64(uint64_t* state) {
  uint64_t z = (*state += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

Xoshiro256::Xoshiro256(uint64_t seed) {
  uint64_t sm = seed;
  for (uint64_t& s : s_) s = SplitMix64(&sm);
}

uint64_t Xoshiro256::Next() {
  auto rotl = [](uint64_t x, int k) { return (x << k) | (x >> (64 - k)); };
  const uint64_t result = rotl(s_[1] * 5, 7) * 9;
  const uint64_t t = s_[1] << 17;
  s_[2] ^= s_[0];
  s_[3] ^= s_[1];
  s_[1] ^= s_[2];
  s_[0] ^= s_[3];
  s_[2] ^= t;
  s_[3] = rotl(s_[3], 45);
  return result;
}

class SimEnv::SimFile : public WritableFile {
 public:
  SimFile(SimEnv* env, std::string path) : env_(env), path_(std::move(path)) {}
  Status Append(std::string_view data) override {
    if (closed_) return Status::FailedPrecondition("append to closed file " + path_);
    env_->Append(path_, data);
    return Status::Ok();
  }
  Status Sync() override {
    if (closed_) return Status::FailedPrecondition("sync of closed file " + path_);
    env_->Sync(path_);
    return Status::Ok();
  }
  Status Close() override {
    closed_ = true;
    return Status::Ok();
  }

 private:
  SimEnv* env_;
  std::string path_;
  bool closed_ = false;
};

SimEnv::SimEnv(uint64_t seed, SimEnvOptions options)
    : seed_(seed), options_(options), now_ms_(options.start_clock_ms), rng_(seed) {}

int64_t SimEnv::NowMillis() {
  std::lock_guard<std::mutex> lock(mu_);
  return now_ms_;
}

int64_t SimEnv::EpochMillis() {
  std::lock_guard<std::mutex> lock(mu_);
  return options_.epoch_ms + now_ms_;
}

void SimEnv::SleepForMillis(int64_t ms) {
  if (ms <= 0) return;
  std::lock_guard<std::mutex> lock(mu_);
  now_ms_ += ms;
}

void SimEnv::AdvanceTo(int64_t ms) {
  std::lock_guard<std::mutex> lock(mu_);
  now_ms_ = std::max(now_ms_, ms);
}

void SimEnv::Advance(int64_t ms) {
  std::lock_guard<std::mutex> lock(mu_);
  now_ms_ += ms;
}

uint64_t SimEnv::Random64() {
  std::lock_guard<std::mutex> lock(mu_);
  return rng_.Next();
}

Status SimEnv::SecureRandomBytes(void* out, size_t n) {
  std::lock_guard<std::mutex> lock(mu_);
  auto* bytes = static_cast<unsigned char*>(out);
  for (size_t i = 0; i < n; i += 8) {
    const uint64_t r = rng_.Next();
    std::memcpy(bytes + i, &r, std::min<size_t>(8, n - i));
  }
  return Status::Ok();
}

StatusOr<std::unique_ptr<WritableFile>> SimEnv::NewAppendableFile(const std::string& path) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    files_.try_emplace(path);
  }
  return std::unique_ptr<WritableFile>(new SimFile(this, path));
}

StatusOr<std::string> SimEnv::ReadFileToString(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound("no such file: " + path);
  return it->second.data;
}

bool SimEnv::FileExists(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  return files_.count(path) > 0;
}

Status SimEnv::RemoveFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  if (files_.erase(path) == 0) return Status::NotFound("no such file: " + path);
  return Status::Ok();
}

void SimEnv::PutFile(const std::string& path, std::string content) {
  std::lock_guard<std::mutex> lock(mu_);
  File& f = files_[path];
  f.data = std::move(content);
  f.synced = f.data.size();
}

void SimEnv::Append(const std::string& path, std::string_view data) {
  std::lock_guard<std::mutex> lock(mu_);
  files_[path].data.append(data);
}

void SimEnv::Sync(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  File& f = files_[path];
  f.synced = f.data.size();
}

std::map<std::string, std::string> SimEnv::CrashImage() {
  std::lock_guard<std::mutex> lock(mu_);
  std::map<std::string, std::string> image;
  for (const auto& [path, file] : files_) {
    size_t unsynced = file.data.size() - file.synced;
    // Three equally likely fates for the unsynced tail: lost, torn, or fully written.
    size_t kept = 0;
    if (unsynced > 0) {
      switch (rng_.Next() % 3) {
        case 0: kept = 0; break;
        case 1: kept = rng_.Next() % unsynced; break;
        default: kept = unsynced; break;
      }
    }
    image[path] = file.data.substr(0, file.synced + kept);
  }
  return image;
}

void SimEnv::SimulateCrash() {
  std::map<std::string, std::string> image = CrashImage();
  for (auto& [path, content] : image) PutFile(path, std::move(content));
}

}  // namespace blastradius::fakes
