// Model-based property of ExecutionBudget: random steps and tool calls with random costs and
// random time between them, under random limits (some unlimited, some per-tool caps). The real
// budget accepts exactly what a simple model accepts; it never lets more steps, calls, per-tool
// calls, cost or time through than the limits; a refusal halts it and, once halted, it refuses
// everything.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <rapidcheck/state.h>

#include <map>
#include <optional>
#include <ostream>
#include <string>

#include "blastradius/budget.h"
#include "show.h"

namespace blastradius {
namespace {

const int64_t kStart = 10'000;

struct BudgetModel {
  BudgetLimits limits;
  int64_t now = kStart;
  int64_t steps = 0;
  int64_t calls = 0;
  int64_t cost = 0;
  std::map<std::string, int64_t> per_tool;
  bool halted = false;

  static bool Over(const std::optional<int64_t>& limit, int64_t value) {
    return limit.has_value() && value > *limit;
  }
  // The run may last max_duration_ms: nothing starts once that much time has passed.
  bool DurationOver() const { return Over(limits.max_duration_ms, now - kStart + 1); }
  bool StepFits() const { return !Over(limits.max_steps, steps + 1) && !DurationOver(); }
  bool CallFits(const std::string& tool, int64_t c) const {
    auto cap = limits.per_tool_calls.find(tool);
    const int64_t used = per_tool.count(tool) ? per_tool.at(tool) : 0;
    const bool tool_over = cap != limits.per_tool_calls.end() && used + 1 > cap->second;
    return !Over(limits.max_tool_calls, calls + 1) && !tool_over &&
           !Over(limits.max_cost_micros, cost + c) && !DurationOver();
  }
};

struct BudgetSut {
  explicit BudgetSut(const BudgetLimits& limits) : budget(limits, kStart) {}
  ExecutionBudget budget;
  int64_t now = kStart;
};

using Command = rc::state::Command<BudgetModel, BudgetSut>;

void CheckInvariants(const BudgetModel& m, const BudgetSut& sut) {
  const ExecutionBudget& b = sut.budget;
  RC_ASSERT(b.halted() == m.halted);
  RC_ASSERT(b.steps_used() == m.steps);
  RC_ASSERT(b.calls_used() == m.calls);
  RC_ASSERT(b.cost_used_micros() == m.cost);
  if (m.limits.max_steps) RC_ASSERT(b.steps_used() <= *m.limits.max_steps);
  if (m.limits.max_tool_calls) RC_ASSERT(b.calls_used() <= *m.limits.max_tool_calls);
  if (m.limits.max_cost_micros) RC_ASSERT(b.cost_used_micros() <= *m.limits.max_cost_micros);
  if (b.halted()) RC_ASSERT(!b.halt_reason().empty());
  BudgetRemaining left = b.Remaining(sut.now);
  RC_ASSERT(left.steps.has_value() == m.limits.max_steps.has_value());
  if (left.steps) RC_ASSERT(*left.steps == *m.limits.max_steps - m.steps);
  RC_ASSERT(left.calls.has_value() == m.limits.max_tool_calls.has_value());
  if (left.calls) RC_ASSERT(*left.calls == *m.limits.max_tool_calls - m.calls);
  RC_ASSERT(left.micros_usd.has_value() == m.limits.max_cost_micros.has_value());
  if (left.micros_usd) RC_ASSERT(*left.micros_usd == *m.limits.max_cost_micros - m.cost);
}

struct Wait : Command {
  int64_t ms = *rc::gen::inRange<int64_t>(0, 120);
  void apply(BudgetModel& m) const override { m.now += ms; }
  void run(const BudgetModel& m, BudgetSut& sut) const override {
    sut.now += ms;
    BudgetModel after = m;
    apply(after);
    CheckInvariants(after, sut);
  }
  void show(std::ostream& os) const override { os << "Wait(" << ms << "ms)"; }
};

struct Step : Command {
  void apply(BudgetModel& m) const override {
    if (m.halted || !m.StepFits()) {
      m.halted = true;
      return;
    }
    ++m.steps;
  }
  void run(const BudgetModel& m, BudgetSut& sut) const override {
    const bool expect_ok = !m.halted && m.StepFits();
    Status st = sut.budget.ChargeStep(sut.now);
    RC_ASSERT(st.ok() == expect_ok);
    if (!st.ok()) RC_ASSERT(st.code() == StatusCode::kResourceExhausted);
    BudgetModel after = m;
    apply(after);
    CheckInvariants(after, sut);
  }
  void show(std::ostream& os) const override { os << "Step"; }
};

struct ToolCall : Command {
  std::string tool = *rc::gen::element<std::string>("search", "refund", "email");
  int64_t cost = *rc::gen::oneOf(rc::gen::just<int64_t>(0), rc::gen::inRange<int64_t>(0, 400));
  void apply(BudgetModel& m) const override {
    if (m.halted || !m.CallFits(tool, cost)) {
      m.halted = true;
      return;
    }
    ++m.calls;
    ++m.per_tool[tool];
    m.cost += cost;
  }
  void run(const BudgetModel& m, BudgetSut& sut) const override {
    const bool expect_ok = !m.halted && m.CallFits(tool, cost);
    Status st = sut.budget.ChargeToolCall(tool, cost, sut.now);
    RC_ASSERT(st.ok() == expect_ok);
    if (!st.ok()) RC_ASSERT(st.code() == StatusCode::kResourceExhausted);
    BudgetModel after = m;
    apply(after);
    CheckInvariants(after, sut);
  }
  void show(std::ostream& os) const override { os << "ToolCall(" << tool << ", " << cost << "us)"; }
};

// A limit, or -1 for "unlimited" (shown that way in a counterexample).
std::optional<int64_t> Limit(int64_t max, const char* name) {
  const int64_t v =
      *rc::gen::oneOf(rc::gen::just<int64_t>(-1), rc::gen::inRange<int64_t>(0, max + 1))
           .as(std::string(name) + " (-1 = unlimited)");
  if (v < 0) return std::nullopt;
  return v;
}

RC_GTEST_PROP(BudgetProperty, NeverExceedsLimitsAndHaltIsFinal, ()) {
  BudgetModel model;
  model.limits.max_steps = Limit(12, "max_steps");
  model.limits.max_tool_calls = Limit(15, "max_tool_calls");
  model.limits.max_duration_ms = Limit(800, "max_duration_ms");
  model.limits.max_cost_micros = Limit(2000, "max_cost_micros");
  for (const char* tool : {"search", "refund", "email"}) {
    const int64_t cap = *rc::gen::inRange<int64_t>(-1, 6).as(std::string("per_tool_calls.") + tool +
                                                             " (-1 = none)");
    if (cap >= 0) model.limits.per_tool_calls[tool] = cap;
  }
  BudgetSut sut(model.limits);
  rc::state::check(model, sut, rc::state::gen::execOneOfWithArgs<Wait, Step, ToolCall>());
}

}  // namespace
}  // namespace blastradius
