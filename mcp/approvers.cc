#include "mcp/approvers.h"

#include <errno.h>
#include <unistd.h>

#include "mcp/json_rpc.h"
#include "mcp/proxy.h"

namespace blastradius::mcp {
namespace {

constexpr int64_t kStopGraceMs = 200;  // a withdrawn command gets this long after each signal
constexpr int64_t kWriteTimeoutMs = 1000;

ApprovalAnswer Rejection(const ApprovalRequestView& request, std::string approver,
                         std::string note) {
  ApprovalAnswer a;
  a.request_id = request.request_id();
  a.binding = request.binding();
  a.decision = "reject";
  a.approver = std::move(approver);
  a.note = std::move(note);
  return a;
}

}  // namespace

Json ApprovalRequestToJson(const ApprovalRequestView& request, int64_t now_ms) {
  return Json{{"request_id", request.request_id()},
              {"run_id", request.run_id()},
              {"tool", request.tool()},
              {"arguments", request.args()},
              {"tier", request.tier()},
              {"binding", request.binding()},
              {"reason", request.reason()},
              {"expires_in_ms", std::max<int64_t>(0, request.expires_at_ms() - now_ms)}};
}

ApprovalAnswer ApprovalAnswerFromText(std::string_view text, const ApprovalRequestView& request) {
  ApprovalAnswer a;
  a.request_id = request.request_id();
  a.binding = request.binding();
  a.approver = "command";
  Json doc = Json::parse(text.begin(), text.end(), nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded() || !doc.is_object()) {
    a.decision = "malformed";
    a.note = "the approver's answer is not a JSON object";
    return a;
  }
  auto str = [&doc](const char* key, std::string* out) {
    auto it = doc.find(key);
    if (it != doc.end() && it->is_string()) *out = it->get<std::string>();
  };
  str("decision", &a.decision);
  str("approver", &a.approver);
  str("note", &a.note);
  str("request_id", &a.request_id);
  str("binding", &a.binding);
  return a;
}

// ---- CommandApprover ----

CommandApprover::~CommandApprover() {
  for (auto& [id, r] : running_) r.process->Shutdown(kStopGraceMs);
}

void CommandApprover::Submit(const ApprovalRequestView& request) {
  StatusOr<std::unique_ptr<ChildProcess>> p = ChildProcess::Start({"/bin/sh", "-c", command_});
  if (!p.ok()) return;  // no answer: the request expires
  Running r;
  r.process = std::move(*p);
  const std::string line = Serialize(ApprovalRequestToJson(request, MonotonicMillis())) + "\n";
  (void)WriteAll(r.process->stdin_fd(), line, kWriteTimeoutMs);  // unread: it will expire
  r.process->CloseStdin();
  running_[request.request_id()] = std::move(r);
}

std::optional<ApprovalAnswer> CommandApprover::Poll(const ApprovalRequestView& request) {
  auto it = running_.find(request.request_id());
  if (it == running_.end()) return std::nullopt;
  Running& r = it->second;
  char buf[4096];
  while (!r.finished) {
    const ssize_t n = read(r.process->stdout_fd(), buf, sizeof(buf));
    if (n > 0) {
      r.output.append(buf, static_cast<size_t>(n));
      if (r.output.size() > kMaxAnswerBytes) {
        return Rejection(request, "command", "the approver's answer is over 64 KiB");
      }
    } else if (n == 0) {
      r.finished = true;
    } else if (errno == EINTR) {
      continue;
    } else {
      return std::nullopt;  // EAGAIN: nothing yet
    }
  }
  return ApprovalAnswerFromText(r.output, request);
}

void CommandApprover::Withdraw(const ApprovalRequestView& request, ApprovalState /*state*/) {
  auto it = running_.find(request.request_id());
  if (it == running_.end()) return;
  it->second.process->Shutdown(kStopGraceMs);
  running_.erase(it);
}

// ---- ElicitationApprover ----

Json ElicitationApprover::ElicitationParams(const ApprovalRequestView& request) {
  const std::string message = "Approve this tool call?\ntool: " + std::string(request.tool()) +
                              " (tier " + std::to_string(request.tier()) +
                              ")\narguments: " + Serialize(request.args()) +
                              "\nwhy approval is needed: " + std::string(request.reason()) +
                              "\nrun: " + std::string(request.run_id());
  return Json{{"message", message},
              {"requestedSchema",
               Json{{"type", "object"},
                    {"properties",
                     Json{{"approve", Json{{"type", "boolean"}, {"title", "Approve this call"}}}}},
                    {"required", Json::array({"approve"})}}}};
}

ApprovalAnswer ElicitationApprover::AnswerFromResponse(const Json& response,
                                                       const ApprovalRequestView& request) {
  const Json result = response.value("result", Json());
  if (!result.is_object()) return Rejection(request, "client", "the elicitation failed");
  const std::string action =
      result.value("action", Json("")).is_string() ? result["action"].get<std::string>() : "";
  const Json content = result.value("content", Json::object());
  const bool approve = action == "accept" && content.is_object() &&
                       content.value("approve", Json(false)) == Json(true);
  ApprovalAnswer a = Rejection(request, "client user", "elicitation " + action);
  if (approve) a.decision = "approve";
  return a;
}

void ElicitationApprover::Submit(const ApprovalRequestView& request) {
  auto asked = std::make_shared<Asked>();
  asked_[request.request_id()] = asked;
  if (proxy_ == nullptr || !proxy_->client_supports_elicitation()) {
    asked->answer =
        Rejection(request, "proxy", "the client did not declare the elicitation capability");
    return;
  }
  // The answer arrives after this call returns: the callback keeps its own copy of the request.
  asked->client_id = proxy_->RequestClient(
      "elicitation/create", ElicitationParams(request),
      [asked, copy = request.ToRequest()](const Json& response) {
        asked->answer = AnswerFromResponse(response, ApprovalRequestView(copy));
      });
}

std::optional<ApprovalAnswer> ElicitationApprover::Poll(const ApprovalRequestView& request) {
  auto it = asked_.find(request.request_id());
  if (it == asked_.end()) return std::nullopt;
  return it->second->answer;
}

void ElicitationApprover::Withdraw(const ApprovalRequestView& request, ApprovalState /*state*/) {
  auto it = asked_.find(request.request_id());
  if (it == asked_.end()) return;
  if (!it->second->answer && proxy_ != nullptr && !it->second->client_id.is_null()) {
    proxy_->CancelClientRequest(it->second->client_id, "approval expired");
  }
  asked_.erase(it);
}

}  // namespace blastradius::mcp
