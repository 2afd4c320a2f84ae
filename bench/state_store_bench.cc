// The shared state store on the allow path, Redis (a real redis-server on loopback, started by
// the benchmark) beside the in-process store in the same run.
//
//   state/admit/memory|redis              StateStore::AdmitAttempt (breaker, every run limit and
//                                         its 1000-call loop window, tenant caps: checked and
//                                         charged): p50/p99 per call, and
//                                         round_trips (store commands per call, counted by
//                                         the server's INFO commandstats)
//   state/admit/redis/breaker_tenant_only the same with breaker and tenant caps only (what the
//                                         first slice shared): the cost of the run limits
//   state/guard_allow/memory|redis        Guard::Call allow path (tier 0, audit and alerts off,
//                                         loop detection on with its default 1000-call window,
//                                         every run cap set) on each store: p50/p99 and round
//                                         trips per call
//   state/admit/redis/threads:8           8 replicas, each its own connection, charging one
//                                         tenant at once: throughput (items_per_second)
#include <benchmark/benchmark.h>

#include <algorithm>
#include <chrono>
#include <limits>
#include <memory>
#include <sstream>
#include <string>
#include <vector>

#include "bench_env.h"
#include "blastradius/guard.h"
#include "redis_server.h"

namespace blastradius::bench {
namespace {

using blastradius::testing::SharedRedis;

// EVALSHA/EVAL/SET the server ran (scripts' inner commands are counted under other names).
int64_t StoreCommands() {
  std::istringstream stats(SharedRedis().Cli("INFO commandstats"));
  int64_t total = 0;
  for (std::string line; std::getline(stats, line);) {
    for (const char* name : {"cmdstat_evalsha:", "cmdstat_eval:", "cmdstat_set:"}) {
      if (line.rfind(name, 0) == 0) total += std::stoll(line.substr(line.find("calls=") + 6));
    }
  }
  return total;
}

std::unique_ptr<StateStore> OpenStore(bool redis) {
  if (!redis) return NewInProcessStateStore();
  StatusOr<std::unique_ptr<StateStore>> s =
      SharedRedis().Open(blastradius::testing::UniqueKeyNamespace("bench"));
  return s.ok() ? std::move(*s) : nullptr;
}

// Times each iteration's body; reports p50/p99 in microseconds and round trips per call.
class Timer {
 public:
  explicit Timer(bool redis) : redis_(redis), before_(redis ? StoreCommands() : 0) {}
  template <typename F>
  void Time(F&& body) {
    const auto t0 = std::chrono::steady_clock::now();
    body();
    samples_.push_back(
        std::chrono::duration<double, std::micro>(std::chrono::steady_clock::now() - t0).count());
  }
  void Report(benchmark::State& state) {
    std::sort(samples_.begin(), samples_.end());
    if (samples_.empty()) return;
    state.counters["p50_us"] = samples_[samples_.size() / 2];
    state.counters["p99_us"] = samples_[samples_.size() * 99 / 100];
    if (redis_) {
      state.counters["round_trips"] =
          static_cast<double>(StoreCommands() - before_) / static_cast<double>(samples_.size());
    }
  }

 private:
  bool redis_;
  int64_t before_;
  std::vector<double> samples_;
};

// `all_limits`: every run limit and the loop window too; otherwise the first slice's workload
// (breaker and tenant caps only), to show what the shared run limits cost.
AttemptCharge Charge(bool all_limits = true) {
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "run-1";
  c.cost_micros = 1;
  c.tenant = TenantBudget{"acme", std::nullopt, std::nullopt};
  c.day = 19'000;
  if (!all_limits) return c;
  // Every run limit on, none reached: the script's whole allow path runs.
  constexpr int64_t kHuge = 1'000'000'000'000;
  c.run_max_calls = c.run_max_cost_micros = c.run_max_steps = c.tool_max_calls = kHuge;
  c.run_max_duration_ms = kHuge;
  c.new_step = true;
  c.loop = LoopDetectionOptions{true, std::numeric_limits<int>::max(), 1000};
  c.canonical_args = R"({"id":"customer-42","fields":["name","email"]})";
  return c;
}

void BM_Admit(benchmark::State& state, bool redis, bool all_limits) {
  std::unique_ptr<StateStore> store = OpenStore(redis);
  if (!store) return state.SkipWithError("no redis-server");
  AttemptCharge c = Charge(all_limits);
  Timer timer(redis);
  for (auto _ : state) {
    timer.Time([&] { benchmark::DoNotOptimize(store->AdmitAttempt(c)); });
  }
  timer.Report(state);
}
BENCHMARK_CAPTURE(BM_Admit, memory, false, true)->Name("state/admit/memory");
BENCHMARK_CAPTURE(BM_Admit, redis, true, true)->Name("state/admit/redis");
BENCHMARK_CAPTURE(BM_Admit, redis_breaker_tenant, true, false)
    ->Name("state/admit/redis/breaker_tenant_only");

class OkExecutor : public ToolExecutor {
 public:
  ToolResult Execute(const Invocation&) override { return ToolResult::Ok("ok"); }
};

void BM_GuardAllow(benchmark::State& state, bool redis) {
  std::unique_ptr<StateStore> store = OpenStore(redis);
  if (!store) return state.SkipWithError("no redis-server");
  StatusOr<Manifest> manifest = Manifest::Parse(
      R"({"tools": [{"name": "read", "tier": 0, "description": "read a record"}]})", "t.json");
  StatusOr<Policy> policy = Policy::Parse(
      R"({"budget": {"max_steps": 1000000000000, "max_tool_calls": 1000000000000,
          "max_duration_ms": 1000000000000, "max_cost_usd": 1000000},
          "audit_log": {"enabled": false}, "alerts": {"sink": "none"},
          "tenant_budget": {"tenant": "acme", "max_calls_per_day": 1000000000000}})",
      "p.json");
  if (!manifest.ok() || !policy.ok()) return state.SkipWithError("bad bench config");
  BenchEnv env;
  OkExecutor executor;
  GuardDeps deps;
  deps.env = &env;
  deps.executor = &executor;
  deps.state = store.get();
  StatusOr<std::unique_ptr<Guard>> guard = Guard::Create(*manifest, *policy, deps);
  if (!guard.ok()) return state.SkipWithError(guard.status().ToString().c_str());
  Timer timer(redis);
  int64_t i = 0;
  for (auto _ : state) {
    ToolCall call{"run-1", "read", {{"i", i++}}};
    timer.Time([&] { benchmark::DoNotOptimize((*guard)->Call(call)); });
  }
  timer.Report(state);
}
BENCHMARK_CAPTURE(BM_GuardAllow, memory, false)->Name("state/guard_allow/memory");
BENCHMARK_CAPTURE(BM_GuardAllow, redis, true)->Name("state/guard_allow/redis");

void BM_AdmitReplicas(benchmark::State& state) {
  std::unique_ptr<StateStore> store;  // one connection per replica (thread)
  {
    StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open("bench-replicas");
    if (!s.ok()) return state.SkipWithError("no redis-server");
    store = std::move(*s);
  }
  AttemptCharge c = Charge();
  for (auto _ : state) benchmark::DoNotOptimize(store->AdmitAttempt(c));
  state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AdmitReplicas)->Name("state/admit/redis")->Threads(8)->UseRealTime();

}  // namespace
}  // namespace blastradius::bench

BENCHMARK_MAIN();
