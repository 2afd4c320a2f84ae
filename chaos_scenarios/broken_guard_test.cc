// Each invariant that reads ground truth catches a guard broken on purpose. The guard itself is
// never touched: the breakage is a test-only executor wrapper (RunSeedWrapped) between the guard
// and the wire, or a change to what the agent is handed, so the wire, the ledger and the agent's
// view show what a broken guard would have let happen while the guard's own audit, journal and
// decisions still say all is well.
#include <gtest/gtest.h>

#include <map>

#include "chaos_scenarios/invariants.h"
#include "chaos_scenarios/run.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::chaos {
namespace {

const std::string kScenarios = std::string(BLASTRADIUS_SOURCE_DIR) + "/chaos_scenarios/scenarios";

Scenario Load(const std::string& file) {
  LoadError err;
  std::optional<Scenario> s = LoadScenario(kScenarios + "/" + file, {}, &err);
  EXPECT_TRUE(s.has_value()) << err.status.ToString();
  return s ? *s : Scenario{};
}

Scenario LoadText(const std::string& text) {
  LoadError err;
  std::optional<Scenario> s = LoadScenarioText(text, kScenarios + "/broken.json", {}, &err);
  EXPECT_TRUE(s.has_value()) << err.status.ToString();
  return s ? *s : Scenario{};
}

SeedResult RunBroken(const Scenario& s, const ExecutorWrapper& wrap) {
  StatusOr<std::shared_ptr<const Detector>> detector = DetectorFor(s.policy);
  EXPECT_TRUE(detector.ok());
  return RunSeedWrapped(s, 1, detector.ok() ? *detector : nullptr, wrap);
}

// A broken rollback: every compensation "succeeds" without reaching the tool.
class FakeCompensations : public ToolExecutor {
 public:
  explicit FakeCompensations(ToolExecutor* inner) : inner_(inner) {}
  ToolResult Execute(const Invocation& inv) override {
    if (!inv.compensates.empty()) return ToolResult::Ok(R"({"ok": true})");
    return inner_->Execute(inv);
  }

 private:
  ToolExecutor* inner_;
};

TEST(BrokenGuardTest, AtomicWorkflowCatchesARollbackThatNeverReachedTheWorld) {
  const Scenario s = Load("workflow_rolls_back_on_failure.json");
  SeedResult honest = RunBroken(s, nullptr);
  ASSERT_TRUE(honest.passed) << honest.failures[0];
  SeedResult broken =
      RunBroken(s, [](ToolExecutor* inner) { return std::make_unique<FakeCompensations>(inner); });
  EXPECT_EQ(broken.outcome, "rolled_back") << "the guard believes it rolled back";
  InvariantResult r = CheckInvariant("atomic_workflow", broken.history, s);
  EXPECT_FALSE(r.held);
  EXPECT_NE(r.evidence.find("is still in the world"), std::string::npos) << r.evidence;
  InvariantResult silent = CheckInvariant("no_silent_failure", broken.history, s);
  EXPECT_FALSE(silent.held) << "the guard said rolled back; the world says otherwise";
}

// A broken executor layer: every invocation is delivered twice.
class DoubleDelivery : public ToolExecutor {
 public:
  explicit DoubleDelivery(ToolExecutor* inner) : inner_(inner) {}
  ToolResult Execute(const Invocation& inv) override {
    inner_->Execute(inv);
    return inner_->Execute(inv);
  }

 private:
  ToolExecutor* inner_;
};

TEST(BrokenGuardTest, BudgetRespectedCountsWhatReachedToolsNotWhatTheGuardCounted) {
  const Scenario s = LoadText(R"({"scenario": "b", "description": "d",
    "failure_modes": ["runaway_execution"], "checklist": ["budgets_enforced"],
    "tools": "tools.json", "policy": "policy.json",
    "policy_overrides": {"budget": {"max_tool_calls": 3}},
    "agent": {"kind": "scripted", "plan": [{"tool": "lookup_account", "args": {"id": 1}},
      {"tool": "lookup_account", "args": {"id": 2}}, {"tool": "lookup_account", "args": {"id": 3}},
      {"tool": "lookup_account", "args": {"id": 4}}]},
    "expect": {"outcome": "halted", "invariants": ["budget_respected"]}})");
  ASSERT_TRUE(RunBroken(s, nullptr).passed);
  SeedResult broken =
      RunBroken(s, [](ToolExecutor* inner) { return std::make_unique<DoubleDelivery>(inner); });
  InvariantResult r = CheckInvariant("budget_respected", broken.history, s);
  EXPECT_FALSE(r.held);
  EXPECT_NE(r.evidence.find("max_tool_calls is 3"), std::string::npos) << r.evidence;
}

// A broken approval binding: an approved tier-3 call is replayed under a second call id.
class ReplayApprovedCall : public ToolExecutor {
 public:
  explicit ReplayApprovedCall(ToolExecutor* inner) : inner_(inner) {}
  ToolResult Execute(const Invocation& inv) override {
    ToolResult r = inner_->Execute(inv);
    Invocation again = inv;
    again.call_id = inv.call_id + "-replay";
    inner_->Execute(again);
    return r;
  }

 private:
  ToolExecutor* inner_;
};

TEST(BrokenGuardTest, NoUnapprovedSideEffectsCatchesAReusedApproval) {
  const Scenario s = Load("approval_arrives_in_time.json");
  ASSERT_TRUE(RunBroken(s, nullptr).passed);
  SeedResult broken =
      RunBroken(s, [](ToolExecutor* inner) { return std::make_unique<ReplayApprovedCall>(inner); });
  InvariantResult r = CheckInvariant("no_unapproved_side_effects", broken.history, s);
  EXPECT_FALSE(r.held) << "one approval authorises one call";
  EXPECT_NE(r.evidence.find("-replay"), std::string::npos) << r.evidence;
}

// Remembers what each call's tool really returned, before the guard's sanitizer.
class RawOutputs : public ToolExecutor {
 public:
  RawOutputs(ToolExecutor* inner, std::map<std::string, std::string>* raw)
      : inner_(inner), raw_(raw) {}
  ToolResult Execute(const Invocation& inv) override {
    ToolResult r = inner_->Execute(inv);
    (*raw_)[inv.call_id] = r.output;
    return r;
  }

 private:
  ToolExecutor* inner_;
  std::map<std::string, std::string>* raw_;
};

TEST(BrokenGuardTest, OutputsSanitizedReadsWhatTheAgentSawNotTheAuditRecord) {
  const Scenario s = Load("injection_plain_quarantined.json");
  std::map<std::string, std::string> raw;
  SeedResult run = RunBroken(
      s, [&raw](ToolExecutor* inner) { return std::make_unique<RawOutputs>(inner, &raw); });
  ASSERT_TRUE(run.passed) << run.failures[0];
  // The broken guard: it hands the agent the raw tool output and raises no alert, while its
  // audit records still say "quarantined" with findings.
  RunHistory h = run.history;
  for (const fakes::AgentCall& c : h.agent_calls) {
    if (raw.count(c.call_id)) h.agent_outputs[static_cast<size_t>(c.index) - 1] = raw[c.call_id];
  }
  std::vector<Json> kept;
  for (const Json& a : h.alerts) {
    if (a.value("kind", "") != "injection_detected") kept.push_back(a);
  }
  h.alerts = kept;
  InvariantResult r = CheckInvariant("outputs_sanitized", h, s);
  EXPECT_FALSE(r.held);
  EXPECT_NE(r.evidence.find("readable as an instruction"), std::string::npos) << r.evidence;
}

}  // namespace
}  // namespace blastradius::chaos
