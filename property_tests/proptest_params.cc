// Maps BLASTRADIUS_PROPTEST_CASES onto RapidCheck's own RC_PARAMS (max_success=N) before the
// first property runs, so that a long run is one environment variable away:
//   BLASTRADIUS_PROPTEST_CASES=5000 ctest --test-dir build -L property
// An explicit max_success inside RC_PARAMS wins. RapidCheck reads RC_PARAMS lazily, on the first
// check, which happens after static initialization.
#include <cstdlib>
#include <string>

namespace {

bool AllDigits(const std::string& s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

bool MapCasesToRcParams() {
  const char* cases = std::getenv("BLASTRADIUS_PROPTEST_CASES");
  if (cases == nullptr || !AllDigits(cases)) return false;
  const char* existing = std::getenv("RC_PARAMS");
  std::string params = existing == nullptr ? "" : existing;
  if (params.find("max_success") != std::string::npos) return false;
  if (!params.empty()) params += " ";
  params += "max_success=" + std::string(cases);
  return setenv("RC_PARAMS", params.c_str(), 1) == 0;
}

[[maybe_unused]] const bool kMapped = MapCasesToRcParams();

}  // namespace
