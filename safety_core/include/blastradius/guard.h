// Guard: the one entry point every tool call goes through. It owns the order of the pipeline
//
//   budget (step) -> loop detector -> registry -> sinks healthy (above tier 0)
//   -> tier policy / approval -> journal intent (writing step in a workflow)
//   -> per attempt: budget (tool call) -> state store (circuit breaker, run-wide and tenant
//                   counters: one atomic check-and-charge) -> execute (deadline)
//                   -> sanitizer (output or error text) -> audit record
//   -> retry (backoff) -> journal outcome -> rollback if the workflow must end (a safety stop
//      or a definite tool failure, never a retryable result such as an open breaker)
//
// and any layer may stop the call with a typed decision and a reason (alerts are raised by the
// layer that stops or notices). A call leaves one audit record per attempt that reached the
// tool, or one record from the layer that stopped it (a retry refused by the breaker or budget
// adds one with attempt 0); compensations leave one record per attempt of their own. Records
// the sink cannot store are not retried: the guard then fails closed (see CheckSinks). Every
// wait (call deadline, retry backoff, approval) ends with the run's duration budget.
// Everything outside the guard (time, tools, humans, sinks, journal) is an interface handed in
// through GuardDeps.
//
// Thread-safe: calls for different runs proceed in parallel; calls within one run are
// serialized. Circuit breakers (one per tool), the run-wide call and cost counters, the tenant's
// daily caps and the single-use mark of each approval live in the StateStore (GuardDeps::state):
// shared by every run of this guard, and by every replica when the store is shared (Redis). A
// store that does not answer fails closed: the attempt or approval is refused, and one
// state_store_unavailable alert is raised per outage. Steps, duration, per-tool caps, loop
// detection, taint and workflows stay per run in this process.
#ifndef BLASTRADIUS_GUARD_H_
#define BLASTRADIUS_GUARD_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "blastradius/alerts.h"
#include "blastradius/approval.h"
#include "blastradius/audit_log.h"
#include "blastradius/budget.h"
#include "blastradius/circuit_breaker.h"
#include "blastradius/decision.h"
#include "blastradius/env.h"
#include "blastradius/journal.h"
#include "blastradius/loop_detector.h"
#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/retry.h"
#include "blastradius/sanitizer.h"
#include "blastradius/state_store.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"
#include "blastradius/transaction.h"

namespace blastradius {

// What the guard needs from outside. All pointers must outlive the guard.
struct GuardDeps {
  Env* env = nullptr;                        // required
  ToolExecutor* executor = nullptr;          // required
  Approver* approver = nullptr;              // null: every approval request is rejected
  AuditSink* audit = nullptr;                // required unless policy.audit_log.enabled is false
  AlertSink* alerts = nullptr;               // required unless policy.alerts.sink is "none"
  Journal* journal = nullptr;                // null: workflows are not durable across crashes
  std::shared_ptr<const Detector> detector;  // null: policy.sanitizer.packs (the bundled
                                             // packs when empty), plus the bundled learned
                                             // model when policy.sanitizer.learned_stage
  StateStore* state = nullptr;               // null: an in-process store the guard owns
};

// The guard's answer to one call.
struct CallResult {
  // OK when the tool ran and answered ok. Otherwise the code says what stopped it:
  // NotFound (unknown tool), ResourceExhausted (budget or loop: the run is halted),
  // PermissionDenied (rejected, expired or disabled tier), Unavailable (breaker open, a
  // transient tool failure, or the audit log / alert sink failed earlier), DeadlineExceeded
  // (timeout: effect unknown), ToolFailed (definite failure), Aborted (the workflow was rolled
  // back), DataLoss (rollback failed: incident).
  Status status;
  Decision decision = Decision::kDenied;  // the final audit decision (decision.h)
  std::string output;          // framed, sanitized output the agent may read; empty if none
  std::string sanitized_body;  // the same text without the boundary markers (for the audit)
  bool reached_tool = false;
  Outcome outcome = Outcome::kFailed;  // the tool's final outcome when reached_tool
  int attempts = 0;                    // attempts that reached the tool
  std::vector<Finding> findings;
  bool halted = false;     // the run is halted: every later call will be denied
  bool retryable = false;  // a later retry may succeed (transient failure, breaker open)
  std::string call_id;     // "<run_id>/<incarnation>.<step>": unique across restarts (see below)
  std::optional<RollbackReport> rollback;  // set when this call ended its workflow
};

struct RunSnapshot {
  int64_t steps = 0;
  int64_t calls = 0;
  bool halted = false;
  std::string halt_reason;
  bool tainted = false;
  std::string taint_reason;
  BudgetRemaining remaining;
  std::optional<WorkflowState> workflow;  // the open or last workflow of the run
};

class Guard {
 public:
  // Checks deps against the policy (missing sinks, an unloadable pattern pack) and refuses to
  // start with InvalidArgument naming what is missing.
  static StatusOr<std::unique_ptr<Guard>> Create(Manifest manifest, Policy policy, GuardDeps deps);
  ~Guard();
  Guard(const Guard&) = delete;  // owns per-run state and breakers
  Guard& operator=(const Guard&) = delete;

  // Runs one call through the whole pipeline.
  CallResult Call(const ToolCall& call);

  // Opens a workflow for `run_id`: until it is committed or aborted, every writing step is
  // journaled and registers its compensation. FailedPrecondition if one is already open.
  Status BeginWorkflow(const std::string& run_id);
  // Ends the open workflow successfully.
  Status CommitWorkflow(const std::string& run_id);
  // Rolls back the open workflow (the agent gave up). Alerts workflow_rolled_back, or
  // rollback_failed when the state is an incident.
  RollbackReport AbortWorkflow(const std::string& run_id, const std::string& reason);

  // After a crash: rolls back every workflow the journal shows unfinished, through the
  // executor, journaling and alerting as AbortWorkflow does. A torn or corrupt journal tail is
  // reported in the returned recovery (and alerted as rollback_failed if it hides a workflow).
  std::vector<RollbackReport> Recover(const JournalRecovery& recovery);

  RunSnapshot Snapshot(const std::string& run_id) const;
  // Forgets a finished run's state (budgets, loop counts, taint, the open workflow — which is
  // neither committed nor rolled back by this; abort it first). Safe while calls on the run
  // are in flight: they finish on the state they started with, which is freed after them; a
  // later call with the same run id starts a fresh run.
  void EndRun(const std::string& run_id);

  // 16 hex digits drawn from env->Random64() at Create: a per-process incarnation carried by
  // every id the guard makes, so ids stay unique across restarts — call ids
  // "<run_id>/<incarnation>.<step>" (the executor's idempotency key), workflow ids
  // "<run_id>/<incarnation>.tx<N>" and approval ids "apr-<incarnation>-<N>".
  const std::string& incarnation() const { return incarnation_; }
  const Manifest& manifest() const { return manifest_; }
  const Policy& policy() const { return policy_; }
  // The tool's breaker as the state store holds it; kOpen when the store cannot answer.
  BreakerState BreakerStateOf(const std::string& tool) const;

 private:
  struct RunState;
  struct CallContext;
  Guard(Manifest manifest, Policy policy, GuardDeps deps, std::shared_ptr<const Detector> detector);

  // The run's state, created on first use. The caller holds the shared_ptr for as long as it
  // uses the state, so EndRun can forget a run while a call on it is still in flight.
  std::shared_ptr<RunState> RunFor(const std::string& run_id);
  std::shared_ptr<RunState> FindRun(const std::string& run_id) const;
  // The time the store keys its breakers on (state_store.h: monotonic or wall clock).
  int64_t StoreNowMillis() const;
  // Records whether the store answered; alerts state_store_unavailable once per outage.
  void NoteStore(const Status& status, const std::string& run_id, const std::string& tool);
  // The state-store half of an attempt's admission; false when it stopped the call.
  bool AdmitAttempt(CallContext& ctx);
  void RecordBreaker(CallContext& ctx, const ToolResult& last);

  // Pipeline stages; each returns false when it stopped the call (result filled in).
  void Halt(RunState& run, AlertKind kind, const std::string& tool, const std::string& reason);
  bool Stop(CallContext& ctx, Status status, Decision decision, const std::string& reason);
  // Stop where the status message is the audit reason: the text is built once, not copied.
  bool Stop(CallContext& ctx, StatusCode code, Decision decision, std::string reason);
  bool CheckBudget(CallContext& ctx);
  bool CheckLoop(CallContext& ctx);
  // CanonicalJson(ctx.call.args), built into the run's buffer on the first request of a call.
  std::string_view CanonicalArgs(CallContext& ctx);
  bool CheckRegistry(CallContext& ctx);
  bool CheckSinks(CallContext& ctx);
  bool CheckTier(CallContext& ctx);
  void NoteSelfGrantedConfirmation(CallContext& ctx);
  bool Auditing() const;  // an audit sink is given and audit_log.enabled
  void Execute(CallContext& ctx);
  ToolResult Attempt(CallContext& ctx, int attempt);
  // Every byte from a tool (output, error text) goes through here: sanitized (UTF-8 repaired,
  // control bytes removed, markers neutralized, bounded, scanned, on_detect applied); findings
  // raise injection_detected and taint the run; text of an external tool taints the run.
  SanitizedOutput ScreenToolText(RunState& run, const ToolSpec& spec, const std::string& call_id,
                                 std::string_view text, std::string_view what);
  void SanitizeOutput(CallContext& ctx, const ToolResult& result);
  std::string BoundedText(std::string_view text, size_t max_bytes) const;
  void MaybeRollback(CallContext& ctx);

  ToolResult RunCompensation(RunState& run, const Invocation& invocation);
  RollbackReport FinishRollback(RunState& run, RollbackReport report);
  // Remembers the first failed audit write or alert (guard-wide, for good) and alerts it.
  void NoteSinkFailure(const std::string& sink, const Status& status, const std::string& run_id,
                       const std::string& tool);
  void Audit(CallContext& ctx, Decision decision, const std::string& reason, int attempt,
             const ToolResult* result, int64_t duration_ms);
  void RaiseAlert(AlertKind kind, const std::string& run_id, const std::string& tool,
                  const std::string& reason);

  // Alert fields are bounded: a reason to this many bytes, run ids and tool names to fewer.
  static constexpr size_t kMaxAlertReasonBytes = 2048;
  static constexpr size_t kMaxAlertFieldBytes = 256;

  const std::string incarnation_;
  Manifest manifest_;
  Policy policy_;
  GuardDeps deps_;
  Sanitizer sanitizer_;
  RetryPolicy retry_policy_;
  std::unique_ptr<ApprovalGate> approvals_;
  std::unique_ptr<StateStore> owned_state_;  // when GuardDeps::state is null
  StateStore* state_;
  std::atomic<bool> state_down_{false};  // the last store operation failed
  mutable std::mutex sink_mu_;
  Status sink_failure_;  // first failed audit write or alert: calls above tier 0 are refused
  // The live runs, sharded by the run id's hash, each shard with its own lock on its own cache
  // line: calls of different runs on different threads rarely take the same lock or write the
  // same line. Hashed (manifest.h's TransparentStringHash): a run is found in O(1) whatever the
  // number of live runs, without building a key string.
  struct alignas(64) RunShard {
    std::mutex mu;
    std::unordered_map<std::string, std::shared_ptr<RunState>, TransparentStringHash,
                       std::equal_to<>>
        runs;
  };
  // Two runs on two threads share a lock one time in 64 (16 left the 2-thread row of
  // bench_guard ~2.5x the futex calls); each shard costs 128 bytes.
  static constexpr size_t kRunShards = 64;
  RunShard& ShardOf(std::string_view run_id) const;
  RunShard& ShardOfHash(size_t run_id_hash) const;  // REQUIRES: TransparentStringHash of the id
  mutable std::array<RunShard, kRunShards> run_shards_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_GUARD_H_
