// TempDir: a fresh folder under $TMPDIR (else /tmp), named <prefix>-XXXXXX by mkdtemp, removed
// with everything in it when the object goes. path() is empty when the folder could not be
// made. Used by server runs (one folder per seed) and by the gate tests (one per process).
#ifndef BLASTRADIUS_CHAOS_TEMP_DIR_H_
#define BLASTRADIUS_CHAOS_TEMP_DIR_H_

#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace blastradius::chaos {

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

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_TEMP_DIR_H_
