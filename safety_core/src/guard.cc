// The guard pipeline. Decide in Call(), compute in the stages; each stage either lets the call
// continue or fills in ctx.result, writes the audit record and returns false.
#include "blastradius/guard.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <map>
#include <mutex>
#include <utility>

#include "blastradius/learned_detector.h"
#include "json_assign.h"
#include "saturating.h"

namespace blastradius {

struct Guard::RunState {
  RunState(const std::string& id, size_t id_hash, const Policy& policy, int64_t now_ms)
      : run_id(id),
        budget(policy.budget, now_ms),
        loop(policy.loop_detection),
        retry_budget(policy.retry.retry_budget) {
    charge.run_id = id;
    charge.run_id_hash = id_hash;  // hashed once, by RunFor: the store does not hash it again
    invocation.run_id = id;  // every attempt of the run's calls: set once
    charge.breaker = policy.circuit_breaker;
    charge.run_max_calls = policy.budget.max_tool_calls;
    charge.run_max_cost_micros = policy.budget.max_cost_micros;
    charge.tenant = policy.tenant_budget;
    charge.run_ttl_ms =
        SaturatingAdd(policy.budget.max_duration_ms.value_or(0), int64_t{86'400'000});
    charge.run_max_steps = policy.budget.max_steps;
    charge.run_max_retries = policy.retry.retry_budget;
    charge.run_max_duration_ms = policy.budget.max_duration_ms;
    charge.loop = policy.loop_detection;
  }

  std::mutex mu;  // serializes calls within the run
  std::string run_id;
  ExecutionBudget budget;
  LoopDetector loop;
  RetryBudget retry_budget;
  int64_t steps = 0;  // every Call, admitted or not
  int workflows = 0;
  bool halted = false;  // by budget or loop: every later call is denied
  std::string halt_reason;
  bool tainted = false;
  std::string taint_reason;
  std::unique_ptr<Transaction> txn;  // the open workflow, if any
  std::optional<WorkflowState> last_workflow;
  // The current call's CanonicalJson(args), written at most once per call, only when a store
  // that hashes the text itself needs it (CanonicalArgs); kept so its capacity is reused.
  std::string canonical_args;
  // The state-store charge of this run's attempts: the parts fixed by the policy and the run
  // are filled in once here, so an attempt copies no policy, run id or tenant per call.
  AttemptCharge charge;
  // What the executor is handed, refilled for every attempt of the run's calls (the run's lock
  // is held) so that its strings and argument tree reuse their storage.
  Invocation invocation;
  // The tools whose names charge.tool and invocation.tool hold (manifest entries live as long
  // as the guard): a run that calls the same tool again copies no name.
  const ToolSpec* charge_spec = nullptr;
  const ToolSpec* invocation_spec = nullptr;
  // The audit record, refilled for each record of the run's calls (the run's lock is held) so
  // that its strings and argument tree reuse their storage; every field is assigned by Audit.
  AuditRecord audit_record;
};

struct Guard::CallContext {
  CallContext(const ToolCall& c, RunState& r) : call(c), run(r) {}
  const ToolCall& call;
  RunState& run;
  const ToolSpec* spec = nullptr;
  // CanonicalJson(call.args) in the run's buffer once CanonicalArgs has built it; empty before.
  std::string_view canonical_args;
  // LoopDetector::KeyOfArgs(call.tool, call.args), from CheckLoop when loop detection is on:
  // the one fingerprint of the call, counted by the guard's detector and the state store's.
  LoopDetector::PairKey loop_key;
  int64_t step = 0;
  std::string approval_id;     // set when a human approved this exact call
  std::string gate_note;       // how the tier gate decided, for the audit reason
  bool journaled = false;      // an intent was written for this step
  bool breaker_clean = false;  // the last attempt was admitted by a clean closed breaker
  CallResult result;
};

namespace {

// Decisions that mean a safety layer stopped the call: inside a workflow they roll it back.
bool IsSafetyStop(Decision decision) {
  switch (decision) {
    case Decision::kDenied:
    case Decision::kHalted:
    case Decision::kUnavailable:
    case Decision::kBlocked:
    case Decision::kRejected:
    case Decision::kExpired:
    case Decision::kDisabled:
      return true;
    case Decision::kAllowed:
    case Decision::kApproved:
    case Decision::kFlagged:
    case Decision::kQuarantined:
    case Decision::kFailed:
    case Decision::kUnknown:
    case Decision::kCompensated:
    case Decision::kCompensationFailed:
      return false;
  }
  return true;  // not a Decision: treat as a stop (closed default)
}

Decision ActionDecision(SanitizedOutput::Action action, bool approved) {
  switch (action) {
    case SanitizedOutput::Action::kFlagged:
      return Decision::kFlagged;
    case SanitizedOutput::Action::kQuarantined:
      return Decision::kQuarantined;
    case SanitizedOutput::Action::kBlocked:
      return Decision::kBlocked;
    case SanitizedOutput::Action::kPassed:
      break;
  }
  return approved ? Decision::kApproved : Decision::kAllowed;
}

// Appends `item` to `out`, with `separator` between items.
void AppendJoined(std::string* out, std::string_view separator, std::string_view item) {
  if (!out->empty()) out->append(separator);
  out->append(item);
}

Status StatusForResult(const ToolResult& r, const std::string& tool) {
  if (r.outcome == Outcome::kOk) return Status::Ok();  // no words needed
  const std::string what = tool + ": " + (r.error.empty() ? "no error text" : r.error);
  switch (r.outcome) {
    case Outcome::kOk:
      return Status::Ok();
    case Outcome::kUnknown:
      return Status::DeadlineExceeded("outcome unknown: " + what);
    case Outcome::kFailed:
      break;
  }
  if (r.caller_error) return Status::InvalidArgument(what);
  if (r.transient) return Status::Unavailable(what);
  return Status::ToolFailed(what);
}

// "<run_id>/<incarnation>.<step>", built in one allocation.
std::string CallId(std::string_view run_id, std::string_view incarnation, int64_t step) {
  const std::string digits = std::to_string(step);
  std::string id;
  id.reserve(run_id.size() + incarnation.size() + digits.size() + 2);
  id.append(run_id).append(1, '/').append(incarnation).append(1, '.').append(digits);
  return id;
}

// The guard's incarnation: 16 lowercase hex digits.
std::string Incarnation(uint64_t random) {
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(random));
  return hex;
}

// Pattern packs and the learned model are program data, not simulated state: packs are read
// from the real file system, the model from the library, and the detector is built once per
// process for each distinct list of pack files and learned-stage setting.
StatusOr<std::shared_ptr<const Detector>> LoadDetector(const SanitizerOptions& options) {
  static std::mutex mu;
  static std::map<std::pair<std::vector<std::string>, bool>, std::shared_ptr<const Detector>> cache;
  std::lock_guard<std::mutex> lock(mu);
  auto key = std::make_pair(options.packs, options.learned_stage);
  auto it = cache.find(key);
  if (it != cache.end()) return it->second;
  StatusOr<std::shared_ptr<const Detector>> created =
      CreatePolicyDetector(Env::Default(), options.packs, options.learned_stage);
  if (!created.ok()) return created.status();
  cache.emplace(std::move(key), *created);
  return created;
}

}  // namespace

StatusOr<std::unique_ptr<Guard>> Guard::Create(Manifest manifest, Policy policy, GuardDeps deps) {
  if (!deps.env) return Status::InvalidArgument("guard: no Env given");
  if (!deps.executor) return Status::InvalidArgument("guard: no ToolExecutor given");
  if (policy.audit_log.enabled && !deps.audit) {
    return Status::InvalidArgument("guard: audit_log is enabled but no AuditSink was given");
  }
  if (policy.alerts.sink != "none" && !deps.alerts) {
    return Status::InvalidArgument("guard: alerts.sink is \"" + policy.alerts.sink +
                                   "\" but no AlertSink was given");
  }
  std::shared_ptr<const Detector> detector = deps.detector;
  if (!detector && policy.sanitizer.enabled) {
    StatusOr<std::shared_ptr<const Detector>> loaded = LoadDetector(policy.sanitizer);
    if (!loaded.ok()) return loaded.status();
    detector = std::move(*loaded);
  }
  return std::unique_ptr<Guard>(
      new Guard(std::move(manifest), std::move(policy), deps, std::move(detector)));
}

Guard::Guard(Manifest manifest, Policy policy, GuardDeps deps,
             std::shared_ptr<const Detector> detector)
    : incarnation_(Incarnation(deps.env->Random64())),
      manifest_(std::move(manifest)),
      policy_(std::move(policy)),
      deps_(deps),
      sanitizer_(policy_.sanitizer, std::move(detector)),
      retry_policy_(policy_.retry),
      approvals_(std::make_unique<ApprovalGate>(deps.env, deps.approver, policy_.approval,
                                                "apr-" + incarnation_ + "-")),
      owned_state_(deps.state ? nullptr : NewInProcessStateStore()),
      state_(deps.state ? deps.state : owned_state_.get()) {}

Guard::~Guard() = default;

Guard::RunShard& Guard::ShardOf(std::string_view run_id) const {
  return ShardOfHash(TransparentStringHash{}(run_id));
}

Guard::RunShard& Guard::ShardOfHash(size_t run_id_hash) const {
  // The hash's high half picks the shard; the shard's map places the run by the whole hash.
  return run_shards_[(run_id_hash >> 32) % kRunShards];
}

std::shared_ptr<Guard::RunState> Guard::RunFor(const std::string& run_id) {
  const size_t hash = TransparentStringHash{}(run_id);  // once: shard, table and state store
  RunShard& shard = ShardOfHash(hash);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto at = shard.runs.find(PrehashedKey{run_id, hash});
  if (at == shard.runs.end()) at = shard.runs.try_emplace(run_id).first;
  std::shared_ptr<RunState>& run = at->second;
  if (!run) {
    run = std::make_shared<RunState>(run_id, hash, policy_, deps_.env->NowMillis());
    // A store only this guard uses need not count the run's calls over the whole run a second
    // time: its count (admitted first attempts, this one included) never exceeds the guard's
    // own (every call, this one included), which CheckLoop tests first against the same limit,
    // so the store's refusal could never come first. It would double the bytes and the cache
    // misses a long run spends on its loop table. A sliding window is still counted by both:
    // the store's window of admitted calls can reach further back than the guard's.
    if (owned_state_ && policy_.loop_detection.window <= 0) run->charge.loop.enabled = false;
  }
  return run;
}

std::shared_ptr<Guard::RunState> Guard::FindRun(const std::string& run_id) const {
  RunShard& shard = ShardOf(run_id);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto it = shard.runs.find(run_id);
  return it == shard.runs.end() ? nullptr : it->second;
}

int64_t Guard::StoreNowMillis() const {
  return state_->clock() == StateStore::Clock::kWall ? deps_.env->EpochMillis()
                                                     : deps_.env->NowMillis();
}

void Guard::NoteStore(const Status& status, const std::string& run_id, const std::string& tool) {
  if (status.ok()) {
    // Written only when it changes: a store on every call would make every thread's calls
    // write the same cache line.
    if (state_down_.load(std::memory_order_relaxed)) state_down_.store(false);
    return;
  }
  if (state_down_.exchange(true)) return;  // alerted once, when the outage began
  RaiseAlert(AlertKind::kStateStoreUnavailable, run_id, tool,
             "state store " + state_->Describe() + ": " + status.ToString() +
                 "; attempts and approvals are refused until it answers again");
}

bool Guard::AdmitAttempt(CallContext& ctx) {
  const ToolSpec& spec = *ctx.spec;
  AttemptCharge& charge = ctx.run.charge;  // the run's lock is held
  if (ctx.run.charge_spec != &spec) {
    charge.tool.assign(spec.name);
    charge.tool_hash = TransparentStringHash{}(spec.name);  // the store need not hash it
    ctx.run.charge_spec = &spec;
  }
  charge.cost_micros = spec.cost_micros;
  charge.now_ms = StoreNowMillis();
  charge.day = charge.tenant ? UtcDay(deps_.env->EpochMillis()) : 0;  // read only with a tenant
  // The run's other limits, shared with every replica that serves the run (the policy's parts
  // are filled in once, in RunState). The charge is reused across the run's calls: every
  // per-call field is assigned here, none left over from the previous call.
  charge.new_step = ctx.result.attempts == 0;  // no attempt of this call made yet
  charge.retry = !charge.new_step;
  auto per_tool = policy_.budget.per_tool_calls.find(spec.name);
  charge.tool_max_calls = per_tool != policy_.budget.per_tool_calls.end()
                              ? std::optional<int64_t>(per_tool->second)
                              : std::nullopt;
  const bool observe_loop = charge.new_step && charge.loop.enabled;
  charge.canonical_args =
      observe_loop && !state_->CountsLoopsByKey() ? CanonicalArgs(ctx) : std::string_view();
  charge.loop_key = observe_loop ? std::optional(ctx.loop_key) : std::nullopt;
  StatusOr<Admission> admission = state_->AdmitAttempt(charge);
  NoteStore(admission.status(), ctx.call.run_id, spec.name);
  if (!admission.ok()) {
    const std::string reason =
        "state store unavailable, attempt refused (fail closed): " + admission.status().message();
    ctx.result.retryable = true;
    return Stop(ctx, Status::Unavailable(reason), Decision::kUnavailable, reason);
  }
  switch (admission->verdict) {
    case AdmitVerdict::kAdmitted:
      ctx.breaker_clean = admission->breaker_clean;
      return true;
    case AdmitVerdict::kBreakerOpen: {
      // "circuit breaker open for <tool>: <the store's refusal>", written in front of the
      // refusal in its own storage (the in-process store leaves room for it: no allocation).
      static constexpr std::string_view kOpenFor = "circuit breaker open for ";
      std::string reason = std::move(admission->reason);
      reason.insert(size_t{0}, kOpenFor.size() + spec.name.size() + 2, ' ');
      char* at = reason.data();
      at = std::copy(kOpenFor.begin(), kOpenFor.end(), at);
      at = std::copy(spec.name.begin(), spec.name.end(), at);
      at[0] = ':';
      ctx.result.retryable = true;
      return Stop(ctx, StatusCode::kUnavailable, Decision::kUnavailable, std::move(reason));
    }
    case AdmitVerdict::kRunRetries:  // the fleet spent the run's retries: keep the last result
      return false;
    case AdmitVerdict::kRunCalls:
    case AdmitVerdict::kRunCost:
    case AdmitVerdict::kTenantCalls:
    case AdmitVerdict::kTenantCost:
    case AdmitVerdict::kRunSteps:
    case AdmitVerdict::kRunToolCalls:
    case AdmitVerdict::kRunDuration:
    case AdmitVerdict::kLoop:
    case AdmitVerdict::kRunHalted:
      break;
  }
  Halt(ctx.run,
       admission->verdict == AdmitVerdict::kLoop ? AlertKind::kLoopDetected
                                                 : AlertKind::kBudgetExceeded,
       spec.name, admission->reason);
  return Stop(ctx, Status::ResourceExhausted(admission->reason), Decision::kHalted,
              admission->reason);
}

void Guard::RecordBreaker(CallContext& ctx, const ToolResult& last) {
  if (!policy_.circuit_breaker.enabled) return;
  if (last.outcome == Outcome::kOk && ctx.breaker_clean) return;  // changes nothing: no trip
  const BreakerOutcome outcome = last.outcome == Outcome::kOk ? BreakerOutcome::kSuccess
                                 : last.caller_error          ? BreakerOutcome::kNeutral
                                                              : BreakerOutcome::kFailure;
  StatusOr<bool> opened =
      state_->RecordOutcome(ctx.spec->name, policy_.circuit_breaker, outcome, StoreNowMillis());
  NoteStore(opened.status(), ctx.call.run_id, ctx.spec->name);
  if (opened.ok() && *opened) {
    RaiseAlert(AlertKind::kCircuitOpen, ctx.run.run_id, ctx.spec->name,
               "opened after " + std::to_string(policy_.circuit_breaker.failure_threshold) +
                   " consecutive failures; last: " + last.error);
  }
}

CallResult Guard::Call(const ToolCall& call) {
  const std::shared_ptr<RunState> owned = RunFor(call.run_id);  // held for the whole call
  RunState& run = *owned;
  std::lock_guard<std::mutex> lock(run.mu);
  CallContext ctx(call, run);
  ctx.step = ++run.steps;
  ctx.result.call_id = CallId(call.run_id, incarnation_, ctx.step);
  // Budget and loop detection come first: every call, even one to an unknown tool, is a step
  // of the run, so no kind of call can run past the budget or loop forever.
  if (CheckBudget(ctx) && CheckLoop(ctx) && CheckRegistry(ctx) && CheckSinks(ctx) &&
      CheckTier(ctx)) {
    Execute(ctx);
  }
  MaybeRollback(ctx);
  ctx.result.halted = run.halted;
  return std::move(ctx.result);
}

// Halts the run: every later call is denied with `reason`. Alerts once, as it halts.
void Guard::Halt(RunState& run, AlertKind kind, const std::string& tool,
                 const std::string& reason) {
  run.halted = true;
  run.halt_reason = reason;
  RaiseAlert(kind, run.run_id, tool, reason);
}

// Fills in the result of a call a layer stopped, audits it, and returns false.
bool Guard::Stop(CallContext& ctx, Status status, Decision decision, const std::string& reason) {
  ctx.result.status = std::move(status);
  ctx.result.decision = decision;
  Audit(ctx, decision, reason, 0, nullptr, 0);
  return false;
}

bool Guard::Stop(CallContext& ctx, StatusCode code, Decision decision, std::string reason) {
  ctx.result.status = Status(code, std::move(reason));
  ctx.result.decision = decision;
  Audit(ctx, decision, ctx.result.status.message(), 0, nullptr, 0);
  return false;
}

bool Guard::CheckRegistry(CallContext& ctx) {
  ctx.spec = manifest_.Find(ctx.call.tool);
  if (ctx.spec) return true;
  const std::string reason = "unknown tool \"" + ctx.call.tool + "\": not in the manifest";
  RaiseAlert(AlertKind::kUnknownTool, ctx.call.run_id, ctx.call.tool, reason);
  return Stop(ctx, Status::NotFound(reason), Decision::kDenied, reason);
}

bool Guard::CheckBudget(CallContext& ctx) {
  RunState& run = ctx.run;
  if (run.halted) {
    return Stop(ctx, Status::ResourceExhausted("run halted: " + run.halt_reason), Decision::kHalted,
                "run halted earlier: " + run.halt_reason);
  }
  Status st = run.budget.ChargeStep(deps_.env->NowMillis());
  if (st.ok()) return true;
  Halt(run, AlertKind::kBudgetExceeded, ctx.call.tool, st.message());
  return Stop(ctx, st, Decision::kHalted, st.message());
}

std::string_view Guard::CanonicalArgs(CallContext& ctx) {
  if (ctx.canonical_args.empty()) {  // never empty once built: the shortest JSON is "0"
    ctx.run.canonical_args.clear();
    AppendCanonicalJson(ctx.call.args, &ctx.run.canonical_args);
    ctx.canonical_args = ctx.run.canonical_args;
  }
  return ctx.canonical_args;
}

bool Guard::CheckLoop(CallContext& ctx) {
  RunState& run = ctx.run;
  if (!policy_.loop_detection.enabled) return true;
  // The fingerprint comes from the argument tree after the budget check (a halted run is
  // refused without touching the arguments); no canonical text is built for it.
  ctx.loop_key = LoopDetector::KeyOfArgs(ctx.call.tool, ctx.call.args);
  Status st = run.loop.Observe(ctx.call.tool, ctx.loop_key);
  if (st.ok()) return true;
  Halt(run, AlertKind::kLoopDetected, ctx.call.tool, st.message());
  return Stop(ctx, Status::ResourceExhausted(run.halt_reason), Decision::kHalted, run.halt_reason);
}

// Fail closed: once the audit log (or the alert sink) could not be written, nothing above
// tier 0 runs, because it could not be accounted for. Tier-0 reads still run.
bool Guard::CheckSinks(CallContext& ctx) {
  if (ctx.spec->tier == Tier::kReadOnly) return true;
  Status failure;
  {
    std::lock_guard<std::mutex> lock(sink_mu_);
    failure = sink_failure_;
  }
  if (failure.ok()) return true;
  const std::string reason = "audit log or alert sink unavailable (" + failure.message() +
                             "): calls above tier 0 are refused";
  return Stop(ctx, Status::Unavailable(reason), Decision::kDenied, reason);
}

void Guard::NoteSinkFailure(const std::string& sink, const Status& status,
                            const std::string& run_id, const std::string& tool) {
  {
    std::lock_guard<std::mutex> lock(sink_mu_);
    if (!sink_failure_.ok()) return;  // alerted once, when it happened
    sink_failure_ = Status(status.code(), sink + ": " + status.message());
  }
  RaiseAlert(AlertKind::kAuditFailed, run_id, tool,
             sink + " write failed: " + status.ToString() +
                 "; every call above tier 0 is refused until the guard is restarted");
}

bool Guard::CheckTier(CallContext& ctx) {
  const ToolSpec& spec = *ctx.spec;
  const int tier = static_cast<int>(spec.tier);
  // Built only when a decision needs words: the allow path of a tier that needs nobody's
  // approval builds no string.
  const auto tier_text = [&](std::string_view what) {  // "tier N (name)<what>", one allocation
    const std::string_view name = TierName(spec.tier);
    char digits[12];
    const std::string_view number(
        digits, std::to_chars(digits, digits + sizeof(digits), tier).ptr - digits);
    std::string text;
    text.reserve(name.size() + number.size() + what.size() + 64);  // room for what callers append
    text.append("tier ").append(number).append(" (").append(name).append(")").append(what);
    return text;
  };
  if (policy_.IsDisabled(tier)) {
    const std::string reason = tier_text(" is disabled by policy");
    RaiseAlert(AlertKind::kTier3Blocked, ctx.run.run_id, spec.name, reason);
    return Stop(ctx, Status::PermissionDenied(reason), Decision::kDisabled, reason);
  }
  std::string why;
  if (policy_.NeedsApproval(tier)) {
    why = tier_text(" needs human approval");
  } else if (ctx.run.tainted && tier >= 2) {
    why = tier_text(" in a tainted run needs human approval (");
    why.append(ctx.run.taint_reason).append(")");
  } else {
    // Allowed without a human: the note is read only by the audit record's reason.
    if (Auditing()) NoteSelfGrantedConfirmation(ctx);
    return true;
  }
  NoteSelfGrantedConfirmation(ctx);
  // The wait for a human ends when the run's duration budget does, if that comes first.
  const std::optional<int64_t> run_deadline = ctx.run.budget.deadline_ms();
  const bool run_bounds_wait =
      run_deadline &&
      *run_deadline < SaturatingAdd(deps_.env->NowMillis(), policy_.approval.timeout_ms);
  // The approver sees the call itself, not a copy; the binding is hashed only if the approver
  // asks for it or the call is approved (then once, for both the gate's ledger and Consume),
  // from the canonical text if the store already needed it, else from the arguments.
  ApprovalRequestView request(ctx.run.run_id, spec.name, tier, ctx.call.args, why,
                              ctx.canonical_args);
  ApprovalDecision d = approvals_->Request(request, run_deadline);
  if (run_bounds_wait && d.state == ApprovalState::kExpired) {
    d.reason += " (the wait ended with the run's max_duration_ms)";
  }
  bool used_here = d.approved() && approvals_->Consume(d.request_id, request);
  if (used_here) {  // single use fleet-wide: the shared ledger must agree it was never used
    StatusOr<bool> first = state_->ConsumeApproval(d.request_id);
    NoteStore(first.status(), ctx.run.run_id, spec.name);
    if (!first.ok() || !*first) {
      used_here = false;
      d.state = ApprovalState::kRejected;
      d.reason = first.ok() ? "approval " + d.request_id + " was already used"
                            : "state store unavailable, approval not used (fail closed): " +
                                  first.status().message();
    }
  }
  if (used_here) {
    ctx.approval_id = d.request_id;
    why.append("; approved by ")
        .append(d.approver.empty() ? "approver" : d.approver)
        .append(" (")
        .append(d.request_id)
        .append(")");
    if (!ctx.gate_note.empty()) why.append("; ").append(ctx.gate_note);
    ctx.gate_note = std::move(why);
    return true;
  }
  // The refusal: "<why>; approval <state>[: <reason>][; <gate note>]", written on after `why`
  // in the room tier_text left (the request that borrowed `why` is not read again).
  const bool expired = d.state == ApprovalState::kExpired;
  std::string reason = std::move(why);
  reason.append("; approval ").append(ApprovalStateName(d.state));
  if (!d.reason.empty()) reason.append(": ").append(d.reason);
  if (!ctx.gate_note.empty()) reason.append("; ").append(ctx.gate_note);
  if (expired) {
    RaiseAlert(AlertKind::kApprovalTimeout, ctx.run.run_id, spec.name, reason);
    return Stop(ctx, StatusCode::kPermissionDenied, Decision::kExpired, std::move(reason));
  }
  return Stop(ctx, StatusCode::kPermissionDenied, Decision::kRejected, std::move(reason));
}

bool Guard::Auditing() const { return deps_.audit != nullptr && policy_.audit_log.enabled; }

// Argument keys that look like the agent approving itself change nothing; the gate's note
// names them for the audit record and the approval's reasons.
void Guard::NoteSelfGrantedConfirmation(CallContext& ctx) {
  std::string ignored;
  for (const std::string& key : ConfirmationLikeKeys(ctx.call.args)) {
    AppendJoined(&ignored, ", ", key);
  }
  if (!ignored.empty()) ctx.gate_note = "agent-supplied confirmation ignored (" + ignored + ")";
}

void Guard::Execute(CallContext& ctx) {
  const ToolSpec& spec = *ctx.spec;
  RunState& run = ctx.run;
  if (run.txn && spec.writes()) {
    Status st = run.txn->RecordIntent(spec, ctx.result.call_id, ctx.call.args);
    if (!st.ok()) {  // fail closed: no durable intent, no side effect
      ctx.result.status = st;
      ctx.result.decision = Decision::kDenied;
      Audit(ctx, Decision::kDenied, "journal write failed: " + st.message(), 0, nullptr, 0);
      return;
    }
    ctx.journaled = true;
  }
  ToolResult last;
  // What the journal keeps of the attempts (unknown beats failed, ok beats both): read only for
  // a journaled step, so kept only then; an unjournaled call copies no result.
  Outcome riskiest = Outcome::kFailed;
  Json riskiest_undo;
  for (int attempt = 1;; ++attempt) {
    Status charged = run.budget.ChargeToolCall(spec.name, spec.cost_micros, deps_.env->NowMillis());
    if (!charged.ok()) {
      Halt(run, AlertKind::kBudgetExceeded, spec.name, charged.message());
      ctx.result.status = charged;
      ctx.result.decision = Decision::kHalted;
      Audit(ctx, Decision::kHalted, charged.message(), 0, nullptr, 0);
      break;
    }
    if (!AdmitAttempt(ctx)) break;
    last = Attempt(ctx, attempt);
    if (ctx.journaled && RiskierOutcome(riskiest, last.outcome) == last.outcome) {
      riskiest = last.outcome;
      riskiest_undo = last.undo;
    }
    RecordBreaker(ctx, last);
    if (last.outcome == Outcome::kOk) break;
    if (!retry_policy_.ShouldRetry(spec, last, attempt)) break;
    const int64_t wait =
        retry_policy_.BackoffMs(attempt, last.retry_after_ms, deps_.env->Random64());
    // No retry whose wait would outlast the run's duration budget: it could never start.
    const std::optional<int64_t> run_deadline = run.budget.deadline_ms();
    if (run_deadline && SaturatingAdd(deps_.env->NowMillis(), wait) >= *run_deadline) break;
    if (!run.retry_budget.TryConsume()) break;
    deps_.env->SleepForMillis(wait);
  }
  if (ctx.journaled) {
    Outcome journaled = ctx.result.reached_tool ? riskiest : Outcome::kFailed;
    Status st = run.txn->RecordOutcome(ctx.result.call_id, journaled, riskiest_undo);
    if (!st.ok()) ctx.result.status = st;  // keep the intent: recovery treats it as unknown
  }
}

ToolResult Guard::Attempt(CallContext& ctx, int attempt) {
  const ToolSpec& spec = *ctx.spec;
  Invocation& inv = ctx.run.invocation;    // every field a call's attempt sets is assigned here
  if (ctx.run.invocation_spec != &spec) {  // inv.run_id is the run's, set with the run
    inv.tool = spec.name;
    ctx.run.invocation_spec = &spec;
  }
  AssignJsonReusing(ctx.call.args, &inv.args);
  inv.call_id = ctx.result.call_id;
  inv.attempt = attempt;
  const int64_t start = deps_.env->NowMillis();
  // The call's deadline: call_timeout_ms, or the end of the run's duration budget if sooner.
  const int64_t call_deadline = SaturatingAdd(start, policy_.call_timeout_ms);
  const std::optional<int64_t> run_deadline = ctx.run.budget.deadline_ms();
  const bool run_bounds_wait = run_deadline && *run_deadline < call_deadline;
  inv.deadline_ms = run_bounds_wait ? *run_deadline : call_deadline;
  ToolResult r = deps_.executor->Execute(inv);
  const int64_t end = deps_.env->NowMillis();
  const bool too_late = end > inv.deadline_ms;
  if (too_late) {  // we stopped waiting: the effect is unknown
    ToolResult late = ToolResult::Unknown(
        "timed out after " + std::to_string(SaturatingSub(inv.deadline_ms, start)) + " ms" +
        (run_bounds_wait ? " (the run's max_duration_ms ran out)" : ""));
    late.timed_out = true;
    late.tokens_used = r.tokens_used;
    r = std::move(late);
    if (run_bounds_wait) {
      // The run's time ran out during the call: the run is halted now, as the next step would
      // be. Past the deadline, ChargeStep charges nothing: it halts on max_duration_ms.
      Status out_of_time = ctx.run.budget.ChargeStep(end);
      if (!out_of_time.ok() && !ctx.run.halted) {
        Halt(ctx.run, AlertKind::kBudgetExceeded, spec.name, out_of_time.message());
      }
    }
  } else if (r.outcome != Outcome::kOk) {
    // The tool's error text is tool bytes like its output: screened before anyone reads it.
    SanitizedOutput screened =
        ScreenToolText(ctx.run, spec, ctx.result.call_id, r.error, "error text");
    r.error = std::move(screened.body);
    ctx.result.findings = std::move(screened.findings);
  }
  ctx.result.reached_tool = true;
  ctx.result.attempts = attempt;
  ctx.result.outcome = r.outcome;
  ctx.result.retryable = r.outcome != Outcome::kOk && r.transient;
  ctx.result.status = StatusForResult(r, spec.name);
  const bool approved = !ctx.approval_id.empty();
  Decision decision = Decision::kAllowed;
  if (r.outcome == Outcome::kOk) {
    SanitizeOutput(ctx, r);
    decision = ctx.result.decision;
  } else {
    decision = r.outcome == Outcome::kFailed ? Decision::kFailed : Decision::kUnknown;
    ctx.result.decision = decision;
    ctx.result.output.clear();
    if (too_late) ctx.result.findings.clear();  // the guard's own text: nothing to scan
  }
  std::string reason = ctx.gate_note;
  if (r.outcome != Outcome::kOk) AppendJoined(&reason, "; ", r.error);
  if (approved && r.outcome == Outcome::kOk && decision != Decision::kApproved) {
    AppendJoined(&reason, "; ", "output " + std::string(DecisionName(decision)));
  }
  Audit(ctx, decision, reason, attempt, &r, SaturatingSub(end, start));
  return r;
}

SanitizedOutput Guard::ScreenToolText(RunState& run, const ToolSpec& spec,
                                      const std::string& call_id, std::string_view text,
                                      std::string_view what) {
  SanitizedOutput out = sanitizer_.Sanitize(text, deps_.env);
  // Built only when a finding or a taint needs the words.
  const auto whose = [&] { return std::string(what) + " of " + spec.name; };
  if (!out.findings.empty() || !out.detection_status.ok()) {
    std::string ids;
    for (const Finding& f : out.findings) AppendJoined(&ids, ", ", f.pattern_id);
    const std::string reason = out.detection_status.ok()
                                   ? whose() + " matched " + ids
                                   : "detection failed: " + out.detection_status.message();
    RaiseAlert(AlertKind::kInjectionDetected, run.run_id, spec.name, reason);
    if (!run.tainted) {
      run.tainted = true;
      run.taint_reason = "flagged " + whose() + " in " + call_id;
    }
  } else if (spec.external && !text.empty() && !run.tainted) {
    run.tainted = true;
    run.taint_reason = "untrusted " + whose() + " (external tool) in " + call_id;
  }
  return out;
}

void Guard::SanitizeOutput(CallContext& ctx, const ToolResult& r) {
  SanitizedOutput out = ScreenToolText(ctx.run, *ctx.spec, ctx.result.call_id, r.output, "output");
  ctx.result.output = std::move(out.framed);
  ctx.result.findings = std::move(out.findings);
  ctx.result.decision = ActionDecision(out.action, !ctx.approval_id.empty());
  if (out.action == SanitizedOutput::Action::kBlocked) {
    ctx.result.status =
        Status::PermissionDenied("output of " + ctx.spec->name + " blocked by the sanitizer");
  }
  ctx.result.sanitized_body = std::move(out.body);
}

void Guard::MaybeRollback(CallContext& ctx) {
  RunState& run = ctx.run;
  if (!run.txn || run.txn->state() != WorkflowState::kOpen) return;
  const CallResult& r = ctx.result;
  if (r.retryable) return;  // never on a retryable error (an open breaker, a transient failure)
  const bool definite_failure = r.reached_tool && r.outcome == Outcome::kFailed;
  if (!IsSafetyStop(r.decision) && !definite_failure) return;
  const std::string reason = "step " + r.call_id + " (" + ctx.call.tool + ") " +
                             std::string(DecisionName(r.decision)) + ": " + r.status.message();
  RollbackReport report = FinishRollback(
      run,
      run.txn->Rollback([&](const Invocation& inv) { return RunCompensation(run, inv); }, reason));
  ctx.result.status = report.state == WorkflowState::kRolledBack
                          ? Status::Aborted("workflow rolled back: " + reason)
                          : Status::DataLoss("workflow could not be rolled back: " + reason);
  ctx.result.rollback = std::move(report);
}

ToolResult Guard::RunCompensation(RunState& run, const Invocation& invocation) {
  const ToolSpec* spec = manifest_.Find(invocation.tool);
  ToolResult r;
  const int max_attempts = std::max(1, policy_.retry.max_attempts);
  for (int attempt = 1; attempt <= max_attempts; ++attempt) {
    Invocation inv = invocation;
    inv.attempt = attempt;
    const int64_t start = deps_.env->NowMillis();
    inv.deadline_ms = SaturatingAdd(start, policy_.call_timeout_ms);
    r = spec ? deps_.executor->Execute(inv)
             : ToolResult::Failed("compensation tool \"" + inv.tool + "\" not in the manifest");
    const int64_t end = deps_.env->NowMillis();
    if (spec) {  // tool bytes: screened before the audit, alerts or a report repeat them
      r.output = ScreenToolText(run, *spec, inv.call_id, r.output, "output").body;
      r.error = ScreenToolText(run, *spec, inv.call_id, r.error, "error text").body;
    }
    if (end > inv.deadline_ms && r.outcome == Outcome::kOk) {
      r = ToolResult::Unknown("compensation timed out after " +
                              std::to_string(policy_.call_timeout_ms) + " ms");
      r.timed_out = true;
    }
    // The one audit writer, with a context for this compensation attempt.
    ToolCall as_call{inv.run_id, inv.tool, inv.args};
    CallContext ctx(as_call, run);
    ctx.spec = spec;
    ctx.step = run.steps;
    ctx.result.call_id = inv.call_id;
    ctx.result.sanitized_body = r.output;
    Audit(ctx, r.outcome == Outcome::kOk ? Decision::kCompensated : Decision::kCompensationFailed,
          "undoing " + inv.compensates, attempt, &r, SaturatingSub(end, start));
    if (r.outcome == Outcome::kOk || !spec) break;
    if (attempt < max_attempts) {
      deps_.env->SleepForMillis(
          retry_policy_.BackoffMs(attempt, r.retry_after_ms, deps_.env->Random64()));
    }
  }
  return r;
}

RollbackReport Guard::FinishRollback(RunState& run, RollbackReport report) {
  if (report.state == WorkflowState::kRolledBack) {
    RaiseAlert(AlertKind::kWorkflowRolledBack, report.run_id, "",
               "workflow " + report.txn + " rolled back (" + std::to_string(report.compensated) +
                   " steps compensated): " + report.reason);
  } else {
    std::string what;
    for (const std::string& f : report.failures) AppendJoined(&what, "; ", f);
    for (const std::string& u : report.uncompensable) {
      AppendJoined(&what, "; ", "no compensation for " + u);
    }
    RaiseAlert(AlertKind::kRollbackFailed, report.run_id, "",
               "workflow " + report.txn + " is an incident: " + what + " (rolling back because " +
                   report.reason + ")");
  }
  run.last_workflow = report.state;
  run.txn.reset();
  return report;
}

Status Guard::BeginWorkflow(const std::string& run_id) {
  const std::shared_ptr<RunState> owned = RunFor(run_id);
  RunState& run = *owned;
  std::lock_guard<std::mutex> lock(run.mu);
  if (run.txn) return Status::FailedPrecondition("run " + run_id + " already has a workflow open");
  auto txn = std::make_unique<Transaction>(
      run_id + "/" + incarnation_ + ".tx" + std::to_string(++run.workflows), run_id, deps_.journal);
  BR_RETURN_IF_ERROR(txn->Begin());
  run.txn = std::move(txn);
  run.last_workflow = WorkflowState::kOpen;
  return Status::Ok();
}

Status Guard::CommitWorkflow(const std::string& run_id) {
  const std::shared_ptr<RunState> owned = RunFor(run_id);
  RunState& run = *owned;
  std::lock_guard<std::mutex> lock(run.mu);
  if (!run.txn) return Status::FailedPrecondition("run " + run_id + " has no open workflow");
  BR_RETURN_IF_ERROR(run.txn->Commit());
  run.last_workflow = WorkflowState::kCommitted;
  run.txn.reset();
  return Status::Ok();
}

RollbackReport Guard::AbortWorkflow(const std::string& run_id, const std::string& reason) {
  const std::shared_ptr<RunState> owned = RunFor(run_id);
  RunState& run = *owned;
  std::lock_guard<std::mutex> lock(run.mu);
  if (!run.txn) {
    RollbackReport none;
    none.run_id = run_id;
    none.state = run.last_workflow.value_or(WorkflowState::kRolledBack);
    none.reason = "no open workflow";
    return none;
  }
  return FinishRollback(
      run,
      run.txn->Rollback([&](const Invocation& inv) { return RunCompensation(run, inv); }, reason));
}

std::vector<RollbackReport> Guard::Recover(const JournalRecovery& recovery) {
  std::vector<RollbackReport> reports;
  if (recovery.corrupt) {
    RaiseAlert(AlertKind::kRollbackFailed, "", "",
               "journal corrupt at line " + std::to_string(recovery.bad_line) + ": " +
                   recovery.detail + "; entries after it were not trusted");
  }
  for (const UnfinishedTransaction& u : recovery.unfinished) {
    const std::shared_ptr<RunState> owned = RunFor(u.run_id);
    RunState& run = *owned;
    std::lock_guard<std::mutex> lock(run.mu);
    RollbackReport report = Transaction::Recover(
        u, deps_.journal, [&](const Invocation& inv) { return RunCompensation(run, inv); });
    reports.push_back(FinishRollback(run, std::move(report)));
  }
  return reports;
}

RunSnapshot Guard::Snapshot(const std::string& run_id) const {
  RunSnapshot snap;
  const std::shared_ptr<RunState> run = FindRun(run_id);  // held while it is read
  if (!run) return snap;
  std::lock_guard<std::mutex> lock(run->mu);
  snap.steps = run->steps;
  snap.calls = run->budget.calls_used();
  snap.halted = run->halted;
  snap.halt_reason = run->halt_reason;
  snap.tainted = run->tainted;
  snap.taint_reason = run->taint_reason;
  snap.remaining = run->budget.Remaining(deps_.env->NowMillis());
  snap.workflow = run->last_workflow;
  return snap;
}

void Guard::EndRun(const std::string& run_id) {
  std::shared_ptr<RunState> forgotten;  // freed outside the shard's lock, after any call holding it
  RunShard& shard = ShardOf(run_id);
  std::lock_guard<std::mutex> lock(shard.mu);
  auto it = shard.runs.find(run_id);
  if (it == shard.runs.end()) return;
  forgotten = std::move(it->second);
  shard.runs.erase(it);
  state_->ForgetRun(run_id);
}

BreakerState Guard::BreakerStateOf(const std::string& tool) const {
  StatusOr<BreakerState> state =
      state_->BreakerStateOf(tool, policy_.circuit_breaker, StoreNowMillis());
  return state.ok() ? *state : BreakerState::kOpen;  // a store that cannot say: treat as open
}

void Guard::Audit(CallContext& ctx, Decision decision, const std::string& reason, int attempt,
                  const ToolResult* result, int64_t duration_ms) {
  if (!Auditing()) return;
  AuditRecord& rec = ctx.run.audit_record;  // the run's lock is held: every field set below
  rec.run_id = ctx.call.run_id;
  rec.step_number = ctx.step;
  rec.tool_name = ctx.call.tool;
  RedactSecretsInto(ctx.call.args, policy_.audit_log.redact_keys, &rec.tool_inputs);
  rec.risk_tier = ctx.spec ? static_cast<int>(ctx.spec->tier) : -1;
  rec.duration_ms = duration_ms;
  rec.ts_ms = deps_.env->EpochMillis();
  rec.decision = decision;
  rec.reason = reason;
  rec.attempt = attempt;
  rec.call_id = ctx.result.call_id;
  rec.budget_remaining = ctx.run.budget.Remaining(deps_.env->NowMillis());
  if (result) {
    rec.tokens_used = result->tokens_used;
    rec.outcome = OutcomeName(result->outcome);
    if (result->outcome == Outcome::kOk) {
      rec.tool_outputs = ctx.result.sanitized_body;
    } else {
      rec.tool_outputs = sanitizer_.Clean(result->error);
    }
    rec.findings = ctx.result.findings;
  } else {  // never executed: what AuditRecord's defaults say
    rec.tokens_used = 0;
    rec.outcome.clear();
    rec.tool_outputs.clear();
    rec.findings.clear();
  }
  Status written = deps_.audit->Write(rec);
  if (!written.ok()) NoteSinkFailure("audit log", written, ctx.call.run_id, ctx.call.tool);
}

// Cleaned like tool text (control bytes removed, markers neutralized) and cut to `max_bytes`
// on a character boundary: alert fields can carry agent- or tool-chosen bytes.
std::string Guard::BoundedText(std::string_view text, size_t max_bytes) const {
  std::string clean = sanitizer_.Clean(text);
  if (clean.size() <= max_bytes) return clean;
  static constexpr std::string_view kCut = "...[truncated]";
  size_t keep = max_bytes > kCut.size() ? max_bytes - kCut.size() : 0;
  while (keep > 0 && (static_cast<unsigned char>(clean[keep]) & 0xC0) == 0x80) --keep;
  clean.resize(keep);
  clean.append(kCut.substr(0, std::min(kCut.size(), max_bytes - keep)));
  return clean;
}

void Guard::RaiseAlert(AlertKind kind, const std::string& run_id, const std::string& tool,
                       const std::string& reason) {
  if (!deps_.alerts || policy_.alerts.sink == "none") return;
  Alert alert;
  alert.kind = kind;
  alert.run_id = BoundedText(run_id, kMaxAlertFieldBytes);
  alert.tool = BoundedText(tool, kMaxAlertFieldBytes);
  alert.reason = BoundedText(reason, kMaxAlertReasonBytes);
  alert.ts_ms = deps_.env->EpochMillis();
  alert.clock_ms = deps_.env->NowMillis();
  Status raised = deps_.alerts->Raise(alert);
  if (!raised.ok()) NoteSinkFailure("alert sink", raised, run_id, tool);
}

}  // namespace blastradius
