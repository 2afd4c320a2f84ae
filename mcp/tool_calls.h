// The rewriting the proxy does around the guard, as pure functions over JSON values:
//   tools/list results  -> only the tools the manifest lists and whose tier is not disabled;
//   tools/call params   -> a ToolCall for Guard::Call;
//   a server's answer   -> a ToolResult (every text the agent could read, as one string);
//   the guard's answer  -> the CallToolResult the agent receives (with the server's other result
//                          fields, cleaned, when the guard allows them);
//   compensation_args   -> the arguments of an undo call.
// The guard sanitizes, taints, gates and audits; these functions translate, and the one rule
// they add is PassThroughFields' (which of the server's other result fields reach the agent,
// decided from the guard's findings). Thread-compatible.
#ifndef BLASTRADIUS_MCP_TOOL_CALLS_H_
#define BLASTRADIUS_MCP_TOOL_CALLS_H_

#include <string>

#include "blastradius/guard.h"
#include "blastradius/json_reader.h"
#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/sanitizer.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"

namespace blastradius::mcp {

// A tools/list result with every tool the manifest does not list, or whose tier the policy
// disables, removed. `outputSchema` is removed from the tools that remain: the proxy withholds
// the server's structuredContent when the guard found something in the output (docs/mcp.md).
// A result that is not an object with a "tools" array is returned unchanged.
Json FilterToolsList(const Json& result, const Manifest& manifest, const Policy& policy);

// The ToolCall for a tools/call request's params: `name` must be a string and `arguments`,
// when present, an object. InvalidArgument (a JSON-RPC invalid-params error) otherwise.
StatusOr<ToolCall> ToolCallFromParams(const Json& params, const std::string& run_id);

// What a server's tools/call answer means to the guard.
struct ServerAnswer {
  ToolResult result;
  bool is_error = false;  // the tool answered with isError: true (its own answer, not a fault)
  Json structured;        // the result's structuredContent; null when it had none
  // Every other field of the result object (`_meta`, `resultType`, fields this proxy does not
  // know), raw as the server sent them; an empty object when there are none.
  Json extra = Json::object();
};

// Translates one JSON-RPC response to tools/call:
// - a result: outcome ok; output is every text the agent could read — each text content item,
//   each embedded text resource, and structuredContent rendered as JSON — one block each,
//   separated by blank lines; other content (images, audio, blobs) is replaced by a one-line
//   note and never reaches the agent. isError: true stays the tool's answer (ok to the guard,
//   so it does not count against the breaker) and is reported in is_error.
// - an error: a definite failure; invalid params (-32602) is the caller's error, anything else
//   a server error that a retry may cure. The server's own error text is untrusted and is not
//   copied into the result (the proxy logs it on stderr).
// - anything else (neither result nor error object): a failed, transient result.
ServerAnswer ToolResultFromResponse(const Json& response);

// The undo data the proxy journals for one answer of a writing call whose tool maps its
// compensation's arguments (spec.compensation_args, docs/mcp.md "Rollback"):
// {"arguments": {...}} built from the call's `args` and the result's `structured` content (null
// when there was no result: a timeout or a lost answer), or {"error": WHY} naming the first
// source that is missing, in which case the compensation fails without reaching the server.
// Null when the tool has no mapping.
Json UndoForCall(const ToolSpec& spec, const Json& args, const Json& structured);

// The arguments of the tools/call that runs a compensation invocation: the arguments its undo
// data carries; with no undo data (the step's answer was lost, or came from a fault injector
// or the guard), built from the original arguments alone with the mapping of the manifest tool
// whose compensation this is; with no mapping, the original call's arguments.
// FailedPrecondition when the arguments cannot be built (a source is missing).
StatusOr<Json> CompensationCallArguments(const Invocation& invocation, const Manifest& manifest);

// The fields of the server's result passed on to the agent next to the guard's text
// (docs/mcp.md, "structuredContent, _meta and other result fields"), every string in them
// (keys and values) put through `cleaner.Clean` (UTF-8 repaired, control bytes removed, forged
// boundary markers neutralized); a field whose cleaned form is longer than the sanitizer's
// max_output_bytes is dropped:
// - nothing when the guard stopped the call;
// - `resultType` whenever the call ran;
// - `structuredContent`, `_meta` and unknown fields only when the guard's sanitizer raised no
//   finding on the call's output (the structuredContent was scanned as part of that text; the
//   others are the client's protocol metadata and are not scanned).
Json PassThroughFields(const ServerAnswer& answer, const CallResult& result,
                       const Sanitizer& cleaner);

// The CallToolResult the agent receives for the guard's answer. A call that ran returns the
// guard's framed, sanitized output as one text item (isError as the server said) plus the
// `pass_through` fields; a call the guard stopped returns isError: true with one text saying
// what stopped it and what to do.
Json CallToolResultFor(const CallResult& result, bool server_is_error,
                       const Json& pass_through = Json::object());

// The sentence for the agent about a stopped call: decision, reason and what to do next.
std::string StoppedCallText(const CallResult& result);

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_TOOL_CALLS_H_
