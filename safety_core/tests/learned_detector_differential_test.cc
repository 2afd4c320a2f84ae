// The learned stage's fast paths against the first implementation, kept here as the reference:
// the feature vectors (which the trainer fits on), the window logits bit for bit, the findings
// and their explanations, and the cue gate, on every corpus in the repository, random text and
// invalid UTF-8, and every placement of each cue word.
#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "blastradius/learned_detector.h"
#include "codec.h"       // internal: DecodeUtf8
#include "learned_test_model.h"
#include "normalizer.h"  // internal: NeedsNormalization, Normalize

namespace blastradius {
namespace {

// The reference: feature extraction, scoring, the finding and the cue gate as first written
// (a window builder that sorts every window's buckets, per-token copies of each word's features,
// names built for every feature of the best window, the gate one byte at a time), with one later
// rule: a word that names a field (NamesAField) or that the normalizer spelled from a number
// (FromANumber) sets no cue, and a field name's unigram is "k:<word>", not "w:<word>".
namespace reference {

constexpr size_t kMaxCharsPerWordForNgrams = 24;

bool IsAsciiAlnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// Non-ASCII code points that separate words or sentences rather than spell them.
bool IsUnicodeSeparator(char32_t cp) {
  return (cp >= 0x80 && cp <= 0xBF) || (cp >= 0x2000 && cp <= 0x206F) ||
         (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) ||
         (cp >= 0xFF1A && cp <= 0xFF20) || cp == 0x060C || cp == 0x061F || cp == 0x06D4 ||
         cp == 0x0964 || cp == 0x0965 || cp == 0xFFFD;
}

bool IsSentenceEnd(char32_t cp) {
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
std::vector<Token> Tokenize(std::string_view text) {
  std::vector<Token> tokens;
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
  while (i < text.size()) {
    unsigned char b = static_cast<unsigned char>(text[i]);
    char32_t cp = b;
    size_t len = 1;
    if (b >= 0x80) {
      Utf8Char c = DecodeUtf8(text, i);
      cp = c.code_point;
      len = c.length;
    }
    bool word_char = cp < 0x80 ? IsAsciiAlnum(b) || b == '\'' : !IsUnicodeSeparator(cp);
    if (word_char && !(b == '\'' && word_begin == std::string_view::npos)) {
      if (word_begin == std::string_view::npos) {
        word_begin = i;
        ascii = true;
      }
      if (cp >= 0x80) ascii = false;
    } else {
      close(i);
      if (IsSentenceEnd(cp)) sentence_start = true;
    }
    i += len;
  }
  close(text.size());
  return tokens;
}

template <size_t N>
bool OneOf(std::string_view word, const std::array<std::string_view, N>& list) {
  return std::find(list.begin(), list.end(), word) != list.end();
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

uint32_t Fnv1aContinue(uint32_t h, std::string_view s) {
  for (unsigned char c : s) h = (h ^ c) * 16777619u;
  return h;
}

// Collects the features of one window as buckets, optionally with their names.
class WindowBuilder {
 public:
  explicit WindowBuilder(std::map<uint32_t, std::string>* names) : names_(names) {}

  // The feature named prefix + a (+ " " + b when b is not empty).
  void Add(std::string_view prefix, std::string_view a, std::string_view b = {}) {
    uint32_t h = Fnv1aContinue(Fnv1aContinue(kFnvOffset, prefix), a);
    if (!b.empty()) h = Fnv1aContinue(Fnv1aContinue(h, " "), b);
    uint32_t bucket = h & (kLearnedFeatureDims - 1);
    buckets_.push_back(bucket);
    if (names_ != nullptr) {
      std::string name(prefix);
      name.append(a);
      if (!b.empty()) name.append(" ").append(b);
      names_->emplace(bucket, std::move(name));
    }
  }
  void AddBuckets(const std::vector<uint32_t>& buckets) {
    buckets_.insert(buckets_.end(), buckets.begin(), buckets.end());
  }
  std::vector<uint32_t> TakeBuckets() { return std::move(buckets_); }

  SparseVector Finish() {
    std::sort(buckets_.begin(), buckets_.end());
    buckets_.erase(std::unique(buckets_.begin(), buckets_.end()), buckets_.end());
    SparseVector out;
    out.reserve(buckets_.size());
    float value = buckets_.empty() ? 0.0f : 1.0f / std::sqrt(static_cast<float>(buckets_.size()));
    for (uint32_t b : buckets_) out.emplace_back(b, value);
    return out;
  }

 private:
  std::map<uint32_t, std::string>* names_;
  std::vector<uint32_t> buckets_;
};

void AddCharNgrams(const Token& token, WindowBuilder* builder) {
  std::vector<size_t> starts;  // byte offset of each code point, then the end
  for (size_t i = 0; i < token.text.size() && starts.size() < kMaxCharsPerWordForNgrams;) {
    starts.push_back(i);
    i += token.ascii ? 1 : DecodeUtf8(token.text, i).length;
  }
  size_t end = starts.size() < kMaxCharsPerWordForNgrams ? token.text.size() : starts.back();
  if (starts.size() == kMaxCharsPerWordForNgrams) starts.pop_back();
  starts.push_back(end);
  size_t chars = starts.size() - 1;
  std::string marked = "^";
  marked.append(token.text.substr(0, end));
  marked.push_back('$');
  // Offsets into `marked`: '^' at 0, the code points shifted by one, '$' last.
  std::vector<size_t> at = {0};
  for (size_t k = 0; k < chars; ++k) at.push_back(starts[k] + 1);
  at.push_back(end + 1);
  at.push_back(end + 2);
  size_t points = at.size() - 1;  // code points in `marked`
  std::string_view m(marked);
  for (size_t k = 0; k + 3 <= points; ++k) builder->Add("c:", m.substr(at[k], at[k + 3] - at[k]));
  if (!token.ascii) {
    for (size_t k = 0; k + 2 <= points; ++k) {
      builder->Add("c:", m.substr(at[k], at[k + 2] - at[k]));
    }
  }
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

uint8_t CuesOf(std::string_view word) {
  uint8_t cues = 0;
  if (OneOf(word, kSecondPerson)) cues |= kYou;
  if (OneOf(word, kAiWords)) cues |= kAi;
  if (OneOf(word, kUserWords)) cues |= kUser;
  if (OneOf(word, kRoleWords)) cues |= kRole;
  if (OneOf(word, kUrgentWords)) cues |= kUrgent;
  if (OneOf(word, kOverrideWords)) cues |= kOverride;
  if (OneOf(word, kImperativeVerbs)) cues |= kImperativeVerb;
  return cues;
}

// Whether the word at [begin, end) names a field rather than speaks: a piece of a snake_case or
// dotted identifier, the key of key=value, or a whole quoted key before a colon (its quotes
// possibly escaped). Such a word sets no cue.
bool NamesAField(std::string_view text, size_t begin, size_t end) {
  std::string_view left = text.substr(0, begin), right = text.substr(end);
  auto alnum = [](char c) { return IsAsciiAlnum(static_cast<unsigned char>(c)); };
  auto without_blanks = [](std::string_view v) {
    return v.substr(std::min(v.find_first_not_of(" \t"), v.size()));
  };
  if (left.ends_with('_') || right.starts_with('_')) return true;
  if (left.size() >= 2 && left.back() == '.' && alnum(left[left.size() - 2])) return true;
  if (right.size() >= 2 && right[0] == '.' && alnum(right[1])) return true;
  if (without_blanks(right).starts_with('=')) return true;
  if (!left.ends_with('"')) return false;
  size_t quote = right.find_first_not_of('\\');
  if (quote == std::string_view::npos || right[quote] != '"') return false;
  return without_blanks(right.substr(quote + 1)).starts_with(':');
}

// What a word contributes wherever it appears: its cues, and its unigram and character n-gram
// buckets (computed once per word, reused by every window that holds it).
struct WordFeatures {
  uint8_t cues = 0;
  std::vector<uint32_t> buckets;
  bool field = false;  // per token: the word names a field here (NamesAField)
};

WordFeatures FeaturesOfWord(const Token& token) {
  WindowBuilder builder(nullptr);
  builder.Add("w:", token.text);
  AddCharNgrams(token, &builder);
  return {CuesOf(token.text), builder.TakeBuckets()};
}

// The features of tokens [first, last). With `names`, every feature is recomputed with its name;
// otherwise the per-word features in `words` are reused.
SparseVector WindowFeatures(const std::vector<Token>& tokens,
                            const std::vector<WordFeatures>& words, size_t first, size_t last,
                            std::map<uint32_t, std::string>* names) {
  WindowBuilder builder(names);
  uint8_t cues = 0;
  size_t imperatives = 0, sentences = 0;
  for (size_t k = first; k < last; ++k) {
    const Token& t = tokens[k];
    if (names != nullptr) {
      builder.Add(words[k].field ? "k:" : "w:", t.text);
      AddCharNgrams(t, &builder);
    } else {
      builder.AddBuckets(words[k].buckets);
    }
    if (k > first) builder.Add("b:", tokens[k - 1].text, t.text);
    cues |= words[k].cues;
    if (t.sentence_start) {
      ++sentences;
      if (words[k].cues & kImperativeVerb) ++imperatives;
    }
  }
  bool you = cues & kYou, ai = cues & kAi, user = cues & kUser, role = cues & kRole;
  bool urgent = cues & kUrgent, override_word = cues & kOverride;
  bool imperative = imperatives > 0;
  std::pair<bool, std::string_view> structural[] = {
      {you, "you"},
      {ai, "ai"},
      {user, "user"},
      {role, "role"},
      {urgent, "urgent"},
      {override_word, "override"},
      {imperative, "imperative"},
      {imperative && you, "imperative+you"},
      {imperative && ai, "imperative+ai"},
      {imperative && user, "imperative+user"},
      {ai && you, "ai+you"},
      {ai && user, "ai+user"},
      {override_word && imperative, "override+imperative"},
      {role && imperative, "role+imperative"},
      {urgent && imperative, "urgent+imperative"},
  };
  for (const auto& [on, name] : structural) {
    if (on) builder.Add("s:", name);
  }
  builder.Add("s:imperatives=", std::to_string(Bin(imperatives, 3)));
  if (sentences > 0) {
    size_t quarter = 4 * imperatives / sentences;
    builder.Add("s:imperative_density=", std::to_string(Bin(quarter, 3)));
  }
  return builder.Finish();
}

std::string LowerAscii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// The scanned form of `text`: normalised when the normalizer could change it, else lowered.
struct Prepared {
  std::string source;
  std::string text;
  std::optional<NormalizedText> normalized;
  std::pair<size_t, size_t> ToSource(size_t begin, size_t end, size_t source_size) const {
    if (!normalized) return {begin, end};
    return normalized->ToSource(begin, end, source_size);
  }
};

Prepared Prepare(std::string_view text) {
  Prepared p;
  p.source = std::string(text);
  if (NeedsNormalization(text)) {
    p.normalized = Normalize(text);
    p.text = LowerAscii(p.normalized->text);
  } else {
    p.text = LowerAscii(text);
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

// Whether the word at [begin, end) of the scanned text was a number in the source: the
// normalizer's leetspeak fold spells digits inside words as letters ("09:41" as "o9:ai").
bool FromANumber(const Prepared& p, size_t begin, size_t end) {
  if (!p.normalized) return false;
  auto [b, e] = p.normalized->ToSource(begin, end, p.source.size());
  std::string_view spelled = std::string_view(p.source).substr(b, e - b);
  return !spelled.empty() && spelled.find_first_not_of("0123456789") == std::string_view::npos;
}

struct Tokenized {
  std::vector<Token> tokens;
  std::vector<WordFeatures> words;
};

std::vector<FeatureWindow> WindowsOf(const Prepared& p, size_t source_size,
                                     const WindowOptions& options, Tokenized* keep = nullptr) {
  Tokenized t;
  t.tokens = Tokenize(p.text);
  t.words.reserve(t.tokens.size());
  std::unordered_map<std::string_view, WordFeatures> seen;  // word -> its features in prose
  for (const Token& token : t.tokens) {
    auto it = seen.find(token.text);
    if (it == seen.end()) it = seen.emplace(token.text, FeaturesOfWord(token)).first;
    t.words.push_back(it->second);
    WordFeatures& word = t.words.back();
    word.field = NamesAField(p.text, token.begin, token.end);
    if (word.field || FromANumber(p, token.begin, token.end)) word.cues = 0;
    if (word.field) {  // its unigram is "k:", not "w:"
      WindowBuilder builder(nullptr);
      builder.Add("k:", token.text);
      AddCharNgrams(token, &builder);
      word.buckets = builder.TakeBuckets();
    }
  }
  std::vector<FeatureWindow> windows;
  for (const auto& [first, last] : WindowRanges(t.tokens.size(), options)) {
    FeatureWindow w;
    w.features = WindowFeatures(t.tokens, t.words, first, last, nullptr);
    if (first < last) {
      std::tie(w.begin, w.end) =
          p.ToSource(t.tokens[first].begin, t.tokens[last - 1].end, source_size);
    }
    windows.push_back(std::move(w));
  }
  if (keep != nullptr) *keep = std::move(t);
  return windows;
}

double Sigmoid(double z) { return 1.0 / (1.0 + std::exp(-z)); }
double ClampLogit(double z) { return std::clamp(z, -30.0, 30.0); }

std::string FormatScore(double logit) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", Sigmoid(ClampLogit(logit)));
  return buf;
}

bool LearnedStageApplies(std::string_view text) { return PlainLearnedStageApplies(text); }

// The first LearnedDetector::Scan, on `model`.
Status Scan(const std::shared_ptr<const LearnedModel>& model, std::string_view text,
            std::vector<Finding>* findings) {
  if (model == nullptr || model->weights.size() != kLearnedFeatureDims) {
    // Callers fail closed on a non-OK status, as for any detection failure.
    return Status::FailedPrecondition("learned detector: no model, or a model of the wrong size");
  }
  if (!LearnedStageApplies(text)) return Status::Ok();
  Prepared p = Prepare(text);
  Tokenized tokenized;
  std::vector<FeatureWindow> windows = WindowsOf(p, text.size(), model->window, &tokenized);
  auto [logit, best] = model->ScoreText(windows);
  if (logit < model->threshold) return Status::Ok();
  // Name the features of the best window that pushed its score up most.
  std::map<uint32_t, std::string> names;
  auto ranges = WindowRanges(tokenized.tokens.size(), model->window);
  WindowFeatures(tokenized.tokens, tokenized.words, ranges[best].first, ranges[best].second,
                 &names);
  std::vector<std::pair<double, std::string>> pushes;
  for (const auto& [bucket, value] : windows[best].features) {
    double push = static_cast<double>(model->weights[bucket]) * value;
    if (push > 0) pushes.emplace_back(push, names[bucket]);
  }
  std::sort(pushes.begin(), pushes.end(), [](const auto& a, const auto& b) {
    return a.first != b.first ? a.first > b.first : a.second < b.second;
  });
  std::string strongest;
  for (size_t k = 0; k < pushes.size() && k < 3; ++k) {
    strongest += (k == 0 ? "" : ", ") + ("\"" + pushes[k].second + "\"");
  }
  findings->push_back(Finding{"learned.injection", "learned", Severity::kMedium,
                              "learned stage score " + FormatScore(logit) + " (threshold " +
                                  FormatScore(model->threshold) +
                                  "); strongest features: " + strongest,
                              windows[best].begin, windows[best].end});
  return Status::Ok();
}

std::vector<FeatureWindow> ExtractWindows(std::string_view text, const WindowOptions& options) {
  return WindowsOf(Prepare(text), text.size(), options);
}

}  // namespace reference

// Every text of every file under data/ and safety_core/tests/data: each line, and the JSON
// "text" of a JSON line.
std::vector<std::string> CorpusTexts() {
  std::vector<std::string> texts;
  for (const char* root : {"data", "safety_core/tests/data"}) {
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::string(BLASTRADIUS_SOURCE_DIR) + "/" + root)) {
      if (!entry.is_regular_file()) continue;
      std::ifstream in(entry.path());
      for (std::string line; std::getline(in, line);) {
        const nlohmann::json doc = nlohmann::json::parse(line, nullptr, false);
        if (doc.is_object() && doc.contains("text") && doc["text"].is_string()) {
          texts.push_back(doc["text"].get<std::string>());
        }
        texts.push_back(std::move(line));
      }
    }
  }
  return texts;
}

// Random texts: words and pieces the features care about (cue words, imperative verbs, sentence
// ends, apostrophes, digits, long words, other scripts, separators, the quotes, '=', '_' and '.'
// of field names), random bytes (invalid UTF-8)
// mixed in, in random case.
std::vector<std::string> RandomTexts(size_t count, uint64_t seed) {
  const std::vector<std::string> pieces = {"you",
                                           "You're",
                                           "ASSISTANT",
                                           "ai",
                                           "the user's",
                                           "user",
                                           "Users",
                                           "\"",
                                           "\\\"",
                                           "=",
                                           "_",
                                           ".",
                                           "\t",
                                           "Ignore",
                                           "previous",
                                           "must",
                                           "send",
                                           "please",
                                           "system",
                                           "admin",
                                           "now",
                                           "instructions",
                                           ". ",
                                           "! ",
                                           "? ",
                                           "\n",
                                           ": ",
                                           " ",
                                           "  ",
                                           "'",
                                           "don't",
                                           "x1y2",
                                           "T09:41:02Z",
                                           "2t807x",
                                           "42",
                                           "supercalifragilisticexpialidocious",
                                           "élève",
                                           "Привет",
                                           "資料を送って",
                                           "。",
                                           "، ",
                                           "\xE2\x80\x8B",
                                           "&amp;",
                                           "%41",
                                           "aGVsbG8gd29ybGQ=",
                                           "s p a c e d",
                                           "1gn0r3",
                                           "\xC0\xAF",
                                           "\xED\xA0\x80",
                                           "\xF0\x9F\x98",
                                           "\x80",
                                           "\xFF",
                                           "\xE2\x82"};
  std::mt19937_64 rng(seed);
  std::vector<std::string> texts;
  for (size_t i = 0; i < count; ++i) {
    std::string text;
    size_t n = rng() % 120;
    for (size_t k = 0; k < n; ++k) {
      std::string piece = pieces[rng() % pieces.size()];
      if (rng() % 4 == 0) {
        for (char& c : piece) {
          if (c >= 'a' && c <= 'z' && rng() % 2) c = static_cast<char>(c - 'a' + 'A');
        }
      }
      text += piece;
      if (rng() % 3 != 0) text += ' ';
      if (rng() % 40 == 0) text.push_back(static_cast<char>(rng() % 256));
    }
    texts.push_back(std::move(text));
  }
  return texts;
}

// Models to score with: the shipped one; the shipped one with a threshold so low that every
// text the gate lets through fires (the explanation path on every text); and one whose weights
// take four values, so that many features tie and the explanation's tie-break by name decides.
std::vector<std::shared_ptr<const LearnedModel>> Models() {
  std::vector<std::shared_ptr<const LearnedModel>> models;
  StatusOr<LearnedModel> bundled = LoadBundledLearnedModel();
  EXPECT_TRUE(bundled.ok());
  if (!bundled.ok()) return models;
  models.push_back(std::make_shared<const LearnedModel>(*bundled));
  LearnedModel low = *bundled;
  low.threshold = -1e30f;
  models.push_back(std::make_shared<const LearnedModel>(low));
  LearnedModel ties = *bundled;
  std::mt19937_64 rng(7);
  for (float& w : ties.weights) w = static_cast<float>(static_cast<int>(rng() % 4) - 1);
  ties.bias = -0.25f;
  ties.threshold = -1e30f;
  ties.window = {7, 3};
  models.push_back(std::make_shared<const LearnedModel>(ties));
  return models;
}

// The window vectors, the best window's logit bit for bit, and the findings equal the
// reference's for `text`.
void ExpectSameAsReference(const std::string& text,
                           const std::vector<std::shared_ptr<const LearnedModel>>& models,
                           const std::string& where) {
  for (const WindowOptions& options : {WindowOptions{40, 20}, WindowOptions{7, 3}}) {
    std::vector<FeatureWindow> fast = ExtractWindows(text, options);
    std::vector<FeatureWindow> ref = reference::ExtractWindows(text, options);
    ASSERT_EQ(fast.size(), ref.size()) << where;
    for (size_t i = 0; i < fast.size(); ++i) {
      ASSERT_EQ(fast[i].features, ref[i].features) << where << " window " << i;
      ASSERT_EQ(fast[i].begin, ref[i].begin) << where << " window " << i;
      ASSERT_EQ(fast[i].end, ref[i].end) << where << " window " << i;
    }
  }
  for (const auto& model : models) {
    auto [logit, best] = model->ScoreText(text);
    auto [ref_logit, ref_best] = model->ScoreText(reference::ExtractWindows(text, model->window));
    ASSERT_EQ(std::memcmp(&logit, &ref_logit, sizeof(double)), 0)
        << where << ": " << logit << " vs " << ref_logit;
    ASSERT_EQ(best, ref_best) << where;
    std::vector<Finding> found, ref_found;
    ASSERT_TRUE(LearnedDetector(model).Scan(text, &found).ok());
    ASSERT_TRUE(reference::Scan(model, text, &ref_found).ok());
    ASSERT_EQ(found.size(), ref_found.size()) << where;
    for (size_t i = 0; i < found.size(); ++i) {
      EXPECT_EQ(found[i].pattern_id, ref_found[i].pattern_id) << where;
      EXPECT_EQ(found[i].description, ref_found[i].description) << where;
      EXPECT_EQ(found[i].begin, ref_found[i].begin) << where;
      EXPECT_EQ(found[i].end, ref_found[i].end) << where;
    }
  }
  ASSERT_EQ(LearnedStageApplies(text), reference::LearnedStageApplies(text)) << where;
}

TEST(LearnedStageDifferential, FeaturesScoresAndFindingsMatchTheReferenceOnEveryCorpus) {
  const auto models = Models();
  ASSERT_EQ(models.size(), 3u);
  std::vector<std::string> texts = CorpusTexts();
  ASSERT_GT(texts.size(), 5000u);
  size_t fired = 0;
  for (size_t i = 0; i < texts.size(); ++i) {
    ExpectSameAsReference(texts[i], models, "corpus text " + std::to_string(i));
    if (HasFatalFailure()) return;
    std::vector<Finding> found;
    ASSERT_TRUE(LearnedDetector(models[0]).Scan(texts[i], &found).ok());
    fired += found.size();
  }
  EXPECT_GT(fired, 100u);  // the shipped threshold fires on some: that path is compared too
}

TEST(LearnedStageDifferential, FeaturesScoresAndFindingsMatchTheReferenceOnRandomText) {
  const auto models = Models();
  ASSERT_EQ(models.size(), 3u);
  // 1,500 texts: since every non-ASCII text is scored (2026-12-03) each one runs the whole stage
  // three times over, and 3,000 took 41 s under ASan in CI.
  std::vector<std::string> texts = RandomTexts(1500, 20261130);
  for (size_t i = 0; i < texts.size(); ++i) {
    ExpectSameAsReference(texts[i], models, "random text " + std::to_string(i));
    if (HasFatalFailure()) return;
  }
}

// Each cue word in each case pattern, with each kind of byte before and after it, at every
// offset of a cue-free text (so it falls at every place in and across the 16-byte blocks).
TEST(LearnedStageDifferential, GateMatchesTheReferenceForEveryPlacementOfEachCue) {
  const std::string clean =
      "Order 48213 shipped on 2024-03-02 via ground freight; the warehouse in Berlin confirmed.";
  ASSERT_FALSE(reference::LearnedStageApplies(clean));
  const std::vector<std::string> cues = {"you",    "assistant", "ai",     "instruction",
                                         "ignore", "prompt",    "system", "user",
                                         "model",  "disregard", "forget", "must"};
  const std::vector<std::string> before = {"", " ", "x", "9", "'", "-", "_", "\n", "@"};
  const std::vector<std::string> after = {"", " ", "x", "9", "'", ".", "s", "Z"};
  size_t applies = 0, checked = 0;
  for (const std::string& cue : cues) {
    std::vector<std::string> cased = {cue, cue, cue, cue.substr(0, cue.size() - 1)};
    for (char& c : cased[1]) c = static_cast<char>(c - 'a' + 'A');
    for (size_t k = 0; k < cased[2].size(); k += 2) cased[2][k] = cased[1][k];
    for (const std::string& word : cased) {
      for (const std::string& b : before) {
        for (const std::string& a : after) {
          for (size_t at = 0; at <= clean.size(); ++at) {
            std::string text = clean.substr(0, at) + b + word + a + clean.substr(at);
            bool expected = reference::LearnedStageApplies(text);
            ASSERT_EQ(LearnedStageApplies(text), expected) << "\"" << text << "\"";
            // The same text cut right after the cue: the block scan's tail.
            std::string cut = clean.substr(0, at) + b + word + a;
            ASSERT_EQ(LearnedStageApplies(cut), reference::LearnedStageApplies(cut))
                << "\"" << cut << "\"";
            applies += expected;
            ++checked;
          }
        }
      }
    }
  }
  EXPECT_GT(applies, checked / 4);  // both answers are exercised
  EXPECT_LT(applies, checked * 3 / 4);
}

// A non-ASCII byte (each lead, continuation and invalid byte value) at every offset of 4 KiB of
// cue-free ASCII, and cue-free texts of every length.
TEST(LearnedStageDifferential, GateMatchesTheReferenceForNonAsciiAtEveryOffset) {
  std::string clean;
  while (clean.size() < 4096)
    clean += "Refunds are processed within 3-5 business days (order 48213). ";
  clean.resize(4096);
  ASSERT_FALSE(reference::LearnedStageApplies(clean));
  for (size_t at = 0; at < clean.size(); ++at) {
    for (unsigned char byte : {0x80, 0xC3, 0xE2, 0xF0, 0xFF}) {
      std::string text = clean;
      text[at] = static_cast<char>(byte);
      ASSERT_TRUE(LearnedStageApplies(text)) << at;
      ASSERT_FALSE(LearnedStageApplies(std::string_view(text).substr(0, at))) << at;
    }
  }
  for (size_t n = 0; n <= 100; ++n) {
    ASSERT_EQ(LearnedStageApplies(std::string_view(clean).substr(0, n)),
              reference::LearnedStageApplies(std::string_view(clean).substr(0, n)));
  }
}

}  // namespace
}  // namespace blastradius
