// Tests for human approval: the binding, confirmation-like keys, and ApprovalGate against fake
// approvers on a manual clock (SleepForMillis advances it, nothing ever sleeps): answers in
// time, silence until the deadline, late, malformed and mismatched answers, single use,
// binding to exact arguments, and cancellation.
#include "blastradius/approval.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <atomic>
#include <functional>
#include <limits>
#include <set>
#include <thread>
#include <vector>

namespace blastradius {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::UnorderedElementsAre;

// A clock that only moves when someone sleeps on it.
class ManualEnv : public Env {
 public:
  explicit ManualEnv(int64_t now) : now_(now) {}
  int64_t NowMillis() override { return now_; }
  int64_t EpochMillis() override { return now_; }
  void SleepForMillis(int64_t ms) override {
    sleeps_.push_back(ms);
    now_ += ms;
  }
  uint64_t Random64() override { return 4; }
  StatusOr<std::unique_ptr<WritableFile>> NewAppendableFile(const std::string&) override {
    return Status::Internal("no files in this test");
  }
  StatusOr<std::string> ReadFileToString(const std::string&) override {
    return Status::Internal("no files in this test");
  }
  bool FileExists(const std::string&) override { return false; }
  Status RemoveFile(const std::string&) override { return Status::Internal("no files"); }

  const std::vector<int64_t>& sleeps() const { return sleeps_; }

 private:
  std::atomic<int64_t> now_;
  std::vector<int64_t> sleeps_;
};

// An approver that answers `delay_ms` after Submit (never if nullopt). `tamper` may spoil the
// answer before it is returned, to play a confused or malicious approver.
class FakeApprover : public Approver {
 public:
  FakeApprover(Env* env, std::optional<int64_t> delay_ms, std::string decision = "approve")
      : env_(env), delay_ms_(delay_ms), decision_(std::move(decision)) {}

  void Submit(const ApprovalRequestView& request) override {
    submitted.push_back(request.ToRequest());
    submitted_at_ = env_->NowMillis();
  }
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override {
    poll_times.push_back(env_->NowMillis());
    if (on_poll) on_poll(request);
    if (!delay_ms_ || env_->NowMillis() < submitted_at_ + *delay_ms_) return std::nullopt;
    ApprovalAnswer answer{request.request_id(), request.binding(), decision_, "alice",
                          "looks fine"};
    if (tamper) tamper(answer, request);
    return answer;
  }
  void Withdraw(const ApprovalRequestView& request, ApprovalState state) override {
    withdrawn.emplace_back(request.request_id(), state);
  }

  std::function<void(ApprovalAnswer&, const ApprovalRequestView&)> tamper;
  std::function<void(const ApprovalRequestView&)> on_poll;
  std::vector<ApprovalRequest> submitted;
  std::vector<int64_t> poll_times;
  std::vector<std::pair<std::string, ApprovalState>> withdrawn;

 private:
  Env* env_;
  std::optional<int64_t> delay_ms_;
  std::string decision_;
  int64_t submitted_at_ = 0;
};

constexpr int64_t kStart = 10'000;

ApprovalOptions Options(int64_t timeout_ms, int64_t poll_ms) {
  ApprovalOptions options;
  options.timeout_ms = timeout_ms;
  options.poll_interval_ms = poll_ms;
  return options;
}

ToolSpec EmailTool() {
  ToolSpec spec;
  spec.name = "send_email";
  spec.tier = Tier::kIrreversible;
  return spec;
}

Json EmailArgs() { return Json::parse(R"({"to":"a@b.c","body":"hi"})"); }

TEST(ApprovalBindingTest, IsHexSha256OfToolNulCanonicalArgs) {
  // sha256(b"send_email\0" + b'{"body":"hi","to":"a@b.c"}'), computed outside this code base.
  EXPECT_EQ(ApprovalBinding("send_email", EmailArgs()),
            "2e3aabaab97ed69d3062857ca039e6ec9cbb499ee368de975cb4f31bdcbfe51a");
}

// The digest context is kept per thread and re-initialized for every binding: digests made one
// after another, of different lengths, each come out as if computed alone.
TEST(ApprovalBindingTest, ReusedDigestContextGivesEachBindingItsOwnHash) {
  for (int i = 0; i < 3; ++i) {
    // sha256(b"wire_money\0" + b'{"amount":100,"to":"acct-1"}'), computed with Python's hashlib.
    EXPECT_EQ(ApprovalBindingOfCanonical("wire_money", R"({"amount":100,"to":"acct-1"})"),
              "d9e54eede423cac207965096e3dfe7bd34dfd177e6b1fb00bb7f97df6e19029a");
    EXPECT_EQ(ApprovalBinding("send_email", EmailArgs()),
              "2e3aabaab97ed69d3062857ca039e6ec9cbb499ee368de975cb4f31bdcbfe51a");
    // sha256(b"\0"): the empty tool and empty canonical text still bind to the separator.
    EXPECT_EQ(ApprovalBindingOfCanonical("", ""),
              "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d");
  }
}

TEST(ApprovalBindingTest, KeyOrderDoesNotMatterValuesAndToolDo) {
  std::string binding = ApprovalBinding("send_email", EmailArgs());
  EXPECT_EQ(ApprovalBinding("send_email", Json::parse(R"({"body":"hi","to":"a@b.c"})")), binding);
  EXPECT_NE(ApprovalBinding("send_email", Json::parse(R"({"to":"a@b.d","body":"hi"})")), binding);
  EXPECT_NE(ApprovalBinding("send_sms", EmailArgs()), binding);
  // The NUL separator keeps tool and arguments apart: "x1"+"2" is not "x"+"12".
  EXPECT_NE(ApprovalBinding("x1", Json(2)), ApprovalBinding("x", Json(12)));
}

TEST(ApprovalStateNameTest, Names) {
  EXPECT_EQ(ApprovalStateName(ApprovalState::kPending), "pending");
  EXPECT_EQ(ApprovalStateName(ApprovalState::kApproved), "approved");
  EXPECT_EQ(ApprovalStateName(ApprovalState::kRejected), "rejected");
  EXPECT_EQ(ApprovalStateName(ApprovalState::kExpired), "expired");
  EXPECT_EQ(ApprovalStateName(ApprovalState::kCancelled), "cancelled");
}

TEST(ConfirmationLikeKeysTest, FindsSelfGrantedConfirmationsAtAnyDepth) {
  Json args = Json::parse(R"({
    "to": "a@b.c", "confirmed": true, "Require_Confirmation": false, "APPROVED": "yes",
    "authorized_by": "me", "user_consent": 1, "force": true, "skip_approval": true,
    "human_review_done": true, "override": 1, "information": "not a flag",
    "options": {"dry_run": false, "force_send": true},
    "items": [{"name": "x"}, {"pre-approved": true}]
  })");
  EXPECT_THAT(
      ConfirmationLikeKeys(args),
      UnorderedElementsAre("$.confirmed", "$.Require_Confirmation", "$.APPROVED", "$.authorized_by",
                           "$.user_consent", "$.force", "$.skip_approval", "$.human_review_done",
                           "$.override", "$.options.force_send", "$.items[1][\"pre-approved\"]"));
}

TEST(ConfirmationLikeKeysTest, NothingInOrdinaryArguments) {
  EXPECT_THAT(ConfirmationLikeKeys(EmailArgs()), IsEmpty());
  EXPECT_THAT(ConfirmationLikeKeys(Json("confirmed")), IsEmpty());
  EXPECT_THAT(ConfirmationLikeKeys(Json::array({Json::object({{"confirm", 1}})})),
              ElementsAre("$[0].confirm"));
}

TEST(ApprovalGateTest, NoApproverRejectsAtOnce) {
  ManualEnv env(kStart);
  ApprovalGate gate(&env, nullptr, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run-1", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kRejected);
  EXPECT_THAT(decision.reason, HasSubstr("no approver configured"));
  EXPECT_EQ(env.NowMillis(), kStart);
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, SubmitsARequestBoundToTheExactCall) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(5'000, 100));
  ApprovalDecision decision = gate.Request("run-7", EmailTool(), EmailArgs(), "tier 3");
  ASSERT_EQ(approver.submitted.size(), 1u);
  const ApprovalRequest& request = approver.submitted[0];
  EXPECT_EQ(request.request_id, decision.request_id);
  EXPECT_EQ(request.run_id, "run-7");
  EXPECT_EQ(request.tool, "send_email");
  EXPECT_EQ(request.args, EmailArgs());
  EXPECT_EQ(request.tier, 3);
  EXPECT_EQ(request.reason, "tier 3");
  EXPECT_EQ(request.binding, ApprovalBinding("send_email", EmailArgs()));
  EXPECT_EQ(request.requested_at_ms, kStart);
  EXPECT_EQ(request.expires_at_ms, kStart + 5'000);
}

// A second request carries exactly its own call: nothing of the previous request (other
// arguments of another shape, another run, tool, reason, binding, times) is left over.
TEST(ApprovalGateTest, EachRequestCarriesExactlyItsOwnCall) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0, "reject");
  ApprovalGate gate(&env, &approver, Options(5'000, 100));
  const Json first = Json::parse(R"({"to":"a@b.c","cc":["x","y"],"body":"a long body text"})");
  gate.Request("run-1", EmailTool(), first, "tier 3");
  ToolSpec wire;
  wire.name = "wire";
  wire.tier = Tier::kConsequential;
  const Json second = Json::parse(R"({"to":"b"})");
  env.SleepForMillis(7);
  ApprovalDecision d = gate.Request("r2", wire, second, "tainted", kStart + 100);
  ASSERT_EQ(approver.submitted.size(), 2u);
  const ApprovalRequest& request = approver.submitted[1];
  EXPECT_EQ(request.request_id, d.request_id);
  EXPECT_EQ(request.request_id, "apr-2");
  EXPECT_EQ(request.run_id, "r2");
  EXPECT_EQ(request.tool, "wire");
  EXPECT_EQ(request.args, second);
  EXPECT_EQ(request.tier, 2);
  EXPECT_EQ(request.reason, "tainted");
  EXPECT_EQ(request.binding, ApprovalBinding("wire", second));
  EXPECT_EQ(request.requested_at_ms, kStart + 7);
  EXPECT_EQ(request.expires_at_ms, kStart + 100);
  EXPECT_EQ(d.state, ApprovalState::kRejected);
}

// Answers once, as scripted, without asking for the binding unless told to; remembers whether
// the view it was handed had its binding computed when the gate withdrew it.
class OneAnswerApprover : public Approver {
 public:
  OneAnswerApprover(std::string decision, bool echo_binding)
      : decision_(std::move(decision)), echo_binding_(echo_binding) {}
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override {
    return ApprovalAnswer{request.request_id(), echo_binding_ ? request.binding() : "", decision_,
                          "alice", "no"};
  }
  void Withdraw(const ApprovalRequestView& request, ApprovalState) override {
    hashed_at_withdraw = request.binding_computed();
  }
  bool hashed_at_withdraw = true;

 private:
  std::string decision_;
  bool echo_binding_;
};

// The approver receives a view of the call: a rejection that does not ask for the binding is
// decided without hashing the arguments, and reads exactly like a bound rejection.
TEST(ApprovalGateTest, RejectionWithoutBindingHashesNothingAndReadsLikeABoundOne) {
  ManualEnv env(kStart);
  OneAnswerApprover unbound("reject", /*echo_binding=*/false);
  OneAnswerApprover bound("reject", /*echo_binding=*/true);
  ApprovalGate unbound_gate(&env, &unbound, Options(1'000, 100));
  ApprovalGate bound_gate(&env, &bound, Options(1'000, 100));
  const Json args = EmailArgs();
  ApprovalRequestView view("run", "send_email", 3, args, "tier 3");
  ApprovalDecision d = unbound_gate.Request(view);
  EXPECT_FALSE(view.binding_computed());
  EXPECT_FALSE(unbound.hashed_at_withdraw);
  ApprovalDecision b = bound_gate.Request("run", EmailTool(), args, "tier 3");
  EXPECT_TRUE(bound.hashed_at_withdraw);
  EXPECT_EQ(d.state, ApprovalState::kRejected);
  EXPECT_EQ(d.reason, "rejected by alice: no");
  EXPECT_EQ(d.reason, b.reason);
  EXPECT_EQ(d.approver, b.approver);
  EXPECT_FALSE(unbound_gate.Consume(d.request_id, "send_email", args));
}

// Only a rejection may leave the binding out: an approval without one fails closed, and a
// rejection that gives a wrong one is still reported as malformed.
TEST(ApprovalGateTest, ApprovalWithoutBindingFailsClosed) {
  ManualEnv env(kStart);
  OneAnswerApprover approver("approve", /*echo_binding=*/false);
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision d = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(d.state, ApprovalState::kRejected);
  EXPECT_EQ(d.reason, "malformed approver answer: answer bound to other arguments");
  EXPECT_FALSE(gate.Consume(d.request_id, "send_email", EmailArgs()));

  FakeApprover wrong(&env, 0, "reject");
  wrong.tamper = [](ApprovalAnswer& answer, const ApprovalRequestView&) {
    answer.binding = std::string(64, '0');
  };
  ApprovalGate wrong_gate(&env, &wrong, Options(1'000, 100));
  EXPECT_EQ(wrong_gate.Request("run", EmailTool(), EmailArgs(), "tier 3").reason,
            "malformed approver answer: answer bound to other arguments");
}

// An approved call is consumed through the view it was asked with: the binding the gate kept
// for the approval is the view's own, and the same view cannot use it twice.
TEST(ApprovalGateTest, ApprovedViewIsConsumedOnceWithItsOwnBinding) {
  ManualEnv env(kStart);
  OneAnswerApprover approver("approve", /*echo_binding=*/true);
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  const Json args = EmailArgs();
  const std::string canonical = CanonicalJson(args);
  ApprovalRequestView view("run", "send_email", 3, args, "tier 3", canonical);
  ApprovalDecision d = gate.Request(view);
  ASSERT_TRUE(d.approved());
  EXPECT_EQ(view.binding(), ApprovalBinding("send_email", args));
  const Json other = Json::parse(R"({"to":"evil@x.y","body":"hi"})");
  ApprovalRequestView other_view("run", "send_email", 3, other, "tier 3");
  EXPECT_FALSE(gate.Consume(d.request_id, other_view));
  EXPECT_TRUE(gate.Consume(d.request_id, view));
  EXPECT_FALSE(gate.Consume(d.request_id, view));
}

TEST(ApprovalGateTest, RequestIdsAreUnique) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(5'000, 100));
  std::set<std::string> ids;
  for (int i = 0; i < 20; ++i) {
    ids.insert(gate.Request("run", EmailTool(), EmailArgs(), "tier 3").request_id);
  }
  EXPECT_EQ(ids.size(), 20u);
}

TEST(ApprovalGateTest, ApprovalAfterDelayIsSeenAtTheNextPoll) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 1'000);
  ApprovalGate gate(&env, &approver, Options(300'000, 250));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kApproved);
  EXPECT_TRUE(decision.approved());
  EXPECT_EQ(decision.approver, "alice");
  EXPECT_EQ(env.NowMillis(), kStart + 1'000);
  EXPECT_THAT(approver.poll_times,
              ElementsAre(kStart, kStart + 250, kStart + 500, kStart + 750, kStart + 1'000));
  EXPECT_THAT(approver.withdrawn,
              ElementsAre(std::make_pair(decision.request_id, ApprovalState::kApproved)));
}

TEST(ApprovalGateTest, SilentApproverExpiresExactlyAtTimeout) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, std::nullopt);
  ApprovalGate gate(&env, &approver, Options(1'000, 300));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kExpired);
  EXPECT_FALSE(decision.approved());
  EXPECT_THAT(decision.reason, HasSubstr("no answer within 1000 ms"));
  EXPECT_EQ(env.NowMillis(), kStart + 1'000);
  EXPECT_THAT(env.sleeps(), ElementsAre(300, 300, 300, 100));  // never past the deadline
  EXPECT_EQ(approver.poll_times.back(), kStart + 1'000);
  EXPECT_THAT(approver.withdrawn,
              ElementsAre(std::make_pair(decision.request_id, ApprovalState::kExpired)));
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

// Issue 11 row 9: requested_at + timeout_ms overflowed (UBSan at approval.cc), so a request
// near the end of the clock expired at once. The deadline saturates instead.
TEST(ApprovalGateTest, LargestTimeoutNearTheEndOfTheClockStillWaitsForTheAnswer) {
  ManualEnv env(std::numeric_limits<int64_t>::max() - 10'000);
  FakeApprover approver(&env, /*delay_ms=*/1'000);
  ApprovalGate gate(&env, &approver, Options(kMaxPolicyDurationMs, 300));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kApproved) << decision.reason;
  ASSERT_EQ(approver.submitted.size(), 1u);
  EXPECT_EQ(approver.submitted[0].expires_at_ms, std::numeric_limits<int64_t>::max());
}

TEST(ApprovalGateTest, WaitEndsAtTheCallersLimitWhenItComesFirst) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, std::nullopt);
  ApprovalGate gate(&env, &approver, Options(1'000'000, 300));
  ApprovalDecision decision =
      gate.Request("run", EmailTool(), EmailArgs(), "tier 3", /*not_after_ms=*/kStart + 1'000);
  EXPECT_EQ(decision.state, ApprovalState::kExpired);
  EXPECT_EQ(env.NowMillis(), kStart + 1'000);
  EXPECT_THAT(decision.reason, HasSubstr("no answer within 1000 ms"));
  ASSERT_EQ(approver.submitted.size(), 1u);
  EXPECT_EQ(approver.submitted[0].expires_at_ms, kStart + 1'000);
}

TEST(ApprovalGateTest, DefaultTimeoutExpires) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, std::nullopt);
  ApprovalGate gate(&env, &approver, ApprovalOptions{});
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kExpired);
  EXPECT_THAT(decision.reason, HasSubstr("no answer within 300000 ms"));
  EXPECT_EQ(env.NowMillis(), kStart + 300'000);
}

TEST(ApprovalGateTest, AnswerAtTheDeadlineCountsOneAfterDoesNot) {
  {
    ManualEnv env(kStart);
    FakeApprover approver(&env, 1'000);
    ApprovalGate gate(&env, &approver, Options(1'000, 300));
    EXPECT_EQ(gate.Request("run", EmailTool(), EmailArgs(), "t").state, ApprovalState::kApproved);
  }
  ManualEnv env(kStart);
  FakeApprover approver(&env, 1'001);
  ApprovalGate gate(&env, &approver, Options(1'000, 300));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "t");
  EXPECT_EQ(decision.state, ApprovalState::kExpired);
  // The late answer is never looked at again: it cannot approve the expired request.
  env.SleepForMillis(5'000);
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, RejectionIsRejected) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 10, "reject");
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kRejected);
  EXPECT_THAT(decision.reason, HasSubstr("rejected by alice"));
  EXPECT_THAT(decision.reason, ::testing::Not(HasSubstr("malformed")));
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, UnknownDecisionFailsClosed) {
  for (const char* word : {"yes", "Approve", "approved", ""}) {
    SCOPED_TRACE(word);
    ManualEnv env(kStart);
    FakeApprover approver(&env, 0, word);
    ApprovalGate gate(&env, &approver, Options(1'000, 100));
    ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
    EXPECT_EQ(decision.state, ApprovalState::kRejected);
    EXPECT_THAT(decision.reason, HasSubstr("malformed approver answer"));
    EXPECT_THAT(decision.reason, HasSubstr("\"" + std::string(word) + "\""));
    EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
  }
}

TEST(ApprovalGateTest, WrongBindingFailsClosed) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  approver.tamper = [](ApprovalAnswer& answer, const ApprovalRequestView&) {
    answer.binding = std::string(64, '0');
  };
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kRejected);
  EXPECT_THAT(decision.reason, HasSubstr("malformed approver answer"));
  EXPECT_THAT(decision.reason, HasSubstr("bound to other arguments"));
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, ApprovingDifferentArgumentsDoesNotApproveThese) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  approver.tamper = [](ApprovalAnswer& answer, const ApprovalRequestView& request) {
    answer.binding = ApprovalBinding(request.tool(), Json::parse(R"({"to":"x@y.z","body":"hi"})"));
  };
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kRejected);
  EXPECT_THAT(decision.reason, HasSubstr("bound to other arguments"));
}

TEST(ApprovalGateTest, WrongRequestIdFailsClosed) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  approver.tamper = [](ApprovalAnswer& answer, const ApprovalRequestView&) {
    answer.request_id = "apr-999";
  };
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kRejected);
  EXPECT_THAT(decision.reason, HasSubstr("malformed approver answer: request_id \"apr-999\""));
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
  EXPECT_FALSE(gate.Consume("apr-999", "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, ApprovalIsSingleUse) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  ASSERT_TRUE(decision.approved());
  EXPECT_TRUE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, ApprovalIsBoundToExactArguments) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  ASSERT_TRUE(decision.approved());
  const std::string& id = decision.request_id;
  EXPECT_FALSE(gate.Consume(id, "send_email", Json::parse(R"({"to":"evil@x.y","body":"hi"})")));
  EXPECT_FALSE(gate.Consume(id, "send_email",
                            Json::parse(R"({"to":"a@b.c","body":"hi","confirmed":true})")));
  EXPECT_FALSE(gate.Consume(id, "delete_account", EmailArgs()));
  EXPECT_FALSE(gate.Consume("apr-unknown", "send_email", EmailArgs()));
  // A mismatch does not burn the approval; the approved call, keys in any order, still may.
  EXPECT_TRUE(gate.Consume(id, "send_email", Json::parse(R"({"body":"hi","to":"a@b.c"})")));
  EXPECT_FALSE(gate.Consume(id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, CancelForgetsAnApprovalAndIsIdempotent) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  ApprovalDecision first = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  ApprovalDecision second = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  ASSERT_TRUE(first.approved() && second.approved());
  gate.Cancel(first.request_id);
  gate.Cancel(first.request_id);
  gate.Cancel("apr-never-existed");
  EXPECT_FALSE(gate.Consume(first.request_id, "send_email", EmailArgs()));
  // Other approvals are untouched.
  EXPECT_TRUE(gate.Consume(second.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, CancelWhilePendingStopsTheWait) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, std::nullopt);
  ApprovalGate gate(&env, &approver, Options(10'000, 100));
  // Another thread (here: the approver's poll) cancels the pending request at t+300.
  approver.on_poll = [&](const ApprovalRequestView& request) {
    if (env.NowMillis() == kStart + 300) gate.Cancel(request.request_id());
  };
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kCancelled);
  EXPECT_LE(env.NowMillis(), kStart + 400);
  EXPECT_THAT(approver.withdrawn,
              ElementsAre(std::make_pair(decision.request_id, ApprovalState::kCancelled)));
}

TEST(ApprovalGateTest, ApprovalArrivingAfterCancelIsNotUsable) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(10'000, 100));
  approver.on_poll = [&](const ApprovalRequestView& request) { gate.Cancel(request.request_id()); };
  ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
  EXPECT_EQ(decision.state, ApprovalState::kCancelled);
  EXPECT_FALSE(gate.Consume(decision.request_id, "send_email", EmailArgs()));
}

TEST(ApprovalGateTest, ConcurrentConsumersUseAnApprovalOnce) {
  ManualEnv env(kStart);
  FakeApprover approver(&env, 0);
  ApprovalGate gate(&env, &approver, Options(1'000, 100));
  for (int round = 0; round < 50; ++round) {
    ApprovalDecision decision = gate.Request("run", EmailTool(), EmailArgs(), "tier 3");
    ASSERT_TRUE(decision.approved());
    std::atomic<int> uses{0};
    std::vector<std::thread> threads;
    for (int t = 0; t < 6; ++t) {
      threads.emplace_back([&] {
        if (gate.Consume(decision.request_id, "send_email", EmailArgs())) ++uses;
      });
    }
    for (auto& thread : threads) thread.join();
    ASSERT_EQ(uses.load(), 1) << "round " << round;
  }
}

}  // namespace
}  // namespace blastradius
