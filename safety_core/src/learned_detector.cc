// The learned stage: windowed hashed features of the normalised text, a linear model, and the
// layered detector that puts it behind the pattern packs.
#include "blastradius/learned_detector.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <map>
#include <optional>
#include <random>
#include <span>
#include <tuple>
#include <unordered_map>

#include "bundled_data.h"
#include "codec.h"
#include "normalizer.h"

namespace blastradius {
namespace {

constexpr char kModelMagic[] = "blastradius-learned-detector 1";
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

// What a word contributes wherever it appears: its cues, and its unigram and character n-gram
// buckets (computed once per word, reused by every window that holds it).
struct WordFeatures {
  uint8_t cues = 0;
  std::vector<uint32_t> buckets;
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
      builder.Add("w:", t.text);
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
  std::string text;
  std::optional<NormalizedText> normalized;
  std::pair<size_t, size_t> ToSource(size_t begin, size_t end, size_t source_size) const {
    if (!normalized) return {begin, end};
    return normalized->ToSource(begin, end, source_size);
  }
};

Prepared Prepare(std::string_view text) {
  Prepared p;
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

struct Tokenized {
  std::vector<Token> tokens;
  std::vector<WordFeatures> words;
};

std::vector<FeatureWindow> WindowsOf(const Prepared& p, size_t source_size,
                                     const WindowOptions& options, Tokenized* keep = nullptr) {
  Tokenized t;
  t.tokens = Tokenize(p.text);
  t.words.reserve(t.tokens.size());
  std::unordered_map<std::string_view, size_t> seen;  // word -> index of its first occurrence
  for (const Token& token : t.tokens) {
    auto [it, inserted] = seen.emplace(token.text, t.words.size());
    t.words.push_back(inserted ? FeaturesOfWord(token) : t.words[it->second]);
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

// Case-insensitive: does `text` at `i` start with `word` (lower case)?
bool StartsWithWord(std::string_view text, size_t i, std::string_view word) {
  if (text.size() - i < word.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if ((static_cast<unsigned char>(text[i + k]) | 0x20) != static_cast<unsigned char>(word[k])) {
      return false;
    }
  }
  return true;
}

std::string FormatScore(double logit) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.3f", Sigmoid(ClampLogit(logit)));
  return buf;
}

}  // namespace

std::string LearnedStageText(std::string_view text) { return Prepare(text).text; }

std::vector<FeatureWindow> ExtractWindows(std::string_view text, const WindowOptions& options) {
  return WindowsOf(Prepare(text), text.size(), options);
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

bool LearnedStageApplies(std::string_view text) {
  static constexpr std::string_view kCues[] = {"you",    "assistant", "ai",     "instruction",
                                               "ignore", "prompt",    "system", "user",
                                               "model",  "disregard", "forget", "must"};
  bool word_start = true;
  for (size_t i = 0; i < text.size(); ++i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    if (c >= 0x80) return true;
    bool alnum = IsAsciiAlnum(c);
    if (alnum && word_start) {
      unsigned char lower = c | 0x20;
      if (lower == 'y' || lower == 'a' || lower == 'i' || lower == 'p' || lower == 's' ||
          lower == 'u' || lower == 'm' || lower == 'd' || lower == 'f') {
        for (std::string_view cue : kCues) {
          if (static_cast<unsigned char>(cue[0]) != lower || !StartsWithWord(text, i, cue)) {
            continue;
          }
          // "ai" only as a whole word; the others as a word's beginning ("your", "users").
          if (cue == "ai" && i + 2 < text.size() &&
              IsAsciiAlnum(static_cast<unsigned char>(text[i + 2]))) {
            continue;
          }
          return true;
        }
      }
    }
    word_start = !alnum;
  }
  return false;
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
  Tokenized tokenized;
  std::vector<FeatureWindow> windows = WindowsOf(p, text.size(), model_->window, &tokenized);
  auto [logit, best] = model_->ScoreText(windows);
  if (logit < model_->threshold) return Status::Ok();
  // Name the features of the best window that pushed its score up most.
  std::map<uint32_t, std::string> names;
  auto ranges = WindowRanges(tokenized.tokens.size(), model_->window);
  WindowFeatures(tokenized.tokens, tokenized.words, ranges[best].first, ranges[best].second,
                 &names);
  std::vector<std::pair<double, std::string>> pushes;
  for (const auto& [bucket, value] : windows[best].features) {
    double push = static_cast<double>(model_->weights[bucket]) * value;
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
                                  FormatScore(model_->threshold) +
                                  "); strongest features: " + strongest,
                              windows[best].begin, windows[best].end});
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
