// Model-based property of ApprovalGate: random requests answered by random approver behaviours
// (approve or reject after a delay, never answer, answer with another call's binding, with the
// wrong request id, or with a malformed decision), interleaved with attempts to use approvals
// for the same or other arguments and with cancellations. A call is approved only by a timely
// "approve" bound to exactly its (tool, arguments); an approval is used at most once and only for
// that call; a request nobody answers in time is expired, never approved.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <rapidcheck/state.h>

#include <map>
#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "blastradius/approval.h"
#include "fakes/sim_env.h"
#include "show.h"

namespace blastradius {
namespace {

using fakes::SimEnv;

enum class Behaviour { kApprove, kReject, kSilent, kWrongBinding, kWrongId, kMalformed };

const char* BehaviourName(Behaviour b) {
  switch (b) {
    case Behaviour::kApprove:
      return "approve";
    case Behaviour::kReject:
      return "reject";
    case Behaviour::kSilent:
      return "silent";
    case Behaviour::kWrongBinding:
      return "wrong_binding";
    case Behaviour::kWrongId:
      return "wrong_request_id";
    case Behaviour::kMalformed:
      return "malformed_decision";
  }
  return "?";
}

// Arguments the agent might send: variant 0 and 1 are the same call in two key orders;
// 2 differs in one value; 3 adds a self-granted confirmation flag.
Json ArgsVariant(int customer, int variant) {
  Json args = Json::object();
  if (variant == 1) {
    args["amount"] = 100;
    args["customer"] = "c" + std::to_string(customer);
  } else {
    args["customer"] = "c" + std::to_string(customer);
    args["amount"] = variant == 2 ? 101 : 100;
  }
  if (variant == 3) args["confirmed"] = true;
  return args;
}

// Answers each request as scripted; the answer becomes visible `delay_ms` after submission.
class ScriptedApprover : public Approver {
 public:
  explicit ScriptedApprover(SimEnv* env) : env_(env) {}
  void Script(Behaviour behaviour, int64_t delay_ms) { next_ = {behaviour, delay_ms}; }

  void Submit(const ApprovalRequestView& request) override {
    submitted_[request.request_id()] = {next_, env_->NowMillis()};
    ++submissions_;
    last_ = request.ToRequest();
  }
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override {
    auto it = submitted_.find(request.request_id());
    if (it == submitted_.end()) return std::nullopt;
    const auto& [script, at] = it->second;
    if (script.first == Behaviour::kSilent) return std::nullopt;
    if (env_->NowMillis() < at + script.second) return std::nullopt;
    ApprovalAnswer answer;
    answer.request_id = request.request_id();
    answer.binding = request.binding();
    answer.decision = "approve";
    answer.approver = "prop";
    switch (script.first) {
      case Behaviour::kReject:
        answer.decision = "reject";
        break;
      case Behaviour::kWrongBinding:
        answer.binding = ApprovalBinding(request.tool(), ArgsVariant(99, 0));
        break;
      case Behaviour::kWrongId:
        answer.request_id = request.request_id() + "x";
        break;
      case Behaviour::kMalformed:
        answer.decision = "APPROVE!";
        break;
      default:
        break;
    }
    return answer;
  }
  int submissions() const { return submissions_; }
  const ApprovalRequest& last() const { return last_; }

 private:
  SimEnv* env_;
  std::pair<Behaviour, int64_t> next_{Behaviour::kSilent, 0};
  std::map<std::string, std::pair<std::pair<Behaviour, int64_t>, int64_t>> submitted_;
  int submissions_ = 0;
  ApprovalRequest last_;
};

struct RequestModel {
  int customer = 0;
  bool approved = false;
  bool used = false;
  bool cancelled = false;
};

struct ApprovalModel {
  ApprovalOptions options;
  std::vector<RequestModel> requests;
};

struct ApprovalSut {
  ApprovalSut(const ApprovalOptions& options)
      : env(7), approver(&env), gate(&env, &approver, options) {}
  SimEnv env;
  ScriptedApprover approver;
  ApprovalGate gate;
  std::vector<std::string> ids;  // request ids, parallel to the model's requests
};

using Command = rc::state::Command<ApprovalModel, ApprovalSut>;

ToolSpec RefundTool() {
  ToolSpec spec;
  spec.name = "refund";
  spec.tier = Tier::kIrreversible;
  return spec;
}

// The answer is seen at the first poll at or after `delay`; polls run every poll_interval_ms
// from the request until the timeout.
enum class Timing { kInTime, kLate, kEdge };
Timing TimingOf(const ApprovalOptions& o, int64_t delay) {
  const int64_t poll = std::max<int64_t>(1, o.poll_interval_ms);
  const int64_t seen = (delay + poll - 1) / poll * poll;
  if (seen < o.timeout_ms) return Timing::kInTime;
  if (delay > o.timeout_ms) return Timing::kLate;
  return Timing::kEdge;  // seen exactly at or just past the deadline: either answer is fair
}

struct Request : Command {
  explicit Request(const ApprovalModel& m)
      : customer(*rc::gen::inRange(0, 3)),
        behaviour(*rc::gen::element(Behaviour::kApprove, Behaviour::kApprove, Behaviour::kReject,
                                    Behaviour::kSilent, Behaviour::kWrongBinding,
                                    Behaviour::kWrongId, Behaviour::kMalformed)),
        delay(*rc::gen::inRange<int64_t>(0, 2 * m.options.timeout_ms + 2)) {}
  int customer;
  Behaviour behaviour;
  int64_t delay;

  bool ExpectApproved(const ApprovalModel& m) const {
    return behaviour == Behaviour::kApprove && TimingOf(m.options, delay) == Timing::kInTime;
  }
  void checkPreconditions(const ApprovalModel& m) const override {
    RC_PRE(behaviour != Behaviour::kApprove || TimingOf(m.options, delay) != Timing::kEdge);
    RC_PRE(m.requests.size() < 12u);
  }
  void apply(ApprovalModel& m) const override {
    RequestModel r;
    r.customer = customer;
    r.approved = ExpectApproved(m);
    m.requests.push_back(r);
  }
  void run(const ApprovalModel& m, ApprovalSut& sut) const override {
    sut.approver.Script(behaviour, delay);
    const int64_t start = sut.env.NowMillis();
    const Json args = ArgsVariant(customer, 0);
    ApprovalDecision d = sut.gate.Request("run", RefundTool(), args, "tier 3");
    const int64_t waited = sut.env.NowMillis() - start;
    const ApprovalRequest& req = sut.approver.last();
    RC_ASSERT(req.binding == ApprovalBinding("refund", args));
    RC_ASSERT(req.expires_at_ms == req.requested_at_ms + m.options.timeout_ms);
    RC_ASSERT(d.state != ApprovalState::kPending);  // always terminal
    RC_ASSERT(d.approved() == ExpectApproved(m));
    const bool timely_answer =
        behaviour != Behaviour::kSilent && TimingOf(m.options, delay) == Timing::kInTime;
    if (!timely_answer) {
      // Nobody answered in time: expired (or a malformed answer that came at the edge).
      if (behaviour == Behaviour::kSilent || TimingOf(m.options, delay) == Timing::kLate) {
        RC_ASSERT(d.state == ApprovalState::kExpired);
      }
      RC_ASSERT(waited >= m.options.timeout_ms);
    }
    if (behaviour == Behaviour::kReject && timely_answer) {
      RC_ASSERT(d.state == ApprovalState::kRejected);
    }
    // The wait is bounded by the timeout (plus at most one poll interval).
    RC_ASSERT(waited <= m.options.timeout_ms + std::max<int64_t>(1, m.options.poll_interval_ms));
    sut.ids.push_back(d.request_id);
  }
  void show(std::ostream& os) const override {
    os << "Request(c" << customer << ", " << BehaviourName(behaviour) << " after " << delay
       << "ms)";
  }
};

struct Consume : Command {
  explicit Consume(const ApprovalModel& m)
      : index(m.requests.empty() ? 0 : *rc::gen::inRange<size_t>(0, m.requests.size())),
        variant(*rc::gen::inRange(0, 4)),
        other_tool(*rc::gen::weightedElement<bool>({{5, false}, {1, true}})) {}
  size_t index;
  int variant;
  bool other_tool;

  bool SameCall() const { return !other_tool && (variant == 0 || variant == 1); }
  void checkPreconditions(const ApprovalModel& m) const override {
    RC_PRE(index < m.requests.size());
  }
  void apply(ApprovalModel& m) const override {
    RequestModel& r = m.requests[index];
    if (r.approved && !r.used && !r.cancelled && SameCall()) r.used = true;
  }
  void run(const ApprovalModel& m, ApprovalSut& sut) const override {
    const RequestModel& r = m.requests[index];
    const bool expect = r.approved && !r.used && !r.cancelled && SameCall();
    const bool used = sut.gate.Consume(sut.ids[index], other_tool ? "delete_customer" : "refund",
                                       ArgsVariant(r.customer, variant));
    RC_ASSERT(used == expect);
  }
  void show(std::ostream& os) const override {
    os << "Consume(#" << index << ", variant " << variant << (other_tool ? ", other tool" : "")
       << ")";
  }
};

struct Cancel : Command {
  explicit Cancel(const ApprovalModel& m)
      : index(m.requests.empty() ? 0 : *rc::gen::inRange<size_t>(0, m.requests.size())) {}
  size_t index;
  void checkPreconditions(const ApprovalModel& m) const override {
    RC_PRE(index < m.requests.size());
  }
  void apply(ApprovalModel& m) const override { m.requests[index].cancelled = true; }
  void run(const ApprovalModel&, ApprovalSut& sut) const override {
    sut.gate.Cancel(sut.ids[index]);
  }
  void show(std::ostream& os) const override { os << "Cancel(#" << index << ")"; }
};

RC_GTEST_PROP(ApprovalProperty, BoundToExactCallUsedOnceTimeoutNeverApproves, ()) {
  ApprovalModel model;
  model.options.timeout_ms = *rc::gen::inRange<int64_t>(0, 3000).as("timeout_ms");
  model.options.poll_interval_ms = *rc::gen::inRange<int64_t>(1, 400).as("poll_interval_ms");
  ApprovalSut sut(model.options);
  rc::state::check(model, sut,
                   rc::state::gen::execOneOfWithArgs<Request, Request, Consume, Consume, Cancel>());
}

RC_GTEST_PROP(ApprovalProperty, BindingIgnoresKeyOrderAndSeparatesCalls, ()) {
  const int customer = *rc::gen::inRange(0, 5);
  const std::string a = ApprovalBinding("refund", ArgsVariant(customer, 0));
  RC_ASSERT(a == ApprovalBinding("refund", ArgsVariant(customer, 1)));
  RC_ASSERT(a != ApprovalBinding("refund", ArgsVariant(customer, 2)));
  RC_ASSERT(a != ApprovalBinding("refund", ArgsVariant(customer, 3)));
  RC_ASSERT(a != ApprovalBinding("refunds", ArgsVariant(customer, 0)));
  RC_ASSERT(a != ApprovalBinding("refund", ArgsVariant(customer + 1, 0)));
  // Tool and arguments are separated: moving digits from the tool name into a numeric
  // argument (or back) changes the binding.
  const int n = *rc::gen::inRange(10, 100000).as("number");
  const std::string digits = std::to_string(n);
  const size_t split = *rc::gen::inRange<size_t>(1, digits.size()).as("split");
  RC_ASSERT(
      ApprovalBinding("refund" + digits.substr(0, split), Json(std::stoi(digits.substr(split)))) !=
      ApprovalBinding("refund", Json(n)));
}

}  // namespace
}  // namespace blastradius
