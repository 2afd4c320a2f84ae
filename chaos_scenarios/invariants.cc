#include "chaos_scenarios/invariants.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <set>

#include "blastradius/audit_log.h"
#include "fakes/agent_reader.h"

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

// The wire record of the attempt a fault fired on, or null.
const WireRecord* WireOf(const RunHistory& h, const fakes::FaultEvent& f) {
  for (const WireRecord& w : h.wire) {
    if (w.call_id == f.call_id && w.attempt == f.attempt && w.tool == f.tool) return &w;
  }
  return nullptr;
}

// The agent call that carried `call_id` (the id the agent was handed), or null.
const fakes::AgentCall* AgentCallOf(const RunHistory& h, const std::string& call_id) {
  for (const fakes::AgentCall& c : h.agent_calls) {
    if (c.call_id == call_id) return &c;
  }
  return nullptr;
}

// True if the alert sink received a `kind` alert about `tool` at or after `clock_ms`.
bool AlertedAfter(const RunHistory& h, const std::string& kind, const std::string& tool,
                  int64_t clock_ms) {
  for (const Json& a : h.alerts) {
    if (a.value("kind", "") == kind && a.value("tool", "") == tool &&
        a.value("clock_ms", int64_t{0}) >= clock_ms) {
      return true;
    }
  }
  return false;
}

// ReadAuditFacts' SAX handler: tracks the depth, and at the top level the current key.
class AuditFactsReader {
 public:
  explicit AuditFactsReader(AuditFacts* out) : out_(out) {}

  bool null() { return Scalar(); }
  bool boolean(bool) { return Scalar(); }
  bool number_integer(Json::number_integer_t v) { return Number(v); }
  bool number_unsigned(Json::number_unsigned_t v) {
    return Number(static_cast<int64_t>(std::min<uint64_t>(v, INT64_MAX)));
  }
  bool number_float(Json::number_float_t v, const Json::string_t&) {
    return Number(AttemptOfFloat(v));
  }
  bool string(Json::string_t& v) {
    if (depth_ == 1) {
      MarkKey();
      if (key_ == "call_id") out_->call_id = std::move(v);
      if (key_ == "outcome") out_->outcome = std::move(v);
    }
    return true;
  }
  bool binary(Json::binary_t&) { return Scalar(); }
  bool start_object(std::size_t) { return Open(true); }
  bool key(Json::string_t& k) {
    if (depth_ == 1) {
      key_ = std::move(k);
      ++keys_;
    }
    return true;
  }
  bool end_object() { return Close(); }
  bool start_array(std::size_t) { return Open(false); }
  bool end_array() { return Close(); }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) {
    return false;
  }

  // After a successful parse: whether the document was a non-empty object.
  bool NonEmptyObject() const { return top_is_object_ && keys_ > 0; }

 private:
  bool Scalar() {
    if (depth_ == 1) MarkKey();
    return true;
  }
  bool Number(int64_t as_int) {
    if (depth_ == 1) {
      MarkKey();
      if (key_ == "attempt") out_->attempt = as_int;
    }
    return true;
  }
  bool Open(bool object) {
    if (depth_ == 0) top_is_object_ = object;
    if (depth_ == 1) MarkKey();
    ++depth_;
    return true;
  }
  bool Close() {
    --depth_;
    return true;
  }
  // The value of key_ at the top level: a required field is present; a field read above that
  // now holds another type reads as absent.
  void MarkKey() {
    if (key_ == "call_id") out_->call_id.clear();
    if (key_ == "outcome") out_->outcome.clear();
    if (key_ == "attempt") out_->attempt = 0;
    const std::vector<std::string>& required = RequiredAuditFields();
    for (size_t i = 0; i < required.size(); ++i) {
      if (required[i] == key_) out_->fields |= uint32_t{1} << i;
    }
  }

  AuditFacts* out_;
  int depth_ = 0;
  bool top_is_object_ = false;
  size_t keys_ = 0;
  std::string key_;
};

// Position in the event order of the first agent call that saw its run halted (the agent's
// view, not the guard's audit record), or order.size().
size_t FirstHaltSeen(const RunHistory& h) {
  for (size_t p = 0; p < h.order.size(); ++p) {
    const HistoryEvent& e = h.order[p];
    if (e.type != 'c' || e.index >= h.agent_calls.size()) continue;
    const fakes::AgentCall& c = h.agent_calls[e.index];
    if (c.halted || c.status == "resource_exhausted") return p;
  }
  return h.order.size();
}

// How many agent calls had at least one attempt (not a compensation) reach a tool. Calls are
// synchronous, so the wire records between two agent-call events belong to the later call:
// this counts steps from the event order, without trusting the guard's call ids.
int64_t StepsThatReachedTools(const RunHistory& h) {
  int64_t steps = 0;
  bool reached = false;
  for (const HistoryEvent& e : h.order) {
    if (e.type == 'w' && e.index < h.wire.size() && !IsCompensation(h.wire[e.index])) {
      reached = true;
    } else if (e.type == 'c') {
      steps += reached;
      reached = false;
    }
  }
  return steps + reached;
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
  std::map<std::string, int64_t> per_tool;
  int64_t cost = 0;
  const int64_t start = h.start_ms + s.agent.think_ms;
  for (const WireRecord* w : calls) {
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
  const int64_t steps = StepsThatReachedTools(h);
  if (b.max_steps && steps > *b.max_steps) {
    return Broken(std::to_string(steps) + " agent calls reached tools; max_steps is " +
                  std::to_string(*b.max_steps));
  }
  for (size_t p = FirstHaltSeen(h); p < h.order.size(); ++p) {
    const HistoryEvent& e = h.order[p];
    if (e.type == 'w' && e.index < h.wire.size() && !IsCompensation(h.wire[e.index])) {
      return Broken("after the agent saw its run halted, " + Brief(h.wire[e.index]) +
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
  std::set<std::string> known;
  for (const ToolSpec& t : s.manifest.tools()) known.insert(t.name);
  for (const fakes::FaultEvent& f : h.faults) {
    if (f.kind != "inject") continue;
    const WireRecord* w = WireOf(h, f);
    const fakes::AgentCall* c = AgentCallOf(h, f.call_id);
    if (w == nullptr || w->outcome != "ok" || c == nullptr) continue;  // never delivered
    const size_t i = static_cast<size_t>(c->index) - 1;
    if (i >= h.agent_outputs.size()) continue;
    // What the agent saw, read with the agent's own reader (never the sanitizer): either it
    // finds no instruction there, or the alert sink was told about this tool's injection.
    if (fakes::ExtractInstructions(h.agent_outputs[i], known).empty()) continue;
    if (!AlertedAfter(h, "injection_detected", f.tool, w->end_ms)) {
      return Broken("the injected output of " + f.tool + " " + f.call_id + " (" + f.detail +
                    ") reached the agent readable as an instruction and no injection_detected "
                    "alert about " +
                    f.tool + " was raised");
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

// Effects of the run's workflow still in the world: for a transaction agent every effect of the
// run (its calls all run inside the workflow), as the ledger says. Empty when the agent saw its
// workflow commit, or ran no workflow.
std::vector<Effect> LiveUncommittedEffects(const RunHistory& h, const Scenario& s) {
  std::vector<Effect> live;
  if (!s.agent.transaction || h.workflow_committed) return live;
  for (const Effect& e : h.ledger) {
    if (e.run_id == h.run_id && !e.undone) live.push_back(e);
  }
  return live;
}

InvariantResult AtomicWorkflow(const RunHistory& h, const Scenario& s) {
  const std::vector<Effect> live = LiveUncommittedEffects(h, s);
  if (live.empty() || h.HasAlert("rollback_failed")) return {};
  return Broken("the workflow did not commit, yet " + Brief(live.front()) +
                " is still in the world and no rollback_failed alert was raised");
}

InvariantResult NoSilentFailure(const RunHistory& h, const Scenario& s,
                                const std::vector<AuditFacts>& audit) {
  for (const WireRecord& w : h.wire) {
    if (w.outcome == "ok" || IsCompensation(w)) continue;
    bool told = false;
    for (const AuditFacts& a : audit) {
      told |= a.call_id == w.call_id && a.attempt == w.attempt && a.outcome != "ok";
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
  bool undone = false;
  for (const Effect& e : h.ledger) undone |= e.undone;
  if (undone && !h.HasAlert("workflow_rolled_back") && !h.HasAlert("rollback_failed")) {
    return Broken("effects were rolled back but no workflow alert told anyone");
  }
  if (!LiveUncommittedEffects(h, s).empty() && !h.HasAlert("rollback_failed")) {
    return Broken("an unfinished workflow left effects in the world and nobody was told");
  }
  if (h.HasAlert("rollback_failed") && (h.outcome == "completed" || h.outcome == "rolled_back")) {
    return Broken("a rollback failed but the run ended as \"" + h.outcome + "\"");
  }
  return {};
}

InvariantResult EveryCallLogged(const RunHistory& h, const std::vector<AuditFacts>& audit) {
  for (size_t i = 0; i < h.audit_lines.size(); ++i) {
    const std::string& line = h.audit_lines[i];
    if (line.find('\n') != std::string::npos || !audit[i].object) {
      return Broken("audit line " + std::to_string(i + 1) + " is not one JSON object on one line");
    }
    const std::vector<std::string>& required = RequiredAuditFields();
    for (size_t f = 0; f < required.size(); ++f) {
      if ((audit[i].fields & (uint32_t{1} << f)) == 0) {
        return Broken("audit line " + std::to_string(i + 1) + " lacks required field \"" +
                      required[f] + "\"");
      }
    }
  }
  std::set<std::pair<std::string, int64_t>> logged;
  std::set<std::string> steps;
  for (const AuditFacts& a : audit) {
    logged.insert({a.call_id, a.attempt});
    steps.insert(a.call_id);
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

int64_t AttemptOfFloat(double v) {
  // -2^63 is exact as a double; 2^63 is the first double past INT64_MAX. NaN fails both tests.
  const bool in_range = v >= -9223372036854775808.0 && v < 9223372036854775808.0;
  return in_range ? static_cast<int64_t>(v) : 0;
}

AuditFacts ReadAuditFacts(std::string_view line) {
  // AuditFacts::fields has one bit per required field.
  static const bool fits = RequiredAuditFields().size() <= 32;
  if (!fits) {
    std::fprintf(stderr, "ReadAuditFacts: more than 32 required audit fields\n");
    std::abort();
  }
  AuditFacts facts;
  AuditFactsReader reader(&facts);
  if (!Json::sax_parse(line, &reader) || !reader.NonEmptyObject()) return AuditFacts{};
  facts.object = true;
  return facts;
}

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
  return InvariantChecker(h, s).Check(name);
}

const std::vector<AuditFacts>& InvariantChecker::Audit() {
  if (!audit_) {
    audit_.emplace();
    audit_->reserve(h_.audit_lines.size());
    for (const std::string& line : h_.audit_lines) audit_->push_back(ReadAuditFacts(line));
  }
  return *audit_;
}

InvariantResult InvariantChecker::Check(const std::string& name) {
  const RunHistory& h = h_;
  const Scenario& s = s_;
  if (name == "budget_respected") return BudgetRespected(h, s);
  if (name == "breaker_respected") return BreakerRespected(h, s);
  if (name == "retries_bounded") return RetriesBounded(h, s);
  if (name == "no_unapproved_side_effects") return NoUnapprovedSideEffects(h, s);
  if (name == "outputs_sanitized") return OutputsSanitized(h, s);
  if (name == "injection_contained") return InjectionContained(h, s);
  if (name == "atomic_workflow") return AtomicWorkflow(h, s);
  if (name == "no_silent_failure") return NoSilentFailure(h, s, Audit());
  if (name == "every_call_logged") return EveryCallLogged(h, Audit());
  return Broken("unknown invariant " + name);
}

}  // namespace blastradius::chaos
