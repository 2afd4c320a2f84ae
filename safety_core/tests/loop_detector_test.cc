// Tests for LoopDetector: the (N+1)-th identical call is a loop, arguments are compared in
// canonical form, a window forgets old calls, and a disabled detector never refuses.
#include "blastradius/loop_detector.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <deque>
#include <limits>
#include <map>
#include <random>
#include <string>

#include "blastradius/json_reader.h"
#include "json_test_trees.h"

namespace blastradius {
namespace {

using ::testing::HasSubstr;

LoopDetectionOptions Options(int max_identical, int window = 0) {
  LoopDetectionOptions options;
  options.max_identical_calls = max_identical;
  options.window = window;
  return options;
}

TEST(LoopDetectorTest, RefusesTheCallAfterMaxIdentical) {
  LoopDetector detector(Options(3));
  for (int i = 0; i < 3; ++i) ASSERT_TRUE(detector.Observe("search", "{\"q\":\"x\"}").ok());
  Status loop = detector.Observe("search", "{\"q\":\"x\"}");
  EXPECT_EQ(loop.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(loop.message(), HasSubstr("search called 4 times"));
  EXPECT_THAT(loop.message(), HasSubstr("max_identical_calls 3"));
  EXPECT_EQ(detector.Count("search", "{\"q\":\"x\"}"), 4);
  // Still a loop on the next identical call.
  EXPECT_FALSE(detector.Observe("search", "{\"q\":\"x\"}").ok());
}

TEST(LoopDetectorTest, DifferentArgumentsOrToolsAreCountedApart) {
  LoopDetector detector(Options(1));
  EXPECT_TRUE(detector.Observe("search", "{\"q\":\"a\"}").ok());
  EXPECT_TRUE(detector.Observe("search", "{\"q\":\"b\"}").ok());
  EXPECT_TRUE(detector.Observe("lookup", "{\"q\":\"a\"}").ok());
  EXPECT_EQ(detector.Count("search", "{\"q\":\"a\"}"), 1);
  EXPECT_EQ(detector.Count("nothing", "{}"), 0);
  EXPECT_FALSE(detector.Observe("search", "{\"q\":\"b\"}").ok());
}

TEST(LoopDetectorTest, ToolAndArgsBoundaryIsUnambiguous) {
  // "ab"+"c" and "a"+"bc" must not be the same pair.
  LoopDetector detector(Options(1));
  EXPECT_TRUE(detector.Observe("ab", "c").ok());
  EXPECT_TRUE(detector.Observe("a", "bc").ok());
}

// Pairs are counted by fingerprint: a change to any one byte of the tool or the arguments, at
// any position and with any length (word-sized chunks, tails, empty fields), is a new pair,
// and the same pair always lands on its own count.
TEST(LoopDetectorTest, FingerprintTellsApartPairsThatDifferInOneByte) {
  LoopDetector detector(Options(1));
  std::string args(37, 'a');
  ASSERT_TRUE(detector.Observe("t", args).ok());
  for (size_t i = 0; i < args.size(); ++i) {
    std::string changed = args;
    changed[i] = 'b';
    ASSERT_TRUE(detector.Observe("t", changed).ok()) << "byte " << i;
    ASSERT_TRUE(detector.Observe("t", changed.substr(0, i)).ok()) << "prefix " << i;
  }
  EXPECT_TRUE(detector.Observe("", "").ok());
  EXPECT_TRUE(detector.Observe("t", std::string(1, '\0')).ok());  // not the empty arguments
  EXPECT_TRUE(detector.Observe(std::string_view("t\0", 2), "").ok());
  EXPECT_EQ(detector.Count("t", args), 1);
  EXPECT_FALSE(detector.Observe("t", args).ok());
  EXPECT_FALSE(detector.Observe("", "").ok());
}

TEST(LoopDetectorTest, KeyOrderDoesNotHideALoop) {
  LoopDetector detector(Options(1));
  Json first = Json::parse(R"({"to":"a@b.c","body":"hi"})");
  Json second = Json::parse(R"({"body":"hi","to":"a@b.c"})");
  EXPECT_TRUE(detector.Observe("send_email", CanonicalJson(first)).ok());
  EXPECT_FALSE(detector.Observe("send_email", CanonicalJson(second)).ok());
}

// A store checks before it charges: CountIfObserved must say what Observe would count, in
// and out of a full window, and record nothing.
TEST(LoopDetectorTest, CountIfObservedPredictsObserveWithoutRecording) {
  for (int window : {0, 1, 2, 3}) {
    LoopDetector predicted(Options(100, window));
    const char* calls[] = {"a", "b", "a", "a", "c", "a", "b", "b", "a"};
    for (const char* args : calls) {
      const int before = predicted.CountIfObserved("t", args);
      EXPECT_EQ(predicted.CountIfObserved("t", args), before) << "it recorded something";
      ASSERT_TRUE(predicted.Observe("t", args).ok());
      EXPECT_EQ(before, predicted.Count("t", args)) << "window " << window << " args " << args;
    }
  }
  LoopDetectionOptions off = Options(1);
  off.enabled = false;
  EXPECT_EQ(LoopDetector(off).CountIfObserved("t", "a"), 0);
}

TEST(LoopDetectorTest, WindowForgetsOldCalls) {
  LoopDetector detector(Options(2, /*window=*/3));
  EXPECT_TRUE(detector.Observe("t", "A").ok());
  EXPECT_TRUE(detector.Observe("t", "A").ok());
  EXPECT_TRUE(detector.Observe("t", "B").ok());
  // Window is now A, B, A: two A's, allowed.
  EXPECT_TRUE(detector.Observe("t", "A").ok());
  EXPECT_EQ(detector.Count("t", "A"), 2);
  EXPECT_TRUE(detector.Observe("t", "B").ok());  // B, A, B
  EXPECT_EQ(detector.Count("t", "A"), 1);
  EXPECT_TRUE(detector.Observe("t", "C").ok());  // A, B, C
  EXPECT_TRUE(detector.Observe("t", "C").ok());  // B, C, C
  EXPECT_EQ(detector.Count("t", "A"), 0);
  Status loop = detector.Observe("t", "C");  // C, C, C
  EXPECT_EQ(loop.code(), StatusCode::kResourceExhausted);
  EXPECT_THAT(loop.message(), HasSubstr("within the last 3 calls"));
}

TEST(LoopDetectorTest, WithoutWindowInterleavingDoesNotHelp) {
  LoopDetector detector(Options(2));
  for (int i = 0; i < 50; ++i)
    ASSERT_TRUE(detector.Observe("t", "filler" + std::to_string(i)).ok());
  EXPECT_TRUE(detector.Observe("t", "A").ok());
  for (int i = 0; i < 50; ++i) ASSERT_TRUE(detector.Observe("t", "more" + std::to_string(i)).ok());
  EXPECT_TRUE(detector.Observe("t", "A").ok());
  EXPECT_FALSE(detector.Observe("t", "A").ok());
}

TEST(LoopDetectorTest, TightLoopInsideWindowIsCaught) {
  LoopDetector detector(Options(3, /*window=*/10));
  int refused_at = 0;
  for (int i = 1; i <= 10 && refused_at == 0; ++i) {
    if (!detector.Observe("retry_me", "{}").ok()) refused_at = i;
  }
  EXPECT_EQ(refused_at, 4);
}

TEST(LoopDetectorTest, DisabledNeverRefuses) {
  LoopDetectionOptions options = Options(1);
  options.enabled = false;
  LoopDetector detector(options);
  for (int i = 0; i < 100; ++i) ASSERT_TRUE(detector.Observe("t", "{}").ok());
  EXPECT_EQ(detector.Count("t", "{}"), 0);
}

// The flat table against a plain map with the same window: through growth, window evictions
// (each one a backward shift in the table) and reinsertions, every count and every refusal
// agrees. Arguments come from a small pool so that pairs repeat, leave the window and return.
TEST(LoopDetectorTest, CountsMatchAMapModelThroughGrowthAndWindowEvictions) {
  for (int window : {0, 1, 7, 64, 500}) {
    LoopDetector detector(Options(5, window));
    std::map<std::string, int> model;
    std::deque<std::string> recent;
    std::mt19937_64 rng(static_cast<uint64_t>(window) + 1);
    for (int i = 0; i < 20'000; ++i) {
      const std::string args = std::to_string(rng() % (i < 10'000 ? 3000 : 300));
      const int predicted = detector.CountIfObserved("t", args);
      const Status st = detector.Observe("t", args);
      int count = ++model[args];
      recent.push_back(args);
      if (window > 0 && recent.size() > static_cast<size_t>(window)) {
        --model[recent.front()];
        recent.pop_front();
        count = model[args];
      }
      ASSERT_EQ(predicted, count) << "window " << window << " call " << i;
      ASSERT_EQ(st.ok(), count <= 5) << "window " << window << " call " << i;
      ASSERT_EQ(detector.Count("t", args), count) << "window " << window << " call " << i;
    }
    for (const auto& [args, count] : model) {
      ASSERT_EQ(detector.Count("t", args), count) << "window " << window << " args " << args;
    }
  }
}

// A random argument tree: objects, arrays, integers of both signs and widths, booleans, null,
// strings with escapes and control bytes and, now and then, a byte above 0x7F or a float (the
// trees KeyOfArgs hands to the text route).
Json RandomArgs(std::mt19937_64& rng, int depth) {
  static constexpr std::string_view kBytes = "ab\"\\/\b\f\n\r\t\x01\x1f\x7f {}:,09";
  const auto text = [&] {
    std::string s;
    const size_t n = rng() % 20;
    for (size_t i = 0; i < n; ++i) {
      s.push_back(rng() % 40 == 0 ? static_cast<char>(0x80 + rng() % 0x80)
                                  : kBytes[rng() % kBytes.size()]);
    }
    return s;
  };
  switch (depth > 3 ? 2 + rng() % 6 : rng() % 8) {
    case 0: {
      Json obj = Json::object();
      for (size_t i = rng() % 5; i > 0; --i) obj[text()] = RandomArgs(rng, depth + 1);
      return obj;
    }
    case 1: {
      Json arr = Json::array();
      for (size_t i = rng() % 5; i > 0; --i) arr.push_back(RandomArgs(rng, depth + 1));
      return arr;
    }
    case 2:
      return text();
    case 3:
      return static_cast<int64_t>(rng());  // either sign, up to 19 digits
    case 4:
      return static_cast<uint64_t>(rng() | (uint64_t{1} << 63));  // above INT64_MAX
    case 5:
      return rng() % 2 == 0;
    case 6:
      return nullptr;
    default:
      return rng() % 10 == 0 ? Json(static_cast<double>(rng() % 1000) / 8) : Json(text());
  }
}

TEST(LoopDetectorTest, TreeFingerprintEqualsTheFingerprintOfTheCanonicalText) {
  std::mt19937_64 rng(14);
  for (int i = 0; i < 20'000; ++i) {
    const Json args = RandomArgs(rng, 0);
    const std::string tool = "tool_" + std::to_string(i % 7);
    ASSERT_EQ(LoopDetector::KeyOfArgs(tool, args), LoopDetector::KeyOf(tool, CanonicalJson(args)))
        << CanonicalJson(args);
  }
  // Fields that end on, before and after an 8-byte word boundary, streamed in pieces.
  for (size_t n = 0; n < 40; ++n) {
    const Json args = {{"k", std::string(n, 'x')}, {std::string(n, 'y'), n}};
    ASSERT_EQ(LoopDetector::KeyOfArgs("t", args), LoopDetector::KeyOf("t", CanonicalJson(args)))
        << n;
  }
}

// KeyOfArgs and CanonicalJson run one walk of the tree into different sinks; what is left to
// check is that the hash stream takes the walk's bytes as Field takes the text. Trees of every
// JSON type including what the walk has the library render (floats of every kind, binary,
// strings with invalid and valid UTF-8 after ASCII), every byte as a key and a value, and the
// deepest tree ParseJsonText accepts.
TEST(LoopDetectorTest, TreeFingerprintEqualsTextFingerprintForEveryJsonTypeAndByte) {
  auto expect_same_key = [](const Json& args) {
    return LoopDetector::KeyOfArgs("tool", args) ==
           LoopDetector::KeyOf("tool", CanonicalJson(args));
  };
  std::mt19937_64 rng(20261130);
  for (int i = 0; i < 20'000; ++i) {
    const Json args = RandomJson(rng, 0);
    ASSERT_TRUE(expect_same_key(args)) << CanonicalJson(args);
  }
  for (int c = 0; c < 256; ++c) {
    const std::string byte(1, static_cast<char>(c));
    const Json args = {{byte, byte}, {"k", {byte, std::string("x") + byte + "y"}}};
    ASSERT_TRUE(expect_same_key(args)) << "byte " << c;
  }
  for (const double d :
       {0.0, -0.0, 1.0, 0.1, -2.5e-310, 1e300, std::numeric_limits<double>::infinity(),
        std::numeric_limits<double>::quiet_NaN()}) {
    ASSERT_TRUE(expect_same_key(d)) << d;
    ASSERT_TRUE(expect_same_key({{"x", d}, {"y", {d, "\xc3\xa9", d}}})) << d;
  }
  const Json deep = DeepestParsedJson();
  ASSERT_TRUE(ParseJsonText(CanonicalJson(deep), "deep").ok());
  EXPECT_TRUE(expect_same_key(deep));
}

// The stream gathers the bytes in a 128-byte buffer and hashes it when full: pieces that end
// before, on and after its edge, pieces longer than the whole buffer, and escapes and
// non-ASCII text at every offset from it, hash as the text does.
TEST(LoopDetectorTest, TreeFingerprintEqualsTextFingerprintAcrossTheStreamBuffer) {
  for (size_t n = 0; n < 300; ++n) {
    const Json args = {{"k", std::string(n, 'x')},
                       {"l", std::string(n, 'y') + "\n" + std::string(n % 9, 'z') + "\xc3\xa9" +
                                 std::string(n, 'w') + "\"" + std::string(n % 3, 'v')},
                       {"m", Json::array({n, 0.25, true, nullptr})}};
    ASSERT_EQ(LoopDetector::KeyOfArgs("t", args), LoopDetector::KeyOf("t", CanonicalJson(args)))
        << n;
  }
  std::string long_text;
  for (int i = 0; long_text.size() < 10'000; ++i) {
    long_text += std::string(static_cast<size_t>(i % 200), 'p') + (i % 2 ? "\t" : "\xe2\x80\xae");
  }
  const Json args = {{"a", long_text}, {long_text, long_text.substr(1)}};
  EXPECT_EQ(LoopDetector::KeyOfArgs("t", args), LoopDetector::KeyOf("t", CanonicalJson(args)));
}

}  // namespace
}  // namespace blastradius
