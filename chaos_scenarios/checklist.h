// The deployment checklist of product.md: its static half (lint over a manifest and a policy),
// the `explain` analysis of what stops a stuck agent, and the evaluation that combines them
// with scenario results into pass/fail per item with evidence. Rules: docs/chaos.md.
// Plain functions over values; thread-compatible.
#ifndef BLASTRADIUS_CHAOS_CHECKLIST_H_
#define BLASTRADIUS_CHAOS_CHECKLIST_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "chaos_scenarios/runner.h"

namespace blastradius::chaos {

// The largest sanitizer.max_output_bytes that still bounds anything: 1 MiB, about 250k tokens of
// text, more than the whole context of most agents — and one tool output must leave room for the
// rest of the conversation. A larger bound fails outputs_sanitized in lint.
constexpr int64_t kMaxUsefulOutputBytes = int64_t{1} << 20;

struct ItemLint {
  bool ok = true;
  bool evaluated = true;  // false: this item has no static half
  std::vector<std::string> evidence;
};

struct LintReport {
  std::string tools_origin;
  std::string policy_origin;
  std::map<std::string, ItemLint> items;  // by checklist id
  std::vector<std::string> warnings;      // e.g. policy weakenings as loaded
};

// Lints a manifest file and a policy file. A tool without a tier fails tiers_classified and is
// left out of the other checks. InvalidArgument for unreadable or otherwise invalid files.
StatusOr<LintReport> LintFiles(const std::string& tools_path, const std::string& policy_path);
// Lints loaded values (the scenario's own tools and policy).
LintReport Lint(const Manifest& manifest, const Policy& policy, const std::string& tools_origin,
                const std::string& policy_origin, std::vector<std::string> untiered = {});

// One simulated stuck agent and what stopped it.
struct StuckCase {
  std::string name;        // "repeats one call", "varies its arguments", "the tool hangs"
  bool stopped = false;    // a limit halted the run before the agent's own cap
  int64_t calls = 0;       // agent calls until the halt (the halting call included)
  int64_t elapsed_ms = 0;  // simulated time until the halt
  std::string limit;       // which limit fired, in the guard's words
  std::vector<std::string> alerts;
  std::string state;                          // what is left behind
  std::optional<int64_t> duration_budget_ms;  // the policy's max_duration_ms
  bool within_limits = false;  // stopped, and no later than the run's duration budget
};

struct ExplainReport {
  std::string policy_origin;
  std::vector<StuckCase> cases;
  std::vector<std::string> lines;  // the whole explanation in plain words
  // Every stuck agent (repeating, varying, waiting on a hung tool) is halted with an alert within
  // the policy's own limits, the duration budget included.
  bool every_stuck_agent_stopped() const;
};

StatusOr<ExplainReport> Explain(const Manifest& manifest, const Policy& policy,
                                const std::string& policy_origin);

struct ItemResult {
  std::string id;
  bool pass = false;
  bool evaluated = true;  // false: `lint` has no static half for this item
  std::vector<std::string> evidence;
};

struct ChecklistReport {
  std::vector<ItemResult> items;  // the ten, in product.md's order
  std::vector<LintReport> lints;
  std::vector<ExplainReport> explains;
  std::vector<ScenarioResult> scenarios;
  std::vector<std::string> skipped;  // "FILE: reason" for scenarios that did not apply
  int exit_code = 0;
};

ChecklistReport Evaluate(std::vector<LintReport> lints, std::vector<ExplainReport> explains,
                         std::vector<ScenarioResult> scenarios, std::vector<std::string> skipped);

// A checklist from lint alone (the `lint` command): run-half items are not evaluated.
ChecklistReport EvaluateLintOnly(LintReport lint);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_CHECKLIST_H_
