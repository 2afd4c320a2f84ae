#include "fakes/temp_dir.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>
#include <fstream>
#include <optional>
#include <string>

namespace blastradius::fakes {
namespace {

namespace fs = std::filesystem;

// Sets $TMPDIR for the life of the object and puts back what was there.
class ScopedTmpdir {
 public:
  explicit ScopedTmpdir(const std::string& value) {
    if (const char* old = std::getenv("TMPDIR")) old_ = old;
    setenv("TMPDIR", value.c_str(), 1);
  }
  ~ScopedTmpdir() {
    if (old_) {
      setenv("TMPDIR", old_->c_str(), 1);
    } else {
      unsetenv("TMPDIR");
    }
  }

 private:
  std::optional<std::string> old_;
};

TEST(TempDirTest, MakesAFolderUnderTmpdirAndRemovesItWithItsFiles) {
  std::string kept;
  {
    const TempDir outer("temp_dir_test_outer");
    ASSERT_FALSE(outer.path().empty());
    ScopedTmpdir tmpdir(outer.path());
    {
      const TempDir dir("temp_dir_test");
      ASSERT_FALSE(dir.path().empty());
      kept = dir.path();
      EXPECT_EQ(fs::path(kept).parent_path(), fs::path(outer.path()));
      EXPECT_EQ(fs::path(kept).filename().string().rfind("temp_dir_test-", 0), 0u) << kept;
      EXPECT_TRUE(fs::is_directory(kept));
      fs::create_directories(dir / "a/b");
      std::ofstream(dir / "a/b/file.txt") << "x";
      EXPECT_EQ(dir / "a", kept + "/a");
    }
    EXPECT_FALSE(fs::exists(kept));
    EXPECT_TRUE(fs::is_directory(outer.path()));  // only its own folder went
  }
}

// The MCP tests and the MCP benchmark built paths from mkdtemp's answer without checking it:
// a folder that could not be made gave a null pointer to a std::string. TempDir answers with an
// empty path instead, and removes nothing.
TEST(TempDirTest, FolderThatCannotBeMadeLeavesAnEmptyPathNotACrash) {
  ScopedTmpdir tmpdir("/nonexistent-blastradius-tmpdir/deeper");
  const TempDir dir("temp_dir_test");
  EXPECT_TRUE(dir.path().empty());
  EXPECT_FALSE(fs::exists("/nonexistent-blastradius-tmpdir"));
}

}  // namespace
}  // namespace blastradius::fakes
