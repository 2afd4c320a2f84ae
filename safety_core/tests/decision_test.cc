#include "blastradius/decision.h"

#include <gtest/gtest.h>

#include <fstream>
#include <set>
#include <sstream>
#include <string>

namespace blastradius {
namespace {

TEST(DecisionTest, EveryDecisionRoundTripsThroughItsName) {
  std::set<std::string> names;
  for (Decision d : kAllDecisions) {
    const std::string_view name = DecisionName(d);
    EXPECT_NE(name, "invalid_decision");
    std::optional<Decision> back = ParseDecision(name);
    ASSERT_TRUE(back.has_value()) << name;
    EXPECT_EQ(*back, d) << name;
    names.emplace(name);
  }
  EXPECT_EQ(names.size(), kAllDecisions.size()) << "two decisions share a name";
}

TEST(DecisionTest, ParseRefusesTextThatIsNotExactlyAName) {
  for (const char* text : {"", "Allowed", "ALLOWED", "allowed ", " allowed", "approve", "reject",
                           "compensation-failed", "allowed\n", "invalid_decision"}) {
    EXPECT_FALSE(ParseDecision(text).has_value()) << '"' << text << '"';
  }
  EXPECT_FALSE(ParseDecision(std::string_view("allowed\0x", 9)).has_value());
}

// The names the audit format documents: the backticked words of the `decision` row.
std::set<std::string> DocumentedDecisionNames() {
  std::ifstream in(std::string(BLASTRADIUS_SOURCE_DIR) + "/docs/formats/audit_record.md");
  std::string line;
  while (std::getline(in, line)) {
    const std::string row = "| `decision` | string |";
    if (line.rfind(row, 0) != 0) continue;
    std::set<std::string> names;
    const std::string cell = line.substr(row.size());
    for (size_t open = cell.find('`'); open != std::string::npos;) {
      const size_t close = cell.find('`', open + 1);
      if (close == std::string::npos) break;
      names.insert(cell.substr(open + 1, close - open - 1));
      open = cell.find('`', close + 1);
    }
    return names;
  }
  return {};
}

TEST(DecisionTest, NamesAreExactlyTheOnesTheAuditFormatDocuments) {
  std::set<std::string> documented = DocumentedDecisionNames();
  ASSERT_FALSE(documented.empty()) << "no `decision` row in docs/formats/audit_record.md";
  // The row also names the header and the enum; everything else must be a decision name.
  documented.erase("blastradius/decision.h");
  documented.erase("Decision");
  documented.erase("ParseAuditLine");
  std::set<std::string> names;
  for (Decision d : kAllDecisions) names.emplace(DecisionName(d));
  EXPECT_EQ(names, documented);
}

TEST(DecisionTest, StreamsItsName) {
  std::ostringstream out;
  out << Decision::kCompensationFailed;
  EXPECT_EQ(out.str(), "compensation_failed");
}

}  // namespace
}  // namespace blastradius
