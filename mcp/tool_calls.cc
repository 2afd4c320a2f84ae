#include "mcp/tool_calls.h"

#include <string_view>
#include <utility>

#include "blastradius/decision.h"
#include "mcp/json_rpc.h"

namespace blastradius::mcp {
namespace {

bool Visible(const Json& tool, const Manifest& manifest, const Policy& policy) {
  if (!tool.is_object()) return false;
  auto name = tool.find("name");
  if (name == tool.end() || !name->is_string()) return false;
  const ToolSpec* spec = manifest.Find(name->get_ref<const std::string&>());
  return spec != nullptr && !policy.IsDisabled(static_cast<int>(spec->tier));
}

void AppendBlock(std::string* out, std::string_view block) {
  if (!out->empty()) out->append("\n\n");
  out->append(block);
}

// Every text in one content item, or a note for content the proxy does not pass on.
void AppendContent(std::string* out, const Json& item) {
  const std::string type = item.is_object() && item.value("type", Json()).is_string()
                               ? item["type"].get<std::string>()
                               : "";
  if (type == "text" && item.contains("text") && item["text"].is_string()) {
    AppendBlock(out, item["text"].get_ref<const std::string&>());
    return;
  }
  if (type == "resource" && item.contains("resource") && item["resource"].is_object()) {
    const Json& r = item["resource"];
    if (r.contains("text") && r["text"].is_string()) {
      AppendBlock(out, r["text"].get_ref<const std::string&>());
      return;
    }
  }
  if (type == "resource_link") {
    AppendBlock(out, "[resource link: " + Serialize(item.value("uri", Json(""))) + "]");
    return;
  }
  AppendBlock(out, "[" + (type.empty() ? std::string("unrecognised") : type) +
                       " content omitted by blastradius]");
}

std::string_view WhatToDo(StatusCode code) {
  switch (code) {
    case StatusCode::kNotFound:
      return "Use only the tools listed by tools/list.";
    case StatusCode::kResourceExhausted:
      return "This run is halted; stop calling tools and report to the user.";
    case StatusCode::kPermissionDenied:
      return "A human did not approve this call; do not retry it, ask the user how to proceed.";
    case StatusCode::kUnavailable:
      return "The tool is unavailable for now; try again later or continue without it.";
    case StatusCode::kDeadlineExceeded:
      return "The tool did not answer in time and may or may not have acted; check its effect "
             "before calling it again.";
    case StatusCode::kToolFailed:
      return "The tool failed and nothing happened; change the request or continue without it.";
    case StatusCode::kInvalidArgument:
      return "The arguments were rejected; correct them before calling again.";
    case StatusCode::kAborted:
      return "The workflow was rolled back; tell the user what was undone.";
    case StatusCode::kDataLoss:
      return "A rollback failed; stop and ask a human to check the system.";
    default:
      return "Stop and report to the user.";
  }
}

}  // namespace

Json FilterToolsList(const Json& result, const Manifest& manifest, const Policy& policy) {
  if (!result.is_object() || !result.contains("tools") || !result["tools"].is_array()) {
    return result;
  }
  Json out = result;
  Json tools = Json::array();
  for (const Json& tool : result["tools"]) {
    if (!Visible(tool, manifest, policy)) continue;
    Json copy = tool;
    copy.erase("outputSchema");
    tools.push_back(std::move(copy));
  }
  out["tools"] = std::move(tools);
  return out;
}

StatusOr<ToolCall> ToolCallFromParams(const Json& params, const std::string& run_id) {
  if (!params.is_object() || !params.contains("name") || !params["name"].is_string()) {
    return Status::InvalidArgument("tools/call needs params.name, a string");
  }
  ToolCall call;
  call.run_id = run_id;
  call.tool = params["name"].get<std::string>();
  auto args = params.find("arguments");
  if (args != params.end() && !args->is_null()) {
    if (!args->is_object()) {
      return Status::InvalidArgument("tools/call params.arguments must be an object");
    }
    call.args = *args;
  }
  return call;
}

ServerAnswer ToolResultFromResponse(const Json& response) {
  ServerAnswer answer;
  auto error = response.find("error");
  if (error != response.end() && error->is_object()) {
    const Json code = error->value("code", Json());
    const int c = code.is_number_integer() ? code.get<int>() : kInternalError;
    answer.result = ToolResult::Failed(
        "the MCP server answered with JSON-RPC error " + std::to_string(c), c != kInvalidParams);
    answer.result.caller_error = c == kInvalidParams;
    return answer;
  }
  auto result = response.find("result");
  if (result == response.end() || !result->is_object()) {
    answer.result = ToolResult::Failed("the MCP server's answer has no result object", true);
    return answer;
  }
  std::string text;
  auto content = result->find("content");
  if (content != result->end() && content->is_array()) {
    for (const Json& item : *content) AppendContent(&text, item);
  }
  auto structured = result->find("structuredContent");
  if (structured != result->end() && !structured->is_null()) {
    AppendBlock(&text, Serialize(*structured));
  }
  answer.result = ToolResult::Ok(std::move(text));
  auto is_error = result->find("isError");
  answer.is_error = is_error != result->end() && is_error->is_boolean() && is_error->get<bool>();
  return answer;
}

std::string StoppedCallText(const CallResult& result) {
  return "blastradius stopped this call (" + std::string(DecisionName(result.decision)) + ", " +
         std::string(StatusCodeName(result.status.code())) + "): " + result.status.message() +
         ". " + std::string(WhatToDo(result.status.code()));
}

Json CallToolResultFor(const CallResult& result, bool server_is_error) {
  const bool ran = result.status.ok();
  const std::string text = ran ? result.output : StoppedCallText(result);
  return Json{{"content", Json::array({Json{{"type", "text"}, {"text", text}}})},
              {"isError", ran ? server_is_error : true}};
}

}  // namespace blastradius::mcp
