// Human approval for consequential and irreversible calls. An approval is never something the
// agent can grant itself: it comes from an Approver (a human behind a webhook, CLI or queue),
// is bound to SHA-256 of (tool, canonical arguments), is used at most once, and has four
// terminal states. No answer before the timeout means expired, which counts as a rejection.
// A malformed answer (wrong request id or binding, unknown decision) fails closed.
// Waiting goes through the Env clock, so tests never sleep. ApprovalGate is thread-safe.
#ifndef BLASTRADIUS_APPROVAL_H_
#define BLASTRADIUS_APPROVAL_H_

#include <atomic>
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

// An owned copy of a request: for an approver that keeps a request past the Submit, Poll or
// Withdraw call it was handed (ApprovalRequestView::ToRequest), and for tests.
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

// One request for approval as the approver sees it: the call (run, tool, tier, arguments,
// reason), borrowed from the caller of ApprovalGate::Request, not copied, plus the id and times
// the gate gives it. The binding (hex SHA-256 of tool, NUL, canonical arguments) is computed
// the first time binding() is called and kept, so a request whose binding nobody asks for and
// that is not approved hashes nothing, and one that is approved and then consumed through the
// same view hashes once. Not thread-safe (binding() fills in the view); an approver that keeps
// a request past the call it was handed, or hands it to another thread, keeps ToRequest().
class ApprovalRequestView {
 public:
  // A request for (tool, args). REQUIRES: `run_id`, `tool`, `args`, `reason` and
  // `canonical_args` outlive the view; `canonical_args`, when not empty, is exactly
  // CanonicalJson(args) (empty: computed here if the binding is asked for).
  ApprovalRequestView(std::string_view run_id, std::string_view tool, int tier, const Json& args,
                      std::string_view reason, std::string_view canonical_args = {});
  // A view of an owned request, its binding as the request says (not computed again).
  // REQUIRES: `request` outlives the view.
  explicit ApprovalRequestView(const ApprovalRequest& request);
  ApprovalRequestView(const ApprovalRequestView&) = delete;  // the binding is computed once
  ApprovalRequestView& operator=(const ApprovalRequestView&) = delete;

  const std::string& request_id() const { return request_id_; }  // unique per request
  std::string_view run_id() const { return run_id_; }
  std::string_view tool() const { return tool_; }
  const Json& args() const { return *args_; }
  int tier() const { return tier_; }
  std::string_view reason() const { return reason_; }  // why approval is needed
  int64_t requested_at_ms() const { return requested_at_ms_; }
  int64_t expires_at_ms() const { return expires_at_ms_; }
  // ApprovalBinding(tool, args): computed on the first call, then kept. "" if hashing failed
  // (binds to nothing: no answer can match it).
  const std::string& binding() const;
  // True once the binding has been computed (or was given with an owned request).
  bool binding_computed() const { return binding_computed_; }
  // An owned copy, binding included (computed if it was not yet).
  ApprovalRequest ToRequest() const;

 private:
  friend class ApprovalGate;  // gives the request its id and times

  std::string request_id_;
  std::string_view run_id_;
  std::string_view tool_;
  const Json* args_;
  int tier_;
  std::string_view reason_;
  std::string_view canonical_args_;
  int64_t requested_at_ms_ = 0;
  int64_t expires_at_ms_ = 0;
  mutable bool binding_computed_ = false;
  mutable std::string binding_;
};

struct ApprovalAnswer {
  std::string request_id;  // must match the request
  // For "approve": must be the request's binding (ApprovalRequestView::binding()). A "reject"
  // may leave it empty: a rejection grants nothing, so it need not be bound, and the gate
  // hashes nothing for it; when a rejection gives a binding, it must match like any other.
  std::string binding;
  std::string decision;  // "approve" or "reject"; anything else is malformed
  std::string approver;  // who answered
  std::string note;
};

enum class ApprovalState { kPending, kApproved, kRejected, kExpired, kCancelled };
std::string_view ApprovalStateName(ApprovalState state);  // "approved", "rejected", ...

// Asks a human. Implementations must not block in Submit or Poll. The request handed to each
// method is valid only during that call (keep ToRequest() to use it later).
class Approver {
 public:
  virtual ~Approver() = default;
  virtual void Submit(const ApprovalRequestView& request) = 0;
  // The answer if one has arrived, nullopt while none has.
  virtual std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) = 0;
  // The request reached a terminal state; the approver may forget it.
  virtual void Withdraw(const ApprovalRequestView& /*request*/, ApprovalState /*state*/) {}
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

  // Submits `request` (the caller's call, bound to exactly its tool and arguments; the gate
  // gives it its id and times) and waits on the env clock, polling every poll_interval_ms, until
  // an answer or the timeout — or `not_after_ms` (env time), when that comes first (the guard
  // passes the end of the run's duration budget). Returns a terminal state; a wait that ran out
  // is kExpired. The binding is computed only if the approver asks for it, an answer carries
  // one to compare, or the request is approved (the single-use ledger keeps it).
  ApprovalDecision Request(ApprovalRequestView& request,
                           std::optional<int64_t> not_after_ms = std::nullopt);
  // The same for a call given by its parts (a view made here). `canonical_args` as for
  // ApprovalRequestView.
  ApprovalDecision Request(const std::string& run_id, const ToolSpec& tool, const Json& args,
                           const std::string& reason,
                           std::optional<int64_t> not_after_ms = std::nullopt,
                           std::string_view canonical_args = {});

  // Uses an approved request once for exactly the call `call` describes (its tool and
  // arguments; its binding, computed at most once per view): true the first time the binding
  // matches, false for a second use, another call, or a request that was not approved. The
  // guard passes the view it asked with, so an approved call is hashed once.
  bool Consume(const std::string& request_id, const ApprovalRequestView& call);
  // The same for (tool, args). `canonical_args` as for ApprovalRequestView.
  bool Consume(const std::string& request_id, std::string_view tool, const Json& args,
               std::string_view canonical_args = {});

  // Cancels a pending or approved-but-unused request. The guard consumes an approval as soon as
  // it is granted, so it never holds an unused one and does not call this; it is for callers
  // that keep approvals across calls.
  void Cancel(const std::string& request_id);

 private:
  ApprovalDecision Validate(const ApprovalRequestView& request, ApprovalAnswer&& answer);
  // The single-use check and mark of Consume, for a binding already computed.
  bool ConsumeBinding(const std::string& request_id, const std::string& binding);

  Env* env_;
  Approver* approver_;
  ApprovalOptions options_;
  const std::string id_prefix_;
  std::mutex mu_;
  std::atomic<uint64_t> next_id_{1};  // ids are unique; nothing else is ordered by them
  std::map<std::string, std::string> approved_unused_;  // request_id -> binding
  std::set<std::string> used_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_APPROVAL_H_
