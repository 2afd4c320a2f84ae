// The learned stage: windowed hashed features of the normalised text, a linear model, and the
// layered detector that puts it behind the pattern packs.
#include "blastradius/learned_detector.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <optional>
#include <random>
#include <span>
#include <tuple>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "bundled_data.h"
#include "codec.h"
#include "normalizer.h"

namespace blastradius {
namespace {

constexpr char kModelMagic[] = "blastradius-learned-detector 1";
constexpr size_t kMaxCharsPerWordForNgrams = 24;

constexpr bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII code points that separate words or sentences rather than spell them.
bool IsUnicodeSeparator(char32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0x060C || cp == 0x061F || cp == 0x06D4 ||
         cp == 0x0964 || cp == 0x0965 || cp == 0xFFFD;
}

constexpr bool IsSentenceEnd(char32_t cp) {
  return cp == '.' || cp == '!' || cp == '?' || cp == ':' || cp == ';' || cp == '\n' ||
         cp == 0x3002 || cp == 0xFF01 || cp == 0xFF1F || cp == 0x061F || cp == 0x06D4 ||
         cp == 0x0964 || cp == 0x0965;
}

struct Token {
  std::string_view text;  // lower case (the normalizer casefolds; ASCII is lowered here)
  size_t begin = 0;       // byte offsets in the scanned text
  size_t end = 0;
  bool sentence_start = false;
  bool ascii = true;
};

// Splits lower-cased text into words; marks the first word of each sentence.
// ASCII bytes that continue a word (letters, digits, the apostrophe) and that end a sentence.
constexpr std::array<uint8_t, 128> kAsciiClass = [] {
  std::array<uint8_t, 128> c{};
  for (int b = 0; b < 128; ++b) {
    if (IsAsciiAlnum(static_cast<unsigned char>(b)) || b == '\'') c[b] = 1;
    if (IsSentenceEnd(static_cast<char32_t>(b))) c[b] = 2;
  }
  return c;
}();

// Splits lower-cased text into words; marks the first word of each sentence.
std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
  tokens.reserve(text.size() / 6 + 4);
  bool sentence_start = true;
  size_t i = 0, word_begin = std::string_view::npos;
  bool ascii = true;
  auto close = [&](size_t end) {
    if (word_begin == std::string_view::npos) return;
    tokens.push_back(
        {text.substr(word_begin, end - word_begin), word_begin, end, sentence_start, ascii});
    sentence_start = false;
    word_begin = std::string_view::npos;
  };
  auto ascii_class = [&](size_t at) {
    unsigned char b = static_cast<unsigned char>(text[at]);
    return b < 0x80 ? kAsciiClass[b] : 0xFF;
  };
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    if (b < 0x80) {
      uint8_t c = kAsciiClass[b];
      if (c == 1 && (b != '\'' || word_begin != std::string_view::npos)) {
        if (word_begin == std::string_view::npos) {
          word_begin = i;
          ascii = true;
        }
        for (++i; i < text.size() && ascii_class(i) == 1;) ++i;  // the rest of an ASCII run
        continue;
      }
      close(i);
      if (c == 2) sentence_start = true;
      ++i;
      continue;
    }
    Utf8Char u = DecodeUtf8(text, i);
    if (!IsUnicodeSeparator(u.code_point)) {
      if (word_begin == std::string_view::npos) word_begin = i;
      ascii = false;
    } else {
      close(i);
      if (IsSentenceEnd(u.code_point)) sentence_start = true;
    }
    i += u.length;
  }
  close(text.size());
  return tokens;
}

constexpr std::array<std::string_view, 5> kSecondPerson = {"you", "your", "yours", "yourself",
                                                           "you're"};
constexpr std::array<std::string_view, 13> kAiWords = {
    "assistant", "ai",     "chatbot", "bot",     "model", "llm",   "gpt",
    "chatgpt",   "claude", "gemini",  "copilot", "agent", "agents"};
constexpr std::array<std::string_view, 3> kUserWords = {"user", "user's", "users"};
constexpr std::array<std::string_view, 12> kRoleWords = {
    "system",   "admin",      "administrator", "developer", "developers", "ceo",
    "official", "authorized", "authorize",     "operator",  "root",       "owner"};
constexpr std::array<std::string_view, 10> kUrgentWords = {
    "important", "urgent",   "urgently",  "immediately", "must",
    "mandatory", "critical", "attention", "asap",        "now"};
constexpr std::array<std::string_view, 12> kOverrideWords = {
    "ignore", "disregard", "forget",       "instead",     "previous", "prior",
    "above",  "override",  "instructions", "instruction", "bypass",   "rules"};
constexpr std::array<std::string_view, 64> kImperativeVerbs = {
    "ignore", "disregard", "forget",   "send",    "forward", "transfer",  "pay",       "share",
    "print",  "reveal",    "write",    "say",     "respond", "reply",     "answer",    "output",
    "tell",   "delete",    "remove",   "change",  "update",  "click",     "visit",     "go",
    "open",   "include",   "add",      "insert",  "append",  "execute",   "run",       "do",
    "please", "stop",      "act",      "pretend", "repeat",  "translate", "summarize", "make",
    "create", "email",     "post",     "book",    "invite",  "schedule",  "give",      "provide",
    "list",   "show",      "disclose", "leak",    "export",  "upload",    "download",  "call",
    "use",    "follow",    "start",    "begin",   "return",  "switch",    "grant",     "don't"};

constexpr uint32_t kFnvOffset = 2166136261u;

constexpr uint32_t Fnv1aContinue(uint32_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// The FNV-1a state after each feature-name prefix: hashing prefix + a equals continuing from it.
constexpr uint32_t kWordState = Fnv1aContinue(kFnvOffset, "w:");
constexpr uint32_t kCharState = Fnv1aContinue(kFnvOffset, "c:");
constexpr uint32_t kBigramState = Fnv1aContinue(kFnvOffset, "b:");
constexpr uint32_t kFieldState = Fnv1aContinue(kFnvOffset, "k:");

// The bucket of the feature whose name continues the hash `state` with a (+ " " + b when b is
// not empty).
uint32_t BucketOf(uint32_t state, std::string_view a, std::string_view b = {}) {
  uint32_t h = Fnv1aContinue(state, a);
  if (!b.empty()) h = Fnv1aContinue(Fnv1aContinue(h, " "), b);
  return h & (kLearnedFeatureDims - 1);
}

// Calls fn(ngram) for each code-point trigram of "^" + word + "$" (the word cut to its first
// kMaxCharsPerWordForNgrams - 1 code points when it has kMaxCharsPerWordForNgrams or more), then,
// for a non-ASCII word, each bigram. The n-grams are views of a buffer that lives for the call.
template <typename Fn>
void ForEachCharNgram(const Token& token, Fn&& fn) {
  std::array<char, kMaxCharsPerWordForNgrams * 4 + 2> marked;
  marked[0] = '^';
  if (token.ascii) {  // one byte per code point: the trigrams are the 3-byte runs of `marked`
    size_t end = token.text.size() < kMaxCharsPerWordForNgrams ? token.text.size()
                                                               : kMaxCharsPerWordForNgrams - 1;
    std::copy_n(token.text.data(), end, marked.data() + 1);
    marked[end + 1] = '$';
    for (size_t k = 0; k < end; ++k) fn(std::string_view(marked.data() + k, 3));
    return;
  }
  std::array<size_t, kMaxCharsPerWordForNgrams> starts;  // byte offset of each code point
  size_t chars = 0;
  for (size_t i = 0; i < token.text.size() && chars < kMaxCharsPerWordForNgrams;) {
    starts[chars++] = i;
    i += DecodeUtf8(token.text, i).length;
  }
  size_t end = token.text.size();
  if (chars == kMaxCharsPerWordForNgrams) end = starts[--chars];
  // Offsets into `marked`: '^' at 0, the code points shifted by one, '$', then the end.
  std::array<size_t, kMaxCharsPerWordForNgrams + 2> at;
  at[0] = 0;
  for (size_t k = 0; k < chars; ++k) at[k + 1] = starts[k] + 1;
  std::copy_n(token.text.data(), end, marked.data() + 1);
  marked[end + 1] = '$';
  at[chars + 1] = end + 1;
  at[chars + 2] = end + 2;
  size_t points = chars + 2;  // code points in `marked`
  std::string_view m(marked.data(), end + 2);
  for (size_t k = 0; k + 3 <= points; ++k) fn(m.substr(at[k], at[k + 3] - at[k]));
  for (size_t k = 0; k + 2 <= points; ++k) fn(m.substr(at[k], at[k + 2] - at[k]));
}

size_t Bin(size_t n, size_t cap) { return std::min(n, cap); }

enum Cue : uint8_t {
  kYou = 1,
  kAi = 2,
  kUser = 4,
  kRole = 8,
  kUrgent = 16,
  kOverride = 32,
  kImperativeVerb = 64,
};

// The cue words, hashed once into an open-addressing table: a word's cues in one probe or two.
class CueTable {
 public:
  CueTable() {
    auto add = [this](const auto& list, uint8_t cue) {
      for (std::string_view word : list) {
        size_t at = Find(word, Fnv1aContinue(kWordState, word));
        slots_[at].word = word;
        slots_[at].cues |= cue;
        max_length_ = std::max(max_length_, word.size());
      }
    };
    add(kSecondPerson, kYou);
    add(kAiWords, kAi);
    add(kUserWords, kUser);
    add(kRoleWords, kRole);
    add(kUrgentWords, kUrgent);
    add(kOverrideWords, kOverride);
    add(kImperativeVerbs, kImperativeVerb);
  }
  // `word_hash` is Fnv1aContinue(kWordState, word), the hash of its unigram feature.
  uint8_t CuesOf(std::string_view word, uint32_t word_hash) const {
    return word.size() > max_length_ ? 0 : slots_[Find(word, word_hash)].cues;
  }

 private:
  static constexpr size_t kSlots = 512;  // a power of two, over twice the number of cue words
  struct Slot {
    std::string_view word;
    uint8_t cues = 0;
  };
  // The slot holding `word`, or the empty slot where it would go.
  size_t Find(std::string_view word, uint32_t word_hash) const {
    size_t at = word_hash & (kSlots - 1);
    while (slots_[at].cues != 0 && slots_[at].word != word) at = (at + 1) & (kSlots - 1);
    return at;
  }
  std::array<Slot, kSlots> slots_{};
  size_t max_length_ = 0;
};

uint8_t CuesOf(std::string_view word, uint32_t word_hash) {
  static const CueTable table;
  return table.CuesOf(word, word_hash);
}

// Whether the word at [begin, end) of `text` is part of an identifier or a key rather than prose:
// joined to a neighbour by '_', or by a '.' with a letter or digit on its other side (user_id,
// obj.user); the key of key=value (user=bob, user = bob); or a whole quoted string followed by
// ':' (a JSON key, {"user": ...}; also with escaped quotes, as in JSON inside a JSON string,
// \"user\":). A colon after a bare word ("User: ignore ...") is a chat role line, not a key.
bool IsIdentifierPiece(std::string_view text, size_t begin, size_t end) {
  auto at = [&](size_t i) { return i < text.size() ? text[i] : '\0'; };
  auto alnum_at = [&](size_t i) { return IsAsciiAlnum(static_cast<unsigned char>(at(i))); };
  char before = begin > 0 ? text[begin - 1] : '\0';
  char after = at(end);
  if (before == '_' || after == '_') return true;
  if ((before == '.' && begin >= 2 && alnum_at(begin - 2)) || (after == '.' && alnum_at(end + 1))) {
    return true;
  }
  size_t i = end;
  auto skip_blanks = [&] {
    while (at(i) == ' ' || at(i) == '\t') ++i;
  };
  skip_blanks();
  if (at(i) == '=') return true;
  if (before != '"') return false;
  for (i = end; at(i) == '\\';) ++i;
  if (at(i) != '"') return false;
  ++i;
  skip_blanks();
  return at(i) == ':';
}

// The structural features of a window, by index into StructuralNames(): the cue flags and their
// conjunctions, the binned count of imperative sentences and their binned density.
constexpr size_t kStructuralFlags = 15;
constexpr size_t kImperativeBins = 4;  // Bin(imperatives, 3)
constexpr size_t kDensityBins = 4;     // Bin(4 * imperatives / sentences, 3)
constexpr size_t kStructuralFeatures = kStructuralFlags + kImperativeBins + kDensityBins;

const std::array<std::string, kStructuralFeatures>& StructuralNames() {
  static const std::array<std::string, kStructuralFeatures> names = {
      "s:you",
      "s:ai",
      "s:user",
      "s:role",
      "s:urgent",
      "s:override",
      "s:imperative",
      "s:imperative+you",
      "s:imperative+ai",
      "s:imperative+user",
      "s:ai+you",
      "s:ai+user",
      "s:override+imperative",
      "s:role+imperative",
      "s:urgent+imperative",
      "s:imperatives=0",
      "s:imperatives=1",
      "s:imperatives=2",
      "s:imperatives=3",
      "s:imperative_density=0",
      "s:imperative_density=1",
      "s:imperative_density=2",
      "s:imperative_density=3",
  };
  return names;
}

const std::array<uint32_t, kStructuralFeatures>& StructuralBuckets() {
  static const std::array<uint32_t, kStructuralFeatures> buckets = [] {
    std::array<uint32_t, kStructuralFeatures> out{};
    for (size_t i = 0; i < kStructuralFeatures; ++i) {
      out[i] = BucketOf(kFnvOffset, StructuralNames()[i]);
    }
    return out;
  }();
  return buckets;
}

// Calls fn(index into StructuralNames()) for each structural feature a window has.
template <typename Fn>
void ForEachStructural(uint8_t cues, size_t imperatives, size_t sentences, Fn&& fn) {
  bool you = cues & kYou, ai = cues & kAi, user = cues & kUser, role = cues & kRole;
  bool urgent = cues & kUrgent, override_word = cues & kOverride;
  bool imperative = imperatives > 0;
  const bool flags[kStructuralFlags] = {
      you,
      ai,
      user,
      role,
      urgent,
      override_word,
      imperative,
      imperative && you,
      imperative && ai,
      imperative && user,
      ai && you,
      ai && user,
      override_word && imperative,
      role && imperative,
      urgent && imperative,
  };
  for (size_t i = 0; i < kStructuralFlags; ++i) {
    if (flags[i]) fn(i);
  }
  fn(kStructuralFlags + Bin(imperatives, 3));
  if (sentences > 0) fn(kStructuralFlags + kImperativeBins + Bin(4 * imperatives / sentences, 3));
}

// The lower-cased text the learned stage tokenises (LearnedStageText), and the map back to the
// source when it was normalised.
struct Prepared {
  std::string_view source;  // the text passed in; outlives this
  std::string lowered;      // when not normalised
  std::optional<NormalizedText> normalized;
  std::string_view text() const { return normalized ? normalized->text : lowered; }
  std::pair<size_t, size_t> ToSource(size_t begin, size_t end) const {
    if (!normalized) return {begin, end};
    return normalized->ToSource(begin, end, source.size());
  }
  // Whether [begin, end) of text() came from a run of digits: the normalizer's leetspeak fold
  // spells numbers inside words as letters ("03T09:41:02Z" becomes "oeto9:ai:o2z").
  bool SpelledFromNumber(size_t begin, size_t end) const {
    if (!normalized) return false;
    auto [b, e] = ToSource(begin, end);
    if (b == e) return false;
    for (size_t i = b; i < e; ++i) {
      if (source[i] < '0' || source[i] > '9') return false;
    }
    return true;
  }
};

void LowerAsciiInPlace(std::string* text) {
  for (char& c : *text) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
}

Prepared Prepare(std::string_view text) {
  Prepared p;
  p.source = text;
  if (NeedsNormalization(text)) {
    p.normalized = Normalize(text);
    LowerAsciiInPlace(&p.normalized->text);
  } else {
    p.lowered.assign(text);
    LowerAsciiInPlace(&p.lowered);
  }
  return p;
}

std::vector<std::pair<size_t, size_t>> WindowRanges(size_t tokens, const WindowOptions& options) {
  size_t words = std::max<size_t>(options.words, 1);
  size_t stride = std::clamp<size_t>(options.stride, 1, words);
  std::vector<std::pair<size_t, size_t>> ranges;
  for (size_t first = 0;; first += stride) {
    size_t last = std::min(tokens, first + words);
    ranges.emplace_back(first, last);
    if (last >= tokens) break;
  }
  return ranges;
}

// A text's words and what each contributes wherever it appears, computed once per distinct word:
// its cues and its unigram and character n-gram buckets; and each word's bigram with the one
// before it.
struct TextFeatures {
  std::vector<Token> tokens;
  std::vector<uint32_t> word_of;  // per token: its distinct word
  std::vector<uint32_t> bigram;   // per token: the bucket of "b:<previous> <this>" (0 first)
  // Per token: for a field name (IsIdentifierPiece), 1 + the bucket of "k:<this>", its unigram
  // in place of "w:<this>"; else 0.
  std::vector<uint32_t> field;
  std::vector<uint32_t> word_first;  // per distinct word: its first entry in `buckets`, then end
  std::vector<uint8_t> word_cues;    // per distinct word
  std::vector<uint8_t> cues;         // per token: TokenCues
  std::vector<uint32_t> buckets;
};

// The cues a token sets: its word's, but none where the word names a field rather than speaks
// ("user" in {"user": ...}, user=bob or user_id is not "the user" referenced; "admin" in
// finance_admin is no role claim) or where the normalizer spelled it from a number. Masking
// every cue class, not only "user", measured better on the held-out rounds (docs/sanitizer.md).
uint8_t TokenCues(const Prepared& p, const Token& token, bool field, uint8_t word_cues) {
  if (word_cues == 0 || field) return 0;
  if (p.SpelledFromNumber(token.begin, token.end)) return 0;
  return word_cues;
}

TextFeatures FeaturesOf(const Prepared& p) {
  std::string_view text = p.text();
  TextFeatures f;
  f.tokens = Tokenize(text);
  size_t n = f.tokens.size();
  f.word_of.resize(n);
  f.bigram.resize(n);
  f.field.resize(n);
  f.word_first.reserve(n + 1);
  f.word_first.push_back(0);
  f.word_cues.reserve(n);
  f.cues.resize(n);
  f.buckets.reserve(text.size() + 2 * n);  // an ASCII word of L bytes has L + 1 buckets
  // FNV-1a state after "b:<word> ", per distinct word: a bigram continues it with the next word.
  std::vector<uint32_t> bigram_state;
  bigram_state.reserve(n);
  // Distinct words by their "w:" hash: slot -> 1 + index of the word's first token.
  size_t slots = 16;
  while (slots < 2 * n) slots *= 2;
  std::vector<uint32_t> table(slots, 0);
  for (size_t k = 0; k < n; ++k) {
    const Token& token = f.tokens[k];
    uint32_t h = Fnv1aContinue(kWordState, token.text);
    size_t at = h & (slots - 1);
    while (table[at] != 0 && f.tokens[table[at] - 1].text != token.text) {
      at = (at + 1) & (slots - 1);
    }
    if (table[at] != 0) {
      f.word_of[k] = f.word_of[table[at] - 1];
    } else {
      table[at] = static_cast<uint32_t>(k + 1);
      f.word_of[k] = static_cast<uint32_t>(f.word_cues.size());
      f.word_cues.push_back(CuesOf(token.text, h));
      bigram_state.push_back(Fnv1aContinue(Fnv1aContinue(kBigramState, token.text), " "));
      f.buckets.push_back(h & (kLearnedFeatureDims - 1));
      ForEachCharNgram(
          token, [&](std::string_view ngram) { f.buckets.push_back(BucketOf(kCharState, ngram)); });
      f.word_first.push_back(static_cast<uint32_t>(f.buckets.size()));
    }
    // A field name's unigram is a feature of its own: "user" as a key is not "user" in prose.
    bool field = IsIdentifierPiece(text, token.begin, token.end);
    if (field) f.field[k] = 1 + BucketOf(kFieldState, token.text);
    f.cues[k] = TokenCues(p, token, field, f.word_cues[f.word_of[k]]);
    // BucketOf(kBigramState, previous, this), from the previous word's state.
    if (k > 0) {
      f.bigram[k] =
          Fnv1aContinue(bigram_state[f.word_of[k - 1]], token.text) & (kLearnedFeatureDims - 1);
    }
  }
  return f;
}

// A set of buckets that yields them in ascending order without sorting: a bit per bucket, a bit
// per non-empty 64-bucket word, a bit per non-empty group of 64 words. Drain empties it.
class BucketSet {
 public:
  BucketSet() : leaves_(kLeaves, 0) {}

  // True when `bucket` was not in the set yet.
  bool Insert(uint32_t bucket) {
    uint32_t leaf = bucket >> 6;
    uint64_t bit = uint64_t{1} << (bucket & 63);
    if (leaves_[leaf] & bit) return false;
    ++size_;
    leaves_[leaf] |= bit;
    mid_[leaf >> 6] |= uint64_t{1} << (leaf & 63);
    top_ |= uint64_t{1} << (leaf >> 6);
    return true;
  }
  size_t size() const { return size_; }

  // Calls fn(bucket) for each bucket in ascending order, and leaves the set empty.
  template <typename Fn>
  void Drain(Fn&& fn) {
    for (uint64_t top = top_; top != 0; top &= top - 1) {
      uint32_t m = static_cast<uint32_t>(std::countr_zero(top));
      for (uint64_t mid = mid_[m]; mid != 0; mid &= mid - 1) {
        uint32_t leaf = m * 64 + static_cast<uint32_t>(std::countr_zero(mid));
        for (uint64_t bits = leaves_[leaf]; bits != 0; bits &= bits - 1) {
          fn(leaf * 64 + static_cast<uint32_t>(std::countr_zero(bits)));
        }
        leaves_[leaf] = 0;
      }
      mid_[m] = 0;
    }
    top_ = 0;
    size_ = 0;
  }

 private:
  static constexpr size_t kLeaves = kLearnedFeatureDims / 64;
  static_assert(kLeaves <= 64 * 64, "three levels of 64 bits cover the buckets");
  std::vector<uint64_t> leaves_;
  std::array<uint64_t, 64> mid_{};
  uint64_t top_ = 0;
  size_t size_ = 0;
};

// The distinct buckets of tokens [first, last) of `f`, into `set`. With `weights`, each new
// bucket's weight is prefetched for the scoring pass that follows.
void CollectWindow(const TextFeatures& f, size_t first, size_t last, BucketSet* set,
                   const float* weights = nullptr) {
  auto add = [&](uint32_t bucket) {
    if (set->Insert(bucket) && weights != nullptr) __builtin_prefetch(weights + bucket);
  };
  uint8_t cues = 0;
  size_t imperatives = 0, sentences = 0;
  for (size_t k = first; k < last; ++k) {
    uint32_t word = f.word_of[k];
    uint32_t i = f.word_first[word];
    if (f.field[k] != 0) add(f.field[k] - 1), ++i;  // in place of the word's unigram
    for (; i < f.word_first[word + 1]; ++i) add(f.buckets[i]);
    if (k > first) add(f.bigram[k]);
    cues |= f.cues[k];
    if (f.tokens[k].sentence_start) {
      ++sentences;
      if (f.cues[k] & kImperativeVerb) ++imperatives;
    }
  }
  const auto& structural = StructuralBuckets();
  ForEachStructural(cues, imperatives, sentences, [&](size_t i) { add(structural[i]); });
}

// Every window's features are L2-normalised indicator vectors: each distinct bucket has value
// 1/sqrt(count).
float FeatureValue(size_t count) {
  return count == 0 ? 0.0f : 1.0f / std::sqrt(static_cast<float>(count));
}

// The window's feature vector, as ExtractWindows gives it; empties `set`.
SparseVector DrainToVector(BucketSet* set) {
  SparseVector out;
  out.reserve(set->size());
  float value = FeatureValue(set->size());
  set->Drain([&](uint32_t bucket) { out.emplace_back(bucket, value); });
  return out;
}

// model.Score(DrainToVector(set)), bit for bit (the same terms added in the same order), without
// building the vector; empties `set`.
double DrainToScore(const LearnedModel& model, BucketSet* set) {
  double z = model.bias;
  float value = FeatureValue(set->size());
  const float* weights = model.weights.data();
  set->Drain([&](uint32_t bucket) { z += static_cast<double>(weights[bucket]) * value; });
  return z;
}

// The highest window logit and that window's index (the first of equal logits), as
// model.ScoreText over the windows' vectors gives them.
std::pair<double, size_t> BestWindow(const LearnedModel& model, const TextFeatures& f,
                                     const std::vector<std::pair<size_t, size_t>>& ranges) {
  BucketSet set;
  double best = -std::numeric_limits<double>::infinity();
  size_t at = 0;
  for (size_t i = 0; i < ranges.size(); ++i) {
    CollectWindow(f, ranges[i].first, ranges[i].second, &set, model.weights.data());
    double z = DrainToScore(model, &set);
    if (z > best) best = z, at = i;
  }
  return {best, at};
}

// Calls fn(prefix, a, b) for each feature of tokens [first, last) of `f`, named prefix + a
// (+ " " + b when b is not empty), in a fixed order: per word its unigram, its character n-grams,
// its bigram with the word before; then the structural features. CollectWindow collects the same
// features' buckets.
template <typename Fn>
void ForEachWindowFeature(const TextFeatures& f, size_t first, size_t last, Fn&& fn) {
  uint8_t cues = 0;
  size_t imperatives = 0, sentences = 0;
  for (size_t k = first; k < last; ++k) {
    const Token& t = f.tokens[k];
    fn(f.field[k] != 0 ? "k:" : "w:", t.text, std::string_view());
    ForEachCharNgram(t, [&](std::string_view ngram) { fn("c:", ngram, std::string_view()); });
    if (k > first) fn("b:", f.tokens[k - 1].text, t.text);
    uint8_t word_cues = f.cues[k];
    cues |= word_cues;
    if (t.sentence_start) {
      ++sentences;
      if (word_cues & kImperativeVerb) ++imperatives;
    }
  }
  ForEachStructural(cues, imperatives, sentences, [&](size_t i) {
    fn(std::string_view(StructuralNames()[i]), std::string_view(), std::string_view());
  });
}

// The names of the (at most) three features of a window that push its score up most, the
// strongest first, ties by name; a bucket that several features share is named after the first
// of them in ForEachWindowFeature's order. Only the buckets that can make the three are named.
std::vector<std::string> StrongestFeatures(const TextFeatures& f, size_t first, size_t last,
                                           const SparseVector& features,
                                           const LearnedModel& model) {
  std::vector<std::pair<double, uint32_t>> pushes;
  for (const auto& [bucket, value] : features) {
    double push = static_cast<double>(model.weights[bucket]) * value;
    if (push > 0) pushes.emplace_back(push, bucket);
  }
  constexpr size_t kNamed = 3;
  // Every push at least the third strongest can still make the three (ties go by name).
  if (pushes.size() > kNamed) {
    auto stronger = [](const auto& a, const auto& b) { return a.first > b.first; };
    std::nth_element(pushes.begin(), pushes.begin() + (kNamed - 1), pushes.end(), stronger);
    double third = pushes[kNamed - 1].first;
    pushes.erase(std::remove_if(pushes.begin(), pushes.end(),
                                [&](const auto& p) { return p.first < third; }),
                 pushes.end());
  }
  size_t candidates = pushes.size();
  // By bucket, to find a feature's candidate quickly (buckets are distinct).
  std::sort(pushes.begin(), pushes.end(),
            [](const auto& a, const auto& b) { return a.second < b.second; });
  std::vector<std::string> names(candidates);
  std::vector<bool> named(candidates, false);
  ForEachWindowFeature(
      f, first, last, [&](std::string_view prefix, std::string_view a, std::string_view b) {
        uint32_t bucket = BucketOf(Fnv1aContinue(kFnvOffset, prefix), a, b);
        auto it = std::lower_bound(pushes.begin(), pushes.end(), bucket,
                                   [](const auto& p, uint32_t x) { return p.second < x; });
        if (it == pushes.end() || it->second != bucket) return;
        size_t i = static_cast<size_t>(it - pushes.begin());
        if (named[i]) return;
        named[i] = true;
        names[i].assign(prefix).append(a);
        if (!b.empty()) names[i].append(" ").append(b);
      });
  std::vector<size_t> order(candidates);
  for (size_t i = 0; i < candidates; ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t x, size_t y) {
    return pushes[x].first != pushes[y].first ? pushes[x].first > pushes[y].first
                                              : names[x] < names[y];
  });
  std::vector<std::string> strongest;
  for (size_t k = 0; k < order.size() && k < kNamed; ++k) strongest.push_back(names[order[k]]);
  return strongest;
}

std::vector<FeatureWindow> WindowsOf(const Prepared& p, const WindowOptions& options) {
  TextFeatures f = FeaturesOf(p);
  BucketSet set;
  std::vector<FeatureWindow> windows;
  for (const auto& [first, last] : WindowRanges(f.tokens.size(), options)) {
    FeatureWindow w;
    CollectWindow(f, first, last, &set);
    w.features = DrainToVector(&set);
    if (first < last) {
      std::tie(w.begin, w.end) = p.ToSource(f.tokens[first].begin, f.tokens[last - 1].end);
    }
    windows.push_back(std::move(w));
  }
  return windows;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }

// Bounded so that no training example can push a weight without limit.
double ClampLogit(double z) { return std::clamp(z, -30.0, 30.0); }

void FitSgd(const std::vector<const SparseVector*>& xs, const std::vector<bool>& ys,
            const TrainOptions& options, LearnedModel* model) {
  size_t positives = static_cast<size_t>(std::count(ys.begin(), ys.end(), true));
  size_t negatives = ys.size() - positives;
  if (positives == 0 || negatives == 0) return;
  double w_pos = 0.5 * static_cast<double>(ys.size()) / static_cast<double>(positives);
  double w_neg = 0.5 * static_cast<double>(ys.size()) / static_cast<double>(negatives);
  std::vector<size_t> order(xs.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::mt19937_64 rng(options.seed);
  for (int epoch = 0; epoch < options.epochs; ++epoch) {
    std::shuffle(order.begin(), order.end(), rng);
    double lr = options.learning_rate / (1.0 + 0.3 * epoch);
    for (size_t i : order) {
      double p = Sigmoid(ClampLogit(model->Score(*xs[i])));
      double g = (p - (ys[i] ? 1.0 : 0.0)) * (ys[i] ? w_pos : w_neg);
      for (const auto& [j, v] : *xs[i]) {
        float& w = model->weights[j];
        w -= static_cast<float>(lr * (g * v + options.l2 * w));
      }
      model->bias -= static_cast<float>(lr * g);
    }
  }
}

// Whole-text features: the union of its windows' buckets, renormalised.
SparseVector Pooled(const std::vector<FeatureWindow>& windows) {
  std::vector<uint32_t> buckets;
  for (const FeatureWindow& w : windows) {
    for (const auto& [b, v] : w.features) buckets.push_back(b);
  }
  std::sort(buckets.begin(), buckets.end());
  buckets.erase(std::unique(buckets.begin(), buckets.end()), buckets.end());
  SparseVector out;
  float value = buckets.empty() ? 0.0f : 1.0f / std::sqrt(static_cast<float>(buckets.size()));
  for (uint32_t b : buckets) out.emplace_back(b, value);
  return out;
}

std::string FormatScore(double logit) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", Sigmoid(ClampLogit(logit)));
  return buf;
}

}  // namespace

std::string LearnedStageText(std::string_view text) { return std::string(Prepare(text).text()); }

std::vector<FeatureWindow> ExtractWindows(std::string_view text, const WindowOptions& options) {
  return WindowsOf(Prepare(text), options);
}

double LearnedModel::Score(const SparseVector& x) const {
  double z = bias;
  for (const auto& [j, v] : x) z += static_cast<double>(weights[j]) * v;
  return z;
}

std::pair<double, size_t> LearnedModel::ScoreText(const std::vector<FeatureWindow>& windows) const {
  double best = -std::numeric_limits<double>::infinity();
  size_t at = 0;
  for (size_t i = 0; i < windows.size(); ++i) {
    double z = Score(windows[i].features);
    if (z > best) best = z, at = i;
  }
  return {best, at};
}

std::pair<double, size_t> LearnedModel::ScoreText(std::string_view text) const {
  Prepared p = Prepare(text);
  TextFeatures f = FeaturesOf(p);
  return BestWindow(*this, f, WindowRanges(f.tokens.size(), window));
}

std::string LearnedModel::Serialize() const {
  std::string out = std::string(kModelMagic) + "\n";
  char buf[96];
  std::snprintf(buf, sizeof(buf), "dims %u\nbias %.6g\nthreshold %.6g\nwindow %zu %zu\n",
                kLearnedFeatureDims, bias, threshold, window.words, window.stride);
  out += buf;
  for (uint32_t j = 0; j < weights.size(); ++j) {
    if (weights[j] == 0) continue;
    std::snprintf(buf, sizeof(buf), "%u %.4g\n", j, weights[j]);
    out += buf;
  }
  return out;
}

StatusOr<LearnedModel> LearnedModel::Parse(std::string_view text, const std::string& origin) {
  LearnedModel model;
  model.weights.assign(kLearnedFeatureDims, 0.0f);
  size_t pos = 0, line_no = 0;
  auto error = [&](const std::string& what) {
    return Status::InvalidArgument(origin + ": line " + std::to_string(line_no) + ": " + what);
  };
  bool saw_dims = false, saw_threshold = false;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string line(text.substr(pos, end - pos));
    pos = end + 1;
    ++line_no;
    if (line.empty()) continue;
    if (line_no == 1) {
      if (line != kModelMagic) return error(std::string("expected \"") + kModelMagic + "\"");
      continue;
    }
    unsigned long long a = 0, b = 0;
    double x = 0;
    char tail = 0;
    if (std::sscanf(line.c_str(), "dims %llu %c", &a, &tail) == 1) {
      if (a != kLearnedFeatureDims) {
        return error("dims " + std::to_string(a) + ", expected " +
                     std::to_string(kLearnedFeatureDims));
      }
      saw_dims = true;
    } else if (std::sscanf(line.c_str(), "bias %lf %c", &x, &tail) == 1 && std::isfinite(x)) {
      model.bias = static_cast<float>(x);
    } else if (std::sscanf(line.c_str(), "threshold %lf %c", &x, &tail) == 1 && std::isfinite(x)) {
      model.threshold = static_cast<float>(x);
      saw_threshold = true;
    } else if (std::sscanf(line.c_str(), "window %llu %llu %c", &a, &b, &tail) == 2 && a >= 1 &&
               a <= 4096 && b >= 1 && b <= a) {
      model.window = {static_cast<size_t>(a), static_cast<size_t>(b)};
    } else if (std::sscanf(line.c_str(), "%llu %lf %c", &a, &x, &tail) == 2 &&
               a < kLearnedFeatureDims && std::isfinite(x)) {
      model.weights[a] = static_cast<float>(x);
    } else {
      return error(
          "expected \"dims N\", \"bias X\", \"threshold X\", \"window W S\" "
          "(1 <= S <= W <= 4096) or \"BUCKET WEIGHT\" (bucket < dims, finite weight)");
    }
  }
  if (line_no == 0) return Status::InvalidArgument(origin + ": empty model file");
  if (!saw_dims || !saw_threshold) {
    return Status::InvalidArgument(origin + ": a model needs \"dims\" and \"threshold\" lines");
  }
  return model;
}

StatusOr<LearnedModel> LearnedModel::Load(Env* env, const std::string& path) {
  StatusOr<std::string> text = env->ReadFileToString(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

LearnedModel TrainLearnedModel(const std::vector<TrainingText>& texts,
                               const TrainOptions& options) {
  LearnedModel model;
  model.weights.assign(kLearnedFeatureDims, 0.0f);
  // Round 1: every text as one pooled vector.
  std::vector<SparseVector> pooled;
  pooled.reserve(texts.size());
  for (const TrainingText& t : texts) pooled.push_back(Pooled(t.windows));
  std::vector<const SparseVector*> xs;
  std::vector<bool> ys;
  for (size_t i = 0; i < texts.size(); ++i) {
    xs.push_back(&pooled[i]);
    ys.push_back(texts[i].injection);
  }
  FitSgd(xs, ys, options, &model);
  // Round 2: positives by their best window under round 1, negatives by every window. The best
  // window is judged only by features no negative text has: an injected copy of a benign e-mail
  // shares the e-mail's words with it, and those must not stand for the injection.
  std::vector<bool> in_negative(kLearnedFeatureDims, false);
  for (const TrainingText& t : texts) {
    if (t.injection) continue;
    for (const FeatureWindow& w : t.windows) {
      for (const auto& [j, v] : w.features) in_negative[j] = true;
    }
  }
  auto novel_score = [&](const SparseVector& x) {
    double z = 0;
    for (const auto& [j, v] : x) {
      if (!in_negative[j]) z += static_cast<double>(model.weights[j]) * v;
    }
    return z;
  };
  xs.clear();
  ys.clear();
  for (const TrainingText& t : texts) {
    if (t.injection) {
      size_t best = model.ScoreText(t.windows).second;
      double best_novel = 0;  // a window must have novel evidence to replace the plain best
      for (size_t i = 0; i < t.windows.size(); ++i) {
        double z = novel_score(t.windows[i].features);
        if (z > best_novel) best_novel = z, best = i;
      }
      xs.push_back(&t.windows[best].features);
      ys.push_back(true);
    } else {
      for (const FeatureWindow& w : t.windows) {
        xs.push_back(&w.features);
        ys.push_back(false);
      }
    }
  }
  LearnedModel second;
  second.weights.assign(kLearnedFeatureDims, 0.0f);
  FitSgd(xs, ys, options, &second);
  for (float& w : second.weights) {
    if (std::fabs(w) < options.prune_below) w = 0;
  }
  return second;
}

namespace {

constexpr std::string_view kStageCues[] = {"you",    "assistant", "ai",     "instruction",
                                           "ignore", "prompt",    "system", "user",
                                           "model",  "disregard", "forget", "must"};

// kStageCues by their first letter: up to kCuesPerLetter indices per letter, kNoCue after.
constexpr size_t kCuesPerLetter = 3;
constexpr uint8_t kNoCue = 0xFF;
constexpr auto kCuesByLetter = [] {
  std::array<std::array<uint8_t, kCuesPerLetter>, 26> table{};
  for (auto& letter : table) letter.fill(kNoCue);
  for (size_t c = 0; c < std::size(kStageCues); ++c) {
    auto& letter = table[static_cast<size_t>(kStageCues[c][0] - 'a')];
    size_t n = 0;
    while (letter[n] != kNoCue) ++n;  // more than kCuesPerLetter cues fails to compile
    letter[n] = static_cast<uint8_t>(c);
  }
  return table;
}();

// Does a cue word begin at `i`, the start of a word? ASCII case-insensitive.
bool CueAt(std::string_view text, size_t i) {
  unsigned char first = static_cast<unsigned char>(text[i]) | 0x20;
  if (first < 'a' || first > 'z') return false;
  for (uint8_t c : kCuesByLetter[first - 'a']) {
    if (c == kNoCue) break;
    std::string_view cue = kStageCues[c];
    if (text.size() - i < cue.size()) continue;
    bool match = true;
    for (size_t k = 1; k < cue.size() && match; ++k) {
      match =
          (static_cast<unsigned char>(text[i + k]) | 0x20) == static_cast<unsigned char>(cue[k]);
    }
    if (!match) continue;
    // "ai" only as a whole word; the others as a word's beginning ("your", "users").
    if (cue == "ai" && i + 2 < text.size() &&
        IsAsciiAlnum(static_cast<unsigned char>(text[i + 2]))) {
      continue;
    }
    return true;
  }
  return false;
}

// LearnedStageApplies from byte `i` on, one byte at a time; `word_start` says whether a word may
// begin at `i`. A byte >= 0x80 answers yes.
bool AppliesFrom(std::string_view text, size_t i, bool word_start) {
  for (; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) return true;
    bool alnum = IsAsciiAlnum(c);
    if (alnum && word_start && CueAt(text, i)) return true;
    word_start = !alnum;
  }
  return false;
}

}  // namespace

// 16 bytes at a time (SSE2): any byte >= 0x80 answers at once; otherwise a cue can begin only at
// a word start whose first two letters (case folded) are the first two of some cue, and only
// those positions get the byte-wise check.
bool LearnedStageApplies(std::string_view text) {
  size_t i = 0;
  bool word_start = true;
#if defined(__SSE2__)
  const char* data = text.data();
  const __m128i fold = _mm_set1_epi8(0x20);
  const __m128i before_a = _mm_set1_epi8('a' - 1), after_z = _mm_set1_epi8('z' + 1);
  const __m128i before_0 = _mm_set1_epi8('0' - 1), after_9 = _mm_set1_epi8('9' + 1);
  auto eq = [](__m128i v, char c) { return _mm_cmpeq_epi8(v, _mm_set1_epi8(c)); };
  uint32_t carry = 1;  // 1 when a word may begin at the block's first byte
  // Each block reads one byte past itself (the second letter of a cue starting at its end).
  for (; i + 17 <= text.size(); i += 16) {
    __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i));
    if (_mm_movemask_epi8(v) != 0) return true;
    __m128i l0 = _mm_or_si128(v, fold);
    __m128i l1 =
        _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(data + i + 1)), fold);
    // Bytes are below 0x80 here, so the signed compares order them as unsigned.
    __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(l0, before_a), _mm_cmplt_epi8(l0, after_z));
    __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, before_0), _mm_cmplt_epi8(v, after_9));
    uint32_t alnum = static_cast<uint32_t>(_mm_movemask_epi8(_mm_or_si128(letter, digit)));
    uint32_t starts = ~((alnum << 1) | (carry ^ 1)) & 0xFFFF;
    carry = ((alnum >> 15) & 1) ^ 1;
    __m128i a = eq(l0, 'a'), i0 = eq(l0, 'i'), s0 = eq(l0, 's'), m0 = eq(l0, 'm');
    __m128i o1 = eq(l1, 'o'), s1 = eq(l1, 's');
    __m128i pairs = _mm_or_si128(
        _mm_or_si128(_mm_or_si128(_mm_and_si128(eq(l0, 'y'), o1),                    // you
                                  _mm_and_si128(a, _mm_or_si128(s1, eq(l1, 'i')))),  // as, ai
                     _mm_or_si128(_mm_and_si128(i0, _mm_or_si128(eq(l1, 'n'), eq(l1, 'g'))),
                                  _mm_and_si128(eq(l0, 'p'), eq(l1, 'r')))),  // in, ig, pr
        _mm_or_si128(
            _mm_or_si128(_mm_and_si128(s0, eq(l1, 'y')), _mm_and_si128(eq(l0, 'u'), s1)),  // sy, us
            _mm_or_si128(_mm_and_si128(m0, _mm_or_si128(o1, eq(l1, 'u'))),                 // mo, mu
                         _mm_or_si128(_mm_and_si128(eq(l0, 'd'), eq(l1, 'i')),
                                      _mm_and_si128(eq(l0, 'f'), o1)))));  // di, fo
    for (uint32_t hits = static_cast<uint32_t>(_mm_movemask_epi8(pairs)) & starts; hits != 0;
         hits &= hits - 1) {
      if (CueAt(text, i + static_cast<size_t>(std::countr_zero(hits)))) return true;
    }
  }
  word_start = carry != 0;
#endif
  return AppliesFrom(text, i, word_start);
}

LearnedDetector::LearnedDetector(std::shared_ptr<const LearnedModel> model)
    : model_(std::move(model)) {}

Status LearnedDetector::Scan(std::string_view text, std::vector<Finding>* findings) const {
  if (model_ == nullptr || model_->weights.size() != kLearnedFeatureDims) {
    // Callers fail closed on a non-OK status, as for any detection failure.
    return Status::FailedPrecondition("learned detector: no model, or a model of the wrong size");
  }
  if (!LearnedStageApplies(text)) return Status::Ok();
  Prepared p = Prepare(text);
  TextFeatures f = FeaturesOf(p);
  std::vector<std::pair<size_t, size_t>> ranges = WindowRanges(f.tokens.size(), model_->window);
  auto [logit, best] = BestWindow(*model_, f, ranges);
  if (logit < model_->threshold) return Status::Ok();
  // Name the features of the best window that pushed its score up most.
  auto [first, last] = ranges[best];
  BucketSet set;
  CollectWindow(f, first, last, &set);
  SparseVector features = DrainToVector(&set);
  std::string strongest;
  for (const std::string& name : StrongestFeatures(f, first, last, features, *model_)) {
    strongest += (strongest.empty() ? "\"" : ", \"") + name + "\"";
  }
  size_t begin = 0, end = 0;
  if (first < last) {
    std::tie(begin, end) = p.ToSource(f.tokens[first].begin, f.tokens[last - 1].end);
  }
  findings->push_back(Finding{"learned.injection", "learned", Severity::kMedium,
                              "learned stage score " + FormatScore(logit) + " (threshold " +
                                  FormatScore(model_->threshold) +
                                  "); strongest features: " + strongest,
                              begin, end});
  return Status::Ok();
}

LayeredDetector::LayeredDetector(std::shared_ptr<const Detector> first,
                                 std::shared_ptr<const Detector> second)
    : first_(std::move(first)), second_(std::move(second)) {}

Status LayeredDetector::Scan(std::string_view text, std::vector<Finding>* findings) const {
  size_t before = findings->size();
  BR_RETURN_IF_ERROR(first_->Scan(text, findings));
  if (findings->size() > before || second_ == nullptr) return Status::Ok();
  return second_->Scan(text, findings);
}

StatusOr<LearnedModel> LoadBundledLearnedModel() {
  std::span<const EmbeddedFile> files = BundledModelFiles();
  if (files.size() != 1) return Status::NotFound("no bundled learned model was compiled in");
  return LearnedModel::Parse(files[0].content, "bundled model " + std::string(files[0].name));
}

StatusOr<std::unique_ptr<PatternDetector>> CreatePatternDetector(
    Env* env, const std::vector<std::string>& pack_files) {
  std::vector<PatternPack> packs;
  if (pack_files.empty()) {
    StatusOr<std::vector<PatternPack>> bundled = LoadBundledPacks(env);
    if (!bundled.ok()) return bundled.status();
    packs = std::move(*bundled);
  }
  for (const std::string& file : pack_files) {
    StatusOr<PatternPack> pack = PatternPack::Load(env, file);
    if (!pack.ok()) return pack.status();
    packs.push_back(std::move(*pack));
  }
  return PatternDetector::Create(std::move(packs));
}

StatusOr<std::shared_ptr<const Detector>> CreateDefaultDetector(
    Env* env, const std::vector<std::string>& pack_files) {
  StatusOr<std::unique_ptr<PatternDetector>> patterns = CreatePatternDetector(env, pack_files);
  if (!patterns.ok()) return patterns.status();
  StatusOr<LearnedModel> model = LoadBundledLearnedModel();
  if (!model.ok()) return model.status();
  auto learned =
      std::make_shared<LearnedDetector>(std::make_shared<const LearnedModel>(std::move(*model)));
  return std::shared_ptr<const Detector>(
      std::make_shared<LayeredDetector>(std::move(*patterns), std::move(learned)));
}

StatusOr<std::shared_ptr<const Detector>> CreatePolicyDetector(
    Env* env, const std::vector<std::string>& pack_files, bool learned_stage) {
  if (learned_stage) return CreateDefaultDetector(env, pack_files);
  StatusOr<std::unique_ptr<PatternDetector>> patterns = CreatePatternDetector(env, pack_files);
  if (!patterns.ok()) return patterns.status();
  return std::shared_ptr<const Detector>(std::move(*patterns));
}

}  // namespace blastradius
