// Differential fuzzing of safety_core's codecs (safety_core/src/codec.h) against the libraries:
// - DecodeUtf8, the normalizer's and sanitizer's span-tracking decoder, agrees with ICU's U8_NEXT
//   at every position of arbitrary bytes: the same code point, or both call the sequence
//   ill-formed, and the same number of bytes consumed (the maximal-subpart rule);
// - IsValidUtf8 (ICU) holds exactly when DecodeUtf8 finds no ill-formed sequence;
// - AppendUtf8 (ICU's U8_APPEND) re-encodes every well-formed character to its own bytes;
// - Utf8BoundaryAtOrBefore lands on a character boundary of well-formed text;
// - Base64DecodeLenient(Base64Encode(x)) == x (OpenSSL both ways), and decoding the URL-safe
//   spelling gives the same bytes.
#include <unicode/utf8.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "codec.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

// Check() with the message built only on failure (these checks run once per byte).
template <typename Message>
void Require(bool condition, Message message) {
  if (!condition) Check(false, message());
}

void CheckDecoderAgainstIcu(std::string_view text, std::vector<size_t>* boundaries) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  bool all_valid = true;
  for (size_t i = 0; i < text.size();) {
    boundaries->push_back(i);
    const Utf8Char mine = DecodeUtf8(text, i);
    int32_t next = static_cast<int32_t>(i);
    UChar32 icu = 0;
    U8_NEXT(bytes, next, length, icu);
    const size_t icu_length = static_cast<size_t>(next) - i;
    auto where = [&] { return " at byte " + std::to_string(i) + " of " + Printable(text); };
    Require(mine.length == icu_length, [&] {
      return "DecodeUtf8 consumed " + std::to_string(mine.length) + " bytes, U8_NEXT " +
             std::to_string(icu_length) + where();
    });
    Require(mine.valid == (icu >= 0),
            [&] { return "DecodeUtf8 and U8_NEXT disagree on validity" + where(); });
    if (mine.valid) {
      Require(mine.code_point == static_cast<char32_t>(icu),
              [&] { return "different code points" + where(); });
      std::string encoded;
      AppendUtf8(mine.code_point, &encoded);
      Require(encoded == text.substr(i, mine.length),
              [&] { return "AppendUtf8 changed the bytes" + where(); });
    } else {
      Require(mine.code_point == 0xFFFD,
              [&] { return "an ill-formed sequence is not U+FFFD" + where(); });
    }
    all_valid = all_valid && mine.valid;
    i += mine.length;
  }
  Check(IsValidUtf8(text) == all_valid,
        "IsValidUtf8 disagrees with DecodeUtf8 on " + Printable(text));
  if (!all_valid) return;
  for (size_t pos = 0; pos <= text.size(); ++pos) {
    const size_t b = Utf8BoundaryAtOrBefore(text, pos);
    Require(b <= pos &&
                (b == text.size() || std::binary_search(boundaries->begin(), boundaries->end(), b)),
            [&] {
              return "Utf8BoundaryAtOrBefore(" + std::to_string(pos) + ") is not a boundary of " +
                     Printable(text);
            });
  }
}

void CheckBase64RoundTrip(std::string_view bytes) {
  const std::string encoded = Base64Encode(bytes);
  Check(encoded.size() == (bytes.size() + 2) / 3 * 4, "Base64Encode length of " + Printable(bytes));
  Check(Base64DecodeLenient(encoded) == bytes, "base64 round trip changed " + Printable(bytes));
  std::string url_safe = encoded;
  for (char& c : url_safe) c = c == '+' ? '-' : c == '/' ? '_' : c;
  while (!url_safe.empty() && url_safe.back() == '=') url_safe.pop_back();
  Check(Base64DecodeLenient(url_safe) == bytes,
        "the URL-safe unpadded spelling decodes differently: " + Printable(bytes));
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<size_t> boundaries;
  blastradius::fuzz::CheckDecoderAgainstIcu(text, &boundaries);
  blastradius::fuzz::CheckBase64RoundTrip(text);
  return 0;
}
