// WithShrinkBudget: bounds how long RapidCheck may spend shrinking a failure of one property.
//
// Found by CI: a failing GuardProperty case (22 faults, 100 approver answers, 20 agent steps)
// had so many shrink candidates that the test hit ctest's 300 s timeout and printed no
// counterexample at all. A property body run through WithShrinkBudget notes its first failure;
// once `budget` of wall time has passed since then, every later case succeeds at once, so
// shrinking stops at the smallest failing case found so far and RapidCheck reports it with its
// reproduce string. RapidCheck re-runs that case to report it; the re-run says shrinking was
// stopped and repeats the case's own failure (the most recent failure seen is always the
// current smallest case, since shrinking descends into every failing candidate). Only test-tool
// time is measured here; what the guard sees still flows through the simulated Env.
#ifndef BLASTRADIUS_PROPERTY_TESTS_SHRINK_BUDGET_H_
#define BLASTRADIUS_PROPERTY_TESTS_SHRINK_BUDGET_H_

#include <rapidcheck.h>

#include <chrono>
#include <exception>
#include <optional>
#include <string>
#include <utility>

namespace blastradius {

struct ShrinkBudget {
  using Clock = std::chrono::steady_clock;
  Clock::duration budget = std::chrono::seconds(60);
  std::optional<Clock::time_point> first_failure;
  std::string last_failure;
};

template <typename Body>
void WithShrinkBudget(ShrinkBudget* state, Body&& body) {
  if (state->first_failure && ShrinkBudget::Clock::now() - *state->first_failure > state->budget) {
    const auto seconds =
        std::chrono::duration_cast<std::chrono::seconds>(state->budget).count();
    RC_SUCCEED("FAILED: shrinking was stopped after " + std::to_string(seconds) +
               " s; the case shown is the smallest failing case found. Its failure:\n" +
               state->last_failure);
  }
  const auto note = [state](std::string what) {
    if (!state->first_failure) state->first_failure = ShrinkBudget::Clock::now();
    state->last_failure = std::move(what);
  };
  try {
    std::forward<Body>(body)();
  } catch (const rc::detail::CaseResult& result) {
    if (result.type == rc::detail::CaseResult::Type::Failure) note(result.description);
    throw;
  } catch (const std::exception& e) {
    note(std::string("exception: ") + e.what());
    throw;
  }
}

}  // namespace blastradius

#endif  // BLASTRADIUS_PROPERTY_TESTS_SHRINK_BUDGET_H_
