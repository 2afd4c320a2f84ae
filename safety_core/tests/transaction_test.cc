#include "blastradius/transaction.h"

#include <gtest/gtest.h>

#include <map>

#include "blastradius/guard.h"
#include "test_env.h"

namespace blastradius {
namespace {

constexpr char kPath[] = "/journal.jsonl";

ToolSpec Spec(std::string name, std::optional<std::string> compensation) {
  ToolSpec spec;
  spec.name = std::move(name);
  spec.tier = Tier::kConsequential;
  spec.compensation = std::move(compensation);
  return spec;
}

// Runs compensations, records every invocation, and answers per compensation tool.
class FakeCompensator {
 public:
  void Answer(const std::string& tool, ToolResult result) { answers_[tool] = std::move(result); }
  CompensationRunner Runner() {
    return [this](const Invocation& inv) {
      calls_.push_back(inv);
      auto it = answers_.find(inv.tool);
      return it == answers_.end() ? ToolResult::Ok("undone") : it->second;
    };
  }
  const std::vector<Invocation>& calls() const { return calls_; }
  std::vector<std::string> compensated_calls() const {
    std::vector<std::string> out;
    for (const Invocation& inv : calls_) out.push_back(inv.compensates);
    return out;
  }

 private:
  std::map<std::string, ToolResult> answers_;
  std::vector<Invocation> calls_;
};

std::vector<JournalEntry> ReadEntries(testing::ManualEnv& env) {
  std::string contents = env.Contents(kPath);
  std::vector<JournalEntry> out;
  size_t pos = 0;
  for (size_t nl; (nl = contents.find('\n', pos)) != std::string::npos; pos = nl + 1) {
    StatusOr<JournalEntry> e = DecodeJournalLine(std::string_view(contents).substr(pos, nl - pos));
    EXPECT_TRUE(e.ok()) << e.status().ToString();
    if (e.ok()) out.push_back(*e);
  }
  return out;
}

std::vector<std::string> Ops(const std::vector<JournalEntry>& entries) {
  std::vector<std::string> out;
  for (const JournalEntry& e : entries) {
    out.push_back(std::string(JournalOpName(e.op)) + (e.call_id.empty() ? "" : ":" + e.call_id));
  }
  return out;
}

class TransactionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto j = Journal::Open(&env_, kPath);
    ASSERT_TRUE(j.ok()) << j.status().ToString();
    journal_ = std::move(j).value();
  }
  // Records an intent and an outcome for one step.
  void Step(Transaction& txn, const std::string& tool, std::optional<std::string> comp,
            const std::string& call_id, Outcome outcome) {
    ASSERT_TRUE(txn.RecordIntent(Spec(tool, comp), call_id, {{"id", call_id}}).ok());
    ASSERT_TRUE(txn.RecordOutcome(call_id, outcome, {{"before", call_id}}).ok());
  }

  testing::ManualEnv env_;
  std::unique_ptr<Journal> journal_;
  FakeCompensator comp_;
};

TEST_F(TransactionTest, StateNames) {
  EXPECT_EQ(WorkflowStateName(WorkflowState::kOpen), "open");
  EXPECT_EQ(WorkflowStateName(WorkflowState::kCommitted), "committed");
  EXPECT_EQ(WorkflowStateName(WorkflowState::kRolledBack), "rolled_back");
  EXPECT_EQ(WorkflowStateName(WorkflowState::kIncident), "incident");
}

TEST_F(TransactionTest, CompensationInvocationIsDerivedFromTheStep) {
  PendingStep step;
  step.call_id = "r1/2";
  step.tool = "update_customer";
  step.compensation = "restore_customer";
  step.args = {{"customer", "c-1"}};
  step.undo = {{"email", "old@x"}};
  Invocation inv = CompensationInvocation("r1", step);
  EXPECT_EQ(inv.run_id, "r1");
  EXPECT_EQ(inv.tool, "restore_customer");
  EXPECT_EQ(inv.args, step.args);
  EXPECT_EQ(inv.undo, step.undo);
  EXPECT_EQ(inv.compensates, "r1/2");
  EXPECT_EQ(inv.call_id, "r1/2/undo");
  EXPECT_EQ(inv.attempt, 1);
}

TEST_F(TransactionTest, IntentIsDurableBeforeReturning) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  EXPECT_EQ(env_.SyncedBytes(kPath), env_.Contents(kPath).size());
  ASSERT_TRUE(txn.RecordIntent(Spec("update", "restore"), "c1", {{"a", 1}}).ok());
  EXPECT_EQ(env_.SyncedBytes(kPath), env_.Contents(kPath).size());
  std::vector<JournalEntry> entries = ReadEntries(env_);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1].op, JournalOp::kIntent);
  EXPECT_EQ(entries[1].tool, "update");
  EXPECT_EQ(entries[1].compensation, "restore");
  EXPECT_EQ(entries[1].args, Json({{"a", 1}}));
}

TEST_F(TransactionTest, CommitEndsTheWorkflow) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  Step(txn, "update", "restore", "c1", Outcome::kOk);
  ASSERT_TRUE(txn.Commit().ok());
  EXPECT_EQ(txn.state(), WorkflowState::kCommitted);
  EXPECT_EQ(env_.SyncedBytes(kPath), env_.Contents(kPath).size());
  EXPECT_EQ(txn.Commit().code(), StatusCode::kFailedPrecondition);
  EXPECT_EQ(txn.RecordIntent(Spec("x", "y"), "c2", {}).code(), StatusCode::kFailedPrecondition);
  EXPECT_TRUE(RecoverJournal(env_.Contents(kPath)).unfinished.empty());
  // Rolling back a committed workflow runs nothing.
  RollbackReport r = txn.Rollback(comp_.Runner(), "late");
  EXPECT_TRUE(comp_.calls().empty());
  EXPECT_EQ(r.state, WorkflowState::kCommitted);
  EXPECT_FALSE(r.failures.empty());
}

TEST_F(TransactionTest, RollbackRunsCompensationsNewestFirst) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  Step(txn, "update_a", "restore_a", "c1", Outcome::kOk);
  Step(txn, "update_b", "restore_b", "c2", Outcome::kUnknown);
  Step(txn, "update_c", "restore_c", "c3", Outcome::kFailed);  // nothing happened: skipped
  Step(txn, "update_d", "restore_d", "c4", Outcome::kOk);
  ASSERT_EQ(txn.steps().size(), 4u);
  EXPECT_FALSE(txn.steps()[2].PossiblyApplied());

  RollbackReport r = txn.Rollback(comp_.Runner(), "step 5 failed");
  EXPECT_EQ(comp_.compensated_calls(), (std::vector<std::string>{"c4", "c2", "c1"}));
  EXPECT_EQ(comp_.calls()[1].tool, "restore_b");
  EXPECT_EQ(comp_.calls()[1].undo, Json({{"before", "c2"}}));
  EXPECT_EQ(r.state, WorkflowState::kRolledBack);
  EXPECT_EQ(txn.state(), WorkflowState::kRolledBack);
  EXPECT_EQ(r.compensated, 3);
  EXPECT_TRUE(r.failures.empty());
  EXPECT_TRUE(r.uncompensable.empty());
  EXPECT_EQ(r.reason, "step 5 failed");
  EXPECT_EQ(r.txn, "t1");
  EXPECT_EQ(txn.Commit().code(), StatusCode::kFailedPrecondition);

  std::vector<JournalEntry> entries = ReadEntries(env_);
  EXPECT_EQ(
      Ops(entries),
      (std::vector<std::string>{
          "begin", "intent:c1", "outcome:c1", "intent:c2", "outcome:c2", "intent:c3", "outcome:c3",
          "intent:c4", "outcome:c4", "compensating:c4", "compensated:c4", "compensating:c2",
          "compensated:c2", "compensating:c1", "compensated:c1", "rolled_back"}));
  EXPECT_EQ(entries[6].outcome, "failed");
  EXPECT_EQ(entries.back().detail, "step 5 failed");
  for (size_t i = 1; i < entries.size(); ++i) EXPECT_EQ(entries[i].seq, entries[i - 1].seq + 1);
  EXPECT_EQ(env_.SyncedBytes(kPath), env_.Contents(kPath).size());
  EXPECT_TRUE(RecoverJournal(env_.Contents(kPath)).unfinished.empty());
}

TEST_F(TransactionTest, MissingCompensationIsAnIncident) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  Step(txn, "update_a", "restore_a", "c1", Outcome::kOk);
  Step(txn, "send_email", std::nullopt, "c2", Outcome::kUnknown);
  Step(txn, "send_sms", std::nullopt, "c3", Outcome::kFailed);  // definitely not sent: fine
  RollbackReport r = txn.Rollback(comp_.Runner(), "boom");
  EXPECT_EQ(r.state, WorkflowState::kIncident);
  EXPECT_EQ(txn.state(), WorkflowState::kIncident);
  ASSERT_EQ(r.uncompensable.size(), 1u);
  EXPECT_NE(r.uncompensable[0].find("send_email"), std::string::npos);
  EXPECT_NE(r.uncompensable[0].find("c2"), std::string::npos);
  EXPECT_EQ(comp_.compensated_calls(), (std::vector<std::string>{"c1"}));
  EXPECT_EQ(r.compensated, 1);
  EXPECT_EQ(ReadEntries(env_).back().op, JournalOp::kIncident);
}

TEST_F(TransactionTest, FailingCompensationIsAnIncidentAndTheRestStillRun) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  Step(txn, "update_a", "restore_a", "c1", Outcome::kOk);
  Step(txn, "update_b", "restore_b", "c2", Outcome::kOk);
  Step(txn, "update_c", "restore_c", "c3", Outcome::kOk);
  comp_.Answer("restore_c", ToolResult::Failed("record locked"));
  comp_.Answer("restore_b", ToolResult::Unknown("timeout"));
  RollbackReport r = txn.Rollback(comp_.Runner(), "boom");
  EXPECT_EQ(comp_.compensated_calls(), (std::vector<std::string>{"c3", "c2", "c1"}));
  EXPECT_EQ(r.state, WorkflowState::kIncident);
  EXPECT_EQ(r.compensated, 1);
  ASSERT_EQ(r.failures.size(), 2u);
  EXPECT_EQ(r.failures[0], "restore_c for call c3: failed: record locked");
  EXPECT_EQ(r.failures[1], "restore_b for call c2: unknown: timeout");
  EXPECT_EQ(Ops(ReadEntries(env_)).back(), "incident");
  std::vector<std::string> ops = Ops(ReadEntries(env_));
  EXPECT_NE(std::find(ops.begin(), ops.end(), "compensation_failed:c3"), ops.end());
  EXPECT_NE(std::find(ops.begin(), ops.end(), "compensated:c1"), ops.end());
}

TEST_F(TransactionTest, OutcomeWithoutIntentIsNotFound) {
  Transaction txn("t1", "r1", journal_.get());
  EXPECT_EQ(txn.RecordOutcome("nope", Outcome::kOk, nullptr).code(), StatusCode::kNotFound);
}

TEST_F(TransactionTest, IntentThatCannotBeJournaledIsNotRegistered) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  env_.FailAppends(true);
  EXPECT_FALSE(txn.RecordIntent(Spec("update", "restore"), "c1", {}).ok());
  EXPECT_TRUE(txn.steps().empty());
}

TEST_F(TransactionTest, JournalFailureDuringRollbackIsAnIncident) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  Step(txn, "update", "restore", "c1", Outcome::kOk);
  env_.FailAppends(true);
  RollbackReport r = txn.Rollback(comp_.Runner(), "boom");
  EXPECT_EQ(comp_.calls().size(), 1u);  // the compensation still ran
  EXPECT_EQ(r.compensated, 1);
  EXPECT_EQ(r.state, WorkflowState::kIncident);
  ASSERT_FALSE(r.failures.empty());
  EXPECT_EQ(r.failures[0].rfind("journal: ", 0), 0u);
}

TEST_F(TransactionTest, WorksWithoutAJournal) {
  Transaction txn("t1", "r1", nullptr);
  ASSERT_TRUE(txn.Begin().ok());
  Step(txn, "update", "restore", "c1", Outcome::kOk);
  RollbackReport r = txn.Rollback(comp_.Runner(), "boom");
  EXPECT_EQ(r.state, WorkflowState::kRolledBack);
  EXPECT_EQ(r.compensated, 1);
}

TEST_F(TransactionTest, RecoverSkipsStepsCompensatedBeforeTheCrash) {
  {
    Transaction txn("t1", "r1", journal_.get());
    ASSERT_TRUE(txn.Begin().ok());
    Step(txn, "update_a", "restore_a", "c1", Outcome::kOk);
    Step(txn, "update_b", "restore_b", "c2", Outcome::kOk);
    // Crash in the middle of a rollback: c2 was compensated, c1 not yet.
    ASSERT_TRUE(journal_
                    ->Append({0, JournalOp::kCompensated, "t1", "r1", "c2", "update_b", "restore_b",
                              nullptr, nullptr, "", ""},
                             true)
                    .ok());
  }
  JournalRecovery rec = RecoverJournal(env_.Contents(kPath));
  ASSERT_EQ(rec.unfinished.size(), 1u);
  auto j = Journal::Open(&env_, kPath);
  ASSERT_TRUE(j.ok());
  RollbackReport r = Transaction::Recover(rec.unfinished[0], j->get(), comp_.Runner());
  EXPECT_EQ(comp_.compensated_calls(), (std::vector<std::string>{"c1"}));
  EXPECT_EQ(comp_.calls()[0].undo, Json({{"before", "c1"}}));
  EXPECT_EQ(r.state, WorkflowState::kRolledBack);
  EXPECT_EQ(r.txn, "t1");
  EXPECT_EQ(r.run_id, "r1");
  EXPECT_TRUE(RecoverJournal(env_.Contents(kPath)).unfinished.empty());
}

// What recovery found, as text: each unfinished workflow and its steps.
std::string Summary(const JournalRecovery& rec) {
  std::string out;
  for (const UnfinishedTransaction& t : rec.unfinished) {
    out += t.txn + ":";
    for (const PendingStep& s : t.steps) {
      out += " " + s.call_id + "/" + (s.outcome == Outcome::kOk ? "ok" : "unknown") +
             (s.compensated ? "/compensated" : "") + "/" + CanonicalJson(s.undo);
    }
    out += ";";
  }
  return out;
}

// The workflow the crash simulation cuts: every kind of step and a rollback.
std::string WriteWorkflow(testing::ManualEnv& env, std::vector<size_t>* line_ends) {
  auto journal = Journal::Open(&env, kPath);
  EXPECT_TRUE(journal.ok());
  Transaction txn("t1", "r1", journal->get());
  auto mark = [&] { line_ends->push_back(env.Contents(kPath).size()); };
  EXPECT_TRUE(txn.Begin().ok());
  mark();
  EXPECT_TRUE(txn.RecordIntent(Spec("update_a", "restore_a"), "c1", {{"k", "v\n"}}).ok());
  mark();
  EXPECT_TRUE(txn.RecordOutcome("c1", Outcome::kOk, {{"old", 1}}).ok());
  mark();
  EXPECT_TRUE(txn.RecordIntent(Spec("charge", "refund"), "c2", {{"usd", 5}}).ok());
  mark();
  EXPECT_TRUE(txn.RecordOutcome("c2", Outcome::kFailed, nullptr).ok());
  mark();
  EXPECT_TRUE(txn.RecordIntent(Spec("email", std::nullopt), "c3", {}).ok());
  mark();
  EXPECT_TRUE(txn.RecordOutcome("c3", Outcome::kUnknown, nullptr).ok());
  mark();
  EXPECT_TRUE(txn.RecordIntent(Spec("update_b", "restore_b"), "c4", {}).ok());
  mark();
  FakeCompensator comp;
  RollbackReport r = txn.Rollback(comp.Runner(), "boom");
  EXPECT_EQ(r.state, WorkflowState::kIncident);  // c3 has no compensation
  std::string contents = env.Contents(kPath);
  for (size_t i = line_ends->back(); i < contents.size(); ++i) {
    if (contents[i] == '\n') line_ends->push_back(i + 1);
  }
  return contents;
}

TEST(CrashSimulationTest, RecoveryAtEveryByteOffsetNeverTrustsAPartialLine) {
  testing::ManualEnv env;
  std::vector<size_t> line_ends;
  const std::string journal = WriteWorkflow(env, &line_ends);
  ASSERT_EQ(line_ends.back(), journal.size());

  std::vector<std::string> by_lines = {Summary(RecoverJournal(""))};
  for (size_t end : line_ends) {
    by_lines.push_back(Summary(RecoverJournal(std::string_view(journal).substr(0, end))));
  }
  for (size_t cut = 0; cut <= journal.size(); ++cut) {
    SCOPED_TRACE("cut at byte " + std::to_string(cut));
    const std::string_view prefix = std::string_view(journal).substr(0, cut);
    JournalRecovery rec = RecoverJournal(prefix);
    const size_t whole_lines =
        std::upper_bound(line_ends.begin(), line_ends.end(), cut) - line_ends.begin();
    const bool at_line_end = cut == 0 || (whole_lines > 0 && line_ends[whole_lines - 1] == cut);
    EXPECT_FALSE(rec.corrupt);
    EXPECT_EQ(rec.torn_tail, !at_line_end);
    EXPECT_EQ(rec.entries_read, whole_lines);
    EXPECT_EQ(rec.trusted_bytes, whole_lines == 0 ? 0 : line_ends[whole_lines - 1]);

    // Recovery from a cut is recovery from its complete lines: the partial line adds nothing.
    EXPECT_EQ(Summary(rec), by_lines[whole_lines]);

    // Rolling back what was found compensates exactly the possibly-applied steps, newest first.
    if (rec.unfinished.empty()) continue;
    FakeCompensator comp;
    RollbackReport r = Transaction::Recover(rec.unfinished[0], nullptr, comp.Runner());
    std::vector<std::string> expected;
    for (auto it = rec.unfinished[0].steps.rbegin(); it != rec.unfinished[0].steps.rend(); ++it) {
      if (!it->compensated && !it->compensation.empty()) expected.push_back(it->call_id);
    }
    EXPECT_EQ(comp.compensated_calls(), expected);
    EXPECT_EQ(r.compensated, static_cast<int>(expected.size()));
  }
}

TEST(CrashSimulationTest, CutAfterAnIntentLeavesThatStepPossiblyApplied) {
  testing::ManualEnv env;
  std::vector<size_t> line_ends;
  const std::string journal = WriteWorkflow(env, &line_ends);
  // Line 2 is c1's intent, line 4 c2's, line 8 c4's; cut right after each, and also in the
  // middle of the outcome line that follows.
  for (auto [line, call_id] :
       std::vector<std::pair<size_t, std::string>>{{2, "c1"}, {4, "c2"}, {8, "c4"}}) {
    for (size_t extra : {size_t{0}, size_t{10}}) {
      const size_t cut = line_ends[line - 1] + extra;
      JournalRecovery rec = RecoverJournal(std::string_view(journal).substr(0, cut));
      ASSERT_EQ(rec.unfinished.size(), 1u);
      const std::vector<PendingStep>& steps = rec.unfinished[0].steps;
      ASSERT_FALSE(steps.empty());
      EXPECT_EQ(steps.back().call_id, call_id);
      EXPECT_EQ(steps.back().outcome, Outcome::kUnknown);
      EXPECT_FALSE(steps.back().compensated);

      FakeCompensator comp;
      RollbackReport r = Transaction::Recover(rec.unfinished[0], nullptr, comp.Runner());
      ASSERT_FALSE(comp.calls().empty());
      EXPECT_EQ(comp.calls()[0].compensates, call_id);  // newest first, and it is compensated
    }
  }
}

TEST(CrashSimulationTest, DefiniteFailuresAreNeverCompensatedAfterRecovery) {
  testing::ManualEnv env;
  std::vector<size_t> line_ends;
  const std::string journal = WriteWorkflow(env, &line_ends);
  // Once c2's failed outcome (line 5) is durable, c2 is never compensated.
  for (size_t cut = line_ends[4]; cut < line_ends.back(); cut += 7) {
    JournalRecovery rec = RecoverJournal(std::string_view(journal).substr(0, cut));
    ASSERT_EQ(rec.unfinished.size(), 1u);
    for (const PendingStep& s : rec.unfinished[0].steps) EXPECT_NE(s.call_id, "c2");
  }
}

// Issue 11 row 2: a step answered unknown (maybe applied) and then failed on its retries was
// journaled as failed and dropped: its effect was never undone.
TEST_F(TransactionTest, LaterFailedAnswerDoesNotHideAnEarlierUnknown) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  ASSERT_TRUE(txn.RecordIntent(Spec("update_a", "restore_a"), "c1", {{"id", "c1"}}).ok());
  ASSERT_TRUE(txn.RecordOutcome("c1", Outcome::kUnknown, nullptr).ok());
  ASSERT_TRUE(txn.RecordOutcome("c1", Outcome::kFailed, nullptr).ok());

  // Recovery from the journal sees the step as possibly applied ...
  JournalRecovery rec = RecoverJournal(env_.Contents(kPath));
  ASSERT_EQ(rec.unfinished.size(), 1u);
  ASSERT_EQ(rec.unfinished[0].steps.size(), 1u);
  EXPECT_EQ(rec.unfinished[0].steps[0].outcome, Outcome::kUnknown);
  // ... and so does the live rollback.
  RollbackReport r = txn.Rollback(comp_.Runner(), "agent gave up");
  EXPECT_EQ(comp_.compensated_calls(), (std::vector<std::string>{"c1"}));
  EXPECT_EQ(r.compensated, 1);
}

TEST_F(TransactionTest, AnOkAnswerKeepsItsUndoWhateverIsAnsweredAfterIt) {
  Transaction txn("t1", "r1", journal_.get());
  ASSERT_TRUE(txn.Begin().ok());
  ASSERT_TRUE(txn.RecordIntent(Spec("update_a", "restore_a"), "c1", {}).ok());
  ASSERT_TRUE(txn.RecordOutcome("c1", Outcome::kOk, {{"before", 1}}).ok());
  ASSERT_TRUE(txn.RecordOutcome("c1", Outcome::kUnknown, nullptr).ok());
  ASSERT_TRUE(txn.RecordOutcome("c1", Outcome::kFailed, nullptr).ok());
  JournalRecovery rec = RecoverJournal(env_.Contents(kPath));
  ASSERT_EQ(rec.unfinished.size(), 1u);
  ASSERT_EQ(rec.unfinished[0].steps.size(), 1u);
  EXPECT_EQ(rec.unfinished[0].steps[0].outcome, Outcome::kOk);
  EXPECT_EQ(rec.unfinished[0].steps[0].undo, Json({{"before", 1}}));
  txn.Rollback(comp_.Runner(), "abort");
  ASSERT_EQ(comp_.calls().size(), 1u);
  EXPECT_EQ(comp_.calls()[0].undo, Json({{"before", 1}}));
}

TEST(RiskierOutcomeTest, AnythingPossiblyAppliedBeatsFailed) {
  EXPECT_EQ(RiskierOutcome(Outcome::kFailed, Outcome::kUnknown), Outcome::kUnknown);
  EXPECT_EQ(RiskierOutcome(Outcome::kUnknown, Outcome::kFailed), Outcome::kUnknown);
  EXPECT_EQ(RiskierOutcome(Outcome::kOk, Outcome::kFailed), Outcome::kOk);
  EXPECT_EQ(RiskierOutcome(Outcome::kUnknown, Outcome::kOk), Outcome::kOk);
  EXPECT_EQ(RiskierOutcome(Outcome::kFailed, Outcome::kFailed), Outcome::kFailed);
}

// The same bug through the guard: an idempotent tier-2 writer inside a workflow answers
// unknown, then its retries fail transiently.
class GuardWorkflowTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto j = Journal::Open(&env_, kPath);
    ASSERT_TRUE(j.ok()) << j.status().ToString();
    journal_ = std::move(j).value();
    guard_ = Build(journal_.get());
  }
  std::unique_ptr<Guard> Build(Journal* journal) {
    StatusOr<Manifest> manifest = Manifest::Parse(R"({"tools": [
      {"name": "set_email", "tier": 2, "idempotent": true, "compensation": "restore_email",
       "description": "set a customer's email"},
      {"name": "restore_email", "tier": 2, "description": "put the old email back"}]})",
                                                  "tools.json");
    EXPECT_TRUE(manifest.ok()) << manifest.status().ToString();
    StatusOr<Policy> policy = Policy::Parse(R"({"approval": {"tiers": []}})", "policy.json");
    EXPECT_TRUE(policy.ok()) << policy.status().ToString();
    GuardDeps deps;
    deps.env = &env_;
    deps.executor = &executor_;
    deps.audit = &audit_;
    deps.alerts = &alerts_;
    deps.journal = journal;
    StatusOr<std::unique_ptr<Guard>> guard = Guard::Create(*manifest, *policy, deps);
    EXPECT_TRUE(guard.ok()) << guard.status().ToString();
    return guard.ok() ? std::move(guard).value() : nullptr;
  }

  // set_email: attempt 1 applies the change and answers unknown (the reply was lost); every
  // later attempt fails transiently. restore_email undoes it.
  class Executor : public ToolExecutor {
   public:
    ToolResult Execute(const Invocation& inv) override {
      if (inv.tool == "restore_email") {
        ++undone;
        return ToolResult::Ok("restored");
      }
      if (inv.attempt == 1) {
        ++applied;
        return ToolResult::Unknown("connection reset after the request was sent");
      }
      return ToolResult::Failed("503 service unavailable", /*transient=*/true);
    }
    int applied = 0;
    int undone = 0;
  };

  testing::ManualEnv env_;
  Executor executor_;
  MemoryAuditSink audit_;
  MemoryAlertSink alerts_;
  std::unique_ptr<Journal> journal_;
  std::unique_ptr<Guard> guard_;
};

TEST_F(GuardWorkflowTest, PossiblyAppliedStepWhoseRetriesFailIsUndoneOnAbort) {
  ASSERT_TRUE(guard_->BeginWorkflow("r1").ok());
  CallResult r = guard_->Call(ToolCall{"r1", "set_email", {{"email", "x@example.com"}}});
  ASSERT_EQ(r.attempts, 3);
  ASSERT_EQ(executor_.applied, 1);
  RollbackReport report = guard_->AbortWorkflow("r1", "agent gave up");
  EXPECT_EQ(report.compensated, 1);
  EXPECT_EQ(executor_.undone, 1) << "effects applied=1, undone=" << executor_.undone;
}

TEST_F(GuardWorkflowTest, PossiblyAppliedStepWhoseRetriesFailIsUndoneAfterACrash) {
  ASSERT_TRUE(guard_->BeginWorkflow("r1").ok());
  guard_->Call(ToolCall{"r1", "set_email", {{"email", "x@example.com"}}});
  ASSERT_EQ(executor_.applied, 1);
  // Crash: the process dies with the workflow open. A new process recovers from the journal.
  guard_.reset();
  journal_.reset();
  auto j = Journal::Open(&env_, kPath);
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  journal_ = std::move(j).value();
  guard_ = Build(journal_.get());
  JournalRecovery rec = RecoverJournal(env_.Contents(kPath));
  ASSERT_EQ(rec.unfinished.size(), 1u);
  std::vector<RollbackReport> reports = guard_->Recover(rec);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].compensated, 1);
  EXPECT_EQ(executor_.undone, 1) << "effects applied=1, undone=" << executor_.undone;
}

}  // namespace
}  // namespace blastradius
