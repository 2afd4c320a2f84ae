// chaos::DetectorCache: scenarios naming the same packs share one detector (building one
// compiles every pack), and a different pack list, learned-stage setting or a disabled sanitizer
// gets its own.
#include <gtest/gtest.h>

#include <string>

#include "blastradius/policy.h"
#include "chaos_scenarios/run.h"

namespace blastradius::chaos {
namespace {

const std::string kPacks = std::string(BLASTRADIUS_SOURCE_DIR) + "/safety_core/packs/";

Policy WithPacks(std::vector<std::string> packs, bool learned_stage) {
  Policy p;
  p.sanitizer.packs = std::move(packs);
  p.sanitizer.learned_stage = learned_stage;
  return p;
}

TEST(DetectorCacheTest, SamePacksShareOneDetectorAndOtherSettingsGetTheirOwn) {
  DetectorCache cache;
  const Policy one = WithPacks({kPacks + "role_switch.json"}, false);
  StatusOr<std::shared_ptr<const Detector>> first = cache.For(one);
  StatusOr<std::shared_ptr<const Detector>> again = cache.For(one);
  ASSERT_TRUE(first.ok()) << first.status().ToString();
  ASSERT_TRUE(again.ok());
  ASSERT_NE(first->get(), nullptr);
  EXPECT_EQ(first->get(), again->get());

  StatusOr<std::shared_ptr<const Detector>> other =
      cache.For(WithPacks({kPacks + "task_hijack.json"}, false));
  ASSERT_TRUE(other.ok());
  EXPECT_NE(other->get(), first->get());

  StatusOr<std::shared_ptr<const Detector>> learned =
      cache.For(WithPacks({kPacks + "role_switch.json"}, true));
  ASSERT_TRUE(learned.ok());
  EXPECT_NE(learned->get(), first->get());

  Policy off = one;
  off.sanitizer.enabled = false;
  StatusOr<std::shared_ptr<const Detector>> none = cache.For(off);
  ASSERT_TRUE(none.ok());
  EXPECT_EQ(none->get(), nullptr);
}

TEST(DetectorCacheTest, APackThatDoesNotLoadIsAnErrorEachTimeAndIsNotCached) {
  DetectorCache cache;
  const Policy missing = WithPacks({kPacks + "no_such_pack.json"}, false);
  EXPECT_FALSE(cache.For(missing).ok());
  EXPECT_FALSE(cache.For(missing).ok());
}

}  // namespace
}  // namespace blastradius::chaos
