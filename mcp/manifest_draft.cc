#include "mcp/manifest_draft.h"

#include <poll.h>
#include <unistd.h>

#include <optional>

#include "mcp/child_process.h"
#include "mcp/json_rpc.h"

namespace blastradius::mcp {
namespace {

constexpr int kMaxPages = 1000;  // a server that pages forever is refused

std::optional<bool> Hint(const Json& annotations, const char* key) {
  auto it = annotations.find(key);
  if (it == annotations.end() || !it->is_boolean()) return std::nullopt;
  return it->get<bool>();
}

Json DraftTool(const Json& tool) {
  Json entry{{"name", tool["name"]}};
  const Json description = tool.value("description", Json(""));
  entry["description"] = description.is_string() ? description : Json("");
  const Json annotations = tool.value("annotations", Json::object());
  if (!annotations.is_object()) return entry;
  const std::optional<bool> read_only = Hint(annotations, "readOnlyHint");
  const std::optional<bool> destructive = Hint(annotations, "destructiveHint");
  if (read_only.value_or(false)) {
    entry["tier"] = 0;
  } else if (destructive.value_or(false)) {
    entry["tier"] = 3;
  } else if (read_only.has_value() && destructive.has_value()) {
    entry["tier"] = 2;
  }
  if (std::optional<bool> open = Hint(annotations, "openWorldHint")) entry["external"] = *open;
  if (std::optional<bool> idem = Hint(annotations, "idempotentHint")) entry["idempotent"] = *idem;
  return entry;
}

// One request/response exchange with the child, skipping the server's notifications and
// refusing its requests (the draft needs none of them).
class Session {
 public:
  Session(ChildProcess* child, int64_t deadline) : child_(child), deadline_(deadline) {}

  StatusOr<Json> Request(std::string_view method, Json params) {
    const int64_t id = next_id_++;
    Status sent = Send(MakeRequest(id, method, std::move(params)));
    if (!sent.ok()) return sent;
    for (;;) {
      StatusOr<Message> m = Next();
      if (!m.ok()) return m.status();
      if (m->kind == MessageKind::kRequest) {
        Status refused = Send(MakeError(m->id, kMethodNotFound, "not supported"));
        if (!refused.ok()) return refused;
      } else if (m->kind == MessageKind::kResponse && m->id == id) {
        if (m->doc.contains("error")) {
          return Status::Unavailable(std::string(method) +
                                     " failed: " + Serialize(m->doc["error"]));
        }
        return m->doc["result"];
      }
    }
  }

  Status Send(const Json& message) {
    return WriteAll(child_->stdin_fd(), Serialize(message) + "\n",
                    std::max<int64_t>(1, deadline_ - MonotonicMillis()));
  }

 private:
  StatusOr<Message> Next() {
    while (events_.empty()) {
      const int64_t left = deadline_ - MonotonicMillis();
      if (left <= 0) return Status::Unavailable("the MCP server did not answer in time");
      pollfd p{child_->stdout_fd(), POLLIN, 0};
      if (poll(&p, 1, static_cast<int>(left)) <= 0) continue;
      char buf[65536];
      const ssize_t n = read(child_->stdout_fd(), buf, sizeof(buf));
      if (n == 0) return Status::Unavailable("the MCP server closed its output");
      if (n > 0) reader_.Feed(std::string_view(buf, static_cast<size_t>(n)), &events_);
    }
    LineReader::Event e = std::move(events_.front());
    events_.erase(events_.begin());
    ParsedLine p = ParseMessage(e.line);
    if (e.kind == LineReader::Kind::kTooLong || !p.ok) return Next();  // not for us: skip
    return std::move(p.message);
  }

  ChildProcess* child_;
  int64_t deadline_;
  int64_t next_id_ = 1;
  LineReader reader_;
  std::vector<LineReader::Event> events_;
};

}  // namespace

Json DraftManifest(const std::vector<Json>& tools) {
  Json out = Json::array();
  for (const Json& tool : tools) {
    if (!tool.is_object() || !tool.contains("name") || !tool["name"].is_string()) continue;
    out.push_back(DraftTool(tool));
  }
  return Json{{"tools", std::move(out)}};
}

std::vector<std::string> UnclassifiedTools(const Json& draft) {
  std::vector<std::string> names;
  for (const Json& t : draft.value("tools", Json::array())) {
    if (!t.contains("tier")) names.push_back(t["name"].get<std::string>());
  }
  return names;
}

StatusOr<std::vector<Json>> ListServerTools(const std::vector<std::string>& server,
                                            int64_t timeout_ms) {
  StatusOr<std::unique_ptr<ChildProcess>> child = ChildProcess::Start(server);
  if (!child.ok()) return child.status();
  Session session(child->get(), MonotonicMillis() + timeout_ms);
  StatusOr<Json> init = session.Request(
      "initialize",
      Json{{"protocolVersion", "2025-06-18"},
           {"capabilities", Json::object()},
           {"clientInfo", Json{{"name", "blastradius-mcp-manifest"}, {"version", "0.1.0"}}}});
  if (!init.ok()) return init.status();
  Status initialized = session.Send(MakeNotification("notifications/initialized", Json::object()));
  if (!initialized.ok()) return initialized;
  std::vector<Json> tools;
  Json cursor;
  for (int page = 0; page < kMaxPages; ++page) {
    Json params = Json::object();
    if (cursor.is_string()) params["cursor"] = cursor;
    StatusOr<Json> list = session.Request("tools/list", std::move(params));
    if (!list.ok()) return list.status();
    if (list->is_object() && list->contains("tools") && (*list)["tools"].is_array()) {
      for (const Json& t : (*list)["tools"]) tools.push_back(t);
    }
    cursor = list->is_object() ? list->value("nextCursor", Json()) : Json();
    if (!cursor.is_string()) {
      (*child)->Shutdown(1000);
      return tools;
    }
  }
  return Status::Unavailable("tools/list did not end after " + std::to_string(kMaxPages) +
                             " pages");
}

}  // namespace blastradius::mcp
