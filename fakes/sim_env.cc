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

// Writes go to the file's inode, so a handle keeps writing to a file that was renamed.
class SimEnv::SimFile : public WritableFile {
 public:
  SimFile(SimEnv* env, Inode file, std::string path)
      : env_(env), file_(std::move(file)), path_(std::move(path)) {}
  Status Append(std::string_view data) override {
    if (closed_) return Status::FailedPrecondition("append to closed file " + path_);
    return env_->Append(file_, data);
  }
  Status Sync() override {
    if (closed_) return Status::FailedPrecondition("sync of closed file " + path_);
    return env_->Sync(file_);
  }
  Status Close() override {
    closed_ = true;
    return Status::Ok();
  }

 private:
  SimEnv* env_;
  Inode file_;
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

bool SimEnv::Mutate(bool* effect_at_crash) {
  *effect_at_crash = false;
  ++ops_;
  if (crashed_) return false;
  if (crash_at_ != 0 && ops_ >= crash_at_) {
    crashed_ = true;
    *effect_at_crash = true;
    return false;
  }
  return true;
}

Status SimEnv::Dead(const std::string& what) {
  return Status::Unavailable(what + ": the simulated process crashed at file operation " +
                             std::to_string(crash_at_));
}

StatusOr<std::unique_ptr<WritableFile>> SimEnv::Create(const std::string& path, bool truncate) {
  std::lock_guard<std::mutex> lock(mu_);
  bool at_crash = false;
  const bool alive = Mutate(&at_crash);
  if (!alive && !at_crash) return Dead("open " + path);
  Inode& file = files_[path];
  if (!file) {
    file = std::make_shared<File>();
    pending_.push_back({DirOp::Kind::kLink, path, "", file});
  } else if (truncate) {
    file->data.clear();
    file->synced = 0;
  }
  if (!alive) return Dead("open " + path);
  return std::unique_ptr<WritableFile>(new SimFile(this, file, path));
}

StatusOr<std::unique_ptr<WritableFile>> SimEnv::NewAppendableFile(const std::string& path) {
  return Create(path, /*truncate=*/false);
}

StatusOr<std::unique_ptr<WritableFile>> SimEnv::NewWritableFile(const std::string& path) {
  return Create(path, /*truncate=*/true);
}

StatusOr<std::string> SimEnv::ReadFileToString(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = files_.find(path);
  if (it == files_.end()) return Status::NotFound("no such file: " + path);
  return it->second->data;
}

bool SimEnv::FileExists(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  return files_.count(path) > 0;
}

Status SimEnv::RemoveFile(const std::string& path) {
  std::lock_guard<std::mutex> lock(mu_);
  bool at_crash = false;
  const bool alive = Mutate(&at_crash);
  if (!alive && !at_crash) return Dead("remove " + path);
  if (files_.erase(path) == 0) return Status::NotFound("no such file: " + path);
  pending_.push_back({DirOp::Kind::kUnlink, path, "", nullptr});
  return alive ? Status::Ok() : Dead("remove " + path);
}

Status SimEnv::RenameFile(const std::string& from, const std::string& to) {
  std::lock_guard<std::mutex> lock(mu_);
  bool at_crash = false;
  const bool alive = Mutate(&at_crash);
  if (!alive && !at_crash) return Dead("rename " + from);
  auto it = files_.find(from);
  if (it == files_.end()) return Status::NotFound("no such file: " + from);
  Inode file = it->second;
  files_.erase(it);
  files_[to] = std::move(file);
  pending_.push_back({DirOp::Kind::kRename, from, to, nullptr});
  return alive ? Status::Ok() : Dead("rename " + from);
}

Status SimEnv::SyncDir(const std::string& dir) {
  std::lock_guard<std::mutex> lock(mu_);
  bool at_crash = false;
  if (!Mutate(&at_crash)) return Dead("sync directory " + dir);
  std::vector<DirOp> rest;
  for (DirOp& op : pending_) {
    if (DirName(op.path) == dir) {
      Replay(op, &durable_);
    } else {
      rest.push_back(std::move(op));
    }
  }
  pending_ = std::move(rest);
  return Status::Ok();
}

void SimEnv::Replay(const DirOp& op, std::map<std::string, Inode>* names) {
  switch (op.kind) {
    case DirOp::Kind::kLink:
      (*names)[op.path] = op.inode;
      break;
    case DirOp::Kind::kUnlink:
      names->erase(op.path);
      break;
    case DirOp::Kind::kRename: {
      auto it = names->find(op.path);
      if (it == names->end()) break;  // its creation was lost: nothing to move
      Inode file = it->second;
      names->erase(it);
      (*names)[op.to] = std::move(file);
      break;
    }
  }
}

void SimEnv::PutFile(const std::string& path, std::string content) {
  std::lock_guard<std::mutex> lock(mu_);
  auto file = std::make_shared<File>();
  file->data = std::move(content);
  file->synced = file->data.size();
  files_[path] = file;
  durable_[path] = file;
  std::erase_if(pending_, [&path](const DirOp& op) { return op.path == path || op.to == path; });
}

Status SimEnv::Append(const Inode& file, std::string_view data) {
  std::lock_guard<std::mutex> lock(mu_);
  bool at_crash = false;
  const bool alive = Mutate(&at_crash);
  if (at_crash) file->data.append(data);  // in the page cache when the power went
  if (!alive) return Dead("append");
  file->data.append(data);
  return Status::Ok();
}

Status SimEnv::Sync(const Inode& file) {
  std::lock_guard<std::mutex> lock(mu_);
  bool at_crash = false;
  if (!Mutate(&at_crash)) return Dead("sync");
  file->synced = file->data.size();
  return Status::Ok();
}

void SimEnv::CrashAtOperation(uint64_t n) {
  std::lock_guard<std::mutex> lock(mu_);
  crash_at_ = n == 0 ? 0 : ops_ + n;
  crashed_ = false;
}

bool SimEnv::crashed() {
  std::lock_guard<std::mutex> lock(mu_);
  return crashed_;
}

uint64_t SimEnv::mutating_operations() {
  std::lock_guard<std::mutex> lock(mu_);
  return ops_;
}

std::map<std::string, std::string> SimEnv::CrashImage() {
  std::lock_guard<std::mutex> lock(mu_);
  // Which names survive: the durable ones, then each un-synced change kept or lost.
  std::map<std::string, Inode> names = durable_;
  for (const DirOp& op : pending_) {
    if (rng_.Next() % 2 == 0) Replay(op, &names);
  }
  std::map<std::string, std::string> image;
  for (const auto& [path, file] : names) {
    const size_t unsynced = file->data.size() - file->synced;
    // Three equally likely fates for the unsynced tail: lost, torn, or fully written.
    size_t kept = 0;
    if (unsynced > 0) {
      switch (rng_.Next() % 3) {
        case 0:
          kept = 0;
          break;
        case 1:
          kept = rng_.Next() % unsynced;
          break;
        default:
          kept = unsynced;
          break;
      }
    }
    image[path] = file->data.substr(0, file->synced + kept);
  }
  return image;
}

void SimEnv::SimulateCrash() {
  std::map<std::string, std::string> image = CrashImage();
  {
    std::lock_guard<std::mutex> lock(mu_);
    files_.clear();
    durable_.clear();
    pending_.clear();
    crash_at_ = 0;
    crashed_ = false;
  }
  for (auto& [path, content] : image) PutFile(path, std::move(content));
}

}  // namespace blastradius::fakes
