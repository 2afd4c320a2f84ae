// Tests for ExecutionBudget: each limit refuses at exactly its value, a refusal charges nothing
// and halts the budget for good, and nullopt means unlimited. Time is plain int64 ms values.
#include "blastradius/budget.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <limits>

namespace blastradius {
namespace {

using ::testing::HasSubstr;

constexpr int64_t kStart = 1'000'000;

BudgetLimits Unlimited() {
  BudgetLimits limits;
  limits.max_steps.reset();
  limits.max_tool_calls.reset();
  limits.max_duration_ms.reset();
  limits.max_cost_micros.reset();
  return limits;
}

// Issue 11 row 9: clock arithmetic saturates. A clock that runs from below zero to the top of
// its range must read as "very late", not wrap to a negative elapsed time that never halts.
TEST(BudgetTest, ElapsedTimeSaturatesInsteadOfWrapping) {
  BudgetLimits limits = Unlimited();
  limits.max_duration_ms = kMaxPolicyDurationMs;
  ExecutionBudget budget(limits, /*start_ms=*/-10);
  EXPECT_EQ(budget.ChargeStep(std::numeric_limits<int64_t>::max()).code(),
            StatusCode::kResourceExhausted);
  EXPECT_EQ(budget.Remaining(std::numeric_limits<int64_t>::max()).ms, 0);
}

TEST(BudgetTest, DeadlineIsWhenTheDurationLimitEnds) {
  BudgetLimits limits = Unlimited();
  EXPECT_EQ(ExecutionBudget(limits, kStart).deadline_ms(), std::nullopt);
  limits.max_duration_ms = 5'000;
  EXPECT_EQ(ExecutionBudget(limits, kStart).deadline_ms(), kStart + 5'000);
  limits.max_duration_ms = kMaxPolicyDurationMs;
  EXPECT_EQ(ExecutionBudget(limits, std::numeric_limits<int64_t>::max() - 1).deadline_ms(),
            std::numeric_limits<int64_t>::max());
}

TEST(BudgetTest, DefaultsAreFinite) {
  BudgetLimits limits;
  ExecutionBudget budget(limits, kStart);
  BudgetRemaining left = budget.Remaining(kStart);
  ASSERT_TRUE(left.steps && left.calls && left.ms && left.micros_usd);
  EXPECT_EQ(*left.steps, *limits.max_steps);
  EXPECT_EQ(*left.calls, *limits.max_tool_calls);
  EXPECT_EQ(*left.ms, *limits.max_duration_ms);
  EXPECT_EQ(*left.micros_usd, *limits.max_cost_micros);
}

TEST(BudgetTest, StepLimitRefusesTheStepPastTheLimit) {
  BudgetLimits limits = Unlimited();
  limits.max_steps = 25;
  ExecutionBudget budget(limits, kStart);
  for (int i = 0; i < 25; ++i) {
    ASSERT_TRUE(budget.ChargeStep(kStart + i).ok()) << "step " << i + 1;
  }
  EXPECT_EQ(budget.Remaining(kStart).steps, 0);
  Status refused = budget.ChargeStep(kStart + 30);
  EXPECT_EQ(refused.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(refused.message(), HasSubstr("max_steps: limit 25 reached"));
  EXPECT_THAT(refused.message(), HasSubstr("25 steps used"));
  EXPECT_EQ(budget.steps_used(), 25);
  EXPECT_TRUE(budget.halted());
  EXPECT_EQ(budget.halt_reason(), refused.message());
}

TEST(BudgetTest, ZeroStepsRefusesTheFirstStep) {
  BudgetLimits limits = Unlimited();
  limits.max_steps = 0;
  ExecutionBudget budget(limits, kStart);
  EXPECT_EQ(budget.ChargeStep(kStart).code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(budget.steps_used(), 0);
}

TEST(BudgetTest, HaltedBudgetRefusesEverythingWithTheOriginalReason) {
  BudgetLimits limits = Unlimited();
  limits.max_steps = 1;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeStep(kStart).ok());
  Status first = budget.ChargeStep(kStart);
  ASSERT_FALSE(first.ok());
  // A tool call would fit every call limit, but the run is over.
  Status call = budget.ChargeToolCall("search", 0, kStart);
  EXPECT_EQ(call.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(call.message(), first.message());
  EXPECT_EQ(budget.ChargeStep(kStart + 1).message(), first.message());
  EXPECT_EQ(budget.calls_used(), 0);
  EXPECT_EQ(budget.steps_used(), 1);
}

TEST(BudgetTest, ToolCallLimitCountsAttempts) {
  BudgetLimits limits = Unlimited();
  limits.max_tool_calls = 3;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeToolCall("a", 0, kStart).ok());
  ASSERT_TRUE(budget.ChargeToolCall("b", 0, kStart).ok());
  ASSERT_TRUE(budget.ChargeToolCall("a", 0, kStart).ok());
  Status refused = budget.ChargeToolCall("c", 0, kStart);
  EXPECT_EQ(refused.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(refused.message(), HasSubstr("max_tool_calls: limit 3 reached"));
  EXPECT_EQ(budget.calls_used(), 3);
}

TEST(BudgetTest, PerToolCapOnlyAffectsThatTool) {
  BudgetLimits limits = Unlimited();
  limits.per_tool_calls["send_email"] = 2;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeToolCall("send_email", 0, kStart).ok());
  for (int i = 0; i < 10; ++i) ASSERT_TRUE(budget.ChargeToolCall("search", 0, kStart).ok());
  ASSERT_TRUE(budget.ChargeToolCall("send_email", 0, kStart).ok());
  Status refused = budget.ChargeToolCall("send_email", 0, kStart);
  EXPECT_EQ(refused.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(refused.message(), HasSubstr("per_tool_calls[send_email]: limit 2 reached"));
  EXPECT_EQ(budget.calls_used(), 12);
  // The halt covers every tool, not just the capped one.
  EXPECT_FALSE(budget.ChargeToolCall("search", 0, kStart).ok());
}

TEST(BudgetTest, CostLimitRefusesTheCallThatWouldExceedIt) {
  BudgetLimits limits = Unlimited();
  limits.max_cost_micros = 1'000;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeToolCall("pay", 600, kStart).ok());
  ASSERT_TRUE(budget.ChargeToolCall("pay", 400, kStart).ok());  // exactly at the limit is fine
  EXPECT_EQ(budget.Remaining(kStart).micros_usd, 0);
  ASSERT_TRUE(budget.ChargeToolCall("free", 0, kStart).ok());
  Status refused = budget.ChargeToolCall("pay", 1, kStart);
  EXPECT_EQ(refused.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(refused.message(), HasSubstr("max_cost_micros: limit 1000"));
  EXPECT_THAT(refused.message(), HasSubstr("1000 used + 1"));
  EXPECT_EQ(budget.cost_used_micros(), 1'000);
  EXPECT_EQ(budget.calls_used(), 3);
}

TEST(BudgetTest, RefusedCostChargesNothing) {
  BudgetLimits limits = Unlimited();
  limits.max_cost_micros = 1'000;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeToolCall("pay", 500, kStart).ok());
  ASSERT_FALSE(budget.ChargeToolCall("pay", 501, kStart).ok());
  EXPECT_EQ(budget.cost_used_micros(), 500);
  EXPECT_EQ(budget.calls_used(), 1);
  EXPECT_EQ(budget.Remaining(kStart).micros_usd, 500);
}

TEST(BudgetTest, HugeCostDoesNotOverflow) {
  BudgetLimits limits = Unlimited();
  limits.max_cost_micros = 1'000;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeToolCall("pay", 10, kStart).ok());
  EXPECT_EQ(budget.ChargeToolCall("pay", std::numeric_limits<int64_t>::max(), kStart).code(),
            StatusCode::kResourceExhausted);
}

TEST(BudgetTest, NegativeCostIsAnErrorNotACredit) {
  BudgetLimits limits = Unlimited();
  limits.max_cost_micros = 1'000;
  ExecutionBudget budget(limits, kStart);
  Status st = budget.ChargeToolCall("refund", -500, kStart);
  EXPECT_EQ(st.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(budget.cost_used_micros(), 0);
  EXPECT_EQ(budget.calls_used(), 0);
}

TEST(BudgetTest, DurationCountsFromStartAndRefusesAtTheLimit) {
  BudgetLimits limits = Unlimited();
  limits.max_duration_ms = 5'000;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeStep(kStart + 4'999).ok());
  ASSERT_TRUE(budget.ChargeToolCall("search", 0, kStart + 4'999).ok());
  EXPECT_EQ(budget.Remaining(kStart + 4'999).ms, 1);
  Status refused = budget.ChargeToolCall("search", 0, kStart + 5'000);
  EXPECT_EQ(refused.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(refused.message(), HasSubstr("max_duration_ms: limit 5000 reached"));
  EXPECT_THAT(refused.message(), HasSubstr("5000 ms used"));
  EXPECT_EQ(budget.calls_used(), 1);
}

TEST(BudgetTest, DurationAlsoStopsSteps) {
  BudgetLimits limits = Unlimited();
  limits.max_duration_ms = 100;
  ExecutionBudget budget(limits, kStart);
  Status refused = budget.ChargeStep(kStart + 101);
  EXPECT_THAT(refused.message(), HasSubstr("max_duration_ms"));
  EXPECT_EQ(budget.steps_used(), 0);
}

TEST(BudgetTest, RemainingIsNeverNegative) {
  BudgetLimits limits = Unlimited();
  limits.max_duration_ms = 100;
  limits.max_steps = 2;
  ExecutionBudget budget(limits, kStart);
  BudgetRemaining left = budget.Remaining(kStart + 10'000);
  EXPECT_EQ(left.ms, 0);
  EXPECT_EQ(left.steps, 2);
}

TEST(BudgetTest, UnlimitedNeverRefuses) {
  ExecutionBudget budget(Unlimited(), kStart);
  for (int i = 0; i < 10'000; ++i) {
    ASSERT_TRUE(budget.ChargeStep(kStart + i * 1'000'000LL).ok());
    ASSERT_TRUE(budget.ChargeToolCall("t", 1'000'000, kStart + i * 1'000'000LL).ok());
  }
  BudgetRemaining left = budget.Remaining(kStart);
  EXPECT_FALSE(left.steps || left.calls || left.ms || left.micros_usd);
  EXPECT_FALSE(budget.halted());
  EXPECT_EQ(budget.halt_reason(), "");
  EXPECT_EQ(budget.cost_used_micros(), 10'000LL * 1'000'000);
}

TEST(BudgetTest, RemainingTracksEachCounter) {
  BudgetLimits limits = Unlimited();
  limits.max_steps = 10;
  limits.max_tool_calls = 20;
  limits.max_cost_micros = 300;
  ExecutionBudget budget(limits, kStart);
  ASSERT_TRUE(budget.ChargeStep(kStart).ok());
  ASSERT_TRUE(budget.ChargeToolCall("a", 100, kStart).ok());
  ASSERT_TRUE(budget.ChargeToolCall("a", 50, kStart).ok());
  BudgetRemaining left = budget.Remaining(kStart);
  EXPECT_EQ(left.steps, 9);
  EXPECT_EQ(left.calls, 18);
  EXPECT_EQ(left.micros_usd, 150);
  EXPECT_FALSE(left.ms.has_value());
}

}  // namespace
}  // namespace blastradius
