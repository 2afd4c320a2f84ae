// `blastradius proxy --faults F`: chaos between the guard and a real MCP server, by wrapping
// the proxy's executor in the same fault injectors the chaos suite uses (fakes/faults.h).
// The file is {"faults": [{"tool", "kind", ...}]} with the kinds that make sense against a real
// server (docs/mcp.md, "Faults"):
//   latency          {ms, jitter_ms}                 the call waits, then reaches the server
//   error            {error, transient}              a definite failure; the server is not called
//   rate_limit       {max_calls, per_ms, retry_after_ms}  429 with retry-after over the limit
//   hang             {}                              no answer: the call times out (unknown)
//   inject           {payload | payloads, position, obfuscate}  text added to the server's answer
//   malformed_reply  {}                              the server acts; its reply line is cut short
//                                                    before the proxy's parser reads it, so the
//                                                    answer is lost: timeout, outcome unknown
//   server_crash     {after}                         the server process is killed (SIGKILL) as
//                                                    the call reaches it, or after its answer
// Every fault takes the selectors `at` (call numbers of that tool, 1-based), `every` and
// `probability`; `tool` must name a manifest tool. Plain functions; thread-compatible.
#ifndef BLASTRADIUS_MCP_FAULTS_H_
#define BLASTRADIUS_MCP_FAULTS_H_

#include <string>
#include <string_view>
#include <vector>

#include "blastradius/manifest.h"
#include "blastradius/status.h"
#include "fakes/faults.h"

namespace blastradius::mcp {

// The proxy's fault kinds, in the order above.
const std::vector<std::string>& ProxyFaultKinds();

// Parses a faults document into specs: injector specs for fakes::FaultStack (error -> fail,
// server_crash -> crash, the others by their name) and `malformed_reply` specs, which the proxy
// applies itself on the wire (no FaultInjector kind garbles a JSON-RPC line). Errors name `origin`,
// the JSON path and what was expected.
StatusOr<std::vector<fakes::FaultSpec>> ParseProxyFaults(std::string_view text,
                                                         const std::string& origin,
                                                         const Manifest& manifest);

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_FAULTS_H_
