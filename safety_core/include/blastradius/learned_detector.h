// The learned second stage of injection detection: a logistic-regression model over hashed
// features of the *normalised* text (the same normalizer the pattern packs match on), scored on
// overlapping windows of words; the text's score is its best window's score.
//
// Features of one window (each present feature counts 1, then the vector is L2-normalised):
//   w:<word>, b:<word word>          word unigrams and bigrams
//   k:<word>                         the unigram of a word that names a field (below), in place
//                                    of its w: feature
//   c:<3 code points>                code-point trigrams inside words (with boundary marks), and
//                                    bigrams for non-ASCII words, so unspaced scripts are covered
//   s:<name>                         structural cues: second person, the assistant/AI addressed,
//                                    "the user" referenced, a role or authority claim, urgency,
//                                    an override word, a sentence opening with an imperative verb,
//                                    their conjunctions, and the density of imperative sentences;
//                                    a word that names a field (a quoted key before ':', the key
//                                    of key=value, a piece of a snake_case or dotted identifier)
//                                    or that the normalizer spelled from digits sets no cue
// Feature names are hashed (FNV-1a) into kLearnedFeatureDims buckets.
//
// The model is trained offline (TrainLearnedModel; `detector_eval --train-out`), kept as a text
// file of about 1 MB (safety_core/models/learned_detector.txt) and compiled into the library.
// Its threshold is chosen on leave-one-source-out scores, never on the texts the weights were
// fitted to.
//
// LearnedDetector runs only where a cheap cue says it can matter (see LearnedStageApplies), so
// clean ASCII prose without any addressing or instruction cue costs one pass over its bytes.
// LayeredDetector runs the pattern stage first and the learned stage only when the patterns
// found nothing. Models and detectors are immutable after construction and thread-safe.
#ifndef BLASTRADIUS_LEARNED_DETECTOR_H_
#define BLASTRADIUS_LEARNED_DETECTOR_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/sanitizer.h"
#include "blastradius/status.h"

namespace blastradius {

inline constexpr uint32_t kLearnedFeatureDims = 1u << 18;

// One feature vector: (bucket, value) pairs, buckets unique and ascending, L2 norm 1 (or empty).
using SparseVector = std::vector<std::pair<uint32_t, float>>;

// One window of a text: its features, and its byte span in the text that was passed in.
struct FeatureWindow {
  SparseVector features;
  size_t begin = 0;
  size_t end = 0;
};

// Window geometry, in words.
struct WindowOptions {
  size_t words = 40;
  size_t stride = 20;
};

// The text the learned stage tokenises: the normalizer's output (what the pattern packs match)
// when the normalizer could change `text`, else `text`; ASCII lower-cased. For tooling (e.g.
// writing pack regexes for other scripts, whose letters the normalizer may fold).
std::string LearnedStageText(std::string_view text);

// The features of `text`, one entry per window (at least one, even for empty text).
std::vector<FeatureWindow> ExtractWindows(std::string_view text, const WindowOptions& options = {});

struct LearnedModel {
  std::vector<float> weights;  // kLearnedFeatureDims entries
  float bias = 0;
  float threshold = 0;  // on the logit: a window scoring >= threshold is an injection
  WindowOptions window;

  // The logit of one feature vector.
  double Score(const SparseVector& x) const;
  // The highest window logit of a text, and the index of that window.
  std::pair<double, size_t> ScoreText(const std::vector<FeatureWindow>& windows) const;
  // The same for `text`: bit for bit what ScoreText(ExtractWindows(text, window)) gives, without
  // building the vectors (what LearnedDetector::Scan runs). REQUIRES: kLearnedFeatureDims weights.
  std::pair<double, size_t> ScoreText(std::string_view text) const;

  // Text format: a "blastradius-learned-detector 1" line, then "dims N", "bias X",
  // "threshold X", "window WORDS STRIDE", then one "BUCKET WEIGHT" line per non-zero weight.
  std::string Serialize() const;
  static StatusOr<LearnedModel> Parse(std::string_view text, const std::string& origin);
  static StatusOr<LearnedModel> Load(Env* env, const std::string& path);
};

// One training text: its windows and label. Positives are trained on their best window
// (multiple-instance learning: a long injected e-mail is mostly benign text).
struct TrainingText {
  std::vector<FeatureWindow> windows;
  bool injection = false;
};

struct TrainOptions {
  int epochs = 12;
  double learning_rate = 0.5;
  double l2 = 1e-5;
  uint64_t seed = 20261129;
  // Weights smaller than this in magnitude are dropped (keeps the shipped file small).
  float prune_below = 2e-3f;
};

// Fits weights and bias by SGD on the logistic loss with balanced class weights: first on every
// text's whole-text features, then afresh with each positive represented by its best window
// under the first model (judged by the features no negative text has, when a window has such
// evidence) and the negatives by every window. Deterministic for a given input and seed.
// Leaves `threshold` at 0.
LearnedModel TrainLearnedModel(const std::vector<TrainingText>& texts,
                               const TrainOptions& options = {});

// Whether LearnedDetector::Scan scores `text` at all: true for any text holding a non-ASCII byte
// (other languages, look-alike letters, invisible characters), and for ASCII text (any case) that
// holds one of a few addressing/instruction words ("you", "assistant", "ai", "instruction",
// "ignore", "prompt", "system", "user", "model", "disregard", "forget", "must"). One pass, 16
// bytes at a time where the target has SSE2: about 1 us per 4 KiB of cue-free ASCII. Offline
// measures of the stage (eval-detector's leave-one-source-out and the threshold it chooses) gate
// with it, so they count only what the guard's stage can find. Until 2026-12-03 non-ASCII text
// also needed an English cue word or a disguised word; docs/sanitizer.md ("Every non-ASCII text
// is scored") has what that cost in recall and what scoring it all costs in time.
bool LearnedStageApplies(std::string_view text);

// The learned stage as a Detector. A text at or above the model's threshold gets one medium
// finding, id "learned.injection", pack "learned", spanning its best window, whose description
// gives the score and the three features that pushed it up most. Scan fails (non-OK, so the
// sanitizer blocks) when the model is null or its weights are not kLearnedFeatureDims long.
class LearnedDetector : public Detector {
 public:
  explicit LearnedDetector(std::shared_ptr<const LearnedModel> model);
  Status Scan(std::string_view text, std::vector<Finding>* findings) const override;

 private:
  std::shared_ptr<const LearnedModel> model_;
};

// The pattern stage, then — only when it found nothing — the learned stage.
class LayeredDetector : public Detector {
 public:
  LayeredDetector(std::shared_ptr<const Detector> first, std::shared_ptr<const Detector> second);
  Status Scan(std::string_view text, std::vector<Finding>* findings) const override;

 private:
  std::shared_ptr<const Detector> first_;
  std::shared_ptr<const Detector> second_;
};

// The model that ships with the project (safety_core/models/learned_detector.txt). It is compiled
// into the library and parsed from memory: no file is read.
StatusOr<LearnedModel> LoadBundledLearnedModel();

// The rule stage: the given pack files, or the bundled packs when none are given.
StatusOr<std::unique_ptr<PatternDetector>> CreatePatternDetector(
    Env* env, const std::vector<std::string>& pack_files);

// The default detector: the given pack files (the bundled packs when empty) as the first stage,
// layered with the bundled learned model.
StatusOr<std::shared_ptr<const Detector>> CreateDefaultDetector(
    Env* env, const std::vector<std::string>& pack_files);

// The detector a policy's sanitizer section asks for (`packs`, `learned_stage`): the default
// detector when `learned_stage` is true, else the rule stage alone. The one factory the guard
// (when no detector is injected) and the chaos suite's scenario runs call.
StatusOr<std::shared_ptr<const Detector>> CreatePolicyDetector(
    Env* env, const std::vector<std::string>& pack_files, bool learned_stage);

}  // namespace blastradius

#endif  // BLASTRADIUS_LEARNED_DETECTOR_H_
