// The real Env's atomic-rewrite operations (NewWritableFile, RenameFile, SyncDir) and
// ReplaceFileAtomically, on real files in a fresh temporary directory.
#include <gtest/gtest.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>

#include "blastradius/env.h"

namespace blastradius {
namespace {

// A file's contents, or "<missing>".
std::string Read(Env* env, const std::string& path) {
  StatusOr<std::string> s = env->ReadFileToString(path);
  return s.ok() ? *s : "<missing>";
}

class EnvRewriteTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/br_env_rewrite_XXXXXX";
    ASSERT_NE(::mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override {
    for (const char* name : {"/a", "/b", "/j", "/j.tmp"}) {
      static_cast<void>(env_->RemoveFile(dir_ + name));  // may not exist
    }
    ::rmdir(dir_.c_str());
  }
  void Write(const std::string& path, const std::string& text) {
    auto f = env_->NewAppendableFile(path);
    ASSERT_TRUE(f.ok());
    ASSERT_TRUE((*f)->Append(text).ok());
    ASSERT_TRUE((*f)->Close().ok());
  }

  Env* env_ = Env::Default();
  std::string dir_;
};

TEST_F(EnvRewriteTest, NewWritableFileTruncatesAndIsPrivate) {
  Write(dir_ + "/a", "old contents");
  auto f = env_->NewWritableFile(dir_ + "/a");
  ASSERT_TRUE(f.ok()) << f.status().ToString();
  ASSERT_TRUE((*f)->Append("new").ok());
  ASSERT_TRUE((*f)->Sync().ok());
  ASSERT_TRUE((*f)->Close().ok());
  EXPECT_EQ(Read(env_, dir_ + "/a"), "new");

  auto g = env_->NewWritableFile(dir_ + "/b");  // created by it: owner-only
  ASSERT_TRUE(g.ok());
  struct stat st;
  ASSERT_EQ(::stat((dir_ + "/b").c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
}

TEST_F(EnvRewriteTest, RenameReplacesTheTarget) {
  Write(dir_ + "/a", "A");
  Write(dir_ + "/b", "B");
  ASSERT_TRUE(env_->RenameFile(dir_ + "/a", dir_ + "/b").ok());
  EXPECT_FALSE(env_->FileExists(dir_ + "/a"));
  EXPECT_EQ(Read(env_, dir_ + "/b"), "A");
  EXPECT_EQ(env_->RenameFile(dir_ + "/a", dir_ + "/b").code(), StatusCode::kNotFound);
}

TEST_F(EnvRewriteTest, SyncDirSyncsADirectoryAndReportsAMissingOne) {
  EXPECT_TRUE(env_->SyncDir(dir_).ok());
  EXPECT_FALSE(env_->SyncDir(dir_ + "/missing").ok());
}

TEST_F(EnvRewriteTest, ReplaceFileAtomicallyLeavesTheNewContentsAndNoTemporary) {
  Write(dir_ + "/j", "old, with a torn tai");
  ASSERT_TRUE(ReplaceFileAtomically(env_, dir_ + "/j", "repaired\n").ok());
  EXPECT_EQ(Read(env_, dir_ + "/j"), "repaired\n");
  EXPECT_FALSE(env_->FileExists(dir_ + "/j.tmp"));
}

TEST(DirNameTest, ParentDirectory) {
  EXPECT_EQ(DirName("/var/br/journal.jsonl"), "/var/br");
  EXPECT_EQ(DirName("/journal.jsonl"), "/");
  EXPECT_EQ(DirName("journal.jsonl"), ".");
  EXPECT_EQ(DirName("a/b"), "a");
}

}  // namespace
}  // namespace blastradius
