// Invariant checkers: pure functions over what a run left behind (RunHistory) and the
// configuration it ran under — never over what the guard said about itself. Each returns the
// smallest evidence that breaks it. Exact definitions: docs/formats/scenario.md.
// Stateless; thread-safe.
#ifndef BLASTRADIUS_CHAOS_INVARIANTS_H_
#define BLASTRADIUS_CHAOS_INVARIANTS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// What the invariants read from one audit line (every_call_logged, no_silent_failure): whether
// it is one JSON object with at least one key, which required fields (RequiredAuditFields,
// bit i for field i) it has at the top level, and the three top-level fields they compare with
// the wire. A field of a type the format does not allow reads as absent ("" or 0); an attempt
// above INT64_MAX reads as INT64_MAX, and a fractional one as AttemptOfFloat says.
struct AuditFacts {
  bool object = false;
  uint32_t fields = 0;
  std::string call_id;
  int64_t attempt = 0;
  std::string outcome;
};
// Reads the line whole with the JSON library's SAX parser (a syntax error anywhere leaves
// every fact empty) and builds no tree. A key given twice counts its last value, as a parsed
// tree does. Fuzzed against the parsed tree (fuzz/audit_facts_fuzzer.cc).
AuditFacts ReadAuditFacts(std::string_view line);
// A fractional attempt number, cut toward zero; 0 when it is outside int64_t or not a number.
int64_t AttemptOfFloat(double v);

// Checks several invariants of one run, as CheckInvariant does, reading what they share (the
// audit lines' facts) once, the first time an invariant needs it. Holds references to `history`
// and `scenario`, which must outlive it. Not thread-safe.
class InvariantChecker {
 public:
  InvariantChecker(const RunHistory& history, const Scenario& scenario)
      : h_(history), s_(scenario) {}
  // REQUIRES: `name` is one of InvariantNames().
  InvariantResult Check(const std::string& name);

 private:
  const std::vector<AuditFacts>& Audit();  // ReadAuditFacts of every audit line, in order

  const RunHistory& h_;
  const Scenario& s_;
  std::optional<std::vector<AuditFacts>> audit_;
};

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
