// ExecutionBudget: every charge is checked against all of its limits before anything is counted,
// so a refused charge leaves the counters untouched. The first refusal halts the budget and its
// reason is repeated for every later charge.
#include "blastradius/budget.h"

#include <algorithm>
#include <utility>

#include "saturating.h"

namespace blastradius {
namespace {

std::optional<int64_t> Left(const std::optional<int64_t>& limit, int64_t used) {
  if (!limit) return std::nullopt;
  return std::max<int64_t>(0, SaturatingSub(*limit, used));
}

// "NAME: limit L reached (U WHAT used)".
std::string LimitReached(std::string_view name, int64_t limit, int64_t used,
                         std::string_view what) {
  return std::string(name) + ": limit " + std::to_string(limit) + " reached (" +
         std::to_string(used) + " " + std::string(what) + " used)";
}

}  // namespace

ExecutionBudget::ExecutionBudget(const BudgetLimits& limits, int64_t start_ms)
    : limits_(limits), start_ms_(start_ms) {}

Status ExecutionBudget::Halt(std::string reason) {
  halted_ = true;
  halt_reason_ = std::move(reason);
  return Status::ResourceExhausted(halt_reason_);
}

// The run may last max_duration_ms: nothing starts once that much time has passed.
Status ExecutionBudget::CheckDuration(int64_t now_ms) {
  if (!limits_.max_duration_ms) return Status::Ok();
  const int64_t elapsed = SaturatingSub(now_ms, start_ms_);
  if (elapsed < *limits_.max_duration_ms) return Status::Ok();
  return Halt(LimitReached("max_duration_ms", *limits_.max_duration_ms, elapsed, "ms"));
}

Status ExecutionBudget::ChargeStep(int64_t now_ms) {
  if (halted_) return Status::ResourceExhausted(halt_reason_);
  BR_RETURN_IF_ERROR(CheckDuration(now_ms));
  if (limits_.max_steps && steps_ >= *limits_.max_steps) {
    return Halt(LimitReached("max_steps", *limits_.max_steps, steps_, "steps"));
  }
  ++steps_;
  return Status::Ok();
}

Status ExecutionBudget::ChargeToolCall(std::string_view tool, int64_t cost_micros, int64_t now_ms) {
  if (halted_) return Status::ResourceExhausted(halt_reason_);
  if (cost_micros < 0) {
    // A negative cost would give budget back; it is a manifest bug, not a limit.
    return Status::InvalidArgument("tool " + std::string(tool) + ": negative cost " +
                                   std::to_string(cost_micros) + " micro-dollars");
  }
  BR_RETURN_IF_ERROR(CheckDuration(now_ms));
  if (limits_.max_tool_calls && calls_ >= *limits_.max_tool_calls) {
    return Halt(LimitReached("max_tool_calls", *limits_.max_tool_calls, calls_, "calls"));
  }
  // Only capped tools are counted: a tool without a cap has nothing to check, so the common
  // call touches no per-tool table at all.
  auto cap_it = limits_.per_tool_calls.find(tool);
  const bool capped = cap_it != limits_.per_tool_calls.end();
  auto used_it = capped ? per_tool_.find(tool) : per_tool_.end();
  const int64_t tool_used = used_it == per_tool_.end() ? 0 : used_it->second;
  if (capped && tool_used >= cap_it->second) {
    return Halt(LimitReached("per_tool_calls[" + std::string(tool) + "]", cap_it->second, tool_used,
                             "calls"));
  }
  // Written as a subtraction so that a huge cost cannot overflow the sum.
  if (limits_.max_cost_micros && cost_micros > *limits_.max_cost_micros - cost_micros_) {
    return Halt("max_cost_micros: limit " + std::to_string(*limits_.max_cost_micros) +
                " would be exceeded (" + std::to_string(cost_micros_) + " used + " +
                std::to_string(cost_micros) + " for " + std::string(tool) + ")");
  }
  ++calls_;
  cost_micros_ += cost_micros;
  if (!capped) return Status::Ok();
  if (used_it == per_tool_.end()) {
    per_tool_.emplace(std::string(tool), 1);
  } else {
    ++used_it->second;
  }
  return Status::Ok();
}

BudgetRemaining ExecutionBudget::Remaining(int64_t now_ms) const {
  BudgetRemaining left;
  left.steps = Left(limits_.max_steps, steps_);
  left.calls = Left(limits_.max_tool_calls, calls_);
  left.ms = Left(limits_.max_duration_ms, SaturatingSub(now_ms, start_ms_));
  left.micros_usd = Left(limits_.max_cost_micros, cost_micros_);
  return left;
}

std::optional<int64_t> ExecutionBudget::deadline_ms() const {
  if (!limits_.max_duration_ms) return std::nullopt;
  return SaturatingAdd(start_ms_, *limits_.max_duration_ms);
}

}  // namespace blastradius
