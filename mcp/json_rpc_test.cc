#include "mcp/json_rpc.h"

#include <gtest/gtest.h>

namespace blastradius::mcp {
namespace {

std::vector<LineReader::Event> FeedAll(LineReader& r, std::vector<std::string> chunks) {
  std::vector<LineReader::Event> out;
  for (const std::string& c : chunks) r.Feed(c, &out);
  return out;
}

TEST(LineReader, SplitsLinesAcrossChunksAndStripsCarriageReturns) {
  LineReader r(100);
  auto events = FeedAll(r, {"{\"a\":", "1}\r\n\n{\"b\"", ":2}\n{\"c\""});
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].line, "{\"a\":1}");
  EXPECT_EQ(events[1].line, "{\"b\":2}");
  r.Finish(&events);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[2].line, "{\"c\"");
}

TEST(LineReader, OverLongLineIsRefusedWithoutBufferingIt) {
  LineReader r(16);
  std::vector<LineReader::Event> events;
  r.Feed("short\n", &events);
  for (int i = 0; i < 1000; ++i) {  // a 10,000-byte line, fed in 10-byte chunks
    r.Feed("xxxxxxxxxx", &events);
    EXPECT_LE(r.buffered(), 16u);
  }
  r.Feed("tail\nnext\n", &events);
  ASSERT_EQ(events.size(), 3u);
  EXPECT_EQ(events[0].line, "short");
  EXPECT_EQ(events[1].kind, LineReader::Kind::kTooLong);
  EXPECT_EQ(events[2].kind, LineReader::Kind::kLine);
  EXPECT_EQ(events[2].line, "next");
}

TEST(LineReader, LineOfExactlyTheLimitIsAccepted) {
  LineReader r(4);
  std::vector<LineReader::Event> events;
  r.Feed("abcd\nabcde\n", &events);
  ASSERT_EQ(events.size(), 2u);
  EXPECT_EQ(events[0].line, "abcd");
  EXPECT_EQ(events[1].kind, LineReader::Kind::kTooLong);
}

TEST(ParseMessage, ClassifiesRequestsNotificationsAndResponses) {
  ParsedLine req = ParseMessage(R"({"jsonrpc":"2.0","id":"a","method":"ping"})");
  ASSERT_TRUE(req.ok);
  EXPECT_EQ(req.message.kind, MessageKind::kRequest);
  EXPECT_EQ(req.message.id, "a");
  ParsedLine note = ParseMessage(R"({"jsonrpc":"2.0","method":"notifications/initialized"})");
  ASSERT_TRUE(note.ok);
  EXPECT_EQ(note.message.kind, MessageKind::kNotification);
  ParsedLine resp = ParseMessage(R"({"jsonrpc":"2.0","id":7,"result":{}})");
  ASSERT_TRUE(resp.ok);
  EXPECT_EQ(resp.message.kind, MessageKind::kResponse);
  EXPECT_EQ(resp.message.id, 7);
}

TEST(ParseMessage, MalformedLinesGetTheRightErrorCode) {
  EXPECT_EQ(ParseMessage("{not json").error_code, kParseError);
  EXPECT_TRUE(ParseMessage("{not json").id.is_null());
  EXPECT_EQ(ParseMessage("[1,2]").error_code, kInvalidRequest);
  EXPECT_EQ(ParseMessage(R"({"id":1,"method":"ping"})").error_code, kInvalidRequest);
  EXPECT_EQ(ParseMessage(R"({"jsonrpc":"2.0","id":1.5,"method":"ping"})").error_code,
            kInvalidRequest);
  EXPECT_EQ(ParseMessage(R"({"jsonrpc":"2.0","id":1,"result":{},"error":{}})").error_code,
            kInvalidRequest);
  ParsedLine bad_params = ParseMessage(R"({"jsonrpc":"2.0","id":3,"method":"x","params":1})");
  EXPECT_EQ(bad_params.error_code, kInvalidRequest);
  EXPECT_EQ(bad_params.id, 3);  // the error can still be addressed to the request
}

// A request nested 1,000,000 deep crashed the proxy (stack overflow when the message was
// copied and re-serialized): nesting is now refused before a tree is built.
TEST(ParseMessage, DeeplyNestedMessageIsRefusedBeforeItIsBuilt) {
  const std::string deep = R"({"jsonrpc":"2.0","id":9,"method":"ping","params":{"a":)" +
                           std::string(1'000'000, '[') + std::string(1'000'000, ']') + "}}";
  ParsedLine p = ParseMessage(deep);
  EXPECT_FALSE(p.ok);
  EXPECT_EQ(p.error_code, kInvalidRequest);
  const std::string nested = R"({"jsonrpc":"2.0","id":9,"method":"ping","params":{"a":)" +
                             std::string(kMaxNestingDepth - 2, '[') +
                             std::string(kMaxNestingDepth - 2, ']') + "}}";
  EXPECT_TRUE(ParseMessage(nested).ok);  // up to the limit is fine
  // Brackets inside strings do not count.
  EXPECT_TRUE(ParseMessage(R"({"jsonrpc":"2.0","id":1,"method":"x","params":{"s":")" +
                           std::string(1000, '[') + R"(\""}})")
                  .ok);
}

TEST(Serialize, NeverEmitsALineBreak) {
  Json m = MakeResult(1, Json{{"text", "a\nb\r\xe2\x80\xa8 c \xff"}});
  const std::string line = Serialize(m);
  EXPECT_EQ(line.find('\n'), std::string::npos);
  EXPECT_EQ(line.find('\r'), std::string::npos);
  EXPECT_EQ(line.find("\xe2\x80\xa8"), std::string::npos);
  ParsedLine back = ParseMessage(line);
  ASSERT_TRUE(back.ok);
}

}  // namespace
}  // namespace blastradius::mcp
