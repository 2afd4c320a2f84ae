// Secrets never reach a log, an alert or the journal in clear (issue 11 row 7): redaction by
// normalized key, values that look like secrets anywhere in text, and files created 0600.
#include "blastradius/redact.h"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <random>
#include <string>
#include <vector>

#include "blastradius/alerts.h"
#include "blastradius/audit_log.h"
#include "blastradius/journal.h"

namespace blastradius {
namespace {

constexpr char kR[] = "[REDACTED]";

// The secrets of the issue's evidence, and one of each shape the redactor promises to catch.
constexpr char kAwsKey[] = "AKIAIOSFODNN7EXAMPLE";
constexpr char kStripeKey[] = "sk-live-4eC39HqLyjWDarjtT1zdp7dc";
constexpr char kGithubToken[] = "ghp_16C7e42F292c6912E7710c838347Ae178B4a";
constexpr char kSlackToken[] = "xoxb-2400123456-5200123456-AbCdEfGhIjKlMnOp";
constexpr char kJwt[] =
    "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U";

void ExpectNoneOf(const std::string& text, std::initializer_list<std::string_view> secrets) {
  for (std::string_view s : secrets) {
    EXPECT_EQ(text.find(s), std::string::npos) << "leaked " << s << " in " << text;
  }
}

// Regression: "access_key", "api-key" and "x-api-key" were not secret keys, so the audit line
// held "access_key":"AKIA…","api-key":"sk-live-…".
TEST(RedactSecretsRegressionTest, AccessKeyAndApiKeyLeakedIntoTheAuditLine) {
  AuditRecord rec;
  rec.tool_inputs = {{"access_key", "short-1"},    {"api-key", "short-2"},
                     {"x-api-key", "short-3"},     {"AccessKey", "short-4"},
                     {"client secret", "short-5"}, {"customer_id", "c-1"}};
  Json out = RedactSecrets(rec.tool_inputs);
  for (const char* key : {"access_key", "api-key", "x-api-key", "AccessKey", "client secret"}) {
    EXPECT_EQ(out[key], kR) << key;
  }
  EXPECT_EQ(out["customer_id"], "c-1");
  ExpectNoneOf(AuditRecordToLine(rec), {"short-1", "short-2", "short-3", "short-4", "short-5"});
}

TEST(RedactSecretsTest, KeysAreFoldedByCaseAndSeparator) {
  for (const char* key :
       {"API_KEY", "Api-Key", "apikey", "x_api_key", "PRIVATE-KEY", "privateKey", "Pass_Word",
        "auth", "X-Auth", "client_secret", "refresh-token", "Set-Cookie", "Authorization"}) {
    EXPECT_TRUE(IsSecretKey(key)) << key;
  }
  for (const char* key : {"customer_id", "author", "amount", "email", "key", "monkey"}) {
    EXPECT_FALSE(IsSecretKey(key)) << key;
  }
  EXPECT_TRUE(IsSecretKey("Social-Security", {"social_security"}));
}

// Regression: a secret in a value under an innocent key, or in tool output and error text, went
// to the audit log as written.
TEST(RedactSecretsRegressionTest, SecretLookingValuesLeakedUnderInnocentKeys) {
  const std::string text = std::string("aws ") + kAwsKey + ", stripe " + kStripeKey + ", gh " +
                           kGithubToken + ", slack " + kSlackToken + ", jwt " + kJwt +
                           ", card 4111-1111-1111-1111, Authorization: Bearer abc.def-123";
  const std::string out = RedactSecretsInText(text);
  ExpectNoneOf(out, {kAwsKey, kStripeKey, kGithubToken, kSlackToken, kJwt, "4111", "abc.def-123"});
  EXPECT_EQ(out.find("aws "), 0u);
  EXPECT_NE(out.find("stripe [REDACTED]"), std::string::npos) << out;
  EXPECT_EQ(RedactSecrets(Json{{"note", text}})["note"], out);
}

TEST(RedactSecretsTest, PasswordPairsInsideText) {
  EXPECT_EQ(RedactSecretsInText("login password=hunter2&user=bob"),
            "login password=[REDACTED]&user=bob");
  EXPECT_EQ(RedactSecretsInText(R"(config {"db_password": "p@ss word", "host": "db"})"),
            R"(config {"db_password": "[REDACTED]", "host": "db"})");
  EXPECT_EQ(RedactSecretsInText("API-KEY: abc123\nnext line"), "API-KEY: [REDACTED]\nnext line");
  EXPECT_EQ(RedactSecretsInText("Authorization: Basic dXNlcjpwYXNz"), "Authorization: [REDACTED]");
  EXPECT_EQ(RedactSecretsInText("x -----BEGIN RSA PRIVATE KEY-----\nMIIEow\n-----END RSA "
                                "PRIVATE KEY----- y"),
            "x [REDACTED] y");
}

TEST(RedactSecretsTest, OrdinaryTextUntouched) {
  for (const char* text : {"Refund order 1234 within 30 days", "the token budget is 4000 tokens",
                           "task-management-system-overview", "Author: Jane Doe",
                           "password reset link sent", "order 4111111111111112 shipped",
                           "AKIA is a prefix", "eyJ alone", "sk- short", "skip the secret sauce"}) {
    EXPECT_EQ(RedactSecretsInText(text), text);
  }
}

TEST(RedactSecretsTest, IsIdempotentOnText) {
  const std::string text = std::string("token=") + kGithubToken + " Bearer x " + kJwt +
                           " password: \"a b\" 5555-5555-5555-4444 " + kAwsKey;
  const std::string once = RedactSecretsInText(text);
  EXPECT_EQ(RedactSecretsInText(once), once);
}

// Regression: tool outputs and error texts went to the audit unredacted.
TEST(RedactSecretsRegressionTest, ToolOutputsAndErrorTextsLeakedIntoTheAuditLine) {
  AuditRecord rec;
  rec.tool_outputs = std::string(R"({"password": "hunter2", "key": ")") + kStripeKey + "\"}";
  rec.reason = std::string("tool_failed: auth rejected token=") + kGithubToken;
  const std::string line = AuditRecordToLine(rec);
  ExpectNoneOf(line, {"hunter2", kStripeKey, kGithubToken});
  StatusOr<AuditRecord> back = ParseAuditLine(line, "audit.jsonl");
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_NE(back->reason.find("tool_failed: auth rejected token="), std::string::npos);
}

// Regression: alerts carried error texts with their secrets.
TEST(RedactSecretsRegressionTest, AlertReasonLeakedSecrets) {
  Alert alert{AlertKind::kRollbackFailed,
              "run-1",
              "refund",
              std::string("refund failed: Bearer ") + kJwt + " api_key=" + kStripeKey,
              1,
              2};
  const std::string line = AlertToLine(alert);
  ExpectNoneOf(line, {kJwt, kStripeKey});
  EXPECT_NE(line.find("refund failed"), std::string::npos);
}

// Regression: the journal stored every argument in clear, passwords and Bearer tokens too.
TEST(RedactSecretsRegressionTest, JournalHeldPasswordAndBearerTokens) {
  JournalEntry e;
  e.op = JournalOp::kIntent;
  e.txn = "t1";
  e.call_id = "r/1";
  e.tool = "update_account";
  e.args = {{"password", "hunter2"},
            {"headers", {{"Authorization", "Bearer tok-123"}}},
            {"note", "retry with Bearer tok-456"},
            {"customer", "c-1"}};
  e.detail = "compensation failed: password=hunter3";
  const std::string line = EncodeJournalEntry(e);
  ExpectNoneOf(line, {"hunter2", "hunter3", "tok-123", "tok-456"});
  StatusOr<JournalEntry> back = DecodeJournalLine(line.substr(0, line.size() - 1));
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->args["customer"], "c-1");
  EXPECT_EQ(back->args["password"], kR);
}

// Regression: audit, alert and journal files were created 0644 (world-readable).
TEST(SecretsAtRestRegressionTest, FilesWereCreatedMode644) {
  Env* env = Env::Default();
  const std::string path =
      ::testing::TempDir() + "/blastradius_mode_" + std::to_string(env->Random64()) + ".jsonl";
  {
    StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
    ASSERT_TRUE(file.ok()) << file.status().ToString();
    ASSERT_TRUE((*file)->Append("x\n").ok());
  }
  struct stat st;
  ASSERT_EQ(::stat(path.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u) << std::oct << (st.st_mode & 0777);
  EXPECT_TRUE(env->RemoveFile(path).ok());
}

// Text built from the pieces the shape rule reacts to (every literal prefix, whole and cut
// short, in both cases where it matters), separators, digit runs and arbitrary bytes.
std::string RandomSecretishText(std::mt19937_64& rng) {
  static const std::vector<std::string> kPieces = {"AKIA",
                                                   "ASIA",
                                                   "AIza",
                                                   "AKI",
                                                   "sk",
                                                   "rk",
                                                   "sk-",
                                                   "rk_",
                                                   "sk_live_",
                                                   "sk-proj-",
                                                   "k-",
                                                   "gh",
                                                   "ghp_",
                                                   "github_pat_",
                                                   "g",
                                                   "glpat-",
                                                   "glpat",
                                                   "xox",
                                                   "xoxb-",
                                                   "xo",
                                                   "eyJ",
                                                   "ey",
                                                   ".eyJ",
                                                   "-----BEGIN",
                                                   "-----BEGIN RSA PRIVATE KEY-----",
                                                   "----",
                                                   "PRIVATE KEY-----",
                                                   "bearer ",
                                                   "Bearer\t",
                                                   "BEARER ",
                                                   "beare",
                                                   "basic ",
                                                   "token",
                                                   "password",
                                                   "api_key",
                                                   ":",
                                                   "=",
                                                   "\"",
                                                   "'",
                                                   " ",
                                                   "\n",
                                                   "\t",
                                                   "-",
                                                   "_",
                                                   ".",
                                                   "&",
                                                   "4111",
                                                   "1111",
                                                   "1111 ",
                                                   "5555-",
                                                   "0",
                                                   "9",
                                                   "4111111111111111",
                                                   "ABCDEFGHIJKLMNOP",
                                                   "abcdefghij0123456789",
                                                   "\xc5\xbf",
                                                   "\xe2\x84\xaa",
                                                   "\xff",
                                                   std::string(1, '\0')};
  std::string text;
  const int pieces = static_cast<int>(rng() % 12);
  for (int i = 0; i < pieces; ++i) {
    if (rng() % 4 == 0) {
      text.push_back(static_cast<char>(rng() % 256));
    } else {
      text += kPieces[rng() % kPieces.size()];
    }
  }
  return text;
}

// The pre-check only skips the passes when they would change nothing: with it and without
// it, the same text comes out, and a text it calls clean comes out of the full passes as is.
TEST(RedactSecretsTest, PreCheckNeverSkipsTextTheFullPassesWouldChange) {
  std::mt19937_64 rng(20261129);
  int clean = 0;
  int changed = 0;
  for (int i = 0; i < 60'000; ++i) {
    const std::string text = RandomSecretishText(rng);
    const std::string full = RedactSecretsInTextFullScan(text);
    EXPECT_EQ(RedactSecretsInText(text), full) << "text: " << text;
    if (!MayHoldSecretInText(text)) {
      ++clean;
      EXPECT_EQ(full, text) << "the pre-check called this text clean: " << text;
    }
    changed += full != text;
  }
  // The generator reaches both sides of the pre-check and texts the passes do change.
  EXPECT_GT(clean, 1000);
  EXPECT_GT(changed, 1000);
}

TEST(RedactSecretsTest, PreCheckAnswersForEveryPass) {
  for (const char* text : {"a:b", "a=b", "1234567890123", "xBeArEr y", "AKIA", "ASIA", "AIza",
                           "sk-", "rk_", "gh", "github_pat_", "glpat-", "xox", "eyJ", "-----BEGIN",
                           "kbearer"}) {  // no word boundary checked: errs on the "maybe" side
    EXPECT_TRUE(MayHoldSecretInText(text)) << text;
  }
  for (const char* text : {"", "C-1042", "123456789012", "the quick brown fox", "sk", "bea"}) {
    EXPECT_FALSE(MayHoldSecretInText(text)) << text;
  }
}

// The same rules applied by hand, through the full text passes (an integer is a card exactly
// when the passes change its digits).
Json RedactByHand(const Json& value, const std::vector<std::string>& extra_keys) {
  if (value.is_string()) return RedactSecretsInTextFullScan(value.get<std::string>());
  if (value.is_number_integer()) {
    const std::string digits = value.dump();
    return RedactSecretsInTextFullScan(digits) == digits ? value : Json(kR);
  }
  if (value.is_array()) {
    Json out = Json::array();
    for (const Json& e : value) out.push_back(RedactByHand(e, extra_keys));
    return out;
  }
  if (!value.is_object()) return value;
  Json out = Json::object();
  for (const auto& [key, v] : value.items()) {
    out[key] = IsSecretKey(key, extra_keys) ? Json(kR) : RedactByHand(v, extra_keys);
  }
  return out;
}

Json RandomArguments(std::mt19937_64& rng, int depth) {
  static const std::vector<std::string> kKeys = {"customer_id", "page",      "note",  "Api-Key",
                                                 "x_auth",      "sessionId", "query", "my_extra"};
  switch (depth > 2 ? rng() % 4 : rng() % 6) {
    case 0:
      return RandomSecretishText(rng);
    case 1:
      return static_cast<int64_t>(rng() % 2 ? rng() % 100'000 : 4111111111111111 + rng() % 3);
    case 2:
      return -static_cast<int64_t>(5555555555554444 + rng() % 2);
    case 3:
      return rng() % 2 == 0;
    case 4: {
      Json array = Json::array();
      for (int i = static_cast<int>(rng() % 4); i > 0; --i)
        array.push_back(RandomArguments(rng, depth + 1));
      return array;
    }
    default: {
      Json object = Json::object();
      for (int i = static_cast<int>(rng() % 4); i > 0; --i)
        object[kKeys[rng() % kKeys.size()]] = RandomArguments(rng, depth + 1);
      return object;
    }
  }
}

TEST(RedactSecretsTest, ArgumentsThatNeedNoRedactionComeOutAsTheFullRulesWouldLeaveThem) {
  std::mt19937_64 rng(14);
  const std::vector<std::string> extra_keys = {"my-extra"};
  for (int i = 0; i < 20'000; ++i) {
    const Json args = RandomArguments(rng, 0);
    EXPECT_EQ(RedactSecrets(args, extra_keys), RedactByHand(args, extra_keys)) << args.dump();
  }
}

// The key rule searched fragment by fragment, as redact.h states it, against IsSecretKey's
// search by first byte, over keys built from pieces of every default fragment.
TEST(RedactSecretsTest, IsSecretKeyAgreesWithASearchForEveryDefaultFragment) {
  std::vector<std::string> pieces = {"-", "_", ".", " ", "X", "id", "Auth", "au", "th", "key"};
  for (const std::string& f : DefaultSecretKeys()) {
    pieces.push_back(f);
    pieces.push_back(f.substr(0, f.size() - 1));
    pieces.push_back(f.substr(1));
  }
  std::mt19937_64 rng(11);
  int secret = 0;
  for (int i = 0; i < 20'000; ++i) {
    std::string key;
    for (int n = static_cast<int>(rng() % 4); n >= 0; --n) key += pieces[rng() % pieces.size()];
    std::string normalized;
    for (char c : key) {
      if (c == '-' || c == '_' || c == '.' || c == ' ') continue;
      normalized.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c);
    }
    bool expected = normalized.size() >= 4 && normalized.substr(normalized.size() - 4) == "auth";
    for (const std::string& f : DefaultSecretKeys()) {
      expected = expected || normalized.find(f) != std::string::npos;
    }
    EXPECT_EQ(IsSecretKey(key), expected) << key;
    secret += expected;
  }
  EXPECT_GT(secret, 2000);
  EXPECT_LT(secret, 18'000);
}

}  // namespace
}  // namespace blastradius
