// Status and StatusOr: reading the value of an error is a loud, defined failure in every build.
#include "blastradius/status.h"

#include <gtest/gtest.h>

#include <string>

namespace blastradius {
namespace {

StatusOr<std::string> Missing() { return Status::NotFound("no such tool: drop_database"); }

TEST(StatusOrTest, HoldsAValueOrAnError) {
  StatusOr<std::string> good = std::string("x");
  ASSERT_TRUE(good.ok());
  EXPECT_EQ(*good, "x");
  StatusOr<std::string> bad = Missing();
  EXPECT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().code(), StatusCode::kNotFound);
}

// Issue 11: value() on an error was undefined behaviour under NDEBUG (assert compiled out).
// This test runs in the Release build, where NDEBUG is set.
TEST(StatusOrDeathTest, ValueOfAnErrorAbortsWithTheStatusInEveryBuild) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  StatusOr<std::string> bad = Missing();
  EXPECT_DEATH((void)bad.value(), "StatusOr::value\\(\\) on an error: not_found: no such tool");
  EXPECT_DEATH((void)*bad, "not_found: no such tool: drop_database");
  EXPECT_DEATH((void)bad->size(), "not_found");
  EXPECT_DEATH((void)std::move(bad).value(), "not_found");
}

}  // namespace
}  // namespace blastradius
