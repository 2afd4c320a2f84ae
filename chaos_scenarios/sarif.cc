#include "chaos_scenarios/sarif.h"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "chaos_scenarios/evidence.h"
#include "chaos_scenarios/report.h"

namespace blastradius::chaos {
namespace {

namespace fs = std::filesystem;

constexpr const char* kScenarioFailed = "scenario_failed";
constexpr const char* kHelpUri = "docs/chaos.md";

struct ItemText {
  std::string_view id;
  std::string_view title;  // product.md's wording
  std::string_view key;    // the JSON key a failing item is usually about
  bool in_manifest;        // the key lives in the manifest rather than the policy
};

constexpr ItemText kItems[] = {
    {"tiers_classified", "Every tool has a risk tier", "\"tier\"", true},
    {"tier3_gated", "Tier-3 tools need explicit confirmation or are disabled", "\"approval\"",
     false},
    {"budgets_enforced", "Step, tool-call, time and cost budgets are set and enforced",
     "\"budget\"", false},
    {"circuit_breakers", "Every external tool has a circuit breaker", "\"circuit_breaker\"", false},
    {"outputs_sanitized", "Tool outputs are sanitized before the agent sees them", "\"sanitizer\"",
     false},
    {"rollback_ready", "Multi-step workflows can roll back", "\"compensation\"", true},
    {"structured_logging", "Every call is logged with the required fields", "\"audit_log\"", false},
    {"alerts_wired", "Alerts fire on budget overruns, circuit opens, injection attempts",
     "\"alerts\"", false},
    {"failure_modes_tested", "The failure modes are tested, not just the happy path",
     "\"failure_modes\"", false},
    {"stuck_explained", "Someone can explain what happens when the agent gets stuck",
     "\"call_timeout_ms\"", false},
};

const ItemText& TextOf(std::string_view id) {
  for (const ItemText& t : kItems) {
    if (t.id == id) return t;
  }
  return kItems[0];
}

// "FILE $.tools" (an inline manifest) -> "FILE".
std::string FileOf(const std::string& origin) { return origin.substr(0, origin.find(" $")); }

// 1-based line of the first line holding `needle`, or 0.
int LineOf(const std::string& file, std::string_view needle) {
  std::ifstream in(file);
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.find(needle) != std::string::npos) return n;
  }
  return 0;
}

// A path GitHub can map onto the repository: relative to the working directory when inside it.
std::string Uri(const std::string& file) {
  std::error_code ec;
  fs::path rel = fs::path(file).lexically_normal();
  if (rel.is_absolute()) {
    fs::path r = fs::relative(rel, fs::current_path(ec), ec);
    if (!ec && !r.empty() && r.native().rfind("..", 0) != 0) rel = r;
  }
  return rel.generic_string();
}

std::string Fingerprint(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

Json Location(const std::string& file, int line) {
  Json physical = {{"artifactLocation", {{"uri", Uri(file)}, {"uriBaseId", "%SRCROOT%"}}}};
  if (line > 0) physical["region"] = {{"startLine", line}};
  return Json::array({{{"physicalLocation", physical}}});
}

Json Rule(std::string_view id, std::string_view title, std::string_view full,
          const std::string& help) {
  return {{"id", id},
          {"name", id},
          {"shortDescription", {{"text", title}}},
          {"fullDescription", {{"text", full}}},
          {"help", {{"text", help}}},
          {"helpUri", kHelpUri},
          {"defaultConfiguration", {{"level", "error"}}}};
}

Json Rules() {
  Json rules = Json::array();
  for (const ItemRule& r : EvidenceTable()) {
    const ItemText& t = TextOf(r.id);
    rules.push_back(Rule(r.id, t.title, "Evidence needed: " + std::string(r.summary) + ".",
                         "Fix the setting lint names, or add a scenario that shows the missing "
                         "evidence and claims " +
                             std::string(r.id) +
                             " in its checklist. The item's evidence lines say what is missing; "
                             "docs/chaos.md lists what each item needs."));
  }
  rules.push_back(Rule(kScenarioFailed, "A chaos scenario failed",
                       "A scenario's expected outcome, invariants or alerts did not hold on "
                       "every seed.",
                       "Replay the failing seed with the command in the message (blastradius "
                       "run FILE --seed N --trace) and read the trace."));
  return rules;
}

const ScenarioResult* ScenarioNamed(const ChecklistReport& report, std::string_view name) {
  for (const ScenarioResult& sr : report.scenarios) {
    if (sr.scenario.name == name) return &sr;
  }
  return nullptr;
}

// The file (and line) of a lint that failed the item, or an empty array.
Json LintLocation(const ChecklistReport& report, const ItemText& t, bool failed_only) {
  for (const LintReport& l : report.lints) {
    auto it = l.items.find(std::string(t.id));
    if (failed_only && (it == l.items.end() || it->second.ok)) continue;
    const std::string file = FileOf(t.in_manifest ? l.tools_origin : l.policy_origin);
    return Location(file, LineOf(file, t.key));
  }
  return Json::array();
}

// Where a failing item's result points: the policy or manifest whose lint failed it (the
// setting is the cause), else the scenario its first evidence line names, else the first
// policy or manifest of the run.
Json ItemLocation(const ChecklistReport& report, const ItemResult& item) {
  const ItemText& t = TextOf(item.id);
  Json lint = LintLocation(report, t, /*failed_only=*/true);
  if (!lint.empty()) return lint;
  for (const std::string& line : item.evidence) {
    for (std::string_view prefix : {"no evidence: scenario ", "scenario "}) {
      if (line.rfind(prefix, 0) != 0) continue;
      const std::string rest = line.substr(prefix.size());
      const ScenarioResult* sr = ScenarioNamed(report, rest.substr(0, rest.find(' ')));
      if (sr == nullptr) continue;
      const bool failed = rest.find(" FAILED (") != std::string::npos;
      return Location(sr->scenario.file,
                      LineOf(sr->scenario.file, failed ? "\"expect\"" : "\"checklist\""));
    }
  }
  return LintLocation(report, t, /*failed_only=*/false);
}

std::string Message(const ItemResult& item) {
  std::string text = "Checklist item " + item.id + " fails.";
  int shown = 0;
  for (const std::string& e : item.evidence) {
    const bool telling = e.rfind("no evidence", 0) == 0 || e.find("FAILED") != std::string::npos ||
                         e.find("NOT") != std::string::npos || e.rfind("lint: ", 0) == 0;
    if (telling && shown++ < 4) text += "\n- " + e;
  }
  return text;
}

Json Result(const std::string& rule, const std::string& message, Json locations,
            const std::string& fingerprint_key) {
  Json r = {{"ruleId", rule},
            {"level", "error"},
            {"message", {{"text", message}}},
            {"partialFingerprints", {{"blastradiusFinding/v1", Fingerprint(fingerprint_key)}}}};
  if (!locations.empty()) r["locations"] = std::move(locations);
  return r;
}

}  // namespace

Json SarifLog(const ChecklistReport& report, const std::string& extra) {
  Json results = Json::array();
  for (const ItemResult& item : report.items) {
    if (item.pass || !item.evaluated) continue;
    Json where = ItemLocation(report, item);
    const std::string uri =
        where.empty() ? ""
                      : where[0]["physicalLocation"]["artifactLocation"]["uri"].get<std::string>();
    results.push_back(Result(item.id, Message(item), std::move(where), item.id + "|" + uri));
  }
  for (const ScenarioResult& sr : report.scenarios) {
    if (sr.passed()) continue;
    std::string text = "Scenario " + sr.scenario.name + " failed " +
                       std::to_string(sr.failed.size()) + " of " + std::to_string(sr.seeds_run) +
                       " seeds.";
    if (!sr.error.empty()) text += " " + sr.error;
    if (!sr.failed.empty()) {
      const SeedResult& f = sr.failed.front();
      if (!f.failures.empty()) text += " Seed " + std::to_string(f.seed) + ": " + f.failures[0];
      text += " Replay: " + ReplayCommand(sr.scenario.file, f.seed, extra);
    }
    results.push_back(Result(kScenarioFailed, text,
                             Location(sr.scenario.file, LineOf(sr.scenario.file, "\"expect\"")),
                             std::string(kScenarioFailed) + "|" + sr.scenario.name));
  }
  Json driver = {{"name", "blastradius"},
                 {"informationUri", "https://github.com/blastradius/blastradius"},
                 {"rules", Rules()}};
  Json run = {{"tool", {{"driver", driver}}},
              {"originalUriBaseIds",
               {{"%SRCROOT%", {{"description", {{"text", "the directory blastradius ran in"}}}}}}},
              {"results", results}};
  return {{"$schema", "https://json.schemastore.org/sarif-2.1.0.json"},
          {"version", "2.1.0"},
          {"runs", Json::array({run})}};
}

}  // namespace blastradius::chaos
