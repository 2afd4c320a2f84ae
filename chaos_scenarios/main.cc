// blastradius: the deployment gate. `check` runs chaos scenarios and prints the checklist of
// product.md with evidence; `lint` checks a manifest and a policy statically; `run` replays one
// seed step by step; `explain` says what stops a stuck agent. Exit codes: 0 every item passes,
// 1 an item fails (or has no evidence) or a scenario fails, 2 usage or input errors.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "blastradius/state_store.h"
#include "chaos_scenarios/checklist.h"
#include "chaos_scenarios/detector_eval.h"
#include "chaos_scenarios/evidence.h"
#include "chaos_scenarios/report.h"
#include "chaos_scenarios/run.h"
#include "chaos_scenarios/runner.h"
#include "chaos_scenarios/sarif.h"
#include "chaos_scenarios/scenario.h"
#include "chaos_scenarios/server_run.h"
#include "mcp/proxy_main.h"

namespace blastradius::chaos {
namespace {

constexpr int kExitUsage = 2;

const char kMainHelp[] =
    "usage: blastradius <command> [options]\n"
    "\n"
    "commands:\n"
    "  check [DIR|FILE]...   run chaos scenarios and print the deployment checklist\n"
    "  lint                  check a manifest and a policy without running anything\n"
    "  run FILE --seed N     replay one seeded run of a scenario, step by step\n"
    "  explain FILE          say what stops a stuck agent under a policy\n"
    "  eval-detector ...     measure the injection detector on a labelled corpus\n"
    "  proxy ... -- CMD      guard an MCP server's tool calls (docs/mcp.md)\n"
    "  mcp-manifest -- CMD   draft a tools.json from an MCP server's tools/list\n"
    "\n"
    "`blastradius <command> --help` describes each command. Exit codes: 0 every checklist item\n"
    "passes, 1 an item fails or has no evidence (or a scenario failed), 2 usage or input error.\n";

const char kCheckHelp[] =
    "usage: blastradius check [DIR|FILE]... [--tools F] [--policy F] [--json F] [--junit F]\n"
    "                         [--sarif F] [--seeds N] [--threads N] [--quiet]\n"
    "                         [--state memory|redis://host:port/db]\n"
    "\n"
    "Runs every scenario (a DIR is searched recursively for *.json files with a \"scenario\"\n"
    "key) for each of its seeds, checks outcomes, invariants and alerts, and prints the ten\n"
    "checklist items of the deployment gate with their evidence.\n"
    "\n"
    "An item is earned by evidence, not by claims: a scenario's \"checklist\" entry counts only\n"
    "if its runs showed, from the world's ledger, the wire, the approver, the alerts, the audit\n"
    "lines and what the agent saw, a fact the item needs, and its \"expect\" checked it (an\n"
    "expect that checks nothing is an input error). What each item needs:\n"
    "%s"
    "A claim without evidence prints \"no evidence: scenario S claims X but showed none of: "
    "...\";\n"
    "an unmet need prints \"no evidence: no passing scenario claiming X showed: ...\".\n"
    "Details: docs/chaos.md.\n"
    "\n"
    "  --tools F    use manifest F instead of each scenario's own tools\n"
    "  --policy F   use policy F instead of each scenario's own policy (policy_overrides still\n"
    "               apply); scenarios whose tools or roles F lacks are skipped\n"
    "  --json F     also write the JSON report to F (docs/formats/report.md)\n"
    "  --junit F    also write JUnit XML to F\n"
    "  --sarif F    also write SARIF 2.1.0 to F (GitHub code scanning: one rule per item)\n"
    "  --seeds N    run seeds 1..N of every scenario instead of its own seeds\n"
    "  --threads N  worker threads (default: all cores)\n"
    "  --quiet      no progress line\n"
    "  --state S    where breakers, shared budgets and approval marks live: memory (default)\n"
    "               or redis://host:port/db (each seed in its own namespace; docs/fleet.md);\n"
    "               an unreachable server is an input error\n"
    "Exit: 0 all items pass, 1 an item fails or a scenario failed, 2 usage or input error.\n";

// The check help with the evidence table filled in.
std::string CheckHelp() {
  std::string table;
  for (const ItemRule& r : EvidenceTable()) {
    table += "  " + std::string(r.id) + ": " + std::string(r.summary) + "\n";
  }
  std::string help = kCheckHelp;
  help.replace(help.find("%s"), 2, table);
  return help;
}

const char kLintHelp[] =
    "usage: blastradius lint --tools F --policy F [--json F] [--junit F] [--sarif F]\n"
    "\n"
    "The static half of the checklist: every tool has a tier, tier 3 is gated, budgets are\n"
    "finite, breakers are on for external tools, tier-1/2 writers declare compensations, the\n"
    "sanitizer, audit log and alert sink are configured. Exit 1 if any item fails.\n";

const char kRunHelp[] =
    "usage: blastradius run FILE --seed N [--trace] [--tools F] [--policy F]\n"
    "\n"
    "Replays one seeded run of scenario FILE in virtual time and prints its outcome, every\n"
    "broken expectation with evidence and, with --trace, every agent call, wire attempt,\n"
    "audit record and alert in order. Exit 0 if the seed passes, 1 if it fails.\n";

const char kExplainHelp[] =
    "usage: blastradius explain FILE [--tools F]\n"
    "\n"
    "FILE is a scenario (its tools and policy are used) or a policy file (its manifest is\n"
    "--tools F, or tools.json beside it). Simulates a stuck agent - one that repeats a call,\n"
    "one that varies its arguments, one waiting on a tool that never answers - and says in\n"
    "plain words which limit stops it, after how many calls and how much time, which alert\n"
    "fires and what state is left. Exit 1 if any of the three is not stopped within the\n"
    "policy's own limits (the duration budget included).\n";

struct Args {
  std::vector<std::string> positional;
  std::map<std::string, std::string> options;
  std::set<std::string> flags;
  std::string error;
};

Args Parse(int argc, char** argv, const std::set<std::string>& with_value,
           const std::set<std::string>& flags) {
  Args a;
  for (int i = 2; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-h") arg = "--help";
    if (arg.rfind("--", 0) != 0) {
      a.positional.push_back(arg);
    } else if (with_value.count(arg)) {
      if (i + 1 >= argc) {
        a.error = arg + " needs a value";
        return a;
      }
      a.options[arg] = argv[++i];
    } else if (flags.count(arg) || arg == "--help") {
      a.flags.insert(arg);
    } else {
      a.error = "unknown option " + arg;
      return a;
    }
  }
  return a;
}

int Usage(const std::string& error, const std::string& help) {
  std::cerr << "blastradius: " << error << "\n\n" << help;
  return kExitUsage;
}

std::optional<int> PositiveInt(const Args& a, const std::string& key, std::string* error) {
  auto it = a.options.find(key);
  if (it == a.options.end()) return std::nullopt;
  try {
    size_t used = 0;
    int v = std::stoi(it->second, &used);
    if (used == it->second.size() && v >= 1) return v;
  } catch (...) {
  }
  *error = key + " needs a positive integer, got \"" + it->second + "\"";
  return std::nullopt;
}

bool WriteFile(const std::string& path, const std::string& content) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << content;
  return static_cast<bool>(out);
}

std::string ExtraArgs(const LoadOptions& o) {
  std::string extra;
  if (!o.tools_override.empty()) extra += " --tools " + o.tools_override;
  if (!o.policy_override.empty()) extra += " --policy " + o.policy_override;
  return extra;
}

int WriteReports(const ChecklistReport& report, const Args& a, const std::string& extra) {
  if (a.options.count("--json") &&
      !WriteFile(a.options.at("--json"), ReportJson(report, extra).dump(2) + "\n")) {
    std::cerr << "blastradius: cannot write " << a.options.at("--json") << "\n";
    return kExitUsage;
  }
  if (a.options.count("--junit") && !WriteFile(a.options.at("--junit"), JUnitXml(report, extra))) {
    std::cerr << "blastradius: cannot write " << a.options.at("--junit") << "\n";
    return kExitUsage;
  }
  if (a.options.count("--sarif") &&
      !WriteFile(a.options.at("--sarif"), SarifLog(report, extra).dump(2) + "\n")) {
    std::cerr << "blastradius: cannot write " << a.options.at("--sarif") << "\n";
    return kExitUsage;
  }
  return report.exit_code;
}

// A --tools manifest with untiered tools is rejected: tiers_classified fails, nothing runs.
std::optional<ChecklistReport> RejectedManifest(const std::string& tools) {
  StatusOr<Json> doc = LoadJsonFile(Env::Default(), tools);
  if (!doc.ok() || !doc->is_object() || !(*doc)["tools"].is_array()) return std::nullopt;
  std::vector<std::string> untiered;
  for (size_t i = 0; i < (*doc)["tools"].size(); ++i) {
    const Json& t = (*doc)["tools"][i];
    if (t.is_object() && !t.contains("tier"))
      untiered.push_back(tools + ": " + IndexPath("$.tools", i));
  }
  if (untiered.empty()) return std::nullopt;
  ChecklistReport r;
  for (const std::string& id : ChecklistIds()) {
    ItemResult item;
    item.id = id;
    if (id == "tiers_classified") {
      for (const std::string& u : untiered)
        item.evidence.push_back(u + " has no tier: manifest rejected");
    } else {
      item.evidence.push_back("not evaluated: the manifest was rejected");
    }
    r.items.push_back(std::move(item));
  }
  r.exit_code = 1;
  return r;
}

int Check(int argc, char** argv) {
  Args a = Parse(
      argc, argv,
      {"--tools", "--policy", "--json", "--junit", "--sarif", "--seeds", "--threads", "--state"},
      {"--quiet"});
  if (a.flags.count("--help")) return std::cout << CheckHelp(), 0;
  if (!a.error.empty()) return Usage(a.error, CheckHelp());
  if (a.positional.empty()) return Usage("check needs at least one DIR or FILE", CheckHelp());
  LoadOptions load;
  if (a.options.count("--tools")) load.tools_override = a.options["--tools"];
  if (a.options.count("--policy")) load.policy_override = a.options["--policy"];
  std::string error;
  load.seeds_override = PositiveInt(a, "--seeds", &error);
  std::optional<int> threads = PositiveInt(a, "--threads", &error);
  if (!error.empty()) return Usage(error, CheckHelp());
  const std::string state = a.options.count("--state") ? a.options["--state"] : "memory";
  // Checked once at start: a bad address or an unreachable server is an input error.
  StatusOr<std::unique_ptr<StateStore>> state_probe = OpenStateStore(state);
  if (!state_probe.ok()) return Usage(state_probe.status().message(), CheckHelp());
  const std::string state_namespace =
      "blastradius-check-" + std::to_string(Env::Default()->Random64());
  const std::string extra = ExtraArgs(load);
  if (!load.tools_override.empty()) {
    if (std::optional<ChecklistReport> rejected = RejectedManifest(load.tools_override)) {
      PrintTable(*rejected, std::cout);
      return WriteReports(*rejected, a, extra);
    }
  }
  StatusOr<std::vector<std::string>> files = FindScenarioFiles(a.positional);
  if (!files.ok()) return Usage(files.status().message(), CheckHelp());
  std::vector<Scenario> scenarios;
  std::vector<std::string> skipped;
  std::map<std::string, std::string> names;
  bool bad_input = false;
  for (const std::string& file : *files) {
    LoadError err;
    std::optional<Scenario> s = LoadScenario(file, load, &err);
    if (!s && err.not_applicable) {
      skipped.push_back(file + ": names a tool or role the manifest " + load.tools_override +
                        " lacks");
      continue;
    }
    if (!s) {
      std::cerr << err.status.message() << "\n";
      bad_input = true;
      continue;
    }
    if (names.count(s->name)) {
      std::cerr << file << ": $.scenario: expected a name unique in the run, got \"" << s->name
                << "\" (also in " << names[s->name] << ")\n";
      bad_input = true;
      continue;
    }
    names[s->name] = file;
    s->state = state;
    s->state_namespace = state_namespace;
    scenarios.push_back(std::move(*s));
  }
  if (bad_input) return kExitUsage;
  if (scenarios.empty()) return Usage("no scenario applies to the given manifest", CheckHelp());
  std::vector<LintReport> lints;
  std::vector<ExplainReport> explains;
  std::set<std::string> linted, explained;
  for (const Scenario& s : scenarios) {
    const std::string key = s.tools_origin + "\n" + s.policy_origin;
    if (linted.insert(key).second) {
      lints.push_back(Lint(s.manifest, s.policy, s.tools_origin, s.policy_origin));
    }
    const bool claims_stuck = std::count(s.checklist.begin(), s.checklist.end(), "stuck_explained");
    if (claims_stuck && explained.insert(key).second) {
      StatusOr<ExplainReport> e = Explain(s.manifest, s.policy, s.policy_origin);
      if (!e.ok()) {
        std::cerr << s.file << ": explain failed: " << e.status().message() << "\n";
        return kExitUsage;
      }
      explains.push_back(std::move(*e));
    }
  }
  RunnerOptions run_options;
  run_options.threads = threads.value_or(0);
  run_options.progress = !a.flags.count("--quiet");
  std::vector<ScenarioResult> results = RunScenarios(std::move(scenarios), run_options);
  ChecklistReport report =
      Evaluate(std::move(lints), std::move(explains), std::move(results), std::move(skipped));
  PrintFailures(report, extra, std::cout);
  PrintTable(report, std::cout);
  return WriteReports(report, a, extra);
}

int LintCommand(int argc, char** argv) {
  Args a = Parse(argc, argv, {"--tools", "--policy", "--json", "--junit", "--sarif"}, {});
  if (a.flags.count("--help")) return std::cout << kLintHelp, 0;
  if (!a.error.empty()) return Usage(a.error, kLintHelp);
  if (!a.positional.empty()) return Usage("lint takes no positional arguments", kLintHelp);
  if (!a.options.count("--tools") || !a.options.count("--policy")) {
    return Usage("lint needs --tools F and --policy F", kLintHelp);
  }
  StatusOr<LintReport> lint = LintFiles(a.options["--tools"], a.options["--policy"]);
  if (!lint.ok()) {
    std::cerr << lint.status().message() << "\n";
    return kExitUsage;
  }
  for (const std::string& w : lint->warnings) std::cerr << "warning: " << w << "\n";
  ChecklistReport report = EvaluateLintOnly(std::move(*lint));
  PrintTable(report, std::cout);
  return WriteReports(report, a, "");
}

int RunCommand(int argc, char** argv) {
  Args a = Parse(argc, argv, {"--seed", "--tools", "--policy"}, {"--trace"});
  if (a.flags.count("--help")) return std::cout << kRunHelp, 0;
  if (!a.error.empty()) return Usage(a.error, kRunHelp);
  if (a.positional.size() != 1) return Usage("run needs exactly one scenario FILE", kRunHelp);
  std::string error;
  std::optional<int> seed = PositiveInt(a, "--seed", &error);
  if (!error.empty()) return Usage(error, kRunHelp);
  if (!seed) return Usage("run needs --seed N", kRunHelp);
  LoadOptions load;
  if (a.options.count("--tools")) load.tools_override = a.options["--tools"];
  if (a.options.count("--policy")) load.policy_override = a.options["--policy"];
  LoadError err;
  std::optional<Scenario> s = LoadScenario(a.positional[0], load, &err);
  if (!s) {
    std::cerr << err.status.message() << "\n";
    return kExitUsage;
  }
  StatusOr<std::shared_ptr<const Detector>> detector = DetectorFor(s->policy);
  if (!detector.ok()) {
    std::cerr << detector.status().message() << "\n";
    return kExitUsage;
  }
  SeedResult r = RunSeed(*s, static_cast<uint64_t>(*seed), *detector);
  if (a.flags.count("--trace")) {
    for (const std::string& line : ReadableTrace(*s, r.history)) std::cout << line << "\n";
  } else {
    std::cout << TraceHeader(*s, r.seed) << "\n";
  }
  std::cout << "outcome: " << r.outcome
            << (s->expect_outcome ? " (expected " + *s->expect_outcome + ")" : "") << "\n";
  for (const std::string& f : r.failures) std::cout << "FAILED " << f << "\n";
  std::cout << (r.passed ? "seed passed" : "seed failed") << "\n";
  return r.passed ? 0 : 1;
}

int ExplainCommand(int argc, char** argv) {
  Args a = Parse(argc, argv, {"--tools"}, {});
  if (a.flags.count("--help")) return std::cout << kExplainHelp, 0;
  if (!a.error.empty()) return Usage(a.error, kExplainHelp);
  if (a.positional.size() != 1) return Usage("explain needs exactly one FILE", kExplainHelp);
  const std::string file = a.positional[0];
  std::optional<Manifest> manifest;
  std::optional<Policy> policy;
  if (IsScenarioFile(file)) {
    LoadOptions load;
    if (a.options.count("--tools")) load.tools_override = a.options["--tools"];
    LoadError err;
    std::optional<Scenario> s = LoadScenario(file, load, &err);
    if (!s) {
      std::cerr << err.status.message() << "\n";
      return kExitUsage;
    }
    manifest = s->manifest;
    policy = s->policy;
  } else {
    std::string tools = a.options.count("--tools")
                            ? a.options["--tools"]
                            : (std::filesystem::path(file).parent_path() / "tools.json").string();
    StatusOr<Policy> p = Policy::Load(Env::Default(), file);
    StatusOr<Manifest> m = Manifest::Load(Env::Default(), tools);
    if (!p.ok() || !m.ok()) {
      std::cerr << (!p.ok() ? p.status().message() : m.status().message()) << "\n";
      return kExitUsage;
    }
    manifest = *m;
    policy = *p;
  }
  StatusOr<ExplainReport> e = Explain(*manifest, *policy, file);
  if (!e.ok()) {
    std::cerr << e.status().message() << "\n";
    return kExitUsage;
  }
  for (const std::string& line : e->lines) std::cout << line << "\n";
  return e->every_stuck_agent_stopped() ? 0 : 1;
}

}  // namespace
}  // namespace blastradius::chaos

// ${BLASTRADIUS_BIN_DIR} in a server scenario's command (docs/formats/scenario.md): this
// binary's folder, unless the environment already says otherwise. And this binary is the
// blastradius command that server runs start as their proxy and approver.
static void SetBinDir() {
  std::error_code ec;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (ec) return;
  setenv("BLASTRADIUS_BIN_DIR", self.parent_path().c_str(), /*overwrite=*/0);
  blastradius::chaos::SetBlastradiusCommand(self.string());
}

int main(int argc, char** argv) {
  using namespace blastradius::chaos;
  if (argc < 2) return std::cerr << kMainHelp, kExitUsage;
  const std::string command = argv[1];
  SetBinDir();
  if (command == "--help" || command == "-h" || command == "help") return std::cout << kMainHelp, 0;
  if (command == "check") return Check(argc, argv);
  if (command == "lint") return LintCommand(argc, argv);
  if (command == "run") return RunCommand(argc, argv);
  if (command == "explain") return ExplainCommand(argc, argv);
  if (command == "proxy") return blastradius::mcp::ProxyMain(argc, argv);
  if (command == "scenario-approver") return blastradius::chaos::ScenarioApproverMain(argc, argv);
  if (command == "mcp-manifest") return blastradius::mcp::ManifestMain(argc, argv);
  if (command == "eval-detector") return blastradius::EvalDetectorMain(argc, argv);
  return Usage("unknown command \"" + command + "\"", kMainHelp);
}
