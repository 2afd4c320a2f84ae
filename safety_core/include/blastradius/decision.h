// Decisions: what the guard did with one call (or one compensation attempt), as one closed enum.
// CallResult::decision and AuditRecord::decision hold it; it becomes text only at the edge (the
// audit JSON, messages), through DecisionName, and text becomes a Decision only through
// ParseDecision, which refuses any name it does not know. The names are the ones
// docs/formats/audit_record.md lists. Plain functions, thread-safe.
#ifndef BLASTRADIUS_DECISION_H_
#define BLASTRADIUS_DECISION_H_

#include <array>
#include <iosfwd>
#include <optional>
#include <string_view>

namespace blastradius {

enum class Decision {
  kAllowed,             // "allowed": the tool ran and its output passed the sanitizer
  kApproved,            // "approved": as allowed, after a human approved this exact call
  kFlagged,             // "flagged": the tool ran; its output matched a pattern, passed marked
  kQuarantined,         // "quarantined": the tool ran; its output was withheld from the agent
  kBlocked,             // "blocked": the tool ran; its output was blocked by the sanitizer
  kFailed,              // "failed": the tool answered a definite failure
  kUnknown,             // "unknown": the tool's effect is unknown (timeout, dropped answer)
  kDenied,              // "denied": unknown tool, a failed journal write, or a failed sink
  kHalted,              // "halted": the run is halted (budget, loop)
  kUnavailable,         // "unavailable": the tool's circuit breaker is open
  kRejected,            // "rejected": no approval (refused, cancelled, malformed, no one)
  kExpired,             // "expired": no approval answer in time
  kDisabled,            // "disabled": the tool's tier is disabled by policy
  kCompensated,         // "compensated": a compensation (undo) attempt succeeded
  kCompensationFailed,  // "compensation_failed": a compensation attempt did not succeed
};

// Every Decision, in declaration order.
inline constexpr std::array<Decision, 15> kAllDecisions = {
    Decision::kAllowed,     Decision::kApproved,    Decision::kFlagged,
    Decision::kQuarantined, Decision::kBlocked,     Decision::kFailed,
    Decision::kUnknown,     Decision::kDenied,      Decision::kHalted,
    Decision::kUnavailable, Decision::kRejected,    Decision::kExpired,
    Decision::kDisabled,    Decision::kCompensated, Decision::kCompensationFailed};

// The audit name: "allowed", "compensation_failed", ...
std::string_view DecisionName(Decision decision);
// The Decision whose DecisionName is exactly `name`; nullopt for any other text.
std::optional<Decision> ParseDecision(std::string_view name);

// Writes DecisionName (for test failure messages and logs).
std::ostream& operator<<(std::ostream& os, Decision decision);

}  // namespace blastradius

#endif  // BLASTRADIUS_DECISION_H_
