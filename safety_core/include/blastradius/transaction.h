// Transaction: the writing steps of one workflow and how to undo them. Each step that may have
// taken effect (ok, or unknown: a timeout after the write) registers its compensation; on
// rollback the compensations run in reverse order, every one of them even after one fails.
// A possibly-applied step with no compensation, or a failed compensation, leaves the workflow
// in `incident`: never a success, never a quiet error. Every event goes to the journal first.
// Not thread-safe: the guard serializes calls within a run.
#ifndef BLASTRADIUS_TRANSACTION_H_
#define BLASTRADIUS_TRANSACTION_H_

#include <functional>
#include <string>
#include <vector>

#include "blastradius/journal.h"
#include "blastradius/manifest.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"

namespace blastradius {

enum class WorkflowState { kOpen, kCommitted, kRolledBack, kIncident };
std::string_view WorkflowStateName(WorkflowState state);  // "open", "committed", ...

// Runs one compensation invocation (through the guard's executor, with its own retries).
using CompensationRunner = std::function<ToolResult(const Invocation&)>;

struct RollbackReport {
  std::string txn;
  std::string run_id;
  WorkflowState state = WorkflowState::kRolledBack;
  int compensated = 0;                     // compensations that succeeded
  std::vector<std::string> failures;       // "restore_customer for call r1/2: record locked"
  std::vector<std::string> uncompensable;  // possibly-applied steps with no compensation
  std::string reason;                      // why the workflow was rolled back
};

class Transaction {
 public:
  // `journal` may be null (no durability); it must outlive the transaction otherwise.
  Transaction(std::string txn_id, std::string run_id, Journal* journal);

  // Journals (and syncs) that the workflow opened.
  Status Begin();
  // Journals (and syncs) that a writing step is about to reach its tool. If this fails the
  // step is not registered and the tool must not be called. Recording the same call_id again
  // (a retry journaled on its own) updates the step and keeps what its earlier attempts
  // answered. FailedPrecondition if the workflow is not open.
  Status RecordIntent(const ToolSpec& tool, const std::string& call_id, const Json& args);
  // Journals (and syncs) one answer of the step. The step keeps the riskiest answer of all its
  // attempts (RiskierOutcome: ok > unknown > failed): ok and unknown are possibly applied and
  // will be compensated; only a step whose every answer was failed has nothing to undo. The
  // caller may record each attempt's answer or only the riskiest one. NotFound without a prior
  // intent. The in-memory state is updated even if the journal write fails (the error is
  // returned).
  Status RecordOutcome(const std::string& call_id, Outcome outcome, const Json& undo);
  // Ends the workflow successfully. FailedPrecondition if it is not open.
  Status Commit();
  // Compensates every possibly-applied step, newest first. REQUIRES: state() == kOpen (if not,
  // nothing runs and the report carries the current state and a failure saying so).
  // Ends in kRolledBack, or kIncident if a step had no compensation, a compensation did not
  // return ok, or a journal write failed (each listed in the report).
  RollbackReport Rollback(const CompensationRunner& run, const std::string& reason);

  WorkflowState state() const { return state_; }
  const std::string& id() const { return txn_id_; }
  // Every step with an intent, in order; those whose answers were all failed are not undone.
  const std::vector<PendingStep>& steps() const { return steps_; }

  // Rolls back a workflow found unfinished in a journal after a crash, journaling to `journal`
  // (may be null). Steps already compensated before the crash are skipped.
  static RollbackReport Recover(const UnfinishedTransaction& unfinished, Journal* journal,
                                const CompensationRunner& run);

 private:
  Status Log(JournalOp op, const PendingStep* step, const std::string& detail, bool sync);

  std::string txn_id_;
  std::string run_id_;
  Journal* journal_;
  WorkflowState state_ = WorkflowState::kOpen;
  std::vector<PendingStep> steps_;
};

// Builds the invocation that undoes `step` (compensation tool, the step's args, its undo data,
// a call_id derived from the step's so that re-running it is idempotent).
Invocation CompensationInvocation(const std::string& run_id, const PendingStep& step);

}  // namespace blastradius

#endif  // BLASTRADIUS_TRANSACTION_H_
