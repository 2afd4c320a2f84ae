// Properties of transactions and the journal.
// Crash recovery: a random workflow of writing steps (ok, failed, or unknown with or without its
// effect), some steps without a compensation, some compensations that fail, ending in a commit
// or a rollback — then a crash at any byte of the journal (the file is cut there, and the world
// keeps exactly the effects that happened before that write). After recovery the world equals
// the state before the workflow, or the workflow is reported as an incident and the only
// leftovers are effects nobody could undo; a committed workflow is never undone.
// Journal lines: every entry survives encode/decode, and any single-byte corruption of a line is
// detected.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <map>
#include <memory>
#include <ostream>
#include <set>
#include <string>
#include <vector>

#include "blastradius/journal.h"
#include "blastradius/transaction.h"
#include "fakes/sim_env.h"
#include "show.h"
#include "text_gen.h"

namespace blastradius {
namespace {

using fakes::SimEnv;
using World = std::map<std::string, std::string>;

const char kJournal[] = "journal.jsonl";
const char kRecoveryJournal[] = "recovery.jsonl";

struct StepPlan {
  Outcome outcome = Outcome::kOk;
  bool applied = true;      // for unknown: did the effect happen?
  bool compensable = true;  // the tool declares a compensation
  bool comp_fails = false;  // its compensation always fails
};

std::ostream& operator<<(std::ostream& os, const StepPlan& s) {
  os << OutcomeName(s.outcome);
  if (s.outcome == Outcome::kUnknown) os << (s.applied ? "+applied" : "+not_applied");
  if (!s.compensable) os << ", no compensation";
  if (s.comp_fails) os << ", compensation fails";
  return os;
}

rc::Gen<StepPlan> GenStep() {
  return rc::gen::exec([] {
    StepPlan s;
    s.outcome = *rc::gen::weightedElement<Outcome>(
        {{5, Outcome::kOk}, {2, Outcome::kFailed}, {2, Outcome::kUnknown}});
    s.applied = s.outcome == Outcome::kOk ||
                (s.outcome == Outcome::kUnknown && *rc::gen::arbitrary<bool>());
    s.compensable = *rc::gen::weightedElement<bool>({{6, true}, {1, false}});
    s.comp_fails = *rc::gen::weightedElement<bool>({{6, false}, {1, true}});
    return s;
  });
}

std::string KeyOf(size_t i) { return "record" + std::to_string(i); }
std::string CallIdOf(size_t i) { return "run1/" + std::to_string(i + 1); }

// The world and its ledger: every mutation remembers how long the journal was when it happened.
struct LedgerWorld {
  World world;
  struct Mutation {
    size_t journal_size;
    std::string key;
    bool erase;
  };
  std::vector<Mutation> ledger;
  std::map<std::string, size_t> step_of_call;   // call_id -> step index
  std::vector<std::string> compensation_order;  // call_ids, as compensations ran

  void Apply(SimEnv& env, const std::string& key, bool erase) {
    const size_t size = env.ReadFileToString(kJournal).value().size();
    ledger.push_back({size, key, erase});
    if (erase) {
      world.erase(key);
    } else {
      world[key] = "v";
    }
  }
  // The world as it was when the journal held `k` bytes. A mutation made exactly at k happened
  // before the crash when `boundary_effects` (the crash hit the next journal write).
  World At(const World& initial, size_t k, bool boundary_effects) const {
    World w = initial;
    for (const Mutation& m : ledger) {
      if (m.journal_size > k || (m.journal_size == k && !boundary_effects)) break;
      if (m.erase) {
        w.erase(m.key);
      } else {
        w[m.key] = "v";
      }
    }
    return w;
  }
};

ToolSpec SpecFor(const StepPlan& s) {
  ToolSpec spec;
  spec.tier = Tier::kReversible;
  if (s.compensable) {
    spec.name = "create_record";
    spec.compensation = "delete_record";
  } else {
    spec.name = "post_note";
  }
  return spec;
}

CompensationRunner MakeRunner(LedgerWorld* lw, SimEnv* env, const std::vector<StepPlan>* plan) {
  return [lw, env, plan](const Invocation& inv) {
    lw->compensation_order.push_back(inv.compensates);
    auto it = lw->step_of_call.find(inv.compensates);
    if (it == lw->step_of_call.end() || inv.tool != "delete_record") {
      return ToolResult::Failed("unexpected compensation " + inv.tool + " for " + inv.compensates);
    }
    if ((*plan)[it->second].comp_fails) return ToolResult::Failed("record locked");
    lw->Apply(*env, inv.args.value("key", ""), /*erase=*/true);
    return ToolResult::Ok("deleted");
  };
}

// Steps that may have taken effect and that nobody can undo: the only legitimate leftovers.
std::set<std::string> Undoable(const std::vector<StepPlan>& plan) {
  std::set<std::string> keys;
  for (size_t i = 0; i < plan.size(); ++i) {
    if (!plan[i].compensable || plan[i].comp_fails) keys.insert(KeyOf(i));
  }
  return keys;
}

RC_GTEST_PROP(TransactionProperty, CrashAnywhereRecoversToBeforeOrIncident, ()) {
  const auto plan = *rc::gen::container<std::vector<StepPlan>>(GenStep()).as("steps");
  const bool commit = *rc::gen::arbitrary<bool>().as("commit");
  SimEnv env(1);
  const World initial = {{"existing", "keep"}};
  LedgerWorld lw;
  lw.world = initial;
  auto journal = Journal::Open(&env, kJournal);
  RC_ASSERT(journal.ok());

  // Run the workflow to its end, recording when each effect happened.
  Transaction txn("run1/tx1", "run1", journal->get());
  RC_ASSERT(txn.Begin().ok());
  for (size_t i = 0; i < plan.size(); ++i) {
    const StepPlan& s = plan[i];
    lw.step_of_call[CallIdOf(i)] = i;
    Json args = {{"key", KeyOf(i)}};
    RC_ASSERT(txn.RecordIntent(SpecFor(s), CallIdOf(i), args).ok());
    if (s.applied) lw.Apply(env, KeyOf(i), /*erase=*/false);
    RC_ASSERT(txn.RecordOutcome(CallIdOf(i), s.outcome, Json{{"key", KeyOf(i)}}).ok());
  }
  bool any_unrecoverable = false;
  for (const StepPlan& s : plan) {
    if (s.outcome != Outcome::kFailed && (!s.compensable || s.comp_fails)) {
      any_unrecoverable = true;
    }
  }
  if (commit) {
    RC_ASSERT(txn.Commit().ok());
    RC_ASSERT(txn.state() == WorkflowState::kCommitted);
  } else {
    RollbackReport report = txn.Rollback(MakeRunner(&lw, &env, &plan), "agent gave up");
    RC_ASSERT((report.state == WorkflowState::kIncident) == any_unrecoverable);
    RC_ASSERT(txn.state() == report.state);
    // Compensations ran newest first.
    for (size_t i = 1; i < lw.compensation_order.size(); ++i) {
      RC_ASSERT(lw.step_of_call[lw.compensation_order[i - 1]] >
                lw.step_of_call[lw.compensation_order[i]]);
    }
    for (const auto& [key, value] : lw.world) {
      RC_ASSERT(initial.count(key) > 0 || Undoable(plan).count(key) > 0);
    }
  }
  const World final_world = lw.world;

  // Crash: cut the journal at a random byte; the world keeps what happened before that write.
  const std::string full = env.ReadFileToString(kJournal).value();
  const size_t k = *rc::gen::inRange<size_t>(0, full.size() + 1).as("crash at journal byte");
  const bool boundary_effects = *rc::gen::arbitrary<bool>().as("effects before the cut write");
  const World crashed = lw.At(initial, k, boundary_effects);
  const std::string prefix = full.substr(0, k);
  RC_TAG(k == full.size() ? "no crash" : "crash");

  JournalRecovery recovery = RecoverJournal(prefix);
  RC_ASSERT(!recovery.corrupt);
  const bool mid_line = !prefix.empty() && prefix.back() != '\n';
  RC_ASSERT(recovery.torn_tail == mid_line);

  // What the surviving journal says happened to the workflow.
  std::set<JournalOp> ops;
  std::set<std::string> intents, definite;
  size_t pos = 0;
  while (true) {
    const size_t nl = prefix.find('\n', pos);
    if (nl == std::string::npos) break;
    StatusOr<JournalEntry> e = DecodeJournalLine(std::string_view(prefix).substr(pos, nl - pos));
    RC_ASSERT(e.ok());
    ops.insert(e->op);
    if (e->op == JournalOp::kIntent) intents.insert(e->call_id);
    if (e->op == JournalOp::kOutcome && e->outcome == "failed") definite.insert(e->call_id);
    pos = nl + 1;
  }
  // A step the journal shows possibly applied that nobody can undo makes recovery an incident.
  bool expect_incident = false;
  for (size_t i = 0; i < plan.size(); ++i) {
    if (intents.count(CallIdOf(i)) && !definite.count(CallIdOf(i)) &&
        (!plan[i].compensable || plan[i].comp_fails)) {
      expect_incident = true;
    }
  }

  SimEnv env2(2);  // the restarted process: same world, a fresh recovery journal
  LedgerWorld lw2;
  lw2.world = crashed;
  lw2.step_of_call = lw.step_of_call;
  env2.PutFile(kJournal, prefix);
  auto journal2 = Journal::Open(&env2, kRecoveryJournal);
  RC_ASSERT(journal2.ok());
  RC_ASSERT(recovery.unfinished.size() <= 1u);
  for (const UnfinishedTransaction& u : recovery.unfinished) {
    RC_ASSERT(u.txn == "run1/tx1");
    RollbackReport report =
        Transaction::Recover(u, journal2->get(), MakeRunner(&lw2, &env2, &plan));
    RC_ASSERT((report.state == WorkflowState::kIncident) == expect_incident);
    if (report.state != WorkflowState::kIncident) {
      RC_ASSERT(report.state == WorkflowState::kRolledBack);
      RC_ASSERT(lw2.world == initial);
    }
    for (const auto& [key, value] : lw2.world) {
      RC_ASSERT(initial.count(key) > 0 || Undoable(plan).count(key) > 0);
    }
  }
  const bool finished = ops.count(JournalOp::kCommitted) || ops.count(JournalOp::kRolledBack) ||
                        ops.count(JournalOp::kIncident);
  if (finished || !ops.count(JournalOp::kBegin)) RC_ASSERT(recovery.unfinished.empty());
  if (!finished && ops.count(JournalOp::kIntent)) RC_ASSERT(recovery.unfinished.size() == 1u);
  if (recovery.unfinished.empty()) {
    RC_ASSERT(lw2.world == crashed);                                    // recovery touched nothing
    if (!ops.count(JournalOp::kIntent)) RC_ASSERT(crashed == initial);  // no intent, no effect
  }
  // Nothing committed is lost: once the commit is durable, the world is the committed world.
  if (ops.count(JournalOp::kCommitted)) RC_ASSERT(lw2.world == final_world);
}

rc::Gen<std::string> AnyText() {
  return rc::gen::oneOf(rc::gen::string<std::string>(),
                        rc::gen::element<std::string>("line\nbreak", "quote\"", "\xff\xfe bad",
                                                      "tab\t\r", "caf\xc3\xa9", ""));
}

JournalEntry GenEntry() {
  JournalEntry e;
  e.seq = *rc::gen::inRange<uint64_t>(0, 1'000'000);
  e.op = *rc::gen::element(JournalOp::kBegin, JournalOp::kIntent, JournalOp::kOutcome,
                           JournalOp::kCompensating, JournalOp::kCompensated,
                           JournalOp::kCompensationFailed, JournalOp::kCommitted,
                           JournalOp::kRolledBack, JournalOp::kIncident);
  e.txn = *AnyText();
  e.run_id = *AnyText();
  e.call_id = *AnyText();
  e.tool = *rc::gen::element<std::string>("create_record", "refund", "");
  e.compensation = *rc::gen::element<std::string>("delete_record", "");
  e.args = Json{{"key", *rc::gen::inRange(0, 100)}, {"note", "x"}};
  if (*rc::gen::arbitrary<bool>()) e.undo = Json{{"key", 1}};
  e.outcome = *rc::gen::element<std::string>("ok", "failed", "unknown", "");
  e.detail = *AnyText();
  return e;
}

RC_GTEST_PROP(JournalProperty, EncodedLineIsOneLineAndCorruptionIsDetected, ()) {
  const JournalEntry e = GenEntry();
  const std::string line = EncodeJournalEntry(e);
  RC_ASSERT(!line.empty() && line.back() == '\n');
  const std::string body = line.substr(0, line.size() - 1);
  RC_ASSERT(body.find('\n') == std::string::npos);  // one entry, one line, whatever it holds
  StatusOr<JournalEntry> back = DecodeJournalLine(body);
  RC_ASSERT(back.ok());
  RC_ASSERT(back->op == e.op);
  RC_ASSERT(back->seq == e.seq);
  RC_ASSERT(back->tool == e.tool);
  RC_ASSERT(back->compensation == e.compensation);
  RC_ASSERT(back->outcome == e.outcome);
  RC_ASSERT(back->args == e.args);
  // Strings that were valid UTF-8 come back byte for byte.
  if (proptest::IsValidUtf8(e.call_id)) RC_ASSERT(back->call_id == e.call_id);
  if (proptest::IsValidUtf8(e.detail)) RC_ASSERT(back->detail == e.detail);

  const size_t at = *rc::gen::inRange<size_t>(0, body.size()).as("corrupted byte");
  const int delta = *rc::gen::inRange(1, 256).as("xor");
  std::string bad = body;
  bad[at] = static_cast<char>(static_cast<unsigned char>(bad[at]) ^ delta);
  RC_ASSERT(!DecodeJournalLine(bad).ok());
  // And in a journal, the bad line stops recovery there.
  JournalRecovery r = RecoverJournal(bad + "\n");
  RC_ASSERT(r.corrupt);
  RC_ASSERT(r.bad_line == 1u);
  RC_ASSERT(r.entries_read == 0u);
}

}  // namespace
}  // namespace blastradius
