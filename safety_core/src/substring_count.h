// Internal: counting a string's occurrences in a text, overlapping ones included ("aa" occurs
// twice in "aaa"). Shared by the literal gate (ranking atoms by how often ordinary prose holds
// them) and the sanitizer fuzzer (a boundary marker must occur exactly once). Stateless,
// header-only.
#ifndef BLASTRADIUS_SRC_SUBSTRING_COUNT_H_
#define BLASTRADIUS_SRC_SUBSTRING_COUNT_H_

#include <cstddef>
#include <string_view>

namespace blastradius {

// How many times `needle` occurs in `haystack`, overlaps counted. REQUIRES: `needle` is not empty.
inline size_t CountOccurrences(std::string_view haystack, std::string_view needle) {
  size_t count = 0;
  for (size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + 1)) {
    ++count;
  }
  return count;
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_SUBSTRING_COUNT_H_
