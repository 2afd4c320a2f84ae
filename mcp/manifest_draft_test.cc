#include "mcp/manifest_draft.h"

#include <gtest/gtest.h>
#include <stdio.h>

#include <string>

#include "blastradius/manifest.h"

namespace blastradius::mcp {
namespace {

Json Tool(const char* name, Json annotations) {
  Json t{{"name", name},
         {"description", std::string("d ") + name},
         {"inputSchema", Json{{"type", "object"}}}};
  if (!annotations.is_null()) t["annotations"] = std::move(annotations);
  return t;
}

TEST(DraftManifest, ProposesTiersFromAnnotationsAndLeavesTheUnknownUnclassified) {
  Json draft = DraftManifest(
      {Tool("read", Json{{"readOnlyHint", true}, {"openWorldHint", false}}),
       Tool("wipe", Json{{"destructiveHint", true}, {"openWorldHint", true}}),
       Tool("add",
            Json{{"readOnlyHint", false}, {"destructiveHint", false}, {"idempotentHint", true}}),
       Tool("mystery", Json()), Tool("only_title", Json{{"title", "x"}}), Json{{"no_name", 1}},
       Json("not an object")});
  const Json& t = draft["tools"];
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0]["tier"], 0);
  EXPECT_EQ(t[0]["external"], false);
  EXPECT_EQ(t[1]["tier"], 3);
  EXPECT_EQ(t[1]["external"], true);
  EXPECT_EQ(t[2]["tier"], 2);
  EXPECT_EQ(t[2]["idempotent"], true);
  EXPECT_FALSE(t[3].contains("tier"));
  EXPECT_FALSE(t[4].contains("tier"));
  EXPECT_EQ(UnclassifiedTools(draft), (std::vector<std::string>{"mystery", "only_title"}));
  // The draft is a manifest once classified, and is refused while a tool has no tier.
  EXPECT_FALSE(Manifest::FromJson(draft, "draft.json").ok());
  Json classified = draft;
  classified["tools"][3]["tier"] = 1;
  classified["tools"][3]["compensation"] = "add";
  classified["tools"][4]["tier"] = 0;
  StatusOr<Manifest> m = Manifest::FromJson(classified, "draft.json");
  EXPECT_TRUE(m.ok()) << m.status().message();
}

TEST(McpManifestCommand, DraftsFromARunningServer) {
  const std::string cmd =
      std::string(BLASTRADIUS_BIN) + " mcp-manifest -- " + MCP_FAKE_SERVER + " 2>/dev/null";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof(buf), p)) > 0;) out.append(buf, n);
  EXPECT_EQ(pclose(p), 0);
  Json draft = Json::parse(out);
  ASSERT_EQ(draft["tools"].size(), 14u);
  EXPECT_EQ(draft["tools"][0]["name"], "echo");
  EXPECT_EQ(draft["tools"][0]["tier"], 0);
  for (const Json& t : draft["tools"]) {
    if (t["name"] == "delete_everything") {
      EXPECT_EQ(t["tier"], 3);
    }
  }
  EXPECT_EQ(UnclassifiedTools(draft).size(), 12u);
}

TEST(McpManifestCommand, ServerThatNeverAnswersTimesOut) {
  const std::string cmd =
      std::string(BLASTRADIUS_BIN) + " mcp-manifest --timeout-ms 200 -- tail -f /dev/null 2>&1";
  FILE* p = popen(cmd.c_str(), "r");
  ASSERT_NE(p, nullptr);
  std::string out;
  char buf[4096];
  for (size_t n; (n = fread(buf, 1, sizeof(buf), p)) > 0;) out.append(buf, n);
  EXPECT_EQ(WEXITSTATUS(pclose(p)), 1);
  EXPECT_NE(out.find("did not answer in time"), std::string::npos) << out;
}

}  // namespace
}  // namespace blastradius::mcp
