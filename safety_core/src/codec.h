// Internal: the one copy of each text codec that safety_core, the fakes and the fuzz targets
// use. Where a library does the job it does it: base64 is OpenSSL's (EVP_EncodeBlock /
// EVP_DecodeBlock), UTF-8 validation and encoding are ICU's (U8_NEXT / U8_APPEND). The one
// hand-written piece is DecodeUtf8, the normalizer's and sanitizer's span-tracking decoder: it
// says how many bytes each character or invalid sequence spans (the Unicode "maximal subpart"
// rule, so each invalid sequence becomes exactly one U+FFFD whatever decoder repairs it), and
// fuzz/utf8_fuzzer.cc checks it against ICU's U8_NEXT on every input. Stateless, thread-safe.
// (The gullible agent in fakes/agent_reader.cc keeps its own reader on purpose.)
#ifndef BLASTRADIUS_SRC_CODEC_H_
#define BLASTRADIUS_SRC_CODEC_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace blastradius {

struct Utf8Char {
  char32_t code_point = 0xFFFD;
  size_t length = 1;  // bytes consumed, >= 1
  bool valid = false;
};

// Decodes the character at text[i]. REQUIRES: i < text.size().
inline Utf8Char DecodeUtf8(std::string_view text, size_t i) {
  const auto byte = [&](size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char b0 = byte(i);
  if (b0 < 0x80) return {b0, 1, true};
  size_t need;
  char32_t cp;
  unsigned char lo = 0x80, hi = 0xBF;
  if (b0 >= 0xC2 && b0 <= 0xDF) {
    need = 1, cp = b0 & 0x1F;
  } else if (b0 >= 0xE0 && b0 <= 0xEF) {
    need = 2, cp = b0 & 0x0F;
    if (b0 == 0xE0) lo = 0xA0;
    if (b0 == 0xED) hi = 0x9F;  // no surrogates
  } else if (b0 >= 0xF0 && b0 <= 0xF4) {
    need = 3, cp = b0 & 0x07;
    if (b0 == 0xF0) lo = 0x90;
    if (b0 == 0xF4) hi = 0x8F;  // <= U+10FFFF
  } else {
    return {0xFFFD, 1, false};
  }
  size_t k = 1;
  for (; k <= need; ++k) {
    if (i + k >= text.size()) return {0xFFFD, k, false};
    unsigned char b = byte(i + k);
    if (b < lo || b > hi) return {0xFFFD, k, false};
    lo = 0x80, hi = 0xBF;
    cp = (cp << 6) | (b & 0x3F);
  }
  return {cp, need + 1, true};
}

// Appends the UTF-8 encoding of `cp` (ICU's U8_APPEND); a surrogate or a value above U+10FFFF
// appends U+FFFD.
void AppendUtf8(char32_t cp, std::string* out);

// True when `text` is well-formed UTF-8 (ICU's U8_NEXT: no overlongs, surrogates or code points
// above U+10FFFF).
bool IsValidUtf8(std::string_view text);

// Standard base64 with '=' padding (OpenSSL's EVP_EncodeBlock).
std::string Base64Encode(std::string_view bytes);

// Decodes a base64 run as found in text: the standard and the URL-safe alphabet ('-', '_'),
// padding optional; decoding stops at the first other character, and trailing bits that do
// not make a whole byte are dropped (OpenSSL's EVP_DecodeBlock does the decoding).
std::string Base64DecodeLenient(std::string_view run);

// C0 controls except \t and \n, DEL, and the C1 controls U+0080..U+009F.
inline bool IsStrippedControl(char32_t cp) {
  if (cp == '\n' || cp == '\t') return false;
  return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F);
}

// The largest character boundary <= pos in valid UTF-8 `text`.
inline size_t Utf8BoundaryAtOrBefore(std::string_view text, size_t pos) {
  if (pos >= text.size()) return text.size();
  while (pos > 0 && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) --pos;
  return pos;
}

// True if every byte is < 0x80.
inline bool IsAscii(std::string_view text) {
  for (char c : text) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_CODEC_H_
