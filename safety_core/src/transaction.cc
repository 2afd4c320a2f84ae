#include "blastradius/transaction.h"

#include <algorithm>
#include <utility>

namespace blastradius {
namespace {

std::string OutcomeText(Outcome outcome) { return std::string(OutcomeName(outcome)); }

// Appends one entry about `step` (may be null) of transaction `txn`; OK without a journal.
Status AppendEntry(Journal* journal, const std::string& txn, const std::string& run_id,
                   JournalOp op, const PendingStep* step, const std::string& detail, bool sync) {
  if (journal == nullptr) return Status::Ok();
  JournalEntry e;
  e.op = op;
  e.txn = txn;
  e.run_id = run_id;
  e.detail = detail;
  if (step != nullptr) {
    e.call_id = step->call_id;
    e.tool = step->tool;
    e.compensation = step->compensation;
    if (op == JournalOp::kIntent) e.args = step->args;
    if (op == JournalOp::kOutcome) {
      e.undo = step->undo;
      e.outcome = OutcomeText(step->outcome);
    }
  }
  return journal->Append(std::move(e), sync);
}

std::string StepLabel(const PendingStep& step) {
  return step.tool + " call " + step.call_id + " (outcome " + OutcomeText(step.outcome) + ")";
}

// Runs the compensations of `steps` newest first, journaling each, and ends the workflow.
// Marks the steps that were compensated. Every compensation runs even after one fails.
RollbackReport Compensate(const std::string& txn, const std::string& run_id,
                          std::vector<PendingStep>* steps, Journal* journal,
                          const CompensationRunner& run, const std::string& reason) {
  RollbackReport report;
  report.txn = txn;
  report.run_id = run_id;
  report.reason = reason;
  auto journal_error = [&report](const Status& s) {
    if (!s.ok()) report.failures.push_back("journal: " + s.message());
  };
  for (auto it = steps->rbegin(); it != steps->rend(); ++it) {
    PendingStep& step = *it;
    if (step.compensated || !step.PossiblyApplied()) continue;
    if (step.compensation.empty()) {
      report.uncompensable.push_back(StepLabel(step) + " has no compensation");
      continue;
    }
    Status announced =
        AppendEntry(journal, txn, run_id, JournalOp::kCompensating, &step, "", false);
    journal_error(announced);
    // FailedPrecondition: another replica has taken the workflow over (a fleet's journal
    // mirror fences the old owner); it compensates, so this one must not.
    if (announced.code() == StatusCode::kFailedPrecondition) continue;
    ToolResult result = run(CompensationInvocation(run_id, step));
    if (result.outcome == Outcome::kOk) {
      step.compensated = true;
      ++report.compensated;
      journal_error(AppendEntry(journal, txn, run_id, JournalOp::kCompensated, &step, "", false));
      continue;
    }
    const std::string why =
        OutcomeText(result.outcome) + (result.error.empty() ? "" : ": " + result.error);
    report.failures.push_back(step.compensation + " for call " + step.call_id + ": " + why);
    journal_error(
        AppendEntry(journal, txn, run_id, JournalOp::kCompensationFailed, &step, why, false));
  }
  const bool clean = report.failures.empty() && report.uncompensable.empty();
  report.state = clean ? WorkflowState::kRolledBack : WorkflowState::kIncident;
  journal_error(AppendEntry(journal, txn, run_id,
                            clean ? JournalOp::kRolledBack : JournalOp::kIncident, nullptr, reason,
                            true));
  if (report.state == WorkflowState::kRolledBack && !report.failures.empty()) {
    report.state = WorkflowState::kIncident;  // the end entry itself could not be written
  }
  return report;
}

}  // namespace

std::string_view WorkflowStateName(WorkflowState state) {
  switch (state) {
    case WorkflowState::kOpen:
      return "open";
    case WorkflowState::kCommitted:
      return "committed";
    case WorkflowState::kRolledBack:
      return "rolled_back";
    case WorkflowState::kIncident:
      return "incident";
  }
  return "unknown";
}

Invocation CompensationInvocation(const std::string& run_id, const PendingStep& step) {
  Invocation inv;
  inv.run_id = run_id;
  inv.tool = step.compensation;
  inv.args = step.args;
  inv.undo = step.undo;
  inv.compensates = step.call_id;
  inv.call_id = step.call_id + "/undo";
  inv.attempt = 1;
  return inv;
}

Transaction::Transaction(std::string txn_id, std::string run_id, Journal* journal)
    : txn_id_(std::move(txn_id)), run_id_(std::move(run_id)), journal_(journal) {}

Status Transaction::Log(JournalOp op, const PendingStep* step, const std::string& detail,
                        bool sync) {
  return AppendEntry(journal_, txn_id_, run_id_, op, step, detail, sync);
}

Status Transaction::Begin() {
  if (state_ != WorkflowState::kOpen) {
    return Status::FailedPrecondition("transaction " + txn_id_ + " is not open");
  }
  return Log(JournalOp::kBegin, nullptr, "", true);
}

Status Transaction::RecordIntent(const ToolSpec& tool, const std::string& call_id,
                                 const Json& args) {
  if (state_ != WorkflowState::kOpen) {
    return Status::FailedPrecondition("transaction " + txn_id_ + " is not open");
  }
  auto same = [&call_id](const PendingStep& s) { return s.call_id == call_id; };
  auto it = std::find_if(steps_.begin(), steps_.end(), same);
  PendingStep step = it != steps_.end() ? *it : PendingStep{};
  step.call_id = call_id;
  step.tool = tool.name;
  step.compensation = tool.compensation.value_or("");
  step.args = args;
  step.StartAttempt();  // keeps what earlier attempts answered
  // The intent is durable before the tool can be reached; if it is not, the caller must not
  // call the tool, so the step is not registered.
  BR_RETURN_IF_ERROR(Log(JournalOp::kIntent, &step, "", true));
  if (it != steps_.end()) {
    *it = std::move(step);
  } else {
    steps_.push_back(std::move(step));
  }
  return Status::Ok();
}

Status Transaction::RecordOutcome(const std::string& call_id, Outcome outcome, const Json& undo) {
  auto same = [&call_id](const PendingStep& s) { return s.call_id == call_id; };
  auto it = std::find_if(steps_.begin(), steps_.end(), same);
  if (it == steps_.end()) {
    return Status::NotFound("transaction " + txn_id_ + " has no intent for call " + call_id);
  }
  it->Answer(outcome, undo);
  // The in-memory state follows what the tool returned even if the journal write fails. The
  // entry carries the step's riskiest answer so far, so any reader of it alone is safe too.
  return Log(JournalOp::kOutcome, &*it, "", true);
}

Status Transaction::Commit() {
  if (state_ != WorkflowState::kOpen) {
    return Status::FailedPrecondition("transaction " + txn_id_ + " is " +
                                      std::string(WorkflowStateName(state_)) + ", not open");
  }
  BR_RETURN_IF_ERROR(Log(JournalOp::kCommitted, nullptr, "", true));
  state_ = WorkflowState::kCommitted;
  return Status::Ok();
}

RollbackReport Transaction::Rollback(const CompensationRunner& run, const std::string& reason) {
  if (state_ != WorkflowState::kOpen) {
    RollbackReport report;
    report.txn = txn_id_;
    report.run_id = run_id_;
    report.state = state_;
    report.reason = reason;
    report.failures.push_back("transaction " + txn_id_ + " is " +
                              std::string(WorkflowStateName(state_)) + ", not open");
    return report;
  }
  RollbackReport report = Compensate(txn_id_, run_id_, &steps_, journal_, run, reason);
  state_ = report.state;
  return report;
}

RollbackReport Transaction::Recover(const UnfinishedTransaction& unfinished, Journal* journal,
                                    const CompensationRunner& run) {
  std::vector<PendingStep> steps = unfinished.steps;
  return Compensate(unfinished.txn, unfinished.run_id, &steps, journal, run,
                    "recovered after a crash: workflow " + unfinished.txn + " was unfinished");
}

}  // namespace blastradius
