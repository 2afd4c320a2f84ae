// The state store's atomicity under many replicas at once: threads (each a replica; with Redis
// each with its own connection) and, for Redis, separate processes. Labelled `concurrency`:
// CI runs it under ThreadSanitizer too (it starts its own redis-server there as well).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <memory>
#include <optional>
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
UsageCounters ChargeUntilFull(StateStore* s, int64_t cap, uint64_t seed,
                              const std::string& run_id = "run") {
  std::mt19937_64 rng(seed);
  std::uniform_int_distribution<int64_t> cost(1, 997);
  UsageCounters mine;
  AttemptCharge c = TenantCharge(cap);
  c.run_id = run_id;
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

// Each replica charges its own run (the in-process store keeps runs in shards, each under its
// own lock) against one tenant: the tenant's cap still holds to the micro-dollar, and every
// run's counters are exactly its own admissions.
TYPED_TEST(StateStoreConcurrencyTest, TenantCapHoldsWhenEveryReplicaChargesItsOwnRun) {
  constexpr int64_t kCap = 98'765;
  std::vector<StateStore*> replicas = this->backend_.Replicas(kReplicas);
  ASSERT_EQ(replicas.size(), static_cast<size_t>(kReplicas));
  std::vector<UsageCounters> admitted(kReplicas);
  std::vector<std::thread> threads;
  for (int i = 0; i < kReplicas; ++i) {
    threads.emplace_back([&, i] {
      admitted[i] = ChargeUntilFull(replicas[i], kCap, 2000 + i, "run-" + std::to_string(i));
    });
  }
  for (std::thread& t : threads) t.join();
  UsageCounters model;
  for (int i = 0; i < kReplicas; ++i) {
    model.calls += admitted[i].calls;
    model.cost_micros += admitted[i].cost_micros;
    StatusOr<UsageCounters> run = replicas[0]->RunUsage("run-" + std::to_string(i));
    ASSERT_TRUE(run.ok()) << run.status().ToString();
    EXPECT_EQ(run->calls, admitted[i].calls) << i;
    EXPECT_EQ(run->cost_micros, admitted[i].cost_micros) << i;
  }
  StatusOr<UsageCounters> stored = replicas[0]->TenantUsage("acme", 20'000);
  ASSERT_TRUE(stored.ok()) << stored.status().ToString();
  EXPECT_EQ(stored->calls, model.calls);
  EXPECT_EQ(stored->cost_micros, model.cost_micros);
  EXPECT_EQ(model.cost_micros, kCap);
}

// One run served by every replica at once: its step cap holds exactly and its loop window sees
// every replica's calls (each replica repeats one call; the fleet-wide repeats are a loop).
TYPED_TEST(StateStoreConcurrencyTest, RunStepCapAndLoopWindowHoldUnderConcurrentReplicas) {
  constexpr int64_t kMaxSteps = 100;
  constexpr int kTriesEach = 40;  // 320 tries in all
  std::vector<StateStore*> replicas = this->backend_.Replicas(kReplicas);
  ASSERT_EQ(replicas.size(), static_cast<size_t>(kReplicas));
  std::atomic<int64_t> admitted{0};
  std::atomic<int64_t> loops{0};
  std::vector<std::thread> threads;
  for (int i = 0; i < kReplicas; ++i) {
    threads.emplace_back([&, i] {
      AttemptCharge c;
      c.tool = "read";
      c.breaker.enabled = false;
      c.new_step = true;
      c.run_max_steps = kMaxSteps;
      c.loop = LoopDetectionOptions{true, 2 * kReplicas, 1000};
      const std::string distinct = "{\"replica\":" + std::to_string(i) + "}";
      for (int k = 0; k < kTriesEach; ++k) {
        c.run_id = "steps";
        const std::string args = distinct + std::to_string(k);  // distinct calls: no loop
        c.canonical_args = args;  // a view: the string must outlive AdmitAttempt
        StatusOr<Admission> a = replicas[i]->AdmitAttempt(c);
        if (a.ok() && a->admitted()) ++admitted;
        c.run_id = "loop";
        c.canonical_args = R"({"same":true})";  // the same call from every replica
        StatusOr<Admission> l = replicas[i]->AdmitAttempt(c);
        if (l.ok() && l->verdict == AdmitVerdict::kLoop) ++loops;
      }
    });
  }
  for (std::thread& t : threads) t.join();
  EXPECT_EQ(admitted.load(), kMaxSteps);
  EXPECT_EQ(replicas[0]->RunUsage("steps")->steps, kMaxSteps);
  // The (2 * kReplicas + 1)-th identical call is the loop, whichever replica makes it; the run
  // is halted then, so exactly one call is refused as a loop and 2 * kReplicas were admitted.
  EXPECT_EQ(loops.load(), 1);
  EXPECT_EQ(replicas[0]->RunUsage("loop")->steps, 2 * kReplicas);
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

// Runs `body(p, store)` in `n` separate processes (forked before any thread starts), each its
// own replica with its own connection to the server under `ns`; returns what each sent back
// (nullopt for a process that failed or could not connect).
template <typename Result, typename Body>
std::vector<std::optional<Result>> InProcesses(int n, const std::string& ns, Body body) {
  std::vector<std::pair<pid_t, int>> children;  // pid, read end of its pipe
  for (int p = 0; p < n; ++p) {
    int fds[2];
    if (pipe(fds) != 0) break;
    const pid_t pid = fork();
    if (pid < 0) break;
    if (pid == 0) {
      close(fds[0]);
      StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
      if (!s.ok()) _exit(1);
      const Result mine = body(p, s->get());
      const bool written = write(fds[1], &mine, sizeof(mine)) == sizeof(mine);
      _exit(written ? 0 : 1);
    }
    close(fds[1]);
    children.emplace_back(pid, fds[0]);
  }
  std::vector<std::optional<Result>> results;
  for (auto [pid, fd] : children) {
    Result theirs{};
    const bool read_all = read(fd, &theirs, sizeof(theirs)) == static_cast<ssize_t>(sizeof(theirs));
    close(fd);
    int status = 0;
    waitpid(pid, &status, 0);
    const bool ok = read_all && WIFEXITED(status) && WEXITSTATUS(status) == 0;
    results.push_back(ok ? std::optional<Result>(theirs) : std::nullopt);
  }
  return results;
}

TEST(RedisStateStoreProcessTest, TenantDailyCapHoldsAcrossSeparateProcesses) {
  constexpr int kProcesses = 4;
  constexpr int64_t kCap = 54'321;
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = UniqueNamespace();
  std::vector<std::optional<UsageCounters>> results = InProcesses<UsageCounters>(
      kProcesses, ns, [](int p, StateStore* s) { return ChargeUntilFull(s, kCap, 77 + p); });
  ASSERT_EQ(results.size(), static_cast<size_t>(kProcesses));
  UsageCounters model;
  for (const std::optional<UsageCounters>& theirs : results) {
    ASSERT_TRUE(theirs.has_value());
    model.calls += theirs->calls;
    model.cost_micros += theirs->cost_micros;
  }
  StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  StatusOr<UsageCounters> stored = (*s)->TenantUsage("acme", 20'000);
  ASSERT_TRUE(stored.ok());
  EXPECT_EQ(stored->calls, model.calls);
  EXPECT_EQ(stored->cost_micros, kCap);
  EXPECT_EQ(model.cost_micros, kCap);
}

TEST(RedisStateStoreProcessTest, ApprovalConsumedExactlyOnceAcrossSeparateProcesses) {
  constexpr int kProcesses = 4;
  constexpr int kApprovals = 50;
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = UniqueNamespace();
  // Each process tries every approval id and counts the ones it was first to use.
  std::vector<std::optional<int64_t>> results =
      InProcesses<int64_t>(kProcesses, ns, [](int, StateStore* s) {
        int64_t used = 0;
        for (int i = 0; i < kApprovals; ++i) {
          StatusOr<bool> first = s->ConsumeApproval("apr-" + std::to_string(i));
          if (!first.ok()) return int64_t{-1'000'000};
          used += *first ? 1 : 0;
        }
        return used;
      });
  ASSERT_EQ(results.size(), static_cast<size_t>(kProcesses));
  int64_t total = 0;
  for (const std::optional<int64_t>& used : results) {
    ASSERT_TRUE(used.has_value());
    total += *used;
  }
  EXPECT_EQ(total, kApprovals);  // every id used once, by exactly one process
}

TEST(RedisStateStoreProcessTest, BreakerOpensOnceWhenSeparateProcessesFail) {
  constexpr int kProcesses = 4;
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = UniqueNamespace();
  CircuitBreakerOptions breaker;
  breaker.failure_threshold = 6;
  breaker.reset_timeout_ms = 60'000;
  // Each process fails "pay" twice: 8 failures in all, no process alone reaches 6.
  std::vector<std::optional<int64_t>> results =
      InProcesses<int64_t>(kProcesses, ns, [&breaker](int, StateStore* s) {
        int64_t opened = 0;
        AttemptCharge c;
        c.tool = "pay";
        c.run_id = "run";
        c.breaker = breaker;
        for (int i = 0; i < 2; ++i) {
          StatusOr<Admission> a = s->AdmitAttempt(c);
          if (!a.ok() || !a->admitted()) continue;
          StatusOr<bool> o = s->RecordOutcome("pay", breaker, BreakerOutcome::kFailure, 0);
          opened += o.ok() && *o ? 1 : 0;
        }
        return opened;
      });
  int64_t openings = 0;
  for (const std::optional<int64_t>& o : results) {
    ASSERT_TRUE(o.has_value());
    openings += *o;
  }
  EXPECT_EQ(openings, 1);
  StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
  ASSERT_TRUE(s.ok()) << s.status().ToString();
  EXPECT_EQ(*(*s)->BreakerStateOf("pay", breaker, 0), BreakerState::kOpen);
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "other-run";
  c.breaker = breaker;
  EXPECT_EQ((*s)->AdmitAttempt(c)->verdict, AdmitVerdict::kBreakerOpen);
}

}  // namespace
}  // namespace blastradius
