// One suite, two stores: the in-process StateStore and the Redis one (a real redis-server the
// test starts on a free loopback port) must keep the same contract. "Replicas" are separate
// guards; with Redis each replica has its own connection, as separate hosts would.
#include "blastradius/state_store.h"

#include <gtest/gtest.h>
#include <poll.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <vector>

#include "blastradius/guard.h"
#include "blastradius/manifest.h"
#include "redis_server.h"
#include "test_env.h"

namespace blastradius {
namespace {

using testing::ManualEnv;
using testing::RedisServer;
using testing::SharedRedis;

std::string UniqueNamespace() { return testing::UniqueKeyNamespace("t"); }

// The in-process store: every replica of a test shares the one store (one process).
struct MemoryBackend {
  static constexpr char kName[] = "Memory";
  static constexpr bool kShared = false;
  std::unique_ptr<StateStore> store = NewInProcessStateStore();
  StateStore* Replica() { return store.get(); }
};

// Redis: every replica opens its own connection to the same server and namespace.
struct RedisBackend {
  static constexpr char kName[] = "Redis";
  static constexpr bool kShared = true;
  std::string ns = UniqueNamespace();
  std::vector<std::unique_ptr<StateStore>> replicas;
  StateStore* Replica() {
    StatusOr<std::unique_ptr<StateStore>> opened = SharedRedis().Open(ns);
    EXPECT_TRUE(opened.ok()) << opened.status().ToString();
    if (!opened.ok()) return nullptr;
    replicas.push_back(std::move(*opened));
    return replicas.back().get();
  }
};

constexpr char kManifest[] = R"({"tools": [
  {"name": "pay", "tier": 1, "compensation": "refund", "cost_usd": 0.25,
   "description": "charge a card"},
  {"name": "refund", "tier": 1, "description": "refund a card"},
  {"name": "wire", "tier": 3, "description": "wire money"}
]})";

// Fails every call while `failing` is set; counts calls.
class SwitchExecutor : public ToolExecutor {
 public:
  ToolResult Execute(const Invocation&) override {
    ++calls;
    return failing ? ToolResult::Failed("payment API down", transient) : ToolResult::Ok("done");
  }
  std::atomic<bool> failing{false};
  std::atomic<bool> transient{false};  // failures a retry may cure
  std::atomic<int> calls{0};
};

// Approves every request it is asked, bound to that request.
class ApproveAll : public Approver {
 public:
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& r) override {
    return ApprovalAnswer{r.request_id(), r.binding(), "approve", "alice", ""};
  }
};

// One replica: its own guard, sinks and (for Redis) store connection.
struct Replica {
  MemoryAuditSink audit;
  MemoryAlertSink alerts;
  ApproveAll approver;
  std::unique_ptr<Guard> guard;  // null (and a test failure) when the policy or manifest is bad
};

// A guard over kManifest and `policy_json` with its own sinks and approver, on `state`.
std::unique_ptr<Replica> MakeReplica(const std::string& policy_json, Env* env,
                                     ToolExecutor* executor, StateStore* state) {
  auto r = std::make_unique<Replica>();
  StatusOr<Manifest> manifest = Manifest::Parse(kManifest, "tools.json");
  EXPECT_TRUE(manifest.ok()) << manifest.status().ToString();
  StatusOr<Policy> policy = Policy::Parse(policy_json, "policy.json");
  EXPECT_TRUE(policy.ok()) << policy.status().ToString();
  if (!manifest.ok() || !policy.ok()) return r;
  GuardDeps deps;
  deps.env = env;
  deps.executor = executor;
  deps.approver = &r->approver;
  deps.audit = &r->audit;
  deps.alerts = &r->alerts;
  deps.state = state;
  StatusOr<std::unique_ptr<Guard>> guard = Guard::Create(*manifest, *policy, deps);
  EXPECT_TRUE(guard.ok()) << guard.status().ToString();
  if (guard.ok()) r->guard = std::move(*guard);
  return r;
}

template <typename Backend>
class StateStoreTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if constexpr (Backend::kShared) {
      ASSERT_GT(SharedRedis().port(), 0);
    }
  }

  // `env`: the replica's own env (default: the test's shared one).
  Replica& NewReplica(const std::string& policy_json, Env* env = nullptr) {
    replicas_.push_back(
        MakeReplica(policy_json, env ? env : &env_, &executor_, backend_.Replica()));
    return *replicas_.back();
  }

  int Alerts(AlertKind kind) {
    int n = 0;
    for (const auto& r : replicas_) n += r->alerts.Count(kind);
    return n;
  }

  ManualEnv env_;
  SwitchExecutor executor_;
  Backend backend_;
  std::vector<std::unique_ptr<Replica>> replicas_;
};

using Backends = ::testing::Types<MemoryBackend, RedisBackend>;
TYPED_TEST_SUITE(StateStoreTest, Backends, testing::BackendNames);

constexpr char kBreakerPolicy[] = R"({
  "circuit_breaker": {"failure_threshold": 3, "reset_timeout_ms": 10000, "half_open_probes": 1},
  "retry": {"max_attempts": 1}, "loop_detection": {"enabled": false}})";

TYPED_TEST(StateStoreTest, BreakerOpenedByFailuresOnDifferentReplicasOpensForAll) {
  std::vector<Replica*> rs;
  for (int i = 0; i < 3; ++i) rs.push_back(&this->NewReplica(kBreakerPolicy));
  this->executor_.failing = true;
  for (int i = 0; i < 3; ++i) {  // one failure seen on each replica: three in all
    CallResult r = rs[i]->guard->Call(ToolCall{"run-" + std::to_string(i), "pay", {{"n", i}}});
    EXPECT_EQ(r.status.code(), StatusCode::kToolFailed) << r.status.ToString();
  }
  EXPECT_EQ(this->Alerts(AlertKind::kCircuitOpen), 1);  // opened once, by the third failure
  for (Replica* r : rs) EXPECT_EQ(r->guard->BreakerStateOf("pay"), BreakerState::kOpen);
  const int calls_before = this->executor_.calls;
  for (int i = 0; i < 3; ++i) {
    CallResult r = rs[i]->guard->Call(ToolCall{"other-" + std::to_string(i), "pay", {}});
    EXPECT_EQ(r.status.code(), StatusCode::kUnavailable) << r.status.ToString();
    EXPECT_EQ(r.decision, Decision::kUnavailable);
  }
  EXPECT_EQ(this->executor_.calls, calls_before);  // no replica let a call through

  // After the reset timeout every replica sees half-open; a probe's success on one replica
  // closes the breaker for all (HalfOpenAdmitsOneProbeFleetWide covers the single probe slot).
  this->env_.Advance(10'000);
  for (Replica* r : rs) EXPECT_EQ(r->guard->BreakerStateOf("pay"), BreakerState::kHalfOpen);
  this->executor_.failing = false;
  CallResult probe = rs[1]->guard->Call(ToolCall{"probe", "pay", {}});
  EXPECT_TRUE(probe.status.ok()) << probe.status.ToString();
  for (Replica* r : rs) EXPECT_EQ(r->guard->BreakerStateOf("pay"), BreakerState::kClosed);
}

TYPED_TEST(StateStoreTest, HalfOpenAdmitsOneProbeFleetWide) {
  StateStore* a = this->backend_.Replica();
  StateStore* b = this->backend_.Replica();
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "r";
  c.breaker.failure_threshold = 1;
  c.breaker.reset_timeout_ms = 100;
  c.now_ms = 5'000;
  ASSERT_TRUE(a->AdmitAttempt(c)->admitted());
  EXPECT_TRUE(*a->RecordOutcome("pay", c.breaker, BreakerOutcome::kFailure, c.now_ms));
  c.now_ms = 5'050;
  EXPECT_EQ(b->AdmitAttempt(c)->verdict, AdmitVerdict::kBreakerOpen);
  c.now_ms = 5'100;
  EXPECT_TRUE(b->AdmitAttempt(c)->admitted());  // the probe
  StatusOr<Admission> second = a->AdmitAttempt(c);
  EXPECT_EQ(second->verdict, AdmitVerdict::kBreakerOpen);
  EXPECT_NE(second->reason.find("probe slots taken"), std::string::npos) << second->reason;
  EXPECT_FALSE(*b->RecordOutcome("pay", c.breaker, BreakerOutcome::kSuccess, c.now_ms));
  EXPECT_EQ(*a->BreakerStateOf("pay", c.breaker, c.now_ms), BreakerState::kClosed);
}

// A run's per-tool cap counts each tool apart, however many tools the run calls (the in-process
// store keeps the counts flat, scanned while few and indexed beyond that; names long enough to
// live outside the string's own storage move as the counts grow).
TYPED_TEST(StateStoreTest, PerToolCapCountsEachOfManyToolsInARunApart) {
  StateStore* s = this->backend_.Replica();
  AttemptCharge c;
  c.run_id = "many-tools";
  c.tool_max_calls = 3;
  c.now_ms = 1'000;
  std::vector<std::string> tools;
  for (int i = 0; i < 40; ++i) {
    tools.push_back(i % 4 == 0 ? "a_tool_name_longer_than_sso_" + std::to_string(i)
                               : "t" + std::to_string(i));
  }
  const auto admit = [&](const std::string& tool) {
    c.tool = tool;
    StatusOr<Admission> a = s->AdmitAttempt(c);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? *a : Admission{};
  };
  // Tool i is called i % 3 times, in rounds across the tools, then once more: at most 3 each,
  // so every call is admitted unless some tool's count took another's calls.
  for (int round = 0; round < 2; ++round) {
    for (size_t i = 0; i < tools.size(); ++i) {
      if (static_cast<int>(i % 3) > round) {
        EXPECT_TRUE(admit(tools[i]).admitted()) << tools[i];
      }
    }
  }
  for (const std::string& tool : tools) EXPECT_TRUE(admit(tool).admitted()) << tool;
  EXPECT_EQ(s->RunUsage("many-tools")->calls, 39 + 40);
  // A tool called three times (the last one with i % 3 == 2) has used its cap: refused by name.
  const Admission fourth = admit(tools[38]);
  EXPECT_EQ(fourth.verdict, AdmitVerdict::kRunToolCalls) << fourth.reason;
  EXPECT_NE(fourth.reason.find("per_tool." + tools[38]), std::string::npos) << fourth.reason;
}

// Each tool's breaker answers for itself whatever the others' state: a clean admission is
// reported only while that tool's own breaker is closed with no counted failure, and a tool
// whose first outcome is a failure has a breaker from then on. (The in-process store skips
// the breaker lookup while every breaker is clean; this is the case where one is not.)
TYPED_TEST(StateStoreTest, BreakerCleanlinessFollowsEachToolsOwnOutcomes) {
  StateStore* s = this->backend_.Replica();
  AttemptCharge c;
  c.run_id = "r";
  c.breaker.failure_threshold = 2;
  c.breaker.reset_timeout_ms = 100;
  c.now_ms = 1'000;
  auto admit = [&](const std::string& tool) {
    c.tool = tool;
    StatusOr<Admission> a = s->AdmitAttempt(c);
    EXPECT_TRUE(a.ok()) << a.status().ToString();
    return a.ok() ? *a : Admission{};
  };
  EXPECT_TRUE(admit("pay").breaker_clean);
  EXPECT_TRUE(admit("refund").breaker_clean);

  EXPECT_FALSE(*s->RecordOutcome("pay", c.breaker, BreakerOutcome::kFailure, c.now_ms));
  Admission pay = admit("pay");
  EXPECT_TRUE(pay.admitted());
  EXPECT_FALSE(pay.breaker_clean);  // one failure counted: its success must be reported
  EXPECT_TRUE(admit("refund").breaker_clean);

  EXPECT_TRUE(*s->RecordOutcome("pay", c.breaker, BreakerOutcome::kFailure, c.now_ms));
  EXPECT_EQ(admit("pay").verdict, AdmitVerdict::kBreakerOpen);
  EXPECT_TRUE(admit("refund").breaker_clean);
  // A tool never admitted whose first outcome is a failure: counted like any other.
  EXPECT_FALSE(*s->RecordOutcome("wire", c.breaker, BreakerOutcome::kFailure, c.now_ms));
  EXPECT_TRUE(*s->RecordOutcome("wire", c.breaker, BreakerOutcome::kFailure, c.now_ms));
  EXPECT_EQ(admit("wire").verdict, AdmitVerdict::kBreakerOpen);

  c.now_ms = 1'100;  // both half-open: one probe each; pay's succeeds, wire's says nothing
  Admission probe = admit("pay");
  EXPECT_TRUE(probe.admitted());
  EXPECT_FALSE(probe.breaker_clean);
  EXPECT_FALSE(*s->RecordOutcome("pay", c.breaker, BreakerOutcome::kSuccess, c.now_ms));
  EXPECT_TRUE(admit("pay").breaker_clean);
  EXPECT_TRUE(admit("wire").admitted());
  EXPECT_FALSE(*s->RecordOutcome("wire", c.breaker, BreakerOutcome::kNeutral, c.now_ms));
  Admission wire = admit("wire");
  EXPECT_TRUE(wire.admitted());
  EXPECT_FALSE(wire.breaker_clean);
  EXPECT_EQ(admit("wire").verdict, AdmitVerdict::kBreakerOpen);  // its one probe slot taken
  EXPECT_EQ(*s->BreakerStateOf("wire", c.breaker, c.now_ms), BreakerState::kHalfOpen);
  EXPECT_TRUE(admit("refund").breaker_clean);
}

TYPED_TEST(StateStoreTest, RunBudgetIsOneBudgetAcrossReplicas) {
  const std::string policy = R"({"budget": {"max_tool_calls": 4},
      "loop_detection": {"enabled": false}})";
  Replica& a = this->NewReplica(policy);
  Replica& b = this->NewReplica(policy);
  int ok = 0;
  for (int i = 0; i < 6; ++i) {
    Replica& r = i % 2 == 0 ? a : b;  // each replica alone stays under 4
    CallResult res = r.guard->Call(ToolCall{"run-1", "pay", {{"i", i}}});
    if (res.status.ok()) ++ok;
    if (i == 4) {
      EXPECT_EQ(res.status.code(), StatusCode::kResourceExhausted) << res.status.ToString();
      EXPECT_EQ(res.decision, Decision::kHalted);
    }
  }
  // Memory: both guards share the in-process store, so the fleet view is the same.
  EXPECT_EQ(ok, 4);
  EXPECT_EQ(this->executor_.calls, 4);
  EXPECT_GE(this->Alerts(AlertKind::kBudgetExceeded), 1);
}

TYPED_TEST(StateStoreTest, RunStepsAreOneBudgetAcrossReplicas) {
  const std::string policy = R"({"budget": {"max_steps": 4},
      "loop_detection": {"enabled": false}})";
  Replica& a = this->NewReplica(policy);
  Replica& b = this->NewReplica(policy);
  int ok = 0;
  for (int i = 0; i < 6; ++i) {
    Replica& r = i % 2 == 0 ? a : b;  // each replica alone takes 3 steps, under 4
    if (r.guard->Call(ToolCall{"run-1", "pay", {{"i", i}}}).status.ok()) ++ok;
  }
  EXPECT_EQ(ok, 4);
  EXPECT_EQ(this->executor_.calls, 4);
  // The run is halted fleet-wide: the replica that never hit the limit itself refuses too.
  CallResult after = b.guard->Call(ToolCall{"run-1", "refund", {{"i", 9}}});
  EXPECT_EQ(after.decision, Decision::kHalted) << after.status.ToString();
  EXPECT_EQ(this->executor_.calls, 4);
}

TYPED_TEST(StateStoreTest, LoopWindowIsSharedAcrossReplicas) {
  const std::string policy = R"({"loop_detection": {"max_identical_calls": 2, "window": 10}})";
  std::vector<Replica*> rs;
  for (int i = 0; i < 3; ++i) rs.push_back(&this->NewReplica(policy));
  // The same call, once on each replica: the third is a loop although each replica saw it once.
  EXPECT_TRUE(rs[0]->guard->Call(ToolCall{"run-1", "pay", {{"to", "bob"}}}).status.ok());
  EXPECT_TRUE(rs[1]->guard->Call(ToolCall{"run-1", "pay", {{"to", "bob"}}}).status.ok());
  CallResult third = rs[2]->guard->Call(ToolCall{"run-1", "pay", {{"to", "bob"}}});
  EXPECT_EQ(third.decision, Decision::kHalted) << third.status.ToString();
  EXPECT_NE(third.status.message().find("loop detected"), std::string::npos)
      << third.status.ToString();
  EXPECT_EQ(this->executor_.calls, 2);
  EXPECT_GE(this->Alerts(AlertKind::kBudgetExceeded) + this->Alerts(AlertKind::kLoopDetected), 1);
}

TYPED_TEST(StateStoreTest, LoopWindowSlidesFleetWide) {
  // Window 2: an identical call with another call between them on another replica is no loop.
  const std::string policy = R"({"loop_detection": {"max_identical_calls": 1, "window": 2}})";
  Replica& a = this->NewReplica(policy);
  Replica& b = this->NewReplica(policy);
  EXPECT_TRUE(a.guard->Call(ToolCall{"run-1", "pay", {{"to", "bob"}}}).status.ok());
  EXPECT_TRUE(b.guard->Call(ToolCall{"run-1", "refund", {{"to", "bob"}}}).status.ok());
  EXPECT_TRUE(b.guard->Call(ToolCall{"run-1", "pay", {{"to", "bob"}}}).status.ok());
  // Now the window holds refund, pay: one more pay is the second within two calls.
  CallResult looped = a.guard->Call(ToolCall{"run-1", "pay", {{"to", "bob"}}});
  EXPECT_EQ(looped.decision, Decision::kHalted) << looped.status.ToString();
  EXPECT_EQ(this->executor_.calls, 3);
}

TYPED_TEST(StateStoreTest, RetryBudgetIsOneBudgetAcrossReplicas) {
  const std::string policy = R"({"retry": {"max_attempts": 3, "retry_budget": 2},
      "circuit_breaker": {"enabled": false}, "loop_detection": {"enabled": false}})";
  Replica& a = this->NewReplica(policy);
  Replica& b = this->NewReplica(policy);
  this->executor_.failing = true;
  this->executor_.transient = true;
  EXPECT_EQ(a.guard->Call(ToolCall{"run-1", "refund", {{"i", 1}}}).attempts, 3);  // 2 retries
  CallResult second = b.guard->Call(ToolCall{"run-1", "refund", {{"i", 2}}});
  EXPECT_EQ(second.attempts, 1);  // the run's retry budget is spent fleet-wide
  EXPECT_EQ(second.decision, Decision::kFailed) << second.status.ToString();
  EXPECT_EQ(this->executor_.calls, 4);
}

TYPED_TEST(StateStoreTest, RunDurationRunsFromTheFleetsFirstCall) {
  const std::string policy = R"({"budget": {"max_duration_ms": 1000},
      "loop_detection": {"enabled": false}})";
  Replica& a = this->NewReplica(policy);
  Replica& b = this->NewReplica(policy);
  EXPECT_TRUE(a.guard->Call(ToolCall{"run-1", "pay", {{"i", 1}}}).status.ok());
  this->env_.Advance(1500);
  // b's own first call of the run is now, but the run began 1500 ms ago on a.
  CallResult late = b.guard->Call(ToolCall{"run-1", "pay", {{"i", 2}}});
  EXPECT_EQ(late.decision, Decision::kHalted) << late.status.ToString();
  EXPECT_NE(late.status.message().find("max_duration_ms"), std::string::npos)
      << late.status.ToString();
  EXPECT_EQ(this->executor_.calls, 1);
}

TYPED_TEST(StateStoreTest, PerToolCapIsOneCapAcrossReplicas) {
  const std::string policy = R"({"budget": {"per_tool": {"pay": 2}},
      "loop_detection": {"enabled": false}})";
  Replica& a = this->NewReplica(policy);
  Replica& b = this->NewReplica(policy);
  EXPECT_TRUE(a.guard->Call(ToolCall{"run-1", "pay", {{"i", 1}}}).status.ok());
  EXPECT_TRUE(b.guard->Call(ToolCall{"run-1", "pay", {{"i", 2}}}).status.ok());
  CallResult third = a.guard->Call(ToolCall{"run-1", "pay", {{"i", 3}}});
  EXPECT_EQ(third.decision, Decision::kHalted) << third.status.ToString();
  EXPECT_EQ(this->executor_.calls, 2);
}
// The guard reuses one charge for all of a run's calls: a per-tool cap set for one tool must not
// stay behind and cap the next tool the run calls.
TYPED_TEST(StateStoreTest, PerToolCapOfOneToolDoesNotCapTheNextToolOfTheRun) {
  const std::string policy = R"({"budget": {"per_tool": {"pay": 1}},
      "loop_detection": {"enabled": false}})";
  Replica& a = this->NewReplica(policy);
  EXPECT_TRUE(a.guard->Call(ToolCall{"run-1", "pay", {{"i", 1}}}).status.ok());
  for (int i = 0; i < 3; ++i) {
    CallResult refund = a.guard->Call(ToolCall{"run-1", "refund", {{"i", i}}});
    EXPECT_TRUE(refund.status.ok()) << "refund " << i << ": " << refund.status.ToString();
  }
  EXPECT_EQ(a.guard->Call(ToolCall{"run-1", "pay", {{"i", 2}}}).decision, Decision::kHalted);
  EXPECT_EQ(this->executor_.calls, 4);
}

TYPED_TEST(StateStoreTest, TenantDailyCapHoldsToTheMicroDollarAndRollsOverAtUtcMidnight) {
  StateStore* s = this->backend_.Replica();
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "r";
  c.breaker.enabled = false;
  c.tenant = TenantBudget{"acme", std::nullopt, 1'000'003};
  c.day = UtcDay(1'700'000'000'000);
  c.cost_micros = 250'000;
  int admitted = 0;
  while (s->AdmitAttempt(c)->admitted()) ++admitted;
  EXPECT_EQ(admitted, 4);  // 1'000'000 used; 250'000 more would pass 1'000'003
  StatusOr<Admission> refused = s->AdmitAttempt(c);
  EXPECT_EQ(refused->verdict, AdmitVerdict::kTenantCost);
  EXPECT_NE(refused->reason.find("tenant acme"), std::string::npos) << refused->reason;
  c.cost_micros = 3;  // exactly what is left
  EXPECT_TRUE(s->AdmitAttempt(c)->admitted());
  c.cost_micros = 1;
  EXPECT_EQ(s->AdmitAttempt(c)->verdict, AdmitVerdict::kTenantCost);
  EXPECT_EQ(s->TenantUsage("acme", c.day)->cost_micros, 1'000'003);
  EXPECT_EQ(s->TenantUsage("acme", c.day)->calls, 5);
  c.day += 1;  // a new UTC day starts from zero
  EXPECT_TRUE(s->AdmitAttempt(c)->admitted());
  EXPECT_EQ(s->TenantUsage("acme", c.day)->cost_micros, 1);
}

// Random interleavings of charges from several replicas (random costs, runs, tenants' days and
// refusals), each checked against a model of the caps the moment it is answered.
TYPED_TEST(StateStoreTest, TenantAndRunCapsMatchAModelUnderRandomInterleavings) {
  constexpr int kReplicas = 4;
  constexpr int64_t kTenantCap = 20'011;
  constexpr int64_t kRunCap = 9'973;
  std::vector<StateStore*> replicas;
  for (int i = 0; i < kReplicas; ++i) replicas.push_back(this->backend_.Replica());
  std::mt19937_64 rng(20'261'129);
  std::map<std::string, int64_t> run_cost;
  std::map<int64_t, UsageCounters> tenant_day;
  for (int op = 0; op < 600; ++op) {
    AttemptCharge c;
    c.tool = "pay";
    c.breaker.enabled = false;
    c.run_id = "run-" + std::to_string(rng() % 5);
    c.run_max_cost_micros = kRunCap;
    c.day = 30'000 + static_cast<int64_t>(rng() % 2);
    c.tenant = TenantBudget{"acme", std::nullopt, kTenantCap};
    c.cost_micros = static_cast<int64_t>(rng() % 1'500);
    StatusOr<Admission> a = replicas[rng() % kReplicas]->AdmitAttempt(c);
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    UsageCounters& day = tenant_day[c.day];
    const bool run_fits = c.cost_micros <= kRunCap - run_cost[c.run_id];
    const bool tenant_fits = c.cost_micros <= kTenantCap - day.cost_micros;
    if (a->verdict == AdmitVerdict::kRunHalted) {
      // A run refused once on its cost is halted fleet-wide: the model never admits it again.
      ASSERT_TRUE(run_cost[c.run_id] < 0) << "op " << op << " " << a->reason;
      continue;
    }
    ASSERT_GE(run_cost[c.run_id], 0) << "op " << op << ": a halted run was admitted";
    const AdmitVerdict expected = !run_fits      ? AdmitVerdict::kRunCost
                                  : !tenant_fits ? AdmitVerdict::kTenantCost
                                                 : AdmitVerdict::kAdmitted;
    ASSERT_EQ(a->verdict, expected) << "op " << op << " " << a->reason;
    if (expected == AdmitVerdict::kRunCost) run_cost[c.run_id] = -1;  // halted
    if (expected != AdmitVerdict::kAdmitted) continue;
    run_cost[c.run_id] += c.cost_micros;
    ++day.calls;
    day.cost_micros += c.cost_micros;
  }
  for (const auto& [d, model] : tenant_day) {
    StatusOr<UsageCounters> stored = replicas[0]->TenantUsage("acme", d);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->calls, model.calls);
    EXPECT_EQ(stored->cost_micros, model.cost_micros);
    EXPECT_LE(stored->cost_micros, kTenantCap);
  }
}

TYPED_TEST(StateStoreTest, RefusedAttemptChargesNothing) {
  StateStore* s = this->backend_.Replica();
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "r";
  c.cost_micros = 10;
  c.run_max_calls = 100;
  c.tenant = TenantBudget{"acme", 2, std::nullopt};
  c.breaker.failure_threshold = 1;
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());
  ASSERT_TRUE(*s->RecordOutcome("pay", c.breaker, BreakerOutcome::kFailure, c.now_ms));
  EXPECT_EQ(s->AdmitAttempt(c)->verdict, AdmitVerdict::kBreakerOpen);
  EXPECT_EQ(s->RunUsage("r")->calls, 1);
  EXPECT_EQ(s->TenantUsage("acme", 0)->calls, 1);
  EXPECT_EQ(s->TenantUsage("acme", 0)->cost_micros, 10);
}

TYPED_TEST(StateStoreTest, ApprovalUsedOnOneReplicaIsRefusedOnAnother) {
  // Identically seeded envs give both guards the same incarnation, hence the same approval ids:
  // only the shared single-use ledger tells the second replica the id is spent.
  const std::string policy = R"({"loop_detection": {"enabled": false}})";
  ManualEnv env_a(/*seed=*/7), env_b(/*seed=*/7);
  Replica& a = this->NewReplica(policy, &env_a);
  Replica& b = this->NewReplica(policy, &env_b);
  ASSERT_EQ(a.guard->incarnation(), b.guard->incarnation());
  CallResult first = a.guard->Call(ToolCall{"run-a", "wire", {{"to", "x"}}});
  EXPECT_TRUE(first.status.ok()) << first.status.ToString();
  EXPECT_EQ(first.decision, Decision::kApproved);
  CallResult second = b.guard->Call(ToolCall{"run-b", "wire", {{"to", "x"}}});
  EXPECT_EQ(second.status.code(), StatusCode::kPermissionDenied) << second.status.ToString();
  EXPECT_NE(second.status.message().find("already used"), std::string::npos);
  EXPECT_EQ(this->executor_.calls, 1);
}

TYPED_TEST(StateStoreTest, ApprovalConsumedExactlyOnceByAnyReplica) {
  StateStore* a = this->backend_.Replica();
  StateStore* b = this->backend_.Replica();
  EXPECT_TRUE(*a->ConsumeApproval("apr-1"));
  EXPECT_FALSE(*b->ConsumeApproval("apr-1"));
  EXPECT_FALSE(*a->ConsumeApproval("apr-1"));
  EXPECT_TRUE(*b->ConsumeApproval("apr-2"));
}

// ---- Redis only: what a server brings (outages, TTLs, addresses) -----------------------------

TEST(RedisStateStoreTest, UnreachableAtStartIsAClearError) {
  RedisServer never_started;
  StatusOr<std::unique_ptr<StateStore>> opened =
      OpenStateStore("redis://127.0.0.1:" + std::to_string(never_started.port()) + "/0");
  ASSERT_FALSE(opened.ok());
  EXPECT_EQ(opened.status().code(), StatusCode::kUnavailable);
  EXPECT_NE(opened.status().message().find("127.0.0.1:" + std::to_string(never_started.port())),
            std::string::npos)
      << opened.status().ToString();
}

TEST(RedisStateStoreTest, StateSpecsThatAreNotMemoryOrRedisUrlsAreRefused) {
  for (const char* bad : {"", "mem", "redis://", "redis://h:0", "redis://h:70000", "redis://h/16",
                          "redis://h:12x", "http://h:6379"}) {
    StatusOr<std::unique_ptr<StateStore>> opened = OpenStateStore(bad);
    EXPECT_EQ(opened.status().code(), StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_TRUE(OpenStateStore("memory").ok());
}

TEST(RedisStateStoreTest, StoppedMidRunFailsClosedAlertsOnceAndRecoversWhenBack) {
  RedisServer server;
  ASSERT_TRUE(server.Start());
  StatusOr<std::unique_ptr<StateStore>> store = server.Open("outage");
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ManualEnv env;
  SwitchExecutor executor;
  std::unique_ptr<Replica> replica =
      MakeReplica(R"({"loop_detection": {"enabled": false}})", &env, &executor, store->get());
  ASSERT_TRUE(replica->guard);
  Guard* guard = replica->guard.get();
  MemoryAlertSink& alerts = replica->alerts;
  EXPECT_TRUE(guard->Call(ToolCall{"r", "pay", {{"i", 1}}}).status.ok());

  server.Stop();
  for (int i = 2; i <= 3; ++i) {
    CallResult r = guard->Call(ToolCall{"r", "pay", {{"i", i}}});
    EXPECT_EQ(r.status.code(), StatusCode::kUnavailable) << r.status.ToString();
    EXPECT_EQ(r.decision, Decision::kUnavailable);
    EXPECT_FALSE(r.reached_tool);
    EXPECT_NE(r.status.message().find("fail closed"), std::string::npos);
  }
  CallResult wire = guard->Call(ToolCall{"r", "wire", {{"to", "x"}}});  // approval needs it too
  EXPECT_EQ(wire.status.code(), StatusCode::kPermissionDenied) << wire.status.ToString();
  EXPECT_EQ(executor.calls, 1);
  EXPECT_EQ(alerts.Count(AlertKind::kStateStoreUnavailable), 1);  // once per outage
  EXPECT_EQ(guard->BreakerStateOf("pay"), BreakerState::kOpen);   // cannot say: treated open

  ASSERT_TRUE(server.Start());  // same port, empty memory, empty script cache
  CallResult back = guard->Call(ToolCall{"r", "pay", {{"i", 4}}});
  EXPECT_TRUE(back.status.ok()) << back.status.ToString();
  EXPECT_EQ(executor.calls, 2);
  server.Stop();
  EXPECT_FALSE(guard->Call(ToolCall{"r", "pay", {{"i", 5}}}).status.ok());
  EXPECT_EQ(alerts.Count(AlertKind::kStateStoreUnavailable), 2);  // a second outage
}

TEST(RedisStateStoreTest, EveryKeyCarriesTheNamespaceAndATtl) {
  RedisServer& server = SharedRedis();
  ASSERT_GT(server.port(), 0);
  const std::string ns = UniqueNamespace();
  StatusOr<std::unique_ptr<StateStore>> store = server.Open(ns);
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  StateStore& s = **store;
  AttemptCharge c;
  c.tool = "pay";
  c.run_id = "run-7";
  c.cost_micros = 5;
  c.tenant = TenantBudget{"acme", 100, 100};
  c.day = 19'000;
  c.breaker.failure_threshold = 1;
  c.new_step = true;  // observes the run's loop window too
  c.loop = LoopDetectionOptions{true, 3, 10};
  c.canonical_args = R"({"to":"bob"})";
  ASSERT_TRUE(s.AdmitAttempt(c)->admitted());
  ASSERT_TRUE(*s.RecordOutcome("pay", c.breaker, BreakerOutcome::kFailure, 0));
  ASSERT_TRUE(*s.ConsumeApproval("apr-9"));
  JournalEntry begin;  // an open workflow's record, its owner's lease and the open set
  begin.op = JournalOp::kBegin;
  begin.txn = "tx-1";
  begin.run_id = "run-7";
  ASSERT_TRUE(s.AppendWorkflowEntry(begin, "replica-a", 0, 5'000).ok());
  std::istringstream keys(server.Cli("--scan --pattern '" + ns + ":*'"));
  std::vector<std::string> found;
  for (std::string key; std::getline(keys, key);) {
    if (key.empty()) continue;
    found.push_back(key);
    const long ttl = std::stol(server.Cli("PTTL '" + key + "'"));
    EXPECT_GT(ttl, 0) << key;
  }
  std::sort(found.begin(), found.end());
  EXPECT_EQ(found, (std::vector<std::string>{ns + ":approval:apr-9", ns + ":breaker:pay",
                                             ns + ":loop:run-7", ns + ":loopw:run-7",
                                             ns + ":run:run-7", ns + ":tenant:acme:19000",
                                             ns + ":wf:tx-1", ns + ":wfo:tx-1", ns + ":wfopen"}));
  EXPECT_TRUE(server.Cli("--scan --pattern 'blastradius:*'").empty());
}

// Round trips the store made since the last CONFIG RESETSTAT: the top-level commands it sends
// (EVALSHA, EVAL, SET, HMGET). Commands that scripts run inside the server are counted by Redis
// under their own names (hincrby, pexpire, hset, hmget), so a script's HMGET is subtracted by
// counting HMGET only when no script ran; the guard's paths here send no HMGET of their own.
int64_t CommandsServed(RedisServer& server) {
  std::istringstream stats(server.Cli("INFO commandstats"));
  int64_t total = 0;
  for (std::string line; std::getline(stats, line);) {
    if (line.rfind("cmdstat_", 0) != 0) continue;
    const std::string name = line.substr(8, line.find(':') - 8);
    if (name != "evalsha" && name != "eval" && name != "set") continue;
    total += std::stoll(line.substr(line.find("calls=") + 6));
  }
  return total;
}

TEST(RedisStateStoreTest, AllowPathIsOneRoundTripPerCall) {
  RedisServer& server = SharedRedis();
  ASSERT_GT(server.port(), 0);
  StatusOr<std::unique_ptr<StateStore>> store = server.Open(UniqueNamespace());
  ASSERT_TRUE(store.ok()) << store.status().ToString();
  ManualEnv env;
  SwitchExecutor executor;
  std::unique_ptr<Replica> replica = MakeReplica(
      // Every shared run limit on (the defaults, loop window included), and a tenant cap.
      R"({"tenant_budget": {"tenant": "acme", "max_cost_usd_per_day": 100}})", &env, &executor,
      store->get());
  ASSERT_TRUE(replica->guard);
  Guard* guard = replica->guard.get();
  server.Cli("CONFIG RESETSTAT");
  constexpr int kCalls = 10;  // $2.50 of the default $5 run budget
  for (int i = 0; i < kCalls; ++i) {
    ASSERT_TRUE(guard->Call(ToolCall{"r", "pay", {{"i", i}}}).status.ok());
  }
  EXPECT_EQ(CommandsServed(server), kCalls);  // one EVALSHA each: check and charge together
  executor.failing = true;  // a failure is reported: a second round trip, on the failure path
  EXPECT_FALSE(guard->Call(ToolCall{"r", "pay", {{"i", -1}}}).status.ok());
  EXPECT_EQ(CommandsServed(server), kCalls + 2) << server.Cli("INFO commandstats");
}

// A charge of one attempt of `tool` in run `run_id`, every other field at its default.
AttemptCharge ChargeOf(const std::string& tool, const std::string& run_id) {
  AttemptCharge c;
  c.tool = tool;
  c.run_id = run_id;
  return c;
}

TEST(InProcessStateStoreTest, ForgetRunFreesTheRunsCounters) {
  std::unique_ptr<StateStore> s = NewInProcessStateStore();
  AttemptCharge c = ChargeOf("pay", "r");
  c.cost_micros = 2;
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());
  EXPECT_EQ(s->RunUsage("r")->cost_micros, 2);
  s->ForgetRun("r");
  EXPECT_EQ(s->RunUsage("r")->calls, 0);
}

// A caller that hands over the pair's fingerprint (the guard does, computed once per call) is
// counted on the same pair as one that hands over only the arguments: the third identical call
// is a loop whichever way each of them came.
TEST(InProcessStateStoreTest, LoopKeyHandedOverCountsTheSamePairAsTheArguments) {
  std::unique_ptr<StateStore> s = NewInProcessStateStore();
  AttemptCharge c = ChargeOf("pay", "r");
  c.new_step = true;
  c.loop = LoopDetectionOptions{};
  c.loop.max_identical_calls = 2;
  c.loop.window = 0;
  const std::string args = R"({"to":"bob"})";
  c.canonical_args = args;
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());  // no key: the store computes it
  c.loop_key = LoopDetector::KeyOf("pay", args);
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());
  // Another pair's key is another count.
  c.loop_key = LoopDetector::KeyOf("pay", R"({"to":"eve"})");
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());
  c.loop_key = LoopDetector::KeyOf("pay", args);
  StatusOr<Admission> third = s->AdmitAttempt(c);
  ASSERT_TRUE(third.ok());
  EXPECT_EQ(third->verdict, AdmitVerdict::kLoop) << third->reason;
}

// A caller that hands over the run id's and the tool's hashes (the guard does: the run id once
// per call, the tool once per change of tool) reaches the same run counters, the same per-tool
// count and the same breaker as one that hands over only the strings.
TEST(InProcessStateStoreTest, HashesHandedOverFindTheSameRunToolCountAndBreaker) {
  std::unique_ptr<StateStore> s = NewInProcessStateStore();
  AttemptCharge c = ChargeOf("pay", "run-with-a-long-enough-id");
  c.tool_max_calls = 3;
  c.breaker.failure_threshold = 1;
  c.breaker.reset_timeout_ms = 60'000;
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());  // no hashes: the store computes them
  c.run_id_hash = TransparentStringHash{}(c.run_id);
  c.tool_hash = TransparentStringHash{}(c.tool);
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());
  EXPECT_EQ(s->RunUsage(c.run_id)->calls, 2);  // one run, whichever way it was found
  c.run_id_hash.reset();
  ASSERT_TRUE(s->AdmitAttempt(c)->admitted());
  c.run_id_hash = TransparentStringHash{}(c.run_id);
  StatusOr<Admission> fourth = s->AdmitAttempt(c);
  ASSERT_TRUE(fourth.ok());
  EXPECT_EQ(fourth->verdict, AdmitVerdict::kRunToolCalls) << fourth->reason;  // 3 of "pay" counted

  // A failure recorded by name opens the breaker an admission with the tool's hash finds.
  c.run_id = "another-run";
  c.run_id_hash = TransparentStringHash{}(c.run_id);
  ASSERT_TRUE(s->RecordOutcome("pay", c.breaker, BreakerOutcome::kFailure, 0).ok());
  StatusOr<Admission> refused = s->AdmitAttempt(c);
  ASSERT_TRUE(refused.ok());
  EXPECT_EQ(refused->verdict, AdmitVerdict::kBreakerOpen);
  EXPECT_EQ(refused->reason, "circuit open after 1 consecutive failures; half-open in 60000 ms");
  EXPECT_EQ(*s->BreakerStateOf("pay", c.breaker, 0), BreakerState::kOpen);
  c.tool = "read";  // another tool's breaker is its own, found by its own hash
  c.tool_hash = TransparentStringHash{}(c.tool);
  EXPECT_TRUE(s->AdmitAttempt(c)->admitted());
}

// A test process that dies without running its destructors (an ASan abort, a crash, a kill) must
// not leave its redis-server behind holding the test's output pipe: ctest then waits for that
// pipe's EOF until its timeout (900 s in CI) instead of reporting the failure. Here a child
// process starts a server and dies at once; the pipe that was its stdout and stderr must close.
TEST(RedisServerTest, ServerOfATestProcessThatDiesNeitherOutlivesItNorHoldsItsOutputOpen) {
  int out[2];
  ASSERT_EQ(pipe(out), 0);
  const pid_t child = fork();
  ASSERT_GE(child, 0);
  if (child == 0) {
    close(out[0]);
    dup2(out[1], STDOUT_FILENO);
    dup2(out[1], STDERR_FILENO);
    close(out[1]);
    auto* server = new testing::RedisServer();  // never destroyed: the process just dies
    const bool started = server->Start();
    // Its scratch folder, for the parent to remove (no destructor here does).
    const std::string dir_line = server->dir() + "\n";
    if (write(STDOUT_FILENO, dir_line.data(), dir_line.size()) < 0) _exit(4);
    _exit(started ? 0 : 3);
  }
  close(out[1]);
  int status = 0;
  ASSERT_EQ(waitpid(child, &status, 0), child);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0) << "the server did not start";
  // Bounded wait on real time (a real process): EOF within 10 s, or the server holds the pipe.
  pollfd p{out[0], POLLIN, 0};
  bool eof = false;
  std::string said;
  for (int i = 0; i < 100 && !eof; ++i) {
    if (poll(&p, 1, 100) > 0) {
      char buf[256];
      const ssize_t n = read(out[0], buf, sizeof(buf));
      eof = n <= 0;
      if (n > 0) said.append(buf, static_cast<size_t>(n));
    }
  }
  close(out[0]);
  EXPECT_TRUE(eof) << "a redis-server outlived the test process that started it, holding its "
                      "stdout/stderr open";
  const std::string dir = said.substr(0, said.find('\n'));
  if (dir.rfind("/tmp/br-redis-", 0) == 0) {
    std::error_code ignored;
    std::filesystem::remove_all(dir, ignored);
  }
}

}  // namespace
}  // namespace blastradius
