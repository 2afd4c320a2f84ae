// Internal: word-at-a-time ("SIMD within a register") byte tests for the sanitizer's per-byte
// pre-checks, eight bytes per step. Every mask is exact per byte: no carry crosses from one byte
// into the next (each test works on the low seven bits, whose sums stay below 0x100), so a mask
// bit is set exactly when the byte-by-byte test would say so. The masks hold bit 7 of each byte;
// byte k of the text is byte k of the word on little-endian machines, which the run-length helpers
// need: elsewhere (kWordAtATime false) they take one byte at a time. PrintableAsciiRunEnd takes
// sixteen bytes a step with SSE2 where the compiler targets it (x86-64 always does), the words
// elsewhere; PrintableAsciiRunEndWords runs the words everywhere, for the tests. Stateless,
// header-only.
#ifndef BLASTRADIUS_SRC_SWAR_H_
#define BLASTRADIUS_SRC_SWAR_H_

#include <bit>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace blastradius::swar {

inline constexpr bool kWordAtATime = std::endian::native == std::endian::little;
inline constexpr uint64_t kOnes = 0x0101010101010101ull;
inline constexpr uint64_t kHigh = 0x8080808080808080ull;
inline constexpr uint64_t kLow7 = 0x7F7F7F7F7F7F7F7Full;

inline uint64_t Load(const char* p) {
  uint64_t word;
  std::memcpy(&word, p, sizeof(word));
  return word;
}

// Bit 7 set in each byte >= n. REQUIRES: 1 <= n <= 0x80.
constexpr uint64_t AtLeast(uint64_t word, unsigned n) {
  return (((word & kLow7) + (0x80 - n) * kOnes) | word) & kHigh;
}

// Bit 7 set in each byte equal to c.
constexpr uint64_t Equal(uint64_t word, unsigned char c) {
  const uint64_t v = word ^ (c * kOnes);
  return ~(((v & kLow7) + kLow7) | v) & kHigh;
}

// Index of the first byte whose mask bit is set. REQUIRES: mask != 0 and kWordAtATime.
inline size_t FirstSet(uint64_t mask) { return static_cast<size_t>(std::countr_zero(mask)) / 8; }

// True if every byte is < 0x80.
inline bool AllAscii(std::string_view text) {
  size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    if (Load(text.data() + i) & kHigh) return false;
  }
  for (; i < text.size(); ++i) {
    if (static_cast<unsigned char>(text[i]) >= 0x80) return false;
  }
  return true;
}

// The end of the run of printable ASCII, '\n' and '\t' that starts at `i`, eight bytes a word.
inline size_t PrintableAsciiRunEndWords(std::string_view text, size_t i) {
  auto kept = [](unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t'; };
  if constexpr (kWordAtATime) {
    for (; i + 8 <= text.size(); i += 8) {
      const uint64_t word = Load(text.data() + i);
      const uint64_t others = (~AtLeast(word, 0x20) | AtLeast(word, 0x7F)) &
                              ~(Equal(word, '\n') | Equal(word, '\t')) & kHigh;
      if (others != 0) return i + FirstSet(others);
    }
  }
  while (i < text.size() && kept(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

// The end of the run of printable ASCII, '\n' and '\t' that starts at `i`.
inline size_t PrintableAsciiRunEnd(std::string_view text, size_t i) {
#if defined(__SSE2__)
  // Signed compares: bytes >= 0x80 are negative, so "> 0x1F" leaves them out with the controls.
  const __m128i space_minus_one = _mm_set1_epi8(0x1F), del = _mm_set1_epi8(0x7F);
  const __m128i newline = _mm_set1_epi8('\n'), tab = _mm_set1_epi8('\t');
  for (; i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    const __m128i kept =
        _mm_or_si128(_mm_and_si128(_mm_cmpgt_epi8(x, space_minus_one), _mm_cmplt_epi8(x, del)),
                     _mm_or_si128(_mm_cmpeq_epi8(x, newline), _mm_cmpeq_epi8(x, tab)));
    const auto others = static_cast<uint32_t>(~_mm_movemask_epi8(kept) & 0xFFFF);
    if (others != 0) return i + static_cast<size_t>(std::countr_zero(others));
  }
#endif
  return PrintableAsciiRunEndWords(text, i);
}

}  // namespace blastradius::swar

#endif  // BLASTRADIUS_SRC_SWAR_H_
