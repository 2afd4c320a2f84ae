#include "bench_env.h"

#include <unistd.h>

#include <cstdlib>

namespace blastradius::bench {

std::string ScratchPath(const std::string& name) {
  const char* dir = std::getenv("BLASTRADIUS_BENCH_TMPDIR");
  if (!dir || !*dir) dir = std::getenv("TMPDIR");
  if (!dir || !*dir) dir = "/tmp";
  return std::string(dir) + "/blastradius-bench-" + std::to_string(::getpid()) + "-" + name;
}

namespace {
bool SmokeRun() {
  const char* smoke = std::getenv("BLASTRADIUS_BENCH_SMOKE");
  return smoke != nullptr && std::string(smoke) == "1";
}
}  // namespace

int64_t FixedIterations(int64_t n) { return SmokeRun() ? 1 : n; }

double MinSeconds(double seconds) { return SmokeRun() ? 0.001 : seconds; }

}  // namespace blastradius::bench
