// Chaos runner speed: scenario-seed runs per second on one core, and simulated seconds per
// real second. The baseline is real time itself: a scenario run against real tools and clocks
// takes as long as its simulated duration, so simulated_s_per_real_s is the speed-up.
//
//   chaos/suite/<suite>          every (scenario, seed) of a suite once per iteration, one
//                                thread, through chaos::RunSeed — what the runner's workers do
//   chaos/scenario/<name>        one scenario's seeds, to find the slow ones
//
// Suites: "bundled" (chaos_scenarios/scenarios) and "examples" (shared/examples/support_agent).
// Scenarios with a `crash` fault fork a child per seed; they are timed apart as
// chaos/suite/<suite>_crash, since a fork is a different cost from a simulated run.
// Rates are per CPU second of this thread: runs per second per core.
// Scenarios that run a real MCP server are left out: they run in real time through a proxy
// process, and bench_mcp times the proxy. (This program is not the blastradius command, so it
// could not start one as their proxy anyway: chaos::SetBlastradiusCommand.)
#include <benchmark/benchmark.h>

#include <cstdio>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "chaos_scenarios/run.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::bench {
namespace {

struct LoadedScenario {
  chaos::Scenario scenario;
  std::shared_ptr<const Detector> detector;
};

struct Suite {
  std::string name;
  std::vector<LoadedScenario> plain;  // no crash fault: run in process
  std::vector<LoadedScenario> crash;  // fork per seed
};

// Shared by every suite, as the runner shares one detector among the scenarios naming the same
// packs (building one compiles every pack).
chaos::DetectorCache detectors;

// Whether the scenario file names a real server (its "server" key), read before loading: a
// server scenario's command may name ${BLASTRADIUS_BIN_DIR}, which this program does not set.
bool IsServerScenario(const std::string& file) {
  std::ifstream in(file);
  const Json doc = Json::parse(in, nullptr, /*allow_exceptions=*/false);
  return doc.is_object() && doc.contains("server");
}

Suite LoadSuite(const std::string& name, const std::string& dir) {
  Suite suite{name, {}, {}};
  StatusOr<std::vector<std::string>> files = chaos::FindScenarioFiles({dir});
  if (!files.ok()) {
    std::fprintf(stderr, "suite %s: %s\n", name.c_str(), files.status().ToString().c_str());
    return suite;
  }
  for (const std::string& file : *files) {
    if (IsServerScenario(file)) continue;
    chaos::LoadError error;
    std::optional<chaos::Scenario> scenario = chaos::LoadScenario(file, {}, &error);
    if (!scenario) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), error.status.ToString().c_str());
      continue;
    }
    StatusOr<std::shared_ptr<const Detector>> detector = detectors.For(scenario->policy);
    if (!detector.ok()) {
      std::fprintf(stderr, "%s: %s\n", file.c_str(), detector.status().ToString().c_str());
      continue;
    }
    const bool crash = scenario->has_crash();
    (crash ? suite.crash : suite.plain).push_back({std::move(*scenario), *detector});
  }
  return suite;
}

void BM_Scenarios(benchmark::State& state, const std::vector<LoadedScenario>* scenarios) {
  int64_t runs = 0;
  int64_t failed = 0;
  double simulated_ms = 0;
  for (auto _ : state) {
    for (const LoadedScenario& s : *scenarios) {
      for (uint64_t seed : s.scenario.seeds) {
        chaos::SeedResult r = chaos::RunSeed(s.scenario, seed, s.detector);
        ++runs;
        failed += !r.passed;
        simulated_ms += static_cast<double>(r.history.end_ms - r.history.start_ms);
      }
    }
  }
  using benchmark::Counter;
  state.counters["runs_per_second"] = Counter(static_cast<double>(runs), Counter::kIsRate);
  state.counters["simulated_s_per_real_s"] = Counter(simulated_ms / 1000.0, Counter::kIsRate);
  state.counters["simulated_ms_per_run"] = runs ? simulated_ms / static_cast<double>(runs) : 0;
  state.counters["runs_per_iteration"] = static_cast<double>(runs) /
                                         static_cast<double>(state.iterations());
  state.counters["failed_seeds"] = static_cast<double>(failed);
  state.SetItemsProcessed(runs);
}

}  // namespace
}  // namespace blastradius::bench

int main(int argc, char** argv) {
  using namespace blastradius::bench;
  benchmark::Initialize(&argc, argv);
  static std::vector<Suite> suites;
  suites.push_back(LoadSuite("bundled", BLASTRADIUS_SOURCE_DIR "/chaos_scenarios/scenarios"));
  suites.push_back(LoadSuite("examples", BLASTRADIUS_SOURCE_DIR "/examples/support_agent"));
  static std::vector<std::vector<LoadedScenario>> singles;
  singles.reserve(1000);
  for (const Suite& suite : suites) {
    if (suite.plain.empty()) {
      std::fprintf(stderr, "suite %s: no scenarios loaded\n", suite.name.c_str());
      return 1;
    }
    benchmark::RegisterBenchmark(("chaos/suite/" + suite.name).c_str(), BM_Scenarios,
                                 &suite.plain);
    if (!suite.crash.empty()) {
      benchmark::RegisterBenchmark(("chaos/suite/" + suite.name + "_crash").c_str(),
                                   BM_Scenarios, &suite.crash);
    }
    for (const LoadedScenario& s : suite.plain) {
      singles.push_back({s});
      benchmark::RegisterBenchmark(
          ("chaos/scenario/" + suite.name + "/" + s.scenario.name).c_str(), BM_Scenarios,
          &singles.back());
    }
  }
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
