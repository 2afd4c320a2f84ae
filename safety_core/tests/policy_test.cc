#include "blastradius/policy.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

namespace blastradius {
namespace {

using ::testing::AllOf;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;
using ::testing::Pair;
using ::testing::SizeIs;

constexpr char kOrigin[] = "policy.json";

StatusOr<Policy> ParsePolicy(const std::string& text) { return Policy::Parse(text, kOrigin); }

// The error message of a policy that must be rejected.
std::string ErrorOf(const std::string& text) {
  StatusOr<Policy> p = ParsePolicy(text);
  EXPECT_FALSE(p.ok()) << "accepted: " << text;
  if (p.ok()) return "";
  EXPECT_EQ(p.status().code(), StatusCode::kInvalidArgument);
  return p.status().message();
}

// The checklist ids of the weakenings of a policy that must load.
std::vector<std::string> WeakenedItems(const std::string& text) {
  StatusOr<Policy> p = ParsePolicy(text);
  EXPECT_TRUE(p.ok()) << p.status().ToString();
  std::vector<std::string> ids;
  if (p.ok()) {
    for (const auto& [id, why] : p->weakenings) ids.push_back(id);
  }
  return ids;
}

TEST(PolicyTest, LoadsSupportAgentExampleWithoutWeakenings) {
  StatusOr<Policy> p =
      Policy::Load(Env::Default(), BLASTRADIUS_SOURCE_DIR "/examples/support_agent/policy.json");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_THAT(p->weakenings, IsEmpty());
  EXPECT_EQ(p->budget.max_steps, 25);
  EXPECT_EQ(p->budget.max_tool_calls, 50);
  EXPECT_EQ(p->budget.max_duration_ms, 120'000);
  EXPECT_EQ(p->budget.max_cost_micros, 1'000'000);
  EXPECT_EQ(p->loop_detection.max_identical_calls, 3);
  EXPECT_EQ(p->circuit_breaker.failure_threshold, 3);
  EXPECT_EQ(p->circuit_breaker.reset_timeout_ms, 60'000);
  EXPECT_EQ(p->retry.base_backoff_ms, 200);
  EXPECT_EQ(p->retry.max_backoff_ms, 5000);
  EXPECT_EQ(p->call_timeout_ms, 10'000);
  EXPECT_TRUE(p->NeedsApproval(2));
  EXPECT_TRUE(p->NeedsApproval(3));
  EXPECT_FALSE(p->NeedsApproval(1));
  EXPECT_EQ(p->sanitizer.max_output_bytes, 4000);
  EXPECT_EQ(p->sanitizer.on_detect, OnDetect::kQuarantine);
  EXPECT_EQ(p->alerts.sink, "log");
}

TEST(PolicyTest, EmptyPolicyIsAllDefaults) {
  StatusOr<Policy> p = ParsePolicy("{}");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  const Policy defaults;
  EXPECT_EQ(p->budget.max_steps, defaults.budget.max_steps);
  EXPECT_EQ(p->budget.max_steps, 50);
  EXPECT_EQ(p->budget.max_tool_calls, 100);
  EXPECT_EQ(p->budget.max_duration_ms, 300'000);
  EXPECT_EQ(p->budget.max_cost_micros, 5'000'000);
  EXPECT_THAT(p->budget.per_tool_calls, IsEmpty());
  EXPECT_TRUE(p->loop_detection.enabled);
  EXPECT_TRUE(p->circuit_breaker.enabled);
  EXPECT_EQ(p->retry.max_attempts, 3);
  EXPECT_EQ(p->call_timeout_ms, 30'000);
  EXPECT_EQ(p->approval.tiers, (std::set<int>{2, 3}));
  EXPECT_EQ(p->approval.timeout_ms, 300'000);
  EXPECT_THAT(p->approval.disabled_tiers, IsEmpty());
  EXPECT_TRUE(p->sanitizer.enabled);
  EXPECT_EQ(p->sanitizer.on_detect, OnDetect::kQuarantine);
  EXPECT_TRUE(p->audit_log.enabled);
  EXPECT_EQ(p->audit_log.path, "audit.jsonl");
  EXPECT_EQ(p->alerts.sink, "log");
  EXPECT_EQ(p->transactions.journal_path, "journal.jsonl");
  EXPECT_THAT(p->weakenings, IsEmpty());
}

TEST(PolicyTest, AbsentKeysInAPresentSectionKeepTheirDefaults) {
  StatusOr<Policy> p = ParsePolicy(R"({"budget": {"max_steps": 7}, "retry": {"max_attempts": 5},
                                      "circuit_breaker": {}})");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->budget.max_steps, 7);
  EXPECT_EQ(p->budget.max_tool_calls, 100);
  EXPECT_EQ(p->budget.max_cost_micros, 5'000'000);
  EXPECT_EQ(p->retry.max_attempts, 5);
  EXPECT_EQ(p->retry.base_backoff_ms, 100);
  EXPECT_EQ(p->circuit_breaker.failure_threshold, 5);
}

TEST(PolicyTest, ReadsEveryKey) {
  StatusOr<Policy> p = ParsePolicy(R"({
    "$schema": "policy.schema.json",
    "budget": {"max_steps": 1, "max_tool_calls": 2, "max_duration_ms": 3, "max_cost_usd": 0.07,
               "per_tool": {"send_email": 1, "search": 0}},
    "loop_detection": {"enabled": false, "max_identical_calls": 2, "window": 10},
    "circuit_breaker": {"enabled": true, "failure_threshold": 4, "reset_timeout_ms": 5,
                        "half_open_probes": 2},
    "retry": {"max_attempts": 6, "base_backoff_ms": 0, "max_backoff_ms": 9,
              "honour_retry_after": false, "max_retry_after_ms": 11, "retry_budget": 0},
    "call_timeout_ms": 12,
    "approval": {"tiers": [1, 3], "timeout_ms": 13, "poll_interval_ms": 14,
                 "disabled_tiers": [2]},
    "sanitizer": {"enabled": true, "max_output_bytes": 64, "packs": ["/abs/p.json", "rel.json"],
                  "learned_stage": false, "on_detect": "block"},
    "audit_log": {"enabled": true, "path": "a.jsonl", "redact_keys": ["ssn", "card"]},
    "alerts": {"sink": "stderr", "path": "al.jsonl"},
    "transactions": {"journal_path": "j.jsonl"}})");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_EQ(p->budget.max_steps, 1);
  EXPECT_EQ(p->budget.max_tool_calls, 2);
  EXPECT_EQ(p->budget.max_duration_ms, 3);
  EXPECT_EQ(p->budget.max_cost_micros, 70'000);
  EXPECT_THAT(p->budget.per_tool_calls, ElementsAre(Pair("search", 0), Pair("send_email", 1)));
  EXPECT_FALSE(p->loop_detection.enabled);
  EXPECT_EQ(p->loop_detection.max_identical_calls, 2);
  EXPECT_EQ(p->loop_detection.window, 10);
  EXPECT_EQ(p->circuit_breaker.failure_threshold, 4);
  EXPECT_EQ(p->circuit_breaker.reset_timeout_ms, 5);
  EXPECT_EQ(p->circuit_breaker.half_open_probes, 2);
  EXPECT_EQ(p->retry.max_attempts, 6);
  EXPECT_EQ(p->retry.base_backoff_ms, 0);
  EXPECT_EQ(p->retry.max_backoff_ms, 9);
  EXPECT_FALSE(p->retry.honour_retry_after);
  EXPECT_EQ(p->retry.max_retry_after_ms, 11);
  EXPECT_EQ(p->retry.retry_budget, 0);
  EXPECT_EQ(p->call_timeout_ms, 12);
  EXPECT_EQ(p->approval.tiers, (std::set<int>{1, 3}));
  EXPECT_EQ(p->approval.timeout_ms, 13);
  EXPECT_EQ(p->approval.poll_interval_ms, 14);
  EXPECT_TRUE(p->IsDisabled(2));
  EXPECT_FALSE(p->IsDisabled(3));
  EXPECT_EQ(p->sanitizer.max_output_bytes, 64);
  EXPECT_THAT(p->sanitizer.packs, ElementsAre("/abs/p.json", "rel.json"));  // Parse: as written
  EXPECT_FALSE(p->sanitizer.learned_stage);
  EXPECT_EQ(p->sanitizer.on_detect, OnDetect::kBlock);
  EXPECT_EQ(p->audit_log.path, "a.jsonl");
  EXPECT_THAT(p->audit_log.redact_keys, ElementsAre("ssn", "card"));
  EXPECT_EQ(p->alerts.sink, "stderr");
  EXPECT_EQ(p->alerts.path, "al.jsonl");
  EXPECT_EQ(p->transactions.journal_path, "j.jsonl");
  EXPECT_THAT(p->weakenings, IsEmpty());  // loop detection off is not a checklist weakening
}

TEST(PolicyTest, AuditSyncDefaultsToEveryRecordAndReadsAGroupSize) {
  StatusOr<Policy> defaults = Policy::Parse("{}", "policy.json");
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->audit_log.sync_every_records, 1);
  StatusOr<Policy> grouped = Policy::Parse(R"({"audit_log": {"sync_every_records": 64}})", "p");
  ASSERT_TRUE(grouped.ok()) << grouped.status().ToString();
  EXPECT_EQ(grouped->audit_log.sync_every_records, 64);
}

TEST(PolicyTest, AuditBufferDefaultsToOneWritePerRecordAndReadsABatchSize) {
  StatusOr<Policy> defaults = Policy::Parse("{}", "policy.json");
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->audit_log.buffer_records, 1);
  StatusOr<Policy> batched =
      Policy::Parse(R"({"audit_log": {"buffer_records": 64, "sync_every_records": 0}})", "p");
  ASSERT_TRUE(batched.ok()) << batched.status().ToString();
  EXPECT_EQ(batched->audit_log.buffer_records, 64);
  EXPECT_EQ(batched->audit_log.sync_every_records, 0);
}

TEST(PolicyTest, LearnedStageDefaultsToOnAndReadsBothValues) {
  StatusOr<Policy> absent = ParsePolicy(R"({"sanitizer": {}})");
  ASSERT_TRUE(absent.ok()) << absent.status().ToString();
  EXPECT_TRUE(absent->sanitizer.learned_stage);
  StatusOr<Policy> off = ParsePolicy(R"({"sanitizer": {"learned_stage": false}})");
  ASSERT_TRUE(off.ok()) << off.status().ToString();
  EXPECT_FALSE(off->sanitizer.learned_stage);
  EXPECT_THAT(off->weakenings, IsEmpty());  // the rules still scan: not a checklist weakening
  StatusOr<Policy> on = ParsePolicy(R"({"sanitizer": {"learned_stage": true}})");
  ASSERT_TRUE(on.ok()) << on.status().ToString();
  EXPECT_TRUE(on->sanitizer.learned_stage);
}

TEST(PolicyTest, LoadResolvesRelativePackPathsAgainstThePolicyDirectory) {
  Env* env = Env::Default();
  std::string dir = ::testing::TempDir();
  if (dir.empty() || dir.back() != '/') dir += "/";
  std::string path = dir + "config_policy_test_packs.json";
  env->RemoveFile(path).IgnoreError();
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  ASSERT_TRUE((*file)
                  ->Append(R"({"sanitizer": {"packs": ["packs/mine.json", "/etc/abs.json",
                                                          "../up.json"]}})")
                  .ok());
  ASSERT_TRUE((*file)->Close().ok());

  StatusOr<Policy> p = Policy::Load(env, path);
  env->RemoveFile(path).IgnoreError();
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  std::string up = std::filesystem::path(dir + "../up.json").lexically_normal().string();
  EXPECT_THAT(up, Not(HasSubstr("..")));
  EXPECT_THAT(p->sanitizer.packs, ElementsAre(dir + "packs/mine.json", "/etc/abs.json", up));
}

TEST(PolicyTest, LoadOfMissingFileIsNotFound) {
  StatusOr<Policy> p = Policy::Load(Env::Default(), "/nonexistent/policy.json");
  ASSERT_FALSE(p.ok());
  EXPECT_EQ(p.status().code(), StatusCode::kNotFound);
}

TEST(PolicyTest, EachWeakeningNamesItsChecklistItem) {
  EXPECT_THAT(WeakenedItems(R"({"approval": {"tiers": [2]}})"), ElementsAre("tier3_gated"));
  EXPECT_THAT(WeakenedItems(R"({"approval": {"tiers": []}})"), ElementsAre("tier3_gated"));
  EXPECT_THAT(WeakenedItems(R"({"budget": {"max_steps": null}})"), ElementsAre("budgets_enforced"));
  EXPECT_THAT(WeakenedItems(R"({"budget": {"max_tool_calls": null}})"),
              ElementsAre("budgets_enforced"));
  EXPECT_THAT(WeakenedItems(R"({"budget": {"max_duration_ms": null}})"),
              ElementsAre("budgets_enforced"));
  EXPECT_THAT(WeakenedItems(R"({"budget": {"max_cost_usd": null}})"),
              ElementsAre("budgets_enforced"));
  EXPECT_THAT(WeakenedItems(R"({"circuit_breaker": {"enabled": false}})"),
              ElementsAre("circuit_breakers"));
  EXPECT_THAT(WeakenedItems(R"({"sanitizer": {"enabled": false}})"),
              ElementsAre("outputs_sanitized"));
  EXPECT_THAT(WeakenedItems(R"({"audit_log": {"enabled": false}})"),
              ElementsAre("structured_logging"));
  EXPECT_THAT(WeakenedItems(R"({"alerts": {"sink": "none"}})"), ElementsAre("alerts_wired"));
}

TEST(PolicyTest, NullLimitIsUnlimitedAndExplained) {
  StatusOr<Policy> p = ParsePolicy(R"({"budget": {"max_steps": null, "max_cost_usd": null}})");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_FALSE(p->budget.max_steps.has_value());
  EXPECT_FALSE(p->budget.max_cost_micros.has_value());
  EXPECT_EQ(p->budget.max_tool_calls, 100);
  ASSERT_THAT(p->weakenings, SizeIs(2));
  EXPECT_THAT(
      p->weakenings[0].second,
      AllOf(HasSubstr("policy.json"), HasSubstr("$.budget.max_steps"), HasSubstr("unlimited")));
  EXPECT_THAT(p->weakenings[1].second, HasSubstr("$.budget.max_cost_usd"));
}

TEST(PolicyTest, DisabledTier3IsGatedAndNotAWeakening) {
  StatusOr<Policy> p = ParsePolicy(R"({"approval": {"tiers": [2], "disabled_tiers": [3]}})");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_THAT(p->weakenings, IsEmpty());
  EXPECT_TRUE(p->IsDisabled(3));
  EXPECT_FALSE(p->NeedsApproval(3));
}

TEST(PolicyTest, EveryWeakeningIsReportedTogether) {
  StatusOr<Policy> p = ParsePolicy(R"({"approval": {"tiers": [2]},
      "budget": {"max_steps": null}, "circuit_breaker": {"enabled": false},
      "sanitizer": {"enabled": false}, "audit_log": {"enabled": false},
      "alerts": {"sink": "none"}})");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  std::vector<std::string> ids;
  for (const auto& [id, why] : p->weakenings) {
    ids.push_back(id);
    EXPECT_THAT(why, HasSubstr("policy.json: $")) << id;
  }
  EXPECT_THAT(ids, ::testing::UnorderedElementsAre("tier3_gated", "budgets_enforced",
                                                   "circuit_breakers", "outputs_sanitized",
                                                   "structured_logging", "alerts_wired"));
}

TEST(PolicyTest, NegativeLimitsAreErrors) {
  struct Case {
    const char* json;
    const char* path;
    const char* expected;
  };
  for (const Case& c : {
           Case{R"({"budget": {"max_steps": -1}})", "$.budget.max_steps", "an integer from 0 to"},
           Case{R"({"budget": {"max_tool_calls": -5}})", "$.budget.max_tool_calls", "from 0 to"},
           Case{R"({"budget": {"max_duration_ms": -1}})", "$.budget.max_duration_ms", "from 0 to"},
           Case{R"({"budget": {"max_cost_usd": -0.5}})", "$.budget.max_cost_usd",
                "a number of US dollars from 0"},
           Case{R"({"budget": {"per_tool": {"send": -1}}})", "$.budget.per_tool.send", "from 0 to"},
           Case{R"({"loop_detection": {"max_identical_calls": 0}})",
                "$.loop_detection.max_identical_calls", "from 1 to"},
           Case{R"({"loop_detection": {"window": -1}})", "$.loop_detection.window", "from 0 to"},
           Case{R"({"circuit_breaker": {"failure_threshold": 0}})",
                "$.circuit_breaker.failure_threshold", "from 1 to"},
           Case{R"({"circuit_breaker": {"reset_timeout_ms": 0}})",
                "$.circuit_breaker.reset_timeout_ms", "an integer from 1 to"},
           Case{R"({"circuit_breaker": {"half_open_probes": 0}})",
                "$.circuit_breaker.half_open_probes", "from 1 to"},
           Case{R"({"retry": {"max_attempts": 0}})", "$.retry.max_attempts", "from 1 to"},
           Case{R"({"retry": {"base_backoff_ms": -1}})", "$.retry.base_backoff_ms", "from 0 to"},
           Case{R"({"retry": {"max_retry_after_ms": -1}})", "$.retry.max_retry_after_ms",
                "from 0 to"},
           Case{R"({"retry": {"retry_budget": -1}})", "$.retry.retry_budget", "from 0 to"},
           Case{R"({"call_timeout_ms": 0})", "$.call_timeout_ms", "an integer from 1 to"},
           Case{R"({"approval": {"timeout_ms": 0}})", "$.approval.timeout_ms", "from 1 to"},
           Case{R"({"approval": {"poll_interval_ms": -3}})", "$.approval.poll_interval_ms",
                "from 1 to"},
           Case{R"({"approval": {"tiers": [2, 4]}})", "$.approval.tiers[1]",
                "an integer from 0 to 3"},
           Case{R"({"approval": {"disabled_tiers": [-1]}})", "$.approval.disabled_tiers[0]",
                "an integer from 0 to 3"},
           Case{R"({"sanitizer": {"max_output_bytes": 63}})", "$.sanitizer.max_output_bytes",
                "an integer from 64 to"},
           Case{R"({"audit_log": {"sync_every_records": -1}})", "$.audit_log.sync_every_records",
                "an integer from 0 to"},
           Case{R"({"audit_log": {"sync_every_records": 2000000}})",
                "$.audit_log.sync_every_records", "an integer from 0 to"},
           Case{R"({"audit_log": {"buffer_records": 0}})", "$.audit_log.buffer_records",
                "an integer from 1 to 4096"},
           Case{R"({"audit_log": {"buffer_records": 4097}})", "$.audit_log.buffer_records",
                "an integer from 1 to 4096"},
           Case{R"({"audit_log": {"buffer_records": "64"}})", "$.audit_log.buffer_records",
                "an integer from 1 to 4096"},
       }) {
    EXPECT_THAT(ErrorOf(c.json), AllOf(HasSubstr(std::string("policy.json: ") + c.path + ": "),
                                       HasSubstr(c.expected)))
        << c.json;
  }
}

// Issue 11 row 9: durations were accepted up to INT64_MAX and then added to the clock (signed
// overflow at guard.cc and approval.cc). Every duration, count and size now has a ceiling.
TEST(PolicyTest, ValuesAboveTheirCeilingAreErrorsNamingFileAndPath) {
  const std::string huge = "9223372036854775807";
  const std::string over_ms = std::to_string(kMaxPolicyDurationMs + 1);
  struct Case {
    std::string json;
    const char* path;
  };
  for (const Case& c : {
           Case{R"({"call_timeout_ms": )" + huge + "}", "$.call_timeout_ms"},
           Case{R"({"call_timeout_ms": )" + over_ms + "}", "$.call_timeout_ms"},
           Case{R"({"approval": {"timeout_ms": )" + huge + "}}", "$.approval.timeout_ms"},
           Case{R"({"approval": {"poll_interval_ms": )" + huge + "}}",
                "$.approval.poll_interval_ms"},
           Case{R"({"budget": {"max_duration_ms": )" + over_ms + "}}", "$.budget.max_duration_ms"},
           Case{R"({"budget": {"max_steps": )" + huge + "}}", "$.budget.max_steps"},
           Case{R"({"budget": {"max_tool_calls": )" + huge + "}}", "$.budget.max_tool_calls"},
           Case{R"({"budget": {"per_tool": {"send": )" + huge + "}}}", "$.budget.per_tool.send"},
           Case{R"({"circuit_breaker": {"reset_timeout_ms": )" + huge + "}}",
                "$.circuit_breaker.reset_timeout_ms"},
           Case{R"({"retry": {"max_backoff_ms": )" + huge + "}}", "$.retry.max_backoff_ms"},
           Case{R"({"retry": {"max_retry_after_ms": )" + huge + "}}", "$.retry.max_retry_after_ms"},
           Case{R"({"sanitizer": {"max_output_bytes": )" + std::to_string(kMaxPolicyBytes + 1) +
                    "}}",
                "$.sanitizer.max_output_bytes"},
       }) {
    EXPECT_THAT(ErrorOf(c.json),
                AllOf(HasSubstr(std::string("policy.json: ") + c.path + ": "), HasSubstr("to ")))
        << c.json;
  }
  // The ceilings themselves load: a ten-year timeout is legal (the checklist judges it).
  StatusOr<Policy> at_ceiling = ParsePolicy(
      R"({"call_timeout_ms": 1000000000000, "approval": {"timeout_ms": 1000000000000},
          "budget": {"max_duration_ms": 1000000000000}})");
  ASSERT_TRUE(at_ceiling.ok()) << at_ceiling.status().ToString();
  EXPECT_EQ(at_ceiling->call_timeout_ms, kMaxPolicyDurationMs);
}

TEST(PolicyTest, WrongTypesAreErrors) {
  struct Case {
    const char* json;
    const char* path;
    const char* expected;
  };
  for (const Case& c : {
           Case{R"({"budget": []})", "$.budget", "expected an object"},
           Case{R"({"budget": null})", "$.budget", "expected an object, got null"},
           Case{R"({"budget": {"max_steps": "10"}})", "$.budget.max_steps", "got string"},
           Case{R"({"budget": {"max_steps": 2.5}})", "$.budget.max_steps", "an integer"},
           Case{R"({"budget": {"max_cost_usd": "1"}})", "$.budget.max_cost_usd", "a number"},
           Case{R"({"budget": {"per_tool": [1]}})", "$.budget.per_tool", "an object"},
           Case{R"({"loop_detection": {"enabled": "no"}})", "$.loop_detection.enabled",
                "true or false"},
           Case{R"({"retry": {"honour_retry_after": 1}})", "$.retry.honour_retry_after",
                "true or false"},
           Case{R"({"call_timeout_ms": "fast"})", "$.call_timeout_ms", "an integer"},
           Case{R"({"approval": {"tiers": 3}})", "$.approval.tiers", "an array of tiers"},
           Case{R"({"approval": {"tiers": ["3"]}})", "$.approval.tiers[0]", "a tier"},
           Case{R"({"sanitizer": {"on_detect": "ignore"}})", "$.sanitizer.on_detect",
                R"(one of "flag", "quarantine", "block")"},
           Case{R"({"sanitizer": {"learned_stage": "no"}})", "$.sanitizer.learned_stage",
                "true or false"},
           Case{R"({"sanitizer": {"learned_stage": 0}})", "$.sanitizer.learned_stage",
                "true or false"},
           Case{R"({"sanitizer": {"packs": "p.json"}})", "$.sanitizer.packs",
                "an array of strings"},
           Case{R"({"sanitizer": {"packs": [""]}})", "$.sanitizer.packs[0]",
                "a non-empty file path"},
           Case{R"({"audit_log": {"path": ""}})", "$.audit_log.path", "a non-empty file path"},
           Case{R"({"audit_log": {"redact_keys": [1]}})", "$.audit_log.redact_keys[0]", "a string"},
           Case{R"({"alerts": {"sink": "email"}})", "$.alerts.sink",
                R"(one of "log", "stderr", "none")"},
           Case{R"({"alerts": {"path": 5}})", "$.alerts.path", "a string"},
           Case{R"({"transactions": {"journal_path": null}})", "$.transactions.journal_path",
                "a string"},
           Case{R"([1])", "$", "an object"},
       }) {
    EXPECT_THAT(ErrorOf(c.json), AllOf(HasSubstr(std::string("policy.json: ") + c.path + ": "),
                                       HasSubstr(c.expected)))
        << c.json;
  }
}

TEST(PolicyTest, UnknownKeysAreErrorsAtTopLevelAndInEverySection) {
  for (const char* section : {"budget", "loop_detection", "circuit_breaker", "retry", "approval",
                              "sanitizer", "audit_log", "alerts", "transactions"}) {
    std::string json = std::string(R"({")") + section + R"(": {"bogus": 1}})";
    EXPECT_THAT(ErrorOf(json), AllOf(HasSubstr(std::string("policy.json: $.") + section +
                                               ".bogus: unknown key (allowed here: "),
                                     Not(HasSubstr("allowed here: none"))))
        << json;
  }
  EXPECT_THAT(ErrorOf(R"({"budgets": {}})"),
              AllOf(HasSubstr("policy.json: $.budgets: unknown key"), HasSubstr("budget, "),
                    HasSubstr("transactions")));
}

TEST(PolicyTest, MaxBackoffBelowBaseIsAnError) {
  EXPECT_THAT(ErrorOf(R"({"retry": {"base_backoff_ms": 500, "max_backoff_ms": 100}})"),
              AllOf(HasSubstr("policy.json: $.retry.max_backoff_ms"),
                    HasSubstr("max_backoff_ms (100) >= base_backoff_ms (500)")));
  // Against the default max (10000), the error points at the key the user wrote.
  EXPECT_THAT(ErrorOf(R"({"retry": {"base_backoff_ms": 20000}})"),
              HasSubstr("policy.json: $.retry.base_backoff_ms"));
  EXPECT_TRUE(ParsePolicy(R"({"retry": {"base_backoff_ms": 500, "max_backoff_ms": 500}})").ok());
}

TEST(PolicyTest, ReportsEveryErrorAtOnce) {
  std::string e = ErrorOf(R"({"budget": {"max_steps": -1, "max_cost_usd": "x"},
      "retry": {"max_attempts": 0}, "sanitizer": {"on_detect": "drop"}, "colour": "red"})");
  EXPECT_THAT(e, HasSubstr("$.budget.max_steps"));
  EXPECT_THAT(e, HasSubstr("$.budget.max_cost_usd"));
  EXPECT_THAT(e, HasSubstr("$.retry.max_attempts"));
  EXPECT_THAT(e, HasSubstr("$.sanitizer.on_detect"));
  EXPECT_THAT(e, HasSubstr("$.colour"));
  EXPECT_EQ(std::count(e.begin(), e.end(), '\n'), 4);
}

TEST(PolicyTest, CostLimitIsExactInMicroDollars) {
  StatusOr<Policy> p = ParsePolicy(R"({"budget": {"max_cost_usd": 0.3}})");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->budget.max_cost_micros, 300'000);
  // Three calls costing $0.1 each (100'000 micros) exactly reach a $0.30 budget.
  EXPECT_EQ(3 * 100'000, *p->budget.max_cost_micros);
  p = ParsePolicy(R"({"budget": {"max_cost_usd": 19.99}})");
  ASSERT_TRUE(p.ok());
  EXPECT_EQ(p->budget.max_cost_micros, 19'990'000);
}

TEST(PolicyTest, OnDetectNames) {
  EXPECT_EQ(OnDetectName(OnDetect::kFlag), "flag");
  EXPECT_EQ(OnDetectName(OnDetect::kQuarantine), "quarantine");
  EXPECT_EQ(OnDetectName(OnDetect::kBlock), "block");
  for (OnDetect d : {OnDetect::kFlag, OnDetect::kQuarantine, OnDetect::kBlock}) {
    StatusOr<Policy> p = ParsePolicy(std::string(R"({"sanitizer": {"on_detect": ")") +
                                     std::string(OnDetectName(d)) + "\"}}");
    ASSERT_TRUE(p.ok());
    EXPECT_EQ(p->sanitizer.on_detect, d);
  }
}

TEST(PolicyTest, SyntaxErrorNamesFileLineAndColumn) {
  EXPECT_THAT(ErrorOf("{\n\n  \"budget\": {\"max_steps\": 3,}\n}"),
              AllOf(HasSubstr("policy.json: line 3, column"), HasSubstr("not valid JSON")));
}

}  // namespace
}  // namespace blastradius

namespace blastradius {
namespace {

TEST(PolicyTenantBudgetTest, AbsentSectionMeansNoTenantCaps) {
  StatusOr<Policy> p = Policy::Parse("{}", "policy.json");
  ASSERT_TRUE(p.ok());
  EXPECT_FALSE(p->tenant_budget.has_value());
}

TEST(PolicyTenantBudgetTest, ReadsTenantAndDailyCapsExactlyInMicroDollars) {
  StatusOr<Policy> p = Policy::Parse(
      R"({"tenant_budget": {"tenant": "acme-eu.1", "max_calls_per_day": 10000,
          "max_cost_usd_per_day": 50.000001}})",
      "policy.json");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  ASSERT_TRUE(p->tenant_budget.has_value());
  EXPECT_EQ(p->tenant_budget->tenant, "acme-eu.1");
  EXPECT_EQ(p->tenant_budget->max_calls_per_day, 10000);
  EXPECT_EQ(p->tenant_budget->max_cost_micros_per_day, 50'000'001);
  EXPECT_TRUE(p->weakenings.empty());
}

TEST(PolicyTenantBudgetTest, OmittedOrNullCapsAreUncapped) {
  StatusOr<Policy> p = Policy::Parse(
      R"({"tenant_budget": {"tenant": "acme", "max_calls_per_day": null}})", "policy.json");
  ASSERT_TRUE(p.ok()) << p.status().ToString();
  EXPECT_FALSE(p->tenant_budget->max_calls_per_day.has_value());
  EXPECT_FALSE(p->tenant_budget->max_cost_micros_per_day.has_value());
}

TEST(PolicyTenantBudgetTest, BadTenantSectionsAreErrorsNamingThePath) {
  struct Case {
    const char* json;
    const char* path;
  };
  const Case cases[] = {
      {R"({"tenant_budget": {"max_calls_per_day": 1}})", "$.tenant_budget.tenant"},
      {R"({"tenant_budget": {"tenant": ""}})", "$.tenant_budget.tenant"},
      {R"({"tenant_budget": {"tenant": "a:b"}})", "$.tenant_budget.tenant"},
      {R"({"tenant_budget": {"tenant": "a", "max_calls_per_day": -1}})",
       "$.tenant_budget.max_calls_per_day"},
      {R"({"tenant_budget": {"tenant": "a", "max_calls_per_day": 1000000000001}})",
       "$.tenant_budget.max_calls_per_day"},
      {R"({"tenant_budget": {"tenant": "a", "max_cost_usd_per_day": 1e10}})",
       "$.tenant_budget.max_cost_usd_per_day"},
      {R"({"tenant_budget": {"tenant": "a", "per_hour": 1}})", "$.tenant_budget"},
      {R"({"tenant_budget": "acme"})", "$.tenant_budget"},
  };
  for (const Case& c : cases) {
    StatusOr<Policy> p = Policy::Parse(c.json, "policy.json");
    ASSERT_FALSE(p.ok()) << c.json;
    EXPECT_NE(p.status().message().find(c.path), std::string::npos)
        << c.json << " -> " << p.status().message();
    EXPECT_NE(p.status().message().find("policy.json"), std::string::npos);
  }
  const std::string long_id(kMaxTenantIdBytes + 1, 'a');
  EXPECT_FALSE(
      Policy::Parse(R"({"tenant_budget": {"tenant": ")" + long_id + R"("}})", "p.json").ok());
}

}  // namespace
}  // namespace blastradius
