#include "fakes/sim_env.h"

#include <gtest/gtest.h>

namespace blastradius::fakes {
namespace {

TEST(SimEnvTest, SleepAdvancesVirtualClockOnly) {
  SimEnv env(1);
  const int64_t start = env.NowMillis();
  env.SleepForMillis(3'600'000);  // a simulated hour
  EXPECT_EQ(env.NowMillis(), start + 3'600'000);
  EXPECT_EQ(env.EpochMillis() - env.NowMillis(), SimEnvOptions{}.epoch_ms);
  env.AdvanceTo(start);  // never backwards
  EXPECT_EQ(env.NowMillis(), start + 3'600'000);
}

TEST(SimEnvTest, AdvanceMovesClockByTheGivenAmount) {
  SimEnv env(1);
  const int64_t start = env.NowMillis();
  env.Advance(250);
  EXPECT_EQ(env.NowMillis(), start + 250);
  env.Advance(0);
  EXPECT_EQ(env.NowMillis(), start + 250);
  EXPECT_EQ(env.EpochMillis() - env.NowMillis(), SimEnvOptions{}.epoch_ms);
}

TEST(SimEnvTest, SameSeedSameStreamDifferentSeedDifferentStream) {
  SimEnv a(42), b(42), c(43);
  bool differs = false;
  for (int i = 0; i < 16; ++i) {
    const uint64_t x = a.Random64();
    EXPECT_EQ(x, b.Random64());
    differs |= x != c.Random64();
  }
  EXPECT_TRUE(differs);
}

TEST(SimEnvTest, CrashKeepsSyncedPrefixAndAtMostTheUnsyncedTail) {
  int lost = 0, torn = 0, kept = 0;
  for (uint64_t seed = 1; seed <= 60; ++seed) {
    SimEnv env(seed);
    auto file = env.NewAppendableFile("j");
    ASSERT_TRUE(file.ok());
    ASSERT_TRUE(env.SyncDir(".").ok());  // the name is durable; only the bytes are at stake
    ASSERT_TRUE((*file)->Append("synced\n").ok());
    ASSERT_TRUE((*file)->Sync().ok());
    ASSERT_TRUE((*file)->Append("tail-not-synced\n").ok());
    env.SimulateCrash();
    auto content = env.ReadFileToString("j");
    ASSERT_TRUE(content.ok());
    ASSERT_EQ(content->rfind("synced\n", 0), 0u) << "synced data must survive";
    const std::string full = "synced\ntail-not-synced\n";
    ASSERT_EQ(full.rfind(*content, 0), 0u) << "a crash only cuts, never invents";
    if (*content == "synced\n")
      ++lost;
    else if (*content == full)
      ++kept;
    else
      ++torn;
  }
  EXPECT_GT(lost, 0);
  EXPECT_GT(torn, 0);
  EXPECT_GT(kept, 0);
}

TEST(SimEnvTest, FilesNotFoundAndRemoved) {
  SimEnv env(1);
  EXPECT_EQ(env.ReadFileToString("nope").status().code(), StatusCode::kNotFound);
  env.PutFile("x", "abc");
  EXPECT_TRUE(env.FileExists("x"));
  EXPECT_TRUE(env.RemoveFile("x").ok());
  EXPECT_FALSE(env.FileExists("x"));
}

// A file's contents, or "<missing>".
std::string Read(SimEnv& env, const std::string& path) {
  StatusOr<std::string> s = env.ReadFileToString(path);
  return s.ok() ? *s : "<missing>";
}

TEST(SimEnvTest, UnsyncedCreationMayVanishADirSyncKeepsIt) {
  int vanished = 0, kept = 0;
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    for (bool sync_dir : {false, true}) {
      SimEnv env(seed);
      auto file = env.NewAppendableFile("d/a");
      ASSERT_TRUE(file.ok());
      ASSERT_TRUE((*file)->Append("x").ok());
      ASSERT_TRUE((*file)->Sync().ok());
      if (sync_dir) {
        ASSERT_TRUE(env.SyncDir("d").ok());
      }
      env.SimulateCrash();
      if (sync_dir) {
        ASSERT_EQ(Read(env, "d/a"), "x");
      } else {
        (env.FileExists("d/a") ? kept : vanished)++;
      }
    }
  }
  EXPECT_GT(vanished, 0);
  EXPECT_GT(kept, 0);
}

TEST(SimEnvTest, UnsyncedRenameIsAllOrNothing) {
  int old_seen = 0, new_seen = 0;
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    SimEnv env(seed);
    env.PutFile("d/j", "old");
    auto tmp = env.NewWritableFile("d/j.tmp");
    ASSERT_TRUE(tmp.ok());
    ASSERT_TRUE((*tmp)->Append("new").ok());
    ASSERT_TRUE((*tmp)->Sync().ok());
    ASSERT_TRUE(env.RenameFile("d/j.tmp", "d/j").ok());
    EXPECT_EQ(Read(env, "d/j"), "new");
    EXPECT_FALSE(env.FileExists("d/j.tmp"));
    env.SimulateCrash();
    const std::string after = Read(env, "d/j");
    ASSERT_TRUE(after == "old" || after == "new") << after;
    (after == "old" ? old_seen : new_seen)++;
  }
  EXPECT_GT(old_seen, 0);
  EXPECT_GT(new_seen, 0);
}

TEST(SimEnvTest, RenameMadeDurableBySyncDirSurvives) {
  for (uint64_t seed = 1; seed <= 20; ++seed) {
    SimEnv env(seed);
    env.PutFile("d/j", "old");
    ASSERT_TRUE(ReplaceFileAtomically(&env, "d/j", "new").ok());
    env.SimulateCrash();
    EXPECT_EQ(Read(env, "d/j"), "new");
    EXPECT_FALSE(env.FileExists("d/j.tmp"));
  }
}

TEST(SimEnvTest, UnsyncedRemovalMayComeBack) {
  int back = 0, gone = 0;
  for (uint64_t seed = 1; seed <= 40; ++seed) {
    SimEnv env(seed);
    env.PutFile("d/j", "keep");
    ASSERT_TRUE(env.RemoveFile("d/j").ok());
    EXPECT_FALSE(env.FileExists("d/j"));
    env.SimulateCrash();
    (env.FileExists("d/j") ? back : gone)++;
  }
  EXPECT_GT(back, 0);
  EXPECT_GT(gone, 0);
}

TEST(SimEnvTest, CrashAtOperationKillsTheProcessThereUntilTheNextBoot) {
  SimEnv env(1);
  env.CrashAtOperation(3);  // create, append, then the sync is where it dies
  auto file = env.NewAppendableFile("d/a");
  ASSERT_TRUE(file.ok());
  ASSERT_TRUE((*file)->Append("abc").ok());
  EXPECT_FALSE(env.crashed());
  EXPECT_EQ((*file)->Sync().code(), StatusCode::kUnavailable);
  EXPECT_TRUE(env.crashed());
  EXPECT_EQ((*file)->Append("more").code(), StatusCode::kUnavailable);
  EXPECT_EQ(env.SyncDir("d").code(), StatusCode::kUnavailable);
  EXPECT_EQ(env.RenameFile("d/a", "d/b").code(), StatusCode::kUnavailable);
  EXPECT_EQ(Read(env, "d/a"), "abc");  // reads still work
  EXPECT_EQ(env.mutating_operations(), 6u);
  env.SimulateCrash();  // a new boot: nothing was durable
  EXPECT_FALSE(env.crashed());
  EXPECT_TRUE(env.SyncDir("d").ok());
}

TEST(SimEnvTest, TheAppendAtTheCrashPointMayBeTorn) {
  int lost = 0, torn = 0, kept = 0;
  for (uint64_t seed = 1; seed <= 60; ++seed) {
    SimEnv env(seed);
    env.PutFile("j", "");
    auto file = env.NewAppendableFile("j");
    ASSERT_TRUE(file.ok());
    env.CrashAtOperation(1);
    EXPECT_EQ((*file)->Append("line\n").code(), StatusCode::kUnavailable);
    env.SimulateCrash();
    const std::string after = Read(env, "j");
    ASSERT_EQ(std::string("line\n").rfind(after, 0), 0u) << after;
    (after.empty() ? lost : after == "line\n" ? kept : torn)++;
  }
  EXPECT_GT(lost, 0);
  EXPECT_GT(torn, 0);
  EXPECT_GT(kept, 0);
}

}  // namespace
}  // namespace blastradius::fakes
