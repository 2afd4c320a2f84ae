// The state store's atomicity under many replicas at once: threads (each a replica; with Redis
// each with its own connection) and, for Redis, separate processes. Labelled `concurrency`:
// CI runs it under ThreadSanitizer too (it starts its own redis-server there as well).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <random>
#include <string>
#include <thread>
#include <vector>

#include "blastradius/state_store.h"
#include "redis_server.h"

namespace blastradius {
namespace {

using testing::SharedRedis;

constexpr int kReplicas = 8;

std::string UniqueNamespace() { return testing::UniqueKeyNamespace("c"); }

struct MemoryBackend {
  static constexpr char kName[] = "Memory";
  std::unique_ptr<StateStore> store = NewInProcessStateStore();
  std::vector<StateStore*> Replicas(int n) { return std::vector<StateStore*>(n, store.get()); }
};

struct RedisBackend {
  static constexpr char kName[] = "Redis";
  std::string ns = UniqueNamespace();
  std::vector<std::unique_ptr<StateStore>> owned;
  std::vector<StateStore*> Replicas(int n) {
    std::vector<StateStore*> out;
    for (int i = 0; i < n; ++i) {
      StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
      EXPECT_TRUE(s.ok()) << s.status().ToString();
      if (!s.ok()) return {};
      owned.push_back(std::move(*s));
      out.push_back(owned.back().get());
    }
    return out;
  }
};

template <typename Backend>
class StateStoreConcurrencyTest : public ::testing::Test {
 protected:
  Backend backend_;
};

using Backends = ::testing::Types<MemoryBackend, RedisBackend>;
TYPED_TEST_SUITE(StateStoreConcurrencyTest, Backends, testing::BackendNames);

AttemptCharge TenantCharge(int64_t cap_micros) {
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "run";
  c.breaker.enabled = false;
  c.tenant = TenantBudget{"acme", std::nullopt, cap_micros};
  c.day = 20'000;
  return c;
}

// Charges random costs (seeded per replica) until even a 1-micro-dollar charge is refused;
// returns what it was admitted, as the model counts it.
UsageCounters ChargeUntilFull(StateStore* s, int64_t cap, uint64_t seed) {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int64_t> cost(1, 997);
  UsageCounters mine;
  AttemptCharge c = TenantCharge(cap);
  for (;;) {
    c.cost_micros = cost(rng);
    StatusOr<Admission> a = s->AdmitAttempt(c);
    if (!a.ok()) break;  // the test fails on the totals below
    if (a->admitted()) {
      ++mine.calls;
      mine.cost_micros += c.cost_micros;
      continue;
    }
    if (a->verdict != AdmitVerdict::kTenantCost) break;
    if (c.cost_micros == 1) break;  // not even one micro-dollar is left
    c.cost_micros = 1;              // try the smallest charge: it must fit until the cap is exact
    StatusOr<Admission> one = s->AdmitAttempt(c);
    if (!one.ok() || !one->admitted()) break;
    ++mine.calls;
    mine.cost_micros += 1;
  }
  return mine;
}

TYPED_TEST(StateStoreConcurrencyTest, TenantDailyCapHoldsToTheMicroDollarUnderConcurrentReplicas) {
  constexpr int64_t kCap = 123'457;  // $0.123457
  std::vector<StateStore*> replicas = this->backend_.Replicas(kReplicas);
  ASSERT_EQ(replicas.size(), static_cast<size_t>(kReplicas));
  std::vector<UsageCounters> admitted(kReplicas);
  std::vector<std::thread> threads;
  for (int i = 0; i < kReplicas; ++i) {
    threads.emplace_back([&, i] { admitted[i] = ChargeUntilFull(replicas[i], kCap, 1000 + i); });
  }
  for (std::thread& t : threads) t.join();
  UsageCounters model;
  for (const UsageCounters& u : admitted) {
    model.calls += u.calls;
    model.cost_micros += u.cost_micros;
  }
  // The model (what the replicas were told) and the store agree, and the cap is met exactly:
  // never passed, and nothing left that a 1-micro-dollar charge could use.
  StatusOr<UsageCounters> stored = replicas[0]->TenantUsage("acme", 20'000);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(stored->calls, model.calls);
  EXPECT_EQ(stored->cost_micros, model.cost_micros);
  EXPECT_EQ(model.cost_micros, kCap);
}

TYPED_TEST(StateStoreConcurrencyTest, ApprovalConsumedExactlyOnceAcrossRacingReplicas) {
  constexpr int kIds = 200;
  std::vector<StateStore*> replicas = this->backend_.Replicas(kReplicas);
  ASSERT_EQ(replicas.size(), static_cast<size_t>(kReplicas));
  std::vector<std::atomic<int>> wins(kIds);
  std::vector<std::thread> threads;
  for (int i = 0; i < kReplicas; ++i) {
    threads.emplace_back([&, i] {
      for (int id = 0; id < kIds; ++id) {
        StatusOr<bool> first = replicas[i]->ConsumeApproval("apr-" + std::to_string(id));
        if (first.ok() && *first) wins[id].fetch_add(1);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int id = 0; id < kIds; ++id) EXPECT_EQ(wins[id].load(), 1) << "apr-" << id;
}

TYPED_TEST(StateStoreConcurrencyTest, BreakerOpensOnceWhenReplicasFailTogether) {
  std::vector<StateStore*> replicas = this->backend_.Replicas(kReplicas);
  ASSERT_EQ(replicas.size(), static_cast<size_t>(kReplicas));
  CircuitBreakerOptions breaker;
  breaker.failure_threshold = 20;
  std::atomic<int> openings{0};
  std::atomic<int> admitted{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kReplicas; ++i) {
    threads.emplace_back([&, i] {
      AttemptCharge c;
      c.tool = "pay";
      c.run_id = "run-" + std::to_string(i);
      c.breaker = breaker;
      for (int k = 0; k < 10; ++k) {
        StatusOr<Admission> a = replicas[i]->AdmitAttempt(c);
        if (!a.ok() || !a->admitted()) continue;
        admitted.fetch_add(1);
        StatusOr<bool> opened =
            replicas[i]->RecordOutcome("pay", breaker, BreakerOutcome::kFailure, 0);
        if (opened.ok() && *opened) openings.fetch_add(1);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(openings.load(), 1);
  EXPECT_GE(admitted.load(), 20);  // the threshold was reached
  EXPECT_EQ(*replicas[0]->BreakerStateOf("pay", breaker, 0), BreakerState::kOpen);
}

// Separate processes (forked before any thread starts), each its own replica on the server.
TEST(RedisStateStoreProcessTest, TenantDailyCapHoldsAcrossSeparateProcesses) {
  constexpr int kProcesses = 4;
  constexpr int64_t kCap = 54'321;
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = UniqueNamespace();
  std::vector<std::pair<pid_t, int>> children;  // pid, read end of its pipe
  for (int p = 0; p < kProcesses; ++p) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
      UsageCounters mine;
      if (s.ok()) mine = ChargeUntilFull(s->get(), kCap, 77 + p);
      const bool written = write(fds[1], &mine, sizeof(mine)) == sizeof(mine);
      _exit(s.ok() && written ? 0 : 1);
    }
    close(fds[1]);
    children.emplace_back(pid, fds[0]);
  }
  UsageCounters model;
  for (auto [pid, fd] : children) {
    UsageCounters theirs;
    EXPECT_EQ(read(fd, &theirs, sizeof(theirs)), static_cast<ssize_t>(sizeof(theirs)));
    close(fd);
    int status = 0;
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    model.calls += theirs.calls;
    model.cost_micros += theirs.cost_micros;
  }
  StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  StatusOr<UsageCounters> stored = (*s)->TenantUsage("acme", 20'000);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->calls, model.calls);
  EXPECT_EQ(stored->cost_micros, kCap);
  EXPECT_EQ(model.cost_micros, kCap);
}

}  // namespace
}  // namespace blastradius
