// Obfuscations of injected instructions (see obfuscation.h).
#include "obfuscation.h"

#include <algorithm>
#include <array>
#include <functional>
#include <vector>

#include "codec.h"  // internal to safety_core/src: the one copy of each codec

namespace blastradius::fuzz {
namespace {

constexpr std::array<std::string_view, kObfuscationCount> kNames = {
    "leet",    "homoglyph",   "case",           "mixed",        "spacing",
    "zero_width", "base64",   "percent",        "html_entity",  "markdown_hidden",
    "html_comment", "hidden_markup"};

// splitmix64: small, fast and good enough to spread one seed over many choices.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next() {
    uint64_t z = (state_ += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
  }
  uint64_t Below(uint64_t n) { return Next() % n; }
  bool OneIn(uint64_t n) { return Below(n) == 0; }

 private:
  uint64_t state_;
};

// The code points of UTF-8 `text` (the safety_core decoder; invalid bytes become U+FFFD).
std::u32string DecodeUtf8(std::string_view text) {
  std::u32string out;
  for (size_t i = 0; i < text.size();) {
    const Utf8Char u = blastradius::DecodeUtf8(text, i);
    out.push_back(u.code_point);
    i += u.length;
  }
  return out;
}

std::string EncodeUtf8(const std::u32string& text) {
  std::string out;
  for (char32_t cp : text) AppendUtf8(cp, &out);
  return out;
}

bool IsAsciiLetter(char32_t c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiDigit(char32_t c) { return c >= '0' && c <= '9'; }

// Characters a reader does not see: zero-width, bidi controls, soft hyphen, tag characters.
bool IsInvisible(char32_t c) {
  return c == 0xAD || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2060 && c <= 0x2069) || c == 0xFEFF || (c >= 0xE0000 && c <= 0xE007F);
}

// Letters and digits, and what earlier tricks put in their place: '@' and '$' from leet,
// confusables from homoglyph, invisible characters from zero_width. They are all still part of
// the word, so a later trick treats the word as one ("1n$truct1on$" is spaced as one word).
bool IsWordChar(char32_t c) {
  if (c < 0x80) return IsAsciiLetter(c) || IsAsciiDigit(c) || c == '@' || c == '$';
  if (IsInvisible(c)) return true;
  return !(c >= 0x2000 && c <= 0x206F) && c != 0xA0;
}

char32_t Invisible(Rng& rng) {
  static constexpr char32_t kInvisible[] = {0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD,
                                            0x202A, 0x202C, 0x202D, 0x202E, 0x2066, 0x2069};
  if (rng.OneIn(8)) return static_cast<char32_t>(0xE0020 + rng.Below(0x5F));  // a tag char
  return kInvisible[rng.Below(std::size(kInvisible))];
}

// A confusable from another script (Cyrillic, Greek), or 0 when the letter has none.
char32_t ScriptConfusable(char32_t c) {
  switch (c) {
    case 'a': return 0x430; case 'c': return 0x441; case 'e': return 0x435;
    case 'i': return 0x456; case 'j': return 0x458; case 'o': return 0x43E;
    case 'p': return 0x440; case 's': return 0x455; case 'x': return 0x445;
    case 'y': return 0x443; case 'h': return 0x4BB; case 'v': return 0x3BD;
    case 'A': return 0x410; case 'B': return 0x412; case 'C': return 0x421;
    case 'E': return 0x415; case 'H': return 0x41D; case 'I': return 0x406;
    case 'J': return 0x408; case 'K': return 0x41A; case 'M': return 0x41C;
    case 'O': return 0x41E; case 'P': return 0x420; case 'S': return 0x405;
    case 'T': return 0x422; case 'X': return 0x425; case 'Y': return 0x4AE;
    default: return 0;
  }
}

char32_t Homoglyph(char32_t c, Rng& rng) {
  const bool upper = c >= 'A' && c <= 'Z';
  const char32_t offset = upper ? c - 'A' : c - 'a';
  switch (rng.Below(4)) {
    case 0: return (upper ? 0xFF21 : 0xFF41) + offset;      // fullwidth
    case 1: return (upper ? 0x1D400 : 0x1D41A) + offset;    // mathematical bold
    default: {
      const char32_t confusable = ScriptConfusable(c);
      return confusable != 0 ? confusable : c;
    }
  }
}

char32_t Leet(char32_t c, Rng& rng) {
  switch (c | 0x20) {
    case 'a': return rng.OneIn(2) ? '4' : '@';
    case 'e': return '3';
    case 'i': return '1';
    case 'o': return '0';
    case 's': return rng.OneIn(2) ? '5' : '$';
    case 't': return '7';
    default: return c;
  }
}

using WordTrick = void (*)(std::u32string* word, Rng& rng);

void LeetWord(std::u32string* word, Rng& rng) {
  for (char32_t& c : *word) {
    if (IsAsciiLetter(c) && rng.OneIn(2)) c = Leet(c, rng);
  }
}

void HomoglyphWord(std::u32string* word, Rng& rng) {
  for (char32_t& c : *word) {
    if (IsAsciiLetter(c) && rng.OneIn(2)) c = Homoglyph(c, rng);
  }
}

void CaseWord(std::u32string* word, Rng& rng) {
  for (char32_t& c : *word) {
    if (IsAsciiLetter(c) && rng.OneIn(2)) c ^= 0x20;
  }
}

void SpacingWord(std::u32string* word, Rng& rng) {
  static constexpr char32_t kSeparators[] = {' ', '.', '-', '_', '*', ' '};
  // A single letter has nothing to space out (and is already one letter of a spaced word).
  if (std::count_if(word->begin(), word->end(), [](char32_t c) { return !IsInvisible(c); }) < 2) {
    return;
  }
  const char32_t separator = kSeparators[rng.Below(std::size(kSeparators))];
  std::u32string spaced;
  for (size_t i = 0; i < word->size(); ++i) {
    // An invisible character stays attached to the letter before it.
    if (i > 0 && !IsInvisible((*word)[i])) spaced.push_back(separator);
    spaced.push_back((*word)[i]);
  }
  // Spaced-out words read apart only when the gaps between words are wider.
  *word = separator == ' ' ? U"  " + spaced + U"  " : spaced;
}

void ZeroWidthWord(std::u32string* word, Rng& rng) {
  std::u32string hidden;
  for (size_t i = 0; i < word->size(); ++i) {
    if (i > 0 && rng.OneIn(2)) hidden.push_back(Invisible(rng));
    hidden.push_back((*word)[i]);
  }
  *word = hidden;
}

void MixedWord(std::u32string* word, Rng& rng) {
  static constexpr WordTrick kTricks[] = {LeetWord, HomoglyphWord, CaseWord, SpacingWord,
                                          ZeroWidthWord};
  if (rng.OneIn(6)) return;  // some words stay plain
  kTricks[rng.Below(std::size(kTricks))](word, rng);
}

// Applies `trick` to each word (a run of word characters), except that a word is left alone with
// probability 1 / `skip_one_in` (never when 0). Text between words is kept as it is.
std::string ForEachWord(std::string_view text, WordTrick trick, uint64_t skip_one_in,
                        uint64_t seed) {
  Rng rng(seed);
  const std::u32string in = DecodeUtf8(text);
  std::u32string out;
  for (size_t i = 0; i < in.size();) {
    size_t end = i;
    while (end < in.size() && IsWordChar(in[end])) ++end;
    if (end == i) {
      out.push_back(in[i++]);
      continue;
    }
    std::u32string word = in.substr(i, end - i);
    if (skip_one_in == 0 || !rng.OneIn(skip_one_in)) trick(&word, rng);
    out += word;
    i = end;
  }
  return EncodeUtf8(out);
}

// Whether to encode one unit: mode 0 everything, 1 all but letters and digits, 2 at random.
bool ShouldEncode(char32_t c, uint64_t mode, Rng& rng) {
  if (c >= 0x80 || mode == 0) return true;
  if (mode == 1) return !(IsAsciiLetter(c) || IsAsciiDigit(c));
  return rng.OneIn(2);
}

std::string PercentEncode(std::string_view text, uint64_t seed) {
  Rng rng(seed);
  const uint64_t mode = rng.Below(3);
  const char* hex = rng.OneIn(2) ? "0123456789ABCDEF" : "0123456789abcdef";
  std::string out;
  for (char ch : text) {
    const auto byte = static_cast<unsigned char>(ch);
    if (ShouldEncode(byte, mode, rng)) {
      out += '%';
      out += hex[byte >> 4];
      out += hex[byte & 15];
    } else {
      out += ch;
    }
  }
  return out;
}

std::string HtmlEntity(char32_t c, Rng& rng) {
  switch (c) {
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '&': return "&amp;";
    case '"': return "&quot;";
    default: break;
  }
  if (rng.OneIn(2)) return "&#" + std::to_string(static_cast<uint32_t>(c)) + ";";
  static constexpr char kHex[] = "0123456789abcdef";
  std::string digits;
  for (uint32_t v = c; v != 0; v >>= 4) digits.insert(digits.begin(), kHex[v & 15]);
  return std::string(rng.OneIn(2) ? "&#x" : "&#X") + digits + ";";
}

std::string HtmlEntityEncode(std::string_view text, uint64_t seed) {
  Rng rng(seed);
  const uint64_t mode = rng.Below(3);
  std::string out;
  for (char32_t c : DecodeUtf8(text)) {
    if (ShouldEncode(c, mode, rng)) {
      out += HtmlEntity(c, rng);
    } else {
      AppendUtf8(c, &out);
    }
  }
  return out;
}

std::string MarkdownHidden(std::string_view text, uint64_t seed) {
  const std::string t(text);
  switch (Rng(seed).Below(4)) {
    case 0: return "[see here](https://help.example.com/a \"" + t + "\")";
    case 1: return "![" + t + "](https://help.example.com/pixel.png)";
    case 2: return "[//]: # (" + t + ")";
    default: return "```" + t + "\nprint('hello')\n```";
  }
}

std::string HiddenMarkup(std::string_view text, uint64_t seed) {
  const std::string t(text);
  switch (Rng(seed).Below(4)) {
    case 0: return "<span style=\"display:none\">" + t + "</span>";
    case 1: return "<div hidden>" + t + "</div>";
    case 2: return "<p style=\"font-size:0\">" + t + "</p>";
    default: return "<span style=\"opacity:0;position:absolute\">" + t + "</span>";
  }
}

}  // namespace

std::string_view ObfuscationName(Obfuscation obfuscation) {
  return kNames[static_cast<size_t>(obfuscation)];
}

std::optional<Obfuscation> ParseObfuscation(std::string_view name) {
  for (size_t i = 0; i < kNames.size(); ++i) {
    if (kNames[i] == name) return static_cast<Obfuscation>(i);
  }
  return std::nullopt;
}

std::string Obfuscate(std::string_view text, Obfuscation obfuscation, uint64_t seed) {
  switch (obfuscation) {
    case Obfuscation::kLeet: return ForEachWord(text, LeetWord, 0, seed);
    case Obfuscation::kHomoglyph: return ForEachWord(text, HomoglyphWord, 0, seed);
    case Obfuscation::kCase: return ForEachWord(text, CaseWord, 0, seed);
    case Obfuscation::kMixed: return ForEachWord(text, MixedWord, 0, seed);
    case Obfuscation::kSpacing: return ForEachWord(text, SpacingWord, 3, seed);
    case Obfuscation::kZeroWidth: return ForEachWord(text, ZeroWidthWord, 0, seed);
    case Obfuscation::kBase64:
      return Base64Encode(text);
    case Obfuscation::kPercent: return PercentEncode(text, seed);
    case Obfuscation::kHtmlEntity: return HtmlEntityEncode(text, seed);
    case Obfuscation::kMarkdownHidden: return MarkdownHidden(text, seed);
    case Obfuscation::kHtmlComment: return "<!-- " + std::string(text) + " -->";
    case Obfuscation::kHiddenMarkup: return HiddenMarkup(text, seed);
  }
  return std::string(text);
}

}  // namespace blastradius::fuzz
