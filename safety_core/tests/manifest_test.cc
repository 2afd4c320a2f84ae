#include "blastradius/manifest.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <string>

namespace blastradius {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

constexpr char kOrigin[] = "tools.json";

StatusOr<Manifest> ParseManifest(const std::string& text) { return Manifest::Parse(text, kOrigin); }

// The error message of a manifest that must be rejected.
std::string ErrorOf(const std::string& text) {
  StatusOr<Manifest> m = ParseManifest(text);
  EXPECT_FALSE(m.ok()) << "accepted: " << text;
  if (m.ok()) return "";
  EXPECT_EQ(m.status().code(), StatusCode::kInvalidArgument);
  return m.status().message();
}

TEST(ManifestTest, LoadsSupportAgentExample) {
  StatusOr<Manifest> m =
      Manifest::Load(Env::Default(), BLASTRADIUS_SOURCE_DIR "/examples/support_agent/tools.json");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  ASSERT_EQ(m->tools().size(), 8u);

  const ToolSpec* search = m->Find("search_help_center");
  ASSERT_NE(search, nullptr);
  EXPECT_EQ(search->tier, Tier::kReadOnly);
  EXPECT_TRUE(search->external);
  EXPECT_EQ(search->description, "Search public help-center pages (untrusted web content)");

  const ToolSpec* update = m->Find("update_customer");
  ASSERT_NE(update, nullptr);
  EXPECT_EQ(update->tier, Tier::kConsequential);
  EXPECT_EQ(update->compensation, "restore_customer");
  EXPECT_FALSE(update->external);

  EXPECT_EQ(m->Find("issue_refund")->tier, Tier::kIrreversible);
  EXPECT_EQ(m->Find("drop_database"), nullptr);
  EXPECT_TRUE(m->IsCompensation("delete_draft"));
  EXPECT_TRUE(m->IsCompensation("restore_customer"));
  EXPECT_FALSE(m->IsCompensation("create_draft"));
  EXPECT_THAT(m->ToolsMissingCompensation(), IsEmpty());
}

TEST(ManifestTest, LoadOfMissingFileIsNotFound) {
  StatusOr<Manifest> m = Manifest::Load(Env::Default(), "/nonexistent/tools.json");
  ASSERT_FALSE(m.ok());
  EXPECT_EQ(m.status().code(), StatusCode::kNotFound);
}

TEST(ManifestTest, ExternalMustBeDeclaredFalseToBeTrusted) {
  StatusOr<Manifest> m = ParseManifest(
      R"({"tools": [{"name": "a", "tier": 0}, {"name": "b", "tier": 0, "external": false}]})");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_TRUE(m->Find("a")->external);
  EXPECT_FALSE(m->Find("b")->external);
}

TEST(ManifestTest, DefaultsApplyWhenKeysAbsent) {
  StatusOr<Manifest> m = ParseManifest(R"({"tools": [{"name": "t", "tier": 1}]})");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const ToolSpec& t = m->tools()[0];
  EXPECT_EQ(t.tier, Tier::kReversible);
  EXPECT_EQ(t.description, "");
  // Issue 11: a tool the manifest forgot to mark was trusted. Trust is declared, not assumed.
  EXPECT_TRUE(t.external);
  EXPECT_FALSE(t.compensation.has_value());
  EXPECT_EQ(t.cost_micros, 0);
  EXPECT_FALSE(t.idempotent);
}

TEST(ManifestTest, ReadsEveryKey) {
  StatusOr<Manifest> m = ParseManifest(R"({"$schema": "manifest.schema.json", "tools": [
      {"name": "pay", "tier": 3, "description": "d", "external": true, "compensation": "refund",
       "cost_usd": 0.25, "idempotent": true},
      {"name": "refund", "tier": 2, "compensation": null}]})");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const ToolSpec* pay = m->Find("pay");
  ASSERT_NE(pay, nullptr);
  EXPECT_EQ(pay->tier, Tier::kIrreversible);
  EXPECT_TRUE(pay->external);
  EXPECT_EQ(pay->compensation, "refund");
  EXPECT_EQ(pay->cost_micros, 250'000);
  EXPECT_TRUE(pay->idempotent);
  EXPECT_FALSE(m->Find("refund")->compensation.has_value());
}

TEST(ManifestTest, CostIsRoundedToNearestMicroDollarWithoutDrift) {
  struct Case {
    const char* usd;
    int64_t micros;
  };
  for (const Case& c :
       {Case{"0.3", 300'000}, Case{"0.30000000000000004", 300'000}, Case{"1.1", 1'100'000},
        Case{"0.000001", 1}, Case{"0.0000004", 0}, Case{"0.0000005", 1}, Case{"0.0000015", 2},
        Case{"2.675", 2'675'000}, Case{"123456.789012", 123'456'789'012}, Case{"1e-7", 0},
        Case{"4.35", 4'350'000}, Case{"0", 0}, Case{"-0.0", 0}, Case{"7", 7'000'000},
        Case{"1000000000", 1'000'000'000'000'000}}) {
    StatusOr<Manifest> m = ParseManifest(std::string(R"({"tools": [{"name": "t", "tier": 0,
        "cost_usd": )") + c.usd + "}]}");
    ASSERT_TRUE(m.ok()) << c.usd << ": " << m.status().ToString();
    EXPECT_EQ(m->tools()[0].cost_micros, c.micros) << c.usd;
  }
}

TEST(ManifestTest, SummedCostsDoNotDrift) {
  // Ten calls of $0.1 must cost exactly $1.00 in micro-dollars.
  StatusOr<Manifest> m = ParseManifest(R"({"tools": [{"name": "a", "tier": 0, "cost_usd": 0.1},
      {"name": "b", "tier": 0, "cost_usd": 0.2}]})");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  int64_t total = 0;
  for (int i = 0; i < 10; ++i) total += m->Find("a")->cost_micros;
  EXPECT_EQ(total, 1'000'000);
  EXPECT_EQ(m->Find("a")->cost_micros + m->Find("b")->cost_micros, 300'000);
}

TEST(ManifestTest, ToolWithoutTierSaysItHasNoRiskTier) {
  std::string e = ErrorOf(R"({"tools": [{"name": "a", "tier": 0}, {"name": "b", "tier": 1},
      {"name": "wipe", "description": "no tier here"}]})");
  EXPECT_THAT(e, AllOf(HasSubstr("tools.json: $.tools[2].tier"), HasSubstr("\"wipe\""),
                       HasSubstr("has no risk tier"), HasSubstr("tiers_classified"),
                       HasSubstr("expected an integer from 0 to 3")));
}

TEST(ManifestTest, TierOutOfRangeOrMistyped) {
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 4}]})"),
              AllOf(HasSubstr("tools.json: $.tools[0].tier"),
                    HasSubstr("expected an integer from 0 to 3"), HasSubstr("got integer 4")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": -1}]})"),
              AllOf(HasSubstr("$.tools[0].tier"), HasSubstr("from 0 to 3")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": "high"}]})"),
              AllOf(HasSubstr("$.tools[0].tier"), HasSubstr("got string \"high\"")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 1.5}]})"),
              AllOf(HasSubstr("$.tools[0].tier"), HasSubstr("an integer")));
}

TEST(ManifestTest, WrongTypesAreErrors) {
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": 7, "tier": 0}]})"),
              AllOf(HasSubstr("$.tools[0].name"), HasSubstr("expected a string")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "external": "yes"}]})"),
              AllOf(HasSubstr("$.tools[0].external"), HasSubstr("expected true or false")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "idempotent": 1}]})"),
              AllOf(HasSubstr("$.tools[0].idempotent"), HasSubstr("expected true or false")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "description": ["x"]}]})"),
              AllOf(HasSubstr("$.tools[0].description"), HasSubstr("expected a string")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "compensation": 3}]})"),
              AllOf(HasSubstr("$.tools[0].compensation"), HasSubstr("or null")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "cost_usd": "1"}]})"),
              AllOf(HasSubstr("$.tools[0].cost_usd"), HasSubstr("a number of US dollars")));
  EXPECT_THAT(ErrorOf(R"({"tools": ["a"]})"),
              AllOf(HasSubstr("$.tools[0]"), HasSubstr("expected an object")));
}

TEST(ManifestTest, ToolsMissingOrNotAnArray) {
  EXPECT_THAT(ErrorOf(R"({})"),
              AllOf(HasSubstr("tools.json: $.tools"), HasSubstr("expected an array of tools"),
                    HasSubstr("missing")));
  EXPECT_THAT(ErrorOf(R"({"tools": {"name": "a"}})"),
              AllOf(HasSubstr("$.tools"), HasSubstr("expected an array of tools"),
                    HasSubstr("got object")));
  EXPECT_THAT(ErrorOf(R"([])"), AllOf(HasSubstr("tools.json: $"), HasSubstr("an object")));
}

TEST(ManifestTest, UnknownKeysAnywhereAreErrors) {
  EXPECT_THAT(
      ErrorOf(R"({"tools": [], "version": 2})"),
      AllOf(HasSubstr("tools.json: $.version"), HasSubstr("unknown key"), HasSubstr("tools")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "teir": 1}]})"),
              AllOf(HasSubstr("$.tools[0].teir"), HasSubstr("unknown key"),
                    HasSubstr("allowed here:"), HasSubstr("cost_usd"), HasSubstr("idempotent")));
}

TEST(ManifestTest, EmptyAndDuplicateNames) {
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "", "tier": 0}]})"),
              AllOf(HasSubstr("$.tools[0].name"), HasSubstr("expected a non-empty tool name")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"tier": 0}]})"),
              AllOf(HasSubstr("$.tools[0].name"), HasSubstr("missing")));
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0}, {"name": "b", "tier": 0},
                                    {"name": "a", "tier": 1}]})"),
              AllOf(HasSubstr("$.tools[2].name"), HasSubstr("expected a unique tool name"),
                    HasSubstr("first defined at $.tools[0]")));
}

TEST(ManifestTest, CompensationMustNameAToolInTheManifest) {
  EXPECT_THAT(
      ErrorOf(R"({"tools": [{"name": "a", "tier": 1, "compensation": "undo_a"}]})"),
      AllOf(HasSubstr("tools.json: $.tools[0].compensation"),
            HasSubstr("expected the name of a tool in this manifest"), HasSubstr("\"undo_a\"")));
}

TEST(ManifestTest, NegativeCostIsAnError) {
  EXPECT_THAT(ErrorOf(R"({"tools": [{"name": "a", "tier": 0, "cost_usd": -0.01}]})"),
              AllOf(HasSubstr("tools.json: $.tools[0].cost_usd"), HasSubstr("from 0 to 1000000000"),
                    HasSubstr("got number -0.01")));
}

TEST(ManifestTest, ReportsEveryErrorAtOnce) {
  std::string e = ErrorOf(R"({"tools": [
      {"name": "a"},
      {"name": "b", "tier": 9},
      {"name": "a", "tier": 0, "cost_usd": -1},
      {"name": "c", "tier": 1, "compensation": "ghost", "colour": "red"}], "extra": true})");
  EXPECT_THAT(e, HasSubstr("$.tools[0].tier"));
  EXPECT_THAT(e, HasSubstr("$.tools[1].tier"));
  EXPECT_THAT(e, HasSubstr("$.tools[2].name"));
  EXPECT_THAT(e, HasSubstr("$.tools[2].cost_usd"));
  EXPECT_THAT(e, HasSubstr("$.tools[3].compensation"));
  EXPECT_THAT(e, HasSubstr("$.tools[3].colour"));
  EXPECT_THAT(e, HasSubstr("$.extra"));
  // One line per error, each naming the file.
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), 6);
  for (size_t pos = 0; pos != std::string::npos;) {
    EXPECT_EQ(e.compare(pos, 12, "tools.json: "), 0) << e.substr(pos);
    pos = e.find('\n', pos);
    if (pos != std::string::npos) ++pos;
  }
}

TEST(ManifestTest, SyntaxErrorNamesFileLineAndColumn) {
  EXPECT_THAT(ErrorOf("{\"tools\": [\n  {\"name\": \"a\",, \"tier\": 0}]}"),
              AllOf(HasSubstr("tools.json: line 2, column"), HasSubstr("not valid JSON")));
}

TEST(ManifestTest, MissingCompensationListsOnlyUncoveredTier1And2Tools) {
  StatusOr<Manifest> m = ParseManifest(R"({"tools": [
      {"name": "read", "tier": 0},
      {"name": "draft", "tier": 1},
      {"name": "post", "tier": 2, "compensation": "unpost"},
      {"name": "unpost", "tier": 2},
      {"name": "notify", "tier": 2},
      {"name": "pay", "tier": 3}]})");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_THAT(m->ToolsMissingCompensation(), ElementsAre("draft", "notify"));
}

TEST(ManifestTest, EmptyManifestDeniesEverything) {
  StatusOr<Manifest> m = ParseManifest(R"({"tools": []})");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_EQ(m->Find(""), nullptr);
  EXPECT_EQ(m->Find("anything"), nullptr);
}

TEST(ManifestTest, CopiesFindTheirOwnTools) {
  StatusOr<Manifest> m = ParseManifest(R"({"tools": [{"name": "a", "tier": 2}]})");
  ASSERT_TRUE(m.ok());
  Manifest copy = *m;
  ASSERT_NE(copy.Find("a"), nullptr);
  EXPECT_EQ(copy.Find("a"), &copy.tools()[0]);
}

TEST(ManifestTest, DefaultConstructedManifestFindsNothing) {
  const Manifest none;
  EXPECT_EQ(none.Find(""), nullptr);
  EXPECT_EQ(none.Find("read"), nullptr);
}

// The name index is a probed table: every one of 10,000 tools (names sharing long prefixes,
// so slots collide) must come back as its own entry, and near-misses as none.
TEST(ManifestTest, FindReturnsEachToolOfALargeManifestAndNoNearMiss) {
  constexpr int kTools = 10'000;
  Json doc = {{"tools", Json::array()}};
  for (int i = 0; i < kTools; ++i) {
    doc["tools"].push_back({{"name", "read_" + std::to_string(i)}, {"tier", i % 4}});
  }
  StatusOr<Manifest> m = Manifest::FromJson(doc, kOrigin);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  for (int i = 0; i < kTools; ++i) {
    const std::string name = "read_" + std::to_string(i);
    const ToolSpec* found = m->Find(name);
    ASSERT_NE(found, nullptr) << name;
    ASSERT_EQ(found, &m->tools()[i]) << name;
    EXPECT_EQ(found->tier, static_cast<Tier>(i % 4)) << name;
    EXPECT_EQ(m->Find(name + "x"), nullptr) << name;
    EXPECT_EQ(m->Find("Read_" + std::to_string(i)), nullptr) << name;
  }
  EXPECT_EQ(m->Find("read_"), nullptr);
  EXPECT_EQ(m->Find("read_" + std::to_string(kTools)), nullptr);
  EXPECT_EQ(m->Find(""), nullptr);
  const Manifest moved = std::move(*m);
  EXPECT_EQ(moved.Find("read_9999"), &moved.tools()[9999]);
}

}  // namespace
}  // namespace blastradius
