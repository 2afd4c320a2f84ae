#include "mcp/json_rpc.h"

#include <utility>

namespace blastradius::mcp {

void LineReader::Feed(std::string_view bytes, std::vector<Event>* out) {
  while (!bytes.empty()) {
    const size_t nl = bytes.find('\n');
    const std::string_view piece = bytes.substr(0, nl);
    if (discarding_) {
      if (nl == std::string_view::npos) return;
      discarding_ = false;
    } else if (buffer_.size() + piece.size() > max_line_bytes_) {
      buffer_.clear();
      buffer_.shrink_to_fit();
      out->push_back({Kind::kTooLong, {}});
      if (nl == std::string_view::npos) {
        discarding_ = true;
        return;
      }
    } else {
      buffer_.append(piece);
      if (nl == std::string_view::npos) return;
      if (!buffer_.empty() && buffer_.back() == '\r') buffer_.pop_back();
      if (!buffer_.empty()) out->push_back({Kind::kLine, std::move(buffer_)});
      buffer_.clear();
    }
    bytes.remove_prefix(nl + 1);
  }
}

void LineReader::Finish(std::vector<Event>* out) {
  if (!discarding_ && !buffer_.empty()) Feed("\n", out);
  buffer_.clear();
  discarding_ = false;
}

namespace {

ParsedLine Invalid(int code, std::string error, Json id = nullptr) {
  ParsedLine p;
  p.error_code = code;
  p.error = std::move(error);
  p.id = std::move(id);
  return p;
}

bool ValidId(const Json& id) { return id.is_string() || id.is_number_integer(); }

}  // namespace

ParsedLine ParseMessage(std::string_view line) {
  if (JsonNestsDeeperThan(line, kMaxNestingDepth)) {
    return Invalid(kInvalidRequest,
                   "nested deeper than " + std::to_string(kMaxNestingDepth) + " levels");
  }
  Json doc = Json::parse(line.begin(), line.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Invalid(kParseError, "not valid JSON");
  if (!doc.is_object()) return Invalid(kInvalidRequest, "a message must be a JSON object");
  auto version = doc.find("jsonrpc");
  if (version == doc.end() || *version != "2.0") {
    return Invalid(kInvalidRequest, "\"jsonrpc\" must be \"2.0\"");
  }
  ParsedLine p;
  auto id = doc.find("id");
  const bool has_id = id != doc.end();
  if (has_id && !ValidId(*id) && !id->is_null()) {
    return Invalid(kInvalidRequest, "\"id\" must be a string or an integer");
  }
  auto method = doc.find("method");
  if (method != doc.end()) {
    if (!method->is_string()) {
      return Invalid(kInvalidRequest, "\"method\" must be a string", has_id ? *id : Json());
    }
    auto params = doc.find("params");
    if (params != doc.end() && !params->is_object() && !params->is_array()) {
      return Invalid(kInvalidRequest, "\"params\" must be an object", has_id ? *id : Json());
    }
    if (has_id && id->is_null()) return Invalid(kInvalidRequest, "a request id cannot be null");
    p.message.kind = has_id ? MessageKind::kRequest : MessageKind::kNotification;
    p.message.method = method->get<std::string>();
  } else {
    const bool has_result = doc.contains("result");
    const bool has_error = doc.contains("error");
    if (!has_id || has_result == has_error) {
      return Invalid(kInvalidRequest, "neither a request, a notification nor a response");
    }
    if (has_error && !doc["error"].is_object()) {
      return Invalid(kInvalidRequest, "\"error\" must be an object");
    }
    p.message.kind = MessageKind::kResponse;
  }
  if (has_id) p.message.id = *id;
  p.id = p.message.id;
  p.message.doc = std::move(doc);
  p.ok = true;
  return p;
}

std::string Serialize(const Json& message) {
  return message.dump(-1, ' ', /*ensure_ascii=*/true, Json::error_handler_t::replace);
}

Json MakeRequest(const Json& id, std::string_view method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"method", method}, {"params", std::move(params)}};
}

Json MakeNotification(std::string_view method, Json params) {
  return Json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

Json MakeResult(const Json& id, Json result) {
  return Json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

Json MakeError(const Json& id, int code, std::string_view message) {
  return Json{
      {"jsonrpc", "2.0"}, {"id", id}, {"error", Json{{"code", code}, {"message", message}}}};
}

}  // namespace blastradius::mcp
