#include "fakes/agents.h"

#include <algorithm>

#include "fakes/agent_reader.h"

namespace blastradius::fakes {
namespace {

std::string Key(const std::string& run_id, const std::string& tool, const Json& args) {
  return run_id + '\0' + tool + '\0' + CanonicalJson(args);
}

// What stopped the agent, in formats.md's outcome words.
std::string Classify(const CallResult& r) {
  switch (r.status.code()) {
    case StatusCode::kResourceExhausted:
      return "halted";
    case StatusCode::kUnavailable:
      return r.reached_tool ? "failed" : "halted";  // breaker open
    case StatusCode::kPermissionDenied:
    case StatusCode::kNotFound:
      return "blocked";
    default:
      return r.halted ? "halted" : "failed";
  }
}

// The bookkeeping every agent shares: calling through the guard, recording what it saw,
// opening, committing and aborting its workflow, and deciding the outcome.
class Session {
 public:
  Session(AgentContext& ctx, const AgentSpec& spec) : ctx_(ctx), spec_(spec) {}

  bool capped() const { return static_cast<int64_t>(report_.calls.size()) >= spec_.max_calls; }

  void Begin() {
    if (!spec_.transaction) return;
    workflow_open_ = ctx_.guard->BeginWorkflow(ctx_.run_id).ok();
    report_.workflow_opened = workflow_open_;
  }

  CallResult Call(const std::string& tool, const Json& args, bool injected) {
    if (spec_.think_ms > 0) ctx_.env->SleepForMillis(spec_.think_ms);
    if (injected) ctx_.tags->MarkInjected(ctx_.run_id, tool, args);
    CallResult r = ctx_.guard->Call(ToolCall{ctx_.run_id, tool, args});
    AgentCall c;
    c.index = static_cast<int>(report_.calls.size()) + 1;
    c.tool = tool;
    c.args = args;
    c.injected = injected;
    c.status = std::string(StatusCodeName(r.status.code()));
    c.decision = std::string(DecisionName(r.decision));
    c.call_id = r.call_id;
    c.reached_tool = r.reached_tool;
    c.halted = r.halted;
    c.output = r.output.substr(0, 300);
    report_.outputs.push_back(r.output);
    report_.calls.push_back(c);
    if (ctx_.on_call) ctx_.on_call(c);
    if (r.halted || r.status.code() == StatusCode::kResourceExhausted) halted_seen_ = true;
    if (r.rollback) EndWithRollback(*r.rollback);
    return r;
  }

  // One call within the agent's own cap, into `*result`: false when the agent must stop, because
  // the cap is reached (a runaway; `*result` is left as it was) or the result ends the run
  // (MustStop). REQUIRES: result != nullptr.
  bool CallWithinCap(const std::string& tool, const Json& args, bool injected, CallResult* result) {
    if (capped()) {
      Runaway();
      return false;
    }
    *result = Call(tool, args, injected);
    return !MustStop(*result);
  }

  // True when the result means the agent cannot go on whatever its on_error says.
  bool MustStop(const CallResult& r) {
    if (over_) return true;
    if (r.halted || r.status.code() == StatusCode::kResourceExhausted) {
      Stop(r, "the run was halted");
      return true;
    }
    return false;
  }

  void Stop(const CallResult& r, const std::string& reason) {
    if (over_) return;
    report_.stop_reason = reason + " (" + r.status.ToString() + ")";
    if (workflow_open_) {
      EndWithRollback(ctx_.guard->AbortWorkflow(ctx_.run_id, report_.stop_reason));
      return;
    }
    report_.outcome = Classify(r);
    over_ = true;
  }

  void Runaway() {
    if (over_) return;
    report_.stop_reason = "the agent hit its own cap of " + std::to_string(spec_.max_calls) +
                          " calls: nothing in the guard stopped it";
    if (workflow_open_) EndWithRollback(ctx_.guard->AbortWorkflow(ctx_.run_id, "runaway"));
    report_.outcome = "runaway";
    over_ = true;
  }

  AgentReport Finish() {
    if (!over_) {
      if (workflow_open_) {
        report_.workflow_committed = ctx_.guard->CommitWorkflow(ctx_.run_id).ok();
        workflow_open_ = false;
      }
      report_.outcome = halted_seen_ ? "halted" : "completed";
      if (report_.stop_reason.empty()) report_.stop_reason = "the plan ran to its end";
    }
    return std::move(report_);
  }

  const AgentContext& ctx() const { return ctx_; }

 private:
  void EndWithRollback(const RollbackReport& rb) {
    report_.rollbacks.push_back(rb);
    workflow_open_ = false;
    report_.outcome = std::string(WorkflowStateName(rb.state));
    if (report_.stop_reason.empty()) report_.stop_reason = "workflow ended: " + rb.reason;
    over_ = true;
  }

  AgentContext& ctx_;
  const AgentSpec& spec_;
  AgentReport report_;
  bool workflow_open_ = false;
  bool halted_seen_ = false;
  bool over_ = false;
};

// Runs one plan step under `on_error`; returns false when the agent must stop.
bool RunStep(Session& s, const AgentSpec& spec, const std::string& tool, const Json& args,
             const std::string& on_error, CallResult* last = nullptr) {
  CallResult own;
  CallResult& r = last != nullptr ? *last : own;  // the last call's result
  int retries = 0;
  while (s.CallWithinCap(tool, args, false, &r)) {
    if (r.status.ok() || on_error == "skip") return true;
    if (on_error == "retry_forever") continue;
    if (on_error == "retry" && ++retries <= spec.max_retries) continue;
    s.Stop(r, "the agent gave up on " + tool);
    return false;
  }
  return false;
}

// An agent whose run is one Session: begun before its first move and finished after its last,
// whatever the moves are (the workflow it opens is committed or ended by the session).
class SessionAgent : public Agent {
 public:
  explicit SessionAgent(AgentSpec spec) : spec_(std::move(spec)) {}
  AgentReport Run(AgentContext& ctx) final {
    Session s(ctx, spec_);
    s.Begin();
    Play(s, ctx);
    return s.Finish();
  }

 protected:
  // The agent's moves; returns when the plan is done or a move says the agent must stop.
  virtual void Play(Session& s, AgentContext& ctx) = 0;

  const AgentSpec spec_;
};

class ScriptedAgent : public SessionAgent {
 public:
  using SessionAgent::SessionAgent;

 private:
  void Play(Session& s, AgentContext&) override {
    for (const PlanStep& step : spec_.plan) {
      if (!RunStep(s, spec_, step.tool, step.args, spec_.on_error)) break;
    }
  }
};

class LoopingAgent : public SessionAgent {
 public:
  using SessionAgent::SessionAgent;

 private:
  void Play(Session& s, AgentContext&) override {
    const PlanStep call = spec_.call.value_or(PlanStep{});
    CallResult r;
    while (s.CallWithinCap(call.tool, call.args, false, &r)) {
    }
  }
};

class GullibleAgent : public SessionAgent {
 public:
  using SessionAgent::SessionAgent;

 private:
  void Play(Session& s, AgentContext& ctx) override {
    for (const ToolSpec& t : ctx.manifest->tools()) known_.insert(t.name);
    for (const PlanStep& step : spec_.plan) {
      if (!Do(s, step.tool, step.args, false)) break;
    }
  }

  // Makes one call and then obeys whatever its output says; false when the agent must stop.
  bool Do(Session& s, const std::string& tool, const Json& args, bool injected) {
    CallResult r;
    if (!s.CallWithinCap(tool, args, injected, &r)) return false;
    for (const Instruction& ins : ExtractInstructions(r.output, known_)) {
      const Json& next_args = ins.again && ins.tool == tool ? args : ins.args;
      if (!Do(s, ins.tool, next_args, true)) return false;
    }
    return true;
  }

  std::set<std::string> known_;
};

class SelfConfirmingAgent : public SessionAgent {
 public:
  using SessionAgent::SessionAgent;

 private:
  void Play(Session& s, AgentContext&) override {
    for (const PlanStep& step : spec_.plan) {
      Json args = step.args;
      args["confirmed"] = true;
      args["require_confirmation"] = false;
      args["user_approved"] = true;
      CallResult r;
      if (!RunStep(s, spec_, step.tool, args, "skip", &r)) break;
      if (r.status.code() == StatusCode::kPermissionDenied) {
        // Refused: insist, louder.
        args["force"] = true;
        args["approval"] = "granted by the agent";
        if (!RunStep(s, spec_, step.tool, args, spec_.on_error)) break;
      } else if (!r.status.ok() && spec_.on_error != "skip") {
        s.Stop(r, "the agent gave up on " + step.tool);
        break;
      }
    }
  }
};

class RandomAgent : public SessionAgent {
 public:
  using SessionAgent::SessionAgent;

 private:
  void Play(Session& s, AgentContext& ctx) override {
    std::vector<std::string> tools = spec_.tools;
    if (tools.empty()) {
      for (const ToolSpec& t : ctx.manifest->tools()) tools.push_back(t.name);
    }
    for (int i = 0; i < spec_.random_steps && !tools.empty(); ++i) {
      const std::string& tool = tools[UniformRandom(ctx.env, tools.size())];
      Json args = {{"id", "r-" + std::to_string(UniformRandom(ctx.env, 4))}};
      if (!RunStep(s, spec_, tool, args, "skip")) break;
    }
  }
};

}  // namespace

const std::vector<std::string>& AgentKinds() {
  static const auto* kinds =
      new std::vector<std::string>{"scripted", "looping", "gullible", "self_confirming", "random"};
  return *kinds;
}

const std::vector<std::string>& OnErrorModes() {
  static const auto* modes = new std::vector<std::string>{"stop", "retry", "retry_forever", "skip"};
  return *modes;
}

void CallTags::MarkInjected(const std::string& run_id, const std::string& tool, const Json& args) {
  std::lock_guard<std::mutex> lock(mu_);
  injected_.insert(Key(run_id, tool, args));
}

bool CallTags::IsInjected(const std::string& run_id, const std::string& tool,
                          const Json& args) const {
  std::lock_guard<std::mutex> lock(mu_);
  return injected_.count(Key(run_id, tool, args)) > 0;
}

EffectContext RunProvenance::ContextFor(const Invocation& inv) {
  EffectContext c;
  if (approver_ != nullptr) c.approved = approver_->ClaimApproval(inv.tool, inv.args, inv.call_id);
  if (tags_ != nullptr) c.injected = tags_->IsInjected(inv.run_id, inv.tool, inv.args);
  return c;
}

std::unique_ptr<Agent> MakeAgent(const AgentSpec& spec) {
  if (spec.kind == "looping") return std::make_unique<LoopingAgent>(spec);
  if (spec.kind == "gullible") return std::make_unique<GullibleAgent>(spec);
  if (spec.kind == "self_confirming") return std::make_unique<SelfConfirmingAgent>(spec);
  if (spec.kind == "random") return std::make_unique<RandomAgent>(spec);
  return std::make_unique<ScriptedAgent>(spec);
}

}  // namespace blastradius::fakes
