// Scenario: one chaos experiment as a team writes it (docs/formats/scenario.md): tools, policy,
// faults, an agent, an approver, seeds, and what must hold. Loading validates every key, type
// and value and names the file, the JSON path and what was expected; nothing is silently
// ignored. A tool may be named literally or by role ("@irreversible", ...), so one scenario runs
// against any manifest (`check --tools`). Loaded scenarios are immutable values.
#ifndef BLASTRADIUS_CHAOS_SCENARIO_H_
#define BLASTRADIUS_CHAOS_SCENARIO_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/status.h"
#include "fakes/agents.h"
#include "fakes/approvers.h"
#include "fakes/faults.h"

namespace blastradius::chaos {

// The vocabularies of formats.md.
const std::vector<std::string>& FailureModes();
const std::vector<std::string>& ChecklistIds();
const std::vector<std::string>& InvariantNames();
const std::vector<std::string>& Outcomes();   // the five of formats.md, plus failed and crashed
const std::vector<std::string>& ToolRoles();  // "@read_only", "@irreversible", ...

// A real MCP server the scenario's agent runs against, through `blastradius proxy`, instead of
// fake tools (docs/formats/scenario.md, "server"). `${NAME}` in the command and env values is
// replaced from the environment at load time; check sets BLASTRADIUS_BIN_DIR to its own folder.
struct ServerCommand {
  std::vector<std::string> command;                      // argv; argv[0] searched in PATH
  std::vector<std::pair<std::string, std::string>> env;  // added to the server's environment
};

// What a server scenario may use (agents, approvers and faults the proxy can play).
const std::vector<std::string>& ServerAgentKinds();
const std::vector<std::string>& ServerApproverKinds();
const std::vector<std::string>& ServerFaultKinds();
// Fault kinds only a server scenario may use: the proxy plays them on the real server's wire.
const std::vector<std::string>& ServerOnlyFaultKinds();

struct Scenario {
  std::string name;
  std::string description;
  std::string file;  // as given on the command line
  std::vector<std::string> failure_modes;
  std::vector<std::string> checklist;
  Manifest manifest;
  Policy policy;
  std::string tools_origin;             // file the manifest came from, or "FILE $.tools"
  std::optional<ServerCommand> server;  // set: runs against this server through the proxy
  Json tools_doc;   // the manifest as JSON, as loaded (server scenarios hand it to the proxy)
  Json policy_doc;  // the policy as JSON after policy_overrides, pack paths made absolute
  std::string policy_origin;
  std::vector<fakes::FaultSpec> faults;
  fakes::AgentSpec agent;
  fakes::ApproverSpec approver;
  std::vector<uint64_t> seeds;
  std::optional<std::string> expect_outcome;
  std::vector<std::string> expect_invariants;
  std::vector<std::string> expect_alerts;
  // Where each seed's guard keeps its shared state (`check --state`): "memory" or a
  // redis:// address; with Redis every seed gets the namespace "<state_namespace>:<run id>".
  std::string state = "memory";
  std::string state_namespace;

  bool has_crash() const;
};

struct LoadOptions {
  std::string tools_override;         // replaces every scenario's `tools` when set
  std::string policy_override;        // replaces every scenario's `policy` when set
  std::optional<int> seeds_override;  // seeds 1..N for every scenario
};

// Why a scenario was not loaded. `not_applicable` is set when the scenario is well formed but
// names a tool (or role) that the --tools manifest lacks: it is skipped, not an input error.
struct LoadError {
  Status status;
  bool not_applicable = false;
};

// Loads one scenario file. On failure `error` says why.
std::optional<Scenario> LoadScenario(const std::string& path, const LoadOptions& options,
                                     LoadError* error);
// Loads a scenario from `text` as if read from the file `path`: errors name `path`, and the
// manifest and policy files it refers to are looked up beside `path`.
std::optional<Scenario> LoadScenarioText(std::string_view text, const std::string& path,
                                         const LoadOptions& options, LoadError* error);

// True if `path` is a JSON file whose top-level object has a "scenario" key.
bool IsScenarioFile(const std::string& path);
// The scenario files in each argument: a file is taken as is, a directory is searched
// recursively for scenario files (sorted). InvalidArgument if an argument does not exist or a
// directory holds none.
StatusOr<std::vector<std::string>> FindScenarioFiles(const std::vector<std::string>& args);

// Object keys merge recursively; every other value (null included) replaces.
Json MergePatch(Json base, const Json& patch);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_SCENARIO_H_
