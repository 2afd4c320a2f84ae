// Fake agents: the callers the guard must survive, each of formats.md's kinds.
//   scripted        runs a plan; on_error stop | retry | retry_forever | skip
//   looping         repeats one call until something stops it
//   gullible        runs a plan and obeys every instruction it can read in a tool output
//   self_confirming passes its own confirmation flags, and louder ones when refused
//   random          a seeded random walk over the manifest's tools
// With `transaction: true` the agent runs its calls as one guard workflow. Every agent has a
// hard cap on its own calls (max_calls) so a broken guard cannot hang the suite; hitting the cap
// is reported as outcome "runaway". Agents talk only to the guard. Not thread-safe: one per run.
#ifndef BLASTRADIUS_FAKES_AGENTS_H_
#define BLASTRADIUS_FAKES_AGENTS_H_

#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "blastradius/guard.h"
#include "fakes/approvers.h"
#include "fakes/fake_tools.h"

namespace blastradius::fakes {

const std::vector<std::string>& AgentKinds();
const std::vector<std::string>& OnErrorModes();

struct PlanStep {
  std::string tool;
  Json args = Json::object();
};

struct AgentSpec {
  std::string kind = "scripted";
  std::vector<PlanStep> plan;     // scripted, gullible, self_confirming
  std::string on_error = "stop";  // scripted, self_confirming (gullible/random: skip)
  bool transaction = false;
  std::optional<PlanStep> call;    // looping
  int max_retries = 3;             // on_error retry: agent-level retries per step
  int64_t max_calls = 500;         // the agent's own safety cap
  int random_steps = 20;           // random: how many calls
  std::vector<std::string> tools;  // random: tools to walk over (default: every tool)
  int64_t think_ms = 0;            // simulated time the agent spends before each call
};

// Which calls the agent made because a tool output told it to (tool + canonical args).
class CallTags {
 public:
  void MarkInjected(const std::string& run_id, const std::string& tool, const Json& args);
  bool IsInjected(const std::string& run_id, const std::string& tool, const Json& args) const;

 private:
  mutable std::mutex mu_;
  std::set<std::string> injected_;
};

// Provenance for the fake world: approvals from the recording approver, tags from the agent.
class RunProvenance : public ProvenanceSource {
 public:
  // An invocation claims the approval it is executed under (approvals are single-use).
  RunProvenance(RecordingApprover* approver, const CallTags* tags)
      : approver_(approver), tags_(tags) {}
  EffectContext ContextFor(const Invocation& invocation) override;

 private:
  RecordingApprover* approver_;
  const CallTags* tags_;
};

// One call as the agent made and saw it.
struct AgentCall {
  int index = 0;
  std::string tool;
  Json args = Json::object();
  bool injected = false;
  std::string status;    // status code name
  std::string decision;  // DecisionName of the guard's decision (history files hold text)
  std::string call_id;
  bool reached_tool = false;
  bool halted = false;
  std::string output;  // what the agent read (shortened for traces)
};

struct AgentReport {
  // completed | halted | blocked | rolled_back | incident | failed | runaway
  std::string outcome = "completed";
  std::string stop_reason;
  std::vector<AgentCall> calls;
  std::vector<RollbackReport> rollbacks;
  bool workflow_opened = false;
  bool workflow_committed = false;
  std::vector<std::string> outputs;  // every output the agent read, in full
};

struct AgentContext {
  Guard* guard = nullptr;
  Env* env = nullptr;
  std::string run_id;
  CallTags* tags = nullptr;
  const Manifest* manifest = nullptr;
  std::function<void(const AgentCall&)> on_call;  // may be empty (traces)
};

class Agent {
 public:
  virtual ~Agent() = default;
  // Runs to the end; never throws. REQUIRES: every pointer in `ctx` is set (on_call optional).
  virtual AgentReport Run(AgentContext& ctx) = 0;
};

std::unique_ptr<Agent> MakeAgent(const AgentSpec& spec);

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_AGENTS_H_
