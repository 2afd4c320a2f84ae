// SimEnv: the simulated environment the property tests run in — a manual clock that only moves
// when a test (or a SleepForMillis call) moves it, seeded randomness, and in-memory files that
// remember what was synced and can be cut at any byte to model a crash. Owned by the test that
// creates it; not shared with fakes/ on purpose (the properties keep their own small world).
// Thread-safe: one mutex guards everything.
#ifndef BLASTRADIUS_PROPERTY_TESTS_SIM_ENV_H_
#define BLASTRADIUS_PROPERTY_TESTS_SIM_ENV_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "blastradius/env.h"

namespace blastradius::proptest {

// One Append call on a simulated file: the byte range it wrote.
struct AppendRecord {
  size_t begin = 0;
  size_t end = 0;
};

class SimEnv : public Env {
 public:
  explicit SimEnv(uint64_t seed, int64_t start_ms = 1'000'000);

  int64_t NowMillis() override;
  int64_t EpochMillis() override;
  void SleepForMillis(int64_t ms) override;
  uint64_t Random64() override;

  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override;
  StatusOr<std::string> ReadFileToString(const std::string& path) override;
  bool FileExists(const std::string& path) override;
  Status RemoveFile(const std::string& path) override;

  // Moves the manual clock forward. REQUIRES: ms >= 0.
  void Advance(int64_t ms);
  // Total simulated time slept through SleepForMillis.
  int64_t slept_ms() const;

  // Every Append made to `path`, in order (what a crash may cut).
  std::vector<AppendRecord> Appends(const std::string& path) const;
  // Replaces a file's contents (e.g. with a prefix cut at a crash point).
  void SetFileContents(const std::string& path, std::string contents);
  // Called at the start of every Append to any file, before the bytes land. Tests use it to
  // remember what the world looked like when each journal write began.
  void SetAppendHook(std::function<void(const std::string& path, size_t offset)> hook);

 private:
  struct File {
    std::string contents;
    std::vector<AppendRecord> appends;
  };
  class SimFile;

  Status AppendTo(const std::string& path, std::string_view data);

  mutable std::mutex mu_;
  int64_t now_ms_;
  int64_t slept_ms_ = 0;
  uint64_t rng_state_;
  std::map<std::string, File> files_;
  std::function<void(const std::string&, size_t)> hook_;
};

}  // namespace blastradius::proptest

#endif  // BLASTRADIUS_PROPERTY_TESTS_SIM_ENV_H_
