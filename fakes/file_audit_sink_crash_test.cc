// FileAuditSink's batching (audit_log.buffer_records) under the simulated Env's crash model
// (sim_env.h: synced bytes survive; of the unsynced tail, none, a torn piece or all), over many
// seeds. Process-crash cases (the OS keeps every appended byte) are in
// safety_core/tests/audit_log_test.cc.
#include <gtest/gtest.h>

#include <memory>
#include <string>

#include "blastradius/audit_log.h"
#include "fakes/sim_env.h"

namespace blastradius::fakes {
namespace {

// Each test checks the file right after SimulateCrash; the sink's destructor runs later (a
// leaked sink would trip LeakSanitizer) and what it appends then is not looked at.
constexpr char kPath[] = "/audit.jsonl";

AuditRecord Numbered(int i) {
  AuditRecord r;
  r.run_id = "run-1";
  r.step_number = i;
  r.tool_name = "read_file";
  r.tool_outputs = "contents of record " + std::to_string(i);
  r.risk_tier = 0;
  r.decision = Decision::kAllowed;
  r.outcome = "ok";
  return r;
}

std::string LinesUpTo(int n) {
  std::string out;
  for (int i = 0; i < n; ++i) out += AuditRecordToLine(Numbered(i)) + "\n";
  return out;
}

// The file exists durably and empty before the sink opens it, so a crash cannot undo its
// creation (an un-synced directory entry).
std::unique_ptr<FileAuditSink> OpenOnDurableFile(SimEnv* env, int64_t sync_every,
                                                 int64_t buffer_records) {
  env->PutFile(kPath, "");
  StatusOr<std::unique_ptr<FileAuditSink>> sink =
      FileAuditSink::Open(env, kPath, sync_every, buffer_records);
  EXPECT_TRUE(sink.ok()) << sink.status().ToString();
  return sink.ok() ? std::move(*sink) : nullptr;
}

// Writes records 0..records-1 (each acknowledged), then crashes; the file as it is after.
std::string FileAfterCrash(uint64_t seed, int64_t sync_every, int64_t buffer_records, int records) {
  SimEnv env(seed);
  std::unique_ptr<FileAuditSink> sink = OpenOnDurableFile(&env, sync_every, buffer_records);
  if (sink == nullptr) return "<open failed>";
  for (int i = 0; i < records; ++i) {
    if (!sink->Write(Numbered(i)).ok()) return "<write failed>";
  }
  env.SimulateCrash();
  StatusOr<std::string> after = env.ReadFileToString(kPath);
  return after.ok() ? *after : "<unreadable>";
}

TEST(FileAuditSinkCrashTest, BatchesSyncedWholeSurviveACrashAsWholeLines) {
  for (uint64_t seed = 1; seed <= 64; ++seed) {
    // Records 8 and 9 were still in the sink's buffer.
    EXPECT_EQ(FileAfterCrash(seed, /*sync_every=*/4, /*buffer_records=*/4, 10), LinesUpTo(8))
        << "seed " << seed;
  }
}

TEST(FileAuditSinkCrashTest, BufferOfOneKeepsEveryAcknowledgedRecord) {
  for (uint64_t seed = 1; seed <= 64; ++seed) {
    EXPECT_EQ(FileAfterCrash(seed, /*sync_every=*/1, /*buffer_records=*/1, 5), LinesUpTo(5))
        << "seed " << seed;
  }
}

TEST(FileAuditSinkCrashTest, CrashDuringABatchAppendKeepsTheSyncedBatches) {
  for (uint64_t seed = 1; seed <= 64; ++seed) {
    SimEnv env(seed);
    std::unique_ptr<FileAuditSink> sink = OpenOnDurableFile(&env, /*sync_every=*/4,
                                                            /*buffer_records=*/4);
    ASSERT_NE(sink, nullptr);
    // Operations: 1 append of batch {0..3}, 2 its sync, 3 the append of batch {4..7}: the
    // process dies there.
    env.CrashAtOperation(3);
    for (int i = 0; i < 7; ++i) ASSERT_TRUE(sink->Write(Numbered(i)).ok());
    EXPECT_FALSE(sink->Write(Numbered(7)).ok());
    EXPECT_FALSE(sink->Write(Numbered(8)).ok());  // sticky
    env.SimulateCrash();
    StatusOr<std::string> after = env.ReadFileToString(kPath);
    ASSERT_TRUE(after.ok());
    // The synced batch whole; of the dying append, what the crash model keeps of unsynced
    // bytes (none, a torn piece or all), never anything past it.
    const std::string synced = LinesUpTo(4);
    ASSERT_GE(after->size(), synced.size()) << "seed " << seed;
    EXPECT_EQ(after->substr(0, synced.size()), synced) << "seed " << seed;
    EXPECT_EQ(LinesUpTo(8).substr(0, after->size()), *after) << "seed " << seed;
  }
}

}  // namespace
}  // namespace blastradius::fakes
