// Test helpers for which texts the learned stage scores at all: a model that fires on every scored
// text (learned_detector_test, detector_eval_test, learned_fuzzer) and the stage's gate written
// plainly (learned_detector_differential_test, learned_fuzzer).
#ifndef BLASTRADIUS_SAFETY_CORE_TESTS_LEARNED_TEST_MODEL_H_
#define BLASTRADIUS_SAFETY_CORE_TESTS_LEARNED_TEST_MODEL_H_

#include <memory>
#include <string_view>

#include "blastradius/learned_detector.h"

namespace blastradius {

// A model whose every window scores 1 against a threshold of 0: it fires on whatever text the
// stage agrees to score, so a finding says the text was scored.
inline std::shared_ptr<const LearnedModel> FiresOnEveryScoredText() {
  auto model = std::make_shared<LearnedModel>();
  model->weights.assign(kLearnedFeatureDims, 0.0f);
  model->bias = 1.0f;
  model->threshold = 0.0f;
  return model;
}

// LearnedStageApplies written plainly, one byte and one cue at a time: any byte >= 0x80, or a cue
// word (any case) beginning a word, "ai" only as a whole word.
inline bool PlainLearnedStageApplies(std::string_view text) {
  static constexpr std::string_view kCues[] = {"you",    "assistant", "ai",     "instruction",
                                               "ignore", "prompt",    "system", "user",
                                               "model",  "disregard", "forget", "must"};
  auto alnum = [&](size_t i) {
    unsigned char c = static_cast<unsigned char>(text[i]);
    return (c >= '0' && c <= '9') || static_cast<unsigned char>((c | 0x20) - 'a') < 26;
  };
  for (unsigned char c : text) {
    if (c >= 0x80) return true;
  }
  for (size_t i = 0; i < text.size(); ++i) {
    if (!alnum(i) || (i > 0 && alnum(i - 1))) continue;
    for (std::string_view cue : kCues) {
      if (text.size() - i < cue.size()) continue;
      bool match = true;
      for (size_t k = 0; k < cue.size() && match; ++k) {
        match = (static_cast<unsigned char>(text[i + k]) | 0x20) == cue[k];
      }
      if (match && cue == "ai" && i + 2 < text.size() && alnum(i + 2)) match = false;
      if (match) return true;
    }
  }
  return false;
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SAFETY_CORE_TESTS_LEARNED_TEST_MODEL_H_
