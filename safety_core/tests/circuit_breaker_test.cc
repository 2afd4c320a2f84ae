// Tests for CircuitBreaker: closed -> open at the threshold, open -> half-open after the reset
// timeout on the given clock, half-open probes, alert-once semantics of RecordFailure, and that
// the state machine holds its invariants under concurrent use. Time is plain int64 ms values.
#include "blastradius/circuit_breaker.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <random>
#include <thread>
#include <vector>

namespace blastradius {
namespace {

using ::testing::HasSubstr;

CircuitBreakerOptions Options(int threshold, int64_t reset_ms, int probes = 1) {
  CircuitBreakerOptions options;
  options.failure_threshold = threshold;
  options.reset_timeout_ms = reset_ms;
  options.half_open_probes = probes;
  return options;
}

// Admits and fails one call; returns what RecordFailure said.
bool FailOne(CircuitBreaker& breaker, int64_t now) {
  EXPECT_TRUE(breaker.Admit(now).ok());
  return breaker.RecordFailure(now);
}

TEST(CircuitBreakerTest, StateNames) {
  EXPECT_EQ(BreakerStateName(BreakerState::kClosed), "closed");
  EXPECT_EQ(BreakerStateName(BreakerState::kOpen), "open");
  EXPECT_EQ(BreakerStateName(BreakerState::kHalfOpen), "half_open");
}

TEST(CircuitBreakerTest, OpensAfterThresholdConsecutiveFailures) {
  CircuitBreaker breaker(Options(3, 1'000));
  EXPECT_FALSE(FailOne(breaker, 10));
  EXPECT_FALSE(FailOne(breaker, 11));
  EXPECT_EQ(breaker.State(11), BreakerState::kClosed);
  EXPECT_EQ(breaker.consecutive_failures(), 2);
  EXPECT_TRUE(FailOne(breaker, 12));
  EXPECT_EQ(breaker.State(12), BreakerState::kOpen);
  EXPECT_EQ(breaker.openings(), 1);
  Status refused = breaker.Admit(13);
  EXPECT_EQ(refused.code(), StatusCode::kUnavailable);
  EXPECT_THAT(refused.message(), HasSubstr("circuit open"));
}

// The overload that appends its refusal answers as Admit's Status does, and appends (the store
// writes the refusal straight into the admission it returns).
TEST(CircuitBreakerTest, AdmitIntoAStringAgreesWithTheStatusAndAppends) {
  CircuitBreaker a(Options(1, 1'000, 1));
  CircuitBreaker b(Options(1, 1'000, 1));
  for (int64_t now : {0, 5, 10, 1'010, 1'011, 1'012}) {
    if (now == 5) {  // both trip at 5
      EXPECT_TRUE(a.RecordFailure(now));
      EXPECT_TRUE(b.RecordFailure(now));
      continue;
    }
    Status status = a.Admit(now);
    std::string refusal = "prefix: ";
    const bool admitted = b.Admit(now, &refusal);
    EXPECT_EQ(admitted, status.ok()) << now;
    EXPECT_EQ(refusal, admitted ? "prefix: " : "prefix: " + status.message()) << now;
  }
  // 10: open; 1'010: half-open, the one probe admitted; 1'011, 1'012: probe slots taken.
  std::string refusal;
  EXPECT_FALSE(b.Admit(1'013, &refusal));
  EXPECT_EQ(refusal, "circuit half-open: all 1 probe slots taken");
}

TEST(CircuitBreakerTest, SuccessResetsTheConsecutiveCount) {
  CircuitBreaker breaker(Options(3, 1'000));
  EXPECT_FALSE(FailOne(breaker, 0));
  EXPECT_FALSE(FailOne(breaker, 0));
  ASSERT_TRUE(breaker.Admit(0).ok());
  breaker.RecordSuccess(0);
  EXPECT_EQ(breaker.consecutive_failures(), 0);
  EXPECT_FALSE(FailOne(breaker, 0));
  EXPECT_FALSE(FailOne(breaker, 0));
  EXPECT_EQ(breaker.State(0), BreakerState::kClosed);
  EXPECT_TRUE(FailOne(breaker, 0));
}

TEST(CircuitBreakerTest, NeutralChangesNoCount) {
  CircuitBreaker breaker(Options(2, 1'000));
  EXPECT_FALSE(FailOne(breaker, 0));
  ASSERT_TRUE(breaker.Admit(0).ok());
  breaker.RecordNeutral(0);
  EXPECT_EQ(breaker.consecutive_failures(), 1);
  EXPECT_TRUE(FailOne(breaker, 0));
}

TEST(CircuitBreakerTest, HalfOpensExactlyAtResetTimeout) {
  CircuitBreaker breaker(Options(1, 1'000));
  EXPECT_TRUE(FailOne(breaker, 5'000));
  EXPECT_FALSE(breaker.Admit(5'999).ok());
  EXPECT_EQ(breaker.State(5'999), BreakerState::kOpen);
  EXPECT_EQ(breaker.State(6'000), BreakerState::kHalfOpen);
  EXPECT_TRUE(breaker.Admit(6'000).ok());
}

TEST(CircuitBreakerTest, HalfOpenAdmitsOnlyTheProbes) {
  CircuitBreaker breaker(Options(1, 100, /*probes=*/2));
  EXPECT_TRUE(FailOne(breaker, 0));
  EXPECT_TRUE(breaker.Admit(100).ok());
  EXPECT_TRUE(breaker.Admit(100).ok());
  Status third = breaker.Admit(101);
  EXPECT_EQ(third.code(), StatusCode::kUnavailable);
  EXPECT_THAT(third.message(), HasSubstr("2 probe slots taken"));
}

TEST(CircuitBreakerTest, ProbeSuccessCloses) {
  CircuitBreaker breaker(Options(2, 100));
  EXPECT_FALSE(FailOne(breaker, 0));
  EXPECT_TRUE(FailOne(breaker, 0));
  ASSERT_TRUE(breaker.Admit(100).ok());
  breaker.RecordSuccess(100);
  EXPECT_EQ(breaker.State(100), BreakerState::kClosed);
  EXPECT_EQ(breaker.consecutive_failures(), 0);
  for (int i = 0; i < 10; ++i) EXPECT_TRUE(breaker.Admit(100).ok());
  // Needs the full threshold again to reopen.
  EXPECT_FALSE(FailOne(breaker, 101));
  EXPECT_TRUE(FailOne(breaker, 101));
  EXPECT_EQ(breaker.openings(), 2);
}

TEST(CircuitBreakerTest, ProbeFailureReopensAndRestartsTheTimer) {
  CircuitBreaker breaker(Options(5, 100));
  for (int i = 0; i < 4; ++i) EXPECT_FALSE(FailOne(breaker, 0));
  EXPECT_TRUE(FailOne(breaker, 0));
  ASSERT_TRUE(breaker.Admit(150).ok());
  EXPECT_TRUE(breaker.RecordFailure(150));  // a new opening: alert again
  EXPECT_EQ(breaker.openings(), 2);
  EXPECT_EQ(breaker.State(200), BreakerState::kOpen);  // 100 after the first opening, not enough
  EXPECT_FALSE(breaker.Admit(249).ok());
  EXPECT_EQ(breaker.State(250), BreakerState::kHalfOpen);
}

TEST(CircuitBreakerTest, NeutralFreesAProbeSlot) {
  CircuitBreaker breaker(Options(1, 100));
  EXPECT_TRUE(FailOne(breaker, 0));
  ASSERT_TRUE(breaker.Admit(100).ok());
  EXPECT_FALSE(breaker.Admit(100).ok());
  breaker.RecordNeutral(100);
  EXPECT_EQ(breaker.State(100), BreakerState::kHalfOpen);
  EXPECT_TRUE(breaker.Admit(100).ok());
}

TEST(CircuitBreakerTest, StragglersWhileOpenChangeNothing) {
  CircuitBreaker breaker(Options(2, 1'000));
  // Three calls admitted while closed; the first two failures open the breaker.
  ASSERT_TRUE(breaker.Admit(0).ok());
  ASSERT_TRUE(breaker.Admit(0).ok());
  ASSERT_TRUE(breaker.Admit(0).ok());
  EXPECT_FALSE(breaker.RecordFailure(1));
  EXPECT_TRUE(breaker.RecordFailure(2));
  EXPECT_FALSE(breaker.RecordFailure(3));  // once per opening
  EXPECT_EQ(breaker.openings(), 1);
  breaker.RecordSuccess(4);  // an old success does not close an open breaker
  EXPECT_EQ(breaker.State(4), BreakerState::kOpen);
  // The timer still counts from the opening failure, not the straggler.
  EXPECT_EQ(breaker.State(1'002), BreakerState::kHalfOpen);
}

TEST(CircuitBreakerTest, SuccessWithoutProbeDoesNotCloseHalfOpen) {
  CircuitBreaker breaker(Options(1, 100));
  EXPECT_TRUE(FailOne(breaker, 0));
  EXPECT_EQ(breaker.State(100), BreakerState::kHalfOpen);
  breaker.RecordSuccess(100);  // nobody was admitted as a probe
  EXPECT_EQ(breaker.State(100), BreakerState::kHalfOpen);
}

TEST(CircuitBreakerTest, DisabledAlwaysAdmits) {
  CircuitBreakerOptions options = Options(1, 1'000'000);
  options.enabled = false;
  CircuitBreaker breaker(options);
  for (int i = 0; i < 20; ++i) {
    ASSERT_TRUE(breaker.Admit(i).ok());
    EXPECT_FALSE(breaker.RecordFailure(i));
  }
  EXPECT_EQ(breaker.openings(), 0);
}

// At one fixed instant with a long reset timeout, once the breaker opens it must stay open:
// no thread may be admitted after it has itself seen a refusal, exactly one failure reports the
// opening, and at most threshold + (threads - 1) calls get through (calls already in flight).
TEST(CircuitBreakerTest, ConcurrentFailuresAtFixedTime) {
  constexpr int kThreads = 8;
  constexpr int kThreshold = 20;
  constexpr int64_t kNow = 1'000;
  CircuitBreaker breaker(Options(kThreshold, 1'000'000));
  std::atomic<int> admitted{0};
  std::atomic<int> opened_reports{0};
  std::atomic<int> admitted_after_refusal{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      bool seen_refusal = false;
      for (int i = 0; i < 2'000; ++i) {
        if (!breaker.Admit(kNow).ok()) {
          seen_refusal = true;
          continue;
        }
        if (seen_refusal) ++admitted_after_refusal;
        ++admitted;
        if (breaker.RecordFailure(kNow)) ++opened_reports;
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_EQ(opened_reports.load(), 1);
  EXPECT_EQ(breaker.openings(), 1);
  EXPECT_EQ(admitted_after_refusal.load(), 0);
  EXPECT_GE(admitted.load(), kThreshold);
  EXPECT_LE(admitted.load(), kThreshold + kThreads - 1);
  EXPECT_EQ(breaker.State(kNow), BreakerState::kOpen);
  EXPECT_FALSE(breaker.Admit(kNow).ok());
}

// Threads share an advancing clock and report random outcomes: every opening must be reported
// by exactly one RecordFailure.
TEST(CircuitBreakerTest, ConcurrentMixedOutcomesReportEachOpeningOnce) {
  constexpr int kThreads = 6;
  CircuitBreaker breaker(Options(3, 50, /*probes=*/2));
  std::atomic<int64_t> clock{0};
  std::atomic<int> opened_reports{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      std::mt19937 rng(1234 + t);
      for (int i = 0; i < 5'000; ++i) {
        int64_t now = clock.fetch_add(1);
        if (!breaker.Admit(now).ok()) continue;
        int roll = static_cast<int>(rng() % 10);
        if (roll < 6) {
          if (breaker.RecordFailure(now)) ++opened_reports;
        } else if (roll < 9) {
          breaker.RecordSuccess(now);
        } else {
          breaker.RecordNeutral(now);
        }
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_GT(breaker.openings(), 1);
  EXPECT_EQ(opened_reports.load(), breaker.openings());
}

// Half-open at a fixed instant: threads take probe slots and hand them back with RecordNeutral.
// A thread counts itself in flight only between Admit and RecordNeutral, so the count can never
// exceed half_open_probes unless the breaker over-admits.
TEST(CircuitBreakerTest, ConcurrentProbesNeverExceedTheSlots) {
  constexpr int kThreads = 8;
  constexpr int kProbes = 3;
  CircuitBreaker breaker(Options(1, 100, kProbes));
  ASSERT_TRUE(breaker.Admit(0).ok());
  ASSERT_TRUE(breaker.RecordFailure(0));
  std::atomic<int> in_flight{0};
  std::atomic<int> max_in_flight{0};
  std::atomic<int> admitted{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&] {
      for (int i = 0; i < 3'000; ++i) {
        if (!breaker.Admit(100).ok()) continue;
        ++admitted;
        int now_in_flight = ++in_flight;
        int seen = max_in_flight.load();
        while (now_in_flight > seen && !max_in_flight.compare_exchange_weak(seen, now_in_flight)) {
        }
        --in_flight;
        breaker.RecordNeutral(100);
      }
    });
  }
  for (auto& thread : threads) thread.join();
  EXPECT_LE(max_in_flight.load(), kProbes);
  EXPECT_GT(admitted.load(), kProbes);  // slots were reused
  EXPECT_EQ(breaker.State(100), BreakerState::kHalfOpen);
  EXPECT_EQ(breaker.openings(), 1);
}

}  // namespace
}  // namespace blastradius
