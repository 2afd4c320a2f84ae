#include "blastradius/alerts.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>

#include "test_env.h"

namespace blastradius {
namespace {

TEST(AlertKindTest, NamesAreTheIdsOfFormatsMd) {
  const std::vector<std::string> expected = {
      "budget_exceeded",  "loop_detected", "circuit_open",           "injection_detected",
      "approval_timeout", "tier3_blocked", "workflow_rolled_back",   "rollback_failed",
      "unknown_tool",     "audit_failed",  "state_store_unavailable"};
  std::vector<std::string> names;
  for (AlertKind k : AllAlertKinds()) names.emplace_back(AlertKindName(k));
  EXPECT_EQ(names, expected);
}

TEST(AlertKindTest, ParseIsTheInverseOfName) {
  for (AlertKind k : AllAlertKinds()) {
    std::optional<AlertKind> parsed = ParseAlertKind(AlertKindName(k));
    ASSERT_TRUE(parsed.has_value()) << AlertKindName(k);
    EXPECT_EQ(*parsed, k);
  }
  EXPECT_FALSE(ParseAlertKind("Budget_Exceeded").has_value());
  EXPECT_FALSE(ParseAlertKind("").has_value());
  EXPECT_FALSE(ParseAlertKind("circuit_opened").has_value());
}

Alert MakeAlert(AlertKind kind, std::string reason) {
  Alert a;
  a.kind = kind;
  a.run_id = "r1";
  a.tool = "delete_customer";
  a.reason = std::move(reason);
  a.ts_ms = 1700000000123;
  a.clock_ms = 42;
  return a;
}

TEST(AlertToJsonTest, CarriesEveryField) {
  Json j = AlertToJson(MakeAlert(AlertKind::kTier3Blocked, "tier 3 disabled"));
  EXPECT_EQ(j["kind"], "tier3_blocked");
  EXPECT_EQ(j["run_id"], "r1");
  EXPECT_EQ(j["tool"], "delete_customer");
  EXPECT_EQ(j["reason"], "tier 3 disabled");
  EXPECT_EQ(j["ts"], 1700000000123);
  EXPECT_EQ(j["clock_ms"], 42);
  EXPECT_EQ(j.size(), 6u);
}

TEST(AlertToLineTest, HostileReasonStaysOnOneAsciiLine) {
  std::string reason = "a\nb\r\"c\"\x01\xe2\x80\xa8 d \xff\xfe";
  std::string line = AlertToLine(MakeAlert(AlertKind::kInjectionDetected, reason));
  for (char c : line) {
    EXPECT_GE(static_cast<unsigned char>(c), 0x20) << line;
    EXPECT_LT(static_cast<unsigned char>(c), 0x80) << line;
  }
  Json back = Json::parse(line);
  EXPECT_EQ(back["reason"].get<std::string>().substr(0, 8), "a\nb\r\"c\"\x01");
  EXPECT_NE(back["reason"].get<std::string>().find("\xef\xbf\xbd"), std::string::npos);
}

TEST(MemoryAlertSinkTest, KeepsAlertsAndCountsByKind) {
  MemoryAlertSink sink;
  EXPECT_TRUE(sink.Raise(MakeAlert(AlertKind::kLoopDetected, "x")).ok());
  EXPECT_TRUE(sink.Raise(MakeAlert(AlertKind::kCircuitOpen, "y")).ok());
  EXPECT_TRUE(sink.Raise(MakeAlert(AlertKind::kLoopDetected, "z")).ok());
  EXPECT_EQ(sink.Count(AlertKind::kLoopDetected), 2);
  EXPECT_EQ(sink.Count(AlertKind::kCircuitOpen), 1);
  EXPECT_EQ(sink.Count(AlertKind::kBudgetExceeded), 0);
  ASSERT_EQ(sink.alerts().size(), 3u);
  EXPECT_EQ(sink.alerts()[2].reason, "z");
}

TEST(MemoryAlertSinkTest, ConcurrentRaisesAreAllKept) {
  MemoryAlertSink sink;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&sink] {
      for (int i = 0; i < 500; ++i)
        EXPECT_TRUE(sink.Raise(MakeAlert(AlertKind::kCircuitOpen, "x")).ok());
    });
  }
  for (auto& t : threads) t.join();
  EXPECT_EQ(sink.Count(AlertKind::kCircuitOpen), 2000);
}

TEST(FileAlertSinkTest, AppendsOneParsableLinePerAlert) {
  testing::ManualEnv env;
  env.SetFile("/alerts.jsonl", "{\"kind\":\"circuit_open\"}\n");  // earlier run
  auto sink = FileAlertSink::Open(&env, "/alerts.jsonl");
  ASSERT_TRUE(sink.ok()) << sink.status().ToString();
  EXPECT_TRUE((*sink)->Raise(MakeAlert(AlertKind::kBudgetExceeded, "max_steps\nforged line")).ok());
  EXPECT_TRUE((*sink)->Raise(MakeAlert(AlertKind::kRollbackFailed, "restore failed")).ok());
  EXPECT_TRUE((*sink)->status().ok());

  std::string contents = env.Contents("/alerts.jsonl");
  std::vector<std::string> lines;
  size_t pos = 0;
  for (size_t nl; (nl = contents.find('\n', pos)) != std::string::npos; pos = nl + 1) {
    lines.push_back(contents.substr(pos, nl - pos));
  }
  EXPECT_EQ(pos, contents.size()) << "file must end with a newline";
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(Json::parse(lines[1])["kind"], "budget_exceeded");
  EXPECT_EQ(Json::parse(lines[1])["reason"], "max_steps\nforged line");
  EXPECT_EQ(Json::parse(lines[2])["kind"], "rollback_failed");
}

TEST(FileAlertSinkTest, ReportsTheFirstWriteError) {
  testing::ManualEnv env;
  auto sink = FileAlertSink::Open(&env, "/alerts.jsonl");
  ASSERT_TRUE(sink.ok());
  env.FailAppends(true);
  EXPECT_FALSE((*sink)->Raise(MakeAlert(AlertKind::kCircuitOpen, "x")).ok());
  EXPECT_FALSE((*sink)->status().ok());
}

TEST(FileAlertSinkTest, OpenFailureIsReported) {
  testing::ManualEnv env;
  env.FailOpen(true);
  EXPECT_FALSE(FileAlertSink::Open(&env, "/alerts.jsonl").ok());
}

}  // namespace
}  // namespace blastradius
