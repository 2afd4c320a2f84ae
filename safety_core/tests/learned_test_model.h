// A learned model for tests of which texts the learned stage scores at all (learned_detector_test,
// detector_eval_test, learned_fuzzer).
#ifndef BLASTRADIUS_SAFETY_CORE_TESTS_LEARNED_TEST_MODEL_H_
#define BLASTRADIUS_SAFETY_CORE_TESTS_LEARNED_TEST_MODEL_H_

#include <memory>

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

}  // namespace blastradius

#endif  // BLASTRADIUS_SAFETY_CORE_TESTS_LEARNED_TEST_MODEL_H_
