#include "fakes/approvers.h"

#include <gtest/gtest.h>

#include "fakes/sim_env.h"

namespace blastradius::fakes {
namespace {

ApprovalRequest Request(const std::string& tool, const std::string& id) {
  ApprovalRequest r;
  r.request_id = id;
  r.tool = tool;
  r.args = {{"amount", 5}};
  r.binding = "binding-" + id;
  return r;
}

ApproverSpec Spec(const std::string& kind, std::vector<std::string> tools = {}, int64_t ms = 0) {
  ApproverSpec spec;
  spec.kind = kind;
  spec.tools = std::move(tools);
  spec.ms = ms;
  return spec;
}

std::optional<std::string> Decide(Approver& a, const ApprovalRequest& owned) {
  const ApprovalRequestView r(owned);
  a.Submit(r);
  auto answer = a.Poll(r);
  if (!answer) return std::nullopt;
  EXPECT_EQ(answer->request_id, owned.request_id);
  EXPECT_EQ(answer->binding, owned.binding);
  return answer->decision;
}

TEST(ApproversTest, EachKindAnswersAsDocumented) {
  SimEnv env(1);
  auto r = Request("refund", "q1");
  EXPECT_EQ(Decide(*MakeApprover(Spec("approve_all"), &env), r), "approve");
  EXPECT_EQ(Decide(*MakeApprover(Spec("reject_all"), &env), r), "reject");
  EXPECT_EQ(Decide(*MakeApprover(Spec("silent"), &env), r), std::nullopt);
  auto only = MakeApprover(Spec("approve_only", {"refund"}), &env);
  EXPECT_EQ(Decide(*only, r), "approve");
  EXPECT_EQ(Decide(*only, Request("delete", "q2")), "reject");
}

TEST(ApproversTest, AfterMsAnswersOnlyOnceSimulatedTimeHasPassed) {
  SimEnv env(1);
  auto a = MakeApprover(Spec("after_ms", {}, 1000), &env);
  const ApprovalRequest owned = Request("refund", "q1");
  const ApprovalRequestView r(owned);
  a->Submit(r);
  EXPECT_FALSE(a->Poll(r).has_value());
  env.SleepForMillis(999);
  EXPECT_FALSE(a->Poll(r).has_value());
  env.SleepForMillis(1);
  ASSERT_TRUE(a->Poll(r).has_value());
}

TEST(ApproversTest, RecordingApproverRemembersExactlyTheApprovedCalls) {
  SimEnv env(1);
  RecordingApprover rec(MakeApprover(Spec("approve_only", {"refund"}), &env));
  Decide(rec, Request("refund", "q1"));
  Decide(rec, Request("delete", "q2"));
  EXPECT_FALSE(rec.ClaimApproval("refund", {{"amount", 6}}, "run/1"));
  EXPECT_FALSE(rec.ClaimApproval("delete", {{"amount", 5}}, "run/1"));
  EXPECT_TRUE(rec.ClaimApproval("refund", {{"amount", 5}}, "run/1"));
  EXPECT_EQ(rec.requests(), 2);
}

// Issue 12: one "approve" answer marked every later call with the same arguments as approved,
// although an approval is single-use.
TEST(ApproversTest, AnApprovalAuthorisesOneCallOnly) {
  SimEnv env(1);
  RecordingApprover rec(MakeApprover(Spec("approve_all"), &env));
  Decide(rec, Request("refund", "q1"));
  rec.Withdraw(ApprovalRequestView(Request("refund", "q1")), ApprovalState::kApproved);
  EXPECT_TRUE(rec.ClaimApproval("refund", {{"amount", 5}}, "run/1"));
  EXPECT_TRUE(rec.ClaimApproval("refund", {{"amount", 5}}, "run/1")) << "a retry of the same call";
  EXPECT_FALSE(rec.ClaimApproval("refund", {{"amount", 5}}, "run/2")) << "a second call";
  Decide(rec, Request("refund", "q2"));
  EXPECT_TRUE(rec.ClaimApproval("refund", {{"amount", 5}}, "run/2"));
  const std::vector<Json> h = rec.history();
  ASSERT_EQ(h.size(), 5u);
  EXPECT_EQ(h[0]["args"], (Json{{"amount", 5}}));
  EXPECT_EQ(h[2]["event"], "withdraw");
}

}  // namespace
}  // namespace blastradius::fakes
