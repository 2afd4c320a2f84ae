// The word-at-a-time byte tests (swar.h) answer exactly as one byte at a time: every byte value
// at every position of a word, run ends on texts cut at every length, and Clean, whose fast path
// they drive, keeps, strips or replaces each byte wherever it sits.
#include "swar.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <random>
#include <string>

#include "blastradius/sanitizer.h"

namespace blastradius {
namespace {

bool IsKept(unsigned char c) { return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t'; }

size_t KeptRunEndBytewise(const std::string& text, size_t i) {
  while (i < text.size() && IsKept(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

TEST(SwarTest, EveryByteValueAtEveryPositionOfAWord) {
  for (unsigned value = 0; value < 256; ++value) {
    for (int position = 0; position < 8; ++position) {
      for (unsigned filler : {0x00u, 0x41u, 0x7Fu, 0x80u, 0xFFu}) {
        unsigned char bytes[8];
        for (unsigned char& b : bytes) b = static_cast<unsigned char>(filler);
        bytes[position] = static_cast<unsigned char>(value);
        const uint64_t word = swar::Load(reinterpret_cast<const char*>(bytes));
        for (int k = 0; k < 8; ++k) {
          const uint64_t bit = uint64_t{0x80} << (8 * k);
          const unsigned char b = bytes[k];
          ASSERT_EQ((swar::AtLeast(word, 0x20) & bit) != 0, b >= 0x20) << value << " " << k;
          ASSERT_EQ((swar::AtLeast(word, 0x7F) & bit) != 0, b >= 0x7F) << value << " " << k;
          ASSERT_EQ((swar::AtLeast(word, 0x80) & bit) != 0, b >= 0x80) << value << " " << k;
          ASSERT_EQ((swar::Equal(word, '\n') & bit) != 0, b == '\n') << value << " " << k;
        }
      }
    }
  }
}

TEST(SwarTest, RunEndsAnswerAsTheBytewiseScan) {
  std::mt19937 rng(20261129);
  const std::string alphabet = "abcXYZ \n\t.<&%\x7F\x01\x80\xC3\xA9";
  for (int round = 0; round < 4000; ++round) {
    std::string text;
    const size_t length = rng() % 80;  // past the sixteen-byte SSE2 step and the word
    for (size_t k = 0; k < length; ++k) {
      // Mostly letters and spaces (long runs cross word boundaries), sometimes anything.
      const unsigned pick = rng() % 16;
      text += pick < 10   ? static_cast<char>('a' + rng() % 26)
              : pick < 14 ? alphabet[rng() % alphabet.size()]
                          : static_cast<char>(rng() % 256);
    }
    for (size_t i = 0; i <= text.size(); ++i) {
      ASSERT_EQ(swar::PrintableAsciiRunEnd(text, i), KeptRunEndBytewise(text, i)) << i;
      ASSERT_EQ(swar::PrintableAsciiRunEndWords(text, i), KeptRunEndBytewise(text, i)) << i;
    }
    bool ascii = true;
    for (char c : text) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    ASSERT_EQ(swar::AllAscii(text), ascii);
  }
}

// Clean over 24 printable bytes with one byte of every value at every offset: printable ASCII,
// '\n' and '\t' stay, other control bytes and DEL go, and a lone byte >= 0x80 (never valid UTF-8
// on its own) becomes U+FFFD, wherever the fast path's eight-byte words begin and end.
TEST(SwarTest, CleanKeepsStripsOrReplacesEachByteWhereverItSits) {
  const Sanitizer sanitizer(SanitizerOptions{}, nullptr);
  const std::string plain = "The quick brown fox jump";
  for (unsigned value = 0; value < 256; ++value) {
    for (size_t offset = 0; offset < plain.size(); ++offset) {
      std::string raw = plain;
      raw[offset] = static_cast<char>(value);
      std::string expected = plain.substr(0, offset);
      if (IsKept(static_cast<unsigned char>(value))) {
        expected += static_cast<char>(value);
      } else if (value >= 0x80) {
        expected += "\xEF\xBF\xBD";
      }
      expected += plain.substr(offset + 1);
      bool truncated = true;
      ASSERT_EQ(sanitizer.Clean(raw, &truncated), expected) << value << " at " << offset;
      EXPECT_FALSE(truncated);
    }
  }
}

}  // namespace
}  // namespace blastradius
