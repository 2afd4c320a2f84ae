// The rewriting the proxy does around the guard, as pure functions over JSON values:
//   tools/list results  -> only the tools the manifest lists and whose tier is not disabled;
//   tools/call params   -> a ToolCall for Guard::Call;
//   a server's answer   -> a ToolResult (every text the agent could read, as one string);
//   the guard's answer  -> the CallToolResult the agent receives.
// No safety decision is taken here: the guard sanitizes, taints, gates and audits; these
// functions only translate. Thread-compatible.
#ifndef BLASTRADIUS_MCP_TOOL_CALLS_H_
#define BLASTRADIUS_MCP_TOOL_CALLS_H_

#include <string>

#include "blastradius/guard.h"
#include "blastradius/json_reader.h"
#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"

namespace blastradius::mcp {

// A tools/list result with every tool the manifest does not list, or whose tier the policy
// disables, removed. `outputSchema` is removed from the tools that remain: the proxy answers
// with sanitized text only, never with the server's raw structuredContent (docs/mcp.md).
// A result that is not an object with a "tools" array is returned unchanged.
Json FilterToolsList(const Json& result, const Manifest& manifest, const Policy& policy);

// The ToolCall for a tools/call request's params: `name` must be a string and `arguments`,
// when present, an object. InvalidArgument (a JSON-RPC invalid-params error) otherwise.
StatusOr<ToolCall> ToolCallFromParams(const Json& params, const std::string& run_id);

// What a server's tools/call answer means to the guard.
struct ServerAnswer {
  ToolResult result;
  bool is_error = false;  // the tool answered with isError: true (its own answer, not a fault)
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

// The CallToolResult the agent receives for the guard's answer. A call that ran returns the
// guard's framed, sanitized output as one text item (isError as the server said); a call the
// guard stopped returns isError: true with one text saying what stopped it and what to do.
Json CallToolResultFor(const CallResult& result, bool server_is_error);

// The sentence for the agent about a stopped call: decision, reason and what to do next.
std::string StoppedCallText(const CallResult& result);

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_TOOL_CALLS_H_
