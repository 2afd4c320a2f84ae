// Internal: the RE2 options every pattern of a pack is compiled with, shared by the pack
// validator and the detector so that "compiles in the pack" means "compiles in the detector".
#ifndef BLASTRADIUS_SRC_PATTERN_OPTIONS_H_
#define BLASTRADIUS_SRC_PATTERN_OPTIONS_H_

#include <cstdint>

#include <re2/re2.h>

namespace blastradius {

// Memory budget of one compiled pattern; the RE2::Set gets kSetMaxMemBytes.
inline constexpr int64_t kPatternMaxMemBytes = 8 << 20;
inline constexpr int64_t kSetMaxMemBytes = 64 << 20;

// UTF-8, case-insensitive (patterns run on case-folded text anyway), no logging.
RE2::Options PatternRegexOptions();

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_PATTERN_OPTIONS_H_
