// SimEnv: a simulated Env for tests and chaos runs, in the spirit of FoundationDB's simulator.
// Time is virtual (SleepForMillis advances the clock instantly, so a simulated hour costs
// microseconds), randomness is a seeded xoshiro256** stream (every run replays from its seed),
// and files live in memory: appended bytes become durable only when synced, and a simulated
// crash keeps the synced prefix plus, depending on the seed, a torn piece of the unsynced tail.
// Thread-safe (one mutex), though a chaos run drives it from a single thread.
#ifndef BLASTRADIUS_FAKES_SIM_ENV_H_
#define BLASTRADIUS_FAKES_SIM_ENV_H_

#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <string>

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
  int64_t start_clock_ms = 1'000'000;         // NowMillis() at creation
  int64_t epoch_ms = 1'700'000'000'000;       // EpochMillis() when NowMillis() == 0
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

  // Moves the clock forward to `ms` (never backwards).
  void AdvanceTo(int64_t ms);
  // Moves the clock forward by `ms`, as a test standing in for the outside world (a hung tool,
  // a slow human) does. REQUIRES: ms >= 0.
  void Advance(int64_t ms);
  uint64_t seed() const { return seed_; }

  // Creates or replaces a file whose whole content is durable (e.g. restored after a crash).
  void PutFile(const std::string& path, std::string content);
  // The bytes of each file as they would be on disk if the machine lost power now: the synced
  // prefix plus a seeded random prefix of the unsynced tail (possibly none, possibly all).
  std::map<std::string, std::string> CrashImage();
  // Applies CrashImage() to this env's own files (in-process crash simulation).
  void SimulateCrash();

 private:
  struct File {
    std::string data;
    size_t synced = 0;  // bytes of `data` that are durable
  };
  class SimFile;
  void Append(const std::string& path, std::string_view data);
  void Sync(const std::string& path);

  const uint64_t seed_;
  const SimEnvOptions options_;
  std::mutex mu_;
  int64_t now_ms_;
  Xoshiro256 rng_;
  std::map<std::string, File> files_;
};

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_SIM_ENV_H_
