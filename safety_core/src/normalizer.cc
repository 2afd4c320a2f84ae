#include "normalizer.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/uspoof.h>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include <algorithm>
#include <array>
#include <bit>
#include <cctype>
#include <cstring>
#include <map>
#include <memory>
#include <tuple>
#include <unordered_map>

#include "codec.h"
#include "swar.h"

namespace blastradius {
namespace {

// Appends normalized bytes with the source span they stand for.
class Builder {
 public:
  // Room for `bytes` output bytes without growing.
  void Reserve(size_t bytes) {
    out_.text.reserve(bytes);
    out_.src_begin.reserve(bytes);
    out_.src_end.reserve(bytes);
  }
  void Emit(std::string_view bytes, size_t begin, size_t end) {
    out_.text.append(bytes);
    out_.src_begin.insert(out_.src_begin.end(), bytes.size(), static_cast<uint32_t>(begin));
    out_.src_end.insert(out_.src_end.end(), bytes.size(), static_cast<uint32_t>(end));
  }
  void EmitByte(char c, size_t begin, size_t end) {
    out_.text.push_back(c);
    out_.src_begin.push_back(static_cast<uint32_t>(begin));
    out_.src_end.push_back(static_cast<uint32_t>(end));
  }
  // Bytes [from, to) of `source`, each lower-cased (ASCII) and mapped to its own byte: what
  // EmitByte(tolower(source[k]), k, k + 1) for each k does. REQUIRES: they are ASCII.
  void EmitLoweredRun(std::string_view source, size_t from, size_t to) {
    const size_t n = to - from, at = out_.text.size();
    out_.text.resize(at + n);
    out_.src_begin.resize(at + n);
    out_.src_end.resize(at + n);
    char* text = out_.text.data() + at;
    uint32_t* begin = out_.src_begin.data() + at;
    uint32_t* end = out_.src_end.data() + at;
    for (size_t k = 0; k < n; ++k) {
      const char c = source[from + k];
      text[k] = static_cast<char>(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
      begin[k] = static_cast<uint32_t>(from + k);
      end[k] = static_cast<uint32_t>(from + k + 1);
    }
  }
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
  return type == U_NON_SPACING_MARK || type == U_ENCLOSING_MARK || type == U_COMBINING_SPACING_MARK;
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
  // Case folding can turn a confusable capital into a letter that is not one (Cyrillic "Т" is
  // Latin "T", its small "т" is not like "t"): the capital's own skeleton decides then.
  if (!IsAsciiString(out) && folded.countChar32() == 1) {
    std::string own = FoldLetter(c);
    if (IsAsciiString(own)) return own;
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
      {"amp", '&'},  {"lt", '<'},   {"gt", '>'},     {"quot", '"'},   {"apos", '\''},
      {"nbsp", ' '}, {"shy", 0xAD}, {"zwj", 0x200D}, {"zwnj", 0x200C}};
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
    int digit = hex ? HexValue(body[k])
                    : (std::isdigit(static_cast<unsigned char>(body[k])) ? body[k] - '0' : -1);
    if (digit < 0 || value > 0x10FFFF) return 0;
    value = value * (hex ? 16 : 10) + static_cast<uint32_t>(digit);
  }
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return semi - i + 1;
}

// The byte a percent escape at text[i] stands for, or -1 if there is none.
int PercentByte(std::string_view text, size_t i) {
  if (i + 2 >= text.size() || text[i] != '%') return -1;
  int hi = HexValue(text[i + 1]), lo = HexValue(text[i + 2]);
  return hi >= 0 && lo >= 0 ? hi * 16 + lo : -1;
}

// Decodes percent escapes at text[i] ('%') that spell one character: a printable ASCII byte, or
// the bytes of one valid UTF-8 sequence ("%D0%B0" is Cyrillic a); returns their length, or 0.
size_t DecodePercent(std::string_view text, size_t i, char32_t* cp) {
  int lead = PercentByte(text, i);
  if (lead >= 0x20 && lead < 0x7F) {
    *cp = static_cast<char32_t>(lead);
    return 3;
  }
  if (lead < 0xC2 || lead > 0xF4) return 0;
  const size_t length = lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
  char bytes[4] = {static_cast<char>(lead)};
  for (size_t k = 1; k < length; ++k) {
    int next = PercentByte(text, i + 3 * k);
    if (next < 0x80 || next > 0xBF) return 0;
    bytes[k] = static_cast<char>(next);
  }
  Utf8Char u = DecodeUtf8(std::string_view(bytes, length), 0);
  if (!u.valid || u.length != length) return 0;
  *cp = u.code_point;
  return 3 * length;
}

// FoldNonAscii's answers by code point, each computed once: a map, emptied when it reaches
// kMaxCachedFolds entries so that it stays bounded, and optionally in front of it a
// direct-mapped table of short answers (a code point's slot is its low bits) where a hit costs
// one compare instead of a hash lookup.
class FoldCache {
 public:
  static constexpr size_t kMaxCachedFolds = size_t{1} << 14;

  explicit FoldCache(bool with_front)
      : front_(with_front ? std::make_unique<std::array<Slot, kFrontSlots>>() : nullptr) {}

  // FoldNonAscii(cp), valid until the next call. REQUIRES: cp >= 0x80.
  std::string_view Fold(char32_t cp) {
    Slot* slot = front_ != nullptr ? &(*front_)[cp % kFrontSlots] : nullptr;
    if (slot != nullptr && slot->cp == cp) return {slot->bytes, slot->size};
    auto it = map_.find(cp);
    if (it == map_.end()) {
      if (map_.size() >= kMaxCachedFolds) map_.clear();
      it = map_.emplace(cp, FoldNonAscii(cp)).first;
    }
    const std::string& folded = it->second;
    if (slot != nullptr && folded.size() <= sizeof(slot->bytes)) {
      slot->cp = cp;
      slot->size = static_cast<uint8_t>(folded.size());
      std::memcpy(slot->bytes, folded.data(), folded.size());
    }
    return folded;
  }

 private:
  static constexpr size_t kFrontSlots = 1024;
  struct Slot {
    char32_t cp = 0;  // 0: empty (never asked: only non-ASCII code points are)
    uint8_t size = 0;
    char bytes[11] = {};
  };
  std::unique_ptr<std::array<Slot, kFrontSlots>> front_;  // null: no front table
  std::unordered_map<char32_t, std::string> map_;
};

// This thread's FoldCache, with its front table, kept from call to call (FoldNonAscii depends on
// the code point and ICU's data only).
FoldCache* ThreadFoldCache() {
  thread_local FoldCache cache(/*with_front=*/true);
  return &cache;
}

// Bytes the first pass copies as they are, lower-cased: ASCII other than '&' and '%'.
bool IsPlainAscii(char c) { return static_cast<unsigned char>(c) < 0x80 && c != '&' && c != '%'; }

// First pass: code point folding, entity and percent decoding.
class CharFolder {
 public:
  // With `decode_tags`, runs of tag characters are decoded in place; without, they are dropped.
  // Folded code points are remembered in `cache`, or, when it is null, in the folder's own.
  CharFolder(bool decode_tags, FoldCache* cache)
      : cache_(cache != nullptr ? cache : &own_cache_), decode_tags_(decode_tags) {}
  CharFolder(const CharFolder&) = delete;  // cache_ may point into the folder itself
  CharFolder& operator=(const CharFolder&) = delete;

  // One character at a time: the reference.
  void FoldInto(std::string_view text, Builder* out) {
    size_t i = 0;
    while (i < text.size()) i = FoldAt(text, i, out);
  }

  // The same output, with runs of plain ASCII (IsPlainAscii) emitted at once.
  void FoldRunsInto(std::string_view text, Builder* out) {
    size_t i = 0;
    while (i < text.size()) {
      size_t j = i;
      while (j < text.size() && IsPlainAscii(text[j])) ++j;
      if (j > i) out->EmitLoweredRun(text, i, j);
      if (j < text.size()) j = FoldAt(text, j, out);
      i = j;
    }
  }

  // Whether the text held a run of tag characters long enough to be a hidden message.
  bool saw_tag_message() const { return saw_tag_message_; }

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
    if (c == '%') {
      size_t len = DecodePercent(text, i, &cp);
      if (len > 0) {
        EmitCodePoint(cp, i, i + len, out);
        return i + len;
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
  // or invisible noise between letters, and a run of noise can be long by chance. So a run of
  // kMinTagMessage or more is decoded only when decode_tags_ is set (the second reading of the
  // text); a shorter run is always dropped like any other invisible character.
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
      const bool spelled = run.size() >= kMinTagMessage && printable;
      saw_tag_message_ = saw_tag_message_ || spelled;
      if (spelled && decode_tags_) {
        EmitCodePoint(u.code_point - 0xE0000, at, at + u.length, out);
      } else {
        out->Emit("", at, at + u.length);
      }
    }
    return j;
  }

  // A tag character reaching here stands alone (escaped, or a short raw run): noise.
  void EmitCodePoint(char32_t cp, size_t begin, size_t end, Builder* out) {
    if (IsTagChar(cp)) {
      out->Emit("", begin, end);
      return;
    }
    if (cp < 0x80) {
      out->EmitByte(static_cast<char>(std::tolower(static_cast<int>(cp))), begin, end);
      return;
    }
    out->Emit(cache_->Fold(cp), begin, end);
  }

  FoldCache own_cache_{/*with_front=*/false};
  FoldCache* cache_;
  bool decode_tags_;
  bool saw_tag_message_ = false;
};

// The later passes' byte classes, one table lookup a byte.
enum PassByte : uint8_t {
  kLowerAlnum = 1,       // 'a'..'z', '0'..'9': IsAlnumAscii
  kTokenByte = 2,        // IsAlnumAscii, '@', '$': IsTokenChar
  kLeetSymbol = 4,       // '@', '$'
  kBase64Byte = 8,       // IsBase64Char
  kLeetLetterSide = 16,  // 'a'..'z', '@', '$': what ShapeOf counts as a letter
  kLeetOtherSide = 32,   // '0'..'9', '@', '$': what ShapeOf counts as not a letter
};

struct PassByteTable {
  uint8_t cls[256] = {};
  constexpr PassByteTable() {
    for (int c = 0; c < 256; ++c) {
      const bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
      const bool symbol = c == '@' || c == '$';
      const bool base64 =
          alnum || (c >= 'A' && c <= 'Z') || c == '+' || c == '/' || c == '-' || c == '_';
      const bool lower = c >= 'a' && c <= 'z';
      cls[c] = static_cast<uint8_t>(
          (alnum ? kLowerAlnum | kTokenByte : 0) | (symbol ? kTokenByte | kLeetSymbol : 0) |
          (base64 ? kBase64Byte : 0) | (lower || symbol ? kLeetLetterSide : 0) |
          (alnum && !lower ? kLeetOtherSide : 0) | (symbol ? kLeetOtherSide : 0));
    }
  }
};
constexpr PassByteTable kPassBytes;

bool HasPassClass(char c, uint8_t cls) {
  return (kPassBytes.cls[static_cast<unsigned char>(c)] & cls) != 0;
}

bool IsSpacingSeparator(char c) {
  return c == ' ' || c == '.' || c == '-' || c == '_' || c == '*' || c == '|' || c == '/' ||
         c == ',' || c == '+' || c == '~' || c == ':' || c == '\t' || c == '\'' || c == '`';
}

struct Token {
  size_t begin, end;
};

// A letter, digit, or '@' / '$' (letters in leetspeak: "@ l l", "$-y-s-t-e-m").
bool IsTokenChar(char c) { return HasPassClass(c, kTokenByte); }

// Runs of IsTokenChar: the letters and words a spaced-out run is made of.
std::vector<Token> AlnumTokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    if (!IsTokenChar(text[i])) {
      ++i;
      continue;
    }
    size_t j = i;
    while (j < text.size() && IsTokenChar(text[j])) ++j;
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

// A gap between two letters of a spaced-out run. Its class is the separators in it without the
// whitespace around them ("*", "."), or, for a gap of whitespace only, the whitespace itself:
// "i*  n  *  s" spaces letters with '*' however much whitespace comes along.
struct Gap {
  std::string_view text;
  std::string cls;
  bool spaces_only = true;
};

Gap MakeGap(std::string_view text) {
  Gap gap{text, "", true};
  for (char c : text) {
    if (c != ' ' && c != '\t') {
      gap.cls.push_back(c);
      gap.spaces_only = false;
    }
  }
  if (gap.spaces_only) gap.cls = std::string(text);
  return gap;
}

// Whether gaps[k] separates words rather than letters, judged by its neighbours only, since
// every word of an obfuscated text may be spaced out its own way ("y.o.u.r p*r*i*o*r",
// "a s   a-n   u n r e s t r i c t e d"): a gap like a neighbour joins letters; a gap of
// whitespace wider than a whitespace neighbour separates words; a gap unlike both neighbours
// joins letters only when it is narrower than both (a two-letter word between wide gaps).
bool IsWordGap(const std::vector<Gap>& gaps, size_t k) {
  const Gap& gap = gaps[k];
  const Gap* prev = k > 0 ? &gaps[k - 1] : nullptr;
  const Gap* next = k + 1 < gaps.size() ? &gaps[k + 1] : nullptr;
  auto wider_than = [&](const Gap* other) {
    return other != nullptr && other->spaces_only && gap.spaces_only &&
           gap.text.size() > other->text.size();
  };
  if (wider_than(prev) || wider_than(next)) return true;
  auto same = [&](const Gap* other) { return other != nullptr && other->cls == gap.cls; };
  if (same(prev) || same(next)) return false;
  if (prev == nullptr && next == nullptr) return false;  // the run's only gap
  // Whitespace separates words; a separator between two gaps of whitespace joins the letters of
  // a two-letter word ("y o u   a-n   o k", "n-o-w 0.n y_o_u").
  if (!gap.spaces_only && gap.text.size() == 1 && (prev == nullptr || prev->spaces_only) &&
      (next == nullptr || next->spaces_only)) {
    return false;
  }
  auto narrower_than = [&](const Gap* other) {
    return other == nullptr || gap.text.size() < other->text.size();
  };
  return !(narrower_than(prev) && narrower_than(next));
}

// Whether the single characters at text[first] and text[second], with separators between, are
// a two-letter word spaced out: not both digits ("7.2" is a number), and either one '.', '-',
// '_' or '*' joins them ("o.n", "a-n") or they are spaced more tightly than the words around
// them ("now  i n  maintenance"). Works on raw and on normalized text alike.
bool TwoSinglesJoin(std::string_view text, size_t first, size_t second) {
  auto digit = [&](size_t k) { return text[k] >= '0' && text[k] <= '9'; };
  if (digit(first) && digit(second)) return false;
  const std::string_view gap = text.substr(first + 1, second - first - 1);
  if (gap == "." || gap == "-" || gap == "_" || gap == "*") return true;
  if (gap != " ") return false;
  // At least two blanks, a line break, or the edge of the text from `from` on, going `step`.
  auto wide = [&](size_t from, int step) {
    size_t spaces = 0;
    for (size_t k = from; k < text.size(); k += step) {
      if (text[k] == '\n') return true;
      if (text[k] != ' ' && text[k] != '\t') break;
      ++spaces;
      if (k == 0) return true;
    }
    return spaces >= 2;
  };
  return (first == 0 || wide(first - 1, -1)) && (second + 1 == text.size() || wide(second + 1, 1));
}

// Whether single characters tokens[t..u) are spaced-out letters: three or more are, two when
// TwoSinglesJoin says so.
bool IsSpacedRun(std::string_view text, const std::vector<Token>& tokens, size_t t, size_t u,
                 size_t min_letters) {
  if (u - t >= min_letters) return true;
  return u - t == 2 && TwoSinglesJoin(text, tokens[t].begin, tokens[t + 1].begin);
}

// Tokens [t, u) of the first run of spaced-out single characters at or after token `from`;
// t == u when there is none.
std::pair<size_t, size_t> NextSpacedRun(std::string_view text, const std::vector<Token>& tokens,
                                        size_t from, const NormalizerOptions& options) {
  size_t t = from;
  while (t < tokens.size()) {
    size_t u = t;
    while (u < tokens.size() && tokens[u].end - tokens[u].begin == 1 &&
           (u == t ||
            IsSpacingGap(text, tokens[u - 1].end, tokens[u].begin, options.max_spacing_gap))) {
      ++u;
    }
    if (u > t && IsSpacedRun(text, tokens, t, u, options.min_spaced_letters)) return {t, u};
    t = std::max(u, t + 1);
  }
  return {t, t};
}

// Emits the spaced run tokens[t, u) of `in` joined; word gaps (IsWordGap) become one space.
void EmitJoinedRun(const NormalizedText& in, const std::vector<Token>& tokens, size_t t, size_t u,
                   Builder* out) {
  const std::string_view text(in.text);
  std::vector<Gap> gaps;  // gaps[k] precedes token t + 1 + k
  for (size_t k = t + 1; k < u; ++k) {
    gaps.push_back(MakeGap(text.substr(tokens[k - 1].end, tokens[k].begin - tokens[k - 1].end)));
  }
  for (size_t k = t; k < u; ++k) {
    if (k > t && IsWordGap(gaps, k - t - 1)) {
      size_t gb = tokens[k - 1].end, ge = tokens[k].begin;
      out->EmitByte(' ', in.src_begin[gb], in.src_end[ge - 1]);
    }
    out->Copy(in, tokens[k].begin, tokens[k].end);
  }
}

// Second pass: joins runs of spaced-out single characters ("i g n o r e  a l l" -> "ignore
// all", "y o u r   s-y-s-t-e-m" -> "your system"); `tokens` are AlnumTokens(in.text).
NormalizedText CollapseSpacing(const NormalizedText& in, const std::vector<Token>& tokens,
                               const NormalizerOptions& options) {
  Builder out;
  out.Reserve(in.text.size());
  size_t copied = 0;
  for (auto [t, u] = NextSpacedRun(in.text, tokens, 0, options); t < u;
       std::tie(t, u) = NextSpacedRun(in.text, tokens, u, options)) {
    out.Copy(in, copied, tokens[t].begin);
    EmitJoinedRun(in, tokens, t, u, &out);
    copied = tokens[u - 1].end;
  }
  out.Copy(in, copied, in.text.size());
  return out.Take();
}

// Whether two single-character tokens follow each other across a spacing gap: every run of two
// or more spaced-out characters starts with such a pair.
bool HasSpacedPair(std::string_view text, size_t max_gap) {
  constexpr size_t kNone = std::string_view::npos;
  size_t single_end = kNone;  // the end of the token before, if it was a single character
  size_t i = 0;
  while (i < text.size()) {
    if (!IsTokenChar(text[i])) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < text.size() && IsTokenChar(text[j])) ++j;
    if (j - i == 1 && single_end != kNone && IsSpacingGap(text, single_end, i, max_gap)) {
      return true;
    }
    single_end = j - i == 1 ? j : kNone;
    i = j;
  }
  return false;
}

// CollapseSpacing in place: a text with no spaced run stays as it is, uncopied.
void CollapseSpacingInPlace(NormalizedText* text, const NormalizerOptions& options) {
  // With runs of one character allowed, every single character is a run: no shortcut.
  if (options.min_spaced_letters >= 2 && !HasSpacedPair(text->text, options.max_spacing_gap)) {
    return;
  }
  const std::vector<Token> tokens = AlnumTokens(text->text);
  const auto [t, u] = NextSpacedRun(text->text, tokens, 0, options);
  if (t == u) return;
  *text = CollapseSpacing(*text, tokens, options);
}

char LeetLetter(char c) {
  switch (c) {
    case '0':
      return 'o';
    case '1':
      return 'i';
    case '3':
      return 'e';
    case '4':
      return 'a';
    case '5':
      return 's';
    case '7':
      return 't';
    case '8':
      return 'b';
    default:
      return c;
  }
}

bool IsAlphaAscii(char c) { return c >= 'a' && c <= 'z'; }

// Whether the '@' at text[i] starts the domain of an address: "name@host.example".
// Works on raw and on normalized (lower-case) text alike.
bool IsAddressAt(std::string_view text, size_t i) {
  auto alnum = [&](size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
  size_t k = i + 1;
  while (k < text.size() && (alnum(k) || text[k] == '-')) ++k;
  return k > i + 1 && k + 1 < text.size() && text[k] == '.' && alnum(k + 1);
}

// '@' and '$' stand for letters when they lean on a letter: "@ll", "$ystem", "instruction$";
// '@' also before a look-alike digit ("@5"). An '@' inside a word that starts an address's
// domain ("a@b.example") stays. Works on raw and on normalized (lower-case) text alike.
bool IsLeetSymbolAt(std::string_view text, size_t i) {
  auto alpha = [&](size_t k) { return std::isalpha(static_cast<unsigned char>(text[k])) != 0; };
  auto alnum = [&](size_t k) { return std::isalnum(static_cast<unsigned char>(text[k])) != 0; };
  const bool letter_before = i > 0 && alpha(i - 1);
  const bool letter_after = i + 1 < text.size() && alpha(i + 1);
  if (text[i] == '$') return letter_before || letter_after;
  if (text[i] != '@') return false;
  const bool leet_digit_after = i + 1 < text.size() && LeetLetter(text[i + 1]) != text[i + 1];
  return (letter_after || leet_digit_after) && !(i > 0 && alnum(i - 1) && IsAddressAt(text, i));
}

// Words for leet folding: runs of letters, digits and letter-like '@'/'$'.
bool InLeetWord(std::string_view text, size_t k) {
  const uint8_t cls = kPassBytes.cls[static_cast<unsigned char>(text[k])];
  return (cls & kLowerAlnum) != 0 || ((cls & kLeetSymbol) != 0 && IsLeetSymbolAt(text, k));
}

std::vector<Token> LeetTokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  auto in_word = [&](size_t k) { return InLeetWord(text, k); };
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
    // A token keeps '@' and '$' only where they stand for letters, so they count both as a
    // letter and as a leet symbol: "@5" is "as".
    const bool symbol = c == '@' || c == '$';
    if (IsAlphaAscii(c) || symbol) ++letters;
    if (!IsAlphaAscii(c)) ++others;
    if (c >= '0' && c <= '9' && LeetLetter(c) != c) ++leet_digits;
  }
  size_t size = tok.end - tok.begin;
  return {others > 0 && letters > 0 && size >= 2, letters == 0 && leet_digits == size};
}

// Token `tok` of `s` as the letters it imitates.
void RewriteLeetToken(Token tok, std::string* s) {
  for (size_t k = tok.begin; k < tok.end; ++k) {
    // "11" reads as "ll" ("a11"); a single '1' as 'i'.
    bool double_one = (*s)[k] == '1' && ((k + 1 < tok.end && (*s)[k + 1] == '1') ||
                                         (k > tok.begin && (*s)[k - 1] == 'l'));
    (*s)[k] = double_one ? 'l' : LeetSymbolLetter(LeetLetter((*s)[k]));
  }
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
    RewriteLeetToken(tokens[t], &text->text);
  }
}

// The next LeetTokens token from byte *i on; false when there is none. Advances *i past it.
bool NextLeetToken(std::string_view text, size_t* i, Token* tok) {
  size_t k = *i;
  while (k < text.size() && !InLeetWord(text, k)) ++k;
  if (k == text.size()) return false;
  size_t j = k + 1;
  while (j < text.size() && InLeetWord(text, j)) ++j;
  *tok = {k, j};
  *i = j;
  return true;
}

// Whether some byte ShapeOf counts as a letter stands next to one it counts as not a letter.
// Every mixed token holds such a pair (walking from its letter to its other byte, the first
// other byte follows a letter), and without a mixed token FoldLeet changes nothing.
bool MayHoldLeet(std::string_view text) {
  uint8_t before = 0;
  for (char c : text) {
    const uint8_t cls = kPassBytes.cls[static_cast<unsigned char>(c)];
    if (((before & kLeetLetterSide) && (cls & kLeetOtherSide)) ||
        ((before & kLeetOtherSide) && (cls & kLeetLetterSide))) {
      return true;
    }
    before = cls;
  }
  return false;
}

// FoldLeet in one pass, with a window of three tokens instead of vectors. Exact because a
// token's rewrite changes only its own bytes, after the token that follows it has been found and
// shaped on the unchanged text, and finding any later token looks back one byte at most.
void FoldLeetStreaming(NormalizedText* text) {
  const std::string_view view(text->text);
  if (!MayHoldLeet(view)) return;
  size_t i = 0;
  Token cur, next;
  if (!NextLeetToken(view, &i, &cur)) return;
  LeetShape prev_shape, cur_shape = ShapeOf(view, cur), next_shape;
  bool has_prev = false;
  while (true) {
    const bool has_next = NextLeetToken(view, &i, &next);
    if (has_next) next_shape = ShapeOf(view, next);
    const bool between_leet =
        cur_shape.leet_digits_only && has_prev && has_next && prev_shape.mixed && next_shape.mixed;
    if (cur_shape.mixed || between_leet) RewriteLeetToken(cur, &text->text);
    if (!has_next) return;
    prev_shape = cur_shape;
    has_prev = true;
    cur = next;
    cur_shape = next_shape;
  }
}

bool IsBase64Char(char c) { return HasPassClass(c, kBase64Byte); }

// Decoded bytes that read as text: valid UTF-8, mostly printable, with some letters and spaces.
// Letters of any script count, and so do digits (leetspeak); invisible characters are not
// counted at all, so an obfuscated instruction still reads as text once decoded.
bool LooksLikeText(std::string_view decoded) {
  size_t printable = 0, letters = 0, spaces = 0, chars = 0;
  for (size_t i = 0; i < decoded.size();) {
    Utf8Char u = DecodeUtf8(decoded, i);
    if (!u.valid) return false;
    i += u.length;
    const auto cp = static_cast<UChar32>(u.code_point);
    if (cp >= 0x80 && (u_hasBinaryProperty(cp, UCHAR_DEFAULT_IGNORABLE_CODE_POINT) ||
                       u_charType(cp) == U_FORMAT_CHAR)) {
      continue;
    }
    ++chars;
    if (cp >= 0x80 || cp == '\n' || cp == '\t' || (cp >= 0x20 && cp < 0x7F)) ++printable;
    if (u_isalnum(cp)) ++letters;
    if (cp == ' ') ++spaces;
  }
  // Spaced-out letters ("i . g . n") are text with as many separators as letters.
  const size_t non_space = chars - spaces;
  return chars > 0 && printable * 100 >= chars * 95 && letters * 5 >= non_space * 2 && spaces > 0;
}

// Which implementation of the passes runs: the reference (one character at a time, every pass
// copying) or the fast one (bulk ASCII runs, a per-thread fold cache, passes that change nothing
// copy nothing). Their output is the same, byte for byte and span for span.
enum class Passes { kReference, kFast };

NormalizedText NormalizeAtDepth(std::string_view text, const NormalizerOptions& options, int depth,
                                Passes passes);

// Appends, after a line break, the normalized decoding of every base64 run that reads as text;
// every byte of it maps to the whole run.
void AppendDecodedBase64(std::string_view text, const NormalizerOptions& options, int depth,
                         Passes passes, NormalizedText* out) {
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
      std::string decoded = Base64DecodeLenient(text.substr(i, j - i));
      if (LooksLikeText(decoded)) {
        NormalizedText inner = NormalizeAtDepth(decoded, options, depth + 1, passes);
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

// The three passes over `text`: characters, spaced letters, leetspeak.
NormalizedText FoldPasses(std::string_view text, const NormalizerOptions& options, Passes passes,
                          bool decode_tags, bool* saw_tag_message) {
  Builder folded;
  if (passes == Passes::kReference) {
    CharFolder folder(decode_tags, nullptr);
    folder.FoldInto(text, &folded);
    if (saw_tag_message != nullptr) *saw_tag_message = folder.saw_tag_message();
    const NormalizedText chars = folded.Take();
    NormalizedText t = CollapseSpacing(chars, AlnumTokens(chars.text), options);
    FoldLeet(&t);
    return t;
  }
  folded.Reserve(text.size());
  CharFolder folder(decode_tags, ThreadFoldCache());
  folder.FoldRunsInto(text, &folded);
  if (saw_tag_message != nullptr) *saw_tag_message = folder.saw_tag_message();
  NormalizedText t = folded.Take();
  CollapseSpacingInPlace(&t, options);
  FoldLeetStreaming(&t);
  return t;
}

NormalizedText NormalizeAtDepth(std::string_view text, const NormalizerOptions& options, int depth,
                                Passes passes) {
  auto fold = [&](bool decode_tags, bool* saw_tag_message) {
    return FoldPasses(text, options, passes, decode_tags, saw_tag_message);
  };
  bool saw_tag_message = false;
  NormalizedText out = fold(/*decode_tags=*/false, &saw_tag_message);
  if (saw_tag_message) {
    // Second reading, after a line break: the text with its hidden tag messages spelled out.
    NormalizedText decoded = fold(/*decode_tags=*/true, nullptr);
    out.text += "\n" + decoded.text;
    out.src_begin.push_back(out.src_begin.empty() ? 0 : out.src_begin.back());
    out.src_end.push_back(out.src_end.empty() ? 0 : out.src_end.back());
    out.src_begin.insert(out.src_begin.end(), decoded.src_begin.begin(), decoded.src_begin.end());
    out.src_end.insert(out.src_end.end(), decoded.src_end.begin(), decoded.src_end.end());
  }
  if (depth < options.max_decode_depth) AppendDecodedBase64(text, options, depth, passes, &out);
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

// Byte classes for the prefilter: its per-byte rules and its portable classifier read a byte's
// classes with one table lookup.
enum ByteClass : uint8_t {
  kLetter = 1,
  kDigit = 2,
  kBase64 = 4,        // letters, digits, '+', '/', '-', '_'
  kSeparator = 8,     // IsSpacingSeparator
  kSpecial = 16,      // non-ASCII, '&', '%', '@', '$': need a closer look
  kTokenSymbol = 32,  // '@', '$': part of a token when spaced letters are joined
  kLeetDigit = 64,    // a digit that imitates a letter (LeetLetter)
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
      if (c == '@' || c == '$') k |= kTokenSymbol;
      if (c >= '0' && c <= '9' && LeetLetter(ch) != ch) k |= kLeetDigit;
      cls[c] = k;
    }
  }
};

const ByteClassTable& Classes() {
  static const ByteClassTable kTable;
  return kTable;
}

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
  return IsLeetSymbolAt(text, i);  // '@' or '$'
}

}  // namespace

// TwoSinglesJoin for the prefilter, which knows only where the second single ends (`end`): the
// first is the character before the separators that precede it.
bool RawTwoSinglesJoin(std::string_view text, size_t end) {
  size_t first = end - 1;
  while (first > 0 && IsSpacingSeparator(text[first - 1])) --first;
  return first > 0 && TwoSinglesJoin(text, first - 1, end - 1);
}

namespace {

// The prefilter's state between bytes, and the per-byte rules: the reference semantics, which
// the block scan below reproduces sixteen bytes at a time.
struct PrefilterScan {
  std::string_view text;
  size_t min_base64_run;
  size_t min_spaced;
  size_t b64_run = 0;     // base64 characters before the next byte
  size_t single_run = 0;  // single-character tokens in a row, separators between
  size_t token_len = 0;   // the token (letters, digits, '@', '$') before the next byte
  size_t token_letters = 0;
  size_t token_digits = 0;  // its digits that imitate letters

  PrefilterScan(std::string_view t, const NormalizerOptions& options)
      : text(t), min_base64_run(options.min_base64_run), min_spaced(options.min_spaced_letters) {}

  // Takes byte i; true once the text is known to need normalization.
  bool Step(size_t i) {
    const uint8_t k = Classes().cls[static_cast<unsigned char>(text[i])];
    if ((k & kSpecial) && SpecialNeedsNormalization(text, i)) return true;
    b64_run = (k & kBase64) ? b64_run + 1 : 0;
    if (b64_run >= min_base64_run) return true;
    if (k & (kLetter | kDigit | kTokenSymbol)) {
      ++token_len;
      if (k & kLeetDigit) ++token_digits;  // other digits fold to nothing
      if (k & kLetter) ++token_letters;
      return token_digits > 0 && token_letters > 0 && token_len >= 2;
    }
    if (token_len == 1) {
      if (++single_run >= min_spaced) return true;
      if (single_run == 2 && RawTwoSinglesJoin(text, i)) return true;
    } else if (token_len > 1 || !(k & kSeparator)) {
      single_run = 0;
    }
    token_len = token_letters = token_digits = 0;
    return false;
  }

  // After the last byte.
  bool Finish() const {
    if (token_len != 1) return false;
    return single_run + 1 >= min_spaced ||
           (single_run == 1 && RawTwoSinglesJoin(text, text.size()));
  }
};

// Sixty-four bytes of text as bit masks, bit j for byte j of the block.
constexpr size_t kBlock = 64;
struct BlockMasks {
  uint64_t non_ascii = 0;  // bytes >= 0x80: the text needs normalization
  uint64_t escapes = 0;    // '&' and '%': other bytes, after a closer look
  uint64_t symbols = 0;    // '@' and '$': token bytes, after a closer look
  uint64_t letters = 0;    // ASCII letters
  uint64_t digits = 0;     // ASCII digits
  uint64_t leet = 0;       // kLeetDigit
  uint64_t base64 = 0;     // kBase64
};

// The masks from the byte table, one byte at a time: the portable classifier.
struct PortableClassifier {
  static BlockMasks Classify(const char* p) {
    BlockMasks m;
    for (size_t j = 0; j < kBlock; ++j) {
      const auto c = static_cast<unsigned char>(p[j]);
      const uint8_t k = Classes().cls[c];
      const uint64_t bit = uint64_t{1} << j;
      if (c >= 0x80) m.non_ascii |= bit;
      if (c == '&' || c == '%') m.escapes |= bit;
      if (k & kTokenSymbol) m.symbols |= bit;
      if (k & kLetter) m.letters |= bit;
      if (k & kDigit) m.digits |= bit;
      if (k & kLeetDigit) m.leet |= bit;
      if (k & kBase64) m.base64 |= bit;
    }
    return m;
  }
  // kSeparator, asked for only when a spaced-letter rule needs it.
  static uint64_t Separators(const char* p) {
    uint64_t mask = 0;
    for (size_t j = 0; j < kBlock; ++j) {
      if (Classes().cls[static_cast<unsigned char>(p[j])] & kSeparator) mask |= uint64_t{1} << j;
    }
    return mask;
  }
};

#if defined(__SSE2__)
// The same masks with SSE2 (always there on x86-64), sixteen bytes a compare. Once a block holds
// a non-ASCII byte the other masks are not filled in: the answer is known.
struct Sse2Classifier {
  static __m128i Load(const char* p) {
    return _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  }
  static __m128i Eq(__m128i x, char c) { return _mm_cmpeq_epi8(x, _mm_set1_epi8(c)); }
  static uint64_t Bits(__m128i v) { return static_cast<uint16_t>(_mm_movemask_epi8(v)); }
  // Bytes in [lo, hi]; signed compares, right for ASCII bytes.
  static __m128i Between(__m128i x, char lo, char hi) {
    return _mm_and_si128(_mm_cmpgt_epi8(x, _mm_set1_epi8(static_cast<char>(lo - 1))),
                         _mm_cmplt_epi8(x, _mm_set1_epi8(static_cast<char>(hi + 1))));
  }
  static BlockMasks Classify(const char* p) {
    BlockMasks m;
    for (size_t q = 0; q < kBlock; q += 16) {
      const __m128i x = Load(p + q);
      m.non_ascii |= Bits(x) << q;
    }
    if (m.non_ascii != 0) return m;
    for (size_t q = 0; q < kBlock; q += 16) {
      const __m128i x = Load(p + q);
      const __m128i digits = Between(x, '0', '9');
      m.escapes |= Bits(_mm_or_si128(Eq(x, '&'), Eq(x, '%'))) << q;
      m.symbols |= Bits(_mm_or_si128(Eq(x, '@'), Eq(x, '$'))) << q;
      m.letters |= Bits(Between(_mm_or_si128(x, _mm_set1_epi8(0x20)), 'a', 'z')) << q;
      const uint64_t digit_bits = Bits(digits);
      m.digits |= digit_bits << q;
      if (digit_bits != 0) {
        const __m128i look_alike = _mm_andnot_si128(
            _mm_or_si128(Eq(x, '2'), _mm_or_si128(Eq(x, '6'), Eq(x, '9'))), digits);
        m.leet |= Bits(look_alike) << q;
      }
      // '+' (0x2B), ',' , '-', '.', '/' (0x2F) are a range, of which ',' and '.' are not base64.
      const __m128i plus_to_slash =
          _mm_andnot_si128(_mm_or_si128(Eq(x, ','), Eq(x, '.')), Between(x, '+', '/'));
      m.base64 |= Bits(_mm_or_si128(plus_to_slash, Eq(x, '_'))) << q;
    }
    m.base64 |= m.letters | m.digits;
    return m;
  }
  static uint64_t Separators(const char* p) {
    uint64_t mask = 0;
    for (size_t q = 0; q < kBlock; q += 16) {
      const __m128i x = Load(p + q);
      // ' ' '\t' '\'' '_' '`' '|' '~' ':' and the range '*' .. '/' ("*+,-./").
      const __m128i a = _mm_or_si128(_mm_or_si128(Eq(x, ' '), Eq(x, '\t')),
                                     _mm_or_si128(Eq(x, '\''), Eq(x, '_')));
      const __m128i b =
          _mm_or_si128(_mm_or_si128(Eq(x, '`'), Eq(x, '|')), _mm_or_si128(Eq(x, '~'), Eq(x, ':')));
      mask |= Bits(_mm_or_si128(_mm_or_si128(a, b), Between(x, '*', '/'))) << q;
    }
    return mask;
  }
};
#endif

// Bit i set in the result: bit i of `seeds`, or some seed bit j < i with every bit of `through`
// from j + 1 to i set (a seed carried forward through a run).
uint64_t FillForward(uint64_t seeds, uint64_t through) {
  uint64_t fill = seeds, pass = through;
  for (unsigned shift = 1; shift < kBlock; shift *= 2) {
    fill |= pass & (fill << shift);
    pass &= pass << shift;
  }
  return fill;
}

// True when `mask` holds `n` set bits in a row (n >= 1).
bool HasRunOf(uint64_t mask, size_t n) {
  if (n > kBlock) return false;
  size_t have = 1;
  for (; have * 2 <= n; have *= 2) mask &= mask >> have;
  if (have < n) mask &= mask >> (n - have);
  return mask != 0;
}

// One block, at text[base] (`bytes`: the text's bytes there, or a copy padded past the text's
// end with '!', which reproduces PrefilterScan::Finish), taken at once: the same answer as
// PrefilterScan::Step on each of its bytes, and a state after it that answers the same from then
// on (token_letters and token_digits are only ever compared with 0, so a block keeps them as 0 or
// 1).
template <class Classifier>
bool BlockNeedsNormalization(const char* bytes, size_t base, PrefilterScan* s) {
  const BlockMasks m = Classifier::Classify(bytes);
  if (m.non_ascii != 0) return true;
  // The closer look at '&', '%', '@' and '$' (it reads the text, not the state).
  for (uint64_t pending = m.escapes | m.symbols; pending != 0; pending &= pending - 1) {
    if (SpecialNeedsNormalization(s->text, base + static_cast<size_t>(std::countr_zero(pending)))) {
      return true;
    }
  }
  const uint64_t tokens = m.letters | m.digits | m.symbols;
  // Base64 runs: the one carried in, through the block's first bytes, and any inside it.
  const auto lead = static_cast<size_t>(std::countr_one(m.base64));
  if (s->b64_run + lead >= s->min_base64_run || HasRunOf(m.base64, s->min_base64_run)) {
    return true;
  }
  // Leetspeak: a token holding both a letter and a look-alike digit, in either order.
  const bool carried = s->token_len > 0 && (tokens & 1) != 0;
  const uint64_t carry_digit = carried && s->token_digits > 0 ? 1 : 0;
  const uint64_t carry_letter = carried && s->token_letters > 0 ? 1 : 0;
  if ((m.leet | carry_digit) != 0) {
    // A carried seed stands at bit 0 only when byte 0 continues the token, so it is a token
    // byte itself: as if byte -1 were the seed.
    if ((FillForward(m.leet | carry_digit, tokens) & m.letters) != 0 ||
        (FillForward(m.letters | carry_letter, tokens) & m.leet) != 0) {
      return true;
    }
  }
  // Spaced letters: at each other byte, a single-character token just ended (count it), or a
  // longer token ended or a non-separator follows a non-token byte (start again).
  const uint64_t others = ~tokens;
  const uint64_t before1 = (tokens << 1) | (s->token_len >= 1 ? 1u : 0u);  // bit i: byte i-1
  const uint64_t before2 = (tokens << 2) | (s->token_len >= 2   ? 3u
                                            : s->token_len == 1 ? 2u
                                                                : 0u);  // bit i: byte i-2
  const uint64_t singles = others & before1 & ~before2;
  if (singles != 0 || s->single_run > 0) {
    uint64_t resets = others & before1 & before2;
    if (singles != 0 || resets == 0) {
      resets |= others & ~before1 & ~Classifier::Separators(bytes);
    }
    uint64_t done = 0;  // bits at or below the last single counted
    for (uint64_t pending = singles; pending != 0; pending &= pending - 1) {
      const int at = std::countr_zero(pending);
      const uint64_t below = (uint64_t{1} << at) - 1;
      if ((resets & below & ~done) != 0) s->single_run = 0;
      if (++s->single_run >= s->min_spaced) return true;
      if (s->single_run == 2 && RawTwoSinglesJoin(s->text, base + static_cast<size_t>(at))) {
        return true;
      }
      done = below | (uint64_t{1} << at);
    }
    if ((resets & ~done) != 0) s->single_run = 0;
  }
  // The state after the block: the base64 run and the token its last bytes end in.
  const auto tail_b64 = static_cast<size_t>(std::countl_one(m.base64));
  s->b64_run = tail_b64 == kBlock ? s->b64_run + kBlock : tail_b64;
  const auto tail = static_cast<size_t>(std::countl_one(tokens));
  if (tail == kBlock) {
    s->token_len += kBlock;
    s->token_letters |= m.letters != 0 ? 1 : 0;
    s->token_digits |= m.leet != 0 ? 1 : 0;
  } else {
    const uint64_t in_tail = tail == 0 ? 0 : ~uint64_t{0} << (kBlock - tail);
    s->token_len = tail;
    s->token_letters = (m.letters & in_tail) != 0 ? 1 : 0;
    s->token_digits = (m.leet & in_tail) != 0 ? 1 : 0;
  }
  return false;
}

// NeedsNormalization a block at a time with `Classifier`; the last bytes as a block padded with
// '!' (a byte that ends a token and a spaced run: what the end of the text does).
template <class Classifier>
bool ScanBlocks(std::string_view text, const NormalizerOptions& options) {
  PrefilterScan scan(text, options);
  size_t i = 0;
  for (; i + kBlock <= text.size(); i += kBlock) {
    if (BlockNeedsNormalization<Classifier>(text.data() + i, i, &scan)) return true;
  }
  if (i == text.size()) return scan.Finish();
  char padded[kBlock];
  std::memset(padded, '!', kBlock);
  std::memcpy(padded, text.data() + i, text.size() - i);
  return BlockNeedsNormalization<Classifier>(padded, i, &scan);
}

}  // namespace

bool NeedsNormalization(std::string_view text, const NormalizerOptions& options) {
#if defined(__SSE2__)
  return ScanBlocks<Sse2Classifier>(text, options);
#else
  return ScanBlocks<PortableClassifier>(text, options);
#endif
}

bool NeedsNormalizationPortable(std::string_view text, const NormalizerOptions& options) {
  return ScanBlocks<PortableClassifier>(text, options);
}

bool NeedsNormalizationBytewise(std::string_view text, const NormalizerOptions& options) {
  PrefilterScan scan(text, options);
  for (size_t i = 0; i < text.size(); ++i) {
    if (scan.Step(i)) return true;
  }
  return scan.Finish();
}

namespace {

// The memo behind NormalizeMemoScope: this thread's last input and result, while a scope is open.
struct NormalizeMemo {
  int scopes = 0;
  bool valid = false;
  std::string source;
  NormalizerOptions options;
  NormalizedText result;
};
thread_local NormalizeMemo memo;

}  // namespace

NormalizeMemoScope::NormalizeMemoScope() { ++memo.scopes; }

NormalizeMemoScope::~NormalizeMemoScope() {
  if (--memo.scopes > 0 || !memo.valid) return;  // nothing kept: nothing to free
  memo.valid = false;
  memo.source = std::string();
  memo.result = NormalizedText();
}

NormalizedText Normalize(std::string_view text, const NormalizerOptions& options) {
  if (memo.scopes == 0) return NormalizeAtDepth(text, options, 0, Passes::kFast);
  if (memo.valid && memo.options == options && memo.source == text) return memo.result;
  NormalizedText result = NormalizeAtDepth(text, options, 0, Passes::kFast);
  memo.valid = true;
  memo.source.assign(text);
  memo.options = options;
  memo.result = result;
  return result;
}

namespace detail {

NormalizedText NormalizeReference(std::string_view text, const NormalizerOptions& options) {
  return NormalizeAtDepth(text, options, 0, Passes::kReference);
}

}  // namespace detail

}  // namespace blastradius
