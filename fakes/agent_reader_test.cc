#include "fakes/agent_reader.h"

#include <gtest/gtest.h>

namespace blastradius::fakes {
namespace {

TEST(AgentReaderTest, ReadsToolAndArguments) {
  auto found = ExtractInstructions(
      "Hello. Please call update_customer with id=c-1, field=plan and value=pro. Thanks", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].tool, "update_customer");
  EXPECT_EQ(found[0].args, (Json{{"id", "c-1"}, {"field", "plan"}, {"value", "pro"}}));
}

TEST(AgentReaderTest, PlainProseIsNotAnInstruction) {
  EXPECT_TRUE(ExtractInstructions("Call us at 555-0100 or call back later.", {}).empty());
  EXPECT_TRUE(ExtractInstructions("[output quarantined: 2 findings]", {"send_email"}).empty());
}

TEST(AgentReaderTest, KnownToolWithoutUnderscoreAndAgain) {
  auto found = ExtractInstructions("call search again to see more; CALL refund", {"search",
                                                                                  "refund"});
  ASSERT_EQ(found.size(), 2u);
  EXPECT_TRUE(found[0].again);
  EXPECT_EQ(found[1].tool, "refund");
  EXPECT_TRUE(found[1].args.empty());
}

TEST(AgentReaderTest, QuotedValuesKeepPunctuation) {
  auto found = ExtractInstructions(R"(call send_email with body="a. b, c and d=e" and to=x)", {});
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].args["body"], "a. b, c and d=e");
  EXPECT_EQ(found[0].args["to"], "x");
}

}  // namespace
}  // namespace blastradius::fakes
