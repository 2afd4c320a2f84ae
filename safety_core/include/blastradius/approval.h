// Human approval for consequential and irreversible calls. An approval is never something the
// agent can grant itself: it comes from an Approver (a human behind a webhook, CLI or queue),
// is bound to SHA-256 of (tool, canonical arguments), is used at most once, and has four
// terminal states. No answer before the timeout means expired, which counts as a rejection.
// A malformed answer (wrong request id or binding, unknown decision) fails closed.
// Waiting goes through the Env clock, so tests never sleep. ApprovalGate is thread-safe.
#ifndef BLASTRADIUS_APPROVAL_H_
#define BLASTRADIUS_APPROVAL_H_

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/policy.h"
#include "blastradius/tool.h"

namespace blastradius {

struct ApprovalRequest {
  std::string request_id;  // unique per request
  std::string run_id;
  std::string tool;
  Json args;
  int tier = 3;
  std::string binding;  // ApprovalBinding(tool, args)
  std::string reason;   // why approval is needed ("tier 3", "run tainted by flagged output")
  int64_t requested_at_ms = 0;
  int64_t expires_at_ms = 0;
};

struct ApprovalAnswer {
  std::string request_id;  // must match the request
  std::string binding;     // must match the request's binding
  std::string decision;    // "approve" or "reject"; anything else is malformed
  std::string approver;    // who answered
  std::string note;
};

enum class ApprovalState { kPending, kApproved, kRejected, kExpired, kCancelled };
std::string_view ApprovalStateName(ApprovalState state);  // "approved", "rejected", ...

// Asks a human. Implementations must not block in Submit or Poll.
class Approver {
 public:
  virtual ~Approver() = default;
  virtual void Submit(const ApprovalRequest& request) = 0;
  // The answer if one has arrived, nullopt while none has.
  virtual std::optional<ApprovalAnswer> Poll(const ApprovalRequest& request) = 0;
  // The request reached a terminal state; the approver may forget it.
  virtual void Withdraw(const ApprovalRequest& /*request*/, ApprovalState /*state*/) {}
};

struct ApprovalDecision {
  ApprovalState state = ApprovalState::kPending;
  std::string request_id;
  std::string approver;
  std::string reason;  // e.g. "no answer within 300000 ms", "answer bound to other arguments"
  bool approved() const { return state == ApprovalState::kApproved; }
};

// Hex SHA-256 of tool name, a NUL byte, and CanonicalJson(args).
std::string ApprovalBinding(std::string_view tool, const Json& args);
// The same from the canonical text the caller already has (REQUIRES: it is CanonicalJson(args)).
std::string ApprovalBindingOfCanonical(std::string_view tool, std::string_view canonical_args);

// Keys in an agent's arguments that look like a self-granted confirmation ("confirmed",
// "require_confirmation", "approved", "force", ...). They change nothing; the guard logs them.
std::vector<std::string> ConfirmationLikeKeys(const Json& args);

class ApprovalGate {
 public:
  // `env` and `approver` must outlive the gate. Request ids are `id_prefix` followed by a
  // counter; the guard's prefix carries its incarnation ("apr-<incarnation>-N"), so ids do not
  // repeat across restarts.
  ApprovalGate(Env* env, Approver* approver, const ApprovalOptions& options,
               std::string id_prefix = "apr-");
  ApprovalGate(const ApprovalGate&) = delete;  // owns the single-use ledger
  ApprovalGate& operator=(const ApprovalGate&) = delete;

  // Submits a request bound to exactly (tool, args) and waits on the env clock, polling every
  // poll_interval_ms, until an answer or the timeout — or `not_after_ms` (env time), when that
  // comes first (the guard passes the end of the run's duration budget). Returns a terminal
  // state; a wait that ran out is kExpired. `canonical_args`, when not empty, is
  // CanonicalJson(args) already computed by the caller (REQUIRES: exactly that text), so the
  // arguments are not serialized again; empty: computed here. `reuse`, when given, is where
  // the request is built (every field assigned, its strings and argument tree reusing their
  // storage; the guard passes one per run, under the run's lock); null: a new request.
  ApprovalDecision Request(const std::string& run_id, const ToolSpec& tool, const Json& args,
                           const std::string& reason,
                           std::optional<int64_t> not_after_ms = std::nullopt,
                           std::string_view canonical_args = {}, ApprovalRequest* reuse = nullptr);

  // Uses an approved request once for exactly (tool, args): true the first time the binding
  // matches, false for a second use, another call, or a request that was not approved.
  // `canonical_args` as for Request.
  bool Consume(const std::string& request_id, std::string_view tool, const Json& args,
               std::string_view canonical_args = {});

  // Cancels a pending or approved-but-unused request. The guard consumes an approval as soon as
  // it is granted, so it never holds an unused one and does not call this; it is for callers
  // that keep approvals across calls.
  void Cancel(const std::string& request_id);

 private:
  ApprovalDecision Validate(const ApprovalRequest& request, const ApprovalAnswer& answer);

  Env* env_;
  Approver* approver_;
  ApprovalOptions options_;
  const std::string id_prefix_;
  std::mutex mu_;
  uint64_t next_id_ = 1;
  std::map<std::string, std::string> approved_unused_;  // request_id -> binding
  std::set<std::string> used_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_APPROVAL_H_
