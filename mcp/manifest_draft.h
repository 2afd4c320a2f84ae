// `blastradius mcp-manifest -- SERVER_CMD`: a draft tools.json from an MCP server's tools/list.
// Tiers are proposed from the server's tool annotations, which are hints from the server, not
// guarantees (MCP spec): readOnlyHint true -> tier 0; destructiveHint true -> tier 3; an explicit
// readOnlyHint false with destructiveHint false -> tier 2 (it writes; a person may lower it to 1
// and name a compensation); openWorldHint -> external; idempotentHint -> idempotent. A tool
// with none of these known gets no tier, so the manifest is rejected and `lint` fails until a
// person classifies it. Plain functions; thread-compatible.
#ifndef BLASTRADIUS_MCP_MANIFEST_DRAFT_H_
#define BLASTRADIUS_MCP_MANIFEST_DRAFT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "blastradius/json_reader.h"
#include "blastradius/status.h"

namespace blastradius::mcp {

// The draft manifest for the tools of one or more tools/list results (MCP Tool objects).
// Entries that are not objects with a string name are skipped.
Json DraftManifest(const std::vector<Json>& tools);

// Names of the draft's tools that have no tier.
std::vector<std::string> UnclassifiedTools(const Json& draft);

// Starts `server`, initializes a session, pages through tools/list, shuts the server down.
// Every wait is bounded by timeout_ms. Unavailable if the server does not answer in time.
StatusOr<std::vector<Json>> ListServerTools(const std::vector<std::string>& server,
                                            int64_t timeout_ms);

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_MANIFEST_DRAFT_H_
