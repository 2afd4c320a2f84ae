#include "chaos_scenarios/invariants.h"

#include <gtest/gtest.h>

#include "blastradius/audit_log.h"

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

// An audit record with every required field, as the guard writes it (AuditRecordToLine).
Json FullRecord(const std::string& call_id, int attempt, const std::string& outcome) {
  AuditRecord rec;
  rec.run_id = "r";
  rec.tool_name = "read";
  rec.call_id = call_id;
  rec.attempt = attempt;
  rec.outcome = outcome;
  return Json::parse(AuditRecordToLine(rec));
}

TEST_F(InvariantsTest, EveryCallLoggedReadsTheLinesBytesAndOnlyTheirTopLevel) {
  Wire("read", "r/1", 1, 0, "ok");
  h_.agent_calls.push_back({});
  h_.agent_calls.back().index = 1;
  h_.agent_calls.back().call_id = "r/1";
  h_.audit_lines = {FullRecord("r/1", 1, "ok").dump()};
  const InvariantResult whole = CheckInvariant("every_call_logged", h_, s_);
  EXPECT_TRUE(whole.held) << whole.evidence;

  // The same line cut short, or with something after the object: not one JSON object.
  const std::string line = h_.audit_lines[0];
  for (const std::string& bad : {line.substr(0, line.size() - 1), line + " {}", line + "x",
                                 std::string("[") + line + "]", std::string("{}")}) {
    h_.audit_lines = {bad};
    const InvariantResult r = CheckInvariant("every_call_logged", h_, s_);
    EXPECT_FALSE(r.held) << bad;
    EXPECT_NE(r.evidence.find("is not one JSON object on one line"), std::string::npos)
        << r.evidence;
  }

  // A required field only inside tool_inputs is missing; one at the top level of any type is
  // there.
  Json nested = FullRecord("r/1", 1, "ok");
  nested.erase("risk_tier");
  nested["tool_inputs"] = {{"risk_tier", 0}};
  h_.audit_lines = {nested.dump()};
  InvariantResult r = CheckInvariant("every_call_logged", h_, s_);
  EXPECT_FALSE(r.held);
  EXPECT_NE(r.evidence.find("lacks required field \"risk_tier\""), std::string::npos) << r.evidence;
  nested["risk_tier"] = Json::array();
  h_.audit_lines = {nested.dump()};
  EXPECT_TRUE(Holds("every_call_logged"));

  // The call id and attempt that match the wire are the top-level ones, and a key given twice
  // counts its last value, as a parsed tree does.
  Json other = FullRecord("r/2", 1, "ok");
  other["tool_inputs"] = {{"call_id", "r/1"}, {"attempt", 1}};
  h_.audit_lines = {other.dump()};
  r = CheckInvariant("every_call_logged", h_, s_);
  EXPECT_FALSE(r.held);
  EXPECT_NE(r.evidence.find("reached the tool with no audit record"), std::string::npos)
      << r.evidence;
  std::string twice = FullRecord("r/2", 1, "ok").dump();
  twice.insert(1, R"("call_id":"r/1",)");  // first r/1, then the record's own r/2
  h_.audit_lines = {twice};
  EXPECT_FALSE(Holds("every_call_logged"));
  twice = FullRecord("r/1", 1, "ok").dump();
  twice.insert(1, R"("call_id":"r/2",)");
  h_.audit_lines = {twice};
  EXPECT_TRUE(Holds("every_call_logged"));

  // A wrong attempt number: the wire's attempt 1 has no record.
  h_.audit_lines = {FullRecord("r/1", 2, "ok").dump()};
  EXPECT_FALSE(Holds("every_call_logged"));
}

TEST_F(InvariantsTest, FailedAttemptNeedsAnAuditRecordThatSaysItDidNotSucceed) {
  Wire("read", "r/1", 1, 0, "error");
  EXPECT_FALSE(Holds("no_silent_failure"));
  h_.audit_lines = {FullRecord("r/1", 1, "ok").dump()};
  EXPECT_FALSE(Holds("no_silent_failure")) << "its record says ok";
  h_.audit_lines = {FullRecord("r/1", 2, "failed").dump()};
  EXPECT_FALSE(Holds("no_silent_failure")) << "a record of another attempt";
  h_.audit_lines = {FullRecord("r/1", 1, "failed").dump()};
  EXPECT_TRUE(Holds("no_silent_failure"));
  h_.audit_lines = {"not json", FullRecord("r/1", 1, "unknown").dump()};
  EXPECT_TRUE(Holds("no_silent_failure"));
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
