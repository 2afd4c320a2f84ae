// Saturating int64 arithmetic for clock values and user-supplied durations: a sum or difference
// that would overflow sticks at INT64_MAX / INT64_MIN instead (signed overflow is undefined).
// Internal to safety_core. Pure functions; thread-safe.
#ifndef BLASTRADIUS_SRC_SATURATING_H_
#define BLASTRADIUS_SRC_SATURATING_H_

#include <cstdint>
#include <limits>

namespace blastradius {

inline int64_t SaturatingAdd(int64_t a, int64_t b) {
  int64_t sum = 0;
  if (!__builtin_add_overflow(a, b, &sum)) return sum;
  return b > 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
}

inline int64_t SaturatingSub(int64_t a, int64_t b) {
  int64_t difference = 0;
  if (!__builtin_sub_overflow(a, b, &difference)) return difference;
  return b < 0 ? std::numeric_limits<int64_t>::max() : std::numeric_limits<int64_t>::min();
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_SATURATING_H_
