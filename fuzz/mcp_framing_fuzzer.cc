// Fuzzes the MCP proxy's wire handling: the bytes a peer may send, cut into arbitrary chunks,
// through the bounded LineReader, ParseMessage, and the tools/list and tools/call rewriting.
// Properties: no crash; the reader never buffers more than its limit and an over-long line is
// reported, never delivered; every delivered line is within the limit; a parsed message
// re-serialized is one line without line breaks that parses back to the same kind and id; a
// filtered tools/list keeps only manifest tools and no outputSchema; a tools/call answer always
// becomes a result for the guard (never an exception).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "fuzz_support.h"
#include "mcp/json_rpc.h"
#include "mcp/tool_calls.h"

namespace blastradius::fuzz {
namespace {

const Manifest& TestManifest() {
  static const Manifest* m = [] {
    StatusOr<Manifest> parsed = Manifest::Parse(
        R"({"tools":[{"name":"echo","tier":0},{"name":"wipe","tier":3}]})", "fuzz/tools.json");
    if (!parsed.ok()) Fail("fuzz manifest: " + parsed.status().message());
    return new Manifest(std::move(*parsed));
  }();
  return *m;
}

void CheckMessage(const mcp::Message& m) {
  const std::string line = mcp::Serialize(m.doc);
  Check(line.find('\n') == std::string::npos && line.find('\r') == std::string::npos,
        "a serialized message holds a line break");
  mcp::ParsedLine back = mcp::ParseMessage(line);
  Check(back.ok, "a serialized message does not parse back: " + back.error);
  Check(back.message.kind == m.kind && back.message.id == m.id,
        "a serialized message parses back differently");
  const Json params = m.doc.value("params", Json());
  if (m.kind == mcp::MessageKind::kRequest && m.method == "tools/call") {
    StatusOr<ToolCall> call = mcp::ToolCallFromParams(params, "run");
    if (call.ok()) Check(call->args.is_object(), "tools/call arguments are not an object");
  }
  if (m.kind == mcp::MessageKind::kResponse) {
    mcp::ServerAnswer a = mcp::ToolResultFromResponse(m.doc);
    Check(a.result.outcome != Outcome::kUnknown, "a server answer became an unknown outcome");
    if (m.doc.contains("result")) {
      Json shown = mcp::FilterToolsList(m.doc["result"], TestManifest(), Policy());
      if (shown.is_object() && shown.contains("tools") && shown["tools"].is_array() &&
          m.doc["result"].contains("tools")) {
        for (const Json& t : shown["tools"]) {
          Check(TestManifest().Find(t.value("name", "")) != nullptr, "an unlisted tool shown");
          Check(!t.contains("outputSchema"), "outputSchema kept");
        }
      }
    }
  }
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace blastradius;
  if (size < 2) return 0;
  // Byte 0 picks the line limit (16..1036 bytes), byte 1 the chunk size the bytes arrive in.
  const size_t limit = 16 + size_t{data[0]} * 4;
  const size_t chunk = 1 + data[1] % 64;
  std::string_view rest(reinterpret_cast<const char*>(data) + 2, size - 2);
  mcp::LineReader reader(limit);
  std::vector<mcp::LineReader::Event> events;
  while (!rest.empty()) {
    reader.Feed(rest.substr(0, chunk), &events);
    rest.remove_prefix(std::min(chunk, rest.size()));
    fuzz::Check(reader.buffered() <= limit, "the line reader holds more than its limit");
  }
  reader.Finish(&events);
  for (const mcp::LineReader::Event& e : events) {
    if (e.kind == mcp::LineReader::Kind::kTooLong) {
      fuzz::Check(e.line.empty(), "an over-long line was delivered");
      continue;
    }
    fuzz::Check(!e.line.empty() && e.line.size() <= limit, "a delivered line breaks the limit");
    fuzz::Check(e.line.find('\n') == std::string::npos, "a delivered line holds a newline");
    mcp::ParsedLine p = mcp::ParseMessage(e.line);
    if (p.ok) {
      fuzz::CheckMessage(p.message);
    } else {
      fuzz::Check(p.error_code == mcp::kParseError || p.error_code == mcp::kInvalidRequest,
                  "a rejected line has an unexpected error code");
    }
  }
  return 0;
}
