// Internal: the scan behind MayHoldSecretInText (redact.h), for a writer that passes over the
// text anyway (the audit line escapes it in the same pass). One statement of the pre-check:
// MayHoldSecretInText is this scan run alone. Stateless apart from a SecretScan's position.
#ifndef BLASTRADIUS_SRC_REDACT_SCAN_H_
#define BLASTRADIUS_SRC_REDACT_SCAN_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "swar.h"

namespace blastradius::redact_internal {

// The bytes a check may start from (see redact.cc): a digit, ':', '=', '-', '_', 'I', 'J', 'b',
// 'B', and '.', '/', ';', '<', which share the range '-' to '=' with '-', the digits, ':' and '='
// (one range test a word) and which CheckAt turns away.
constexpr bool IsCheckByte(char c) {
  return (c >= '-' && c <= '=') || c == '_' || c == 'I' || c == 'J' || c == 'b' || c == 'B';
}

// Bit 7 set in each byte of `word` that IsCheckByte accepts.
inline uint64_t CheckBytes(uint64_t word) {
  using swar::AtLeast;
  using swar::Equal;
  const uint64_t dash_to_equals = AtLeast(word, '-') & ~AtLeast(word, '=' + 1);
  const uint64_t i_or_j = AtLeast(word, 'I') & ~AtLeast(word, 'J' + 1);
  return dash_to_equals | i_or_j | Equal(word, '_') | Equal(word | (0x20 * swar::kOnes), 'b');
}

#if defined(__SSE2__)
// Bit k set when byte k of the sixteen at `x` is one IsCheckByte accepts. REQUIRES: all sixteen
// are ASCII (a byte >= 0x80 compares as negative).
inline uint32_t CheckBytes16(__m128i x) {
  const __m128i dash_to_equals = _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8('-' - 1)),
                                               _mm_cmplt_epi8(x, _mm_set1_epi8('=' + 1)));
  const __m128i letters = _mm_or_si128(
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('I')), _mm_cmpeq_epi8(x, _mm_set1_epi8('J'))),
      _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('_')),
                   _mm_cmpeq_epi8(_mm_or_si128(x, _mm_set1_epi8(0x20)), _mm_set1_epi8('b'))));
  return static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(dash_to_equals, letters)));
}
#endif

// Walks the check bytes of one text in increasing order and says whether the rule each belongs
// to may match there. MayHoldSecretInText(text) is true exactly when CheckAt(i) is true for some
// i with IsCheckByte(text[i]), every such i visited in increasing order (a check may skip the
// rest of a digit run it read whole; later calls inside that run return false).
class SecretScan {
 public:
  explicit SecretScan(std::string_view text) : text_(text) {}
  // REQUIRES: IsCheckByte(text[i]) and i greater than every earlier call's.
  bool CheckAt(size_t i) {
    if (i < next_) return false;  // inside a digit run read whole
    const char c = text_[i];
    next_ = i + 1;
    if (c == '.' || c == '/' || c == ';' || c == '<') return false;  // no rule starts there
    return CheckRuleAt(i);
  }

 private:
  bool CheckRuleAt(size_t i);  // a digit run, a key before ':' or '=', a shape's literal

  std::string_view text_;
  size_t next_ = 0;  // where the scan stands: past a digit run read whole
};

}  // namespace blastradius::redact_internal

#endif  // BLASTRADIUS_SRC_REDACT_SCAN_H_
