#include "blastradius/audit_log.h"

#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <thread>

#include "swar.h"
#include "test_env.h"

namespace blastradius {
namespace {

constexpr char kR[] = "[REDACTED]";

TEST(RedactSecretsTest, SecretKeysAnyCaseAnyDepth) {
  Json args = Json::parse(R"({
    "customer_id": "c-17",
    "Password": "hunter2",
    "db": {"DB_PASSWORD": "x", "host": "db.local", "nested": [{"api_key": 12345}]},
    "X-Authorization": {"scheme": "basic"},
    "session_id": "abc",
    "list": ["plain", {"refresh_token": "t"}]
  })");
  Json out = RedactSecrets(args);
  EXPECT_EQ(out["customer_id"], "c-17");
  EXPECT_EQ(out["Password"], kR);
  EXPECT_EQ(out["db"]["DB_PASSWORD"], kR);
  EXPECT_EQ(out["db"]["host"], "db.local");
  EXPECT_EQ(out["db"]["nested"][0]["api_key"], kR);
  EXPECT_EQ(out["X-Authorization"], kR);
  EXPECT_EQ(out["session_id"], kR);
  EXPECT_EQ(out["list"][0], "plain");
  EXPECT_EQ(out["list"][1]["refresh_token"], kR);
  // The input is not modified.
  EXPECT_EQ(args["Password"], "hunter2");
}

TEST(RedactSecretsTest, ExtraKeysAreAdded) {
  Json args = {{"ssn", "123-45-6789"}, {"name", "Ann"}};
  EXPECT_EQ(RedactSecrets(args)["ssn"], "123-45-6789");
  Json out = RedactSecrets(args, {"SSN"});
  EXPECT_EQ(out["ssn"], kR);
  EXPECT_EQ(out["name"], "Ann");
}

TEST(RedactSecretsTest, BearerTokensInsideStrings) {
  Json args = {{"headers", Json::array({"Accept: json", "X: bearer eyJhbGciOi.J9.abc-_=="})},
               {"note", "use Bearer abc123 then BEARER\tq/w+e= and Bearerless words"}};
  Json out = RedactSecrets(args);
  EXPECT_EQ(out["headers"][0], "Accept: json");
  EXPECT_EQ(out["headers"][1], "X: Bearer [REDACTED]");
  EXPECT_EQ(out["note"], "use Bearer [REDACTED] then Bearer [REDACTED] and Bearerless words");
}

TEST(RedactSecretsTest, LuhnValidCardNumbersOnly) {
  // 4111 1111 1111 1111 is the classic Luhn-valid test card; 4111111111111112 is not valid.
  Json args = {{"msg", "card 4111 1111 1111 1111 exp 12/29"},
               {"dashed", "5555-5555-5555-4444"},
               {"order_id", "4111111111111112"},
               {"phone", "+1 415 555 0100"},
               {"amount", 1234},
               {"card_num", 4111111111111111},
               {"id", 4111111111111112}};
  Json out = RedactSecrets(args);
  EXPECT_EQ(out["msg"], "card [REDACTED] exp 12/29");
  EXPECT_EQ(out["dashed"], kR);
  EXPECT_EQ(out["order_id"], "4111111111111112");
  EXPECT_EQ(out["phone"], "+1 415 555 0100");
  EXPECT_EQ(out["amount"], 1234);
  EXPECT_EQ(out["card_num"], kR);
  EXPECT_EQ(out["id"], 4111111111111112);
}

TEST(RedactSecretsTest, DigitRunLengthBounds) {
  // 12 digits (Luhn-valid) is too short; a 20-digit run is too long even if it passes Luhn.
  EXPECT_EQ(RedactSecrets(Json("411111111116")), "411111111116");
  EXPECT_EQ(RedactSecrets(Json("41111111111111111114")), "41111111111111111114");
  // 13 digits, Luhn-valid.
  EXPECT_EQ(RedactSecrets(Json("x 4222222222222 y")), "x [REDACTED] y");
}

TEST(RedactSecretsTest, OrdinaryArgumentsUntouched) {
  Json args = Json::parse(R"({"customer_id":"c-9","email":"a@b.c","amount":19.99,
    "tags":["vip",null,true],"note":"Refund order 1234 within 30 days","count":3})");
  EXPECT_EQ(RedactSecrets(args), args);
}

TEST(RedactSecretsTest, IsIdempotent) {
  Json args = {{"token", "t"}, {"m", "Bearer x 4111111111111111"}};
  Json once = RedactSecrets(args);
  EXPECT_EQ(RedactSecrets(once), once);
}

AuditRecord SampleRecord() {
  AuditRecord r;
  r.run_id = "run-7";
  r.step_number = 3;
  r.tool_name = "refund_payment";
  r.tool_inputs = {{"order", "o-1"}, {"amount", 12.5}};
  r.tool_outputs = "refunded";
  r.risk_tier = 3;
  r.duration_ms = 120;
  r.tokens_used = 55;
  r.budget_remaining.steps = 7;
  r.budget_remaining.calls = 11;
  r.budget_remaining.ms = std::nullopt;
  r.budget_remaining.micros_usd = 1'250'000;
  r.ts_ms = 1700000000000;
  r.decision = Decision::kAllowed;
  r.reason = "approved by ops";
  r.attempt = 2;
  r.outcome = "ok";
  r.call_id = "run-7/3";
  Finding f;
  f.pattern_id = "ignore_previous";
  f.pack = "core";
  f.severity = Severity::kHigh;
  f.description = "override attempt";
  f.begin = 4;
  f.end = 19;
  r.findings.push_back(f);
  return r;
}

TEST(AuditRecordTest, JsonHasEveryRequiredField) {
  Json j = AuditRecordToJson(SampleRecord());
  for (const std::string& field : RequiredAuditFields()) {
    EXPECT_TRUE(j.contains(field)) << field;
  }
  for (const char* field :
       {"ts", "decision", "reason", "attempt", "outcome", "call_id", "findings"}) {
    EXPECT_TRUE(j.contains(field)) << field;
  }
  EXPECT_EQ(j["budget_remaining"]["steps"], 7);
  EXPECT_TRUE(j["budget_remaining"]["ms"].is_null());
  EXPECT_DOUBLE_EQ(j["budget_remaining"]["usd"].get<double>(), 1.25);
  EXPECT_EQ(j["findings"][0]["severity"], "high");
  EXPECT_EQ(j["findings"][0]["end"], 19);
  EXPECT_EQ(j["risk_tier"], 3);
}

TEST(AuditRecordTest, ToJsonRedactsInputsAsABackstop) {
  AuditRecord r = SampleRecord();
  r.tool_inputs = {{"password", "pw"}, {"to", "x"}};
  Json j = AuditRecordToJson(r);
  EXPECT_EQ(j["tool_inputs"]["password"], kR);
  EXPECT_EQ(j["tool_inputs"]["to"], "x");
}

void ExpectSameRecord(const AuditRecord& a, const AuditRecord& b) {
  EXPECT_EQ(AuditRecordToJson(a), AuditRecordToJson(b));
  EXPECT_EQ(a.tool_outputs, b.tool_outputs);
  EXPECT_EQ(a.budget_remaining.micros_usd, b.budget_remaining.micros_usd);
}

void ExpectOneSafeLine(const std::string& line) {
  for (char c : line) {
    unsigned char u = static_cast<unsigned char>(c);
    ASSERT_TRUE(u >= 0x20 && u < 0x7f) << "byte " << int(u) << " in " << line;
  }
}

TEST(AuditRecordTest, HostileOutputsStayOnOneLineAndParseBack) {
  const std::vector<std::string> outputs = {
      "line1\nline2\r\nline3",
      "\"}\n{\"run_id\":\"forged\",\"decision\":\"allowed\"}",
      std::string("nul\0byte\x01\x1f\x7f", 12),
      "sep\xe2\x80\xa8para\xe2\x80\xa9nel\xc2\x85",
      "\\\\\"\\n not a newline",
      "\xf0\x9f\x98\x80 emoji and \xc3\xa9",
  };
  for (const std::string& out : outputs) {
    AuditRecord r = SampleRecord();
    r.tool_outputs = out;
    r.reason = out;
    std::string line = AuditRecordToLine(r);
    ExpectOneSafeLine(line);
    StatusOr<AuditRecord> back = ParseAuditLine(line, "audit.jsonl:1");
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    ExpectSameRecord(r, *back);
  }
}

TEST(AuditRecordTest, InvalidUtf8IsReplacedNeverThrows) {
  AuditRecord r = SampleRecord();
  r.tool_outputs = "ok \xff\xfe\xc3 bad \xed\xa0\x80 end";
  r.tool_inputs = {{"q", "\xc0\xaf"}};
  std::string line = AuditRecordToLine(r);
  ExpectOneSafeLine(line);
  StatusOr<AuditRecord> back = ParseAuditLine(line, "audit.jsonl:1");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->tool_outputs.rfind("ok ", 0), 0u);
  EXPECT_NE(back->tool_outputs.find("\xef\xbf\xbd"), std::string::npos);
  EXPECT_EQ(back->tool_outputs.find('\xff'), std::string::npos);
  // Each U+FFFD is longer than the byte it replaces: the tail is cut to the input's length.
  EXPECT_LE(back->tool_outputs.size(), r.tool_outputs.size());
}

// Found by GuardProperty.SafetyInvariantsHoldForEveryRun: redaction ("pw=x" -> "pw=[REDACTED]")
// made an audit record's tool_outputs one byte longer than the guard's max_output_bytes bound.
TEST(AuditRecordTest, RedactionNeverLengthensToolOutputsPastWhatTheGuardBounded) {
  const std::vector<std::string> outputs = {
      "password=x token=y api_key=z " + std::string(40, 'a'),
      "Authorization: Bearer abcdefghijklmnopqrstuvwxyz0123456789 password=q",
      "ok \xff\xfe\xc3 bad \xed\xa0\x80 end password=p",
      "\xf0\x9f\x98\x80 emoji secret=s \xc3\xa9",
  };
  for (const std::string& out : outputs) {
    AuditRecord r = SampleRecord();
    r.tool_outputs = out;
    StatusOr<AuditRecord> back = ParseAuditLine(AuditRecordToLine(r), "audit.jsonl:1");
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    EXPECT_LE(back->tool_outputs.size(), out.size()) << back->tool_outputs;
    EXPECT_TRUE(back->tool_outputs.find("=x ") == std::string::npos &&
                back->tool_outputs.find("=p") == std::string::npos)
        << "a secret survived: " << back->tool_outputs;
  }
}

// Well-formed UTF-8 drawn from the characters JSON escaping treats differently.
std::string RandomText(std::mt19937_64& rng) {
  static const std::vector<std::string> kPieces = {"a",
                                                   "Z",
                                                   "0",
                                                   " ",
                                                   "/",
                                                   "{",
                                                   "}",
                                                   ":",
                                                   ",",
                                                   "\"",
                                                   "\\",
                                                   "\n",
                                                   "\r",
                                                   "\t",
                                                   "\b",
                                                   "\f",
                                                   std::string(1, '\0'),
                                                   "\x01",
                                                   "\x1f",
                                                   "\x7f",
                                                   "\xc2\x80",
                                                   "\xc2\x9f",
                                                   "\xc3\xa9",
                                                   "\xe2\x80\xa8",
                                                   "\xe2\x80\xa9",
                                                   "\xef\xbf\xbd",
                                                   "\xef\xbf\xbf",
                                                   "\xed\x9f\xbf",
                                                   "\xee\x80\x80",
                                                   "\xf0\x9f\x98\x80",
                                                   "\xf4\x8f\xbf\xbf",
                                                   "password=hunter2 ",
                                                   "Bearer abcdefghijklmnopqrstuvwxyz012345 ",
                                                   "4111111111111111",
                                                   "ok then. "};
  std::string out;
  const size_t n = rng() % 24;
  for (size_t i = 0; i < n; ++i) out += kPieces[rng() % kPieces.size()];
  return out;
}

// The line is rendered without building a JSON tree; it must be exactly the dump of
// AuditRecordToJson, the record's definition (docs/formats/audit_record.md).
TEST(AuditRecordTest, LineIsTheJsonDumpByteForByte) {
  std::mt19937_64 rng(20261129);
  for (int i = 0; i < 3000; ++i) {
    AuditRecord r;
    r.run_id = RandomText(rng);
    r.step_number = static_cast<int64_t>(rng()) >> (rng() % 64);
    r.tool_name = RandomText(rng);
    r.tool_inputs = {{RandomText(rng), RandomText(rng)},
                     {"n", static_cast<int64_t>(rng() % 1000)},
                     {"nested", {{"password", RandomText(rng)}, {"list", {1, RandomText(rng)}}}}};
    r.tool_outputs = RandomText(rng);
    r.risk_tier = static_cast<int>(rng() % 5) - 1;
    r.duration_ms = static_cast<int64_t>(rng() % 100000);
    r.tokens_used = -static_cast<int64_t>(rng() % 3);
    if (rng() % 2) r.budget_remaining.steps = static_cast<int64_t>(rng() % 50);
    if (rng() % 2) r.budget_remaining.calls = static_cast<int64_t>(rng() % 50);
    if (rng() % 2) r.budget_remaining.ms = static_cast<int64_t>(rng());
    if (rng() % 2) r.budget_remaining.micros_usd = static_cast<int64_t>(rng() % 10'000'000);
    r.ts_ms = static_cast<int64_t>(rng() >> 1);
    r.decision = kAllDecisions[rng() % std::size(kAllDecisions)];
    r.reason = RandomText(rng);
    r.attempt = static_cast<int>(rng() % 4);
    r.outcome = RandomText(rng);
    r.call_id = RandomText(rng);
    if (rng() % 3 == 0) {
      Finding f;
      f.pattern_id = RandomText(rng);
      f.pack = "core";
      f.description = RandomText(rng);
      f.begin = rng() % 100;
      f.end = f.begin + rng() % 100;
      r.findings.push_back(f);
    }
    const std::string expected =
        AuditRecordToJson(r).dump(-1, ' ', /*ensure_ascii=*/true, Json::error_handler_t::replace);
    ASSERT_EQ(AuditRecordToLine(r), expected) << "record " << i;
  }
}

// The same for records whose fields redaction leaves as they are (ASCII without ':' or '=',
// no secret key), which the line renders without copying them: the fast path must spell
// exactly what the dump of the redacted tree spells.
TEST(AuditRecordTest, LineOfARecordNothingRedactsIsTheJsonDumpByteForByte) {
  std::mt19937_64 rng(20261130);
  const auto plain = [&rng] {
    std::string text;
    for (char c : RandomText(rng)) {
      if (c != ':' && c != '=' && static_cast<unsigned char>(c) < 0x80) text.push_back(c);
    }
    return text;
  };
  int as_is = 0;
  for (int i = 0; i < 2000; ++i) {
    AuditRecord r;
    r.run_id = plain();
    r.tool_name = plain();
    r.tool_inputs = {{"q", plain()}, {"n", static_cast<int64_t>(rng() % 1000)}, {"l", {1.5, "x"}}};
    r.tool_outputs = plain();
    r.reason = plain();
    r.call_id = plain();
    if (rng() % 2) r.budget_remaining.micros_usd = static_cast<int64_t>(rng() % 10'000'000);
    as_is += !MayHoldSecret(r.tool_inputs) && !MayHoldSecretInText(r.tool_outputs) &&
             !MayHoldSecretInText(r.reason);
    const std::string expected =
        AuditRecordToJson(r).dump(-1, ' ', /*ensure_ascii=*/true, Json::error_handler_t::replace);
    ASSERT_EQ(AuditRecordToLine(r), expected) << "record " << i;
  }
  EXPECT_GT(as_is, 100);  // the path that copies nothing was taken, often
}

// The outputs and the reason are escaped in the same pass that checks them for secrets, and the
// pass gives up (the field then goes through redaction and repair) at the first "maybe" or
// non-ASCII byte, which can come after bytes it already escaped. Differential: ASCII text dense
// in the bytes the secret checks start from and the bytes JSON escapes, near-secrets and
// secrets at any offset of the pass's 8- or 16-byte steps, sometimes one non-ASCII byte; the line
// must be the dump of the redacted tree, and both the cleared and the redacted path must be taken.
TEST(AuditRecordTest, OutputsEscapedInTheSecretCheckPassAreTheDumpsBytes) {
  std::mt19937_64 rng(20261201);
  static const std::vector<std::string> kPieces = {"a",
                                                   "Z",
                                                   "b",
                                                   "B",
                                                   "I",
                                                   "J",
                                                   "_",
                                                   "-",
                                                   ".",
                                                   "/",
                                                   ";",
                                                   "<",
                                                   ":",
                                                   "=",
                                                   " ",
                                                   "\"",
                                                   "\\",
                                                   "\n",
                                                   "\t",
                                                   "\x01",
                                                   "\x7f",
                                                   "7",
                                                   "2025-01-15",
                                                   "08:00-18:00",
                                                   "Ticket #9921: ",
                                                   "4111 1111 1111 1111",
                                                   "4111111111111112",
                                                   "sk-",
                                                   "sk-live-abcdefghijklmn",
                                                   "sk-abcdefghijklmnopqrstuvwxyz",
                                                   "AKIA",
                                                   "AKIAABCDEFGHIJKLMNOP",
                                                   "AIza",
                                                   "eyJ",
                                                   "eyJhbGciOi.eyJzdWIiOi.sig",
                                                   "ghp_",
                                                   "ghp_abcdefghijklmnopqrstuvwxyz",
                                                   "xoxb-",
                                                   "glpat-",
                                                   "bearer ",
                                                   "Bearer abc.def",
                                                   "password: ",
                                                   "token=",
                                                   "api_key = ",
                                                   "-----BEGIN ",
                                                   "-----BEGIN RSA PRIVATE KEY-----",
                                                   "auth: x",
                                                   "key: ",
                                                   "\xc3\xa9"};
  int cleared = 0;
  int redacted = 0;
  for (int i = 0; i < 4000; ++i) {
    const auto text = [&rng] {
      std::string t(rng() % 17, 'x');  // any offset in a 16-byte step
      for (int n = static_cast<int>(rng() % 24); n > 0; --n) {
        const std::string& piece = kPieces[rng() % kPieces.size()];
        if (piece[0] & 0x80 && rng() % 4 != 0) continue;  // mostly ASCII
        t += piece;
      }
      return t;
    };
    AuditRecord r = SampleRecord();
    r.tool_outputs = text();
    r.reason = text();
    const bool clear = swar::AllAscii(r.tool_outputs) && !MayHoldSecretInText(r.tool_outputs);
    cleared += clear;
    redacted += !clear;
    const std::string expected =
        AuditRecordToJson(r).dump(-1, ' ', /*ensure_ascii=*/true, Json::error_handler_t::replace);
    ASSERT_EQ(AuditRecordToLine(r), expected)
        << "record " << i << ", outputs " << Json(r.tool_outputs).dump(-1, ' ', true) << ", reason "
        << Json(r.reason).dump(-1, ' ', true);
  }
  EXPECT_GT(cleared, 500);
  EXPECT_GT(redacted, 500);
}

TEST(AuditRecordTest, ParseRejectsRecordsMissingRequiredFields) {
  Json j = AuditRecordToJson(SampleRecord());
  j.erase("risk_tier");
  StatusOr<AuditRecord> back = AuditRecordFromJson(j, "audit.jsonl:4");
  ASSERT_FALSE(back.ok());
  EXPECT_NE(back.status().message().find("audit.jsonl:4"), std::string::npos);
  EXPECT_NE(back.status().message().find("$.risk_tier"), std::string::npos);
  EXPECT_FALSE(ParseAuditLine("{\"run_id\":", "x").ok());
}

TEST(AuditRecordTest, DecisionIsWrittenAsItsNameAndReadBack) {
  for (Decision d : kAllDecisions) {
    AuditRecord r = SampleRecord();
    r.decision = d;
    Json j = AuditRecordToJson(r);
    EXPECT_EQ(j["decision"], std::string(DecisionName(d)));
    StatusOr<AuditRecord> back = ParseAuditLine(AuditRecordToLine(r), "audit.jsonl:1");
    ASSERT_TRUE(back.ok()) << back.status().ToString();
    EXPECT_EQ(back->decision, d);
  }
}

TEST(AuditRecordTest, ParseRejectsAnUnknownOrMissingDecision) {
  for (const Json& bad : {Json("approve"), Json("Allowed"), Json(""), Json(3), Json(nullptr)}) {
    Json j = AuditRecordToJson(SampleRecord());
    j["decision"] = bad;
    StatusOr<AuditRecord> back = AuditRecordFromJson(j, "audit.jsonl:2");
    ASSERT_FALSE(back.ok()) << bad.dump();
    EXPECT_NE(back.status().message().find("$.decision"), std::string::npos)
        << back.status().message();
  }
  Json j = AuditRecordToJson(SampleRecord());
  j.erase("decision");
  StatusOr<AuditRecord> back = AuditRecordFromJson(j, "audit.jsonl:3");
  ASSERT_FALSE(back.ok());
  EXPECT_NE(back.status().message().find("$.decision"), std::string::npos);
}

TEST(MemoryAuditSinkTest, KeepsRecordsAndRendersLines) {
  MemoryAuditSink sink;
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&sink] {
      for (int i = 0; i < 100; ++i) EXPECT_TRUE(sink.Write(SampleRecord()).ok());
    });
  }
  for (auto& t : threads) t.join();
  ASSERT_EQ(sink.records().size(), 400u);
  std::vector<std::string> lines = sink.lines();
  ASSERT_EQ(lines.size(), 400u);
  EXPECT_EQ(lines[0], AuditRecordToLine(SampleRecord()));
}

// keep_last bounds the sink: the last N records, oldest first, each equal to what was written
// even when a reused slot held a record of another shape (other argument keys, no findings, a
// longer output).
TEST(MemoryAuditSinkTest, KeepLastKeepsTheLastRecordsOldestFirstInReusedSlots) {
  MemoryAuditSink sink(3);
  std::vector<AuditRecord> written;
  for (int i = 0; i < 8; ++i) {
    AuditRecord r = SampleRecord();
    r.step_number = i;
    if (i % 2 == 1) {
      r.tool_inputs = {{"page", i}, {"query", std::string(i * 10, 'q')}};
      r.findings.clear();
      r.tool_outputs = std::string(300 - 30 * i, 'o');
    } else if (i % 3 == 0) {
      r.tool_inputs = Json::array({i, "x"});
      r.outcome = "";
    }
    written.push_back(r);
    ASSERT_TRUE(sink.Write(r).ok());
    std::vector<std::string> lines = sink.lines();
    const size_t kept = std::min<size_t>(written.size(), 3);
    ASSERT_EQ(lines.size(), kept) << i;
    for (size_t k = 0; k < kept; ++k) {
      EXPECT_EQ(lines[k], AuditRecordToLine(written[written.size() - kept + k])) << i << " " << k;
    }
  }
  EXPECT_EQ(sink.written(), 8);
  EXPECT_EQ(sink.records().front().step_number, 5);
  EXPECT_EQ(sink.records().back().step_number, 7);
}

TEST(FileAuditSinkTest, WritesOneLinePerRecord) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl");
  ASSERT_TRUE(sink.ok());
  AuditRecord a = SampleRecord();
  a.tool_outputs = "two\nlines";
  AuditRecord b = SampleRecord();
  b.step_number = 4;
  EXPECT_TRUE((*sink)->Write(a).ok());
  EXPECT_TRUE((*sink)->Write(b).ok());
  EXPECT_TRUE((*sink)->status().ok());
  EXPECT_EQ(env.Contents("/audit.jsonl"),
            AuditRecordToLine(a) + "\n" + AuditRecordToLine(b) + "\n");
}

TEST(FileAuditSinkTest, KeepsTheFirstWriteError) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl");
  ASSERT_TRUE(sink.ok());
  env.FailAppends(true);
  Status first = (*sink)->Write(SampleRecord());
  EXPECT_FALSE(first.ok());
  EXPECT_EQ((*sink)->status(), first);
  env.FailAppends(false);
  EXPECT_EQ((*sink)->Write(SampleRecord()), first);  // sticky: no line after a torn one
  EXPECT_EQ((*sink)->status(), first);
}

TEST(FileAuditSinkTest, RealFileThroughDefaultEnv) {
  Env* env = Env::Default();
  std::string path =
      ::testing::TempDir() + "/blastradius_audit_" + std::to_string(env->Random64()) + ".jsonl";
  {
    auto sink = FileAuditSink::Open(env, path);
    ASSERT_TRUE(sink.ok()) << sink.status().ToString();
    EXPECT_TRUE((*sink)->Write(SampleRecord()).ok());
  }
  StatusOr<std::string> contents = env->ReadFileToString(path);
  ASSERT_TRUE(contents.ok());
  EXPECT_EQ(*contents, AuditRecordToLine(SampleRecord()) + "\n");
  EXPECT_TRUE(env->RemoveFile(path).ok());
}

// Issue 11 row 6: the sink's sync policy. Every record is synced before Write returns OK, so a
// crash (everything unsynced lost, as the simulated Env does) keeps every acknowledged record.
// Power loss: only synced bytes remain.
void LosePower(testing::ManualEnv* env, const std::string& path) {
  env->SetFile(path, env->Contents(path).substr(0, env->SyncedBytes(path)));
}

TEST(FileAuditSinkTest, GroupSyncLosesAtMostTheUnsyncedGroupOnPowerLoss) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/4);
  ASSERT_TRUE(sink.ok());
  std::vector<std::string> lines;
  for (int i = 0; i < 10; ++i) {
    AuditRecord r = SampleRecord();
    r.step_number = i;
    ASSERT_TRUE((*sink)->Write(r).ok());
    lines.push_back(AuditRecordToLine(r) + "\n");
  }
  std::string all, first8;
  for (size_t i = 0; i < lines.size(); ++i) {
    all += lines[i];
    if (i < 8) first8 += lines[i];
  }
  // Every acknowledged record was handed to the OS: a process crash keeps all ten.
  EXPECT_EQ(env.Contents("/audit.jsonl"), all);
  // Records 8 and 9 wait for the next group: power loss keeps whole records, the first eight.
  LosePower(&env, "/audit.jsonl");
  EXPECT_EQ(env.Contents("/audit.jsonl"), first8);
}

TEST(FileAuditSinkTest, SyncFlushesAPartialGroup) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/64);
  ASSERT_TRUE(sink.ok());
  ASSERT_TRUE((*sink)->Write(SampleRecord()).ok());
  EXPECT_EQ(env.SyncedBytes("/audit.jsonl"), 0u);
  ASSERT_TRUE((*sink)->Sync().ok());
  EXPECT_EQ(env.SyncedBytes("/audit.jsonl"), env.Contents("/audit.jsonl").size());
}

TEST(FileAuditSinkTest, SyncEveryZeroLeavesDurabilityToTheOsButAppendsEachRecord) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/0);
  ASSERT_TRUE(sink.ok());
  std::string expected;
  for (int i = 0; i < 3; ++i) {
    ASSERT_TRUE((*sink)->Write(SampleRecord()).ok());
    expected += AuditRecordToLine(SampleRecord()) + "\n";
  }
  EXPECT_EQ(env.Contents("/audit.jsonl"), expected);
  EXPECT_EQ(env.SyncedBytes("/audit.jsonl"), 0u);
}

TEST(FileAuditSinkTest, EveryAcknowledgedRecordSurvivesACrash) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl");
  ASSERT_TRUE(sink.ok());
  std::string expected;
  for (int i = 0; i < 3; ++i) {
    AuditRecord r = SampleRecord();
    r.step_number = i;
    ASSERT_TRUE((*sink)->Write(r).ok());
    expected += AuditRecordToLine(r) + "\n";
    EXPECT_EQ(env.SyncedBytes("/audit.jsonl"), expected.size()) << "record " << i;
  }
  // Power loss: only synced bytes remain.
  env.SetFile("/audit.jsonl",
              env.Contents("/audit.jsonl").substr(0, env.SyncedBytes("/audit.jsonl")));
  EXPECT_EQ(env.Contents("/audit.jsonl"), expected);
}

// Issue 14: audit_log.buffer_records batches appends. A process crash loses only what is still
// in the sink's buffer; the file (what the OS holds, env.Contents) is whole lines of completed
// batches.
AuditRecord Numbered(int i) {
  AuditRecord r = SampleRecord();
  r.step_number = i;
  return r;
}

std::string LinesUpTo(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += AuditRecordToLine(Numbered(i)) + "\n";
  return out;
}

TEST(FileAuditSinkTest, BufferedSinkLosesAtMostTheUnfinishedBatchOnAProcessCrash) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/0,
                                  /*buffer_records=*/4);
  ASSERT_TRUE(sink.ok()) << sink.status().ToString();
  for (int i = 0; i < 10; ++i) {
    ASSERT_TRUE((*sink)->Write(Numbered(i)).ok());
    // A process crash now leaves what the OS has: the last completed batch, whole lines.
    EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo((i + 1) / 4 * 4)) << "record " << i;
  }
  EXPECT_EQ(env.SyncedBytes("/audit.jsonl"), 0u);
  // Destruction appends the unfinished batch (records 8 and 9).
  sink->reset();
  EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo(10));
}

TEST(FileAuditSinkTest, BufferOfOneAppendsEveryRecordBeforeWriteReturns) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/0,
                                  /*buffer_records=*/1);
  ASSERT_TRUE(sink.ok());
  for (int i = 0; i < 5; ++i) {
    ASSERT_TRUE((*sink)->Write(Numbered(i)).ok());
    EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo(i + 1)) << "record " << i;
  }
}

TEST(FileAuditSinkTest, SyncAppendsAndSyncsABufferedPartialBatch) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/0,
                                  /*buffer_records=*/64);
  ASSERT_TRUE(sink.ok());
  for (int i = 0; i < 3; ++i) ASSERT_TRUE((*sink)->Write(Numbered(i)).ok());
  EXPECT_EQ(env.Contents("/audit.jsonl"), "");
  ASSERT_TRUE((*sink)->Sync().ok());
  EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo(3));
  EXPECT_EQ(env.SyncedBytes("/audit.jsonl"), LinesUpTo(3).size());
}

TEST(FileAuditSinkTest, SyncPointAppendsTheBufferBeforeSyncing) {
  // buffer 8, sync every 3: each sync point appends what is buffered first, so power loss
  // keeps every record up to the last sync point.
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/3,
                                  /*buffer_records=*/8);
  ASSERT_TRUE(sink.ok());
  for (int i = 0; i < 7; ++i) ASSERT_TRUE((*sink)->Write(Numbered(i)).ok());
  EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo(6));  // record 6 is buffered
  LosePower(&env, "/audit.jsonl");
  EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo(6));
}

TEST(FileAuditSinkTest, BufferIsAppendedOnceItReachesTheByteBound) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/0,
                                  /*buffer_records=*/kMaxAuditBufferRecords);
  ASSERT_TRUE(sink.ok());
  AuditRecord big = SampleRecord();
  big.tool_outputs = std::string(kAuditBufferFlushBytes / 2, 'x');
  const std::string line = AuditRecordToLine(big) + "\n";
  ASSERT_TRUE((*sink)->Write(big).ok());
  EXPECT_EQ(env.Contents("/audit.jsonl"), "");  // half the bound: still buffered
  ASSERT_TRUE((*sink)->Write(big).ok());
  EXPECT_EQ(env.Contents("/audit.jsonl"), line + line);  // past the bound: appended
}

TEST(FileAuditSinkTest, BufferedWriteErrorIsStickyAndLosesOnlyThatBatch) {
  testing::ManualEnv env;
  auto sink = FileAuditSink::Open(&env, "/audit.jsonl", /*sync_every_records=*/0,
                                  /*buffer_records=*/2);
  ASSERT_TRUE(sink.ok());
  ASSERT_TRUE((*sink)->Write(Numbered(0)).ok());
  ASSERT_TRUE((*sink)->Write(Numbered(1)).ok());
  ASSERT_TRUE((*sink)->Write(Numbered(2)).ok());  // buffered
  env.FailAppends(true);
  Status failed = (*sink)->Write(Numbered(3));  // the batch {2, 3} fails to append
  EXPECT_FALSE(failed.ok());
  env.FailAppends(false);
  EXPECT_EQ((*sink)->Write(Numbered(4)), failed);
  EXPECT_EQ((*sink)->Sync(), failed);
  EXPECT_EQ((*sink)->status(), failed);
  sink->reset();  // destruction writes nothing after the failure either
  EXPECT_EQ(env.Contents("/audit.jsonl"), LinesUpTo(2));
}

TEST(FileAuditSinkTest, OpenRejectsABufferSizeOutOfRange) {
  testing::ManualEnv env;
  for (int64_t bad : {int64_t{0}, int64_t{-1}, kMaxAuditBufferRecords + 1}) {
    auto sink = FileAuditSink::Open(&env, "/audit.jsonl", 1, bad);
    ASSERT_FALSE(sink.ok()) << bad;
    EXPECT_EQ(sink.status().code(), StatusCode::kInvalidArgument);
    EXPECT_NE(sink.status().message().find("buffer_records"), std::string::npos);
  }
}

}  // namespace
}  // namespace blastradius
