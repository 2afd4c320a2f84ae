// Shared by the StateStore implementations: the counter checks of the allow path, so that both
// stores refuse the same attempts with the same words.
#ifndef BLASTRADIUS_STATE_STORE_INTERNAL_H_
#define BLASTRADIUS_STATE_STORE_INTERNAL_H_

#include <optional>

#include "blastradius/state_store.h"

namespace blastradius::state_internal {

// The refusal for the first counter limit that `c` would pass given the counters `run` and
// `tenant` already hold (run calls, run cost, tenant calls, tenant cost, in that order);
// nullopt when every limit admits it. Costs compare by subtraction: a huge cost cannot overflow.
std::optional<Admission> CheckCounters(const AttemptCharge& c, const UsageCounters& run,
                                       const UsageCounters& tenant);

}  // namespace blastradius::state_internal

#endif  // BLASTRADIUS_STATE_STORE_INTERNAL_H_
