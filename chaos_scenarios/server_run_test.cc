#include "chaos_scenarios/server_run.h"

#include <gtest/gtest.h>

#include "chaos_scenarios/invariants.h"

namespace blastradius::chaos {
namespace {

Scenario ServerScenario() {
  Scenario s;
  s.name = "srv";
  StatusOr<Manifest> m = Manifest::FromJson(Json::parse(R"({"tools": [
    {"name": "read", "tier": 0, "description": "r"},
    {"name": "write_note", "tier": 1, "compensation": "undo_note", "description": "w"},
    {"name": "undo_note", "tier": 1, "description": "u"},
    {"name": "pay", "tier": 3, "description": "p"}]})"),
                                            "test");
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  s.manifest = std::move(*m);
  s.server = ServerCommand{{"server"}, {}};
  return s;
}

std::string Attempt(const std::string& tool, const std::string& call_id, int64_t request,
                    const std::string& outcome = "ok", const std::string& compensates = "") {
  return Json{{"event", "server_call"}, {"client_request_id", request},
              {"tool", tool},           {"call_id", call_id},
              {"attempt", 1},           {"args", {{"to", "x"}}},
              {"outcome", outcome},     {"compensates", compensates},
              {"start_ms", 10},         {"end_ms", 12}}
      .dump();
}

std::string Answer(const std::string& call_id, int64_t request) {
  return Json{{"event", "answer"}, {"client_request_id", request}, {"call_id", call_id}}.dump();
}

std::string Approved(const std::string& tool) {
  return Json{{"event", "answer"}, {"tool", tool}, {"args", {{"to", "x"}}}, {"decision", "approve"}}
      .dump();
}

RunHistory History(const Scenario& s, const ServerRunFiles& files, size_t calls) {
  RunHistory h;
  std::vector<int64_t> ids;
  for (size_t i = 0; i < calls; ++i) {
    fakes::AgentCall c;
    c.index = static_cast<int>(i) + 1;
    c.tool = "pay";
    c.args = Json{{"to", "x"}};
    h.agent_calls.push_back(c);
    h.agent_outputs.push_back("ok");
    ids.push_back(static_cast<int64_t>(i) + 1);
  }
  FillServerHistory(s, files, ids, &h);
  return h;
}

// Regression: a server run started /proc/self/exe as `blastradius proxy`. In any program other
// than the blastradius command (bench_chaos, a user's own harness, this test) that started the
// program itself again, which ran the same scenario again, and so on: one bench_chaos run left
// 137 processes behind in two minutes. A program that has not named the blastradius command gets
// a failed seed that says so, and nothing is started.
TEST(ServerRunTest, ProgramThatIsNotTheBlastradiusCommandDoesNotStartItselfAsTheProxy) {
  ASSERT_EQ(BlastradiusCommand(), "");  // this test program never names one
  const SeedResult r = RunServerSeed(ServerScenario(), 7);
  EXPECT_FALSE(r.passed);
  EXPECT_EQ(r.outcome, "error");
  EXPECT_EQ(r.history.seed, 7u);
  ASSERT_EQ(r.failures.size(), 1u);
  EXPECT_NE(r.failures[0].find("SetBlastradiusCommand"), std::string::npos) << r.failures[0];
  EXPECT_NE(r.failures[0].find("blastradius proxy"), std::string::npos) << r.failures[0];
}

TEST(ServerRunTest, TierThreeCallThatReachedTheServerWithoutApprovalBreaksTheInvariant) {
  const Scenario s = ServerScenario();
  ServerRunFiles files;
  files.wire_log = {Attempt("pay", "r/1", 1), Answer("r/1", 1)};
  const RunHistory h = History(s, files, 1);
  ASSERT_EQ(h.ledger.size(), 1u) << "the attempt reached the server and did not fail";
  EXPECT_FALSE(h.ledger[0].approved);
  EXPECT_FALSE(CheckInvariant("no_unapproved_side_effects", h, s).held);

  files.approvals = {Approved("pay")};
  EXPECT_TRUE(CheckInvariant("no_unapproved_side_effects", History(s, files, 1), s).held)
      << "the human's own record approves exactly this call";
}

TEST(ServerRunTest, OneApprovalCoversOneCallOnly) {
  const Scenario s = ServerScenario();
  ServerRunFiles files;
  files.approvals = {Approved("pay")};
  files.wire_log = {Attempt("pay", "r/1", 1), Answer("r/1", 1), Attempt("pay", "r/2", 2),
                    Answer("r/2", 2)};
  const RunHistory h = History(s, files, 2);
  ASSERT_EQ(h.ledger.size(), 2u);
  EXPECT_TRUE(h.ledger[0].approved);
  EXPECT_FALSE(h.ledger[1].approved) << "approvals are single-use";
  EXPECT_FALSE(CheckInvariant("no_unapproved_side_effects", h, s).held);
}

TEST(ServerRunTest, DefiniteFailuresAreNotEffectsAndCompensationsUndoThem) {
  const Scenario s = ServerScenario();
  ServerRunFiles files;
  files.wire_log = {Attempt("write_note", "r/1", 1), Answer("r/1", 1),
                    Attempt("pay", "r/2", 2, "failed"),
                    Attempt("undo_note", "r/1/undo", 2, "ok", "r/1"), Answer("r/2", 2)};
  const RunHistory h = History(s, files, 2);
  ASSERT_EQ(h.ledger.size(), 1u) << "a definite failure did nothing";
  EXPECT_EQ(h.ledger[0].tool, "write_note");
  EXPECT_TRUE(h.ledger[0].undone);
  EXPECT_EQ(h.ledger[0].undone_by_tool, "undo_note");
  // The agent's calls get their ids and whether they reached the server from the wire log.
  EXPECT_EQ(h.agent_calls[0].call_id, "r/1");
  EXPECT_TRUE(h.agent_calls[0].reached_tool);
  EXPECT_EQ(h.agent_calls[1].call_id, "r/2");
  // Order: each call's wire records come before the agent saw its answer.
  std::string order;
  for (const HistoryEvent& e : h.order) order += e.type;
  EXPECT_EQ(order, "wcwwc");
}

TEST(ServerRunTest, AttemptsAfterTheAgentSawAHaltBreakBudgetRespected) {
  const Scenario s = ServerScenario();
  ServerRunFiles files;
  files.wire_log = {Answer("r/1", 1), Attempt("read", "r/2", 2), Answer("r/2", 2)};
  RunHistory h;
  fakes::AgentCall halted;
  halted.index = 1;
  halted.tool = "read";
  halted.decision = "halted";
  halted.halted = true;
  fakes::AgentCall after = halted;
  after.index = 2;
  h.agent_calls = {halted, after};
  h.agent_outputs = {"halted", "x"};
  FillServerHistory(s, files, {1, 2}, &h);
  EXPECT_FALSE(CheckInvariant("budget_respected", h, s).held);
}

}  // namespace
}  // namespace blastradius::chaos
