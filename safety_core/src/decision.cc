#include "blastradius/decision.h"

#include <ostream>

namespace blastradius {

std::string_view DecisionName(Decision decision) {
  switch (decision) {
    case Decision::kAllowed:
      return "allowed";
    case Decision::kApproved:
      return "approved";
    case Decision::kFlagged:
      return "flagged";
    case Decision::kQuarantined:
      return "quarantined";
    case Decision::kBlocked:
      return "blocked";
    case Decision::kFailed:
      return "failed";
    case Decision::kUnknown:
      return "unknown";
    case Decision::kDenied:
      return "denied";
    case Decision::kHalted:
      return "halted";
    case Decision::kUnavailable:
      return "unavailable";
    case Decision::kRejected:
      return "rejected";
    case Decision::kExpired:
      return "expired";
    case Decision::kDisabled:
      return "disabled";
    case Decision::kCompensated:
      return "compensated";
    case Decision::kCompensationFailed:
      return "compensation_failed";
  }
  return "invalid_decision";
}

std::optional<Decision> ParseDecision(std::string_view name) {
  for (Decision d : kAllDecisions) {
    if (DecisionName(d) == name) return d;
  }
  return std::nullopt;
}

std::ostream& operator<<(std::ostream& os, Decision decision) {
  return os << DecisionName(decision);
}

}  // namespace blastradius
