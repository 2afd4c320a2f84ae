// The bundled pattern packs and learned model are compiled into the library: an installed or
// moved `blastradius`, or a team's program linking safety_core, gets them without reading a file
// (they used to be read from the source tree's path, compiled in; issue 13, item 9).
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "blastradius/learned_detector.h"
#include "blastradius/sanitizer.h"
#include "test_env.h"

namespace blastradius {
namespace {

std::string ReadSourceFile(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(BundledPacks, LoadWithoutReadingAnyFile) {
  testing::ManualEnv no_files;  // every read fails: nothing is on its file system
  StatusOr<std::vector<PatternPack>> packs = LoadBundledPacks(&no_files);
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  EXPECT_FALSE(packs->empty());
}

TEST(BundledPacks, AreExactlyThePackFilesOfTheSourceTreeInFileNameOrder) {
  StatusOr<std::vector<PatternPack>> packs = LoadBundledPacks(Env::Default());
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  std::set<std::filesystem::path> files;  // sorted by file name, like the bundled list
  for (const auto& entry :
       std::filesystem::directory_iterator(BLASTRADIUS_SOURCE_DIR "/safety_core/packs")) {
    if (entry.path().extension() == ".json") files.insert(entry.path());
  }
  ASSERT_EQ(packs->size(), files.size());
  size_t i = 0;
  for (const std::filesystem::path& file : files) {
    StatusOr<PatternPack> expected = PatternPack::Parse(ReadSourceFile(file), file.string());
    ASSERT_TRUE(expected.ok()) << expected.status().ToString();
    const PatternPack& got = (*packs)[i++];
    EXPECT_EQ(got.name, expected->name) << file;
    EXPECT_EQ(got.version, expected->version) << file;
    ASSERT_EQ(got.patterns.size(), expected->patterns.size()) << file;
    for (size_t k = 0; k < got.patterns.size(); ++k) {
      EXPECT_EQ(got.patterns[k].id, expected->patterns[k].id) << file;
      EXPECT_EQ(got.patterns[k].regex, expected->patterns[k].regex) << file;
    }
  }
}

TEST(BundledLearnedModel, IsTheModelFileOfTheSourceTree) {
  StatusOr<LearnedModel> bundled = LoadBundledLearnedModel();
  ASSERT_TRUE(bundled.ok()) << bundled.status().ToString();
  const std::string path = BLASTRADIUS_SOURCE_DIR "/safety_core/models/learned_detector.txt";
  StatusOr<LearnedModel> file = LearnedModel::Parse(ReadSourceFile(path), path);
  ASSERT_TRUE(file.ok()) << file.status().ToString();
  EXPECT_EQ(bundled->weights, file->weights);
  EXPECT_EQ(bundled->Serialize(), file->Serialize());  // bias, threshold and window too
}

TEST(BundledLearnedModel, DefaultDetectorBuildsWithoutReadingAnyFile) {
  testing::ManualEnv no_files;
  StatusOr<std::shared_ptr<const Detector>> detector = CreateDefaultDetector(&no_files, {});
  ASSERT_TRUE(detector.ok()) << detector.status().ToString();
}

}  // namespace
}  // namespace blastradius
