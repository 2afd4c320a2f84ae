// The text codecs of codec.h: OpenSSL for base64, ICU for UTF-8.
#include "codec.h"

#include <openssl/evp.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace blastradius {

void AppendUtf8(char32_t cp, std::string* out) {
  uint8_t buf[U8_MAX_LENGTH];
  int32_t length = 0;
  UBool error = false;
  U8_APPEND(buf, length, U8_MAX_LENGTH, static_cast<UChar32>(cp), error);
  if (error || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
    out->append("\xEF\xBF\xBD");
    return;
  }
  out->append(reinterpret_cast<const char*>(buf), static_cast<size_t>(length));
}

bool IsValidUtf8(std::string_view text) {
  const auto* s = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int64_t>(text.size());
  for (int64_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

std::string Base64Encode(std::string_view bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3) + 1, '\0');
  const auto* in = reinterpret_cast<const unsigned char*>(bytes.data());
  size_t written = 0;
  // EVP_EncodeBlock takes an int length: encode in chunks of whole 3-byte groups.
  constexpr size_t kChunk = 3 * (1 << 20);
  for (size_t done = 0; done < bytes.size(); done += kChunk) {
    const size_t n = std::min(kChunk, bytes.size() - done);
    written += static_cast<size_t>(EVP_EncodeBlock(
        reinterpret_cast<unsigned char*>(out.data()) + written, in + done, static_cast<int>(n)));
  }
  out.resize(written);
  return out;
}

std::string Base64DecodeLenient(std::string_view run) {
  std::string standard;
  standard.reserve(run.size() + 3);
  for (char c : run) {
    const bool alnum = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (alnum || c == '+' || c == '/') {
      standard.push_back(c);
    } else if (c == '-' || c == '_') {
      standard.push_back(c == '-' ? '+' : '/');
    } else {
      break;
    }
  }
  if (standard.size() % 4 == 1) standard.pop_back();  // 6 bits: not a byte
  const size_t tail = standard.size() % 4;            // 2 or 3 characters: 1 or 2 bytes
  const size_t bytes = standard.size() / 4 * 3 + (tail == 0 ? 0 : tail - 1);
  standard.append((4 - tail) % 4, '=');
  std::string out(standard.size() / 4 * 3, '\0');
  // EVP_DecodeBlock takes an int length: decode in chunks of whole 4-character groups.
  constexpr size_t kChunk = 4 * (1 << 20);
  for (size_t done = 0; done < standard.size(); done += kChunk) {
    const size_t n = std::min(kChunk, standard.size() - done);
    if (EVP_DecodeBlock(reinterpret_cast<unsigned char*>(out.data()) + done / 4 * 3,
                        reinterpret_cast<const unsigned char*>(standard.data()) + done,
                        static_cast<int>(n)) < 0) {
      return std::string();  // cannot happen: only alphabet characters and final padding
    }
  }
  out.resize(bytes);
  return out;
}

}  // namespace blastradius
