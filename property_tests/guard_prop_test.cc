// Properties over the whole guard. Random manifests, policies, agent scripts (calls with
// secrets and self-granted confirmation flags, unknown tools, workflows), approver scripts and
// fault schedules are run through Guard against the model world (model_world.h) in simulated
// time. Over what the run left behind — the executor's ledger of attempts and effects, the
// approver's answers, the audit log and the alerts — every run satisfies:
//   - no call of a tier that needs approval reaches its tool without a human "approve" bound to
//     exactly that call, given before the attempt, and one approval serves at most one call;
//     a disabled tier never reaches its tool;
//   - no call reaches a tool after the run was halted;
//   - every attempt (compensations included) has exactly one audit record, a call that never
//     reached a tool has exactly one; every record is one line of JSON with all required fields;
//   - secrets in the arguments never appear in the audit log;
//   - no output reaches the agent unframed, unsanitized or over max_output_bytes;
//   - tool calls, steps and cost stay within the budget; attempts within max_attempts and
//     retries within the retry budget; a retry never comes sooner than an honoured retry_after;
//   - no attempt reaches a tool while its circuit breaker is open, and each opening raises
//     exactly one circuit_open alert.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "blastradius/guard.h"
#include "bundled_detector.h"
#include "fakes/sim_env.h"
#include "model_world.h"
#include "show.h"
#include "shrink_budget.h"
#include "text_gen.h"

namespace blastradius {
namespace {

using fakes::SimEnv;
using proptest::ApproverMove;
using proptest::AttemptRecord;
using proptest::BundledDetector;
using proptest::Fault;
using proptest::FaultKind;
using proptest::ModelExecutor;
using proptest::ScriptedHuman;

// ------------------------------------------------------------------ generators

struct ToolPlan {
  int tier = 0;
  bool external = false;
  bool idempotent = false;
  bool compensable = false;
  int64_t cost_cents = 0;
};

std::ostream& operator<<(std::ostream& os, const ToolPlan& t) {
  os << "tier " << t.tier << (t.external ? " external" : "") << (t.idempotent ? " idempotent" : "")
     << (t.compensable ? " compensable" : "") << " " << t.cost_cents << "c";
  return os;
}

Json ManifestJson(const std::vector<ToolPlan>& tools) {
  Json list = Json::array();
  for (size_t i = 0; i < tools.size(); ++i) {
    const ToolPlan& t = tools[i];
    const std::string name = "t" + std::to_string(i);
    Json tool = {{"name", name},
                 {"tier", t.tier},
                 {"description", "tool " + name},
                 {"external", t.external},
                 {"idempotent", t.idempotent},
                 {"cost_usd", static_cast<double>(t.cost_cents) / 100.0}};
    if (t.compensable) {
      tool["compensation"] = "undo_" + name;
      list.push_back({{"name", "undo_" + name}, {"tier", 1}, {"description", "undoes " + name}});
    }
    list.push_back(tool);
  }
  return Json{{"tools", list}};
}

rc::Gen<ToolPlan> GenToolPlan() {
  return rc::gen::exec([] {
    ToolPlan t;
    t.tier = *rc::gen::resize(100, rc::gen::inRange(0, 4));  // uniform whatever the size
    t.external = *rc::gen::arbitrary<bool>();
    t.idempotent = *rc::gen::weightedElement<bool>({{3, false}, {1, true}});
    t.compensable = t.tier >= 1 && *rc::gen::weightedElement<bool>({{3, true}, {1, false}});
    t.cost_cents = *rc::gen::inRange<int64_t>(0, 50);
    return t;
  });
}

template <typename T>
std::optional<T> MaybeLimit(T lo, T hi) {
  if (*rc::gen::weightedElement<bool>({{1, true}, {4, false}})) return std::nullopt;
  return *rc::gen::inRange<T>(lo, hi);
}

std::string LimitText(const std::optional<int64_t>& v) {
  return v ? std::to_string(*v) : "unlimited";
}

std::string SetText(const std::set<int>& tiers) {
  std::string out = "{";
  for (int t : tiers) out += (out.size() > 1 ? "," : "") + std::to_string(t);
  return out + "}";
}

// The policy fields the generator varies, in policy.json vocabulary.
std::string PolicyText(const Policy& p) {
  std::ostringstream os;
  os << "budget{steps " << LimitText(p.budget.max_steps) << ", calls "
     << LimitText(p.budget.max_tool_calls) << ", ms " << LimitText(p.budget.max_duration_ms)
     << ", cost " << LimitText(p.budget.max_cost_micros) << "} loop{"
     << (p.loop_detection.enabled ? "on" : "off") << ", max "
     << p.loop_detection.max_identical_calls << ", window " << p.loop_detection.window
     << "} breaker{" << (p.circuit_breaker.enabled ? "on" : "off") << ", threshold "
     << p.circuit_breaker.failure_threshold << ", reset " << p.circuit_breaker.reset_timeout_ms
     << ", probes " << p.circuit_breaker.half_open_probes << "} retry{attempts "
     << p.retry.max_attempts << ", base " << p.retry.base_backoff_ms << ", max "
     << p.retry.max_backoff_ms << ", honour " << p.retry.honour_retry_after << ", max_after "
     << p.retry.max_retry_after_ms << ", budget " << p.retry.retry_budget << "} timeout "
     << p.call_timeout_ms << " approval{tiers " << SetText(p.approval.tiers) << ", timeout "
     << p.approval.timeout_ms << ", poll " << p.approval.poll_interval_ms << ", disabled "
     << SetText(p.approval.disabled_tiers) << "} sanitizer{" << OnDetectName(p.sanitizer.on_detect)
     << ", max " << p.sanitizer.max_output_bytes << "}";
  return os.str();
}

Policy GenPolicy() {
  Policy p;
  p.budget.max_steps = MaybeLimit<int64_t>(1, 30);
  p.budget.max_tool_calls = MaybeLimit<int64_t>(1, 40);
  p.budget.max_duration_ms = MaybeLimit<int64_t>(100, 200'000);
  p.budget.max_cost_micros = MaybeLimit<int64_t>(0, 3'000'000);
  p.loop_detection.enabled = *rc::gen::weightedElement<bool>({{4, true}, {1, false}});
  p.loop_detection.max_identical_calls = *rc::gen::inRange(1, 5);
  p.loop_detection.window = *rc::gen::element(0, 0, 4);
  p.circuit_breaker.enabled = *rc::gen::weightedElement<bool>({{4, true}, {1, false}});
  p.circuit_breaker.failure_threshold = *rc::gen::inRange(1, 5);
  p.circuit_breaker.reset_timeout_ms = *rc::gen::inRange<int64_t>(10, 5000);
  p.circuit_breaker.half_open_probes = *rc::gen::inRange(1, 3);
  p.retry.max_attempts = *rc::gen::inRange(1, 5);
  p.retry.base_backoff_ms = *rc::gen::inRange<int64_t>(1, 200);
  p.retry.max_backoff_ms = p.retry.base_backoff_ms + *rc::gen::inRange<int64_t>(0, 5000);
  p.retry.honour_retry_after = *rc::gen::arbitrary<bool>();
  p.retry.max_retry_after_ms = *rc::gen::inRange<int64_t>(0, 10'000);
  p.retry.retry_budget = *rc::gen::inRange(0, 7);
  p.call_timeout_ms = *rc::gen::inRange<int64_t>(50, 5000);
  p.approval.tiers = *rc::gen::element(std::set<int>{3}, std::set<int>{2, 3});
  p.approval.timeout_ms = *rc::gen::inRange<int64_t>(0, 3000);
  p.approval.poll_interval_ms = *rc::gen::inRange<int64_t>(1, 500);
  p.approval.disabled_tiers = *rc::gen::element(std::set<int>{}, std::set<int>{}, std::set<int>{3});
  p.sanitizer.on_detect =
      *rc::gen::element(OnDetect::kFlag, OnDetect::kQuarantine, OnDetect::kBlock);
  p.sanitizer.max_output_bytes = *rc::gen::inRange<int64_t>(256, 4096);
  return p;
}

rc::Gen<Fault> GenFault() {
  return rc::gen::exec([] {
    Fault f;
    f.kind = *rc::gen::weightedElement<FaultKind>({{6, FaultKind::kNone},
                                                   {2, FaultKind::kFail},
                                                   {2, FaultKind::kTransient},
                                                   {2, FaultKind::kRateLimited},
                                                   {1, FaultKind::kHang},
                                                   {1, FaultKind::kPartial},
                                                   {1, FaultKind::kCallerError},
                                                   {1, FaultKind::kSlow},
                                                   {1, FaultKind::kInject},
                                                   {1, FaultKind::kOversize},
                                                   {1, FaultKind::kGarbage}});
    if (f.kind == FaultKind::kRateLimited || f.kind == FaultKind::kSlow) {
      f.ms = *rc::gen::inRange<int64_t>(0, 12'000);
    }
    if (f.kind == FaultKind::kOversize) f.ms = *rc::gen::inRange<int64_t>(1, 500);
    if (f.kind == FaultKind::kGarbage || f.kind == FaultKind::kOversize) {
      f.text = *proptest::HostileText(0);
    }
    return f;
  });
}

enum class ActionKind { kCall, kBegin, kCommit, kAbort };

struct Action {
  ActionKind kind = ActionKind::kCall;
  int tool = 0;  // index into the manifest's main tools; == count: a tool not in the manifest
  int customer = 0;
  bool password = false;
  bool bearer = false;
  bool card = false;
  bool confirmed = false;
  int64_t wait_ms = 0;
};

std::ostream& operator<<(std::ostream& os, const Action& a) {
  switch (a.kind) {
    case ActionKind::kBegin:
      return os << "Begin";
    case ActionKind::kCommit:
      return os << "Commit";
    case ActionKind::kAbort:
      return os << "Abort";
    case ActionKind::kCall:
      break;
  }
  os << "Call(t" << a.tool << ", c" << a.customer << (a.password ? ", password" : "")
     << (a.bearer ? ", bearer" : "") << (a.card ? ", card" : "")
     << (a.confirmed ? ", confirmed" : "") << ", after " << a.wait_ms << "ms)";
  return os;
}

rc::Gen<Action> GenAction(int tools) {
  return rc::gen::exec([tools] {
    Action a;
    a.kind = *rc::gen::weightedElement<ActionKind>({{12, ActionKind::kCall},
                                                    {1, ActionKind::kBegin},
                                                    {1, ActionKind::kCommit},
                                                    {1, ActionKind::kAbort}});
    a.tool = *rc::gen::weightedElement<int>({{9, *rc::gen::inRange(0, tools)}, {1, tools}});
    a.customer = *rc::gen::inRange(0, 2);
    a.password = *rc::gen::weightedElement<bool>({{3, false}, {1, true}});
    a.bearer = *rc::gen::weightedElement<bool>({{3, false}, {1, true}});
    a.card = *rc::gen::weightedElement<bool>({{3, false}, {1, true}});
    a.confirmed = *rc::gen::weightedElement<bool>({{3, false}, {1, true}});
    a.wait_ms = *rc::gen::oneOf(rc::gen::just<int64_t>(0), rc::gen::inRange<int64_t>(0, 6000));
    return a;
  });
}

// Every secret contains this tag; it must never reach the audit log.
const char kSecretTag[] = "S3CR3T";

Json ArgsOf(const Action& a) {
  Json args = {{"customer", "c" + std::to_string(a.customer)}};
  if (a.password) args["password"] = std::string("pw-") + kSecretTag;
  if (a.bearer) args["memo"] = std::string("use Bearer tok") + kSecretTag + "abcdef0123456789";
  if (a.card) args["payment"] = "card 4111111111111111 exp 12/29";
  if (a.confirmed) args["confirmed"] = true;
  return args;
}

// ------------------------------------------------------------------ one run

struct CallLog {
  Action action;
  CallResult result;
  size_t attempts_before = 0;  // executor ledger size when the call began
  size_t attempts_after = 0;
};

struct Run {
  Policy policy;
  Manifest manifest;
  std::unique_ptr<SimEnv> env;
  std::unique_ptr<ModelExecutor> executor;
  std::unique_ptr<ScriptedHuman> human;
  MemoryAuditSink audit;
  MemoryAlertSink alerts;
  std::vector<CallLog> calls;
};

}  // namespace
std::ostream& operator<<(std::ostream& os, const Policy& p) { return os << PolicyText(p); }
namespace proptest {
std::ostream& operator<<(std::ostream& os, ApproverMove m) { return os << ApproverMoveName(m); }
}  // namespace proptest
namespace {

std::unique_ptr<Run> GenerateAndRun() {
  auto run = std::make_unique<Run>();
  const size_t tool_count = *rc::gen::resize(100, rc::gen::inRange<size_t>(1, 6)).as("tool count");
  const auto tools =
      *rc::gen::container<std::vector<ToolPlan>>(tool_count, GenToolPlan()).as("tools");
  StatusOr<Manifest> manifest = Manifest::FromJson(ManifestJson(tools), "generated tools.json");
  RC_ASSERT(manifest.ok());
  run->manifest = *manifest;
  run->policy = *rc::gen::exec(GenPolicy).as("policy");
  const auto faults = *rc::gen::container<std::vector<Fault>>(GenFault()).as("fault schedule");
  const auto moves =
      *rc::gen::container<std::vector<std::pair<ApproverMove, int64_t>>>(
           rc::gen::pair(rc::gen::element(ApproverMove::kApprove, ApproverMove::kApprove,
                                          ApproverMove::kReject, ApproverMove::kSilent,
                                          ApproverMove::kApproveLater, ApproverMove::kWrongBinding),
                         rc::gen::inRange<int64_t>(0, 4000)))
           .as("approver script");
  const auto script =
      *rc::gen::container<std::vector<Action>>(GenAction(static_cast<int>(tools.size())))
           .as("agent script");

  std::vector<std::string> writing;
  for (const ToolSpec& t : run->manifest.tools()) {
    if (t.writes()) writing.push_back(t.name);
  }
  run->env = std::make_unique<SimEnv>(*rc::gen::arbitrary<uint64_t>().as("env seed"));
  RC_LOG() << "manifest: " << ManifestJson(tools).dump() << "\n";
  run->executor = std::make_unique<ModelExecutor>(run->env.get(), faults, writing);
  run->human = std::make_unique<ScriptedHuman>(run->env.get(), moves);
  GuardDeps deps;
  deps.env = run->env.get();
  deps.executor = run->executor.get();
  deps.approver = run->human.get();
  deps.audit = &run->audit;
  deps.alerts = &run->alerts;
  deps.detector = BundledDetector();
  RC_ASSERT(deps.detector != nullptr);
  StatusOr<std::unique_ptr<Guard>> guard = Guard::Create(run->manifest, run->policy, deps);
  RC_ASSERT(guard.ok());

  for (const Action& a : script) {
    run->env->Advance(a.wait_ms);
    switch (a.kind) {
      case ActionKind::kBegin:
        (*guard)->BeginWorkflow("r1").IgnoreError();
        continue;
      case ActionKind::kCommit:
        (*guard)->CommitWorkflow("r1").IgnoreError();
        continue;
      case ActionKind::kAbort:
        (*guard)->AbortWorkflow("r1", "agent gave up");
        continue;
      case ActionKind::kCall:
        break;
    }
    ToolCall call;
    call.run_id = "r1";
    call.tool = a.tool < static_cast<int>(tools.size()) ? "t" + std::to_string(a.tool) : "rm_rf";
    call.args = ArgsOf(a);
    CallLog log;
    log.action = a;
    log.attempts_before = run->executor->attempts().size();
    log.result = (*guard)->Call(call);
    log.attempts_after = run->executor->attempts().size();
    run->calls.push_back(std::move(log));
  }
  return run;
}

bool IsCompensation(const AttemptRecord& a) { return !a.invocation.compensates.empty(); }

// ------------------------------------------------------------------ the invariants

void CheckApprovals(const Run& run) {
  std::map<std::string, std::set<std::string>> calls_per_binding;
  for (const AttemptRecord& a : run.executor->attempts()) {
    if (IsCompensation(a)) continue;
    const ToolSpec* spec = run.manifest.Find(a.invocation.tool);
    RC_ASSERT(spec != nullptr);  // unknown tools never reach the executor
    const int tier = static_cast<int>(spec->tier);
    RC_ASSERT(!run.policy.IsDisabled(tier));
    if (!run.policy.NeedsApproval(tier)) continue;
    const std::string binding = ApprovalBinding(a.invocation.tool, a.invocation.args);
    bool approved_before = false;
    for (const auto& g : run.human->approvals()) {
      if (g.binding == binding && g.visible_at_ms <= a.start_ms) approved_before = true;
    }
    RC_ASSERT(approved_before);
    calls_per_binding[binding].insert(a.invocation.call_id);
  }
  for (const auto& [binding, call_ids] : calls_per_binding) {
    size_t approvals = 0;
    for (const auto& g : run.human->approvals()) approvals += g.binding == binding;
    RC_ASSERT(call_ids.size() <= approvals);  // each approval used at most once
  }
}

void CheckNothingAfterHalt(const Run& run) {
  const auto& attempts = run.executor->attempts();
  bool halted = false;
  for (const CallLog& c : run.calls) {
    if (halted) {
      RC_ASSERT(!c.result.reached_tool);
      RC_ASSERT(!c.result.status.ok());
      for (size_t i = c.attempts_before; i < c.attempts_after; ++i) {
        RC_ASSERT(IsCompensation(attempts[i]));
      }
    }
    if (c.result.halted) halted = true;
  }
}

void CheckAudit(const Run& run) {
  const std::vector<AuditRecord> records = run.audit.records();
  const std::vector<std::string> lines = run.audit.lines();
  RC_ASSERT(records.size() == lines.size());
  for (const std::string& line : lines) {
    RC_ASSERT(line.find('\n') == std::string::npos);
    RC_ASSERT(line.find(kSecretTag) == std::string::npos);
    RC_ASSERT(line.find("4111111111111111") == std::string::npos);
    const Json doc = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    RC_ASSERT(doc.is_object());
    for (const std::string& field : RequiredAuditFields()) RC_ASSERT(doc.contains(field));
    RC_ASSERT(doc["tool_outputs"].is_string());
    RC_ASSERT(doc["tool_outputs"].get<std::string>().size() <=
              static_cast<size_t>(run.policy.sanitizer.max_output_bytes));
  }
  // Exactly one record per attempt that reached a tool.
  std::map<std::pair<std::string, int>, int> per_attempt;
  for (const AuditRecord& r : records) {
    if (r.attempt > 0) ++per_attempt[{r.call_id, r.attempt}];
  }
  std::map<std::pair<std::string, int>, int> executed;
  for (const AttemptRecord& a : run.executor->attempts()) {
    ++executed[{a.invocation.call_id, a.invocation.attempt}];
  }
  for (const auto& [key, n] : executed) RC_ASSERT(n == 1);
  RC_ASSERT(per_attempt == executed);
  // And exactly one for a call that never reached a tool.
  for (const CallLog& c : run.calls) {
    if (c.attempts_after > c.attempts_before) continue;
    int n = 0;
    for (const AuditRecord& r : records) n += r.call_id == c.result.call_id;
    RC_ASSERT(n == 1);
  }
}

void CheckOutputs(const Run& run) {
  for (const CallLog& c : run.calls) {
    const std::string& out = c.result.output;
    if (out.empty()) continue;
    RC_ASSERT(out.rfind("<<tool_output ", 0) == 0);
    const size_t open_end = out.find(">>\n");
    RC_ASSERT(open_end != std::string::npos);
    const std::string nonce = out.substr(14, open_end - 14);
    const std::string close = "<</tool_output " + nonce + ">>";
    RC_ASSERT(out.size() >= open_end + 3 + close.size() + 1);
    RC_ASSERT(out.compare(out.size() - close.size(), close.size(), close) == 0);
    const std::string body =
        out.substr(open_end + 3, out.size() - close.size() - 1 - (open_end + 3));
    RC_ASSERT(!proptest::HasMarkerLookalike(body));
    RC_ASSERT(proptest::IsValidUtf8(body));
    RC_ASSERT(!proptest::HasControl(body));
    RC_ASSERT(body.size() <= static_cast<size_t>(run.policy.sanitizer.max_output_bytes));
  }
}

void CheckBudgetAndRetries(const Run& run) {
  const BudgetLimits& limits = run.policy.budget;
  int64_t tool_calls = 0;
  int64_t cost = 0;
  std::map<std::string, int> attempts_per_call;
  for (const AttemptRecord& a : run.executor->attempts()) {
    if (IsCompensation(a)) continue;
    ++tool_calls;
    cost += run.manifest.Find(a.invocation.tool)->cost_micros;
    int& n = attempts_per_call[a.invocation.call_id];
    n = std::max(n, a.invocation.attempt);
  }
  if (limits.max_tool_calls) RC_ASSERT(tool_calls <= *limits.max_tool_calls);
  if (limits.max_cost_micros) RC_ASSERT(cost <= *limits.max_cost_micros);
  if (limits.max_steps) {
    RC_ASSERT(static_cast<int64_t>(attempts_per_call.size()) <= *limits.max_steps);
  }
  int retries = 0;
  for (const auto& [call_id, n] : attempts_per_call) {
    RC_ASSERT(n <= run.policy.retry.max_attempts);
    retries += n - 1;
  }
  RC_ASSERT(retries <= run.policy.retry.retry_budget);
  // A retry never comes sooner than an honoured retry_after.
  const auto& attempts = run.executor->attempts();
  for (size_t i = 0; i < attempts.size(); ++i) {
    const AttemptRecord& prev = attempts[i];
    if (IsCompensation(prev) || !prev.result.retry_after_ms) continue;
    for (size_t j = i + 1; j < attempts.size(); ++j) {
      const AttemptRecord& next = attempts[j];
      if (next.invocation.call_id != prev.invocation.call_id ||
          next.invocation.attempt != prev.invocation.attempt + 1) {
        continue;
      }
      const int64_t hint = *prev.result.retry_after_ms;
      if (run.policy.retry.honour_retry_after && hint <= run.policy.retry.max_retry_after_ms) {
        RC_ASSERT(next.start_ms - prev.end_ms >= hint);
      }
    }
  }
}

// Replays each tool's attempts through a model breaker (sequential calls: one probe at a time).
void CheckBreakers(const Run& run) {
  if (!run.policy.circuit_breaker.enabled) return;
  const CircuitBreakerOptions& o = run.policy.circuit_breaker;
  struct Model {
    bool open = false, half_open = false;
    int failures = 0;
    int64_t opened_at = 0;
  };
  std::map<std::string, Model> models;
  int openings = 0;
  for (const AttemptRecord& a : run.executor->attempts()) {
    if (IsCompensation(a)) continue;
    Model& m = models[a.invocation.tool];
    if (m.open && a.start_ms - m.opened_at >= o.reset_timeout_ms) {
      m.open = false;
      m.half_open = true;
    }
    RC_ASSERT(!m.open);  // nothing reaches a tool while its breaker is open
    const bool late = a.end_ms > a.invocation.deadline_ms;
    const bool ok = a.result.outcome == Outcome::kOk && !late;
    const bool neutral = !late && a.result.outcome == Outcome::kFailed && a.result.caller_error;
    if (ok) {
      m = Model{};
    } else if (!neutral) {
      ++m.failures;
      if (m.half_open || m.failures >= o.failure_threshold) {
        m = Model{true, false, m.failures, a.end_ms};
        ++openings;
      }
    }
  }
  if (run.policy.alerts.sink != "none") {
    RC_ASSERT(run.alerts.Count(AlertKind::kCircuitOpen) == openings);
  }
}

RC_GTEST_PROP(GuardProperty, SafetyInvariantsHoldForEveryRun, ()) {
  static ShrinkBudget budget;
  WithShrinkBudget(&budget, [] {
    std::unique_ptr<Run> run = GenerateAndRun();
    int reached = 0;
    for (const CallLog& c : run->calls) reached += c.result.reached_tool;
    RC_CLASSIFY(reached == 0, "no call reached a tool");
    RC_CLASSIFY(!run->human->approvals().empty(), "some approval given");
    std::set<Decision> decisions;
    for (const CallLog& c : run->calls) decisions.insert(c.result.decision);
    RC_CLASSIFY(decisions.count(Decision::kApproved), "approved");
    RC_CLASSIFY(decisions.count(Decision::kRejected) || decisions.count(Decision::kExpired),
                "rejected/expired");
    RC_CLASSIFY(decisions.count(Decision::kHalted), "halted");
    CheckApprovals(*run);
    CheckNothingAfterHalt(*run);
    CheckAudit(*run);
    CheckOutputs(*run);
    CheckBudgetAndRetries(*run);
    CheckBreakers(*run);
  });
}

}  // namespace
}  // namespace blastradius
