// Workflow handover through the Redis state store: a replica killed (SIGKILL) mid-workflow has
// its rollback finished by another replica, in reverse order, exactly once, although several
// replicas (separate processes) race to take it over; a replica whose lease was taken over is
// fenced off. Time is each replica's ManualEnv: leases end on the injectable clock, no sleeps.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <csignal>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "blastradius/guard.h"
#include "blastradius/state_store.h"
#include "redis_server.h"
#include "test_env.h"

namespace blastradius {
namespace {

using testing::ManualEnv;
using testing::SharedRedis;

constexpr int64_t kLeaseMs = 5'000;

constexpr char kManifest[] = R"({"tools": [
  {"name": "pay", "tier": 1, "compensation": "refund", "description": "charge a card"},
  {"name": "refund", "tier": 1, "description": "refund a card"}
]})";

// Succeeds; remembers every compensation it ran ("<tool> for <call id>"), in order.
class RecordingExecutor : public ToolExecutor {
 public:
  ToolResult Execute(const Invocation& inv) override {
    std::lock_guard<std::mutex> lock(mu);
    if (!inv.compensates.empty()) undone.push_back(inv.tool + " for " + inv.compensates);
    ++calls;
    return ToolResult::Ok("done");
  }
  std::mutex mu;
  std::vector<std::string> undone;
  int calls = 0;
};

// Every replica in this process gets its own seed: its own incarnation (owner id, call ids).
uint64_t NextSeed() {
  static std::atomic<uint64_t> next{1};
  return next++;
}

// One replica: its own env, store connection, journal (mirrored to the store) and guard.
struct Replica {
  // `name`: the replica's name; its owner id is a new incarnation of it.
  explicit Replica(const std::string& ns, const std::string& name, int64_t advance_ms = 0) {
    env.Advance(advance_ms);
    StatusOr<std::unique_ptr<StateStore>> s = SharedRedis().Open(ns);
    if (!s.ok()) {
      error = s.status().ToString();
      return;
    }
    store = std::move(*s);
    StatusOr<std::unique_ptr<Journal>> j = Journal::Open(&env, "/journal");
    if (!j.ok()) {
      error = j.status().ToString();
      return;
    }
    journal = std::move(*j);
    owner = NewFleetOwnerId(&env, name);
    journal->SetMirror(FleetJournalMirror(store.get(), &env, owner, kLeaseMs));
    StatusOr<Manifest> manifest = Manifest::Parse(kManifest, "tools.json");
    StatusOr<Policy> policy =
        Policy::Parse(R"({"loop_detection": {"enabled": false}})", "policy.json");
    GuardDeps deps;
    deps.env = &env;
    deps.executor = &executor;
    deps.audit = &audit;
    deps.alerts = &alerts;
    deps.journal = journal.get();
    deps.state = store.get();
    StatusOr<std::unique_ptr<Guard>> g = Guard::Create(*manifest, *policy, deps);
    if (!g.ok()) {
      error = g.status().ToString();
      return;
    }
    guard = std::move(*g);
  }
  bool ok() const { return guard != nullptr; }

  // Opens a workflow on run-1 and makes `payments` payments in it; false if any step failed.
  bool PayInWorkflow(int payments) {
    bool ok = guard->BeginWorkflow("run-1").ok();
    for (int i = 1; ok && i <= payments; ++i) {
      ok = guard->Call(ToolCall{"run-1", "pay", {{"i", i}}}).status.ok();
    }
    return ok;
  }

  // Claims what has been abandoned and rolls it back; returns the reports.
  std::vector<RollbackReport> TakeOver(int* claimed) {
    StatusOr<std::vector<UnfinishedTransaction>> got =
        store->ClaimAbandonedWorkflows(owner, env.EpochMillis(), kLeaseMs, 10);
    *claimed = got.ok() ? static_cast<int>(got->size()) : -1;
    if (!got.ok()) return {};
    JournalRecovery recovery;
    recovery.unfinished = std::move(*got);
    return guard->Recover(recovery);
  }

  ManualEnv env{NextSeed()};
  RecordingExecutor executor;
  MemoryAuditSink audit;
  MemoryAlertSink alerts;
  std::unique_ptr<StateStore> store;
  std::unique_ptr<Journal> journal;
  std::unique_ptr<Guard> guard;
  std::string owner;
  std::string error;
};

// Reads all of `fd` until EOF.
std::string ReadAll(int fd) {
  std::string out;
  char buf[512];
  for (ssize_t n; (n = read(fd, buf, sizeof(buf))) > 0;) out.append(buf, static_cast<size_t>(n));
  return out;
}

TEST(RedisWorkflowHandoverTest, ReplicaKilledMidWorkflowIsRolledBackByAnotherExactlyOnce) {
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = testing::UniqueKeyNamespace("h");
  // Replica A (its own process): opens a workflow, makes two payments, then is killed -9.
  int ready[2];
  ASSERT_EQ(pipe(ready), 0);
  const pid_t a = fork();
  ASSERT_GE(a, 0);
  if (a == 0) {
    close(ready[0]);
    Replica r(ns, "replica-a");
    const char verdict = r.ok() && r.PayInWorkflow(2) ? 'y' : 'n';
    if (write(ready[1], &verdict, 1) != 1) _exit(1);
    for (;;) pause();  // mid-workflow: neither committed nor rolled back, until SIGKILL
  }
  close(ready[1]);
  char verdict = 0;
  ASSERT_EQ(read(ready[0], &verdict, 1), 1);
  close(ready[0]);
  kill(a, SIGKILL);
  int status = 0;
  waitpid(a, &status, 0);
  ASSERT_TRUE(WIFSIGNALED(status));
  ASSERT_EQ(verdict, 'y') << "replica A could not make its payments";

  {  // Its lease has not ended yet: nobody may take the workflow over.
    Replica early(ns, "replica-early");
    ASSERT_TRUE(early.ok()) << early.error;
    int claimed = 0;
    early.TakeOver(&claimed);
    EXPECT_EQ(claimed, 0);
    EXPECT_EQ(early.executor.calls, 0);
  }

  // Three replicas (processes) race to take it over once the lease has ended.
  constexpr int kClaimers = 3;
  std::vector<std::pair<pid_t, int>> claimers;
  for (int c = 0; c < kClaimers; ++c) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    const pid_t pid = fork();
    ASSERT_GE(pid, 0);
    if (pid == 0) {
      close(fds[0]);
      Replica r(ns, "replica-" + std::to_string(c), kLeaseMs + 1);
      std::string out = "error " + r.error;
      if (r.ok()) {
        int claimed = 0;
        std::vector<RollbackReport> reports = r.TakeOver(&claimed);
        out = "claimed " + std::to_string(claimed);
        for (const RollbackReport& rep : reports) {
          out += " state " + std::string(WorkflowStateName(rep.state)) + " compensated " +
                 std::to_string(rep.compensated);
        }
        for (const std::string& u : r.executor.undone) out += "\n" + u;
      }
      const bool written =
          write(fds[1], out.data(), out.size()) == static_cast<ssize_t>(out.size());
      _exit(written ? 0 : 1);
    }
    close(fds[1]);
    claimers.emplace_back(pid, fds[0]);
  }
  int winners = 0;
  std::string winner;
  for (auto [pid, fd] : claimers) {
    const std::string out = ReadAll(fd);
    close(fd);
    waitpid(pid, &status, 0);
    EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    if (out.rfind("claimed 0", 0) == 0) continue;
    ++winners;
    winner = out;
  }
  EXPECT_EQ(winners, 1) << winner;
  // Newest first: the second payment is refunded before the first.
  const std::string run_prefix = "refund for run-1/";
  EXPECT_EQ(winner.rfind("claimed 1 state rolled_back compensated 2\n" + run_prefix, 0), 0u)
      << winner;
  const size_t second = winner.find(".2");
  const size_t first = winner.find(".1", winner.find('\n'));
  EXPECT_NE(second, std::string::npos) << winner;
  EXPECT_NE(first, std::string::npos) << winner;
  EXPECT_LT(second, first) << winner;

  // Rolled back and closed: a replica that looks much later finds nothing left to do.
  Replica late(ns, "replica-late", 100 * kLeaseMs);
  ASSERT_TRUE(late.ok()) << late.error;
  int claimed = -1;
  late.TakeOver(&claimed);
  EXPECT_EQ(claimed, 0);
  EXPECT_EQ(late.executor.calls, 0);
}

TEST(RedisWorkflowHandoverTest, OwnerWhoseLeaseWasTakenOverIsFencedOff) {
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = testing::UniqueKeyNamespace("h");
  Replica a(ns, "replica-a");
  ASSERT_TRUE(a.ok()) << a.error;
  ASSERT_TRUE(a.PayInWorkflow(1));
  // A stalls past its lease; B takes the workflow over and rolls it back.
  Replica b(ns, "replica-b", kLeaseMs + 1);
  ASSERT_TRUE(b.ok()) << b.error;
  int claimed = 0;
  std::vector<RollbackReport> reports = b.TakeOver(&claimed);
  ASSERT_EQ(claimed, 1);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].state, WorkflowState::kRolledBack);
  EXPECT_EQ(b.executor.undone.size(), 1u);
  // A wakes up: its next writing step cannot be journaled, so it never reaches the tool...
  const int before = a.executor.calls;
  CallResult next = a.guard->Call(ToolCall{"run-1", "pay", {{"i", 2}}});
  EXPECT_FALSE(next.status.ok());
  EXPECT_FALSE(next.reached_tool);
  // ...and its own rollback compensates nothing: B already did.
  a.guard->AbortWorkflow("run-1", "stalled replica gives up");
  EXPECT_EQ(a.executor.calls, before);
  EXPECT_TRUE(a.executor.undone.empty());
}

TEST(RedisWorkflowHandoverTest, RestartedClaimerLeavesItsPartlyJournaledTakeoverToTheFleet) {
  ASSERT_GT(SharedRedis().port(), 0);
  const std::string ns = testing::UniqueKeyNamespace("h");
  Replica a(ns, "replica-a");
  ASSERT_TRUE(a.ok()) << a.error;
  ASSERT_TRUE(a.PayInWorkflow(2));
  // A dies. B takes the workflow over, refunds the second payment, journals it (its local file
  // and the store), and dies before the first refund.
  ManualEnv b_env;
  b_env.Advance(kLeaseMs + 1);
  StatusOr<std::unique_ptr<StateStore>> b_store = SharedRedis().Open(ns);
  ASSERT_TRUE(b_store.ok()) << b_store.status().ToString();
  const std::string b_owner = NewFleetOwnerId(&b_env, "replica-b");
  StatusOr<std::vector<UnfinishedTransaction>> claimed =
      (*b_store)->ClaimAbandonedWorkflows(b_owner, b_env.EpochMillis(), kLeaseMs, 10);
  ASSERT_TRUE(claimed.ok()) << claimed.status().ToString();
  ASSERT_EQ(claimed->size(), 1u);
  ASSERT_EQ((*claimed)[0].steps.size(), 2u);
  StatusOr<std::unique_ptr<Journal>> b_journal = Journal::Open(&b_env, "/journal");
  ASSERT_TRUE(b_journal.ok());
  (*b_journal)->SetMirror(FleetJournalMirror(b_store->get(), &b_env, b_owner, kLeaseMs));
  const PendingStep& second = (*claimed)[0].steps[1];
  for (JournalOp op : {JournalOp::kCompensating, JournalOp::kCompensated}) {
    JournalEntry e;
    e.op = op;
    e.txn = (*claimed)[0].txn;
    e.run_id = "run-1";
    e.call_id = second.call_id;
    e.tool = second.tool;
    e.compensation = second.compensation;
    ASSERT_TRUE((*b_journal)->Append(e, true).ok());
  }
  b_journal->reset();
  // B restarts (a new incarnation: a new owner id) and recovers its local journal, which holds
  // only the second refund: it must neither compensate nor close the workflow.
  Replica b2(ns, "replica-b");
  ASSERT_TRUE(b2.ok()) << b2.error;
  StatusOr<std::string> partial = b_env.ReadFileToString("/journal");
  ASSERT_TRUE(partial.ok());
  b2.guard->Recover(RecoverJournal(*partial));
  EXPECT_EQ(b2.executor.calls, 0);
  // Once B's lease ends, the fleet record (the whole story) is claimed: only the first payment
  // is left to refund, and it is refunded once.
  b2.env.Advance(2 * kLeaseMs + 2);
  int got = 0;
  std::vector<RollbackReport> reports = b2.TakeOver(&got);
  ASSERT_EQ(got, 1);
  ASSERT_EQ(reports.size(), 1u);
  EXPECT_EQ(reports[0].state, WorkflowState::kRolledBack);
  EXPECT_EQ(reports[0].compensated, 1);
  ASSERT_EQ(b2.executor.undone.size(), 1u);
  EXPECT_EQ(b2.executor.undone[0], "refund for " + (*claimed)[0].steps[0].call_id);
}

TEST(InProcessStateStoreTest, KeepsNoWorkflowRecordsItsOwnJournalRecoversThem) {
  std::unique_ptr<StateStore> s = NewInProcessStateStore();
  JournalEntry begin;
  begin.op = JournalOp::kBegin;
  begin.txn = "t";
  begin.run_id = "r";
  EXPECT_TRUE(s->AppendWorkflowEntry(begin, "a", 0, kLeaseMs).ok());
  StatusOr<std::vector<UnfinishedTransaction>> claimed =
      s->ClaimAbandonedWorkflows("b", 100 * kLeaseMs, kLeaseMs, 10);
  ASSERT_TRUE(claimed.ok());
  EXPECT_TRUE(claimed->empty());
}

}  // namespace
}  // namespace blastradius
