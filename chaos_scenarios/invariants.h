// Invariant checkers: pure functions over what a run left behind (RunHistory) and the
// configuration it ran under — never over what the guard said about itself. Each returns the
// smallest evidence that breaks it. Exact definitions: docs/formats/scenario.md.
// Stateless; thread-safe.
#ifndef BLASTRADIUS_CHAOS_INVARIANTS_H_
#define BLASTRADIUS_CHAOS_INVARIANTS_H_

#include <string>

#include "chaos_scenarios/history.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::chaos {

struct InvariantResult {
  bool held = true;
  std::string evidence;  // empty when it held
};

// REQUIRES: `name` is one of InvariantNames().
InvariantResult CheckInvariant(const std::string& name, const RunHistory& history,
                               const Scenario& scenario);

// True if `s` is well-formed UTF-8.
bool IsValidUtf8(std::string_view s);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_INVARIANTS_H_
