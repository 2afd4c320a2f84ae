// Shared by the StateStore implementations: the limit checks of the allow path, so that both
// stores refuse the same attempts with the same words.
#ifndef BLASTRADIUS_STATE_STORE_INTERNAL_H_
#define BLASTRADIUS_STATE_STORE_INTERNAL_H_

#include <optional>

#include "blastradius/state_store.h"

namespace blastradius::state_internal {

// What a store holds for one run, as one attempt sees it.
struct RunView {
  UsageCounters usage;                // calls, cost, steps, retries
  int64_t tool_calls = 0;             // admitted attempts of the attempt's tool
  std::optional<int64_t> started_ms;  // the run's first admission (store clock); none yet
  // How many times the attempt's (tool, args) pair would have been seen in the loop window
  // once this attempt is observed (0 when it is no new step or detection is off).
  int64_t loop_count = 0;
  AdmitVerdict halted = AdmitVerdict::kAdmitted;  // the refusal that halted it, if any
};

// The refusal for the first limit that `c` would pass given what the store holds (in order:
// halted, duration, steps, loop, retries, run calls, tool calls, run cost, tenant calls,
// tenant cost); nullopt when every limit admits it. Costs compare by subtraction: a huge cost
// cannot overflow.
std::optional<Admission> CheckLimits(const AttemptCharge& c, const RunView& run,
                                     const UsageCounters& tenant);

// True for the refusals by a run's own limits, which halt the run fleet-wide (not the
// breaker's, the retry budget's, a tenant's, or kRunHalted itself).
bool HaltsRun(AdmitVerdict verdict);

}  // namespace blastradius::state_internal

#endif  // BLASTRADIUS_STATE_STORE_INTERNAL_H_
