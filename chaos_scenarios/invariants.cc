#include "chaos_scenarios/invariants.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <map>
#include <set>

#include "blastradius/audit_log.h"
#include "blastradius/journal.h"

namespace blastradius::chaos {
namespace {

using fakes::Effect;
using fakes::WireRecord;

InvariantResult Broken(std::string evidence) { return {false, std::move(evidence)}; }

std::string Brief(const WireRecord& w) {
  return w.tool + " " + w.call_id + " attempt " + std::to_string(w.attempt) +
         " at t=" + std::to_string(w.start_ms) + "ms -> " + w.outcome +
         (w.error.empty() ? "" : " (" + w.error + ")");
}

std::string Brief(const Effect& e) {
  return "effect #" + std::to_string(e.seq) + " " + e.tool + " (tier " + std::to_string(e.tier) +
         ") by " + e.call_id + " " + CanonicalJson(e.args);
}

bool IsCompensation(const WireRecord& w) { return !w.compensates.empty(); }

// Tool failures the breaker must count: errors, timeouts, late answers, rate limits.
bool CountedFailure(const WireRecord& w) {
  if (w.caller_error) return false;
  return w.outcome != "ok" || (w.deadline_ms > 0 && w.end_ms > w.deadline_ms);
}

std::vector<Json> AuditRecords(const RunHistory& h) {
  std::vector<Json> out;
  for (const std::string& line : h.audit_lines) {
    Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
    out.push_back(j.is_object() ? j : Json::object());
  }
  return out;
}

// Position in the event order of each wire record and of the first "halted" audit record.
size_t FirstHaltedPosition(const RunHistory& h, const std::vector<Json>& audit) {
  for (size_t p = 0; p < h.order.size(); ++p) {
    const HistoryEvent& e = h.order[p];
    if (e.type == 'a' && e.index < audit.size() &&
        audit[e.index].value("decision", "") == "halted") {
      return p;
    }
  }
  return h.order.size();
}

InvariantResult BudgetRespected(const RunHistory& h, const Scenario& s) {
  const BudgetLimits& b = s.policy.budget;
  std::vector<const WireRecord*> calls;
  for (const WireRecord& w : h.wire) {
    if (!IsCompensation(w)) calls.push_back(&w);
  }
  if (b.max_tool_calls && static_cast<int64_t>(calls.size()) > *b.max_tool_calls) {
    return Broken(std::to_string(calls.size()) + " attempts reached tools; max_tool_calls is " +
                  std::to_string(*b.max_tool_calls) + "; the last: " + Brief(*calls.back()));
  }
  std::set<std::string> steps;
  std::map<std::string, int64_t> per_tool;
  int64_t cost = 0;
  const int64_t start = h.start_ms + s.agent.think_ms;
  for (const WireRecord* w : calls) {
    steps.insert(w->call_id);
    ++per_tool[w->tool];
    const ToolSpec* spec = s.manifest.Find(w->tool);
    cost += spec ? spec->cost_micros : 0;
    if (b.max_duration_ms && w->start_ms > start + *b.max_duration_ms) {
      return Broken(Brief(*w) + " started " + std::to_string(w->start_ms - start) +
                    " ms into the run; max_duration_ms is " + std::to_string(*b.max_duration_ms));
    }
    auto cap = b.per_tool_calls.find(w->tool);
    if (cap != b.per_tool_calls.end() && per_tool[w->tool] > cap->second) {
      return Broken(Brief(*w) + " exceeds the per-tool cap of " + std::to_string(cap->second));
    }
    if (b.max_cost_micros && cost > *b.max_cost_micros) {
      return Broken(Brief(*w) + " brings the cost to " + std::to_string(cost) +
                    " micro-USD; max_cost_usd is " + std::to_string(*b.max_cost_micros) +
                    " micro-USD");
    }
  }
  if (b.max_steps && static_cast<int64_t>(steps.size()) > *b.max_steps) {
    return Broken(std::to_string(steps.size()) + " steps reached tools; max_steps is " +
                  std::to_string(*b.max_steps));
  }
  const std::vector<Json> audit = AuditRecords(h);
  const size_t halted_at = FirstHaltedPosition(h, audit);
  for (size_t p = halted_at; p < h.order.size(); ++p) {
    const HistoryEvent& e = h.order[p];
    if (e.type == 'w' && e.index < h.wire.size() && !IsCompensation(h.wire[e.index])) {
      return Broken("after the run was halted, " + Brief(h.wire[e.index]) +
                    " still reached the tool");
    }
  }
  if (!h.agent_calls.empty() && h.outcome == "runaway") {
    return Broken("the agent made " + std::to_string(h.agent_calls.size()) +
                  " calls and nothing stopped it");
  }
  return {};
}

InvariantResult BreakerRespected(const RunHistory& h, const Scenario& s) {
  const CircuitBreakerOptions& o = s.policy.circuit_breaker;
  struct Model {
    int consecutive = 0;
    int64_t last_failure_ms = 0;
  };
  std::map<std::string, Model> models;
  for (const WireRecord& w : h.wire) {
    if (IsCompensation(w)) continue;
    Model& m = models[w.tool];
    if (m.consecutive >= o.failure_threshold &&
        w.start_ms < m.last_failure_ms + o.reset_timeout_ms) {
      return Broken(Brief(w) + " reached the tool while its breaker had to be open: " +
                    std::to_string(m.consecutive) +
                    " consecutive failures, the last at t=" + std::to_string(m.last_failure_ms) +
                    "ms, reset_timeout_ms " + std::to_string(o.reset_timeout_ms));
    }
    if (CountedFailure(w)) {
      ++m.consecutive;
      m.last_failure_ms = w.end_ms;
    } else if (!w.caller_error) {
      m.consecutive = 0;
    }
  }
  return {};
}

InvariantResult RetriesBounded(const RunHistory& h, const Scenario& s) {
  const RetryOptions& r = s.policy.retry;
  std::map<std::string, std::vector<const WireRecord*>> by_call;
  for (const WireRecord& w : h.wire) by_call[w.call_id].push_back(&w);
  int retries = 0;
  for (const auto& [call_id, attempts] : by_call) {
    const WireRecord& first = *attempts.front();
    if (static_cast<int>(attempts.size()) > std::max(1, r.max_attempts)) {
      return Broken(call_id + " (" + first.tool + ") reached the tool " +
                    std::to_string(attempts.size()) + " times; max_attempts is " +
                    std::to_string(r.max_attempts));
    }
    if (IsCompensation(first)) continue;  // compensations are retried by design (idempotent)
    retries += static_cast<int>(attempts.size()) - 1;
    const ToolSpec* spec = s.manifest.Find(first.tool);
    const bool idempotent = spec && spec->idempotent;
    const int tier = spec ? static_cast<int>(spec->tier) : 3;
    for (size_t i = 1; i < attempts.size(); ++i) {
      if (tier >= 2 && !idempotent) {
        return Broken(Brief(*attempts[i]) + " is an automatic retry of a tier-" +
                      std::to_string(tier) + " tool that is not idempotent");
      }
      if (attempts[i - 1]->outcome == "unknown" && tier >= 1 && !idempotent) {
        return Broken(Brief(*attempts[i]) + " retried an unknown outcome of a writing tool");
      }
    }
  }
  if (retries > r.retry_budget) {
    return Broken(std::to_string(retries) + " automatic retries in the run; retry_budget is " +
                  std::to_string(r.retry_budget));
  }
  return {};
}

InvariantResult NoUnapprovedSideEffects(const RunHistory& h, const Scenario& s) {
  for (const Effect& e : h.ledger) {
    const bool gated = e.tier == 3 || s.policy.NeedsApproval(e.tier);
    if (gated && !e.approved) {
      return Broken(Brief(e) + " happened with no human approval of that exact call");
    }
  }
  return {};
}

InvariantResult OutputsSanitized(const RunHistory& h, const Scenario& s) {
  const int64_t limit = s.policy.sanitizer.max_output_bytes;
  const int64_t framing = kOutputFramingBytes;
  for (size_t i = 0; i < h.agent_outputs.size(); ++i) {
    const std::string& out = h.agent_outputs[i];
    const std::string which = "output #" + std::to_string(i + 1) + " the agent read";
    if (!IsValidUtf8(out)) return Broken(which + " is not valid UTF-8");
    if (HasControlCharacters(out)) return Broken(which + " carries control characters");
    if (static_cast<int64_t>(out.size()) > limit + framing) {
      return Broken(which + " is " + std::to_string(out.size()) + " bytes; max_output_bytes is " +
                    std::to_string(limit));
    }
  }
  const std::vector<Json> audit = AuditRecords(h);
  for (const fakes::FaultEvent& f : h.faults) {
    if (f.kind != "inject") continue;
    bool delivered = false, caught = false;
    for (const Json& a : audit) {
      if (a.value("call_id", "") != f.call_id || a.value("attempt", 0) != f.attempt) continue;
      if (a.value("outcome", "") != "ok") continue;
      delivered = true;
      const std::string d = a.value("decision", "");
      const Json findings = a.value("findings", Json::array());
      caught |= d == "flagged" || d == "quarantined" || d == "blocked" ||
                (findings.is_array() && !findings.empty());
    }
    if (delivered && !caught) {
      return Broken("the injected output of " + f.tool + " " + f.call_id + " (" + f.detail +
                    ") reached the agent with no finding");
    }
    if (delivered && !h.HasAlert("injection_detected")) {
      return Broken("an injection in " + f.call_id +
                    " was caught but no injection_detected alert fired");
    }
  }
  return {};
}

InvariantResult InjectionContained(const RunHistory& h, const Scenario& s) {
  for (const Effect& e : h.ledger) {
    if (!e.injected || e.tier < 2) continue;
    const bool chosen = e.approved && s.approver.kind == "approve_only";
    if (!chosen) {
      return Broken(Brief(e) + " was made because a tool output said so" +
                    (e.approved ? " (approved only by a rubber-stamp approver)" : ""));
    }
  }
  return {};
}

struct WorkflowView {
  std::set<std::string> steps;  // call ids journaled as intents of this run
  bool committed = false;
};

WorkflowView ReadWorkflow(const RunHistory& h) {
  WorkflowView v;
  size_t start = 0;
  while (start < h.journal.size()) {
    size_t end = h.journal.find('\n', start);
    if (end == std::string::npos) break;  // torn tail: not trusted
    StatusOr<JournalEntry> e =
        DecodeJournalLine(std::string_view(h.journal).substr(start, end - start));
    start = end + 1;
    if (!e.ok() || e->run_id != h.run_id) continue;
    if (e->op == JournalOp::kIntent) v.steps.insert(e->call_id);
    if (e->op == JournalOp::kCommitted) v.committed = true;
  }
  return v;
}

std::vector<Effect> LiveWorkflowEffects(const RunHistory& h, const WorkflowView& v,
                                        const Scenario& s) {
  std::vector<Effect> live;
  for (const Effect& e : h.ledger) {
    const bool in_workflow = v.steps.count(e.call_id) > 0 ||
                             (s.agent.transaction && v.steps.empty() && e.run_id == h.run_id);
    if (in_workflow && !e.undone) live.push_back(e);
  }
  return live;
}

InvariantResult AtomicWorkflow(const RunHistory& h, const Scenario& s) {
  const WorkflowView v = ReadWorkflow(h);
  if (v.committed) return {};
  const std::vector<Effect> live = LiveWorkflowEffects(h, v, s);
  if (live.empty() || h.HasAlert("rollback_failed")) return {};
  return Broken("the workflow did not commit, yet " + Brief(live.front()) +
                " is still in the world and no rollback_failed alert was raised");
}

InvariantResult NoSilentFailure(const RunHistory& h, const Scenario& s) {
  const std::vector<Json> audit = AuditRecords(h);
  for (const WireRecord& w : h.wire) {
    if (w.outcome == "ok" || IsCompensation(w)) continue;
    bool told = false;
    for (const Json& a : audit) {
      told |= a.value("call_id", "") == w.call_id && a.value("attempt", 0) == w.attempt &&
              a.value("outcome", "") != "ok";
    }
    if (!told) return Broken(Brief(w) + " has no audit record saying it did not succeed");
  }
  std::map<std::string, bool> compensation_ok;  // step -> some compensation succeeded
  for (const WireRecord& w : h.wire) {
    if (IsCompensation(w)) compensation_ok[w.compensates] |= w.outcome == "ok";
  }
  for (const auto& [step, ok] : compensation_ok) {
    if (!ok && !h.HasAlert("rollback_failed")) {
      return Broken("every compensation of " + step + " failed and no rollback_failed alert fired");
    }
  }
  const WorkflowView v = ReadWorkflow(h);
  bool undone = false;
  for (const Effect& e : h.ledger) undone |= e.undone;
  if (undone && !h.HasAlert("workflow_rolled_back") && !h.HasAlert("rollback_failed")) {
    return Broken("effects were rolled back but no workflow alert told anyone");
  }
  if (!v.committed && !LiveWorkflowEffects(h, v, s).empty() && !h.HasAlert("rollback_failed")) {
    return Broken("an unfinished workflow left effects in the world and nobody was told");
  }
  if (h.HasAlert("rollback_failed") && (h.outcome == "completed" || h.outcome == "rolled_back")) {
    return Broken("a rollback failed but the run ended as \"" + h.outcome + "\"");
  }
  return {};
}

InvariantResult EveryCallLogged(const RunHistory& h, const Scenario&) {
  const std::vector<Json> audit = AuditRecords(h);
  for (size_t i = 0; i < h.audit_lines.size(); ++i) {
    const std::string& line = h.audit_lines[i];
    if (line.find('\n') != std::string::npos || audit[i].empty()) {
      return Broken("audit line " + std::to_string(i + 1) + " is not one JSON object on one line");
    }
    for (const std::string& field : RequiredAuditFields()) {
      if (!audit[i].contains(field)) {
        return Broken("audit line " + std::to_string(i + 1) + " lacks required field \"" + field +
                      "\"");
      }
    }
  }
  std::set<std::pair<std::string, int>> logged;
  std::set<std::string> steps;
  for (const Json& a : audit) {
    logged.insert({a.value("call_id", ""), a.value("attempt", 0)});
    steps.insert(a.value("call_id", ""));
  }
  for (const WireRecord& w : h.wire) {
    if (logged.count({w.call_id, w.attempt}) == 0) {
      return Broken(Brief(w) + " reached the tool with no audit record");
    }
  }
  for (const fakes::AgentCall& c : h.agent_calls) {
    if (steps.count(c.call_id) == 0) {
      return Broken("agent call #" + std::to_string(c.index) + " (" + c.tool + ", " + c.call_id +
                    ", " + c.decision + ") has no audit record");
    }
  }
  return {};
}

}  // namespace

bool IsValidUtf8(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  if (static_cast<size_t>(length) != s.size()) return false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return false;
  }
  return true;
}

bool HasControlCharacters(std::string_view s) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(s.data());
  const int32_t length = static_cast<int32_t>(std::min<size_t>(s.size(), INT32_MAX));
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) return true;  // not text at all
    if ((c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)) return true;
  }
  return false;
}

InvariantResult CheckInvariant(const std::string& name, const RunHistory& h, const Scenario& s) {
  if (name == "budget_respected") return BudgetRespected(h, s);
  if (name == "breaker_respected") return BreakerRespected(h, s);
  if (name == "retries_bounded") return RetriesBounded(h, s);
  if (name == "no_unapproved_side_effects") return NoUnapprovedSideEffects(h, s);
  if (name == "outputs_sanitized") return OutputsSanitized(h, s);
  if (name == "injection_contained") return InjectionContained(h, s);
  if (name == "atomic_workflow") return AtomicWorkflow(h, s);
  if (name == "no_silent_failure") return NoSilentFailure(h, s);
  if (name == "every_call_logged") return EveryCallLogged(h, s);
  return Broken("unknown invariant " + name);
}

}  // namespace blastradius::chaos
