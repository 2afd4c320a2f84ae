// The canonical JSON text (json_reader.h's CanonicalJson: object keys sorted, no whitespace,
// invalid UTF-8 replaced, byte for byte the JSON library's compact dump with ensure_ascii off),
// written by one walk of the tree for any byte sink. Internal to safety_core: AppendCanonicalJson
// (json_reader.cc) sinks the bytes into a string and LoopDetector::KeyOfArgs (loop_detector.cc)
// into its fingerprint's hash stream, so the text and the fingerprint of the text come from the
// same code. Stateless, header-only.
//
// A sink is any type with
//   void Push(char c);                   // one byte
//   void Append(std::string_view bytes);  // bytes, possibly none
// and receives the canonical text in order, in pieces whose boundaries mean nothing.
#ifndef BLASTRADIUS_SRC_CANONICAL_JSON_H_
#define BLASTRADIUS_SRC_CANONICAL_JSON_H_

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "blastradius/json_reader.h"
#include "swar.h"

namespace blastradius {

// Bytes a canonical JSON string carries as they are: printable ASCII other than '"' and '\\'
// (and DEL, which the library's dump does not escape without ensure_ascii).
constexpr bool IsPlainJsonByte(unsigned char c) {
  return c >= 0x20 && c < 0x80 && c != '"' && c != '\\';
}

// IsPlainJsonByte as a table, for the byte-at-a-time end of a plain run.
inline constexpr std::array<bool, 256> kPlainJsonByte = [] {
  std::array<bool, 256> plain{};
  for (int c = 0; c < 256; ++c) plain[c] = IsPlainJsonByte(static_cast<unsigned char>(c));
  return plain;
}();

// The end of the run of plain bytes (IsPlainJsonByte) that starts at `i`: eight bytes a step
// where the machine allows (swar.h), then one at a time.
inline size_t PlainJsonRunEnd(std::string_view text, size_t i) {
  if constexpr (swar::kWordAtATime) {
    for (; i + 8 <= text.size(); i += 8) {
      const uint64_t w = swar::Load(text.data() + i);
      // Bit 7 of a byte below 0x20, at or above 0x80, '"' or '\\'.
      const uint64_t special =
          (~swar::AtLeast(w, 0x20) | w | swar::Equal(w, '"') | swar::Equal(w, '\\')) & swar::kHigh;
      if (special != 0) return i + swar::FirstSet(special);
    }
  }
  while (i < text.size() && kPlainJsonByte[static_cast<unsigned char>(text[i])]) ++i;
  return i;
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

// The library's own rendering of `value` (compact, ensure_ascii off, invalid UTF-8 replaced by
// U+FFFD): what the canonical text is defined to equal, and what writes the parts the walk
// below does not spell itself.
inline std::string LibraryJsonDump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Writes `text` as a canonical JSON string. Plain runs and escapes of ASCII bytes are spelled
// here; from the first byte above 0x7F on, the library renders the rest (UTF-8 validation and
// U+FFFD replacement are its rules, not copied here). That is the library's dump of the whole
// string: everything before that byte is ASCII, which UTF-8 decodes one byte at a time, so the
// library's decoder meets that byte in the state it starts a string in, and its text from there
// on is its text for the rest alone (CanonicalJsonTest.IsTheLibraryDumpByteForByte and
// CanonicalJsonTest.NonAsciiAfterAnAsciiPrefixIsRenderedAsTheLibraryRendersTheWholeString).
template <typename Sink>
void WriteCanonicalJsonString(std::string_view text, Sink& out) {
  out.Push('"');
  size_t i = 0;
  for (;;) {
    const size_t end = PlainJsonRunEnd(text, i);
    out.Append(text.substr(i, end - i));
    if (end == text.size()) break;
    const unsigned char c = static_cast<unsigned char>(text[end]);
    if (c >= 0x80) {
      const std::string rest = LibraryJsonDump(Json(std::string(text.substr(end))));
      out.Append(std::string_view(rest).substr(1));  // its opening quote is written already
      return;                                        // and its closing one is in `rest`
    }
    char buf[6];
    out.Append(JsonEscape(c, buf));
    i = end + 1;
  }
  out.Push('"');
}

// Writes an integer as the library spells it: plain decimal, '-' before a negative value.
template <typename Int, typename Sink>
void WriteCanonicalJsonInteger(Int value, Sink& out) {
  char digits[24];  // 20 digits of UINT64_MAX, or '-' and 19 of INT64_MIN
  const char* end = std::to_chars(digits, digits + sizeof(digits), value).ptr;
  out.Append(std::string_view(digits, static_cast<size_t>(end - digits)));
}

// Writes CanonicalJson(value) into `out`. Objects, arrays, strings, integers, booleans and null
// are spelled here (nlohmann::json keeps object keys in a std::map, so iteration is already
// key-sorted); floats (shortest round-trip digits), binary and discarded values are the
// library's text. Recurses once per level of nesting (ParseJsonText keeps parsed documents
// within kMaxJsonDepth).
template <typename Sink>
void WriteCanonicalJson(const Json& value, Sink& out) {
  switch (value.type()) {
    case Json::value_t::object: {
      out.Push('{');
      bool first = true;
      for (const auto& [key, child] : value.get_ref<const Json::object_t&>()) {
        if (!first) out.Push(',');
        first = false;
        WriteCanonicalJsonString(key, out);
        out.Push(':');
        WriteCanonicalJson(child, out);
      }
      out.Push('}');
      return;
    }
    case Json::value_t::array: {
      out.Push('[');
      bool first = true;
      for (const Json& element : value.get_ref<const Json::array_t&>()) {
        if (!first) out.Push(',');
        first = false;
        WriteCanonicalJson(element, out);
      }
      out.Push(']');
      return;
    }
    case Json::value_t::string:
      WriteCanonicalJsonString(value.get_ref<const std::string&>(), out);
      return;
    case Json::value_t::boolean:
      out.Append(value.get_ref<const Json::boolean_t&>() ? "true" : "false");
      return;
    case Json::value_t::number_integer:
      WriteCanonicalJsonInteger(value.get_ref<const Json::number_integer_t&>(), out);
      return;
    case Json::value_t::number_unsigned:
      WriteCanonicalJsonInteger(value.get_ref<const Json::number_unsigned_t&>(), out);
      return;
    case Json::value_t::null:
      out.Append("null");
      return;
    case Json::value_t::number_float:
    case Json::value_t::binary:
    case Json::value_t::discarded:
      break;
  }
  out.Append(LibraryJsonDump(value));
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_CANONICAL_JSON_H_
