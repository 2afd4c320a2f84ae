// Fake humans behind the Approver interface: approve_all, reject_all, silent (never answers),
// approve_only (approves calls of the listed tools, rejects the rest) and after_ms (approves once
// n ms of simulated time have passed since the request). Every answer echoes the request id and
// binding, as a real approver must. RecordingApprover wraps any of them and remembers, as the
// human would, which exact calls (tool + canonical arguments) were approved. An approval is
// single-use: it authorises one call (the first call id that claims it, retries of that call
// included), so that the fake world can mark an effect as approved without trusting the guard.
// Thread-safe.
#ifndef BLASTRADIUS_FAKES_APPROVERS_H_
#define BLASTRADIUS_FAKES_APPROVERS_H_

#include <map>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <vector>

#include "blastradius/approval.h"
#include "blastradius/env.h"
#include "blastradius/status.h"

namespace blastradius::fakes {

struct ApproverSpec {
  std::string kind = "approve_all";  // approve_all | reject_all | silent | approve_only | after_ms
  std::vector<std::string> tools;    // approve_only
  int64_t ms = 0;                    // after_ms
};
const std::vector<std::string>& ApproverKinds();

// `env` (used by after_ms) must outlive the approver.
std::unique_ptr<Approver> MakeApprover(const ApproverSpec& spec, Env* env);

class RecordingApprover : public Approver {
 public:
  explicit RecordingApprover(std::unique_ptr<Approver> inner) : inner_(std::move(inner)) {}
  void Submit(const ApprovalRequestView& request) override;
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override;
  void Withdraw(const ApprovalRequestView& request, ApprovalState state) override;

  // True if an "approve" answer was given for exactly this tool and these arguments and it is
  // not yet used by another call: the first call id to claim an approval owns it (its retries
  // keep it); a second call with the same arguments needs a second approval.
  bool ClaimApproval(const std::string& tool, const Json& args, const std::string& call_id);
  int requests() const;
  // What the human saw and said, in order: {"event": "submit"|"answer"|"withdraw",
  // "request_id", "tool", "args", ...}; "answer" has "decision", "withdraw" has "state".
  std::vector<Json> history() const;

 private:
  std::unique_ptr<Approver> inner_;
  mutable std::mutex mu_;
  // tool + '\0' + canonical args -> one entry per approval: the call id that used it, or "".
  std::map<std::string, std::vector<std::string>> approvals_;
  std::vector<Json> history_;
};

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_APPROVERS_H_
