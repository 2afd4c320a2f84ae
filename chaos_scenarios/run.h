// Runs one scenario for one seed, deterministically and in virtual time: builds the simulated
// world (SimEnv, fake tools behind the scenario's fault stack, the approver, in-memory sinks,
// a journal), lets the agent loose on a fresh Guard, and checks the expected outcome, the
// invariants and the alerts against what the run left behind. A scenario with a `crash` fault
// runs in a forked child that really dies (_exit) at the crash point; the parent then restarts
// with a fresh Guard over the surviving journal and world, runs recovery, and checks the same.
// A scenario with a `server` runs through `blastradius proxy` against that real server instead
// (server_run.h). RunSeed is thread-safe for seeds without crash faults; crash seeds fork, so call
// them only while no other thread is running.
#ifndef BLASTRADIUS_CHAOS_RUN_H_
#define BLASTRADIUS_CHAOS_RUN_H_

#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "blastradius/sanitizer.h"
#include "blastradius/tool.h"
#include "chaos_scenarios/evidence.h"
#include "chaos_scenarios/history.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::chaos {

struct SeedResult {
  uint64_t seed = 0;
  bool passed = false;
  std::string outcome;
  std::vector<std::string> failures;  // "invariant budget_respected: <evidence>", ...
  FactSet facts;                      // what the run showed (evidence.h)
  RunHistory history;
};

// The detector for a policy's sanitizer packs (bundled packs when none are named) and learned
// stage (CreatePolicyDetector), or null when the sanitizer is disabled. Build once and share: it is
// immutable and thread-safe.
StatusOr<std::shared_ptr<const Detector>> DetectorFor(const Policy& policy);

// DetectorFor, built once per distinct (enabled, learned stage, pack list): scenarios that name
// the same packs share one detector, since building one (compiling every pack) costs far more
// than most runs. Not thread-safe; fill it before the workers start.
class DetectorCache {
 public:
  StatusOr<std::shared_ptr<const Detector>> For(const Policy& policy);

 private:
  std::map<std::string, std::shared_ptr<const Detector>> built_;
};

SeedResult RunSeed(const Scenario& scenario, uint64_t seed,
                   std::shared_ptr<const Detector> detector);

// Sets r->outcome, r->failures, r->passed and r->facts from r->history: the expected outcome,
// invariants and alerts, judged only from the history.
void JudgeSeed(const Scenario& scenario, SeedResult* r);
// A seed that could not run: outcome "error", with `why` as its one failure.
SeedResult FailedSeed(uint64_t seed, const std::string& why, RunHistory h = {});

// Test seam for tests that break the guard on purpose: wraps the executor the guard calls. The
// wrapper sits between the guard and the wire recorder, so the wire, the ledger and the agent's
// view still show what really happened. Never used by the `blastradius` command.
using ExecutorWrapper = std::function<std::unique_ptr<ToolExecutor>(ToolExecutor* inner)>;
// RunSeed with `wrap` around the executor. REQUIRES: the scenario has no crash fault.
SeedResult RunSeedWrapped(const Scenario& scenario, uint64_t seed,
                          std::shared_ptr<const Detector> detector, const ExecutorWrapper& wrap);

// The history as readable lines, one event each, in the order they happened.
std::vector<std::string> ReadableTrace(const Scenario& scenario, const RunHistory& history);

// The first line of a trace: seed, scenario and the faults it wires.
std::string TraceHeader(const Scenario& scenario, uint64_t seed);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_RUN_H_
