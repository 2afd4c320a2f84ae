// BenchEnv: the Env the benchmarks hand to safety_core. Its clock is simulated (it moves only
// when someone sleeps on it, so budgets and breaker timeouts never fire by accident while a
// benchmark loops for seconds), its randomness is a lock-free seeded splitmix64, and its files
// are real files through Env::Default(). Lock-free so that it adds no contention of its own to
// the multi-threaded guard benchmarks. Thread-safe. Benchmark code only.
#ifndef BLASTRADIUS_BENCH_BENCH_ENV_H_
#define BLASTRADIUS_BENCH_BENCH_ENV_H_

#include <atomic>
#include <cstdint>
#include <memory>
#include <string>

#include "blastradius/env.h"

namespace blastradius::bench {

class BenchEnv : public Env {
 public:
  explicit BenchEnv(uint64_t seed = 1, int64_t start_ms = 1'000'000)
      : now_ms_(start_ms), state_(seed) {}

  int64_t NowMillis() override { return now_ms_.load(std::memory_order_relaxed); }
  int64_t EpochMillis() override { return 1'700'000'000'000 + NowMillis(); }
  void SleepForMillis(int64_t ms) override {
    if (ms > 0) now_ms_.fetch_add(ms, std::memory_order_relaxed);
  }
  uint64_t Random64() override {  // splitmix64 over an atomic counter
    uint64_t z = state_.fetch_add(0x9E3779B97F4A7C15ull, std::memory_order_relaxed) +
                 0x9E3779B97F4A7C15ull;
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    return z ^ (z >> 31);
  }

  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override {
    return Env::Default()->NewAppendableFile(path);
  }
  StatusOr<std::string> ReadFileToString(const std::string& path) override {
    return Env::Default()->ReadFileToString(path);
  }
  bool FileExists(const std::string& path) override { return Env::Default()->FileExists(path); }
  Status RemoveFile(const std::string& path) override {
    return Env::Default()->RemoveFile(path);
  }

 private:
  std::atomic<int64_t> now_ms_;
  std::atomic<uint64_t> state_;
};

// A path for a scratch file of this process: $BLASTRADIUS_BENCH_TMPDIR, else $TMPDIR, else /tmp.
std::string ScratchPath(const std::string& name);

// The iteration count of a row that runs a fixed number of iterations: `n`, or 1 in a smoke run
// (ctest's bench_*_smoke tests set BLASTRADIUS_BENCH_SMOKE=1), which only has to show the row
// runs and should not pay n untimed set-ups (a cold-start row builds a detector each iteration).
int64_t FixedIterations(int64_t n);

// The minimum time of a row that sets its own (which overrides --benchmark_min_time): `seconds`,
// or 0.001 in a smoke run.
double MinSeconds(double seconds);

}  // namespace blastradius::bench

#endif  // BLASTRADIUS_BENCH_BENCH_ENV_H_
