#include "mcp/approvers.h"

#include <gtest/gtest.h>

namespace blastradius::mcp {
namespace {

ApprovalRequest Owned() {
  ApprovalRequest r;
  r.request_id = "apr-1";
  r.run_id = "run";
  r.tool = "wipe";
  r.args = Json{{"all", true}};
  r.tier = 3;
  r.binding = ApprovalBinding(r.tool, r.args);
  r.reason = "tier 3 (irreversible) needs human approval";
  r.expires_at_ms = 1500;
  return r;
}

TEST(ApprovalRequestToJson, CarriesWhatAHumanNeedsToDecide) {
  Json j = ApprovalRequestToJson(ApprovalRequestView(Owned()), 1000);
  EXPECT_EQ(j["tool"], "wipe");
  EXPECT_EQ(j["arguments"], Json({{"all", true}}));
  EXPECT_EQ(j["binding"], Owned().binding);
  EXPECT_EQ(j["expires_in_ms"], 500);
  EXPECT_EQ(ApprovalRequestToJson(ApprovalRequestView(Owned()), 9000)["expires_in_ms"], 0);
}

TEST(ApprovalAnswerFromText, DefaultsToTheRequestAndKeepsWhatTheAnswerSays) {
  ApprovalAnswer a = ApprovalAnswerFromText(R"({"decision":"approve","approver":"ana"})",
                                            ApprovalRequestView(Owned()));
  EXPECT_EQ(a.decision, "approve");
  EXPECT_EQ(a.approver, "ana");
  EXPECT_EQ(a.request_id, "apr-1");
  EXPECT_EQ(a.binding, Owned().binding);
  ApprovalAnswer other = ApprovalAnswerFromText(R"({"decision":"approve","binding":"x"})",
                                                ApprovalRequestView(Owned()));
  EXPECT_EQ(other.binding, "x");  // the gate refuses it
  EXPECT_EQ(ApprovalAnswerFromText("yes", ApprovalRequestView(Owned())).decision, "malformed");
  EXPECT_EQ(ApprovalAnswerFromText("{}", ApprovalRequestView(Owned())).decision, "");
}

TEST(ElicitationApprover, OnlyAnExplicitAcceptWithApproveTrueApproves) {
  auto answer = [](const char* response) {
    return ElicitationApprover::AnswerFromResponse(Json::parse(response),
                                                   ApprovalRequestView(Owned()))
        .decision;
  };
  EXPECT_EQ(answer(R"({"result":{"action":"accept","content":{"approve":true}}})"), "approve");
  EXPECT_EQ(answer(R"({"result":{"action":"accept","content":{"approve":false}}})"), "reject");
  EXPECT_EQ(answer(R"({"result":{"action":"accept","content":{"approve":"true"}}})"), "reject");
  EXPECT_EQ(answer(R"({"result":{"action":"decline"}})"), "reject");
  EXPECT_EQ(answer(R"({"result":{"action":"cancel"}})"), "reject");
  EXPECT_EQ(answer(R"({"error":{"code":-1,"message":"no"}})"), "reject");
}

TEST(ElicitationApprover, ParamsNameTheToolArgumentsAndReason) {
  Json p = ElicitationApprover::ElicitationParams(ApprovalRequestView(Owned()));
  const std::string m = p["message"];
  EXPECT_NE(m.find("wipe"), std::string::npos);
  EXPECT_NE(m.find("{\"all\":true}"), std::string::npos);
  EXPECT_NE(m.find("needs human approval"), std::string::npos);
  EXPECT_EQ(p["requestedSchema"]["properties"]["approve"]["type"], "boolean");
}

}  // namespace
}  // namespace blastradius::mcp
