// Internal: the RE2 options every pattern of a pack is compiled with, shared by the pack
// validator and the detector so that "compiles in the pack" means "compiles in the detector".
#ifndef BLASTRADIUS_SRC_PATTERN_OPTIONS_H_
#define BLASTRADIUS_SRC_PATTERN_OPTIONS_H_

#include <cstdint>

#include <re2/re2.h>

namespace blastradius {

// Memory budget of one compiled pattern; each RE2::Set gets kSetMaxMemBytes. The set's DFA is
// built lazily inside that budget; when the states ordinary text needs do not fit, RE2 throws
// its cache away and rebuilds it over and over, and a scan gets ~10x slower with no error (the
// sanitizer/corpus/dev bench row shows it). With the 2026-11-30 packs the English set needs
// about 76 MiB of states on the development corpus (peak RSS 168 MB at 128 and at 256 MiB):
// at 64 MiB it thrashed (1.8 MB/s against 20.6 MB/s). Budget, not allocation: memory is used
// only as states are built.
inline constexpr int64_t kPatternMaxMemBytes = 8 << 20;
inline constexpr int64_t kSetMaxMemBytes = 128 << 20;

// UTF-8, case-insensitive (patterns run on case-folded text anyway), no logging.
RE2::Options PatternRegexOptions();

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_PATTERN_OPTIONS_H_
