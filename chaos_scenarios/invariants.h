// Invariant checkers: pure functions over what a run left behind (RunHistory) and the
// configuration it ran under — never over what the guard said about itself. Each returns the
// smallest evidence that breaks it. Exact definitions: docs/formats/scenario.md.
// Stateless; thread-safe.
#ifndef BLASTRADIUS_CHAOS_INVARIANTS_H_
#define BLASTRADIUS_CHAOS_INVARIANTS_H_

#include <cstdint>
#include <string>
#include <string_view>

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

// Bytes of framing (boundary markers, the truncation notice) an output the agent reads may
// carry beyond the policy's max_output_bytes.
constexpr int64_t kOutputFramingBytes = 512;

// True if `s` is well-formed UTF-8 (ICU's strict decoder: no overlongs, surrogates or values
// past U+10FFFF).
bool IsValidUtf8(std::string_view s);
// True if `s` holds a C0 control other than newline and tab, DEL, or a C1 control
// (U+0080..U+009F). REQUIRES: IsValidUtf8(s).
bool HasControlCharacters(std::string_view s);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_INVARIANTS_H_
