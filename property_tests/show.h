// How the property tests print safety_core's enums in a counterexample (RapidCheck falls back to
// operator<<, found by argument-dependent lookup). Header-only.
#ifndef BLASTRADIUS_PROPERTY_TESTS_SHOW_H_
#define BLASTRADIUS_PROPERTY_TESTS_SHOW_H_

#include <ostream>

#include "blastradius/approval.h"
#include "blastradius/circuit_breaker.h"
#include "blastradius/policy.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"
#include "blastradius/transaction.h"

namespace blastradius {

inline std::ostream& operator<<(std::ostream& os, BreakerState s) {
  return os << BreakerStateName(s);
}
inline std::ostream& operator<<(std::ostream& os, Outcome o) { return os << OutcomeName(o); }
inline std::ostream& operator<<(std::ostream& os, Tier t) { return os << TierName(t); }
inline std::ostream& operator<<(std::ostream& os, ApprovalState s) {
  return os << ApprovalStateName(s);
}
inline std::ostream& operator<<(std::ostream& os, WorkflowState s) {
  return os << WorkflowStateName(s);
}
inline std::ostream& operator<<(std::ostream& os, OnDetect d) { return os << OnDetectName(d); }
inline std::ostream& operator<<(std::ostream& os, StatusCode c) { return os << StatusCodeName(c); }
inline std::ostream& operator<<(std::ostream& os, const Status& s) { return os << s.ToString(); }

}  // namespace blastradius

#endif  // BLASTRADIUS_PROPERTY_TESTS_SHOW_H_
