#include "mcp/tool_calls.h"

#include <algorithm>
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

// The value `pointer` designates in `doc`, or nullptr (RFC 6901; an array index is digits
// without a leading zero).
const Json* Resolve(const Json& doc, const std::vector<std::string>& pointer) {
  const Json* at = &doc;
  for (const std::string& token : pointer) {
    if (at->is_object()) {
      auto it = at->find(token);
      if (it == at->end()) return nullptr;
      at = &*it;
    } else if (at->is_array()) {
      const bool index = !token.empty() && token.size() <= 9 &&
                         token.find_first_not_of("0123456789") == std::string::npos &&
                         (token == "0" || token[0] != '0');
      if (!index || std::stoul(token) >= at->size()) return nullptr;
      at = &(*at)[std::stoul(token)];
    } else {
      return nullptr;
    }
  }
  return at;
}

// `value` with every string in it, keys included, put through `cleaner.Clean`.
Json CleanStrings(const Json& value, const Sanitizer& cleaner) {
  if (value.is_string()) return cleaner.Clean(value.get_ref<const std::string&>());
  if (value.is_array()) {
    Json out = Json::array();
    for (const Json& item : value) out.push_back(CleanStrings(item, cleaner));
    return out;
  }
  if (value.is_object()) {
    Json out = Json::object();
    for (const auto& [key, item] : value.items()) {
      out[cleaner.Clean(key)] = CleanStrings(item, cleaner);
    }
    return out;
  }
  return value;
}

std::string PointerText(const std::vector<std::string>& pointer) {
  std::string out;
  for (const std::string& token : pointer) {
    out.push_back('/');
    for (char c : token) out.append(c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c));
  }
  return out;
}

}  // namespace

Json UndoForCall(const ToolSpec& spec, const Json& args, const Json& structured) {
  if (!spec.compensation_args) return Json();
  Json built = Json::object();
  for (const UndoArg& arg : *spec.compensation_args) {
    if (arg.source == UndoArgSource::kValue) {
      built[arg.key] = arg.value;
      continue;
    }
    const bool from_args = arg.source == UndoArgSource::kArgument;
    const Json* value = nullptr;
    if (from_args || !structured.is_null()) {
      value = Resolve(from_args ? args : structured, arg.pointer);
    }
    if (value == nullptr) {
      const std::string where = from_args ? "the call's arguments"
                                : structured.is_null()
                                    ? "the result's structuredContent (the call has none)"
                                    : "the result's structuredContent";
      return Json{{"error", "compensation argument \"" + arg.key + "\": " +
                                Serialize(Json(PointerText(arg.pointer))) + " is not in " + where}};
    }
    built[arg.key] = *value;
  }
  return Json{{"arguments", std::move(built)}};
}

StatusOr<Json> CompensationCallArguments(const Invocation& invocation, const Manifest& manifest) {
  Json undo = invocation.undo;
  if (undo.is_null()) {
    for (const ToolSpec& spec : manifest.tools()) {
      if (spec.compensation == invocation.tool && spec.compensation_args) {
        undo = UndoForCall(spec, invocation.args, Json());
        break;
      }
    }
  }
  if (undo.is_object() && undo.contains("arguments") && undo["arguments"].is_object()) {
    return undo["arguments"];
  }
  if (undo.is_object() && undo.contains("error") && undo["error"].is_string()) {
    return Status::FailedPrecondition("cannot build the arguments of " + invocation.tool + ": " +
                                      undo["error"].get<std::string>());
  }
  return invocation.args;
}

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
    answer.structured = *structured;
  }
  answer.result = ToolResult::Ok(std::move(text));
  for (const auto& [key, value] : result->items()) {
    if (key != "content" && key != "isError" && key != "structuredContent") {
      answer.extra[key] = value;
    }
  }
  auto is_error = result->find("isError");
  answer.is_error = is_error != result->end() && is_error->is_boolean() && is_error->get<bool>();
  return answer;
}

std::string StoppedCallText(const CallResult& result) {
  return "blastradius stopped this call (" + std::string(DecisionName(result.decision)) + ", " +
         std::string(StatusCodeName(result.status.code())) + "): " + result.status.message() +
         ". " + std::string(WhatToDo(result.status.code()));
}

Json PassThroughFields(const ServerAnswer& answer, const CallResult& result,
                       const Sanitizer& cleaner) {
  Json out = Json::object();
  if (!result.status.ok()) return out;
  const bool clean = result.findings.empty();
  const size_t limit =
      static_cast<size_t>(std::max<int64_t>(0, cleaner.options().max_output_bytes));
  auto keep = [&](const std::string& key, const Json& value) {
    Json cleaned = CleanStrings(value, cleaner);
    if (Serialize(cleaned).size() <= limit) out[cleaner.Clean(key)] = std::move(cleaned);
  };
  for (const auto& [key, value] : answer.extra.items()) {
    if (key == "resultType" || clean) keep(key, value);
  }
  if (clean && !answer.structured.is_null()) keep("structuredContent", answer.structured);
  return out;
}

Json CallToolResultFor(const CallResult& result, bool server_is_error, const Json& pass_through) {
  const bool ran = result.status.ok();
  const std::string text = ran ? result.output : StoppedCallText(result);
  Json out = ran && pass_through.is_object() ? pass_through : Json::object();
  out["content"] = Json::array({Json{{"type", "text"}, {"text", text}}});
  out["isError"] = ran ? server_is_error : true;
  return out;
}

}  // namespace blastradius::mcp
