// The literal gate's fast scans (AVX2 where the CPU has it, the portable one everywhere) against
// its reference scan (pattern_gate.h): the same groups on every text. The gates hold the bundled
// packs' clauses as the matcher derives them, and every clause atom of those packs as a pattern of
// its own, so that one atom found or missed moves one group. Also: the precomputed analyses of
// the bundled patterns (pack_literals.inc) against a fresh analysis.
#include "pattern_gate.h"

#include <gtest/gtest.h>
#include <re2/filtered_re2.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <optional>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/sanitizer.h"
#include "pattern_matcher.h"
#include "pattern_options.h"
#include "swar.h"

namespace blastradius {
namespace {

constexpr int kGroups = LiteralGate::kMaxGroups - 1;  // never every group: no scan ends early

struct Gates {
  std::vector<std::string> atoms;  // every clause atom, ASCII and non-ASCII text
  std::vector<std::unique_ptr<LiteralGate>> gates;
};

// The bundled packs' clauses for both kinds of text, and one single-atom pattern per atom.
const Gates& BundledGates() {
  static const Gates* const kGates = [] {
    auto* out = new Gates();
    auto packs = LoadBundledPacks(Env::Default());
    EXPECT_TRUE(packs.ok()) << packs.status().ToString();
    auto matcher = PatternMatcher::Create(std::move(*packs));
    EXPECT_TRUE(matcher.ok()) << matcher.status().ToString();
    std::set<std::string> atoms;
    for (const bool non_ascii : {false, true}) {
      std::vector<PatternLiterals> patterns;
      std::vector<int> group_of;
      for (size_t p = 0; p < (*matcher)->pattern_count(); ++p) {
        PatternLiterals literals;
        literals.analyzed = true;
        literals.clauses = literals.non_ascii_clauses = (*matcher)->GateClauses(p, non_ascii);
        for (const auto& clause : literals.clauses) atoms.insert(clause.begin(), clause.end());
        patterns.push_back(std::move(literals));
        group_of.push_back(static_cast<int>(p % kGroups));
      }
      out->gates.push_back(
          LiteralGate::Create(patterns, group_of, "", LiteralGate::Text::kNonAscii));
    }
    out->atoms.assign(atoms.begin(), atoms.end());
    for (auto& gate : SingleAtomGates(out->atoms)) out->gates.push_back(std::move(gate));
    for (const auto& gate : out->gates) EXPECT_NE(gate, nullptr);
    return out;
  }();
  return *kGates;
}

// Every scan path of every gate gives the reference's groups on `text`.
void ExpectEveryPathAgrees(const std::string& text) {
  for (const auto& gate : BundledGates().gates) {
    const uint32_t reference = gate->GroupsToRun(text, LiteralGate::ScanPath::kReference);
    ASSERT_EQ(gate->GroupsToRun(text, LiteralGate::ScanPath::kPortable), reference) << text;
    ASSERT_EQ(gate->GroupsToRun(text, LiteralGate::ScanPath::kAvx2), reference) << text;
    ASSERT_EQ(gate->GroupsToRun(text), reference) << text;
  }
}

std::string WithCase(std::string text, int which, std::mt19937* rng) {
  for (char& c : text) {
    const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    if (!letter) continue;
    const bool upper = which == 0 || (which == 2 && (*rng)() % 2 == 0);
    c = static_cast<char>(upper ? (c & ~0x20) : (c | 0x20));
  }
  return text;
}

TEST(PatternGateTest, FastScansFindEveryAtomAtEveryOffsetAcrossBlockEdges) {
  std::mt19937 rng(14);
  const Gates& gates = BundledGates();
  ASSERT_GT(gates.atoms.size(), 100u);
  // Offsets 0..40 and lengths around the 8-position step and the 16-byte load: the atom at the
  // start, inside, cut by the end, and ending exactly at it.
  for (const std::string& atom : gates.atoms) {
    for (size_t offset = 0; offset <= 40; offset += (offset < 20 ? 1 : 7)) {
      std::string text(offset, '.');
      text += WithCase(atom, static_cast<int>(offset % 3), &rng);  // upper, lower, mixed
      ExpectEveryPathAgrees(text);
      ExpectEveryPathAgrees(text + std::string(offset % 17, ' '));
      ExpectEveryPathAgrees(text.substr(0, text.size() - 1));  // cut one byte short
    }
  }
}

// The fast scans test an anchor's four-byte window before its atoms (an atom of four bytes or
// more), except where a three-byte atom is anchored: atoms that end the text, three-byte atoms
// beside four-byte ones sharing their first three bytes, and texts of three bytes are found as
// the reference finds them; a word that holds an atom's rarest three bytes but not its four is
// found by no path.
TEST(PatternGateTest, FourByteWindowTestLosesNoAtom) {
  const std::vector<std::string> atoms = {"pay", "payr", "somente", "menu", "xyz", "envoie"};
  const auto gates = SingleAtomGates(atoms);
  ASSERT_EQ(gates.size(), 1u);
  const LiteralGate& gate = *gates[0];
  const auto all_paths = [&](const std::string& text) {
    const uint32_t reference = gate.GroupsToRun(text, LiteralGate::ScanPath::kReference);
    EXPECT_EQ(gate.GroupsToRun(text, LiteralGate::ScanPath::kPortable), reference) << text;
    EXPECT_EQ(gate.GroupsToRun(text, LiteralGate::ScanPath::kAvx2), reference) << text;
    return reference;
  };
  EXPECT_EQ(all_paths("pay"), uint32_t{1} << 0);
  EXPECT_EQ(all_paths("to PAY"), uint32_t{1} << 0);
  EXPECT_EQ(all_paths("the Payroll run, 4 KiB of it: " + std::string(40, '.')),
            (uint32_t{1} << 0) | (uint32_t{1} << 1));
  EXPECT_EQ(all_paths(std::string(30, ' ') + "SOMENTE"), uint32_t{1} << 2);
  EXPECT_EQ(all_paths(std::string(30, ' ') + "somente" + std::string(30, ' ')), uint32_t{1} << 2);
  EXPECT_EQ(all_paths("xyz"), uint32_t{1} << 4);
  EXPECT_EQ(all_paths(std::string(17, 'a') + "Envoie"), uint32_t{1} << 5);
  const std::string english =
      "Some men entered the envoy's office; the comment was sent to the men at home. ";
  EXPECT_EQ(all_paths(english + english + english), 0u);
}

TEST(PatternGateTest, FastScansAgreeOnRandomTextsMadeOfAtomPieces) {
  std::mt19937 rng(1414);
  const Gates& gates = BundledGates();
  for (int round = 0; round < 3000; ++round) {
    std::string text;
    const size_t pieces = rng() % 12;
    for (size_t k = 0; k < pieces; ++k) {
      const std::string& atom = gates.atoms[rng() % gates.atoms.size()];
      const size_t from = rng() % atom.size();
      text += rng() % 3 == 0 ? atom.substr(from) : atom;  // a tail: a near miss
      const char kJoin[] = {' ', 'a', 'S', '\n', '@', '\x80'};
      text += std::string(rng() % 3, kJoin[rng() % sizeof(kJoin)]);
    }
    ExpectEveryPathAgrees(WithCase(text, static_cast<int>(rng() % 3), &rng));
  }
}

TEST(PatternGateTest, FastScansAgreeOnRandomBytes) {
  std::mt19937 rng(41);
  for (int round = 0; round < 3000; ++round) {
    std::string text(rng() % 200, '\0');
    const int alphabet = round % 2 == 0 ? 256 : 8;  // any byte, or a few letters that repeat
    for (char& c : text) {
      c = alphabet == 256 ? static_cast<char>(rng()) : static_cast<char>("erasERAS"[rng() % 8]);
    }
    ExpectEveryPathAgrees(text);
  }
}

TEST(PatternGateTest, FastScansAgreeOnTheCorpora) {
  for (const char* file :
       {"data/injection_corpus/corpus.jsonl", "data/training/mechanism_dev.jsonl",
        "data/training/precision_dev.jsonl"}) {
    std::ifstream in(std::string(BLASTRADIUS_SOURCE_DIR) + "/" + file);
    ASSERT_TRUE(in.good()) << file;
    std::mt19937 rng(7);
    for (std::string line; std::getline(in, line);) {
      if (line.empty()) continue;
      const std::string text = nlohmann::json::parse(line).at("text").get<std::string>();
      for (int which = 0; which < 3; ++which) ExpectEveryPathAgrees(WithCase(text, which, &rng));
    }
  }
}

// pack_literals.inc, compiled in, gives every bundled pattern the analysis Create would make
// now, with this build's RE2: its strings (escaped, UTF-8, octal) decode to the same atoms and
// clauses. Read with the stamp of the RE2 the table names: under another build of RE2 the
// library ignores the table, and this still says whether that RE2 would make the same one.
TEST(PrecomputedLiteralsTest, EveryBundledPatternGetsWhatAFreshAnalysisGives) {
  auto packs = LoadBundledPacks(Env::Default());
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  const std::string sample = LowerGateSample();
  const std::string stamp = LiteralsStamp(sample, PrecomputedRe2Library());
  size_t patterns = 0, non_ascii_atoms = 0;
  for (const PatternPack& pack : *packs) {
    for (const Pattern& pattern : pack.patterns) {
      const std::optional<PatternLiterals> known = PrecomputedLiterals(pattern.regex, stamp);
      ASSERT_TRUE(known.has_value()) << pack.name << " " << pattern.id;
      re2::FilteredRE2 filter(/*min_atom_len=*/1);
      int id = 0;
      ASSERT_EQ(filter.Add(pattern.regex, PatternRegexOptions(), &id), RE2::NoError);
      const PatternLiterals fresh = AnalyzeLiterals(&filter, sample);
      EXPECT_EQ(known->analyzed, fresh.analyzed) << pattern.id;
      EXPECT_EQ(known->can_match_ascii, fresh.can_match_ascii) << pattern.id;
      EXPECT_EQ(known->atoms, fresh.atoms) << pattern.id;
      EXPECT_EQ(known->clauses, fresh.clauses) << pattern.id;
      EXPECT_EQ(known->non_ascii_clauses, fresh.non_ascii_clauses) << pattern.id;
      ++patterns;
      for (const std::string& atom : fresh.atoms) non_ascii_atoms += !swar::AllAscii(atom);
    }
  }
  EXPECT_GT(patterns, 300u);
  EXPECT_GT(non_ascii_atoms, 100u);  // the multilingual packs' atoms went through the table too
}

TEST(PrecomputedLiteralsTest, NoAnswerForAnotherSampleOrAPatternNotBundled) {
  auto packs = LoadBundledPacks(Env::Default());
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  const std::string& bundled = packs->front().patterns.front().regex;
  const std::string_view made_under = PrecomputedRe2Library();
  const std::string stamp = LiteralsStamp(LowerGateSample(), made_under);
  EXPECT_TRUE(PrecomputedLiterals(bundled, stamp).has_value());
  EXPECT_FALSE(
      PrecomputedLiterals(bundled, LiteralsStamp(LowerGateSample() + "x", made_under)).has_value());
  EXPECT_FALSE(PrecomputedLiterals(bundled, "").has_value());
  EXPECT_FALSE(PrecomputedLiterals(bundled + " ", stamp).has_value());
  EXPECT_FALSE(PrecomputedLiterals("\\bignore previous orders\\b", stamp).has_value());
}

// The table holds what one build of RE2 made of the patterns. Another build (a newer libre2
// with other Unicode case-folding tables, say) could make other literals, and a literal a pattern
// no longer needs would let the gate skip a set that should run: the table must not be used.
TEST(PrecomputedLiteralsTest, TableMadeUnderOneRe2LibraryIsNotUsedUnderAnother) {
  auto packs = LoadBundledPacks(Env::Default());
  ASSERT_TRUE(packs.ok()) << packs.status().ToString();
  const std::string& bundled = packs->front().patterns.front().regex;
  const std::string sample = LowerGateSample();
  const std::string here = Re2LibraryIdentity();
  EXPECT_NE(here.find("libre2.so"), std::string::npos) << here;  // linked as a shared library
  EXPECT_EQ(LiteralsStamp(sample), LiteralsStamp(sample, here));
  const std::string made_under(PrecomputedRe2Library());
  EXPECT_TRUE(PrecomputedLiterals(bundled, LiteralsStamp(sample, made_under)).has_value());
  EXPECT_NE(LiteralsStamp(sample, made_under + "1"), LiteralsStamp(sample, made_under));
  EXPECT_FALSE(PrecomputedLiterals(bundled, LiteralsStamp(sample, made_under + "1")).has_value());
  // A library that cannot be told: no stamp, so no table, whatever the table was made under.
  EXPECT_EQ(LiteralsStamp(sample, ""), "");
  EXPECT_FALSE(PrecomputedLiterals(bundled, LiteralsStamp(sample, "")).has_value());
}

}  // namespace
}  // namespace blastradius
