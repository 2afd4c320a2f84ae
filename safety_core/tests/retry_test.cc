// Tests for RetryPolicy and RetryBudget: which failures the guard may repeat by itself (tier
// and outcome rules), the full-jitter backoff bounds, retry_after handling and overflow safety.
#include "blastradius/retry.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>

namespace blastradius {
namespace {

ToolSpec Spec(Tier tier, bool idempotent = false) {
  ToolSpec spec;
  spec.name = "tool";
  spec.tier = tier;
  spec.idempotent = idempotent;
  return spec;
}

ToolResult TransientFailure() { return ToolResult::Failed("503", /*transient=*/true); }

TEST(ToolNamesTest, TierAndOutcomeNames) {
  EXPECT_EQ(TierName(Tier::kReadOnly), "read_only");
  EXPECT_EQ(TierName(Tier::kReversible), "reversible");
  EXPECT_EQ(TierName(Tier::kConsequential), "consequential");
  EXPECT_EQ(TierName(Tier::kIrreversible), "irreversible");
  EXPECT_EQ(OutcomeName(Outcome::kOk), "ok");
  EXPECT_EQ(OutcomeName(Outcome::kFailed), "failed");
  EXPECT_EQ(OutcomeName(Outcome::kUnknown), "unknown");
}

TEST(RetryPolicyTest, RetriesTransientFailureWhileAttemptsRemain) {
  RetryOptions options;
  options.max_attempts = 3;
  RetryPolicy policy(options);
  ToolSpec spec = Spec(Tier::kReadOnly);
  EXPECT_TRUE(policy.ShouldRetry(spec, TransientFailure(), 1));
  EXPECT_TRUE(policy.ShouldRetry(spec, TransientFailure(), 2));
  EXPECT_FALSE(policy.ShouldRetry(spec, TransientFailure(), 3));
  EXPECT_FALSE(policy.ShouldRetry(spec, TransientFailure(), 4));
}

TEST(RetryPolicyTest, NeverRetriesSuccessPermanentOrCallerErrors) {
  RetryPolicy policy{RetryOptions{}};
  ToolSpec spec = Spec(Tier::kReadOnly);
  EXPECT_FALSE(policy.ShouldRetry(spec, ToolResult::Ok("fine"), 1));
  EXPECT_FALSE(policy.ShouldRetry(spec, ToolResult::Failed("404", /*transient=*/false), 1));
  ToolResult caller = TransientFailure();
  caller.caller_error = true;
  EXPECT_FALSE(policy.ShouldRetry(spec, caller, 1));
}

TEST(RetryPolicyTest, MaxAttemptsOneMeansNoRetry) {
  RetryOptions options;
  options.max_attempts = 1;
  RetryPolicy policy(options);
  EXPECT_FALSE(policy.ShouldRetry(Spec(Tier::kReadOnly), TransientFailure(), 1));
}

struct TierCase {
  Tier tier;
  bool idempotent;
  bool retry_failed;
  bool retry_unknown;
};

TEST(RetryPolicyTest, TierRules) {
  const TierCase cases[] = {
      {Tier::kReadOnly, false, true, true},        {Tier::kReadOnly, true, true, true},
      {Tier::kReversible, false, true, false},     {Tier::kReversible, true, true, true},
      {Tier::kConsequential, false, false, false}, {Tier::kConsequential, true, true, true},
      {Tier::kIrreversible, false, false, false},  {Tier::kIrreversible, true, true, true},
  };
  RetryPolicy policy{RetryOptions{}};
  for (const TierCase& c : cases) {
    SCOPED_TRACE(std::string(TierName(c.tier)) + (c.idempotent ? " idempotent" : ""));
    ToolSpec spec = Spec(c.tier, c.idempotent);
    EXPECT_EQ(policy.ShouldRetry(spec, TransientFailure(), 1), c.retry_failed);
    EXPECT_EQ(policy.ShouldRetry(spec, ToolResult::Unknown("timeout"), 1), c.retry_unknown);
  }
}

TEST(RetryPolicyTest, TooLongRetryAfterIsNeverRetried) {
  RetryOptions options;
  options.max_retry_after_ms = 60'000;
  RetryPolicy policy(options);
  EXPECT_FALSE(policy.RetryAfterTooLong(std::nullopt));
  EXPECT_FALSE(policy.RetryAfterTooLong(60'000));
  EXPECT_TRUE(policy.RetryAfterTooLong(60'001));
  ToolResult limited = TransientFailure();
  limited.rate_limited = true;
  limited.retry_after_ms = 60'000;
  EXPECT_TRUE(policy.ShouldRetry(Spec(Tier::kReadOnly), limited, 1));
  limited.retry_after_ms = 3'600'000;
  EXPECT_FALSE(policy.ShouldRetry(Spec(Tier::kReadOnly), limited, 1));
}

// cap = min(max_backoff, base * 2^(retry-1)) with base 100, max 10'000.
TEST(RetryPolicyTest, BackoffStaysWithinFullJitterBounds) {
  RetryOptions options;
  options.base_backoff_ms = 100;
  options.max_backoff_ms = 10'000;
  RetryPolicy policy(options);
  const int64_t expected_cap[] = {100, 200, 400, 800, 1'600, 3'200, 6'400, 10'000, 10'000};
  std::mt19937_64 rng(42);
  for (int retry = 1; retry <= 9; ++retry) {
    const int64_t cap = expected_cap[retry - 1];
    int64_t lo = std::numeric_limits<int64_t>::max();
    int64_t hi = -1;
    double sum = 0;
    constexpr int kDraws = 20'000;
    for (int i = 0; i < kDraws; ++i) {
      int64_t wait = policy.BackoffMs(retry, std::nullopt, rng());
      ASSERT_GE(wait, 0);
      ASSERT_LE(wait, cap) << "retry " << retry;
      lo = std::min(lo, wait);
      hi = std::max(hi, wait);
      sum += static_cast<double>(wait);
    }
    // Full jitter: the whole range [0, cap] is used, centred on cap / 2.
    EXPECT_LE(lo, cap / 50) << "retry " << retry;
    EXPECT_GE(hi, cap - cap / 50) << "retry " << retry;
    EXPECT_NEAR(sum / kDraws, cap / 2.0, cap * 0.03) << "retry " << retry;
  }
}

TEST(RetryPolicyTest, BackoffReachesBothEndsOfTheRange) {
  RetryOptions options;
  options.base_backoff_ms = 100;
  options.max_backoff_ms = 10'000;
  RetryPolicy policy(options);
  EXPECT_EQ(policy.BackoffMs(1, std::nullopt, 0), 0);
  EXPECT_EQ(policy.BackoffMs(1, std::nullopt, 100), 100);
  EXPECT_EQ(policy.BackoffMs(1, std::nullopt, 101), 0);
  EXPECT_EQ(policy.BackoffMs(3, std::nullopt, 400), 400);
}

TEST(RetryPolicyTest, NoOverflowForLargeRetryNumbers) {
  RetryOptions options;
  options.base_backoff_ms = 100;
  options.max_backoff_ms = 10'000;
  RetryPolicy policy(options);
  for (int retry : {31, 32, 63, 64, 65, 200, std::numeric_limits<int>::max()}) {
    SCOPED_TRACE(retry);
    EXPECT_EQ(policy.BackoffMs(retry, std::nullopt, 10'000), 10'000);
    int64_t wait = policy.BackoffMs(retry, std::nullopt, std::numeric_limits<uint64_t>::max());
    EXPECT_GE(wait, 0);
    EXPECT_LE(wait, 10'000);
  }
}

TEST(RetryPolicyTest, NoOverflowWithHugeMaxBackoff) {
  RetryOptions options;
  options.base_backoff_ms = 1;
  options.max_backoff_ms = std::numeric_limits<int64_t>::max();
  RetryPolicy policy(options);
  // retry 63: cap = 2^62, so the largest draw lands on 2^64-1 mod (2^62+1).
  const uint64_t cap63 = uint64_t{1} << 62;
  EXPECT_EQ(policy.BackoffMs(63, std::nullopt, ~uint64_t{0}),
            static_cast<int64_t>(~uint64_t{0} % (cap63 + 1)));
  EXPECT_EQ(policy.BackoffMs(63, std::nullopt, cap63), static_cast<int64_t>(cap63));
  EXPECT_EQ(policy.BackoffMs(200, std::nullopt, ~uint64_t{0}), std::numeric_limits<int64_t>::max());
}

TEST(RetryPolicyTest, RetryNumberBelowOneIsTreatedAsFirst) {
  RetryOptions options;
  options.base_backoff_ms = 100;
  RetryPolicy policy(options);
  EXPECT_EQ(policy.BackoffMs(0, std::nullopt, 150), 49);
  EXPECT_EQ(policy.BackoffMs(-5, std::nullopt, 100), 100);
}

TEST(RetryPolicyTest, RetryAfterIsAFloorWhenHonoured) {
  RetryOptions options;
  options.base_backoff_ms = 100;
  options.max_backoff_ms = 10'000;
  options.max_retry_after_ms = 60'000;
  RetryPolicy policy(options);
  std::mt19937_64 rng(7);
  for (int i = 0; i < 1'000; ++i) {
    EXPECT_GE(policy.BackoffMs(1, 5'000, rng()), 5'000);
  }
  // A jittered wait already longer than the hint is kept.
  EXPECT_EQ(policy.BackoffMs(8, 5'000, 9'000), 9'000);
  // The hint never makes us wait longer than max_retry_after_ms.
  EXPECT_EQ(policy.BackoffMs(1, 3'600'000, 0), 60'000);
  EXPECT_EQ(policy.BackoffMs(1, -10, 0), 0);
}

TEST(RetryPolicyTest, RetryAfterIgnoredWhenNotHonoured) {
  RetryOptions options;
  options.base_backoff_ms = 100;
  options.honour_retry_after = false;
  RetryPolicy policy(options);
  EXPECT_EQ(policy.BackoffMs(1, 5'000, 50), 50);
}

TEST(RetryBudgetTest, ConsumesUntilEmpty) {
  RetryBudget budget(2);
  EXPECT_TRUE(budget.TryConsume());
  EXPECT_TRUE(budget.TryConsume());
  EXPECT_FALSE(budget.TryConsume());
  EXPECT_EQ(budget.remaining(), 0);
  RetryBudget none(0);
  EXPECT_FALSE(none.TryConsume());
}

}  // namespace
}  // namespace blastradius
