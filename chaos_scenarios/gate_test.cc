// End-to-end tests of the deployment gate: the real `blastradius` binary over the bundled
// scenarios, the shared support_agent example, and deliberately unsafe policies and manifests
// that must fail exactly the right checklist items with exit code 1.
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "blastradius/json_reader.h"
#include "fakes/temp_dir.h"
#include "redis_server.h"

namespace blastradius::chaos {
namespace {

namespace fs = std::filesystem;

const std::string kBin = BLASTRADIUS_BIN;
const std::string kScenarios = std::string(BLASTRADIUS_SOURCE_DIR) + "/chaos_scenarios/scenarios";
const std::string kUnsafe =
    std::string(BLASTRADIUS_SOURCE_DIR) + "/chaos_scenarios/testdata/unsafe";

struct Result {
  int exit_code = -1;
  std::string output;
  Json report;
};

std::string TempPath(const std::string& name) {
  static const fakes::TempDir scratch("br_gate");  // this process's, removed when it ends
  return scratch / name;
}

Result Blastradius(const std::string& args) {
  Result r;
  const std::string json = TempPath("report.json");
  fs::remove(json);
  const std::string cmd =
      kBin + " " + args + (args.rfind("check", 0) == 0 ? " --quiet --json " + json : "") + " 2>&1";
  FILE* pipe = popen(cmd.c_str(), "r");
  if (pipe == nullptr) return r;
  char buf[4096];
  size_t n;
  while ((n = fread(buf, 1, sizeof(buf), pipe)) > 0) r.output.append(buf, n);
  const int status = pclose(pipe);
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  std::ifstream in(json);
  std::stringstream text;
  text << in.rdbuf();
  r.report = Json::parse(text.str(), nullptr, false);
  return r;
}

std::set<std::string> FailedItems(const Result& r) {
  std::set<std::string> failed;
  if (!r.report.is_object()) return {"<no report>"};
  for (const Json& item : r.report["checklist"]) {
    if (item["status"] != "pass") failed.insert(item["id"].get<std::string>());
  }
  return failed;
}

TEST(GateTest, BundledScenariosPassEveryItem) {
  Result r = Blastradius("check " + kScenarios + " --junit " + TempPath("junit.xml"));
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_EQ(FailedItems(r), std::set<std::string>{}) << r.output;
  ASSERT_TRUE(r.report.is_object());
  EXPECT_EQ(r.report["checklist"].size(), 10u);
  EXPECT_GE(r.report["scenarios"].size(), 30u);
  EXPECT_EQ(r.report["exit_code"], 0);
  std::ifstream junit(TempPath("junit.xml"));
  std::stringstream xml;
  xml << junit.rdbuf();
  EXPECT_EQ(xml.str().rfind("<?xml", 0), 0u);
  EXPECT_NE(xml.str().find("<testsuite name=\"checklist\" tests=\"10\" failures=\"0\""),
            std::string::npos);
}

// A scenario naming a real server: the fake MCP server process behind the real proxy, judged
// from the proxy's wire log. It passes, and shows the facts only the wire can show.
TEST(GateTest, RealServerScenarioRunsThroughTheProxyAndPasses) {
  Result r = Blastradius("check " + kScenarios + "/real_server_rollback.json");
  ASSERT_TRUE(r.report.is_object()) << r.output;
  ASSERT_EQ(r.report["scenarios"].size(), 1u);
  const Json& s = r.report["scenarios"][0];
  EXPECT_TRUE(s.value("passed", false)) << r.output;
  EXPECT_EQ(s.value("seeds_passed", 0), 2) << r.output;
  EXPECT_NE(s.dump().find("no_unapproved_side_effects"), std::string::npos) << s.dump();
}

// The same real-server scenario under a policy without an alert sink: the rollback through the
// server happened (the wire log shows undo_note) and nobody was told, so no_silent_failure
// breaks, with the wire as evidence and a replay command.
TEST(GateTest, RealServerScenarioFailsFromTheWireLogWhenNobodyIsTold) {
  Result r = Blastradius("check " + kScenarios + "/real_server_rollback.json --policy " + kUnsafe +
                         "/no_alerts.json");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("invariant no_silent_failure: effects were rolled back but no workflow "
                          "alert told anyone"),
            std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("undo_note"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("replay: blastradius run"), std::string::npos) << r.output;
}

// The proxy's server-only faults from a scenario: a server killed as the call reaches it (the
// breaker opens; nothing failed on the wire) and a reply cut in half on the wire (a real
// failure the breaker counts, so the scenario shows runaway_execution).
TEST(GateTest, RealServerCrashAndMalformedReplyScenariosPass) {
  const std::string data = std::string(BLASTRADIUS_SOURCE_DIR) + "/chaos_scenarios/testdata/";
  Result r = Blastradius("check " + data + "real_server_crash.json " + data +
                         "real_server_malformed_reply.json");
  ASSERT_TRUE(r.report.is_object()) << r.output;
  ASSERT_EQ(r.report["scenarios"].size(), 2u);
  for (const Json& s : r.report["scenarios"]) {
    EXPECT_TRUE(s.value("passed", false)) << s.dump() << r.output;
  }
  EXPECT_NE(r.output.find("runaway_execution: shown by 1 passing scenario(s), e.g. "
                          "real_server_malformed_reply"),
            std::string::npos)
      << r.output;
}

// The same suite with every seed's guard on a real redis-server (check --state): the same
// scenarios pass with the same seeds, and the store was really used.
TEST(GateTest, BundledScenariosGiveTheSameReportOnTheRedisStateStore) {
  blastradius::testing::RedisServer server;
  ASSERT_TRUE(server.Start());
  Result redis = Blastradius("check " + kScenarios +
                             " --state redis://127.0.0.1:" + std::to_string(server.port()) + "/0");
  Result memory = Blastradius("check " + kScenarios + " --state memory");
  EXPECT_EQ(redis.exit_code, 0) << redis.output;
  ASSERT_TRUE(redis.report.is_object() && memory.report.is_object());
  EXPECT_EQ(redis.report["scenarios"], memory.report["scenarios"]);
  EXPECT_EQ(redis.report["checklist"], memory.report["checklist"]);
  EXPECT_GT(std::stol(server.Cli("DBSIZE")), 100) << "the guards did not use the store";
}

TEST(GateTest, CheckRefusesAnUnreachableOrMalformedStateStore) {
  blastradius::testing::RedisServer never_started;
  const std::string address = "127.0.0.1:" + std::to_string(never_started.port());
  Result r = Blastradius("check " + kScenarios + " --state redis://" + address + "/0");
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find("cannot connect"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find(address), std::string::npos) << r.output;
  Result bad = Blastradius("check " + kScenarios + " --state postgres://x");
  EXPECT_EQ(bad.exit_code, 2) << bad.output;
  EXPECT_NE(bad.output.find("expected memory or redis://"), std::string::npos) << bad.output;
}

TEST(GateTest, SharedSupportAgentExamplePassesUnmodified) {
  Result r =
      Blastradius("check " + std::string(BLASTRADIUS_SOURCE_DIR) + "/examples/support_agent");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  ASSERT_TRUE(r.report.is_object());
  EXPECT_EQ(r.report["scenarios"].size(), 11u);
}

struct UnsafeCase {
  const char* flag;  // --policy or --tools
  const char* file;
  const char* failing_item;
};

void PrintTo(const UnsafeCase& c, std::ostream* os) {
  *os << c.flag << " " << c.file << " -> " << c.failing_item;
}

// The evidence lines of item `id` in a JSON report.
std::vector<std::string> Evidence(const Result& r, const std::string& id) {
  std::vector<std::string> lines;
  if (!r.report.is_object()) return lines;
  for (const Json& item : r.report["checklist"]) {
    if (item["id"] == id) lines = item["evidence"].get<std::vector<std::string>>();
  }
  return lines;
}

bool AnyLineHas(const std::vector<std::string>& lines, const std::string& text) {
  for (const std::string& l : lines) {
    if (l.find(text) != std::string::npos) return true;
  }
  return false;
}

class UnsafeGateTest : public ::testing::TestWithParam<UnsafeCase> {};

TEST_P(UnsafeGateTest, FailsExactlyTheWeakenedItem) {
  const UnsafeCase& c = GetParam();
  Result r = Blastradius("check " + kScenarios + " " + c.flag + " " + kUnsafe + "/" + c.file +
                         " --seeds 3");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  const std::set<std::string> failed = FailedItems(r);
  EXPECT_EQ(failed.count(c.failing_item), 1u) << r.output;
  // Failed scenarios are blamed on the weakened item only; any other item fails only because
  // the weakening left it without evidence (e.g. no alert sink: no alert can be observed; no
  // budget: an agent that varies its arguments is never stopped).
  for (const std::string& id : failed) {
    if (id == c.failing_item) continue;
    EXPECT_TRUE(AnyLineHas(Evidence(r, id), "no evidence: ") ||
                AnyLineHas(Evidence(r, id), " is NOT stopped"))
        << id << "\n"
        << r.output;
    EXPECT_FALSE(AnyLineHas(Evidence(r, id), " FAILED (")) << id << "\n" << r.output;
  }
  EXPECT_TRUE(AnyLineHas(Evidence(r, c.failing_item), "lint: ")) << r.output;
}

INSTANTIATE_TEST_SUITE_P(
    Weakenings, UnsafeGateTest,
    ::testing::Values(UnsafeCase{"--policy", "tier3_ungated.json", "tier3_gated"},
                      UnsafeCase{"--policy", "no_budget.json", "budgets_enforced"},
                      UnsafeCase{"--policy", "no_breaker.json", "circuit_breakers"},
                      UnsafeCase{"--policy", "sanitizer_off.json", "outputs_sanitized"},
                      UnsafeCase{"--policy", "no_alerts.json", "alerts_wired"},
                      UnsafeCase{"--tools", "tools_no_compensation.json", "rollback_ready"}),
    [](const auto& info) {
      std::string name = info.param.file;
      return name.substr(0, name.find('.'));
    });

// Issue 12: settings that are finite but make an item meaningless. None is an explicit
// off-switch, so none is a "weakening" the loader reports; each must still fail its item, by
// behaviour where the runs show it and by lint where they cannot.
struct MeaninglessCase {
  const char* file;
  const char* failing_item;
  const char* why;  // a phrase the item's evidence must hold
};

void PrintTo(const MeaninglessCase& c, std::ostream* os) {
  *os << c.file << " -> " << c.failing_item;
}

class MeaninglessSettingTest : public ::testing::TestWithParam<MeaninglessCase> {};

TEST_P(MeaninglessSettingTest, FailsItsItem) {
  const MeaninglessCase& c = GetParam();
  Result r =
      Blastradius("check " + kScenarios + " --policy " + kUnsafe + "/" + c.file + " --seeds 3");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_EQ(FailedItems(r).count(c.failing_item), 1u) << r.output;
  EXPECT_TRUE(AnyLineHas(Evidence(r, c.failing_item), c.why)) << r.output;
}

INSTANTIATE_TEST_SUITE_P(
    FiniteButUseless, MeaninglessSettingTest,
    ::testing::Values(
        // A ten-year call timeout: the hung agent of explain runs past the duration budget.
        MeaninglessCase{"call_timeout_ten_years.json", "stuck_explained",
                        "is longer than the run's duration budget"},
        // A 10^9-byte output bound: no agent's context holds that (ceiling 1 MiB).
        MeaninglessCase{"output_bound_1e9.json", "outputs_sanitized", "is above 1048576 bytes"},
        // An approval wait of an hour in a ten-minute run.
        MeaninglessCase{"approval_wait_too_long.json", "tier3_gated",
                        "approval.timeout_ms 3600000 is longer than the run's duration budget"},
        // A breaker threshold of 2^31-1 never opens: its scenarios fail.
        MeaninglessCase{"breaker_never_opens.json", "circuit_breakers", "FAILED"},
        // A budget of 10^9 steps never halts: its scenarios fail.
        MeaninglessCase{"step_budget_never_acts.json", "budgets_enforced", "FAILED"}),
    [](const auto& info) {
      std::string name = info.param.file;
      return name.substr(0, name.find('.'));
    });

// Issue 12: stuck_explained looked at the first of the three stuck agents only, so a ten-year
// call timeout passed although explain said the hung agent stops after ten years.
TEST(GateTest, ExplainFailsWhenAStuckAgentOutlivesTheDurationBudget) {
  Result r = Blastradius("explain " + kUnsafe + "/call_timeout_ten_years.json --tools " +
                         kScenarios + "/tools.json");
  EXPECT_EQ(r.exit_code, 1) << r.output;
  EXPECT_NE(r.output.find("waits on a tool that never answers"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("NOT within the policy's limits"), std::string::npos) << r.output;
}

TEST(GateTest, UntieredManifestFailsTiersClassified) {
  Result lint = Blastradius("lint --tools " + kUnsafe + "/tools_no_tier.json --policy " +
                            kScenarios + "/policy.json");
  EXPECT_EQ(lint.exit_code, 1) << lint.output;
  EXPECT_NE(lint.output.find("FAIL    tiers_classified"), std::string::npos) << lint.output;
  Result check = Blastradius("check " + kScenarios + " --tools " + kUnsafe + "/tools_no_tier.json");
  EXPECT_EQ(check.exit_code, 1) << check.output;
  EXPECT_EQ(FailedItems(check).count("tiers_classified"), 1u);
}

TEST(GateTest, LintOfEachUnsafePolicyFailsItsItemOnly) {
  Result ok = Blastradius("lint --tools " + kScenarios + "/tools.json --policy " + kScenarios +
                          "/policy.json");
  EXPECT_EQ(ok.exit_code, 0) << ok.output;
  Result bad = Blastradius("lint --tools " + kScenarios + "/tools.json --policy " + kUnsafe +
                           "/no_breaker.json");
  EXPECT_EQ(bad.exit_code, 1) << bad.output;
  EXPECT_NE(bad.output.find("FAIL    circuit_breakers"), std::string::npos) << bad.output;
  EXPECT_EQ(bad.output.find("FAIL    tier3_gated"), std::string::npos) << bad.output;
}

TEST(GateTest, InputErrorsExitTwoNamingFileAndPath) {
  const std::string bad = TempPath("bad_scenario.json");
  std::ofstream(bad)
      << R"({"scenario": "x", "description": "d", "failure_modes": ["nope"],
    "checklist": [], "tools": ")" +
             kScenarios + R"(/tools.json", "policy": ")" + kScenarios +
             R"(/policy.json", "agent": {"kind": "scripted", "plan": []}, "expect": {}})";
  Result r = Blastradius("check " + bad);
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find(bad), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("$.failure_modes[0]"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("$.agent.plan"), std::string::npos) << r.output;
  EXPECT_EQ(Blastradius("frobnicate").exit_code, 2);
  EXPECT_EQ(Blastradius("run " + kScenarios + "/tier3_rejected.json").exit_code, 2) << "no --seed";
  for (const char* cmd : {"check", "lint", "run", "explain"}) {
    Result help = Blastradius(std::string(cmd) + " --help");
    EXPECT_EQ(help.exit_code, 0) << cmd;
    EXPECT_NE(help.output.find("usage: blastradius"), std::string::npos) << cmd;
  }
}

// A scenario file in a fresh folder, wired to the bundled tools and policy.
std::string ScenarioFile(const std::string& name, const std::string& checklist,
                         const std::string& rest) {
  const fs::path dir = TempPath(name);
  fs::remove_all(dir);
  fs::create_directories(dir);
  const std::string path = (dir / (name + ".json")).string();
  std::ofstream(path) << R"({"scenario": ")" + name + R"(", "description": "d",
    "failure_modes": ["runaway_execution", "irreversible_without_confirmation",
                      "injection_via_tool_output", "silent_partial_failure"],
    "checklist": [)" + checklist +
                             R"(],
    "tools": ")" + kScenarios +
                             R"(/tools.json", "policy": ")" + kScenarios + R"(/policy.json",
    "agent": {"kind": "scripted", "plan": [{"tool": "lookup_account", "args": {"id": "c-1"}}]},
    )" + rest + "}";
  return path;
}

const char kAllIds[] = R"("tiers_classified", "tier3_gated", "budgets_enforced",
    "circuit_breakers", "outputs_sanitized", "rollback_ready", "structured_logging",
    "alerts_wired", "failure_modes_tested", "stuck_explained")";

// Issue 12: one scenario with `"expect": {}` that lists all ten ids and all four failure modes
// and reads one record got 10/10 PASS and exit 0.
TEST(GateTest, VacuousScenarioIsAnInputError) {
  const std::string path = ScenarioFile("vacuous", kAllIds, R"("expect": {})");
  Result r = Blastradius("check " + path);
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find(path), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("$.expect"), std::string::npos) << r.output;
}

// The same reader with an expect that does check something earns nothing it did not show.
TEST(GateTest, ClaimsWithoutEvidenceEarnNothing) {
  const std::string path =
      ScenarioFile("claims_everything", kAllIds,
                   R"("expect": {"outcome": "completed", "invariants": ["every_call_logged",
         "no_unapproved_side_effects", "atomic_workflow", "budget_respected"]})");
  Result r = Blastradius("check " + path);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  for (const char* id : {"tiers_classified", "tier3_gated", "budgets_enforced", "circuit_breakers",
                         "outputs_sanitized", "rollback_ready", "alerts_wired",
                         "failure_modes_tested", "stuck_explained"}) {
    EXPECT_EQ(FailedItems(r).count(id), 1u) << id;
    EXPECT_TRUE(AnyLineHas(Evidence(r, id), "no evidence: ")) << id << "\n" << r.output;
  }
  // It did read a record and log it completely: that much it showed.
  EXPECT_EQ(FailedItems(r).count("structured_logging"), 0u) << r.output;
}

// Issue 12: a scenario that only reads a customer twice and lists tier3_gated and
// rollback_ready earned both items.
TEST(GateTest, ReadOnlyScenarioEarnsNeitherTier3GatedNorRollbackReady) {
  const std::string path = ScenarioFile(
      "read_only_claims", R"("tier3_gated", "rollback_ready")",
      R"("expect": {"outcome": "completed", "invariants": ["no_unapproved_side_effects",
         "atomic_workflow"]}, "seeds": 2)");
  Result r = Blastradius("check " + path);
  EXPECT_EQ(r.exit_code, 1) << r.output;
  for (const char* id : {"tier3_gated", "rollback_ready"}) {
    EXPECT_EQ(FailedItems(r).count(id), 1u) << id;
    EXPECT_TRUE(AnyLineHas(Evidence(r, id), "no evidence: scenario read_only_claims claims " +
                                                std::string(id) + " but showed none of"))
        << r.output;
  }
}

// Regression (issue 11 row 10): a policy with a duplicated "budget" loaded as the last one
// (9,000,000 steps) and lint exited 0.
TEST(GateTest, LintOfDuplicateBudgetKeyExitsTwoNamingFileAndPath) {
  const std::string bad = TempPath("duplicate_budget.json");
  std::ofstream(bad) << R"({"budget":{"max_steps":5},"budget":{"max_steps":9000000}})";
  Result r = Blastradius("lint --tools " + kScenarios + "/tools.json --policy " + bad);
  EXPECT_EQ(r.exit_code, 2) << r.output;
  EXPECT_NE(r.output.find(bad), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("$.budget: duplicate key"), std::string::npos) << r.output;
}

TEST(GateTest, RunReplaysOneSeedWithATrace) {
  Result r =
      Blastradius("run " + kScenarios + "/workflow_rolls_back_on_failure.json --seed 4 --trace");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("seed 4 of workflow_rolls_back_on_failure"), std::string::npos);
  EXPECT_NE(r.output.find("ALERT  workflow_rolled_back"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("compensating"), std::string::npos) << r.output;
  Result again =
      Blastradius("run " + kScenarios + "/workflow_rolls_back_on_failure.json --seed 4 --trace");
  EXPECT_EQ(r.output, again.output) << "a seed replays exactly";
}

TEST(GateTest, ExplainSaysWhatStopsAStuckAgent) {
  Result r = Blastradius("explain " + kScenarios + "/policy.json");
  EXPECT_EQ(r.exit_code, 0) << r.output;
  EXPECT_NE(r.output.find("repeats the same call is stopped at call 4"), std::string::npos)
      << r.output;
  EXPECT_NE(r.output.find("loop_detected"), std::string::npos) << r.output;
  EXPECT_NE(r.output.find("budget_exceeded"), std::string::npos) << r.output;
}

// `blastradius --help` promises that `blastradius <command> --help` describes each command;
// every command it lists must answer --help with its usage on stdout and exit 0 (a user asking
// for help is not an input error).
TEST(GateTest, EveryListedCommandAnswersHelpWithItsUsage) {
  const Result main_help = Blastradius("--help");
  ASSERT_EQ(main_help.exit_code, 0) << main_help.output;
  std::istringstream lines(main_help.output.substr(main_help.output.find("commands:")));
  std::vector<std::string> commands;
  for (std::string line; std::getline(lines, line) && !(line.empty() && !commands.empty());) {
    if (line.rfind("  ", 0) != 0) continue;
    std::istringstream words(line);
    std::string command;
    words >> command;
    commands.push_back(command);
  }
  ASSERT_GE(commands.size(), 7u) << main_help.output;
  for (const std::string& command : commands) {
    const Result r = Blastradius(command + " --help");
    EXPECT_EQ(r.exit_code, 0) << command << ": " << r.output;
    EXPECT_EQ(r.output.rfind("usage: blastradius " + command, 0), 0u)
        << command << ": " << r.output;
  }
}

}  // namespace
}  // namespace blastradius::chaos
