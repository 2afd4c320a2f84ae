// Internal: an exact literal gate in front of the pattern matcher's RE2::Sets, for pure-ASCII
// text. At Create, each pattern gets up to kMaxClauses clauses: sets of lower-case ASCII strings
// ("atoms") such that every ASCII text the pattern matches holds, ignoring ASCII case, at least
// one atom of EACH of its clauses. The clauses come from RE2's own prefilter (a FilteredRE2
// compiled on that pattern alone, whose atoms are the pattern's required literals) by probing it
// with atom subsets: the prefilter's formula is monotone in the atoms present, so "this subset
// absent and every other atom present makes it false" proves the subset a clause. Each clause is
// shrunk to a minimal one, dropping the atoms most common in a sample of ordinary prose first,
// and later clauses use atoms no earlier clause holds. A pattern with no clause (its prefilter
// passes every text, or only through an atom holding "ſ" or the Kelvin sign, which Unicode case
// folding matches to ASCII "s" and "k") is "ungated".
//
// Atoms that ordinary prose holds (shorter than kMinAtomBytes, or more than kMaxClauseSampleHits
// occurrences in the sample) are taken as always present while clauses are derived, so no
// clause is built on them, and a clause whose atoms together occur more often than that is
// dropped: such clauses would gate little and cost a verification at many positions. Taking an
// atom as present or dropping a clause only lets more text through, so the gate stays exact.
//
// GroupsToRun(text) finds which clause atoms occur in the text — at each byte position a bitmap
// test of the window's first two bytes, then of the hash of its three, each hit verified against
// the atoms anchored there — and returns the groups (the matcher's RE2::Sets) holding a pattern
// all of whose clauses are met, plus every group holding an ungated pattern. A set left out holds
// no pattern that can match the text, so skipping its scan never changes a finding. ASCII only: on
// text with a non-ASCII byte the caller runs every set (case folding of "ſ"/Kelvin sign; atoms in
// other scripts are not searched for). Immutable after Create and thread-safe; GroupsToRun
// allocates nothing.
#ifndef BLASTRADIUS_SRC_PATTERN_GATE_H_
#define BLASTRADIUS_SRC_PATTERN_GATE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace re2 {
class FilteredRE2;
}  // namespace re2

namespace blastradius {

inline char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// True when `atom` holds the UTF-8 of one of the two non-ASCII letters that Unicode simple case
// folding puts in an ASCII letter's orbit: U+017F (long s ~ "s") and U+212A (Kelvin sign ~ "k").
inline bool HasAsciiFoldingRune(std::string_view atom) {
  return atom.find("\xC5\xBF") != std::string_view::npos ||
         atom.find("\xE2\x84\xAA") != std::string_view::npos;
}

// What RE2's prefilter says about one pattern's literals in pure-ASCII text.
struct PatternLiterals {
  bool analyzed = false;           // false: RE2's prefilter refused the pattern; nothing is known
  bool can_match_ascii = true;     // false: every match needs a non-ASCII character
  std::vector<std::string> atoms;  // every literal the prefilter found, lower case
  // The gate's clauses (above); none: ungated. A pattern that cannot match ASCII text has one,
  // empty: no ASCII text meets it.
  std::vector<std::vector<std::string>> clauses;
};

// Compiles `filter`, which holds exactly one pattern (added with PatternRegexOptions, not yet
// compiled), and derives that pattern's clauses; `lower_sample` is ordinary prose in ASCII lower
// case that ranks atoms from common to rare. The caller may keep `filter` and match with its RE2
// (GetRE2(0)): the pattern is then compiled once for both.
PatternLiterals AnalyzeLiterals(re2::FilteredRE2* filter, std::string_view lower_sample);

class LiteralGate {
 public:
  static constexpr int kMaxGroups = 32;
  static constexpr size_t kMinAtomBytes = 3;
  // A clause whose atoms occur more often than this in the sample is dropped (see Create).
  static constexpr size_t kMaxClauseSampleHits = 1;
  static constexpr size_t kMaxClauses = 4;  // per pattern
  static constexpr size_t kMaxTotalClauses = 4096;
  static constexpr size_t kMaxAtoms = 4096;

  // `patterns[i]` (from AnalyzeLiterals with the same `lower_sample`, whose three-byte windows
  // rank anchors from common to rare) belongs to group `group_of[i]`. Returns null when a group
  // is not below kMaxGroups or the packs exceed kMaxTotalClauses or kMaxAtoms (the caller then
  // runs every set). A pattern RE2's prefilter refused is ungated.
  static std::unique_ptr<LiteralGate> Create(const std::vector<PatternLiterals>& patterns,
                                             const std::vector<int>& group_of,
                                             std::string_view lower_sample);

  // Bit g set: group g must be scanned over `text`. REQUIRES: `text` is pure ASCII.
  uint32_t GroupsToRun(std::string_view text) const;

  // For tests and notes: pattern i's clauses (none: ungated).
  const std::vector<std::vector<std::string>>& Clauses(size_t pattern) const {
    return pattern_clauses_[pattern];
  }

 private:
  LiteralGate() = default;
  struct Anchor {
    uint32_t key;  // the three folded bytes at `offset` in the atom
    uint16_t atom;
    uint16_t offset;  // where the anchor window starts inside the atom
  };
  static uint32_t Fold3(uint32_t bytes) { return (bytes | 0x202020u) & 0xFFFFFFu; }
  static uint32_t Hash(uint32_t key) { return (key * 0x9E3779B1u) >> 16; }
  struct ScanState;
  // Atom `atom` occurs in the text: marks its clauses met; returns true once every group runs.
  bool Found(uint32_t atom, ScanState* state) const;
  bool ProbeLong(std::string_view text, size_t i, uint32_t key, ScanState* state) const;

  std::vector<std::vector<std::vector<std::string>>> pattern_clauses_;
  std::vector<std::string> atoms_;                   // distinct clause atoms, lower-case ASCII
  std::vector<std::vector<uint32_t>> atom_clauses_;  // the clauses each atom meets
  std::vector<uint32_t> clause_pattern_;             // the pattern each clause belongs to
  std::vector<uint32_t> pattern_first_clause_;       // CSR: pattern p's clauses
  std::vector<uint32_t> pattern_group_;              // group bit of each pattern
  uint32_t ungated_groups_ = 0;                      // groups that always run
  uint32_t all_groups_ = 0;                          // groups with any pattern
  std::vector<uint64_t> bitmap_;                     // 2^16 bits over Hash(key)
  std::vector<uint64_t> pair_bitmap_;                // 2^16 bits over the key's first two bytes
  std::vector<uint32_t> bucket_start_;               // anchors by Hash(key) >> kBucketShift
  std::vector<Anchor> anchors_;
  static constexpr int kBucketShift = 4;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_PATTERN_GATE_H_
