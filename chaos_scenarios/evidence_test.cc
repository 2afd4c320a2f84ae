// Facts come from ground truth and count only when the scenario checked them.
#include "chaos_scenarios/evidence.h"

#include <gtest/gtest.h>

namespace blastradius::chaos {
namespace {

class EvidenceTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto m = Manifest::Parse(R"({"tools": [
      {"name": "read", "tier": 0, "description": "r"},
      {"name": "pay", "tier": 3, "external": true, "description": "p"}]})",
                             "t");
    ASSERT_TRUE(m.ok()) << m.status().ToString();
    s_.manifest = *m;
    h_.run_id = "r";
  }

  // The agent called `tool` and was refused; nothing reached a tool.
  void RefusedCall(const std::string& tool) {
    fakes::AgentCall c;
    c.index = static_cast<int>(h_.agent_calls.size()) + 1;
    c.tool = tool;
    c.args = {{"amount", 5}};
    c.call_id = "r/" + std::to_string(c.index);
    c.status = "permission_denied";
    h_.agent_calls.push_back(c);
    h_.agent_outputs.push_back("");
    h_.order.push_back({'c', h_.agent_calls.size() - 1});
  }

  void Human(const std::string& event, const std::string& decision = "") {
    Json e = {{"event", event}, {"tool", "pay"}, {"args", {{"amount", 5}}}};
    if (!decision.empty()) e["decision"] = decision;
    h_.approvals.push_back(e);
  }

  bool Shows(Fact f) { return ObserveFacts(h_, s_)[static_cast<size_t>(f)]; }

  Scenario s_;
  RunHistory h_;
};

TEST_F(EvidenceTest, AHeldTier3CallCountsOnlyWhenCheckedAndNoHumanApprovedIt) {
  RefusedCall("pay");
  EXPECT_FALSE(Shows(Fact::kTier3HeldWithoutApproval)) << "not checked by the scenario";
  s_.expect_invariants = {"no_unapproved_side_effects"};
  EXPECT_TRUE(Shows(Fact::kTier3HeldWithoutApproval));
  Human("submit");
  Human("answer", "approve");
  EXPECT_FALSE(Shows(Fact::kTier3HeldWithoutApproval)) << "the human approved that call";
}

TEST_F(EvidenceTest, AnExpiredApprovalNeedsTheHumansSilenceTheAlertAndNoEffect) {
  RefusedCall("pay");
  s_.expect_alerts = {"approval_timeout"};
  h_.alerts.push_back({{"kind", "approval_timeout"}, {"tool", "pay"}});
  EXPECT_FALSE(Shows(Fact::kApprovalExpired)) << "no request ever reached the human";
  Human("submit");
  EXPECT_TRUE(Shows(Fact::kApprovalExpired));
  fakes::WireRecord w;  // ... but the call reached the tool anyway
  w.tool = "pay";
  w.call_id = "r/1";
  w.outcome = "ok";
  h_.wire.push_back(w);
  EXPECT_FALSE(Shows(Fact::kApprovalExpired));
}

TEST_F(EvidenceTest, AnUnknownToolDeniedNeedsNothingOnTheWire) {
  RefusedCall("drop_tables");
  s_.expect_outcome = "blocked";
  EXPECT_TRUE(Shows(Fact::kUnknownToolDenied));
  fakes::WireRecord w;
  w.tool = "drop_tables";
  w.call_id = "r/1";
  h_.wire.push_back(w);
  EXPECT_FALSE(Shows(Fact::kUnknownToolDenied));
}

TEST(EvidenceTableTest, EveryChecklistItemHasARuleAndEveryFactAText) {
  ASSERT_EQ(EvidenceTable().size(), ChecklistIds().size());
  for (size_t i = 0; i < ChecklistIds().size(); ++i) {
    EXPECT_EQ(EvidenceTable()[i].id, ChecklistIds()[i]);
    EXPECT_FALSE(EvidenceTable()[i].summary.empty());
  }
  for (size_t f = 0; f < kFactCount; ++f) EXPECT_FALSE(FactText(static_cast<Fact>(f)).empty());
  for (const std::string& mode : FailureModes()) EXPECT_FALSE(ModeFacts(mode).empty()) << mode;
}

}  // namespace
}  // namespace blastradius::chaos
