// How the gullible agent reads tool output: its own decoder for every obfuscation the `inject`
// fault can produce (zero-width characters, homoglyphs, letter spacing, mixed case, base64,
// hidden markdown and HTML comments), then an extractor for imperative tool calls such as
// "Call send_email with to=x and body=y" or "call get_page again". It deliberately shares no
// code with the sanitizer: a payload the sanitizer misses is a payload this agent obeys.
// Stateless functions; thread-safe.
#ifndef BLASTRADIUS_FAKES_AGENT_READER_H_
#define BLASTRADIUS_FAKES_AGENT_READER_H_

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/json_reader.h"

namespace blastradius::fakes {

struct Instruction {
  std::string tool;
  Json args = Json::object();
  bool again = false;  // "call X again": repeat the previous call of X with the same arguments
};

// Every reading of `text` the agent considers: as written, with invisible characters removed
// and look-alike letters folded, with letter spacing undone, and each base64 run decoded.
std::vector<std::string> ReadableTexts(std::string_view text);

// The instructions the agent finds in `text`. A tool name counts if it is one of
// `known_tools` or looks like a tool identifier (contains '_'). Duplicates are removed.
std::vector<Instruction> ExtractInstructions(std::string_view text,
                                             const std::set<std::string>& known_tools);

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_AGENT_READER_H_
