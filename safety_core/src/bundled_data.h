// The data that ships inside the library: the bundled pattern packs (safety_core/packs/*.json)
// and the learned model (safety_core/models/learned_detector.txt). The build compiles their bytes
// in (cmake/embed_files.cmake), so a program that links safety_core — the installed or moved
// `blastradius`, a team's own program — reads no file to get them. Immutable; thread-safe.
#ifndef BLASTRADIUS_SRC_BUNDLED_DATA_H_
#define BLASTRADIUS_SRC_BUNDLED_DATA_H_

#include <span>
#include <string_view>

namespace blastradius {

struct EmbeddedFile {
  std::string_view name;     // the file's name, e.g. "role_switch.json"
  std::string_view content;  // its bytes
};

// The bundled pattern packs, sorted by file name.
std::span<const EmbeddedFile> BundledPackFiles();
// The bundled learned model: one file.
std::span<const EmbeddedFile> BundledModelFiles();

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_BUNDLED_DATA_H_
