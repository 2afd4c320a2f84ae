// Server runs: one seed of a scenario that names a real MCP server (Scenario::server), run
// through the real `blastradius proxy` (the command SetBlastradiusCommand named, as a child
// process) in real time.
// The scenario's manifest and policy go to the proxy as files, with the audit log, alert log,
// journal and wire log in a fresh temporary folder; its faults go to `--faults` with the seed
// as `--seed`, so the faults' draws replay from the seed; its approver is played by
// `blastradius scenario-approver` as the proxy's command approver, which records what the
// human was asked and answered. The scripted agent is an MCP client on the proxy's stdin and
// stdout. The history is built only from what the run left behind: the proxy's wire log (every
// attempt that reached the server, when, with which arguments and outcome; every fault), what
// the agent received, the audit and alert files and the approver's record — never from what
// the guard says about itself. Every wait is bounded. Thread-compatible (spawns processes).
#ifndef BLASTRADIUS_CHAOS_SERVER_RUN_H_
#define BLASTRADIUS_CHAOS_SERVER_RUN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "chaos_scenarios/run.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::chaos {

// The blastradius command (the program with the `proxy` and `scenario-approver` subcommands)
// that server runs start as the proxy and the approver. The blastradius command names itself as
// it starts; any other program that runs server scenarios (a harness of its own, a benchmark)
// names it first. Until then such seeds fail with an error and start nothing: the runner never
// assumes that the program it runs in is blastradius, since another program started as `proxy`
// would run its own work again, and again. Thread-safe.
void SetBlastradiusCommand(std::string path);
std::string BlastradiusCommand();  // "" until named

// REQUIRES: scenario.server is set.
SeedResult RunServerSeed(const Scenario& scenario, uint64_t seed);

// The `blastradius scenario-approver KIND LOG [TOOL...]` subcommand: the proxy's command
// approver in a server run. Reads one approval request (JSON) on stdin, appends the human's
// side to LOG as the chaos suite's approver records do ({"event": "submit" | "answer", ...}),
// and answers approve_all / reject_all / approve_only (TOOLs) at once; silent never answers
// (the proxy stops it at approval.timeout_ms). Returns the exit code.
int ScenarioApproverMain(int argc, char** argv);

// The history of a server run from the files it left: the wire log's lines, the agent's calls
// and outputs (in order; one output per call), the client request id of each agent call, the
// audit and alert lines and the approver's record. Builds the event order, the calls' ids, the
// ledger (every writing attempt that reached the server and did not fail definitively) and
// which of those a human approved. Pure; exposed for tests.
struct ServerRunFiles {
  std::vector<std::string> wire_log;
  std::vector<std::string> audit;
  std::vector<std::string> alerts;
  std::vector<std::string> approvals;
};
void FillServerHistory(const Scenario& scenario, const ServerRunFiles& files,
                       const std::vector<int64_t>& request_ids, RunHistory* h);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_SERVER_RUN_H_
