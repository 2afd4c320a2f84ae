#include "blastradius/json_reader.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>
#include <random>
#include <string>
#include <vector>

#include "json_test_trees.h"

namespace blastradius {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;
using ::testing::Optional;
using ::testing::StartsWith;

Json J(const char* text) { return Json::parse(text); }

TEST(ParseJsonTextTest, SyntaxErrorGivesOriginLineAndColumn) {
  StatusOr<Json> doc = ParseJsonText("{\n  \"a\": 1,\n  }", "f.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(doc.status().message(),
              AllOf(StartsWith("f.json: line 3, column 3: not valid JSON: "),
                    Not(HasSubstr("[json.exception"))));
}

TEST(ParseJsonTextTest, ErrorOnFirstLine) {
  StatusOr<Json> doc = ParseJsonText("[1, 2, x]", "g.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(doc.status().message(), StartsWith("g.json: line 1, column 8: "));
}

TEST(ParseJsonTextTest, EmptyAndTruncatedInputAreErrorsNotCrashes) {
  for (const char* text : {"", "{", "{\"a\":", "\"unterminated", "[1,]", "{} {}", "\xff"}) {
    StatusOr<Json> doc = ParseJsonText(text, "h.json");
    ASSERT_FALSE(doc.ok()) << text;
    EXPECT_THAT(doc.status().message(), StartsWith("h.json: line 1, column ")) << text;
  }
}

TEST(ParseJsonTextTest, ValidTextParses) {
  StatusOr<Json> doc = ParseJsonText(R"({"a": [1, 2.5, "x", null, true]})", "ok.json");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ((*doc)["a"][2], "x");
}

// Regression: the manifest fuzzer's seed_deep_nesting (5,000 nested arrays) parsed, and the
// recursive printing of the tree (CanonicalJson, error messages) overflowed the stack under ASan.
TEST(ParseJsonTextTest, DeeplyNestedDocumentIsRefusedBeforeATreeIsBuilt) {
  const std::string deep = std::string(5000, '[') + std::string(5000, ']');
  StatusOr<Json> doc = ParseJsonText(deep, "deep.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(doc.status().message(), ::testing::HasSubstr("deep.json"));
  EXPECT_THAT(doc.status().message(), ::testing::HasSubstr("nested deeper than 128"));
}

TEST(ParseJsonTextTest, NestingUpToTheLimitParsesAndBracketsInStringsDoNotCount) {
  const int limit = kMaxJsonDepth;
  const std::string at_limit = std::string(limit, '[') + std::string(limit, ']');
  EXPECT_TRUE(ParseJsonText(at_limit, "at_limit.json").ok());
  const std::string over = "[" + at_limit + "]";
  EXPECT_FALSE(ParseJsonText(over, "over.json").ok());
  const std::string brackets_in_string = R"({"s": ")" + std::string(500, '[') + R"(\"{{"})";
  EXPECT_TRUE(ParseJsonText(brackets_in_string, "strings.json").ok());
  EXPECT_FALSE(JsonNestsDeeperThan(brackets_in_string, 1));
  EXPECT_TRUE(JsonNestsDeeperThan("[[[]]]", 2));
  EXPECT_FALSE(JsonNestsDeeperThan("[[[]]]", 3));
}

TEST(LoadJsonFileTest, MissingFileIsNotFound) {
  StatusOr<Json> doc = LoadJsonFile(Env::Default(), "/nonexistent/x.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kNotFound);
}

TEST(CanonicalJsonTest, SortsKeysAtEveryDepthAndDropsWhitespace) {
  Json a = J(R"({"b": 1, "a": {"z": [3, {"y": 1, "x": 2}], "c": null}})");
  Json b = J(R"({"a": {"c": null, "z": [3, {"x": 2, "y": 1}]}, "b": 1})");
  EXPECT_EQ(CanonicalJson(a), R"({"a":{"c":null,"z":[3,{"x":2,"y":1}]},"b":1})");
  EXPECT_EQ(CanonicalJson(a), CanonicalJson(b));
}

TEST(CanonicalJsonTest, ArrayOrderAndValuesStillMatter) {
  EXPECT_NE(CanonicalJson(J("[1, 2]")), CanonicalJson(J("[2, 1]")));
  EXPECT_NE(CanonicalJson(J(R"({"a": 1})")), CanonicalJson(J(R"({"a": "1"})")));
}

// The writer behind CanonicalJson renders ASCII strings, integers and containers itself (the
// loop detector and approval bindings run it on every call); its text must stay the library's
// compact dump byte for byte, or loop counts and approval bindings would drift across versions.
std::string LibraryDump(const Json& value) {
  return value.dump(-1, ' ', false, Json::error_handler_t::replace);
}

TEST(CanonicalJsonTest, IsTheLibraryDumpByteForByte) {
  std::mt19937_64 rng(20261129);
  for (int i = 0; i < 20000; ++i) {
    const Json value = RandomJson(rng, 0);
    ASSERT_EQ(CanonicalJson(value), LibraryDump(value)) << "case " << i;
  }
  for (int c = 0; c < 256; ++c) {  // every single byte, as a value and as a key
    const std::string byte(1, static_cast<char>(c));
    const Json value = {{byte, byte}, {"k", {byte, std::string("x") + byte + "y"}}};
    ASSERT_EQ(CanonicalJson(value), LibraryDump(value)) << "byte " << c;
  }
  const Json edges = {std::numeric_limits<int64_t>::min(),
                      std::numeric_limits<int64_t>::max(),
                      std::numeric_limits<uint64_t>::max(),
                      Json::object(),
                      Json::array(),
                      Json::array({Json::object()}),
                      ""};
  EXPECT_EQ(CanonicalJson(edges), LibraryDump(edges));
}

// From a string's first byte above 0x7F on, the writer appends the library's dump of the rest
// of the string: that equals the library's dump of the whole string only because the ASCII
// before that byte leaves the library's UTF-8 decoder as a string starts it. Every one- and
// two-byte sequence that starts above 0x7F, and the three- and four-byte leads with every pair
// after them, after ASCII that ends plain, escaped, or on an 8-byte word; then an escape, or
// the end of the string.
TEST(CanonicalJsonTest, NonAsciiAfterAnAsciiPrefixIsTheLibraryDumpOfTheWholeString) {
  const std::string kPrefixes[] = {
      "", "a", "\"", "\\", "\n", "\x01", "abcdefgh", "abcdefg\t", "abcdefghijklmno"};
  for (const std::string& prefix : kPrefixes) {
    for (int b1 = 0x80; b1 < 0x100; ++b1) {
      const Json lead = prefix + static_cast<char>(b1);
      ASSERT_EQ(CanonicalJson(lead), LibraryDump(lead)) << LibraryDump(prefix) << " " << b1;
      for (int b2 = 0; b2 < 0x100; ++b2) {
        const Json value = prefix + static_cast<char>(b1) + static_cast<char>(b2) + "\"z";
        ASSERT_EQ(CanonicalJson(value), LibraryDump(value))
            << LibraryDump(prefix) << " " << b1 << " " << b2;
      }
    }
  }
  for (const int b1 : {0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF4}) {
    for (int b2 = 0x80; b2 < 0xC0; ++b2) {
      for (int b3 = 0; b3 < 0x100; ++b3) {
        const Json value = std::string("a\t") + static_cast<char>(b1) + static_cast<char>(b2) +
                           static_cast<char>(b3) + "\x80\xbf!";
        ASSERT_EQ(CanonicalJson(value), LibraryDump(value)) << b1 << " " << b2 << " " << b3;
      }
    }
  }
}

// The writer finds plain runs eight bytes a step, then one at a time: a byte that needs an
// escape, one above 0x7F, and the plain bytes at the edges of the plain range (' ', DEL), at
// every offset of the first three words and with every length of tail after them.
TEST(CanonicalJsonTest, SpecialByteAtEveryOffsetOfAWordIsTheLibraryDump) {
  const std::string kSpecials[] = {"\"",   "\\",   "\n",   "\x1f", std::string(1, '\0'),
                                   "\x7f", "\x80", "\xff", " ",    "\xc3\xa9"};
  for (size_t before = 0; before < 25; ++before) {
    for (const std::string& special : kSpecials) {
      for (size_t after = 0; after < 10; ++after) {
        const Json value = std::string(before, 'a') + special + std::string(after, 'b');
        ASSERT_EQ(CanonicalJson(value), LibraryDump(value))
            << before << " " << LibraryDump(special) << " " << after;
      }
    }
  }
}

// The deepest tree ParseJsonText accepts is written as the library writes it (the writer
// recurses once per level).
TEST(CanonicalJsonTest, DeepestParsedNestingIsTheLibraryDump) {
  const Json value = DeepestParsedJson();
  ASSERT_TRUE(ParseJsonText(LibraryDump(value), "deep").ok());
  ASSERT_FALSE(ParseJsonText("[" + LibraryDump(value) + "]", "deeper").ok());
  EXPECT_EQ(CanonicalJson(value), LibraryDump(value));
}

TEST(CanonicalJsonTest, AppendKeepsWhatTheBufferHeld) {
  std::string out = "prefix:";
  AppendCanonicalJson(J(R"({"b": [1, "x"], "a": true})"), &out);
  EXPECT_EQ(out, R"(prefix:{"a":true,"b":[1,"x"]})");
}

TEST(CanonicalJsonTest, InvalidUtf8IsReplacedNotThrown) {
  Json s = std::string(
      "ab\xff\xfe"
      "c");
  std::string out = CanonicalJson(s);
  EXPECT_THAT(out, HasSubstr("\xEF\xBF\xBD"));  // U+FFFD
  EXPECT_THAT(out, StartsWith("\"ab"));
}

TEST(DescribeJsonTest, NamesTypeAndTruncatesLongValues) {
  EXPECT_EQ(DescribeJson(J("null")), "null");
  EXPECT_EQ(DescribeJson(J("7")), "integer 7");
  EXPECT_EQ(DescribeJson(J("\"x\"")), "string \"x\"");
  EXPECT_EQ(DescribeJson(J("true")), "boolean true");
  std::string long_text = DescribeJson(Json(std::string(200, 'a')));
  EXPECT_LE(long_text.size(), std::string("string ").size() + 60);
  EXPECT_THAT(long_text, HasSubstr("..."));
}

TEST(ObjectReaderTest, UnknownKeyMessageListsAllowedKeys) {
  ConfigErrors errors("c.json");
  Json doc = J(R"({"alpha": 1, "beta": true, "gamma": 2})");
  ObjectReader r(doc, "$.sec", &errors);
  EXPECT_THAT(r.Int("alpha", 0, 10), Optional(1));
  EXPECT_THAT(r.Bool("beta"), Optional(true));
  r.RejectUnknownKeys();
  EXPECT_EQ(errors.ToStatus().message(),
            "c.json: $.sec.gamma: unknown key (allowed here: alpha, beta)");
}

TEST(ObjectReaderTest, AbsentKeysCountAsAllowed) {
  ConfigErrors errors("c.json");
  Json doc = J(R"({"zeta": 1})");
  ObjectReader r(doc, "$", &errors);
  EXPECT_EQ(r.String("name"), std::nullopt);
  r.RejectUnknownKeys();
  EXPECT_THAT(errors.ToStatus().message(), HasSubstr("$.zeta: unknown key (allowed here: name)"));
}

TEST(ObjectReaderTest, NonObjectRecordsOneErrorAndReadsNothing) {
  ConfigErrors errors("c.json");
  Json doc = J("[1]");
  ObjectReader r(doc, "$.x", &errors);
  EXPECT_FALSE(r.valid());
  EXPECT_EQ(r.Int("a", 0, 1, /*required=*/true), std::nullopt);
  r.RejectUnknownKeys();
  EXPECT_EQ(errors.ToStatus().message(), "c.json: $.x: expected an object, got array [1]");
}

TEST(ObjectReaderTest, RequiredKeyMissing) {
  ConfigErrors errors("c.json");
  Json doc = Json::object();
  ObjectReader r(doc, "$", &errors);
  EXPECT_EQ(r.String("name", /*required=*/true), std::nullopt);
  EXPECT_EQ(errors.ToStatus().message(), "c.json: $.name: expected a string, but it is missing");
}

TEST(ObjectReaderTest, IntRangesAndMessages) {
  ConfigErrors errors("c.json");
  Json doc = J(R"({"a": 3.0, "b": 18446744073709551615, "c": 5, "d": -1, "e": 0, "f": 2.5})");
  ObjectReader r(doc, "$", &errors);
  EXPECT_THAT(r.Int("a", 0, 3), Optional(3));  // a float with no fraction is an integer
  EXPECT_EQ(r.Int("b", 0, std::numeric_limits<int64_t>::max()), std::nullopt);
  EXPECT_EQ(r.Int("c", 0, 3), std::nullopt);
  EXPECT_EQ(r.Int("d", 0, std::numeric_limits<int64_t>::max()), std::nullopt);
  EXPECT_EQ(r.Int("e", 64, std::numeric_limits<int64_t>::max()), std::nullopt);
  EXPECT_EQ(r.Int("f", 0, 10), std::nullopt);
  std::string m = errors.ToStatus().message();
  EXPECT_THAT(m, HasSubstr("$.b: expected an integer >= 0, got integer 18446744073709551615"));
  EXPECT_THAT(m, HasSubstr("$.c: expected an integer from 0 to 3, got integer 5"));
  EXPECT_THAT(m, HasSubstr("$.d: expected an integer >= 0, got integer -1"));
  EXPECT_THAT(m, HasSubstr("$.e: expected an integer >= 64, got integer 0"));
  EXPECT_THAT(m, HasSubstr("$.f: expected an integer from 0 to 10, got number 2.5"));
}

TEST(ObjectReaderTest, EnumStringListAndPathOfOddKeys) {
  ConfigErrors errors("c.json");
  Json doc = J(R"({"mode": "loud", "list": ["a", 2, "c"], "odd key": 1})");
  ObjectReader r(doc, "$", &errors);
  EXPECT_EQ(r.Enum("mode", {"quiet", "silent"}), std::nullopt);
  EXPECT_EQ(r.StringList("list"), std::nullopt);
  EXPECT_EQ(r.PathOf("odd key"), "$[\"odd key\"]");
  EXPECT_EQ(r.PathOf("plain_key1"), "$.plain_key1");
  EXPECT_THAT(r.Int("odd key", 0, 5), Optional(1));
  std::string m = errors.ToStatus().message();
  EXPECT_THAT(m, HasSubstr(R"($.mode: expected one of "quiet", "silent", got string "loud")"));
  EXPECT_THAT(m, HasSubstr("$.list[1]: expected a string, got integer 2"));
}

TEST(ObjectReaderTest, UsdMicrosRoundsTheWrittenDecimal) {
  ConfigErrors errors("c.json");
  Json doc = J(R"({"a": 0.1, "b": 0.2, "c": 0.3, "d": 2.0000005, "e": -1, "f": 1e10, "g": "1"})");
  ObjectReader r(doc, "$", &errors);
  std::optional<int64_t> a = r.UsdMicros("a"), b = r.UsdMicros("b"), c = r.UsdMicros("c");
  ASSERT_TRUE(a && b && c);
  EXPECT_EQ(*a + *b, *c);  // unlike 0.1 + 0.2 != 0.3 in doubles
  EXPECT_THAT(r.UsdMicros("d"), Optional(2'000'001));
  EXPECT_EQ(r.UsdMicros("e"), std::nullopt);
  EXPECT_EQ(r.UsdMicros("f"), std::nullopt);
  EXPECT_EQ(r.UsdMicros("g"), std::nullopt);
  EXPECT_THAT(r.UsdMicros("absent"), std::nullopt);
  std::string m = errors.ToStatus().message();
  EXPECT_THAT(m, HasSubstr("$.e: expected a number of US dollars from 0 to 1000000000"));
  EXPECT_THAT(m, HasSubstr("$.f: expected a number of US dollars"));
  EXPECT_THAT(m, HasSubstr("$.g: expected a number of US dollars"));
}

TEST(UsdToMicrosTest, ExactForDecimalsUpToSixPlaces) {
  // Every cent value from $0.00 to $100.00 maps to exactly cents * 10'000 micros.
  for (int cents = 0; cents <= 10'000; ++cents) {
    double usd = Json::parse(std::to_string(cents / 100) + "." + (cents % 100 < 10 ? "0" : "") +
                             std::to_string(cents % 100))
                     .get<double>();
    ASSERT_EQ(UsdToMicros(usd), int64_t{cents} * 10'000) << usd;
  }
  EXPECT_EQ(UsdToMicros(0.0000014999), 1);
  EXPECT_EQ(UsdToMicros(0.0000015), 2);
  EXPECT_EQ(UsdToMicros(999999999.999999), 999'999'999'999'999);
}

TEST(ConfigErrorsTest, OneLinePerErrorCappedAtTwenty) {
  ConfigErrors errors("c.json");
  EXPECT_TRUE(errors.empty());
  EXPECT_TRUE(errors.ToStatus().ok());
  for (int i = 0; i < 25; ++i) errors.AddMessage(IndexPath("$.x", i), "bad");
  Status s = errors.ToStatus();
  EXPECT_EQ(s.code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(s.message(), StartsWith("c.json: $.x[0]: bad\nc.json: $.x[1]: bad\n"));
  EXPECT_THAT(s.message(), HasSubstr("c.json: $.x[19]: bad\nc.json: ... and 5 more errors"));
  EXPECT_THAT(s.message(), Not(HasSubstr("$.x[20]")));
}

}  // namespace
}  // namespace blastradius

namespace blastradius {
namespace {

// Regression: a fuzzer found that a number too large for a double threw out_of_range
// through ParseJsonText and aborted the process.
TEST(JsonReaderRegressionTest, NumberOverflowIsAnErrorNotACrash) {
  StatusOr<Json> doc =
      ParseJsonText(R"({"tools": [{"name": "a", "tier": 0, "cost_usd": 1e400}]})", "tools.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(doc.status().message().find("tools.json"), std::string::npos);
  EXPECT_NE(doc.status().message().find("1e400"), std::string::npos);
}

// Regression (issue 11 row 10): a duplicated key was silently accepted and the last one won, so
// a policy could say max_steps 5 to a reviewer and 9,000,000 to the guard.
TEST(JsonReaderRegressionTest, DuplicateKeyBudgetLastOneWinsIsRejected) {
  StatusOr<Json> doc =
      ParseJsonText(R"({"budget":{"max_steps":5},"budget":{"max_steps":9000000}})", "policy.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_EQ(doc.status().code(), StatusCode::kInvalidArgument);
  EXPECT_THAT(doc.status().message(),
              AllOf(HasSubstr("policy.json"), HasSubstr("$.budget"), HasSubstr("duplicate key")));
}

TEST(JsonReaderRegressionTest, DuplicateKeysAreNamedByPathAtEveryDepth) {
  StatusOr<Json> doc = ParseJsonText(
      R"({"tools": [{"name": "a"}, {"name": "b", "tier": 1, "tier": 3}],
          "x": {"odd key": 1, "odd key": 2}, "y": [[{"k": 1, "k": 1}]]})",
      "tools.json");
  ASSERT_FALSE(doc.ok());
  EXPECT_THAT(doc.status().message(),
              AllOf(HasSubstr("$.tools[1].tier"), HasSubstr("$.x[\"odd key\"]"),
                    HasSubstr("$.y[0][0].k"), Not(HasSubstr("$.tools[0]"))));
}

TEST(JsonReaderRegressionTest, SameKeyInSiblingObjectsIsNotADuplicate) {
  StatusOr<Json> doc = ParseJsonText(
      R"({"a": {"k": 1}, "b": {"k": 2}, "l": [{"k": 1}, {"k": 2}], "k": 0})", "ok.json");
  ASSERT_TRUE(doc.ok()) << doc.status().ToString();
  EXPECT_EQ((*doc)["l"][1]["k"], 2);
}

}  // namespace
}  // namespace blastradius
