#include "normalizer.h"

#include <algorithm>
#include <cctype>
#include <map>
#include <unordered_map>

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#include "normalizer_utf8.h"

namespace blastradius {
namespace {

// Appends normalized bytes with the source span they stand for.
class Builder {
 public:
  void Emit(std::string_view bytes, size_t begin, size_t end) {
    out_.text.append(bytes);
    out_.src_begin.insert(out_.src_begin.end(), bytes.size(), static_cast<uint32_t>(begin));
    out_.src_end.insert(out_.src_end.end(), bytes.size(), static_cast<uint32_t>(end));
  }
  void EmitByte(char c, size_t begin, size_t end) { Emit(std::string_view(&c, 1), begin, end); }
  // Copies bytes [from, to) of a normalized text with their spans.
  void Copy(const NormalizedText& in, size_t from, size_t to) {
    out_.text.append(in.text, from, to - from);
    out_.src_begin.insert(out_.src_begin.end(), in.src_begin.begin() + from,
                          in.src_begin.begin() + to);
    out_.src_end.insert(out_.src_end.end(), in.src_end.begin() + from, in.src_end.begin() + to);
  }
  NormalizedText Take() { return std::move(out_); }

 private:
  NormalizedText out_;
};

const icu::Normalizer2* NfkcCasefold() {
  static const icu::Normalizer2* const kNorm = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFKCCasefoldInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return kNorm;
}

const icu::Normalizer2* Nfd() {
  static const icu::Normalizer2* const kNorm = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* n = icu::Normalizer2::getNFDInstance(status);
    return U_SUCCESS(status) ? n : nullptr;
  }();
  return kNorm;
}

// The UTS #39 skeleton checker; skeleton computation on a configured checker is thread-safe.
const USpoofChecker* SpoofChecker() {
  static const USpoofChecker* const kChecker = [] {
    UErrorCode status = U_ZERO_ERROR;
    USpoofChecker* checker = uspoof_open(&status);
    return U_SUCCESS(status) ? checker : nullptr;
  }();
  return kChecker;
}

bool IsMark(UChar32 cp) {
  int8_t type = u_charType(cp);
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK ||
         type == U_COMBINING_SPACING_MARK;
}

bool IsAsciiString(std::string_view s) { return IsAscii(s); }

std::string ToLowerAscii(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// A non-ASCII letter after NFKC_Casefold: its confusable skeleton if that is ASCII, else its
// base letter without diacritics, else itself.
std::string FoldLetter(UChar32 cp) {
  if (IsMark(cp)) return "";
  std::string utf8;
  AppendUtf8(static_cast<char32_t>(cp), &utf8);
  if (const USpoofChecker* checker = SpoofChecker()) {
    char skeleton[64];
    UErrorCode status = U_ZERO_ERROR;
    int32_t n = uspoof_getSkeletonUTF8(checker, 0, utf8.data(), static_cast<int32_t>(utf8.size()),
                                       skeleton, sizeof(skeleton), &status);
    if (U_SUCCESS(status) && n > 0 && IsAsciiString(std::string_view(skeleton, n))) {
      return ToLowerAscii(std::string(skeleton, n));
    }
  }
  if (const icu::Normalizer2* nfd = Nfd()) {
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString decomposed = nfd->normalize(icu::UnicodeString(cp), status);
    if (U_SUCCESS(status) && decomposed.length() > 0 && decomposed.char32At(0) < 0x80) {
      return std::string(1, static_cast<char>(std::tolower(decomposed.char32At(0))));
    }
  }
  return utf8;
}

// What one non-ASCII code point becomes in the normalized text.
std::string FoldNonAscii(char32_t cp) {
  if (cp >= 0xE0020 && cp <= 0xE007E) {  // tag characters smuggle ASCII
    return std::string(1, static_cast<char>(std::tolower(static_cast<int>(cp - 0xE0000))));
  }
  UChar32 c = static_cast<UChar32>(cp);
  if (u_hasBinaryProperty(c, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
      u_charType(c) == U_FORMAT_CHAR || IsMark(c)) {
    return "";
  }
  int8_t type = u_charType(c);
  if (type == U_SPACE_SEPARATOR || type == U_LINE_SEPARATOR || type == U_PARAGRAPH_SEPARATOR) {
    return " ";
  }
  const icu::Normalizer2* nfkc = NfkcCasefold();
  if (nfkc == nullptr) return FoldLetter(c);
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString folded = nfkc->normalize(icu::UnicodeString(c), status);
  if (U_FAILURE(status)) return FoldLetter(c);
  std::string out;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    UChar32 f = folded.char32At(i);
    if (f < 0x80) {
      out.push_back(static_cast<char>(f));
    } else {
      out += FoldLetter(f);
    }
  }
  return out;
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return -1;
}

// Decodes an HTML entity at text[i] ('&'); returns its length, or 0 if there is none.
size_t DecodeEntity(std::string_view text, size_t i, char32_t* cp) {
  static const std::map<std::string, char32_t, std::less<>> kNamed = {
      {"amp", '&'}, {"lt", '<'},    {"gt", '>'},      {"quot", '"'},
      {"apos", '\''}, {"nbsp", ' '}, {"shy", 0xAD}, {"zwj", 0x200D}, {"zwnj", 0x200C}};
  size_t semi = text.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return 0;
  std::string_view body = text.substr(i + 1, semi - i - 1);
  if (body[0] != '#') {
    auto it = kNamed.find(ToLowerAscii(std::string(body)));
    if (it == kNamed.end()) return 0;
    *cp = it->second;
    return semi - i + 1;
  }
  bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
  uint32_t value = 0;
  size_t start = hex ? 2 : 1;
  if (start >= body.size()) return 0;
  for (size_t k = start; k < body.size(); ++k) {
    int digit = hex ? HexValue(body[k]) : (std::isdigit(static_cast<unsigned char>(body[k]))
                                               ? body[k] - '0' : -1);
    if (digit < 0 || value > 0x10FFFF) return 0;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return semi - i + 1;
}

// First pass: code point folding, entity and percent decoding.
class CharFolder {
 public:
  void FoldInto(std::string_view text, Builder* out) {
    size_t i = 0;
    while (i < text.size()) i = FoldAt(text, i, out);
  }

 private:
  size_t FoldAt(std::string_view text, size_t i, Builder* out) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    char32_t cp = 0;
    if (c == '&') {
      size_t len = DecodeEntity(text, i, &cp);
      if (len > 0) {
        EmitCodePoint(cp, i, i + len, out);
        return i + len;
      }
    }
    if (c == '%' && i + 2 < text.size()) {
      int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
      if (hi >= 0 && lo >= 0 && hi * 16 + lo >= 0x20 && hi * 16 + lo < 0x7F) {
        EmitCodePoint(static_cast<char32_t>(hi * 16 + lo), i, i + 3, out);
        return i + 3;
      }
    }
    if (c < 0x80) {
      out->EmitByte(static_cast<char>(std::tolower(c)), i, i + 1);
      return i + 1;
    }
    Utf8Char u = DecodeUtf8(text, i);
    if (IsTagChar(u.code_point)) return FoldTagRun(text, i, out);
    EmitCodePoint(u.code_point, i, i + u.length, out);
    return i + u.length;
  }

  static bool IsTagChar(char32_t cp) { return cp >= 0xE0000 && cp <= 0xE007F; }

  // Tag characters are either a hidden channel (a run spelling out ASCII: "ASCII smuggling")
  // or invisible noise between letters. A run of kMinTagMessage or more is decoded as the text
  // it hides; a shorter run is dropped like any other invisible character.
  size_t FoldTagRun(std::string_view text, size_t i, Builder* out) {
    constexpr size_t kMinTagMessage = 3;
    std::vector<std::pair<size_t, Utf8Char>> run;
    size_t j = i;
    while (j < text.size()) {
      Utf8Char u = DecodeUtf8(text, j);
      if (!IsTagChar(u.code_point)) break;
      run.emplace_back(j, u);
      j += u.length;
    }
    for (const auto& [at, u] : run) {
      const bool printable = u.code_point >= 0xE0020 && u.code_point <= 0xE007E;
      if (run.size() >= kMinTagMessage && printable) {
        EmitCodePoint(u.code_point - 0xE0000, at, at + u.length, out);
      } else {
        out->Emit("", at, at + u.length);
      }
    }
    return j;
  }

  void EmitCodePoint(char32_t cp, size_t begin, size_t end, Builder* out) {
    if (cp < 0x80) {
      out->EmitByte(static_cast<char>(std::tolower(static_cast<int>(cp))), begin, end);
      return;
    }
    auto it = cache_.find(cp);
    if (it == cache_.end()) it = cache_.emplace(cp, FoldNonAscii(cp)).first;
    out->Emit(it->second, begin, end);
  }

  std::unordered_map<char32_t, std::string> cache_;
};

bool IsAlnumAscii(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
}

bool IsSpacingSeparator(char c) {
  return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|' || c == '/' ||
         c == ',' || c == '+' || c == '~' || c == ':' || c == '\t' || c == '\'' || c == '`';
}

struct Token {
  size_t begin, end;
};

std::vector<Token> AlnumTokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsAlnumAscii(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsAlnumAscii(text[j])) ++j;
    tokens.push_back({i, j});
    i = j;
  }
  return tokens;
}

// A gap between two single-character tokens that can be part of spaced-out letters.
bool IsSpacingGap(std::string_view text, size_t from, size_t to, size_t max_gap) {
  if (to <= from || to - from > max_gap) return false;
  for (size_t k = from; k < to; ++k) {
    if (!IsSpacingSeparator(text[k])) return false;
  }
  return true;
}

// Whether the gap before token k of a spaced-out run [t, u) separates words. The most common
// gap of the run joins letters; a gap wider than it, or one that differs from the gaps on both
// sides ("y_o_u a.r.e", "r-e-a-d   t-h-i-s"), separates words.
bool IsWordGap(const std::vector<std::string_view>& gaps, size_t k, std::string_view dominant) {
  std::string_view gap = gaps[k];
  if (gap == dominant) return false;
  if (gap.size() > dominant.size()) return true;
  bool same_as_prev = k > 0 && gaps[k - 1] == gap;
  bool same_as_next = k + 1 < gaps.size() && gaps[k + 1] == gap;
  return !same_as_prev && !same_as_next;
}

// Second pass: joins runs of spaced-out single characters ("i g n o r e  a l l" -> "ignore
// all", "y o u r   s-y-s-t-e-m" -> "your system"); word gaps (IsWordGap) become one space.
NormalizedText CollapseSpacing(const NormalizedText& in, const NormalizerOptions& options) {
  std::vector<Token> tokens = AlnumTokens(in.text);
  std::string_view text(in.text);
  Builder out;
  size_t copied = 0, t = 0;
  while (t < tokens.size()) {
    size_t u = t;
    while (u < tokens.size() && tokens[u].end - tokens[u].begin == 1 &&
           (u == t ||
            IsSpacingGap(text, tokens[u - 1].end, tokens[u].begin, options.max_spacing_gap))) {
      ++u;
    }
    if (u - t < options.min_spaced_letters) {
      t = std::max(u, t + 1);
      continue;
    }
    std::vector<std::string_view> gaps;  // gaps[k] precedes token t + 1 + k
    std::map<std::string_view, int> gap_counts;
    for (size_t k = t + 1; k < u; ++k) {
      gaps.push_back(text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end));
      ++gap_counts[gaps.back()];
    }
    std::string_view dominant = std::max_element(gap_counts.begin(), gap_counts.end(),
                                                 [](const auto& a, const auto& b) {
                                                   return a.second < b.second;
                                                 })->first;
    out.Copy(in, copied, tokens[t].begin);
    for (size_t k = t; k < u; ++k) {
      if (k > t && IsWordGap(gaps, k - t - 1, dominant)) {
        size_t gb = tokens[k - 1].end, ge = tokens[k].begin;
        out.EmitByte(' ', in.src_begin[gb], in.src_end[ge - 1]);
      }
      out.Copy(in, tokens[k].begin, tokens[k].end);
    }
    copied = tokens[u - 1].end;
    t = u;
  }
  out.Copy(in, copied, in.text.size());
  return out.Take();
}

char LeetLetter(char c) {
  switch (c) {
    case '0': return 'o';
    case '1': return 'i';
    case '3': return 'e';
    case '4': return 'a';
    case '5': return 's';
    case '7': return 't';
    case '8': return 'b';
    default: return c;
  }
}

bool IsAlphaAscii(char c) { return c >= 'a' && c <= 'z'; }

// '@' and '$' stand for letters when they lean on a letter: "@ll", "$ystem", "instruction$".
// An '@' inside a word is an address ("a@b.example") and stays.
bool IsLeetSymbolAt(std::string_view text, size_t i) {
  char c = text[i];
  bool letter_before = i > 0 && IsAlphaAscii(text[i - 1]);
  bool letter_after = i + 1 < text.size() && IsAlphaAscii(text[i + 1]);
  bool alnum_before = i > 0 && IsAlnumAscii(text[i - 1]);
  if (c == '@') return letter_after && !alnum_before;
  if (c == '$') return letter_before || letter_after;
  return false;
}

// Words for leet folding: runs of letters, digits and letter-like '@'/'$'.
std::vector<Token> LeetTokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  auto in_word = [&](size_t k) { return IsAlnumAscii(text[k]) || IsLeetSymbolAt(text, k); };
  while (i < text.size()) {
    if (!in_word(i)) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && in_word(j)) ++j;
    tokens.push_back({i, j});
    i = j;
  }
  return tokens;
}

char LeetSymbolLetter(char c) { return c == '@' ? 'a' : c == '$' ? 's' : c; }

// Whether token `tok` mixes letters with digits or '@'/'$' ("1gn0r3"), and whether it consists
// only of digits that imitate letters ("411").
struct LeetShape {
  bool mixed = false;
  bool leet_digits_only = false;
};

LeetShape ShapeOf(std::string_view text, Token tok) {
  size_t letters = 0, others = 0, leet_digits = 0;
  for (size_t k = tok.begin; k < tok.end; ++k) {
    char c = text[k];
    (IsAlphaAscii(c) ? letters : others)++;
    if (c >= '0' && c <= '9' && LeetLetter(c) != c) ++leet_digits;
  }
  size_t size = tok.end - tok.begin;
  return {others > 0 && letters > 0 && size >= 3, letters == 0 && leet_digits == size};
}

// Third pass: in words that mix letters with digits or '@'/'$' ("1gn0r3", "@ll", "in5truc71on$"),
// those become the letters they imitate; so does a number of look-alike digits between two such
// words ("1gn0r3 411 pr3v10u5"). Other numbers and hex-like ids are left alone.
void FoldLeet(NormalizedText* text) {
  std::vector<Token> tokens = LeetTokens(text->text);
  std::vector<LeetShape> shapes;
  shapes.reserve(tokens.size());
  for (const Token& tok : tokens) shapes.push_back(ShapeOf(text->text, tok));
  for (size_t t = 0; t < tokens.size(); ++t) {
    bool between_leet = shapes[t].leet_digits_only && t > 0 && t + 1 < tokens.size() &&
                        shapes[t - 1].mixed && shapes[t + 1].mixed;
    if (!shapes[t].mixed && !between_leet) continue;
    std::string& s = text->text;
    for (size_t k = tokens[t].begin; k < tokens[t].end; ++k) {
      // "11" reads as "ll" ("a11"); a single '1' as 'i'.
      bool double_one = s[k] == '1' && ((k + 1 < tokens[t].end && s[k + 1] == '1') ||
                                        (k > tokens[t].begin && s[k - 1] == 'l'));
      s[k] = double_one ? 'l' : LeetSymbolLetter(LeetLetter(s[k]));
    }
  }
}

// ASCII-only classification, inline: NeedsNormalization calls these for every byte of every
// output, where std::isalnum/isdigit are out-of-line calls into the C library (same answers
// in the "C" locale, which is the only one this library runs in).
inline bool IsAsciiDigit(unsigned char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlnum(unsigned char c) {
  return IsAsciiDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool IsBase64Char(char c) {
  return IsAsciiAlnum(static_cast<unsigned char>(c)) || c == '+' || c == '/' || c == '-' ||
         c == '_';
}

int Base64Value(char c) {
  if (c >= 'A' && c <= 'Z') return c - 'A';
  if (c >= 'a' && c <= 'z') return c - 'a' + 26;
  if (c >= '0' && c <= '9') return c - '0' + 52;
  if (c == '+' || c == '-') return 62;
  if (c == '/' || c == '_') return 63;
  return -1;
}

std::string DecodeBase64(std::string_view run) {
  std::string out;
  uint32_t acc = 0;
  int bits = 0;
  for (char c : run) {
    int v = Base64Value(c);
    if (v < 0) break;
    acc = (acc << 6) | static_cast<uint32_t>(v);
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push_back(static_cast<char>((acc >> bits) & 0xFF));
    }
  }
  return out;
}

// Decoded bytes that read as text: valid UTF-8, mostly printable, with some letters and spaces.
bool LooksLikeText(std::string_view decoded) {
  size_t printable = 0, letters = 0, spaces = 0, chars = 0;
  for (size_t i = 0; i < decoded.size();) {
    Utf8Char u = DecodeUtf8(decoded, i);
    if (!u.valid) return false;
    ++chars;
    char32_t cp = u.code_point;
    if (cp >= 0x80 || cp == '\n' || cp == '\t' || (cp >= 0x20 && cp < 0x7F)) ++printable;
    if (cp < 0x80 && std::isalpha(static_cast<int>(cp))) ++letters;
    if (cp == ' ') ++spaces;
    i += u.length;
  }
  return chars > 0 && printable * 100 >= chars * 95 && letters * 2 >= chars && spaces > 0;
}

NormalizedText NormalizeAtDepth(std::string_view text, const NormalizerOptions& options,
                                int depth);

// Appends, after a line break, the normalized decoding of every base64 run that reads as text;
// every byte of it maps to the whole run.
void AppendDecodedBase64(std::string_view text, const NormalizerOptions& options, int depth,
                         NormalizedText* out) {
  size_t i = 0;
  while (i < text.size()) {
    if (!IsBase64Char(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsBase64Char(text[j])) ++j;
    size_t run_end = j;
    while (run_end < text.size() && text[run_end] == '=' && run_end - j < 2) ++run_end;
    if (j - i >= options.min_base64_run) {
      std::string decoded = DecodeBase64(text.substr(i, j - i));
      if (LooksLikeText(decoded)) {
        NormalizedText inner = NormalizeAtDepth(decoded, options, depth + 1);
        out->text += "\n" + inner.text;
        out->src_begin.insert(out->src_begin.end(), inner.text.size() + 1,
                              static_cast<uint32_t>(i));
        out->src_end.insert(out->src_end.end(), inner.text.size() + 1,
                            static_cast<uint32_t>(run_end));
      }
    }
    i = run_end;
  }
}

NormalizedText NormalizeAtDepth(std::string_view text, const NormalizerOptions& options,
                                int depth) {
  Builder folded;
  CharFolder().FoldInto(text, &folded);
  NormalizedText out = CollapseSpacing(folded.Take(), options);
  FoldLeet(&out);
  if (depth < options.max_decode_depth) AppendDecodedBase64(text, options, depth, &out);
  return out;
}

}  // namespace

std::pair<size_t, size_t> NormalizedText::ToSource(size_t begin, size_t end,
                                                   size_t source_size) const {
  if (text.empty() || begin >= text.size()) return {source_size, source_size};
  size_t last = end > begin ? end - 1 : begin;
  size_t b = std::min(src_begin[begin], src_begin[last]);
  size_t e = std::max(src_end[begin], src_end[last]);
  b = std::min(b, source_size);
  e = std::min(std::max(e, b), source_size);
  if (end == begin) e = b;
  return {b, e};
}

namespace {

// IsLeetSymbolAt on raw (not yet lower-cased) ASCII text.
bool LeansOnLetter(std::string_view text, size_t i) {
  auto alpha = [&](size_t k) { return std::isalpha(static_cast<unsigned char>(text[k])) != 0; };
  auto alnum = [&](size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
  bool letter_after = i + 1 < text.size() && alpha(i + 1);
  if (text[i] == '@') return letter_after && !(i > 0 && alnum(i - 1));
  return letter_after || (i > 0 && alpha(i - 1));
}

// Byte classes for the prefilter, so that its loop is one table lookup per byte.
enum ByteClass : uint8_t {
  kLetter = 1,
  kDigit = 2,
  kBase64 = 4,     // letters, digits, '+', '/', '-', '_'
  kSeparator = 8,  // IsSpacingSeparator
  kSpecial = 16,   // non-ASCII, '&', '%', '@', '$': need a closer look
};

struct ByteClassTable {
  uint8_t cls[256] = {};
  ByteClassTable() {
    for (int c = 0; c < 256; ++c) {
      char ch = static_cast<char>(c);
      uint8_t k = 0;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) k |= kLetter | kBase64;
      if (c >= '0' && c <= '9') k |= kDigit | kBase64;
      if (IsBase64Char(ch)) k |= kBase64;
      if (IsSpacingSeparator(ch)) k |= kSeparator;
      if (c >= 0x80 || c == '&' || c == '%' || c == '@' || c == '$') k |= kSpecial;
      cls[c] = k;
    }
  }
};

// The closer look at a kSpecial byte: true when it starts something Normalize would change.
bool SpecialNeedsNormalization(std::string_view text, size_t i) {
  unsigned char c = static_cast<unsigned char>(text[i]);
  if (c >= 0x80) return true;
  if (c == '&') {
    char32_t cp;
    return i + 2 < text.size() &&
           (text[i + 1] == '#' || std::isalpha(static_cast<unsigned char>(text[i + 1]))) &&
           DecodeEntity(text, i, &cp) > 0;
  }
  if (c == '%') {
    return i + 2 < text.size() && HexValue(text[i + 1]) >= 0 && HexValue(text[i + 2]) >= 0;
  }
  return LeansOnLetter(text, i);  // '@' or '$'
}

}  // namespace

bool NeedsNormalization(std::string_view text, const NormalizerOptions& options) {
  static const ByteClassTable kTable;
  const size_t min_base64_run = options.min_base64_run;
  const size_t min_spaced = options.min_spaced_letters;
  size_t b64_run = 0, single_run = 0, token_len = 0, token_letters = 0, token_digits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    uint8_t k = kTable.cls[static_cast<unsigned char>(text[i])];
    if ((k & kSpecial) && SpecialNeedsNormalization(text, i)) return true;
    b64_run = (k & kBase64) ? b64_run + 1 : 0;
    if (b64_run >= min_base64_run) return true;
    if (k & (kLetter | kDigit)) {
      ++token_len;
      ((k & kDigit) ? token_digits : token_letters)++;
      if (token_digits > 0 && token_letters > 0 && token_len >= 3) return true;
      continue;
    }
    if (token_len == 1) {
      if (++single_run >= min_spaced) return true;
    } else if (token_len > 1 || !(k & kSeparator)) {
      single_run = 0;
    }
    token_len = token_letters = token_digits = 0;
  }
  return token_len == 1 && single_run + 1 >= min_spaced;
}

NormalizedText Normalize(std::string_view text, const NormalizerOptions& options) {
  return NormalizeAtDepth(text, options, 0);
}

}  // namespace blastradius
