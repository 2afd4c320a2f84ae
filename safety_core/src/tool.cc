// Names of tool tiers and outcomes, as they appear in manifests, audit records and reports.
#include "blastradius/tool.h"

namespace blastradius {

std::string_view TierName(Tier tier) {
  switch (tier) {
    case Tier::kReadOnly:
      return "read_only";
    case Tier::kReversible:
      return "reversible";
    case Tier::kConsequential:
      return "consequential";
    case Tier::kIrreversible:
      return "irreversible";
  }
  return "unknown_tier";
}

std::string_view OutcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::kOk:
      return "ok";
    case Outcome::kFailed:
      return "failed";
    case Outcome::kUnknown:
      return "unknown";
  }
  return "unknown_outcome";
}

}  // namespace blastradius
