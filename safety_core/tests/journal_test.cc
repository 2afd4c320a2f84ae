#include "blastradius/journal.h"

#include <gtest/gtest.h>

#include <set>
#include <thread>
#include <vector>

#include "test_env.h"

namespace blastradius {
namespace {

TEST(Crc32cTest, StandardCheckValue) {
  EXPECT_EQ(Crc32c("123456789"), 0xE3069283u);
  EXPECT_EQ(Crc32c(""), 0u);
  // Continuing a crc over two pieces equals the crc of the whole.
  EXPECT_EQ(Crc32c("6789", Crc32c("12345")), 0xE3069283u);
  // 32 bytes of zeros: test vector from RFC 3720 (iSCSI), B.4.
  EXPECT_EQ(Crc32c(std::string(32, '\0')), 0x8A9136AAu);
}

TEST(JournalOpTest, NamesRoundTrip) {
  const std::vector<std::string> names = {"begin",        "intent",      "outcome",
                                          "compensating", "compensated", "compensation_failed",
                                          "committed",    "rolled_back", "incident"};
  for (const std::string& name : names) {
    std::optional<JournalOp> op = ParseJournalOp(name);
    ASSERT_TRUE(op.has_value()) << name;
    EXPECT_EQ(JournalOpName(*op), name);
  }
  EXPECT_FALSE(ParseJournalOp("commit").has_value());
}

JournalEntry Entry(JournalOp op, std::string txn, std::string call_id = "") {
  JournalEntry e;
  e.op = op;
  e.txn = std::move(txn);
  e.run_id = "run-1";
  e.call_id = std::move(call_id);
  return e;
}

JournalEntry Intent(std::string txn, std::string call_id, std::string tool,
                    std::string compensation) {
  JournalEntry e = Entry(JournalOp::kIntent, std::move(txn), std::move(call_id));
  e.tool = std::move(tool);
  e.compensation = std::move(compensation);
  e.args = {{"customer", "c-1"}, {"note", "multi\nline \"quoted\""}};
  return e;
}

JournalEntry OutcomeEntry(std::string txn, std::string call_id, std::string outcome,
                          Json undo = nullptr) {
  JournalEntry e = Entry(JournalOp::kOutcome, std::move(txn), std::move(call_id));
  e.outcome = std::move(outcome);
  e.undo = std::move(undo);
  return e;
}

TEST(EncodeJournalEntryTest, OneLineWithCrcOfTheCanonicalEntry) {
  JournalEntry e = Intent("t1", "run-1/1", "update_customer", "restore_customer");
  e.seq = 12;
  e.detail = "line\r\nbreak \xe2\x80\xa8";
  std::string line = EncodeJournalEntry(e);
  ASSERT_EQ(line.back(), '\n');
  EXPECT_EQ(line.find('\n'), line.size() - 1);

  Json doc = Json::parse(line);
  std::string crc = doc["crc"];
  ASSERT_EQ(crc.size(), 8u);
  EXPECT_EQ(crc.find_first_not_of("0123456789abcdef"), std::string::npos);
  doc.erase("crc");
  const std::set<std::string> fields = {"seq",     "op",      "txn",          "run_id",
                                        "call_id", "tool",    "compensation", "args",
                                        "undo",    "outcome", "detail"};
  std::set<std::string> keys;
  for (const auto& item : doc.items()) keys.insert(item.key());
  EXPECT_EQ(keys, fields);
  char expected[9];
  std::snprintf(expected, sizeof(expected), "%08x", Crc32c(CanonicalJson(doc)));
  EXPECT_EQ(crc, expected);
  EXPECT_EQ(doc["op"], "intent");
  EXPECT_EQ(doc["seq"], 12);
}

TEST(DecodeJournalLineTest, RoundTrips) {
  JournalEntry e = OutcomeEntry("t1", "run-1/2", "ok", {{"previous", {{"email", "a@b"}}}});
  e.seq = 3;
  e.tool = "update_customer";
  e.detail = "done";
  std::string line = EncodeJournalEntry(e);
  line.pop_back();
  StatusOr<JournalEntry> back = DecodeJournalLine(line);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->seq, 3u);
  EXPECT_EQ(back->op, JournalOp::kOutcome);
  EXPECT_EQ(back->txn, "t1");
  EXPECT_EQ(back->call_id, "run-1/2");
  EXPECT_EQ(back->tool, "update_customer");
  EXPECT_EQ(back->outcome, "ok");
  EXPECT_EQ(back->undo, e.undo);
  EXPECT_TRUE(back->args.is_null());
  EXPECT_EQ(back->detail, "done");
}

TEST(DecodeJournalLineTest, TheExampleOfDocsFormatsJournalMdDecodes) {
  // Copied from docs/formats/journal.md; the crc there was computed independently.
  const std::string line =
      R"({"args":{"customer":"c-1","email":"new@example.com"},"call_id":"r1/2",)"
      R"("compensation":"restore_customer","detail":"","op":"intent","outcome":"",)"
      R"("run_id":"r1","seq":7,"tool":"update_customer","txn":"r1/txn1","undo":null,)"
      R"("crc":"40ad16eb"})";
  StatusOr<JournalEntry> e = DecodeJournalLine(line);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  EXPECT_EQ(e->seq, 7u);
  EXPECT_EQ(e->op, JournalOp::kIntent);
  EXPECT_EQ(e->compensation, "restore_customer");
  EXPECT_EQ(EncodeJournalEntry(*e), line + "\n");
}

TEST(DecodeJournalLineTest, InvalidUtf8IsReplacedAndStillVerifies) {
  JournalEntry e = Intent("t1", "c1", "tool", "undo_tool");
  e.args = {{"raw", "\xff\xfe ok"}};
  std::string line = EncodeJournalEntry(e);
  line.pop_back();
  StatusOr<JournalEntry> back = DecodeJournalLine(line);
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(back->args["raw"], "\xef\xbf\xbd\xef\xbf\xbd ok");
}

TEST(DecodeJournalLineTest, EveryChangedByteIsDetected) {
  JournalEntry e = Intent("t1", "run-1/1", "update_customer", "restore_customer");
  e.seq = 9;
  std::string line = EncodeJournalEntry(e);
  line.pop_back();
  for (size_t i = 0; i < line.size(); ++i) {
    for (int delta : {1, 0x20, 0x80}) {
      std::string bad = line;
      bad[i] = static_cast<char>(bad[i] ^ delta);
      StatusOr<JournalEntry> d = DecodeJournalLine(bad);
      ASSERT_FALSE(d.ok()) << "byte " << i << " ^ " << delta;
      EXPECT_EQ(d.status().code(), StatusCode::kDataLoss);
    }
  }
}

TEST(DecodeJournalLineTest, RejectsGarbageAndValidCrcOverWrongShape) {
  for (std::string_view bad :
       {"", "{}", "not json", "{\"crc\":\"00000000\"}", "{\"a\":1,\"crc\":\"XYZ00000\"}"}) {
    EXPECT_EQ(DecodeJournalLine(bad).status().code(), StatusCode::kDataLoss) << bad;
  }
  // A correct crc over an object that is not an entry is still rejected.
  std::string body = "{\"op\":\"launch\"}";
  char crc[9];
  std::snprintf(crc, sizeof(crc), "%08x", Crc32c(body));
  std::string line = "{\"op\":\"launch\",\"crc\":\"" + std::string(crc) + "\"}";
  StatusOr<JournalEntry> d = DecodeJournalLine(line);
  ASSERT_FALSE(d.ok());
  EXPECT_EQ(d.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(d.status().message().find("$.op"), std::string::npos);
}

std::string Encode(std::vector<JournalEntry> entries) {
  std::string out;
  uint64_t seq = 1;
  for (JournalEntry& e : entries) {
    e.seq = seq++;
    out += EncodeJournalEntry(e);
  }
  return out;
}

TEST(RecoverJournalTest, RebuildsOnlyUnfinishedTransactions) {
  std::string journal = Encode({
      Entry(JournalOp::kBegin, "done"),
      Intent("done", "d1", "update", "restore"),
      OutcomeEntry("done", "d1", "ok"),
      Entry(JournalOp::kCommitted, "done"),
      Entry(JournalOp::kBegin, "t2"),
      Intent("t2", "a", "update_customer", "restore_customer"),
      OutcomeEntry("t2", "a", "ok", {{"old", 1}}),
      Intent("t2", "b", "charge", "refund"),
      OutcomeEntry("t2", "b", "failed"),
      Intent("t2", "c", "send_email", ""),
      OutcomeEntry("t2", "c", "unknown"),
      Intent("t2", "d", "create_ticket", "close_ticket"),
      Entry(JournalOp::kBegin, "t3"),
      Intent("t3", "x", "update", "restore"),
      OutcomeEntry("t3", "x", "ok"),
      Entry(JournalOp::kCompensating, "t3", "x"),
      Entry(JournalOp::kCompensated, "t3", "x"),
      Entry(JournalOp::kBegin, "gone"),
      Entry(JournalOp::kIncident, "gone"),
      Entry(JournalOp::kBegin, "rb"),
      Entry(JournalOp::kRolledBack, "rb"),
  });
  JournalRecovery rec = RecoverJournal(journal);
  EXPECT_FALSE(rec.torn_tail);
  EXPECT_FALSE(rec.corrupt);
  EXPECT_EQ(rec.bad_line, 0u);
  EXPECT_EQ(rec.entries_read, 21u);
  EXPECT_EQ(rec.last_seq, 21u);
  EXPECT_EQ(rec.trusted_bytes, journal.size());
  ASSERT_EQ(rec.unfinished.size(), 2u);

  const UnfinishedTransaction& t2 = rec.unfinished[0];
  EXPECT_EQ(t2.txn, "t2");
  EXPECT_EQ(t2.run_id, "run-1");
  ASSERT_EQ(t2.steps.size(), 3u);  // b failed: nothing to undo
  EXPECT_EQ(t2.steps[0].call_id, "a");
  EXPECT_EQ(t2.steps[0].outcome, Outcome::kOk);
  EXPECT_EQ(t2.steps[0].compensation, "restore_customer");
  EXPECT_EQ(t2.steps[0].undo, Json({{"old", 1}}));
  EXPECT_EQ(t2.steps[0].args["customer"], "c-1");
  EXPECT_EQ(t2.steps[1].call_id, "c");
  EXPECT_EQ(t2.steps[1].outcome, Outcome::kUnknown);
  EXPECT_EQ(t2.steps[1].compensation, "");
  EXPECT_EQ(t2.steps[2].call_id, "d");
  EXPECT_EQ(t2.steps[2].outcome, Outcome::kUnknown);  // intent only: crashed mid-call
  EXPECT_FALSE(t2.steps[2].compensated);

  const UnfinishedTransaction& t3 = rec.unfinished[1];
  ASSERT_EQ(t3.steps.size(), 1u);
  EXPECT_TRUE(t3.steps[0].compensated);
}

// Issue 11 row 2: replay kept only the last outcome of a step, so "unknown, then failed"
// dropped a step whose effect may be there.
TEST(RecoverJournalTest, AStepKeepsTheRiskiestAnswerOfAllItsAttempts) {
  std::string journal = Encode({
      Entry(JournalOp::kBegin, "t"),
      Intent("t", "a", "update", "restore"),  // unknown, then failed: possibly applied
      OutcomeEntry("t", "a", "unknown"),
      OutcomeEntry("t", "a", "failed"),
      Intent("t", "b", "update", "restore"),  // ok with its undo, then failed: applied
      OutcomeEntry("t", "b", "ok", {{"old", 2}}),
      OutcomeEntry("t", "b", "failed"),
      Intent("t", "c", "update", "restore"),  // failed, retried under a new intent, failed
      OutcomeEntry("t", "c", "failed"),
      Intent("t", "c", "update", "restore"),
      OutcomeEntry("t", "c", "failed"),
      Intent("t", "d", "update", "restore"),  // unknown, then a retry still in flight
      OutcomeEntry("t", "d", "unknown"),
      Intent("t", "d", "update", "restore"),
      Intent("t", "e", "update", "restore"),  // failed, then a retry still in flight
      OutcomeEntry("t", "e", "failed"),
      Intent("t", "e", "update", "restore"),
  });
  JournalRecovery rec = RecoverJournal(journal);
  ASSERT_EQ(rec.unfinished.size(), 1u);
  std::vector<std::string> steps;
  for (const PendingStep& s : rec.unfinished[0].steps) {
    steps.push_back(s.call_id + ":" + std::string(OutcomeName(s.outcome)) + ":" +
                    CanonicalJson(s.undo));
  }
  EXPECT_EQ(steps, (std::vector<std::string>{"a:unknown:null", "b:ok:{\"old\":2}", "d:unknown:null",
                                             "e:unknown:null"}));
}

TEST(RecoverJournalTest, TornTailIsIgnored) {
  std::string whole = Encode({Entry(JournalOp::kBegin, "t"), Intent("t", "a", "w", "u"),
                              Entry(JournalOp::kCommitted, "t")});
  std::string cut = whole.substr(0, whole.size() - 5);  // the commit was cut short
  JournalRecovery rec = RecoverJournal(cut);
  EXPECT_TRUE(rec.torn_tail);
  EXPECT_FALSE(rec.corrupt);
  EXPECT_EQ(rec.entries_read, 2u);
  ASSERT_EQ(rec.unfinished.size(), 1u);  // the commit is not trusted
  EXPECT_EQ(rec.unfinished[0].steps.size(), 1u);
  EXPECT_FALSE(rec.detail.empty());
}

TEST(RecoverJournalTest, CorruptLineStopsReading) {
  std::string a = Encode({Entry(JournalOp::kBegin, "t"), Intent("t", "a", "w", "u")});
  std::string commit = EncodeJournalEntry(Entry(JournalOp::kCommitted, "t"));
  std::string bad = commit;
  bad[10] = bad[10] == 'x' ? 'y' : 'x';
  JournalRecovery rec = RecoverJournal(a + bad + commit);
  EXPECT_TRUE(rec.corrupt);
  EXPECT_EQ(rec.bad_line, 3u);
  EXPECT_EQ(rec.entries_read, 2u);
  EXPECT_EQ(rec.trusted_bytes, a.size());
  // The valid commit after the bad line is not trusted: the workflow is still unfinished.
  ASSERT_EQ(rec.unfinished.size(), 1u);
  EXPECT_NE(rec.detail.find("line 3"), std::string::npos);

  JournalRecovery blank = RecoverJournal(a + "\n" + commit);
  EXPECT_TRUE(blank.corrupt);
  EXPECT_EQ(blank.bad_line, 3u);
}

TEST(RecoverJournalTest, EmptyJournal) {
  JournalRecovery rec = RecoverJournal("");
  EXPECT_FALSE(rec.torn_tail || rec.corrupt);
  EXPECT_EQ(rec.entries_read, 0u);
  EXPECT_TRUE(rec.unfinished.empty());
}

TEST(JournalTest, AppendsAssignsSeqAndSyncsWhenAsked) {
  testing::ManualEnv env;
  auto j = Journal::Open(&env, "/j");
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  ASSERT_TRUE((*j)->Append(Entry(JournalOp::kBegin, "t"), /*sync=*/false).ok());
  EXPECT_EQ(env.SyncedBytes("/j"), 0u);
  ASSERT_TRUE((*j)->Append(Intent("t", "a", "w", "u"), /*sync=*/true).ok());
  EXPECT_EQ(env.SyncedBytes("/j"), env.Contents("/j").size());

  JournalRecovery rec = RecoverJournal(env.Contents("/j"));
  EXPECT_EQ(rec.entries_read, 2u);
  EXPECT_EQ(rec.last_seq, 2u);
}

TEST(JournalTest, ReopenContinuesSequence) {
  testing::ManualEnv env;
  {
    auto j = Journal::Open(&env, "/j");
    ASSERT_TRUE(j.ok());
    for (int i = 0; i < 3; ++i) ASSERT_TRUE((*j)->Append(Entry(JournalOp::kBegin, "t"), true).ok());
  }
  auto j = Journal::Open(&env, "/j");
  ASSERT_TRUE(j.ok());
  ASSERT_TRUE((*j)->Append(Entry(JournalOp::kCommitted, "t"), true).ok());
  std::string contents = env.Contents("/j");
  std::string last = contents.substr(contents.rfind('\n', contents.size() - 2) + 1);
  last.pop_back();
  StatusOr<JournalEntry> e = DecodeJournalLine(last);
  ASSERT_TRUE(e.ok());
  EXPECT_EQ(e->seq, 4u);
  EXPECT_EQ(RecoverJournal(contents).entries_read, 4u);
}

TEST(JournalTest, ReopenAfterTornTailDropsTheTornLine) {
  testing::ManualEnv env;
  std::string whole = Encode({Entry(JournalOp::kBegin, "t"), Intent("t", "a", "w", "u")});
  env.SetFile("/j", whole + "{\"seq\":3,\"op\":\"comm");
  auto j = Journal::Open(&env, "/j");
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  ASSERT_TRUE((*j)->Append(Entry(JournalOp::kCommitted, "t"), true).ok());
  JournalRecovery rec = RecoverJournal(env.Contents("/j"));
  EXPECT_FALSE(rec.torn_tail);
  EXPECT_FALSE(rec.corrupt);
  EXPECT_EQ(rec.entries_read, 3u);
  EXPECT_EQ(rec.last_seq, 3u);
  EXPECT_TRUE(rec.unfinished.empty());
}

// Issue 11 row 5: the repair removed the journal before recreating it, so a power loss in
// between lost it all. It must only ever replace the file by a rename (the crash model is in
// fakes::SimEnv; property_tests/workflow_crash_prop_test.cc crashes at every step).
class RewriteRecordingEnv : public testing::ManualEnv {
 public:
  Status RemoveFile(const std::string& path) override {
    ops.push_back("remove " + path);
    return ManualEnv::RemoveFile(path);
  }
  StatusOr<std::unique_ptr<WritableFile>> NewWritableFile(const std::string& path) override {
    ops.push_back("create " + path);
    return ManualEnv::NewWritableFile(path);
  }
  Status RenameFile(const std::string& from, const std::string& to) override {
    ops.push_back("rename " + from + " " + to + " (" + std::to_string(SyncedBytes(from)) + " of " +
                  std::to_string(Contents(from).size()) + " bytes synced)");
    return ManualEnv::RenameFile(from, to);
  }
  Status SyncDir(const std::string& dir) override {
    ops.push_back("syncdir " + dir);
    return ManualEnv::SyncDir(dir);
  }
  std::vector<std::string> ops;
};

TEST(JournalTest, TornTailRepairReplacesTheFileByRenameNeverByRemoval) {
  RewriteRecordingEnv env;
  const std::string whole = Encode({Entry(JournalOp::kBegin, "t"), Intent("t", "a", "w", "u")});
  env.SetFile("/var/j", whole + "{\"args\":nu");
  auto j = Journal::Open(&env, "/var/j");
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  const std::string synced = std::to_string(whole.size());
  EXPECT_EQ(env.ops, (std::vector<std::string>{
                         "create /var/j.tmp",
                         "rename /var/j.tmp /var/j (" + synced + " of " + synced + " bytes synced)",
                         "syncdir /var", "syncdir /var"}));
  EXPECT_EQ(env.Contents("/var/j"), whole);
  EXPECT_FALSE(env.FileExists("/var/j.tmp"));
}

TEST(JournalTest, OpenMakesTheJournalsNameDurable) {
  RewriteRecordingEnv env;
  auto j = Journal::Open(&env, "j.jsonl");
  ASSERT_TRUE(j.ok()) << j.status().ToString();
  EXPECT_EQ(env.ops, (std::vector<std::string>{"syncdir ."}));
}

// An Env without the rewrite operations keeps the defaults: Open fails closed.
class NoDirSyncEnv : public testing::ManualEnv {
 public:
  Status SyncDir(const std::string& dir) override { return Env::SyncDir(dir); }
};

TEST(JournalTest, OpenFailsClosedOnAnEnvThatCannotSyncDirectories) {
  NoDirSyncEnv env;
  auto j = Journal::Open(&env, "/j");
  EXPECT_EQ(j.status().code(), StatusCode::kFailedPrecondition);
}

TEST(JournalTest, OpenRefusesACorruptJournal) {
  testing::ManualEnv env;
  env.SetFile("/j", Encode({Entry(JournalOp::kBegin, "t")}) + "garbage\n");
  auto j = Journal::Open(&env, "/j");
  ASSERT_FALSE(j.ok());
  EXPECT_EQ(j.status().code(), StatusCode::kDataLoss);
  EXPECT_NE(j.status().message().find("/j"), std::string::npos);
  EXPECT_NE(j.status().message().find("line 2"), std::string::npos);
}

TEST(JournalTest, AWriteFailureIsSticky) {
  testing::ManualEnv env;
  auto j = Journal::Open(&env, "/j");
  ASSERT_TRUE(j.ok());
  ASSERT_TRUE((*j)->Append(Entry(JournalOp::kBegin, "t"), true).ok());
  env.FailAppends(true, /*partial_bytes=*/7);
  Status s = (*j)->Append(Intent("t", "a", "w", "u"), true);
  EXPECT_EQ(s.code(), StatusCode::kDataLoss);
  env.FailAppends(false);
  EXPECT_EQ((*j)->Append(Entry(JournalOp::kCommitted, "t"), true).code(), StatusCode::kDataLoss);
  JournalRecovery rec = RecoverJournal(env.Contents("/j"));
  EXPECT_TRUE(rec.torn_tail);
  EXPECT_EQ(rec.entries_read, 1u);
}

TEST(JournalTest, ConcurrentAppendsGetDistinctSeqsAndWholeLines) {
  testing::ManualEnv env;
  auto j = Journal::Open(&env, "/j");
  ASSERT_TRUE(j.ok());
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&j, t] {
      for (int i = 0; i < 200; ++i) {
        EXPECT_TRUE(
            (*j)->Append(Entry(JournalOp::kBegin, "t" + std::to_string(t)), i % 7 == 0).ok());
      }
    });
  }
  for (auto& t : threads) t.join();
  JournalRecovery rec = RecoverJournal(env.Contents("/j"));
  EXPECT_FALSE(rec.corrupt || rec.torn_tail);
  EXPECT_EQ(rec.entries_read, 800u);
  EXPECT_EQ(rec.last_seq, 800u);
}

}  // namespace
}  // namespace blastradius
