// TempDir: a fresh folder under $TMPDIR (else /tmp), named <prefix>-XXXXXX by mkdtemp, removed
// with everything in it when the object goes. path() is empty when the folder could not be
// made (then nothing is removed), so a caller checks it instead of building paths from a null
// mkdtemp answer. The one scratch-folder helper of the runner (server runs, crash runs), the
// MCP tests and the benchmarks; header-only, it needs nothing else from fakes. (safety_core's
// own tests never depend on fakes, so they keep their two local folders.)
#ifndef BLASTRADIUS_FAKES_TEMP_DIR_H_
#define BLASTRADIUS_FAKES_TEMP_DIR_H_

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace blastradius::fakes {

class TempDir {
 public:
  explicit TempDir(const std::string& prefix) {
    const char* base = std::getenv("TMPDIR");
    std::string pattern = std::string(base && *base ? base : "/tmp") + "/" + prefix + "-XXXXXX";
    if (mkdtemp(pattern.data()) != nullptr) path_ = pattern;
  }
  ~TempDir() {
    std::error_code ec;
    if (!path_.empty()) std::filesystem::remove_all(path_, ec);
  }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::string& path() const { return path_; }
  std::string operator/(const std::string& name) const { return path_ + "/" + name; }

 private:
  std::string path_;
};

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_TEMP_DIR_H_
