#include "fakes/approvers.h"

#include <algorithm>

namespace blastradius::fakes {
namespace {

ApprovalAnswer Answer(const ApprovalRequestView& request, const char* decision, const char* who) {
  ApprovalAnswer a;
  a.request_id = request.request_id();
  a.binding = request.binding();
  a.decision = decision;
  a.approver = who;
  return a;
}

class ApproveAll : public Approver {
 public:
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& r) override {
    return Answer(r, "approve", "fake:approve_all");
  }
};

class RejectAll : public Approver {
 public:
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& r) override {
    return Answer(r, "reject", "fake:reject_all");
  }
};

class Silent : public Approver {
 public:
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView&) override { return std::nullopt; }
};

class ApproveOnly : public Approver {
 public:
  explicit ApproveOnly(std::vector<std::string> tools) : tools_(std::move(tools)) {}
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& r) override {
    const bool listed = std::find(tools_.begin(), tools_.end(), r.tool()) != tools_.end();
    return Answer(r, listed ? "approve" : "reject", "fake:approve_only");
  }

 private:
  std::vector<std::string> tools_;
};

class AfterMs : public Approver {
 public:
  AfterMs(Env* env, int64_t ms) : env_(env), ms_(ms) {}
  void Submit(const ApprovalRequestView& r) override {
    std::lock_guard<std::mutex> lock(mu_);
    submitted_[r.request_id()] = env_->NowMillis();
  }
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& r) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = submitted_.find(r.request_id());
    if (it == submitted_.end() || env_->NowMillis() < it->second + ms_) return std::nullopt;
    return Answer(r, "approve", "fake:after_ms");
  }
  void Withdraw(const ApprovalRequestView& r, ApprovalState) override {
    std::lock_guard<std::mutex> lock(mu_);
    submitted_.erase(r.request_id());
  }

 private:
  Env* env_;
  int64_t ms_;
  std::mutex mu_;
  std::map<std::string, int64_t> submitted_;
};

std::string Key(std::string_view tool, const Json& args) {
  return std::string(tool) + '\0' + CanonicalJson(args);
}

}  // namespace

const std::vector<std::string>& ApproverKinds() {
  static const auto* kinds = new std::vector<std::string>{"approve_all", "reject_all", "silent",
                                                          "approve_only", "after_ms"};
  return *kinds;
}

std::unique_ptr<Approver> MakeApprover(const ApproverSpec& spec, Env* env) {
  if (spec.kind == "reject_all") return std::make_unique<RejectAll>();
  if (spec.kind == "silent") return std::make_unique<Silent>();
  if (spec.kind == "approve_only") return std::make_unique<ApproveOnly>(spec.tools);
  if (spec.kind == "after_ms") return std::make_unique<AfterMs>(env, spec.ms);
  return std::make_unique<ApproveAll>();
}

void RecordingApprover::Submit(const ApprovalRequestView& request) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    history_.push_back(Json{{"event", "submit"},
                            {"request_id", request.request_id()},
                            {"tool", request.tool()},
                            {"args", request.args()},
                            {"reason", request.reason()},
                            {"requested_at_ms", request.requested_at_ms()},
                            {"expires_at_ms", request.expires_at_ms()}});
  }
  inner_->Submit(request);
}

std::optional<ApprovalAnswer> RecordingApprover::Poll(const ApprovalRequestView& request) {
  std::optional<ApprovalAnswer> answer = inner_->Poll(request);
  if (!answer) return answer;
  std::lock_guard<std::mutex> lock(mu_);
  history_.push_back(Json{{"event", "answer"},
                          {"request_id", request.request_id()},
                          {"tool", request.tool()},
                          {"args", request.args()},
                          {"decision", answer->decision}});
  if (answer->decision == "approve") approvals_[Key(request.tool(), request.args())].emplace_back();
  return answer;
}

void RecordingApprover::Withdraw(const ApprovalRequestView& request, ApprovalState state) {
  {
    std::lock_guard<std::mutex> lock(mu_);
    history_.push_back(Json{{"event", "withdraw"},
                            {"request_id", request.request_id()},
                            {"tool", request.tool()},
                            {"args", request.args()},
                            {"state", std::string(ApprovalStateName(state))}});
  }
  inner_->Withdraw(request, state);
}

bool RecordingApprover::ClaimApproval(const std::string& tool, const Json& args,
                                      const std::string& call_id) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = approvals_.find(Key(tool, args));
  if (it == approvals_.end()) return false;
  for (const std::string& owner : it->second) {
    if (owner == call_id) return true;  // a retry of the call that used it
  }
  for (std::string& owner : it->second) {
    if (owner.empty()) {
      owner = call_id;
      return true;
    }
  }
  return false;
}

int RecordingApprover::requests() const {
  std::lock_guard<std::mutex> lock(mu_);
  int n = 0;
  for (const Json& h : history_) n += h["event"] == "submit";
  return n;
}

std::vector<Json> RecordingApprover::history() const {
  std::lock_guard<std::mutex> lock(mu_);
  return history_;
}

}  // namespace blastradius::fakes
