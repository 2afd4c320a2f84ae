// Fuzzing of the learned stage (safety_core/include/blastradius/learned_detector.h), which the
// guard layers after the pattern packs by default, on arbitrary bytes:
// - Scan with the bundled model never fails and reports at most one finding, inside the text
//   (on character boundaries of well-formed text), only for text LearnedStageApplies lets
//   through and only at or above the threshold by ScoreText;
// - ScoreText on the text equals ScoreText over ExtractWindows bit for bit (logit and window):
//   the scan's fused path against the training path the threshold was chosen with;
// - with a model that fires on every text it scores, Scan finds something exactly when
//   LearnedStageApplies says it scores the text (the gate eval-detector's figures rely on);
// - the gate: every text holding a non-ASCII byte applies, and on ASCII text the SSE2 scan
//   agrees with a plain search for a cue word at a word start.
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/learned_detector.h"
#include "codec.h"  // internal: Utf8BoundaryAtOrBefore
#include "fuzz_support.h"
#include "learned_test_model.h"

namespace blastradius::fuzz {
namespace {

std::shared_ptr<const LearnedModel> Bundled() {
  static const std::shared_ptr<const LearnedModel>* model = [] {
    StatusOr<LearnedModel> loaded = LoadBundledLearnedModel();
    if (!loaded.ok()) Fail("LoadBundledLearnedModel: " + loaded.status().ToString());
    return new std::shared_ptr<const LearnedModel>(
        std::make_shared<const LearnedModel>(std::move(*loaded)));
  }();
  return *model;
}

std::shared_ptr<const LearnedModel> FiresOnEveryText() {
  static const std::shared_ptr<const LearnedModel>* model =
      new std::shared_ptr<const LearnedModel>(FiresOnEveryScoredText());
  return *model;
}

bool IsBoundary(std::string_view text, size_t at) { return Utf8BoundaryAtOrBefore(text, at) == at; }

void CheckGate(std::string_view text, bool scans) {
  Check(scans == PlainLearnedStageApplies(text),
        "LearnedStageApplies differs from the plain search on " + Printable(text));
}

void CheckScan(std::string_view text, bool scans) {
  const LearnedModel& model = *Bundled();
  auto [logit, best] = model.ScoreText(text);
  auto [ref_logit, ref_best] = model.ScoreText(ExtractWindows(text, model.window));
  Check(std::memcmp(&logit, &ref_logit, sizeof(double)) == 0 && best == ref_best,
        "ScoreText(text) differs from ScoreText(ExtractWindows(text)) on " + Printable(text));

  std::vector<Finding> findings;
  Status status = LearnedDetector(Bundled()).Scan(text, &findings);
  Check(status.ok(), "Scan failed with the bundled model: " + status.ToString());
  Check(findings.size() <= 1, "more than one learned finding on " + Printable(text));
  if (!findings.empty()) {
    const Finding& f = findings.front();
    Check(scans, "a finding on text LearnedStageApplies does not score: " + Printable(text));
    Check(logit >= model.threshold, "a finding under the threshold on " + Printable(text));
    Check(f.begin <= f.end && f.end <= text.size(),
          "finding span outside the text: " + Printable(text));
    if (IsValidUtf8(text)) {
      Check(IsBoundary(text, f.begin) && IsBoundary(text, f.end),
            "finding span splits a character of " + Printable(text));
    }
  }

  findings.clear();
  status = LearnedDetector(FiresOnEveryText()).Scan(text, &findings);
  Check(status.ok(), "Scan failed: " + status.ToString());
  Check(findings.empty() != scans, std::string("Scan ") +
                                       (findings.empty() ? "skipped" : "scored") +
                                       " text LearnedStageApplies says it " +
                                       (scans ? "scores" : "skips") + ": " + Printable(text));
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  blastradius::fuzz::Bundled();  // loads the model once, outside the inputs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const bool scans = blastradius::LearnedStageApplies(text);
  blastradius::fuzz::CheckGate(text, scans);
  blastradius::fuzz::CheckScan(text, scans);
  return 0;
}
