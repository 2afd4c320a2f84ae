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
    ASSERT_TRUE((*file)->Append("synced\n").ok());
    ASSERT_TRUE((*file)->Sync().ok());
    ASSERT_TRUE((*file)->Append("tail-not-synced\n").ok());
    env.SimulateCrash();
    auto content = env.ReadFileToString("j");
    ASSERT_TRUE(content.ok());
    ASSERT_EQ(content->rfind("synced\n", 0), 0u) << "synced data must survive";
    const std::string full = "synced\ntail-not-synced\n";
    ASSERT_EQ(full.rfind(*content, 0), 0u) << "a crash only cuts, never invents";
    if (*content == "synced\n") ++lost;
    else if (*content == full) ++kept;
    else ++torn;
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

}  // namespace
}  // namespace blastradius::fakes
