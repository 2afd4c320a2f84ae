// RunHistory: everything one seeded run left behind — the fake world's ledger, the wire
// (every invocation that left the guard and what came back), the faults that fired, the audit
// lines, the alerts, the journal's bytes, what the fake human was asked and answered, and what
// the agent did and saw — plus the order in
// which the audit, wire, alert and agent events happened. Invariants and traces read only this.
// A plain value; it survives a crashed child process as JSON.
#ifndef BLASTRADIUS_CHAOS_HISTORY_H_
#define BLASTRADIUS_CHAOS_HISTORY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "blastradius/json_reader.h"
#include "fakes/agents.h"
#include "fakes/faults.h"
#include "fakes/world.h"

namespace blastradius::chaos {

struct HistoryEvent {
  char type = 'a';  // 'a' audit line, 'w' wire record, 'l' alert, 'c' agent call
  size_t index = 0;
};

struct RunHistory {
  std::string run_id;
  uint64_t seed = 0;
  int64_t start_ms = 0;  // simulated clock when the agent started
  int64_t end_ms = 0;
  std::vector<fakes::Effect> ledger;
  std::vector<fakes::WireRecord> wire;
  std::vector<fakes::FaultEvent> faults;
  std::vector<std::string> audit_lines;  // as a file sink would write them
  std::vector<Json> alerts;              // AlertToJson
  std::string journal;                   // the journal file's bytes at the end
  std::vector<fakes::AgentCall> agent_calls;
  std::vector<std::string> agent_outputs;  // every output the agent read (one per agent call)
  std::vector<Json> approvals;             // the fake human's side: RecordingApprover::history()
  std::vector<HistoryEvent> order;
  std::string outcome;
  std::string stop_reason;
  bool workflow_committed = false;  // the agent saw its workflow commit (transaction agents)
  bool crashed = false;             // a crash fault killed the process; recovery ran on restart
  std::string recovery;             // what recovery reported, for traces

  bool HasAlert(const std::string& kind) const;
};

Json HistoryToJson(const RunHistory& h);
RunHistory HistoryFromJson(const Json& j);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_HISTORY_H_
