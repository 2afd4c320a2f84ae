// ExecutionBudget: the step, tool-call, duration, cost and per-tool limits of one run. The guard
// charges it for every call, so no caller can forget to check it. Once any limit refuses a
// charge the budget is halted and refuses everything after. Costs are integer micro-dollars.
// Not thread-safe: the guard serializes calls within a run.
#ifndef BLASTRADIUS_BUDGET_H_
#define BLASTRADIUS_BUDGET_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "blastradius/policy.h"
#include "blastradius/status.h"

namespace blastradius {

// What is left of each limit; nullopt = unlimited.
struct BudgetRemaining {
  std::optional<int64_t> steps;
  std::optional<int64_t> calls;
  std::optional<int64_t> ms;
  std::optional<int64_t> micros_usd;
};

class ExecutionBudget {
 public:
  // `start_ms` is when the run began (the duration limit counts from it).
  ExecutionBudget(const BudgetLimits& limits, int64_t start_ms);

  // Charges one agent step at `now_ms`. ResourceExhausted (and halted) if the step or duration
  // limit would be exceeded; nothing is charged then.
  Status ChargeStep(int64_t now_ms);
  // Charges one attempt that is about to reach `tool`, costing `cost_micros`. ResourceExhausted
  // (and halted) if the call, per-tool, cost or duration limit would be exceeded.
  Status ChargeToolCall(std::string_view tool, int64_t cost_micros, int64_t now_ms);

  bool halted() const { return halted_; }
  // Which limit halted the run and why ("max_steps: 25 steps used, limit 25"); empty if not.
  const std::string& halt_reason() const { return halt_reason_; }
  BudgetRemaining Remaining(int64_t now_ms) const;
  // The env time at which max_duration_ms runs out (start + limit, saturating); nullopt when
  // the duration is unlimited. Every wait of the run (a call, a retry's backoff, an approval)
  // ends by then.
  std::optional<int64_t> deadline_ms() const;

  int64_t steps_used() const { return steps_; }
  int64_t calls_used() const { return calls_; }
  int64_t cost_used_micros() const { return cost_micros_; }

 private:
  Status Halt(std::string reason);
  Status CheckDuration(int64_t now_ms);

  BudgetLimits limits_;
  int64_t start_ms_;
  int64_t steps_ = 0;
  int64_t calls_ = 0;
  int64_t cost_micros_ = 0;
  std::map<std::string, int64_t, std::less<>> per_tool_;  // calls of each capped tool
  bool halted_ = false;
  std::string halt_reason_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_BUDGET_H_
