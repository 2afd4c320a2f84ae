#include "fakes/fake_tools.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "fakes/sim_env.h"

namespace blastradius::fakes {
namespace {

using ::testing::_;
using ::testing::Return;

Manifest TestManifest() {
  auto m = Manifest::Parse(R"({"tools": [
    {"name": "lookup", "tier": 0, "description": "read"},
    {"name": "create_draft", "tier": 1, "compensation": "delete_draft", "description": "w"},
    {"name": "delete_draft", "tier": 1, "description": "undo"},
    {"name": "send_email", "tier": 3, "external": true, "description": "send"}]})",
                           "test");
  EXPECT_TRUE(m.ok()) << m.status().ToString();
  return *m;
}

Invocation Inv(const std::string& tool, Json args, const std::string& call_id) {
  Invocation inv;
  inv.run_id = "r";
  inv.tool = tool;
  inv.args = std::move(args);
  inv.call_id = call_id;
  return inv;
}

class FixedProvenance : public ProvenanceSource {
 public:
  EffectContext ContextFor(const Invocation& inv) override {
    return {inv.tool == "send_email", inv.args.contains("evil")};
  }
};

TEST(FakeToolsTest, ReadsAreDeterministicAndDependOnArguments) {
  SimEnv env(1);
  FakeWorld world;
  Manifest m = TestManifest();
  auto box = FakeToolbox::FromManifest(m, &env, &world, nullptr);
  ToolResult a = box->Execute(Inv("lookup", {{"id", 1}}, "r/1"));
  ToolResult b = box->Execute(Inv("lookup", {{"id", 1}}, "r/2"));
  ToolResult c = box->Execute(Inv("lookup", {{"id", 2}}, "r/3"));
  EXPECT_EQ(a.outcome, Outcome::kOk);
  EXPECT_EQ(a.output, b.output);
  EXPECT_NE(a.output, c.output);
  EXPECT_TRUE(world.ledger().empty()) << "tier 0 has no side effect";
}

TEST(FakeToolsTest, WritersApplyEffectsWithProvenanceAndCompensationUndoesExactlyThatStep) {
  SimEnv env(1);
  FakeWorld world;
  FixedProvenance provenance;
  Manifest m = TestManifest();
  auto box = FakeToolbox::FromManifest(m, &env, &world, &provenance);
  ASSERT_EQ(box->Execute(Inv("create_draft", {{"text", "a"}}, "r/1")).outcome, Outcome::kOk);
  ASSERT_EQ(box->Execute(Inv("create_draft", {{"text", "b"}}, "r/2")).outcome, Outcome::kOk);
  ASSERT_EQ(box->Execute(Inv("send_email", {{"evil", 1}}, "r/3")).outcome, Outcome::kOk);
  std::vector<Effect> ledger = world.ledger();
  ASSERT_EQ(ledger.size(), 3u);
  EXPECT_EQ(ledger[2].category, "emails");
  EXPECT_TRUE(ledger[2].approved);
  EXPECT_TRUE(ledger[2].injected);
  EXPECT_FALSE(ledger[0].approved);

  Invocation undo = Inv("delete_draft", {{"text", "a"}}, "r/1~undo");
  undo.compensates = "r/1";
  ASSERT_EQ(box->Execute(undo).outcome, Outcome::kOk);
  ASSERT_EQ(box->Execute(undo).outcome, Outcome::kOk);  // idempotent
  std::vector<Effect> live = world.LiveEffects();
  ASSERT_EQ(live.size(), 2u);
  EXPECT_EQ(live[0].call_id, "r/2");
  EXPECT_EQ(world.Live("drafts").size(), 1u);
}

TEST(FakeToolsTest, LedgerSurvivesJsonRoundTrip) {
  FakeWorld world;
  world.Apply("r", "send_email", "r/1", 3, {{"to", "x"}}, {true, false}, 5);
  world.Undo("r/1", "unsend", "r/1~u", 9);
  auto copy = FakeWorld::FromJson(world.ToJson());
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ((*copy)->ToJson(), world.ToJson());
}

class MockTool : public FakeTool {
 public:
  MOCK_METHOD(ToolResult, Invoke,
              (const Invocation&, const EffectContext&, int64_t, FakeWorld*), (override));
};

TEST(FakeToolsTest, ATeamCanRegisterItsOwnFake) {
  SimEnv env(1);
  FakeWorld world;
  FakeToolbox box(&env, &world, nullptr);
  auto mock = std::make_unique<MockTool>();
  EXPECT_CALL(*mock, Invoke(_, _, env.NowMillis(), &world))
      .WillOnce(Return(ToolResult::Ok("custom")));
  box.Register("custom_tool", std::move(mock));
  EXPECT_EQ(box.Execute(Inv("custom_tool", {}, "r/1")).output, "custom");
  EXPECT_EQ(box.Execute(Inv("missing", {}, "r/2")).outcome, Outcome::kFailed);
}

}  // namespace
}  // namespace blastradius::fakes
