#include "mcp/proxy.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <unistd.h>

#include <iostream>
#include <utility>
#include <vector>

#include "mcp/tool_calls.h"

namespace blastradius::mcp {

// The real environment, except that sleeping pumps the proxy's loop: the guard's waits
// (approval polling, retry backoff) keep the session alive instead of blocking it. With a seed,
// randomness is a seeded sequence (the fault injectors' draws, replayable from the seed).
class Proxy::LoopEnv : public Env {
 public:
  LoopEnv(Proxy* proxy, std::optional<uint64_t> seed)
      : proxy_(proxy), base_(Env::Default()), seed_state_(seed) {}
  int64_t NowMillis() override { return MonotonicMillis(); }
  int64_t EpochMillis() override { return base_->EpochMillis(); }
  void SleepForMillis(int64_t ms) override {
    proxy_->PumpUntil([] { return false; }, MonotonicMillis() + ms);
  }
  uint64_t Random64() override {
    if (!seed_state_) return base_->Random64();
    uint64_t z = (*seed_state_ += 0x9e3779b97f4a7c15ULL);  // splitmix64
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
  }
  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string& path) override {
    return base_->NewAppendableFile(path);
  }
  StatusOr<std::string> ReadFileToString(const std::string& path) override {
    return base_->ReadFileToString(path);
  }
  bool FileExists(const std::string& path) override { return base_->FileExists(path); }
  Status RemoveFile(const std::string& path) override { return base_->RemoveFile(path); }

 private:
  Proxy* proxy_;
  Env* base_;
  std::optional<uint64_t> seed_state_;
};

class Proxy::ServerExecutor : public ToolExecutor {
 public:
  explicit ServerExecutor(Proxy* proxy) : proxy_(proxy) {}
  ToolResult Execute(const Invocation& invocation) override {
    return proxy_->ExecuteOnServer(invocation);
  }

 private:
  Proxy* proxy_;
};

// The malformed_reply faults: when one fires, the server's answer to that call is cut in half
// on the wire, before the proxy parses it, so the proxy meets a real malformed line (logged,
// counted as a transport failure) and the call waits for its deadline like any call whose
// answer was lost. Selected by the chaos suite's own rule (fakes::FaultSelects).
class Proxy::MalformedReplies : public ToolExecutor {
 public:
  MalformedReplies(Proxy* proxy, std::vector<fakes::FaultSpec> specs, ToolExecutor* inner)
      : proxy_(proxy), specs_(std::move(specs)), counts_(specs_.size(), 0), inner_(inner) {}
  ToolResult Execute(const Invocation& inv) override {
    bool fires = false;
    for (size_t i = 0; i < specs_.size(); ++i) {
      if (specs_[i].tool != inv.tool) continue;
      if (fakes::FaultSelects(specs_[i], ++counts_[i], proxy_->fault_env_.get())) fires = true;
    }
    if (!fires) return inner_->Execute(inv);
    proxy_->fault_record_.faults.push_back(
        {inv.tool, "malformed_reply", inv.call_id, inv.attempt, proxy_->fault_env_->NowMillis(),
         "the server's answer cut in half before the proxy read it"});
    proxy_->garble_next_answer_ = true;
    ToolResult r = inner_->Execute(inv);
    proxy_->garble_next_answer_ = false;
    return r;
  }

 private:
  Proxy* proxy_;
  std::vector<fakes::FaultSpec> specs_;
  std::vector<int64_t> counts_;  // invocations of each spec's tool seen
  ToolExecutor* inner_;
};

namespace {

constexpr size_t kReadChunk = 64 * 1024;

void SetNonBlocking(int fd) {
  const int flags = fcntl(fd, F_GETFL);
  if (flags >= 0) fcntl(fd, F_SETFL, flags | O_NONBLOCK);
}

// The integer id the proxy gave one of its own requests, if `id` is one.
std::optional<int64_t> OwnId(const Json& id) {
  if (!id.is_number_integer()) return std::nullopt;
  return id.get<int64_t>();
}

// Removes and returns the entry for one of the proxy's own ids, if there is one.
template <typename Pending>
std::optional<Pending> Take(std::map<int64_t, Pending>& pending, const Json& id) {
  std::optional<int64_t> own = OwnId(id);
  auto it = own ? pending.find(*own) : pending.end();
  if (it == pending.end()) return std::nullopt;
  Pending p = std::move(it->second);
  pending.erase(it);
  return p;
}

}  // namespace

Proxy::Proxy(ProxyOptions options, int client_in, int client_out, ChildProcess* server)
    : options_(std::move(options)),
      server_(server),
      client_in_(client_in),
      client_reader_(options_.max_line_bytes),
      server_reader_(options_.max_line_bytes) {
  client_out_.fd = client_out;
  server_in_.fd = server->stdin_fd();
}

Proxy::~Proxy() = default;

StatusOr<std::unique_ptr<Proxy>> Proxy::Create(Manifest manifest, Policy policy, ProxySinks sinks,
                                               ProxyOptions options, int client_in, int client_out,
                                               ChildProcess* server) {
  std::unique_ptr<Proxy> proxy(new Proxy(std::move(options), client_in, client_out, server));
  SetNonBlocking(client_in);
  SetNonBlocking(client_out);
  proxy->env_ = std::make_unique<LoopEnv>(proxy.get(), std::nullopt);
  proxy->executor_ = std::make_unique<ServerExecutor>(proxy.get());
  GuardDeps deps;
  deps.env = proxy->env_.get();
  deps.executor = proxy->executor_.get();
  if (!proxy->options_.faults.empty()) {
    Proxy* p = proxy.get();
    proxy->fault_env_ = std::make_unique<LoopEnv>(p, p->options_.fault_seed);
    p->Log("faults: " + std::to_string(p->options_.faults.size()) + " with seed " +
           std::to_string(p->options_.fault_seed));
    std::vector<fakes::FaultSpec> injected, malformed;
    for (const fakes::FaultSpec& f : p->options_.faults) {
      (f.kind == "malformed_reply" ? malformed : injected).push_back(f);
    }
    ToolExecutor* base = proxy->executor_.get();
    if (!malformed.empty()) {
      proxy->malformed_ = std::make_unique<MalformedReplies>(p, std::move(malformed), base);
      base = proxy->malformed_.get();
    }
    proxy->faults_ = std::make_unique<fakes::FaultStack>(
        injected, base, proxy->fault_env_.get(), &proxy->fault_record_,
        [p](const Invocation&, bool after_effect) { p->CrashServer(after_effect); });
    deps.executor = proxy->faults_.get();
  }
  proxy->wire_log_ = sinks.wire_log;
  deps.approver = sinks.approver;
  deps.journal = sinks.journal;
  proxy->workflows_ = sinks.journal != nullptr;
  if (proxy->workflows_) proxy->recovery_ = std::move(proxy->options_.recovery);
  deps.audit = sinks.audit;
  deps.alerts = sinks.alerts;
  deps.state = sinks.state;
  SanitizerOptions clean_only = policy.sanitizer;
  clean_only.enabled = false;  // Clean needs no detector; the guard scans
  proxy->cleaner_ = std::make_unique<Sanitizer>(clean_only, nullptr);
  StatusOr<std::unique_ptr<Guard>> guard =
      Guard::Create(std::move(manifest), std::move(policy), deps);
  if (!guard.ok()) return guard.status();
  proxy->guard_ = std::move(*guard);
  return proxy;
}

void Proxy::Log(const std::string& line) const {
  std::cerr << "blastradius proxy: " << line << "\n" << std::flush;
}

int Proxy::Run() {
  for (;;) {
    if (!in_call_ && recovery_ && (client_initialized_ || !call_queue_.empty())) {
      RecoverUnfinishedWorkflows();
      continue;
    }
    if (!in_call_ && !call_queue_.empty()) {
      RunQueuedCall();
      continue;
    }
    if (client_eof_ || client_out_.broken) break;
    Pump(-1);
  }
  if (workflows_) {
    const std::optional<WorkflowState> last = guard_->Snapshot(options_.run_id).workflow;
    if (last == WorkflowState::kOpen) {  // the session ended normally: nothing to undo
      Status st = guard_->CommitWorkflow(options_.run_id);
      if (!st.ok()) Log("committing the session's workflow failed: " + st.message());
    }
  }
  const int64_t flush_deadline = MonotonicMillis() + options_.flush_timeout_ms;
  PumpUntil([this] { return client_out_.broken || client_out_.buf.size() == client_out_.sent; },
            flush_deadline);
  const int status = server_->Shutdown(options_.shutdown_grace_ms);
  Log("session ended: " + std::to_string(stats_.governed_calls) + " tools/call, " +
      std::to_string(stats_.client_protocol_errors) + " client protocol errors, " +
      std::to_string(stats_.server_transport_failures) +
      " server transport failures; server wait status " + std::to_string(status));
  return client_out_.broken ? 1 : 0;
}

bool Proxy::PumpUntil(const std::function<bool()>& done, int64_t deadline_ms) {
  while (!done()) {
    const int64_t left = deadline_ms - MonotonicMillis();
    if (left <= 0) return false;
    Pump(left);
  }
  return true;
}

void Proxy::Pump(int64_t timeout_ms) {
  std::vector<pollfd> fds;
  const bool want_client_out = client_out_.buf.size() > client_out_.sent && !client_out_.broken;
  const bool want_server_in =
      server_in_.fd >= 0 && server_in_.buf.size() > server_in_.sent && !server_in_.broken;
  if (!client_eof_) fds.push_back({client_in_, POLLIN, 0});
  if (!client_eof_ && options_.stop_fd >= 0) fds.push_back({options_.stop_fd, POLLIN, 0});
  if (!server_gone_ && server_->stdout_fd() >= 0) fds.push_back({server_->stdout_fd(), POLLIN, 0});
  if (want_client_out) fds.push_back({client_out_.fd, POLLOUT, 0});
  if (want_server_in) fds.push_back({server_in_.fd, POLLOUT, 0});
  const int timeout =
      timeout_ms < 0 ? -1 : static_cast<int>(std::min<int64_t>(timeout_ms, 1 << 30));
  const int n = poll(fds.data(), fds.size(), timeout);
  if (n <= 0) return;
  for (const pollfd& p : fds) {
    if (p.revents == 0) continue;
    if (p.fd == client_out_.fd && (p.events & POLLOUT)) {
      Flush(client_out_);
    } else if (p.fd == server_in_.fd && (p.events & POLLOUT)) {
      Flush(server_in_);
    } else if (p.fd == options_.stop_fd) {
      Log("asked to stop: ending the session as if the client had closed it (" +
          std::to_string(call_queue_.size()) + " queued tools/call dropped)");
      client_eof_ = true;
      call_queue_.clear();
    } else if (p.fd == client_in_) {
      ReadFrom(client_in_, true);
    } else if (!server_gone_ && p.fd == server_->stdout_fd()) {
      ReadFrom(p.fd, false);
    }
  }
}

void Proxy::ReadFrom(int fd, bool from_client) {
  char chunk[kReadChunk];
  const ssize_t n = read(fd, chunk, sizeof(chunk));
  if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
  std::vector<LineReader::Event> events;
  LineReader& reader = from_client ? client_reader_ : server_reader_;
  if (n <= 0) {
    reader.Finish(&events);
  } else {
    reader.Feed(std::string_view(chunk, static_cast<size_t>(n)), &events);
  }
  for (const LineReader::Event& e : events) {
    if (from_client) {
      OnClientLine(e);
    } else if (!server_gone_) {
      OnServerLine(e);
    }
  }
  if (n <= 0) {
    if (from_client) {
      client_eof_ = true;
    } else if (!server_gone_) {
      ServerGone(n == 0 ? "the MCP server closed its output" : "reading the MCP server failed");
    }
  }
}

void Proxy::Queue(Outbox& box, const Json& message) {
  if (box.broken || box.fd < 0) return;
  std::string line = Serialize(message);
  if (box.buf.size() - box.sent + line.size() + 1 > options_.max_pending_output_bytes) {
    box.broken = true;
    Log("output queue over " + std::to_string(options_.max_pending_output_bytes) +
        " bytes: the peer does not read; dropping it");
    return;
  }
  box.buf.append(line).push_back('\n');
  Flush(box);
}

void Proxy::Flush(Outbox& box) {
  while (!box.broken && box.sent < box.buf.size()) {
    const ssize_t n = write(box.fd, box.buf.data() + box.sent, box.buf.size() - box.sent);
    if (n > 0) {
      box.sent += static_cast<size_t>(n);
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && errno == EAGAIN) {
      return;
    } else {
      box.broken = true;
    }
  }
  if (box.sent == box.buf.size()) {
    box.buf.clear();
    box.sent = 0;
  }
}

void Proxy::SendToServer(const Json& message) {
  Queue(server_in_, message);
  if (server_in_.broken && !server_gone_) ServerGone("writing to the MCP server failed");
}

// ---- client -> proxy ----

void Proxy::OnClientLine(const LineReader::Event& event) {
  ++stats_.client_messages;
  if (event.kind == LineReader::Kind::kTooLong) {
    ++stats_.client_protocol_errors;
    SendToClient(MakeError(
        nullptr, kInvalidRequest,
        "message longer than " + std::to_string(options_.max_line_bytes) + " bytes refused"));
    return;
  }
  ParsedLine p = ParseMessage(event.line);
  if (!p.ok) {
    ++stats_.client_protocol_errors;
    SendToClient(MakeError(p.id, p.error_code, p.error));
    return;
  }
  switch (p.message.kind) {
    case MessageKind::kRequest:
      return OnClientRequest(p.message);
    case MessageKind::kNotification:
      return OnClientNotification(p.message);
    case MessageKind::kResponse:
      return OnClientResponse(p.message);
  }
}

void Proxy::OnClientRequest(Message& m) {
  if (m.method == "tools/call") {
    if (call_queue_.size() >= options_.max_queued_calls) {
      SendToClient(MakeError(m.id, kProxyError,
                             "too many tools/call requests waiting (limit " +
                                 std::to_string(options_.max_queued_calls) + ")"));
      return;
    }
    call_queue_.push_back(std::move(m));
    return;
  }
  if (m.method == "initialize") {
    const Json& params = m.doc.value("params", Json::object());
    const Json caps = params.is_object() ? params.value("capabilities", Json::object()) : Json();
    client_supports_elicitation_ = caps.is_object() && caps.contains("elicitation");
  }
  ForwardToServer(m, m.method == "tools/list" ? Origin::kToolsList : Origin::kClientRequest);
}

void Proxy::OnClientNotification(Message& m) {
  if (m.method == "notifications/initialized") client_initialized_ = true;
  if (m.method == "notifications/cancelled" && m.doc.contains("params") &&
      m.doc["params"].is_object()) {
    Json& params = m.doc["params"];
    const Json request_id = params.value("requestId", Json());
    for (auto it = call_queue_.begin(); it != call_queue_.end(); ++it) {
      if (it->id == request_id) {  // not started: forget it, never answer it
        call_queue_.erase(it);
        return;
      }
    }
    if (in_call_ && request_id == current_client_id_) {
      current_cancelled_ = true;
      if (slot_ && !slot_->done) {
        SendToServer(MakeNotification(
            "notifications/cancelled",
            Json{{"requestId", slot_->server_id}, {"reason", "cancelled by the client"}}));
      }
      return;
    }
    for (const auto& [server_id, pending] : server_pending_) {
      if (pending.client_id == request_id) {
        params["requestId"] = server_id;
        break;
      }
    }
  }
  if (!server_gone_) SendToServer(m.doc);
}

void Proxy::OnClientResponse(Message& m) {
  std::optional<ClientPending> pending = Take(client_pending_, m.id);
  if (!pending) {
    Log("dropped a client response to an unknown request id " + Serialize(m.id));
    return;
  }
  if (pending->server_id) {
    m.doc["id"] = *pending->server_id;
    if (!server_gone_) SendToServer(m.doc);
  } else if (pending->on_answer) {
    pending->on_answer(m.doc);
  }
}

void Proxy::ForwardToServer(Message& m, Origin origin) {
  if (server_gone_) {
    SendToClient(MakeError(m.id, kProxyError, "the MCP server is not running"));
    return;
  }
  if (server_pending_.size() >= options_.max_in_flight_requests) {
    SendToClient(MakeError(m.id, kProxyError,
                           "too many requests waiting for the MCP server (limit " +
                               std::to_string(options_.max_in_flight_requests) + ")"));
    return;
  }
  const int64_t id = next_server_id_++;
  server_pending_[id] = ServerPending{origin, m.id};
  m.doc["id"] = id;
  SendToServer(m.doc);
}

// ---- server -> proxy ----

void Proxy::OnServerLine(const LineReader::Event& event) {
  ++stats_.server_messages;
  if (event.kind == LineReader::Kind::kTooLong) {
    ++stats_.server_transport_failures;
    Log("refused a server message longer than " + std::to_string(options_.max_line_bytes) +
        " bytes");
    return;
  }
  ParsedLine p = ParseMessage(event.line);
  if (garble_next_answer_ && p.ok && p.message.kind == MessageKind::kResponse && slot_ &&
      p.message.id == slot_->server_id) {
    garble_next_answer_ = false;  // the malformed_reply fault: the answer arrives cut short
    p = ParseMessage(std::string_view(event.line).substr(0, event.line.size() / 2));
  }
  if (!p.ok) {
    ++stats_.server_transport_failures;
    Log("malformed line from the MCP server ignored: " + p.error);
    return;
  }
  switch (p.message.kind) {
    case MessageKind::kResponse:
      return OnServerResponse(p.message);
    case MessageKind::kRequest:
      return OnServerRequest(p.message);
    case MessageKind::kNotification:
      if (p.message.method == "notifications/cancelled" && p.message.doc.contains("params") &&
          p.message.doc["params"].is_object()) {
        Json& params = p.message.doc["params"];
        for (const auto& [client_id, pending] : client_pending_) {
          if (pending.server_id && *pending.server_id == params.value("requestId", Json())) {
            params["requestId"] = client_id;
            break;
          }
        }
      }
      SendToClient(p.message.doc);
      return;
  }
}

void Proxy::OnServerResponse(Message& m) {
  std::optional<ServerPending> pending = Take(server_pending_, m.id);
  if (!pending) {
    Log("dropped a server response to an unknown or abandoned request id " + Serialize(m.id));
    return;
  }
  switch (pending->origin) {
    case Origin::kGovernedCall:
      if (slot_ && slot_->server_id == m.id) {
        slot_->done = true;
        slot_->response = std::move(m.doc);
      }
      return;
    case Origin::kToolsList:
      if (m.doc.contains("result")) {
        m.doc["result"] = FilterToolsList(m.doc["result"], guard_->manifest(), guard_->policy());
      }
      break;
    case Origin::kClientRequest:
      break;
  }
  m.doc["id"] = pending->client_id;
  SendToClient(m.doc);
}

void Proxy::OnServerRequest(Message& m) {
  if (client_pending_.size() >= options_.max_in_flight_requests) {
    SendToServer(MakeError(m.id, kProxyError,
                           "too many requests waiting for the client (limit " +
                               std::to_string(options_.max_in_flight_requests) + ")"));
    return;
  }
  const int64_t id = next_client_id_++;
  client_pending_[id] = ClientPending{m.id, nullptr};
  m.doc["id"] = id;
  SendToClient(m.doc);
}

void Proxy::ServerGone(const std::string& why) {
  server_gone_ = true;
  Log(why);
  server_->CloseStdin();
  server_in_.fd = -1;
  std::vector<LineReader::Event> rest;
  server_reader_.Finish(&rest);
  for (auto& [id, pending] : server_pending_) {
    if (pending.origin == Origin::kGovernedCall) {
      if (slot_ && slot_->server_id == id) {
        slot_->done = true;
        slot_->server_gone = true;
      }
    } else {
      SendToClient(MakeError(pending.client_id, kProxyError, "the MCP server exited: " + why));
    }
  }
  server_pending_.clear();
  for (auto it = client_pending_.begin(); it != client_pending_.end();) {
    it = it->second.server_id ? client_pending_.erase(it) : std::next(it);
  }
}

Json Proxy::RequestClient(std::string_view method, Json params,
                          std::function<void(const Json&)> on_answer) {
  const int64_t id = next_client_id_++;
  client_pending_[id] = ClientPending{std::nullopt, std::move(on_answer)};
  SendToClient(MakeRequest(id, method, std::move(params)));
  return id;
}

void Proxy::CancelClientRequest(const Json& id, std::string_view reason) {
  if (!Take(client_pending_, id)) return;
  SendToClient(
      MakeNotification("notifications/cancelled", Json{{"requestId", id}, {"reason", reason}}));
}

// ---- governed calls ----

void Proxy::RunQueuedCall() {
  Message m = std::move(call_queue_.front());
  call_queue_.pop_front();
  const Json params = m.doc.value("params", Json::object());
  StatusOr<ToolCall> call = ToolCallFromParams(params, options_.run_id);
  if (!call.ok()) {
    SendToClient(MakeError(m.id, kInvalidParams, call.status().message()));
    return;
  }
  ++stats_.governed_calls;
  in_call_ = true;
  current_client_id_ = m.id;
  current_meta_ = params.is_object() ? params.value("_meta", Json()) : Json();
  current_cancelled_ = false;
  current_is_error_ = false;
  current_pass_through_ = Json::object();
  current_structured_ = Json();
  if (workflows_ && guard_->Snapshot(options_.run_id).workflow != WorkflowState::kOpen) {
    Status begun = guard_->BeginWorkflow(options_.run_id);  // after a commit or a rollback
    if (!begun.ok()) Log("opening a workflow failed: " + begun.message());
  }
  CallResult result = guard_->Call(*call);
  if (result.rollback) {
    Log("workflow " + result.rollback->txn + " " +
        std::string(WorkflowStateName(result.rollback->state)) + ": " +
        std::to_string(result.rollback->compensated) + " call(s) compensated; " +
        result.rollback->reason);
  }
  in_call_ = false;
  LogFaults();
  if (current_cancelled_) return;  // the client gave up on it: no answer (MCP cancellation)
  ServerAnswer answer;
  answer.extra = std::move(current_pass_through_);
  answer.structured = std::move(current_structured_);
  Json reply =
      CallToolResultFor(result, current_is_error_, PassThroughFields(answer, result, *cleaner_));
  if (wire_log_ != nullptr) {
    WireLog(Json{{"event", "answer"},
                 {"client_request_id", m.id},
                 {"call_id", result.call_id},
                 {"is_error", reply.value("isError", false)},
                 {"t_ms", MonotonicMillis()}});
  }
  SendToClient(MakeResult(m.id, std::move(reply)));
}

void Proxy::RecoverUnfinishedWorkflows() {
  JournalRecovery recovery = std::move(*recovery_);
  recovery_.reset();
  in_call_ = true;  // the compensations are the proxy's own calls: queued calls wait
  current_meta_ = Json();
  for (const RollbackReport& r : guard_->Recover(recovery)) {
    Log("recovered workflow " + r.txn + " of run " + r.run_id + ": " +
        std::string(WorkflowStateName(r.state)) + ", " + std::to_string(r.compensated) +
        " call(s) compensated");
    for (const std::string& f : r.failures) Log("  failed: " + f);
    for (const std::string& u : r.uncompensable) Log("  cannot be undone: " + u);
  }
  in_call_ = false;
  LogFaults();
}

void Proxy::CrashServer(bool after_effect) {
  Log(std::string("fault: killing the MCP server ") +
      (after_effect ? "after its answer" : "as the call reaches it"));
  server_->Signal(SIGKILL);
  PumpUntil([this] { return server_gone_; }, MonotonicMillis() + options_.shutdown_grace_ms);
}

void Proxy::LogFaults() {
  for (const fakes::FaultEvent& e : fault_record_.faults) {
    Json record = fakes::FaultEventToJson(e);
    Log("fault: " + Serialize(record));
    record["event"] = "fault";
    WireLog(record);
  }
  fault_record_.faults.clear();
  fault_record_.wire.clear();
}

void Proxy::WireLog(const Json& record) {
  if (wire_log_ == nullptr) return;
  Status st = wire_log_->Append(Serialize(record) + "\n");
  if (!st.ok()) Log("wire log: " + st.message());
}

Json Proxy::WireAttempt(const Invocation& inv, const Json& arguments, int64_t start_ms,
                        const ToolResult& r) const {
  Json record =
      fakes::WireRecordToJson(fakes::WireRecordOf(inv, arguments, start_ms, MonotonicMillis(), r));
  record["event"] = "server_call";
  record["client_request_id"] = in_call_ ? current_client_id_ : Json();
  return record;
}

ToolResult Proxy::ExecuteOnServer(const Invocation& inv) {
  if (server_gone_) return ToolResult::Failed("the MCP server is not running", true);
  const bool compensation = !inv.compensates.empty();
  if (!compensation) {  // what the agent gets beside the text comes from the latest attempt
    current_is_error_ = false;
    current_pass_through_ = Json::object();
    current_structured_ = Json();
  }
  Json arguments = inv.args;
  if (compensation) {
    StatusOr<Json> built = CompensationCallArguments(inv, guard_->manifest());
    if (!built.ok()) {
      Log("compensation " + inv.tool + " for " + inv.compensates + ": " + built.status().message());
      return ToolResult::Failed(built.status().message());
    }
    arguments = std::move(*built);
  }
  // A writing call's undo data: its compensation's arguments, built while its own arguments
  // and answer are at hand (journaled with the outcome, so a restarted proxy has them too).
  const ToolSpec* spec = compensation ? nullptr : guard_->manifest().Find(inv.tool);
  auto with_undo = [&](ToolResult r, const Json& structured) {
    if (spec != nullptr) r.undo = UndoForCall(*spec, inv.args, structured);
    return r;
  };
  const int64_t id = next_server_id_++;
  server_pending_[id] = ServerPending{Origin::kGovernedCall, nullptr};
  slot_ = CallSlot{id, false, false, Json()};
  Json params{{"name", inv.tool}, {"arguments", std::move(arguments)}};
  if (current_meta_.is_object() && !compensation) params["_meta"] = current_meta_;
  const Json sent_arguments = wire_log_ != nullptr ? params["arguments"] : Json();
  const int64_t start_ms = MonotonicMillis();
  SendToServer(MakeRequest(id, "tools/call", std::move(params)));
  auto logged = [&](ToolResult r) {  // built only with a wire log: it costs a JSON tree
    if (wire_log_ != nullptr) WireLog(WireAttempt(inv, sent_arguments, start_ms, r));
    return r;
  };
  const bool answered = PumpUntil([this] { return slot_->done; }, inv.deadline_ms);
  CallSlot slot = std::move(*slot_);
  slot_.reset();
  if (!answered) {
    server_pending_.erase(id);
    if (!server_gone_) {
      SendToServer(MakeNotification("notifications/cancelled",
                                    Json{{"requestId", id}, {"reason", "timed out"}}));
    }
    ToolResult r = ToolResult::Unknown("no answer from the MCP server before the deadline");
    r.timed_out = true;
    return logged(with_undo(std::move(r), Json()));
  }
  if (slot.server_gone) {
    return logged(with_undo(ToolResult::Unknown("the MCP server exited during the call"), Json()));
  }
  ServerAnswer answer = ToolResultFromResponse(slot.response);
  if (slot.response.contains("error")) {
    Log("tools/call " + inv.tool + " failed on the server: " + Serialize(slot.response["error"]));
  }
  if (!compensation) {
    current_is_error_ = answer.is_error;
    current_pass_through_ = answer.extra;
    current_structured_ = answer.structured;
  }
  return logged(with_undo(std::move(answer.result), answer.structured));
}

}  // namespace blastradius::mcp
