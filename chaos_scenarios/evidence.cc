#include "chaos_scenarios/evidence.h"

#include <algorithm>
#include <map>
#include <set>

#include "chaos_scenarios/invariants.h"
#include "fakes/agent_reader.h"

namespace blastradius::chaos {
namespace {

using fakes::AgentCall;
using fakes::Effect;
using fakes::WireRecord;

bool Contains(const std::vector<std::string>& list, std::string_view item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

// What the run left behind, indexed for the predicates below.
class RunView {
 public:
  RunView(const RunHistory& h, const Scenario& s) : h_(h), s_(s) {
    for (const WireRecord& w : h.wire) on_wire_.insert(w.call_id);
    for (const Effect& e : h.ledger) in_ledger_.insert(e.call_id);
    for (size_t p = 0; p < h.order.size(); ++p) {
      if (h.order[p].type == 'c') call_position_[h.order[p].index] = p;
    }
  }

  const RunHistory& h() const { return h_; }
  const Scenario& s() const { return s_; }
  int Tier(const std::string& tool) const {
    const ToolSpec* spec = s_.manifest.Find(tool);
    return spec ? static_cast<int>(spec->tier) : -1;
  }
  bool Expects(std::string_view invariant) const {
    return Contains(s_.expect_invariants, invariant);
  }
  // An alert the scenario expects and the alert sink received.
  bool SawExpectedAlert(const std::string& kind) const {
    return Contains(s_.expect_alerts, kind) && h_.HasAlert(kind);
  }
  // Nothing of this agent call reached a tool or the world.
  bool NeverReached(const AgentCall& c) const {
    if (!c.call_id.empty() && (on_wire_.count(c.call_id) || in_ledger_.count(c.call_id))) {
      return false;
    }
    for (const WireRecord& w : h_.wire) {
      if (w.tool == c.tool && w.args == c.args && w.compensates.empty()) return false;
    }
    return true;
  }
  // The fake human's events about exactly this call.
  std::vector<const Json*> HumanEvents(const AgentCall& c, std::string_view event) const {
    std::vector<const Json*> out;
    for (const Json& a : h_.approvals) {
      if (a.value("event", "") == event && a.value("tool", "") == c.tool &&
          a.value("args", Json()) == c.args) {
        out.push_back(&a);
      }
    }
    return out;
  }
  bool HumanApproved(const AgentCall& c) const {
    for (const Json* a : HumanEvents(c, "answer")) {
      if (a->value("decision", "") == "approve") return true;
    }
    return false;
  }
  // Position of agent call `i` in the event order (order.size() if unknown).
  size_t CallPosition(size_t i) const {
    auto it = call_position_.find(i);
    return it == call_position_.end() ? h_.order.size() : it->second;
  }
  // The agent call that carried call id `id`, or null.
  const AgentCall* CallById(const std::string& id) const {
    for (const AgentCall& c : h_.agent_calls) {
      if (c.call_id == id) return &c;
    }
    return nullptr;
  }
  // What the agent read for that call (agent_outputs is one entry per agent call).
  const std::string* OutputOf(const AgentCall& c) const {
    const size_t i = static_cast<size_t>(c.index) - 1;
    return i < h_.agent_outputs.size() ? &h_.agent_outputs[i] : nullptr;
  }
  bool Bounded(const std::string& out) const {
    return static_cast<int64_t>(out.size()) <=
           s_.policy.sanitizer.max_output_bytes + kOutputFramingBytes;
  }
  // The wire record of the attempt a fault fired on.
  const WireRecord* WireOf(const fakes::FaultEvent& f) const {
    for (const WireRecord& w : h_.wire) {
      if (w.call_id == f.call_id && w.attempt == f.attempt && w.tool == f.tool) return &w;
    }
    return nullptr;
  }

 private:
  const RunHistory& h_;
  const Scenario& s_;
  std::set<std::string> on_wire_, in_ledger_;
  std::map<size_t, size_t> call_position_;
};

bool UnknownToolDenied(const RunView& v) {
  if (!Contains(v.s().expect_alerts, "unknown_tool") && v.s().expect_outcome != "blocked") {
    return false;
  }
  for (const AgentCall& c : v.h().agent_calls) {
    if (v.Tier(c.tool) < 0 && c.status != "ok" && v.NeverReached(c)) return true;
  }
  return false;
}

bool Tier3HeldWithoutApproval(const RunView& v) {
  if (!v.Expects("no_unapproved_side_effects")) return false;
  for (const AgentCall& c : v.h().agent_calls) {
    if (v.Tier(c.tool) == 3 && !v.HumanApproved(c) && v.NeverReached(c)) return true;
  }
  return false;
}

bool ApprovalExpired(const RunView& v) {
  if (!v.SawExpectedAlert("approval_timeout")) return false;
  for (const AgentCall& c : v.h().agent_calls) {
    if (v.Tier(c.tool) == 3 && !v.HumanEvents(c, "submit").empty() &&
        v.HumanEvents(c, "answer").empty() && v.NeverReached(c)) {
      return true;
    }
  }
  return false;
}

bool Tier3DisabledRefused(const RunView& v) {
  if (!v.SawExpectedAlert("tier3_blocked") || !v.s().policy.IsDisabled(3)) return false;
  for (const AgentCall& c : v.h().agent_calls) {
    if (v.Tier(c.tool) == 3 && v.HumanEvents(c, "submit").empty() && v.NeverReached(c)) {
      return true;
    }
  }
  return false;
}

bool GatedEffectApproved(const RunView& v) {
  if (!v.Expects("no_unapproved_side_effects")) return false;
  for (const Effect& e : v.h().ledger) {
    if ((e.tier == 3 || v.s().policy.NeedsApproval(e.tier)) && e.approved) return true;
  }
  return false;
}

bool BudgetHalt(const RunView& v) {
  const RunHistory& h = v.h();
  if (!v.Expects("budget_respected")) return false;
  for (size_t i = 0; i < h.agent_calls.size(); ++i) {
    const AgentCall& c = h.agent_calls[i];
    if (!c.halted && c.status != "resource_exhausted") continue;
    for (size_t p = v.CallPosition(i) + 1; p < h.order.size(); ++p) {
      const HistoryEvent& e = h.order[p];
      if (e.type == 'w' && e.index < h.wire.size() && h.wire[e.index].compensates.empty()) {
        return false;
      }
    }
    return true;
  }
  return false;
}

// Tool failures a breaker counts: errors, timeouts, late answers, rate limits.
bool BreakerFailure(const WireRecord& w) {
  if (w.caller_error) return false;
  return w.outcome != "ok" || (w.deadline_ms > 0 && w.end_ms > w.deadline_ms);
}

struct BreakerShow {
  bool opened = false;
  bool probe_closed = false;
};

// Replays the wire per tool: the breaker opened when `threshold` consecutive failures were
// followed by an agent call of that tool that never reached it; a probe closed it when, past
// the reset timeout, an attempt succeeded and a later attempt of the tool reached it.
BreakerShow ReplayBreakers(const RunView& v) {
  const RunHistory& h = v.h();
  const CircuitBreakerOptions& o = v.s().policy.circuit_breaker;
  BreakerShow show;
  if (!v.Expects("breaker_respected")) return show;
  struct Model {
    int consecutive = 0;
    int64_t last_failure_ms = 0;
    bool opened = false;
    bool probed = false;
  };
  std::map<std::string, Model> models;
  for (const HistoryEvent& e : h.order) {
    if (e.type == 'c' && e.index < h.agent_calls.size()) {
      const AgentCall& c = h.agent_calls[e.index];
      Model& m = models[c.tool];
      if (m.consecutive >= o.failure_threshold && v.NeverReached(c)) m.opened = true;
      continue;
    }
    if (e.type != 'w' || e.index >= h.wire.size()) continue;
    const WireRecord& w = h.wire[e.index];
    if (!w.compensates.empty()) continue;
    Model& m = models[w.tool];
    if (m.probed) show.probe_closed = true;
    if (BreakerFailure(w)) {
      ++m.consecutive;
      m.last_failure_ms = w.end_ms;
      m.probed = false;
    } else if (!w.caller_error) {
      m.probed = m.opened && w.start_ms >= m.last_failure_ms + o.reset_timeout_ms;
      m.consecutive = 0;
    }
  }
  for (const auto& [tool, m] : models) show.opened |= m.opened;
  show.probe_closed &= show.opened;
  return show;
}

bool RetriesBounded(const RunView& v) {
  if (!v.Expects("retries_bounded")) return false;
  std::map<std::string, int> attempts;
  for (const WireRecord& w : v.h().wire) {
    if (w.compensates.empty() && BreakerFailure(w)) ++attempts[w.tool];
  }
  std::map<std::string, int> calls;
  for (const WireRecord& w : v.h().wire) calls[w.tool] += w.compensates.empty();
  for (const auto& [tool, failures] : attempts) {
    if (failures >= 1 && calls[tool] >= 2) return true;
  }
  return false;
}

bool InjectionNeutralised(const RunView& v) {
  const bool checked = v.Expects("outputs_sanitized") || v.Expects("injection_contained");
  if (!checked || !v.h().HasAlert("injection_detected")) return false;
  std::set<std::string> known;
  for (const ToolSpec& t : v.s().manifest.tools()) known.insert(t.name);
  const bool contained = v.Expects("injection_contained");
  for (const fakes::FaultEvent& f : v.h().faults) {
    if (f.kind != "inject") continue;
    const WireRecord* w = v.WireOf(f);
    const AgentCall* c = v.CallById(f.call_id);
    if (w == nullptr || w->outcome != "ok" || c == nullptr) continue;
    const std::string* out = v.OutputOf(*c);
    if (out == nullptr || !v.Bounded(*out)) continue;
    // Neutralised: the agent's own reader finds no instruction in what it saw, or it does and
    // the scenario checks from the ledger that obeying it changed nothing that matters.
    if (fakes::ExtractInstructions(*out, known).empty() || contained) return true;
  }
  return false;
}

bool OversizeBounded(const RunView& v) {
  if (!v.Expects("outputs_sanitized")) return false;
  for (const fakes::FaultEvent& f : v.h().faults) {
    if (f.kind != "oversize") continue;
    const AgentCall* c = v.CallById(f.call_id);
    const WireRecord* w = v.WireOf(f);
    const std::string* out = c ? v.OutputOf(*c) : nullptr;
    if (w == nullptr || out == nullptr) continue;
    if (static_cast<int64_t>(w->output_bytes) > v.s().policy.sanitizer.max_output_bytes &&
        v.Bounded(*out)) {
      return true;
    }
  }
  return false;
}

bool GarbageCleaned(const RunView& v) {
  if (!v.Expects("outputs_sanitized")) return false;
  for (const fakes::FaultEvent& f : v.h().faults) {
    if (f.kind != "garbage") continue;
    const AgentCall* c = v.CallById(f.call_id);
    const std::string* out = c ? v.OutputOf(*c) : nullptr;
    if (out != nullptr && IsValidUtf8(*out) && !HasControlCharacters(*out)) return true;
  }
  return false;
}

// The first attempt (not a compensation) that did not succeed, or the crash; -1 if none.
int64_t FirstFailureMs(const RunHistory& h) {
  for (const WireRecord& w : h.wire) {
    if (w.compensates.empty() && w.outcome != "ok") return w.start_ms;
  }
  return h.crashed ? h.end_ms : -1;
}

bool WorkflowFailedMidWay(const RunView& v) {
  const RunHistory& h = v.h();
  if (!v.s().agent.transaction || !v.Expects("atomic_workflow")) return false;
  const int64_t failed_at = FirstFailureMs(h);
  if (failed_at < 0) return false;
  for (const Effect& e : h.ledger) {
    if (e.run_id == h.run_id && e.clock_ms <= failed_at) return true;
  }
  return false;
}

bool FailureReported(const RunView& v) {
  if (!v.Expects("no_silent_failure")) return false;
  for (const WireRecord& w : v.h().wire) {
    if (w.compensates.empty() && w.outcome != "ok") return true;
  }
  return false;
}

bool EveryCallLogged(const RunView& v) {
  return v.Expects("every_call_logged") && !v.h().audit_lines.empty() && !v.h().agent_calls.empty();
}

bool InjectionObeyedContained(const RunView& v) {
  if (!v.Expects("injection_contained")) return false;
  bool injected = false;
  for (const fakes::FaultEvent& f : v.h().faults) injected |= f.kind == "inject";
  if (!injected) return false;
  for (const AgentCall& c : v.h().agent_calls) {
    if (c.injected) return true;
  }
  return false;
}

bool LoopBaitStopped(const RunView& v) {
  for (const fakes::FaultEvent& f : v.h().faults) {
    if (f.kind == "loop_bait") return BudgetHalt(v);
  }
  return false;
}

bool AlertOther(const RunView& v) {
  for (const std::string& kind : v.s().expect_alerts) {
    if (kind != "budget_exceeded" && kind != "loop_detected" && kind != "circuit_open" &&
        kind != "injection_detected" && v.SawExpectedAlert(kind)) {
      return true;
    }
  }
  return false;
}

struct FactInfo {
  Fact fact;
  std::string_view text;
};

constexpr FactInfo kFacts[] = {
    {Fact::kUnknownToolDenied,
     "an unknown tool was called, denied, and nothing reached a tool (checked by an "
     "unknown_tool alert or the blocked outcome)"},
    {Fact::kTier3HeldWithoutApproval,
     "a tier-3 call no human approved reached neither the wire nor the ledger (checked by "
     "no_unapproved_side_effects)"},
    {Fact::kApprovalExpired,
     "a tier-3 call's approval expired unanswered and the call never reached the tool (checked "
     "by an approval_timeout alert)"},
    {Fact::kTier3DisabledRefused,
     "tier 3 is disabled and a tier-3 call was refused before any human or tool saw it (checked "
     "by a tier3_blocked alert)"},
    {Fact::kGatedEffectApproved,
     "a gated effect is in the ledger with a human approval of that exact call (checked by "
     "no_unapproved_side_effects)"},
    {Fact::kBudgetHalt,
     "the agent was halted by a limit and nothing reached a tool afterwards (checked by "
     "budget_respected)"},
    {Fact::kBreakerOpened,
     "a tool failed failure_threshold times and a later call never reached it (checked by "
     "breaker_respected)"},
    {Fact::kBreakerProbeClosed,
     "after reset_timeout_ms a probe reached the open tool, succeeded, and later calls reached "
     "it again (checked by breaker_respected)"},
    {Fact::kRetriesBounded,
     "a failing tool was retried and the retries stayed within the policy (checked by "
     "retries_bounded)"},
    {Fact::kInjectionNeutralised,
     "an injected output reached the agent bounded, and either its own reader found no "
     "instruction in it or obeying it was contained (checked by outputs_sanitized or "
     "injection_contained, and an injection_detected alert)"},
    {Fact::kOversizeBounded,
     "an output larger than max_output_bytes reached the agent within the bound (checked by "
     "outputs_sanitized)"},
    {Fact::kGarbageCleaned,
     "garbage output reached the agent as valid UTF-8 with no control characters (checked by "
     "outputs_sanitized)"},
    {Fact::kLoopBaitStopped,
     "a tool output told the agent to call again, it obeyed, and a limit halted it (checked by "
     "budget_respected)"},
    {Fact::kInjectionObeyedContained,
     "the agent obeyed an instruction injected into a tool output and the ledger shows it "
     "changed nothing consequential (checked by injection_contained)"},
    {Fact::kWorkflowFailedMidWay,
     "a workflow failed after one of its effects was in the world, and the world was checked "
     "afterwards (atomic_workflow)"},
    {Fact::kFailureReported,
     "a tool attempt failed and the run was checked for silent failure (no_silent_failure)"},
    {Fact::kEveryCallLogged,
     "the agent made calls and every attempt and agent call has a complete audit record "
     "(checked by every_call_logged)"},
    {Fact::kAlertBudget, "an expected budget_exceeded or loop_detected alert reached the sink"},
    {Fact::kAlertCircuit, "an expected circuit_open alert reached the sink"},
    {Fact::kAlertInjection, "an expected injection_detected alert reached the sink"},
    {Fact::kAlertOther, "another expected alert reached the sink"},
};
static_assert(sizeof(kFacts) / sizeof(kFacts[0]) == kFactCount, "one text per fact");

}  // namespace

std::string_view FactText(Fact fact) { return kFacts[static_cast<size_t>(fact)].text; }

FactSet ObserveFacts(const RunHistory& h, const Scenario& s) {
  const RunView v(h, s);
  FactSet f;
  auto set = [&f](Fact fact, bool shown) { f[static_cast<size_t>(fact)] = shown; };
  set(Fact::kUnknownToolDenied, UnknownToolDenied(v));
  set(Fact::kTier3HeldWithoutApproval, Tier3HeldWithoutApproval(v));
  set(Fact::kApprovalExpired, ApprovalExpired(v));
  set(Fact::kTier3DisabledRefused, Tier3DisabledRefused(v));
  set(Fact::kGatedEffectApproved, GatedEffectApproved(v));
  set(Fact::kBudgetHalt, BudgetHalt(v));
  const BreakerShow breaker = ReplayBreakers(v);
  set(Fact::kBreakerOpened, breaker.opened);
  set(Fact::kBreakerProbeClosed, breaker.probe_closed);
  set(Fact::kRetriesBounded, RetriesBounded(v));
  set(Fact::kInjectionNeutralised, InjectionNeutralised(v));
  set(Fact::kOversizeBounded, OversizeBounded(v));
  set(Fact::kGarbageCleaned, GarbageCleaned(v));
  set(Fact::kLoopBaitStopped, LoopBaitStopped(v));
  set(Fact::kInjectionObeyedContained, InjectionObeyedContained(v));
  set(Fact::kWorkflowFailedMidWay, WorkflowFailedMidWay(v));
  set(Fact::kFailureReported, FailureReported(v));
  set(Fact::kEveryCallLogged, EveryCallLogged(v));
  set(Fact::kAlertBudget,
      v.SawExpectedAlert("budget_exceeded") || v.SawExpectedAlert("loop_detected"));
  set(Fact::kAlertCircuit, v.SawExpectedAlert("circuit_open"));
  set(Fact::kAlertInjection, v.SawExpectedAlert("injection_detected"));
  set(Fact::kAlertOther, AlertOther(v));
  return f;
}

const std::vector<ItemRule>& EvidenceTable() {
  using F = Fact;
  static const auto* table = new std::vector<ItemRule>{
      {"tiers_classified", "an unknown tool denied at run time", {{F::kUnknownToolDenied}}, {}},
      {"tier3_gated",
       "a tier-3 call without approval that never took effect, and an approval that expired (or "
       "tier 3 disabled and refused)",
       {{F::kTier3HeldWithoutApproval}, {F::kApprovalExpired, F::kTier3DisabledRefused}},
       {F::kGatedEffectApproved}},
      {"budgets_enforced",
       "a run halted at a limit with nothing executed after it",
       {{F::kBudgetHalt}},
       {}},
      {"circuit_breakers",
       "a breaker that opened, and a half-open probe that closed it",
       {{F::kBreakerOpened}, {F::kBreakerProbeClosed}},
       {}},
      {"outputs_sanitized",
       "an injected output the agent saw neutralised and bounded, and an oversized output bounded",
       {{F::kInjectionNeutralised}, {F::kOversizeBounded}},
       {F::kGarbageCleaned}},
      {"rollback_ready",
       "a workflow that failed mid-way, and the world checked afterwards",
       {{F::kWorkflowFailedMidWay}},
       {}},
      {"structured_logging",
       "every attempt and agent call with a complete audit record",
       {{F::kEveryCallLogged}},
       {}},
      {"alerts_wired",
       "expected alerts observed in the sink for a budget or loop halt, a circuit opening and "
       "an injection",
       {{F::kAlertBudget}, {F::kAlertCircuit}, {F::kAlertInjection}},
       {F::kAlertOther}},
      {"failure_modes_tested",
       "each of the four failure modes shown (not only listed) by a passing scenario",
       {},
       {}},
      {"stuck_explained",
       "all three simulated stuck agents stopped within the policy's limits, and a stuck agent "
       "halted in a scenario",
       {{F::kBudgetHalt}},
       {}},
  };
  return *table;
}

const ItemRule& RuleFor(std::string_view id) {
  for (const ItemRule& r : EvidenceTable()) {
    if (r.id == id) return r;
  }
  return EvidenceTable().front();
}

const std::vector<Fact>& ModeFacts(std::string_view mode) {
  using F = Fact;
  static const auto* modes = new std::map<std::string_view, std::vector<Fact>>{
      {"runaway_execution",
       {F::kBudgetHalt, F::kBreakerOpened, F::kBreakerProbeClosed, F::kRetriesBounded}},
      {"irreversible_without_confirmation",
       {F::kTier3HeldWithoutApproval, F::kApprovalExpired, F::kTier3DisabledRefused,
        F::kGatedEffectApproved, F::kUnknownToolDenied}},
      {"injection_via_tool_output",
       {F::kInjectionNeutralised, F::kOversizeBounded, F::kGarbageCleaned, F::kLoopBaitStopped,
        F::kInjectionObeyedContained}},
      {"silent_partial_failure", {F::kWorkflowFailedMidWay, F::kFailureReported}},
  };
  auto it = modes->find(mode);
  static const std::vector<Fact> kNone;
  return it == modes->end() ? kNone : it->second;
}

std::string DescribeAlternatives(const std::vector<Fact>& facts) {
  std::string out;
  for (const Fact f : facts) out += (out.empty() ? "" : "; or ") + std::string(FactText(f));
  return out;
}

}  // namespace blastradius::chaos
