#include "fakes/obfuscation.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "codec.h"  // safety_core/src: the one base64 codec (OpenSSL)

namespace blastradius::fakes {
namespace {

// Latin letters and the Cyrillic letters that look like them.
const std::map<char, std::string>& Homoglyphs() {
  static const auto* table = new std::map<char, std::string>{
      {'a', "\xD0\xB0"}, {'c', "\xD1\x81"}, {'e', "\xD0\xB5"}, {'o', "\xD0\xBE"},
      {'p', "\xD1\x80"}, {'x', "\xD1\x85"}, {'y', "\xD1\x83"}, {'i', "\xD1\x96"},
      {'s', "\xD1\x95"}, {'A', "\xD0\x90"}, {'B', "\xD0\x92"}, {'C', "\xD0\xA1"},
      {'E', "\xD0\x95"}, {'H', "\xD0\x9D"}, {'I', "\xD0\x86"}, {'K', "\xD0\x9A"},
      {'M', "\xD0\x9C"}, {'O', "\xD0\x9E"}, {'P', "\xD0\xA0"}, {'T', "\xD0\xA2"},
      {'X', "\xD0\xA5"}};
  return *table;
}

std::string ZeroWidth(std::string_view payload) {
  static const std::string kZwsp = "\xE2\x80\x8B";
  std::string out;
  for (char c : payload) {
    out += c;
    // Only between ASCII characters, so that multi-byte sequences stay intact.
    if (static_cast<unsigned char>(c) < 0x80 && c != ' ') out += kZwsp;
  }
  return out;
}

std::string Homoglyph(std::string_view payload) {
  std::string out;
  for (char c : payload) {
    auto it = Homoglyphs().find(c);
    out += it == Homoglyphs().end() ? std::string(1, c) : it->second;
  }
  return out;
}

// "call send_email" -> "c a l l   s e n d _ e m a i l": one space inside words, three between.
std::string Spacing(std::string_view payload) {
  std::string out;
  bool first_in_word = true;
  for (char c : payload) {
    if (c == ' ') {
      out += "   ";
      first_in_word = true;
      continue;
    }
    if (!first_in_word) out += ' ';
    out += c;
    first_in_word = false;
  }
  return out;
}

std::string MixedCase(std::string_view payload, Env* env) {
  std::string out(payload);
  for (char& c : out) {
    if (!std::isalpha(static_cast<unsigned char>(c))) continue;
    const bool upper = (env->Random64() & 1) != 0;
    c = static_cast<char>(upper ? std::toupper(static_cast<unsigned char>(c))
                                : std::tolower(static_cast<unsigned char>(c)));
  }
  return out;
}

}  // namespace

const std::vector<std::string>& ObfuscationNames() {
  static const auto* names = new std::vector<std::string>{
      "none", "zero_width", "homoglyph", "spacing", "case", "base64", "markdown_hidden",
      "html_comment"};
  return *names;
}

bool IsObfuscation(std::string_view name) {
  const auto& n = ObfuscationNames();
  return std::find(n.begin(), n.end(), name) != n.end();
}

std::string Obfuscate(std::string_view payload, std::string_view how, Env* env) {
  if (how == "zero_width") return ZeroWidth(payload);
  if (how == "homoglyph") return Homoglyph(payload);
  if (how == "spacing") return Spacing(payload);
  if (how == "case") return MixedCase(payload, env);
  if (how == "base64") return "Note (encoded): " + blastradius::Base64Encode(payload);
  if (how == "markdown_hidden") return "[comment]: <> (" + std::string(payload) + ")";
  if (how == "html_comment") return "<!-- " + std::string(payload) + " -->";
  return std::string(payload);
}

}  // namespace blastradius::fakes
