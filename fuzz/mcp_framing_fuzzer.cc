// Fuzzes the MCP proxy's wire handling: the bytes a peer may send, cut into arbitrary chunks,
// through the bounded LineReader, ParseMessage, and the tools/list and tools/call rewriting.
// Properties: no crash; the reader never buffers more than its limit and an over-long line is
// reported, never delivered; every delivered line is within the limit; a parsed message
// re-serialized is one line without line breaks that parses back to the same kind and id; a
// filtered tools/list keeps only manifest tools and no outputSchema; a tools/call answer always
// becomes a result for the guard (never an exception); the result fields passed on to the agent
// hold only cleaned strings (Clean is a fixed point on them) and never replace the guard's
// content or isError; undo arguments built from a request's arguments and an answer's
// structuredContent are null, {"arguments": object} or {"error": string}.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/sanitizer.h"
#include "fuzz_support.h"
#include "mcp/json_rpc.h"
#include "mcp/tool_calls.h"

namespace blastradius::fuzz {
namespace {

const Manifest& TestManifest() {
  static const Manifest* m = [] {
    StatusOr<Manifest> parsed = Manifest::Parse(
        R"({"tools":[{"name":"echo","tier":0},{"name":"wipe","tier":3},
            {"name":"write","tier":1,"compensation":"unwrite","compensation_args":{
               "id":{"structured_content":"/id"},"a":{"argument":"/a/0/b~1c"},
               "all":{"structured_content":""},"k":{"value":1}}},
            {"name":"unwrite","tier":1}]})",
        "fuzz/tools.json");
    if (!parsed.ok()) Fail("fuzz manifest: " + parsed.status().message());
    return new Manifest(std::move(*parsed));
  }();
  return *m;
}

const Sanitizer& Cleaner() {
  static const Sanitizer* c = [] {
    SanitizerOptions o;
    o.enabled = false;
    o.max_output_bytes = 512;
    return new Sanitizer(o, nullptr);
  }();
  return *c;
}

// Every string in `v` (keys too) is already clean.
void CheckCleaned(const Json& v) {
  if (v.is_string()) {
    const std::string& s = v.get_ref<const std::string&>();
    Check(Cleaner().Clean(s) == s, "a passed-through string is not clean");
  } else if (v.is_object()) {
    for (const auto& [key, item] : v.items()) {
      Check(Cleaner().Clean(key) == key, "a passed-through key is not clean");
      CheckCleaned(item);
    }
  } else if (v.is_array()) {
    for (const Json& item : v) CheckCleaned(item);
  }
}

void CheckUndo(const Json& undo) {
  if (undo.is_null()) return;
  const bool built = undo.is_object() && undo.size() == 1 && undo.contains("arguments") &&
                     undo["arguments"].is_object();
  const bool failed =
      undo.is_object() && undo.size() == 1 && undo.contains("error") && undo["error"].is_string();
  Check(built || failed, "undo data is neither arguments nor an error: " + mcp::Serialize(undo));
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
    if (call.ok()) {
      Check(call->args.is_object(), "tools/call arguments are not an object");
      CheckUndo(mcp::UndoForCall(*TestManifest().Find("write"), call->args, Json()));
    }
  }
  if (m.kind == mcp::MessageKind::kResponse) {
    mcp::ServerAnswer a = mcp::ToolResultFromResponse(m.doc);
    Check(a.result.outcome != Outcome::kUnknown, "a server answer became an unknown outcome");
    CallResult ran;
    ran.status = Status::Ok();
    ran.output = "framed";
    const Json passed = mcp::PassThroughFields(a, ran, Cleaner());
    CheckCleaned(passed);
    const Json shown = mcp::CallToolResultFor(ran, a.is_error, passed);
    Check(shown["content"].size() == 1 && shown["content"][0]["text"] == "framed" &&
              shown["isError"] == a.is_error,
          "a passed-through field replaced the guard's content or isError");
    CheckUndo(mcp::UndoForCall(*TestManifest().Find("write"), Json::object(), a.structured));
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
