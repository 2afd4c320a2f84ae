#include "chaos_scenarios/checklist.h"

#include <algorithm>
#include <cstdio>
#include <set>
#include <tuple>

#include "blastradius/alerts.h"
#include "blastradius/guard.h"
#include "chaos_scenarios/evidence.h"
#include "fakes/agents.h"
#include "fakes/faults.h"
#include "fakes/sim_env.h"

namespace blastradius::chaos {
namespace {

std::string Limit(const std::optional<int64_t>& v, const char* unit = "") {
  return v ? std::to_string(*v) + unit : "unlimited";
}

std::string Usd(int64_t micros) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "$%.2f", static_cast<double>(micros) / 1e6);
  return buf;
}

void Fail(ItemLint& item, std::string why) {
  item.ok = false;
  item.evidence.push_back(std::move(why));
}

void LintBudget(const Policy& p, ItemLint& item) {
  const BudgetLimits& b = p.budget;
  const std::pair<const char*, const std::optional<int64_t>*> limits[] = {
      {"max_steps", &b.max_steps},
      {"max_tool_calls", &b.max_tool_calls},
      {"max_duration_ms", &b.max_duration_ms},
      {"max_cost_usd", &b.max_cost_micros}};
  for (const auto& [name, value] : limits) {
    if (!value->has_value()) Fail(item, std::string("budget.") + name + " is unlimited (null)");
  }
  if (item.ok) {
    item.evidence.push_back("budget: " + Limit(b.max_steps) + " steps, " + Limit(b.max_tool_calls) +
                            " tool calls, " + Limit(b.max_duration_ms, " ms") + ", " +
                            Usd(*b.max_cost_micros));
  }
  if (!p.loop_detection.enabled) item.evidence.push_back("loop detection is off");
}

void LintBreakers(const Manifest& m, const Policy& p, ItemLint& item) {
  const CircuitBreakerOptions& o = p.circuit_breaker;
  std::vector<std::string> external;
  for (const ToolSpec& t : m.tools()) {
    if (t.external) external.push_back(t.name);
  }
  std::string names;
  for (const std::string& n : external) names += (names.empty() ? "" : ", ") + n;
  if (!o.enabled) {
    Fail(item, "circuit_breaker.enabled is false: no breaker guards the " +
                   std::to_string(external.size()) + " external tool(s) " + names);
    return;
  }
  item.evidence.push_back("a breaker on every tool (external: " + (names.empty() ? "none" : names) +
                          "), opens after " + std::to_string(o.failure_threshold) +
                          " failures, half-open after " + std::to_string(o.reset_timeout_ms) +
                          " ms with " + std::to_string(o.half_open_probes) + " probe(s)");
}

}  // namespace

LintReport Lint(const Manifest& m, const Policy& p, const std::string& tools_origin,
                const std::string& policy_origin, std::vector<std::string> untiered) {
  LintReport r;
  r.tools_origin = tools_origin;
  r.policy_origin = policy_origin;
  for (const std::string& id : ChecklistIds()) r.items[id];
  ItemLint& tiers = r.items["tiers_classified"];
  for (const std::string& u : untiered) Fail(tiers, u + " has no tier: the manifest is rejected");
  if (tiers.ok) {
    tiers.evidence.push_back(std::to_string(m.tools().size()) +
                             " tools, every one with a risk tier; unknown tools are denied");
  }
  ItemLint& t3 = r.items["tier3_gated"];
  if (p.IsDisabled(3)) {
    t3.evidence.push_back("tier 3 is disabled (tier3_blocked alert)");
  } else if (p.NeedsApproval(3)) {
    t3.evidence.push_back("tier 3 needs a human approval bound to the exact call; no answer in " +
                          std::to_string(p.approval.timeout_ms) + " ms = reject");
  } else {
    Fail(t3, "tier 3 is neither approval-gated nor disabled");
  }
  const std::optional<int64_t>& duration = p.budget.max_duration_ms;
  if (p.NeedsApproval(3) && duration && p.approval.timeout_ms > *duration) {
    Fail(t3, "approval.timeout_ms " + std::to_string(p.approval.timeout_ms) +
                 " is longer than the run's duration budget (max_duration_ms " +
                 std::to_string(*duration) + "): an unanswered approval never expires in a run");
  }
  LintBudget(p, r.items["budgets_enforced"]);
  LintBreakers(m, p, r.items["circuit_breakers"]);
  ItemLint& san = r.items["outputs_sanitized"];
  if (!p.sanitizer.enabled) {
    Fail(san, "sanitizer.enabled is false: tool outputs reach the agent unchecked");
  } else if (p.sanitizer.max_output_bytes > kMaxUsefulOutputBytes) {
    Fail(san, "sanitizer.max_output_bytes " + std::to_string(p.sanitizer.max_output_bytes) +
                  " is above " + std::to_string(kMaxUsefulOutputBytes) +
                  " bytes: no agent's context holds that, so the bound bounds nothing");
  } else {
    san.evidence.push_back(
        "sanitizer on: outputs bounded to " + std::to_string(p.sanitizer.max_output_bytes) +
        " bytes, on_detect " + std::string(OnDetectName(p.sanitizer.on_detect)) + ", " +
        (p.sanitizer.packs.empty() ? std::string("bundled packs")
                                   : std::to_string(p.sanitizer.packs.size()) + " pack(s)"));
  }
  ItemLint& rb = r.items["rollback_ready"];
  for (const std::string& t : m.ToolsMissingCompensation()) {
    Fail(rb, "tier-1/2 tool " + t + " declares no compensation");
  }
  if (rb.ok) {
    int writers = 0;
    for (const ToolSpec& t : m.tools()) writers += t.compensation.has_value();
    rb.evidence.push_back(std::to_string(writers) + " writing tool(s) declare a compensation");
  }
  ItemLint& logging = r.items["structured_logging"];
  if (!p.audit_log.enabled) {
    Fail(logging, "audit_log.enabled is false: calls are not logged");
  } else {
    logging.evidence.push_back("audit log on (" + p.audit_log.path + ")");
  }
  ItemLint& alerts = r.items["alerts_wired"];
  if (p.alerts.sink == "none") {
    Fail(alerts, "alerts.sink is \"none\": nobody is told");
  } else {
    alerts.evidence.push_back("alerts go to " + p.alerts.sink);
  }
  r.items["failure_modes_tested"].evaluated = false;
  ItemLint& stuck = r.items["stuck_explained"];
  if (duration && p.call_timeout_ms > *duration) {
    Fail(stuck, "call_timeout_ms " + std::to_string(p.call_timeout_ms) +
                    " is longer than the run's duration budget (max_duration_ms " +
                    std::to_string(*duration) + "): a hung call outlives the run");
  } else {
    stuck.evidence.push_back("each call times out after " + std::to_string(p.call_timeout_ms) +
                             " ms, within the run's duration budget (" + Limit(duration, " ms") +
                             ")");
  }
  for (const auto& [id, why] : p.weakenings) {
    r.warnings.push_back("policy weakens " + id + ": " + why);
    auto it = r.items.find(id);
    if (it != r.items.end() && it->second.ok) Fail(it->second, why);
  }
  return r;
}

StatusOr<LintReport> LintFiles(const std::string& tools_path, const std::string& policy_path) {
  StatusOr<Json> doc = LoadJsonFile(Env::Default(), tools_path);
  if (!doc.ok()) return doc.status();
  std::vector<std::string> untiered;
  Json tools = *doc;
  if (tools.is_object() && tools.contains("tools") && tools["tools"].is_array()) {
    Json kept = Json::array();
    for (size_t i = 0; i < tools["tools"].size(); ++i) {
      const Json& t = tools["tools"][i];
      if (t.is_object() && !t.contains("tier")) {
        untiered.push_back(tools_path + ": " + IndexPath("$.tools", i) + " (" +
                           (t.contains("name") ? DescribeJson(t["name"]) : "unnamed") + ")");
      } else {
        kept.push_back(t);
      }
    }
    tools["tools"] = kept;
  }
  StatusOr<Manifest> m = Manifest::FromJson(tools, tools_path);
  if (!m.ok()) return m.status();
  StatusOr<Policy> p = Policy::Load(Env::Default(), policy_path);
  if (!p.ok()) return p.status();
  return Lint(*m, *p, tools_path, policy_path, std::move(untiered));
}

bool ExplainReport::every_stuck_agent_stopped() const {
  if (cases.empty()) return false;
  for (const StuckCase& c : cases) {
    if (!c.within_limits || c.alerts.empty()) return false;
  }
  return true;
}

namespace {

// The tool a stuck agent hammers: a read-only one if the manifest has it.
const ToolSpec* ProbeTool(const Manifest& m) {
  const ToolSpec* best = nullptr;
  for (const ToolSpec& t : m.tools()) {
    if (!best || static_cast<int>(t.tier) < static_cast<int>(best->tier)) best = &t;
  }
  return best;
}

constexpr int kStuckCap = 5000;

StatusOr<StuckCase> Simulate(const Manifest& m, const Policy& policy, const std::string& name,
                             const fakes::AgentSpec& agent, std::vector<fakes::FaultSpec> faults) {
  fakes::SimEnv env(1);
  fakes::FakeWorld world;
  auto box = fakes::FakeToolbox::FromManifest(m, &env, &world, nullptr);
  fakes::RunRecorder rec;
  fakes::FaultStack stack(faults, box.get(), &env, &rec, nullptr);
  fakes::ApproverSpec approve_all;
  approve_all.kind = "approve_all";
  auto approver = fakes::MakeApprover(approve_all, &env);
  MemoryAuditSink audit;
  MemoryAlertSink alerts;
  GuardDeps deps;
  deps.env = &env;
  deps.executor = &stack;
  deps.approver = approver.get();
  deps.audit = &audit;
  deps.alerts = &alerts;
  Policy quiet = policy;
  quiet.sanitizer.enabled = false;  // what stops a stuck agent does not depend on its outputs
  quiet.alerts.sink = "log";        // which alert would fire, even if the sink is "none"
  StatusOr<std::unique_ptr<Guard>> guard = Guard::Create(m, quiet, deps);
  if (!guard.ok()) return guard.status();
  fakes::CallTags tags;
  fakes::AgentContext ctx;
  ctx.guard = guard->get();
  ctx.env = &env;
  ctx.run_id = "stuck";
  ctx.tags = &tags;
  ctx.manifest = &m;
  const int64_t start = env.NowMillis();
  fakes::AgentReport report = fakes::MakeAgent(agent)->Run(ctx);
  StuckCase c;
  c.name = name;
  c.stopped = report.outcome == "halted";
  c.calls = static_cast<int64_t>(report.calls.size());
  c.elapsed_ms = env.NowMillis() - start;
  c.duration_budget_ms = policy.budget.max_duration_ms;
  c.within_limits = c.stopped && (!c.duration_budget_ms || c.elapsed_ms <= *c.duration_budget_ms);
  RunSnapshot snap = (*guard)->Snapshot("stuck");
  c.limit = snap.halted ? snap.halt_reason : report.stop_reason;
  for (const Alert& a : alerts.alerts()) {
    std::string kind(AlertKindName(a.kind));
    if (std::find(c.alerts.begin(), c.alerts.end(), kind) == c.alerts.end())
      c.alerts.push_back(kind);
  }
  if (policy.alerts.sink == "none" && !c.alerts.empty()) {
    c.alerts.back() += " (but alerts.sink is \"none\": nobody is told)";
  }
  c.state = snap.halted
                ? "the run is halted: every later call is denied with decision \"halted\"; " +
                      std::to_string(snap.steps) + " steps and " + std::to_string(snap.calls) +
                      " tool calls were used"
                : "the run is not halted";
  return c;
}

std::string Describe(const StuckCase& c) {
  if (!c.stopped) {
    return "An agent that " + c.name + " is NOT stopped by this policy: after " +
           std::to_string(c.calls) + " calls (" + std::to_string(c.elapsed_ms) +
           " ms simulated) it was still going (" + c.limit + ").";
  }
  std::string alerts;
  for (const std::string& a : c.alerts) alerts += (alerts.empty() ? "" : ", ") + a;
  std::string late;
  if (!c.within_limits) {
    late = " That is NOT within the policy's limits: the run's duration budget is " +
           Limit(c.duration_budget_ms, " ms") + ".";
  }
  return "An agent that " + c.name + " is stopped at call " + std::to_string(c.calls) + " after " +
         std::to_string(c.elapsed_ms) + " ms of simulated time by: " + c.limit +
         ". Alert: " + (alerts.empty() ? "none" : alerts) + ". Then " + c.state + "." + late;
}

}  // namespace

StatusOr<ExplainReport> Explain(const Manifest& m, const Policy& policy,
                                const std::string& policy_origin) {
  ExplainReport r;
  r.policy_origin = policy_origin;
  const ToolSpec* probe = ProbeTool(m);
  if (probe == nullptr) return Status::InvalidArgument("the manifest has no tools to explain");
  fakes::AgentSpec repeat;
  repeat.kind = "looping";
  repeat.call = fakes::PlanStep{probe->name, {{"id", "stuck"}}};
  repeat.max_calls = kStuckCap;
  fakes::AgentSpec vary;
  vary.kind = "scripted";
  vary.on_error = "skip";
  vary.max_calls = kStuckCap;
  for (int i = 0; i < kStuckCap; ++i) vary.plan.push_back({probe->name, {{"page", i}}});
  fakes::FaultSpec hang;
  hang.tool = probe->name;
  hang.kind = "hang";
  const std::vector<std::tuple<std::string, fakes::AgentSpec, std::vector<fakes::FaultSpec>>>
      cases = {{"repeats the same call", repeat, {}},
               {"varies its arguments on every call", vary, {}},
               {"waits on a tool that never answers", vary, {hang}}};
  for (const auto& [name, agent, faults] : cases) {
    StatusOr<StuckCase> c = Simulate(m, policy, name, agent, faults);
    if (!c.ok()) return c.status();
    r.cases.push_back(*c);
  }
  const BudgetLimits& b = policy.budget;
  r.lines.push_back("Under " + policy_origin + ", probing with " + probe->name + " (tier " +
                    std::to_string(static_cast<int>(probe->tier)) + "):");
  r.lines.push_back("Limits: loop detection " +
                    (policy.loop_detection.enabled
                         ? "halts the run at identical call " +
                               std::to_string(policy.loop_detection.max_identical_calls + 1)
                         : std::string("is off")) +
                    "; budget " + Limit(b.max_steps) + " steps, " + Limit(b.max_tool_calls) +
                    " tool calls, " + Limit(b.max_duration_ms, " ms") +
                    "; each call times out after " + std::to_string(policy.call_timeout_ms) +
                    " ms.");
  for (const StuckCase& c : r.cases) r.lines.push_back(Describe(c));
  r.lines.push_back("A call that waits for a human who never answers expires after " +
                    std::to_string(policy.approval.timeout_ms) +
                    " ms: it counts as a rejection and raises approval_timeout.");
  r.lines.push_back(
      "If a workflow is open when the run halts, the guard rolls it back (compensations "
      "in reverse order, alert workflow_rolled_back), or declares an incident "
      "(alert rollback_failed) when a step cannot be undone.");
  return r;
}

namespace {

std::string SeedsText(const ScenarioResult& r) {
  return std::to_string(r.seeds_passed) + "/" + std::to_string(r.seeds_run) + " seeds";
}

// Which lint a scenario ran under.
const LintReport* LintOf(const std::vector<LintReport>& lints, const Scenario& s) {
  for (const LintReport& l : lints) {
    if (l.tools_origin == s.tools_origin && l.policy_origin == s.policy_origin) return &l;
  }
  return nullptr;
}

}  // namespace

namespace {

// What the passing scenarios showed for one item, and the claims they could not back.
struct ItemShow {
  FactSet shown;                        // facts of verified claims
  std::vector<std::string> backers;     // "name (n/n seeds)" of verified claims
  std::vector<std::string> unverified;  // "no evidence: ..." per claim without evidence
};

FactSet FactsOf(const std::vector<Fact>& facts) {
  FactSet set;
  for (const Fact f : facts) set[static_cast<size_t>(f)] = true;
  return set;
}

FactSet RuleFacts(const ItemRule& rule) {
  FactSet all = FactsOf(rule.supports);
  for (const std::vector<Fact>& group : rule.needs) all |= FactsOf(group);
  return all;
}

// A claim is verified when its scenario showed any fact the item's rule names.
void VerifyClaim(const ScenarioResult& sr, const std::string& id, ItemShow& show) {
  const ItemRule& rule = RuleFor(id);
  const FactSet mine = sr.facts & RuleFacts(rule);
  if (mine.none() && rule.needs.empty()) return;  // failure_modes_tested: judged per mode
  if (mine.none()) {
    std::vector<Fact> wanted;
    for (const std::vector<Fact>& g : rule.needs) wanted.insert(wanted.end(), g.begin(), g.end());
    wanted.insert(wanted.end(), rule.supports.begin(), rule.supports.end());
    show.unverified.push_back("no evidence: scenario " + sr.scenario.name + " claims " + id +
                              " but showed none of: " + DescribeAlternatives(wanted));
    return;
  }
  show.shown |= mine;
  show.backers.push_back(sr.scenario.name + " (" + SeedsText(sr) + ")");
}

// Evidence lines for the failure modes; false if one is not shown.
bool ModesShown(const std::vector<ScenarioResult>& scenarios, std::vector<std::string>* evidence) {
  bool ok = true;
  for (const std::string& mode : FailureModes()) {
    std::vector<std::string> shown;
    for (const ScenarioResult& sr : scenarios) {
      const Scenario& s = sr.scenario;
      if (!sr.passed() || std::count(s.failure_modes.begin(), s.failure_modes.end(), mode) == 0) {
        continue;
      }
      if ((sr.facts & FactsOf(ModeFacts(mode))).any()) {
        shown.push_back(s.name);
      } else {
        ok = false;
        evidence->push_back("no evidence: scenario " + s.name + " lists " + mode +
                            " but showed none of: " + DescribeAlternatives(ModeFacts(mode)));
      }
    }
    if (shown.empty()) {
      ok = false;
      evidence->push_back("no evidence: no passing scenario showed " + mode + " (" +
                          DescribeAlternatives(ModeFacts(mode)) + ")");
    } else {
      evidence->push_back(mode + ": shown by " + std::to_string(shown.size()) +
                          " passing scenario(s), e.g. " + shown[0]);
    }
  }
  return ok;
}

// Evidence lines for an item's run half; false if a need is unmet or a claim unverified.
bool RunHalf(const std::string& id, const ItemShow& show, std::vector<std::string>* evidence) {
  bool ok = show.unverified.empty();
  if (!show.backers.empty()) {
    std::string names;
    for (size_t i = 0; i < show.backers.size() && i < 4; ++i) {
      names += (i ? ", " : "") + show.backers[i];
    }
    if (show.backers.size() > 4)
      names += " and " + std::to_string(show.backers.size() - 4) + " more";
    evidence->push_back("scenarios: " + names);
  }
  for (const std::vector<Fact>& group : RuleFor(id).needs) {
    if ((show.shown & FactsOf(group)).none()) {
      ok = false;
      evidence->push_back("no evidence: no passing scenario claiming " + id +
                          " showed: " + DescribeAlternatives(group));
    }
  }
  for (const std::string& u : show.unverified) evidence->push_back(u);
  return ok;
}

}  // namespace

ChecklistReport Evaluate(std::vector<LintReport> lints, std::vector<ExplainReport> explains,
                         std::vector<ScenarioResult> scenarios, std::vector<std::string> skipped) {
  ChecklistReport report;
  std::map<std::string, ItemShow> shows;
  std::map<std::string, std::vector<std::string>> blames;
  bool any_failed = false;
  for (const ScenarioResult& sr : scenarios) {
    const Scenario& s = sr.scenario;
    if (sr.passed()) {
      for (const std::string& id : s.checklist) VerifyClaim(sr, id, shows[id]);
      continue;
    }
    any_failed = true;
    // A failure under a policy or manifest that weakens items on purpose is blamed on those
    // items (the weakening explains it: an item already failed by lint); otherwise on every
    // item the scenario claims. The run still exits 1 either way.
    std::vector<std::string> blamed;
    if (const LintReport* lint = LintOf(lints, s)) {
      for (const auto& [id, il] : lint->items) {
        if (!il.ok) blamed.push_back(id);
      }
    }
    if (blamed.empty()) blamed = s.checklist;
    std::string why = sr.error;
    if (why.empty() && !sr.failed.empty()) {
      why = "seed " + std::to_string(sr.failed[0].seed) + ": " + sr.failed[0].failures[0];
    }
    for (const std::string& id : blamed) {
      blames[id].push_back("scenario " + s.name + " FAILED (" + SeedsText(sr) + "): " + why);
    }
  }
  for (const std::string& id : ChecklistIds()) {
    ItemResult item;
    item.id = id;
    bool lint_ok = true;
    std::set<std::string> seen;
    for (const LintReport& l : lints) {
      const ItemLint& il = l.items.at(id);
      if (!il.evaluated) continue;
      lint_ok &= il.ok;
      for (const std::string& e : il.evidence) {
        if (seen.insert(e).second && (!il.ok || seen.size() <= 2))
          item.evidence.push_back("lint: " + e);
      }
    }
    if (id == "stuck_explained") {
      for (const ExplainReport& e : explains) {
        lint_ok &= e.every_stuck_agent_stopped();
        for (const StuckCase& c : e.cases) item.evidence.push_back("explain: " + Describe(c));
      }
      if (explains.empty()) {
        lint_ok = false;
        item.evidence.push_back("no evidence: no scenario claiming stuck_explained was explained");
      }
    }
    bool run_ok = id == "failure_modes_tested" ? ModesShown(scenarios, &item.evidence)
                                               : RunHalf(id, shows[id], &item.evidence);
    for (const std::string& b : blames[id]) item.evidence.push_back(b);
    item.pass = lint_ok && run_ok && blames[id].empty();
    report.items.push_back(std::move(item));
  }
  bool any_item_failed = std::any_of(report.items.begin(), report.items.end(),
                                     [](const ItemResult& i) { return !i.pass; });
  report.exit_code = any_item_failed || any_failed ? 1 : 0;
  report.lints = std::move(lints);
  report.explains = std::move(explains);
  report.scenarios = std::move(scenarios);
  report.skipped = std::move(skipped);
  return report;
}

ChecklistReport EvaluateLintOnly(LintReport lint) {
  ChecklistReport report;
  for (const std::string& id : ChecklistIds()) {
    const ItemLint& il = lint.items.at(id);
    ItemResult item;
    item.id = id;
    item.pass = il.ok;
    item.evaluated = il.evaluated;
    for (const std::string& e : il.evidence) item.evidence.push_back("lint: " + e);
    if (!il.evaluated) item.evidence.push_back("not checked by lint: run `blastradius check`");
    report.items.push_back(std::move(item));
    if (!il.ok) report.exit_code = 1;
  }
  report.lints.push_back(std::move(lint));
  return report;
}

}  // namespace blastradius::chaos
