// Runner: every scenario for every seed, spread over all cores (std::thread), with a progress
// line on stderr for long runs. Seeds of scenarios with a crash fault fork, and seeds of server
// scenarios run real processes in real time, so both run first, one at a time, before any
// worker thread starts. Results are deterministic per seed whatever
// the thread count.
#ifndef BLASTRADIUS_CHAOS_RUNNER_H_
#define BLASTRADIUS_CHAOS_RUNNER_H_

#include <string>
#include <vector>

#include "chaos_scenarios/run.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::chaos {

struct ScenarioResult {
  Scenario scenario;
  int seeds_run = 0;
  int seeds_passed = 0;
  std::vector<SeedResult> failed;  // every failed seed, with its history
  std::string error;               // the run could not start (e.g. a pattern pack did not load)
  FactSet facts;                   // evidence shown by any of its seeds (evidence.h)
  bool passed() const { return error.empty() && seeds_run > 0 && failed.empty(); }
};

struct RunnerOptions {
  int threads = 0;         // 0: hardware concurrency
  bool progress = true;    // a progress line on stderr when the run takes a while
  size_t keep_failed = 5;  // histories kept per scenario (all failed seeds are still counted)
};

std::vector<ScenarioResult> RunScenarios(std::vector<Scenario> scenarios,
                                         const RunnerOptions& options);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_RUNNER_H_
