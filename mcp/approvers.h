// Real approvers for `blastradius proxy` (docs/mcp.md, "Approvers"):
//   CommandApprover     runs a command per request: the request as one JSON object on its
//                       stdin, the answer as one JSON object on its stdout, then it exits.
//   ElicitationApprover asks the MCP client's user with `elicitation/create`, when the client
//                       declared the elicitation capability at initialize.
// Neither waits: Submit starts the question and Poll looks for an answer without blocking; the
// ApprovalGate's timeout (no answer = expired = deny) and its binding and single-use checks
// decide. Both are used from the proxy's one thread only (not thread-safe).
#ifndef BLASTRADIUS_MCP_APPROVERS_H_
#define BLASTRADIUS_MCP_APPROVERS_H_

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "blastradius/approval.h"
#include "blastradius/json_reader.h"
#include "mcp/child_process.h"

namespace blastradius::mcp {

class Proxy;

// The JSON a command approver reads on stdin: request_id, run_id, tool, arguments, tier,
// binding, reason, expires_in_ms.
Json ApprovalRequestToJson(const ApprovalRequestView& request, int64_t now_ms);

// Reads an approver's answer: {"decision": "approve"|"reject", "approver"?, "note"?,
// "request_id"?, "binding"?}. request_id and binding default to the request's (the answer
// came from the process started for this request); when given they must match, or the gate
// refuses the answer. A missing or unknown decision is returned as is and fails closed.
ApprovalAnswer ApprovalAnswerFromText(std::string_view text, const ApprovalRequestView& request);

class CommandApprover : public Approver {
 public:
  // Longest answer read from the command's stdout; more is a malformed (rejecting) answer.
  static constexpr size_t kMaxAnswerBytes = 64 * 1024;

  // `command` runs under /bin/sh -c, once per request.
  explicit CommandApprover(std::string command) : command_(std::move(command)) {}
  ~CommandApprover() override;

  void Submit(const ApprovalRequestView& request) override;
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override;
  // Stops the command if it is still running (an expired request).
  void Withdraw(const ApprovalRequestView& request, ApprovalState state) override;

 private:
  struct Running {
    std::unique_ptr<ChildProcess> process;
    std::string output;
    bool finished = false;
  };
  std::string command_;
  std::map<std::string, Running> running_;  // by request id
};

class ElicitationApprover : public Approver {
 public:
  // REQUIRES: Attach before the first request.
  void Attach(Proxy* proxy) { proxy_ = proxy; }

  // The elicitation/create params for a request: a message naming the tool, its arguments and
  // why approval is needed, and a one-field form {"approve": boolean}.
  static Json ElicitationParams(const ApprovalRequestView& request);
  // Reads a client's response: accept with approve=true approves; accept with approve=false,
  // decline and cancel reject; a JSON-RPC error or anything else rejects.
  static ApprovalAnswer AnswerFromResponse(const Json& response,
                                           const ApprovalRequestView& request);

  void Submit(const ApprovalRequestView& request) override;
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override;
  void Withdraw(const ApprovalRequestView& request, ApprovalState state) override;

 private:
  struct Asked {
    Json client_id;
    std::optional<ApprovalAnswer> answer;
  };
  Proxy* proxy_ = nullptr;
  std::map<std::string, std::shared_ptr<Asked>> asked_;  // by request id
};

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_APPROVERS_H_
