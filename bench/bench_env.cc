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

int64_t FixedIterations(int64_t n) {
  const char* smoke = std::getenv("BLASTRADIUS_BENCH_SMOKE");
  return smoke != nullptr && std::string(smoke) == "1" ? 1 : n;
}

}  // namespace blastradius::bench
