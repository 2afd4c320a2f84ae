// The `blastradius proxy` and `blastradius mcp-manifest` subcommands (docs/mcp.md). Each takes
// the whole argv of `blastradius` (argv[1] is the subcommand) and returns the exit code:
// 0 success, 1 the session or the server failed, 2 usage, input or lint errors.
#ifndef BLASTRADIUS_MCP_PROXY_MAIN_H_
#define BLASTRADIUS_MCP_PROXY_MAIN_H_

namespace blastradius::mcp {

int ProxyMain(int argc, char** argv);
int ManifestMain(int argc, char** argv);

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_PROXY_MAIN_H_
