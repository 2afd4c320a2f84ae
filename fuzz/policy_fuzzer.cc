// Fuzzes the policy parser (policy.json) with arbitrary text. Properties: no crash; a rejected
// policy's error names its origin; parsing is deterministic; an accepted policy keeps its values
// in range and reports every deliberate weakening listed in formats.md under its checklist item.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "blastradius/policy.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

constexpr char kOrigin[] = "fuzz/policy.json";

bool HasWeakening(const Policy& policy, std::string_view item) {
  return std::any_of(policy.weakenings.begin(), policy.weakenings.end(),
                     [item](const auto& weakening) { return weakening.first == item; });
}

void CheckWeakening(const Policy& policy, bool weakened, std::string_view item) {
  Check(!weakened || HasWeakening(policy, item),
        "a weakening of " + std::string(item) + " loads without its warning");
}

void CheckRanges(const Policy& policy) {
  for (const std::set<int>* tiers : {&policy.approval.tiers, &policy.approval.disabled_tiers}) {
    for (int tier : *tiers) Check(tier >= 0 && tier <= 3, "tier out of range accepted");
  }
  Check(policy.sanitizer.max_output_bytes > 0, "max_output_bytes <= 0 accepted");
  Check(policy.retry.max_attempts >= 1, "retry.max_attempts < 1 accepted");
  Check(policy.circuit_breaker.failure_threshold >= 1, "failure_threshold < 1 accepted");
  Check(policy.loop_detection.max_identical_calls >= 1, "max_identical_calls < 1 accepted");
  Check(policy.approval.timeout_ms >= 0 && policy.call_timeout_ms >= 0,
        "a negative timeout accepted");
  const BudgetLimits& budget = policy.budget;
  for (const std::optional<int64_t>* limit : {&budget.max_steps, &budget.max_tool_calls,
                                              &budget.max_duration_ms, &budget.max_cost_micros}) {
    Check(!limit->has_value() || **limit >= 0, "a negative budget limit accepted");
  }
}

void CheckAccepted(const Policy& policy) {
  CheckRanges(policy);
  const BudgetLimits& budget = policy.budget;
  CheckWeakening(policy, !policy.NeedsApproval(3) && !policy.IsDisabled(3), "tier3_gated");
  CheckWeakening(policy,
                 !budget.max_steps || !budget.max_tool_calls || !budget.max_duration_ms ||
                     !budget.max_cost_micros,
                 "budgets_enforced");
  CheckWeakening(policy, !policy.circuit_breaker.enabled, "circuit_breakers");
  CheckWeakening(policy, !policy.sanitizer.enabled, "outputs_sanitized");
  CheckWeakening(policy, !policy.audit_log.enabled, "structured_logging");
  CheckWeakening(policy, policy.alerts.sink == "none", "alerts_wired");
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using blastradius::fuzz::Check;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const blastradius::StatusOr<blastradius::Policy> policy =
      blastradius::Policy::Parse(text, blastradius::fuzz::kOrigin);
  const blastradius::StatusOr<blastradius::Policy> again =
      blastradius::Policy::Parse(text, blastradius::fuzz::kOrigin);
  Check(policy.ok() == again.ok() && policy.status() == again.status(),
        "Policy::Parse is not deterministic");
  if (!policy.ok()) {
    Check(policy.status().message().find(blastradius::fuzz::kOrigin) != std::string::npos,
          "error does not name the file: " + policy.status().ToString());
    return 0;
  }
  blastradius::fuzz::CheckAccepted(*policy);
  return 0;
}
