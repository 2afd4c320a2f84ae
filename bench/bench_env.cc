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

}  // namespace blastradius::bench
