// Proxy: one MCP client session (our stdin/stdout) in front of one MCP server (a child process),
// with every tools/call put through Guard::Call. It forwards everything it does not govern
// unchanged in both directions, rewriting only request ids so that its own requests (tools/call
// attempts, elicitations) can never collide with the peers'; filters tools/list by the manifest;
// and answers stopped calls with an isError result that says what stopped them.
//
// Single-threaded: one poll(2) loop. While the guard runs a call, the loop keeps pumping (the
// executor waits for the server's answer, and the guard's sleeps — approval polling, retry
// backoff — go through an Env whose SleepForMillis pumps), so pings, notifications and the
// client's answers to elicitations flow during a call; further tools/call requests queue
// (bounded) and run in order. Every wait is bounded by a deadline. Not thread-safe.
#ifndef BLASTRADIUS_MCP_PROXY_H_
#define BLASTRADIUS_MCP_PROXY_H_

#include <cstddef>
#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "blastradius/alerts.h"
#include "blastradius/approval.h"
#include "blastradius/audit_log.h"
#include "blastradius/guard.h"
#include "blastradius/journal.h"
#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/sanitizer.h"
#include "fakes/faults.h"
#include "mcp/child_process.h"
#include "mcp/json_rpc.h"

namespace blastradius::mcp {

struct ProxyOptions {
  std::string run_id;                            // the one run of this client session
  size_t max_line_bytes = kDefaultMaxLineBytes;  // longer lines are refused (both sides)
  size_t max_queued_calls = 64;
  size_t max_in_flight_requests = 1024;        // unanswered requests each way (client<->server) //
                                               // tools/call requests waiting their turn
  size_t max_pending_output_bytes = 64 << 20;  // unsent bytes per peer before it is dropped
  int64_t shutdown_grace_ms = 2000;            // each of: after closing stdin, after SIGTERM
  int64_t flush_timeout_ms = 2000;             // flushing our answers at exit
  std::vector<fakes::FaultSpec> faults;
  uint64_t fault_seed = 1;  // seeds the faults' randomness (probability, jitter, payload choice) //
                            // injected between the guard and the server
  // Workflows left unfinished in the journal by an earlier proxy (killed mid-session or
  // mid-rollback): rolled back through the server before the session's first call, once the
  // client has initialized it. Only with ProxySinks::journal.
  std::optional<JournalRecovery> recovery;
  // Readable when the process was asked to stop (SIGTERM, SIGINT: a self-pipe): the session
  // ends as if the client had closed its stdin. -1: none.
  int stop_fd = -1;
};

// Counters for tests and the exit log line.
struct ProxyStats {
  int64_t client_messages = 0;
  int64_t server_messages = 0;
  int64_t governed_calls = 0;
  int64_t client_protocol_errors = 0;     // malformed or over-long lines from the client
  int64_t server_transport_failures = 0;  // malformed or over-long lines from the server
};

// Where the guard's sinks and approver come from; all must outlive the proxy.
struct ProxySinks {
  AuditSink* audit = nullptr;
  AlertSink* alerts = nullptr;
  Approver* approver = nullptr;  // null: every approval is rejected
  StateStore* state = nullptr;   // null: in-process state (--state memory)
  // Non-null: the session's calls run in guard workflows journaled here, so a safety stop rolls
  // back its writing calls through the server (docs/mcp.md "Rollback"); null: no workflows.
  Journal* journal = nullptr;
  // Non-null: the wire log (`--wire-log`, docs/mcp.md "Wire log"), one JSON line per event,
  // written as it happens: every attempt that reached the server (sent, answered or not),
  // every answer to a governed tools/call, every fault that fired. What `blastradius check`
  // judges a real server's run from. A failed write is logged on stderr and the session goes on.
  WritableFile* wire_log = nullptr;
};

class Proxy {
 public:
  // Builds the guard over `manifest` and `policy` with the proxy's executor and env.
  // `server` must be running and outlive the proxy; client_in/client_out are made
  // non-blocking. InvalidArgument when the guard refuses the configuration.
  static StatusOr<std::unique_ptr<Proxy>> Create(Manifest manifest, Policy policy, ProxySinks sinks,
                                                 ProxyOptions options, int client_in,
                                                 int client_out, ChildProcess* server);
  ~Proxy();
  Proxy(const Proxy&) = delete;  // owns the session's id maps and the guard
  Proxy& operator=(const Proxy&) = delete;

  // Serves until the client closes its stdin, then flushes and shuts the server down.
  // Returns 0, or 1 if the client's output broke.
  int Run();

  // Pumps I/O until `done` or the monotonic deadline; true if done. Used by the executor and
  // the env; public for the approvers that talk to the client (elicitation).
  bool PumpUntil(const std::function<bool()>& done, int64_t deadline_ms);

  // Sends a request of the proxy's own to the client and returns its id; the answer is
  // delivered to `on_answer` (the whole response message) from inside the loop.
  Json RequestClient(std::string_view method, Json params,
                     std::function<void(const Json&)> on_answer);
  // Forgets one of the proxy's own requests to the client and tells the client so
  // (notifications/cancelled); a later answer is dropped.
  void CancelClientRequest(const Json& id, std::string_view reason);
  bool client_supports_elicitation() const { return client_supports_elicitation_; }

  const ProxyStats& stats() const { return stats_; }

 private:
  class LoopEnv;
  class ServerExecutor;
  class MalformedReplies;
  struct Outbox {
    int fd = -1;
    std::string buf;
    size_t sent = 0;
    bool broken = false;
  };
  enum class Origin { kClientRequest, kToolsList, kGovernedCall };
  struct ServerPending {
    Origin origin;
    Json client_id;
  };
  struct ClientPending {
    std::optional<Json> server_id;               // a server request forwarded to the client
    std::function<void(const Json&)> on_answer;  // or one of the proxy's own requests
  };
  struct CallSlot {
    int64_t server_id = 0;
    bool done = false;
    bool server_gone = false;
    Json response;
  };

  Proxy(ProxyOptions options, int client_in, int client_out, ChildProcess* server);

  void Pump(int64_t timeout_ms);
  void ReadFrom(int fd, bool from_client);
  void Queue(Outbox& box, const Json& message);
  void Flush(Outbox& box);
  void SendToClient(const Json& message) { Queue(client_out_, message); }
  void SendToServer(const Json& message);

  void OnClientLine(const LineReader::Event& event);
  void OnClientRequest(Message& m);
  void OnClientNotification(Message& m);
  void OnClientResponse(Message& m);
  void OnServerLine(const LineReader::Event& event);
  void OnServerResponse(Message& m);
  void OnServerRequest(Message& m);
  void ForwardToServer(Message& m, Origin origin);
  void ServerGone(const std::string& why);

  void RunQueuedCall();
  void RecoverUnfinishedWorkflows();
  void CrashServer(bool after_effect);
  void LogFaults();
  void WireLog(const Json& record);
  // The wire log's record of one attempt that reached the server.
  Json WireAttempt(const Invocation& inv, const Json& arguments, int64_t start_ms,
                   const ToolResult& r) const;
  ToolResult ExecuteOnServer(const Invocation& invocation);
  void Log(const std::string& line) const;

  ProxyOptions options_;
  ChildProcess* server_;
  int client_in_;
  Outbox client_out_;
  Outbox server_in_;
  LineReader client_reader_;
  LineReader server_reader_;
  bool client_eof_ = false;
  bool server_gone_ = false;
  bool client_supports_elicitation_ = false;

  int64_t next_server_id_ = 1;
  int64_t next_client_id_ = 1;
  std::map<int64_t, ServerPending> server_pending_;
  std::map<int64_t, ClientPending> client_pending_;

  bool workflows_ = false;                   // a journal was given: calls run in workflows
  std::optional<JournalRecovery> recovery_;  // until rolled back (client initialized)
  bool client_initialized_ = false;

  std::deque<Message> call_queue_;
  bool in_call_ = false;
  Json current_client_id_;
  Json current_meta_;
  bool current_cancelled_ = false;
  bool current_is_error_ = false;
  Json current_pass_through_;  // the latest attempt's answer, before PassThroughFields
  Json current_structured_;
  std::optional<CallSlot> slot_;

  std::unique_ptr<LoopEnv> env_;        // the guard's: real randomness (boundary nonces)
  std::unique_ptr<LoopEnv> fault_env_;  // the fault injectors': seeded
  std::unique_ptr<ServerExecutor> executor_;
  fakes::RunRecorder fault_record_;
  std::unique_ptr<MalformedReplies> malformed_;  // over executor_, for malformed_reply faults
  bool garble_next_answer_ = false;  // a malformed_reply fault fired for the call in flight
  std::unique_ptr<fakes::FaultStack> faults_;  // over those, when options.faults is set
  std::unique_ptr<Guard> guard_;
  std::unique_ptr<Sanitizer> cleaner_;  // Clean only: strings passed through beside the text
  WritableFile* wire_log_ = nullptr;
  ProxyStats stats_;
};

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_PROXY_H_
