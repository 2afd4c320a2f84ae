#include "chaos_scenarios/history.h"

namespace blastradius::chaos {
namespace {

Json CallToJson(const fakes::AgentCall& c) {
  return Json{{"index", c.index},     {"tool", c.tool},
              {"args", c.args},       {"injected", c.injected},
              {"status", c.status},   {"decision", c.decision},
              {"call_id", c.call_id}, {"reached_tool", c.reached_tool},
              {"halted", c.halted},   {"output", c.output}};
}

fakes::AgentCall CallFromJson(const Json& j) {
  fakes::AgentCall c;
  c.index = j.value("index", 0);
  c.tool = j.value("tool", "");
  c.args = j.value("args", Json::object());
  c.injected = j.value("injected", false);
  c.status = j.value("status", "");
  c.decision = j.value("decision", "");
  c.call_id = j.value("call_id", "");
  c.reached_tool = j.value("reached_tool", false);
  c.halted = j.value("halted", false);
  c.output = j.value("output", "");
  return c;
}

}  // namespace

bool RunHistory::HasAlert(const std::string& kind) const {
  for (const Json& a : alerts) {
    if (a.value("kind", "") == kind) return true;
  }
  return false;
}

Json HistoryToJson(const RunHistory& h) {
  Json j;
  j["run_id"] = h.run_id;
  j["seed"] = h.seed;
  j["start_ms"] = h.start_ms;
  j["end_ms"] = h.end_ms;
  j["ledger"] = Json::array();
  for (const auto& e : h.ledger) j["ledger"].push_back(fakes::EffectToJson(e));
  j["wire"] = Json::array();
  for (const auto& w : h.wire) j["wire"].push_back(fakes::WireRecordToJson(w));
  j["faults"] = Json::array();
  for (const auto& f : h.faults) j["faults"].push_back(fakes::FaultEventToJson(f));
  j["audit_lines"] = h.audit_lines;
  j["alerts"] = h.alerts;
  j["journal"] = h.journal;
  j["agent_calls"] = Json::array();
  for (const auto& c : h.agent_calls) j["agent_calls"].push_back(CallToJson(c));
  j["agent_outputs"] = h.agent_outputs;
  j["approvals"] = h.approvals;
  j["order"] = Json::array();
  for (const auto& e : h.order) j["order"].push_back({std::string(1, e.type), e.index});
  j["outcome"] = h.outcome;
  j["stop_reason"] = h.stop_reason;
  j["workflow_committed"] = h.workflow_committed;
  j["crashed"] = h.crashed;
  j["recovery"] = h.recovery;
  return j;
}

RunHistory HistoryFromJson(const Json& j) {
  RunHistory h;
  h.run_id = j.value("run_id", "");
  h.seed = j.value("seed", uint64_t{0});
  h.start_ms = j.value("start_ms", int64_t{0});
  h.end_ms = j.value("end_ms", int64_t{0});
  auto world = fakes::FakeWorld::FromJson(j.value("ledger", Json::array()));
  if (world.ok()) h.ledger = (*world)->ledger();
  for (const Json& w : j.value("wire", Json::array()))
    h.wire.push_back(fakes::WireRecordFromJson(w));
  for (const Json& f : j.value("faults", Json::array())) {
    h.faults.push_back({f.value("tool", ""), f.value("kind", ""), f.value("call_id", ""),
                        f.value("attempt", 0), f.value("clock_ms", int64_t{0}),
                        f.value("detail", "")});
  }
  h.audit_lines = j.value("audit_lines", std::vector<std::string>{});
  h.alerts = j.value("alerts", std::vector<Json>{});
  h.journal = j.value("journal", "");
  for (const Json& c : j.value("agent_calls", Json::array()))
    h.agent_calls.push_back(CallFromJson(c));
  h.agent_outputs = j.value("agent_outputs", std::vector<std::string>{});
  h.approvals = j.value("approvals", std::vector<Json>{});
  for (const Json& e : j.value("order", Json::array())) {
    h.order.push_back({e[0].get<std::string>()[0], e[1].get<size_t>()});
  }
  h.outcome = j.value("outcome", "");
  h.stop_reason = j.value("stop_reason", "");
  h.workflow_committed = j.value("workflow_committed", false);
  h.crashed = j.value("crashed", false);
  h.recovery = j.value("recovery", "");
  return h;
}

}  // namespace blastradius::chaos
