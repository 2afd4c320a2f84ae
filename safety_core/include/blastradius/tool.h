// Tools as the guard sees them: a spec from the manifest, a call from the agent, an invocation
// handed to the executor, and a result with three outcomes — ok, failed (definite: nothing
// happened) and unknown (a timeout or dropped connection: the effect may have happened).
// Plain values; ToolExecutor implementations document their own thread-safety.
#ifndef BLASTRADIUS_TOOL_H_
#define BLASTRADIUS_TOOL_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/json_reader.h"

namespace blastradius {

enum class Tier : int {
  kReadOnly = 0,       // reads, searches
  kReversible = 1,     // drafts, queue writes
  kConsequential = 2,  // notifications, customer-facing records, billing changes
  kIrreversible = 3,   // deletes, emails, payments, external side effects
};
// "read_only", "reversible", "consequential", "irreversible".
std::string_view TierName(Tier tier);

// Where one argument of a compensation call comes from (manifest `compensation_args`): a JSON
// pointer into the original call's arguments or into its result's structuredContent, or a
// constant. How it is applied is up to the executor (the MCP proxy builds the undo call's
// arguments from it; docs/mcp.md); the guard only carries it.
enum class UndoArgSource { kArgument, kStructuredContent, kValue };
struct UndoArg {
  std::string key;  // the argument's name in the compensation call
  UndoArgSource source = UndoArgSource::kValue;
  std::vector<std::string> pointer;  // unescaped reference tokens (RFC 6901); empty: the whole
  Json value;                        // the constant, for kValue
};

struct ToolSpec {
  std::string name;
  Tier tier = Tier::kIrreversible;
  std::string description;
  bool external = true;  // talks to a service outside our control; trusted only if declared
                         // false (its output and error text then do not taint the run)
  std::optional<std::string> compensation;  // tool that undoes one call of this one
  // How to build the compensation call's arguments; none: the executor's default (the original
  // arguments). Only with a compensation.
  std::optional<std::vector<UndoArg>> compensation_args;
  int64_t cost_micros = 0;  // cost of one call in micro-dollars
  bool idempotent = false;  // safe to retry even if tier 2/3
  bool writes() const { return tier != Tier::kReadOnly; }
};

// What an agent asks for.
struct ToolCall {
  std::string run_id;
  std::string tool;
  Json args = Json::object();
};

// One attempt handed to a ToolExecutor.
struct Invocation {
  std::string run_id;
  std::string tool;
  Json args = Json::object();
  std::string call_id;      // unique per step, stable across retries: an idempotency key
  int attempt = 1;          // 1 for the first attempt
  int64_t deadline_ms = 0;  // env->NowMillis() value by which the tool must have answered
  std::string compensates;  // for a compensation: the call_id of the step it undoes
  Json undo;                // for a compensation: what the step recorded to undo itself
};

enum class Outcome {
  kOk,       // the tool did what was asked
  kFailed,   // definite failure: nothing happened
  kUnknown,  // no definite answer: the effect may have happened
};
std::string_view OutcomeName(Outcome outcome);  // "ok", "failed", "unknown"

struct ToolResult {
  Outcome outcome = Outcome::kOk;
  std::string output;      // raw bytes, before sanitizing
  std::string error;       // when not ok
  bool transient = false;  // a retry may succeed (5xx, rate limit, timeout)
  bool rate_limited = false;
  bool timed_out = false;
  bool caller_error = false;              // the agent's arguments were wrong (not a tool fault)
  std::optional<int64_t> retry_after_ms;  // server's hint
  int64_t tokens_used = 0;
  Json undo;  // what this step's compensation will need

  static ToolResult Ok(std::string output) {
    ToolResult r;
    r.output = std::move(output);
    return r;
  }
  static ToolResult Failed(std::string error, bool transient = false) {
    ToolResult r;
    r.outcome = Outcome::kFailed;
    r.error = std::move(error);
    r.transient = transient;
    return r;
  }
  static ToolResult Unknown(std::string error) {
    ToolResult r;
    r.outcome = Outcome::kUnknown;
    r.error = std::move(error);
    r.transient = true;
    return r;
  }
};

// Actually calls a tool. The guard calls Execute for every attempt that passed its gates and
// enforces the deadline itself too: a result that arrives after invocation.deadline_ms is
// treated as a timeout (unknown). Implementations should honour the deadline themselves.
// `invocation` lives only for the Execute call (the guard refills it for the run's next
// attempt): copy what must outlive it.
class ToolExecutor {
 public:
  virtual ~ToolExecutor() = default;
  virtual ToolResult Execute(const Invocation& invocation) = 0;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_TOOL_H_
