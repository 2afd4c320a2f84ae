// IsPlainJsonByte and JsonEscape: which bytes a canonical JSON string (the JSON library's dump
// with ensure_ascii off) carries as they are, and how it spells the others below 0x80. Internal
// to safety_core: the canonical-JSON writer (json_reader.cc) and the loop fingerprint that
// streams the same bytes without building them (loop_detector.cc) share both, so the two cannot
// drift apart.
#ifndef BLASTRADIUS_SRC_JSON_ESCAPE_H_
#define BLASTRADIUS_SRC_JSON_ESCAPE_H_

#include <string_view>

namespace blastradius {

// Bytes a canonical JSON string carries as they are: printable ASCII other than '"' and '\\'
// (and DEL, which the library's dump does not escape without ensure_ascii).
constexpr bool IsPlainJsonByte(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// The escape of `c`: a short escape where JSON has one ("\\\"", "\\\\", "\\b", "\\t", "\\n",
// "\\f", "\\r"), else "\\u00" and two lowercase hex digits, spelled into `buf`.
// REQUIRES: c < 0x80 and !IsPlainJsonByte(c) (c < 0x20, '"' or '\\': the bytes the dump
// escapes), or c == 0x7F (DEL, "\\u007f": the dump with ensure_ascii on escapes it too; the
// audit line, audit_log.cc, is written that way).
inline std::string_view JsonEscape(unsigned char c, char (&buf)[6]) {
  switch (c) {
    case '"':
      return "\\\"";
    case '\\':
      return "\\\\";
    case '\b':
      return "\\b";
    case '\t':
      return "\\t";
    case '\n':
      return "\\n";
    case '\f':
      return "\\f";
    case '\r':
      return "\\r";
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      buf[0] = '\\';
      buf[1] = 'u';
      buf[2] = '0';
      buf[3] = '0';
      buf[4] = kHex[c >> 4];
      buf[5] = kHex[c & 0xf];
      return std::string_view(buf, sizeof(buf));
    }
  }
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_JSON_ESCAPE_H_
