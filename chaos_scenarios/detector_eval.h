// Measuring an injection detector on a labelled corpus: recall overall and per kind, false
// positive rates on benign outputs and on hard negatives, and the misses and false positives.
// The corpus is JSON lines: {"id", "label": "injection"|"benign", "text", "kind", ...}; extra
// keys are ignored. Each text goes through the Sanitizer (on_detect flag) as a tool output
// would, so cleaning and detection are measured together. Functions are thread-compatible.
#ifndef BLASTRADIUS_CHAOS_SCENARIOS_DETECTOR_EVAL_H_
#define BLASTRADIUS_CHAOS_SCENARIOS_DETECTOR_EVAL_H_

#include <map>
#include <string>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/sanitizer.h"
#include "blastradius/status.h"

namespace blastradius {

struct CorpusItem {
  std::string id;
  std::string label;  // "injection" or "benign"
  std::string kind;   // e.g. direct, indirect, obfuscated, benign, hard_negative
  std::string text;
};

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
  size_t hits = 0;   // detected
  size_t total = 0;
  double value() const { return total == 0 ? 0.0 : static_cast<double>(hits) / total; }
};

struct DetectorMetrics {
  Rate recall;                          // over label == injection
  std::map<std::string, Rate> recall_by_kind;
  Rate fpr_benign;                      // label benign, kind != hard_negative
  Rate fpr_hard_negative;               // label benign, kind == hard_negative
  std::vector<ItemResult> items;        // in corpus order
};

// Runs every item through a sanitizer built on `detector`. A detection failure counts as
// detected (the sanitizer fails closed) and is reported in the item's findings as none.
DetectorMetrics EvaluateDetector(std::shared_ptr<const Detector> detector,
                                 const std::vector<CorpusItem>& corpus);

// {"recall", "recall_by_kind": {...}, "fpr_benign", "fpr_hard_negative",
//  "items": [{"id", "label", "detected", "findings"}]}
Json MetricsToJson(const DetectorMetrics& metrics);

// `blastradius eval-detector --corpus FILE.jsonl [--pack FILE]... [--json FILE] [--list-misses]
//  [--min-recall X] [--min-recall-kind KIND=X]... [--max-fpr-benign X]
//  [--max-fpr-hard-negative X]`. A leading "eval-detector" argument is skipped. --pack replaces
// the bundled packs. Exit 0 when every threshold holds, 1 when one fails, 2 on bad usage or input.
int EvalDetectorMain(int argc, char** argv);

}  // namespace blastradius

#endif  // BLASTRADIUS_CHAOS_SCENARIOS_DETECTOR_EVAL_H_
