#include "chaos_scenarios/invariants.h"

#include <gtest/gtest.h>

namespace blastradius::chaos {
namespace {

class InvariantsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto m = Manifest::Parse(R"({"tools": [
      {"name": "read", "tier": 0, "description": "r"},
      {"name": "write", "tier": 1, "compensation": "unwrite", "description": "w"},
      {"name": "unwrite", "tier": 1, "description": "u"},
      {"name": "pay", "tier": 3, "external": true, "description": "p"}]})",
                             "t");
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    s_.manifest = *m;
    s_.policy.circuit_breaker.failure_threshold = 2;
    s_.policy.circuit_breaker.reset_timeout_ms = 1000;
    s_.policy.retry.max_attempts = 3;
    s_.policy.budget.max_tool_calls = 3;
    h_.run_id = "r";
  }

  fakes::WireRecord Wire(const std::string& tool, const std::string& call_id, int attempt,
                         int64_t t, const std::string& outcome) {
    fakes::WireRecord w;
    w.run_id = "r";
    w.tool = tool;
    w.call_id = call_id;
    w.attempt = attempt;
    w.start_ms = w.end_ms = t;
    w.deadline_ms = t + 100;
    w.outcome = outcome;
    h_.wire.push_back(w);
    h_.order.push_back({'w', h_.wire.size() - 1});
    return w;
  }

  fakes::Effect& Effect(const std::string& tool, int tier, const std::string& call_id) {
    fakes::Effect e;
    e.seq = static_cast<int64_t>(h_.ledger.size()) + 1;
    e.run_id = "r";
    e.tool = tool;
    e.tier = tier;
    e.call_id = call_id;
    h_.ledger.push_back(e);
    return h_.ledger.back();
  }

  bool Holds(const std::string& name) { return CheckInvariant(name, h_, s_).held; }

  chaos::Scenario s_;
  RunHistory h_;
};

TEST_F(InvariantsTest, BudgetCountsWhatReachedToolsAndNothingAfterHalt) {
  Wire("read", "r/1", 1, 0, "ok");
  Wire("read", "r/2", 1, 0, "ok");
  EXPECT_TRUE(Holds("budget_respected"));
  h_.audit_lines.push_back(R"({"decision": "halted"})");  // the guard's word: not read
  h_.order.push_back({'a', 0});
  EXPECT_TRUE(Holds("budget_respected"));
  fakes::AgentCall halted;  // what the agent saw
  halted.index = 1;
  halted.status = "resource_exhausted";
  halted.halted = true;
  h_.agent_calls.push_back(halted);
  h_.order.push_back({'c', 0});
  Wire("read", "r/3", 1, 0, "ok");
  InvariantResult r = CheckInvariant("budget_respected", h_, s_);
  EXPECT_FALSE(r.held);
  EXPECT_NE(r.evidence.find("after the agent saw its run halted"), std::string::npos) << r.evidence;
  Wire("read", "r/4", 1, 0, "ok");
  EXPECT_NE(CheckInvariant("budget_respected", h_, s_).evidence.find("max_tool_calls"),
            std::string::npos);
}

TEST_F(InvariantsTest, BreakerMustKeepCallsAwayUntilResetTimeout) {
  Wire("pay", "r/1", 1, 0, "failed");
  Wire("pay", "r/2", 1, 10, "failed");
  Wire("pay", "r/3", 1, 1010, "ok");  // half-open probe after the reset timeout: fine
  EXPECT_TRUE(Holds("breaker_respected"));
  Wire("pay", "r/4", 1, 1020, "failed");
  Wire("pay", "r/5", 1, 1030, "failed");
  Wire("pay", "r/6", 1, 1040, "ok");  // too early
  EXPECT_FALSE(Holds("breaker_respected"));
}

TEST_F(InvariantsTest, RetriesOfIrreversibleToolsAreNeverAutomatic) {
  Wire("read", "r/1", 1, 0, "failed");
  Wire("read", "r/1", 2, 5, "ok");
  EXPECT_TRUE(Holds("retries_bounded"));
  Wire("pay", "r/2", 1, 10, "failed");
  Wire("pay", "r/2", 2, 20, "ok");
  EXPECT_FALSE(Holds("retries_bounded"));
}

TEST_F(InvariantsTest, SideEffectsOfGatedTiersNeedAnApproval) {
  Effect("write", 1, "r/1");
  EXPECT_TRUE(Holds("no_unapproved_side_effects"));
  Effect("pay", 3, "r/2").approved = true;
  EXPECT_TRUE(Holds("no_unapproved_side_effects"));
  Effect("pay", 3, "r/3");
  EXPECT_FALSE(Holds("no_unapproved_side_effects"));
}

TEST_F(InvariantsTest, InjectedEffectsOnlyWithADeliberateApproval) {
  Effect("write", 1, "r/1").injected = true;  // tier 1: reversible, allowed
  EXPECT_TRUE(Holds("injection_contained"));
  fakes::Effect& e = Effect("pay", 3, "r/2");
  e.injected = true;
  e.approved = true;
  s_.approver.kind = "approve_all";
  EXPECT_FALSE(Holds("injection_contained")) << "a rubber stamp is not containment";
  s_.approver.kind = "approve_only";
  EXPECT_TRUE(Holds("injection_contained"));
}

TEST_F(InvariantsTest, UncommittedWorkflowMustLeaveNothingOrRaiseAnIncident) {
  s_.agent.transaction = true;
  Effect("write", 1, "r/1");
  EXPECT_FALSE(Holds("atomic_workflow"));
  EXPECT_FALSE(Holds("no_silent_failure"));
  h_.alerts.push_back({{"kind", "rollback_failed"}});
  h_.outcome = "incident";
  EXPECT_TRUE(Holds("atomic_workflow"));
  EXPECT_TRUE(Holds("no_silent_failure"));
  h_.outcome = "completed";
  EXPECT_FALSE(Holds("no_silent_failure"));
}

TEST_F(InvariantsTest, EveryWireAttemptAndAgentCallHasAnAuditRecord) {
  Wire("read", "r/1", 1, 0, "ok");
  EXPECT_FALSE(Holds("every_call_logged"));
  Json rec = {{"call_id", "r/1"}, {"attempt", 1}};
  h_.audit_lines.push_back(rec.dump());
  EXPECT_FALSE(Holds("every_call_logged")) << "required fields are missing";
}

TEST_F(InvariantsTest, OutputsMustBeCleanAndBounded) {
  h_.agent_outputs = {"fine"};
  EXPECT_TRUE(Holds("outputs_sanitized"));
  h_.agent_outputs = {std::string("bad \xff byte")};
  EXPECT_FALSE(Holds("outputs_sanitized"));
  h_.agent_outputs = {std::string("overlong \xc0\xaf slash")};  // lax decoders accept it
  EXPECT_FALSE(Holds("outputs_sanitized"));
  h_.agent_outputs = {std::string("C1 control \xc2\x9b 2J")};  // U+009B, a CSI
  EXPECT_FALSE(Holds("outputs_sanitized"));
  h_.agent_outputs = {std::string("surrogate \xed\xa0\x80")};
  EXPECT_FALSE(Holds("outputs_sanitized"));
  h_.agent_outputs = {std::string(s_.policy.sanitizer.max_output_bytes + 1000, 'a')};
  EXPECT_FALSE(Holds("outputs_sanitized"));
}

}  // namespace
}  // namespace blastradius::chaos
