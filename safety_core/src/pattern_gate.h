// Internal: an exact literal gate in front of the pattern matcher's RE2::Sets. At Create, each
// pattern gets up to kMaxClauses clauses: sets of lower-case strings ("atoms") such that every
// text of a given kind that the pattern matches holds, ignoring ASCII case, at least one atom of
// EACH of its clauses. The clauses come from RE2's own prefilter (a FilteredRE2 compiled on that
// pattern alone, whose atoms are the pattern's required literals, case-folded) by probing it with
// atom subsets: the prefilter's formula is monotone in the atoms present, so "this subset absent
// and every other atom the text can hold present makes it false" proves the subset a clause.
// Each clause is shrunk to a minimal one, dropping the atoms most common in a sample of ordinary
// prose first, and later clauses use atoms no earlier clause holds.
//
// Two kinds of text, two sets of clauses, two gates:
//   - kAscii: pure-ASCII text. Its clauses use ASCII atoms only; a non-ASCII atom never occurs
//     in such text, except one holding "ſ" (U+017F) or the Kelvin sign (U+212A), which RE2's
//     Unicode case folding matches to ASCII "s" and "k" and which counts as present. A pattern
//     whose prefilter no ASCII text can pass gets one empty clause, never met.
//   - kNonAscii: text holding a non-ASCII byte but neither of those two folding runes
//     (HasAsciiFoldingRune: RE2 matches no other non-ASCII character to an ASCII one, which
//     pattern_matcher_test checks over every code point). Then an ASCII atom occurs in a match
//     byte for byte up to ASCII case, so the ASCII atoms serve as they do on ASCII text. A
//     non-ASCII atom is searched for by its SearchableSpellings: a piece of it in each case
//     spelling of its runes ("игн", "игН", ... "ИГН"; Han, Arabic or Hebrew text has one), as a
//     piece of a required literal is required too; an atom with no such piece counts as
//     present. On text holding a folding rune no gate is used.
// A pattern with no clause (its prefilter passes every such text) is "ungated".
//
// Atoms that ordinary prose holds (shorter than kMinAtomBytes, or more than kMaxClauseSampleHits
// occurrences in the sample) are taken as always present while clauses are derived, so no
// clause is built on them, and a clause whose atoms together occur more often than that is
// dropped: such clauses would gate little and cost a verification at many positions. Taking an
// atom as present or dropping a clause only lets more text through, so the gate stays exact.
//
// GroupsToRun(text) finds which clause atoms occur in the text and returns the groups (the
// matcher's RE2::Sets) holding a pattern all of whose clauses are met, plus every group holding an
// ungated pattern. Each atom is anchored at one of its three-byte windows; a candidate is a byte
// position whose three bytes, ASCII case folded, hash to a bit set in a 2^16-bit bitmap of the
// anchors' windows and, unless a three-byte atom is anchored at a window of that hash, whose
// four bytes hash to a bit set in a second bitmap of the anchors' four-byte windows (an atom of
// four bytes or more is anchored where a fourth byte follows the window). With AVX2 (checked at run
// time) eight positions are hashed at once and their bits gathered in one instruction; otherwise
// one position at a time. Each candidate is verified against the atoms anchored there, eight bytes
// a compare (ASCII letters case-insensitively, other bytes exactly). GroupsToRunReference is the
// former scan (a two-byte bitmap test, then the hash, then a byte-by-byte compare): the tests and
// the prefilter fuzzer check every path against it. A set left out holds no pattern that can match
// the text, so skipping its scan never changes a finding. Immutable after Create and thread-safe;
// GroupsToRun allocates nothing.
#ifndef BLASTRADIUS_SRC_PATTERN_GATE_H_
#define BLASTRADIUS_SRC_PATTERN_GATE_H_

#include <unicode/umachine.h>

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace re2 {
class FilteredRE2;
}  // namespace re2

namespace blastradius {

inline char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

// True when `text` (an atom or a text to scan) holds the UTF-8 of one of the two non-ASCII
// letters that RE2's case folding matches to an ASCII letter: U+017F (long s ~ "s") and U+212A
// (Kelvin sign ~ "k").
inline bool HasAsciiFoldingRune(std::string_view text) {
  return text.find("\xC5\xBF") != std::string_view::npos ||
         text.find("\xE2\x84\xAA") != std::string_view::npos;
}

// `text` with each ASCII "s" and "k" (either case) spelled as U+017F and U+212A: the same text to
// RE2's case-insensitive matching, other bytes to a literal search. For tests and fuzzers.
inline std::string SpellWithFoldingRunes(std::string_view text) {
  std::string out;
  for (char c : text) {
    const char lower = LowerAscii(c);
    out += lower == 's'   ? std::string_view("\xC5\xBF")
           : lower == 'k' ? std::string_view("\xE2\x84\xAA")
                          : std::string_view(&c, 1);
  }
  return out;
}

// The UTF-8 of every character case-insensitive matching may match `rune` to, `rune` included:
// its case-insensitive closure by ICU's case data (full and simple folding, so a superset of the
// simple-folding orbit RE2 matches by; pattern_matcher_test checks the two against each other).
std::vector<std::string> CaseTwins(UChar32 rune);

// What the gate searches for in place of `atom` (a FilteredRE2 atom: lower case, UTF-8) on text
// holding no folding rune: every spelling, by CaseTwins, of the longest run of the atom's runes
// that has at most LiteralGate::kMaxSpellings of them, so that one occurs, ignoring ASCII case,
// wherever the atom's literal matches. Empty when no such run is kMinAtomBytes long.
std::vector<std::string> SearchableSpellings(std::string_view atom);

// What RE2's prefilter says about one pattern's literals.
struct PatternLiterals {
  bool analyzed = false;           // false: RE2's prefilter refused the pattern; nothing is known
  bool can_match_ascii = true;     // false: every match needs a non-ASCII character
  std::vector<std::string> atoms;  // every literal the prefilter found, lower case
  // The gate's clauses (above) for pure-ASCII text; none: ungated. A pattern that cannot match
  // ASCII text has one, empty: no ASCII text meets it.
  std::vector<std::vector<std::string>> clauses;
  // The same for text holding a non-ASCII byte and no folding rune (kNonAscii above).
  std::vector<std::vector<std::string>> non_ascii_clauses;
};

// Compiles `filter`, which holds exactly one pattern (added with PatternRegexOptions, not yet
// compiled), and derives that pattern's clauses; `lower_sample` is ordinary prose in ASCII lower
// case that ranks atoms from common to rare. The caller may keep `filter` and match with its RE2
// (GetRE2(0)): the pattern is then compiled once for both.
PatternLiterals AnalyzeLiterals(re2::FilteredRE2* filter, std::string_view lower_sample);

// The bundled packs' analyses, made ahead of time by `pack_literals` (safety_core/tools) and
// compiled in from pack_literals.inc: AnalyzeLiterals costs about 0.4 ms a pattern in Release,
// a seventh of Create's time with the bundled packs, and with it the pattern's own RE2 need not
// be compiled at Create. The analysis of `regex` (keyed by its SHA-256) when the table holds it
// and was made with the same `stamp` (LiteralsStamp); nullopt otherwise, and the caller analyses
// the pattern itself. An edited pattern is thus analysed afresh; a changed AnalyzeLiterals must
// bump kLiteralsAnalysisVersion. Either way the pack_literals_current test fails until the table
// is remade.
std::optional<PatternLiterals> PrecomputedLiterals(std::string_view regex, std::string_view stamp);
// The RE2 library this process runs: its file's name and size ("libre2.so.9.0.0 490560"), or ""
// when it cannot be found (RE2 linked statically, say).
std::string Re2LibraryIdentity();
// What, besides the pattern, decides AnalyzeLiterals's answer, hashed: `lower_sample`,
// LiteralGate's constants, PatternRegexOptions, kLiteralsAnalysisVersion and the RE2 library
// that analyses (`re2_library`, Re2LibraryIdentity: another build of RE2 may parse differently).
// Empty when `re2_library` is: a library that cannot be told matches no table.
std::string LiteralsStamp(std::string_view lower_sample,
                          std::string_view re2_library = Re2LibraryIdentity());
inline constexpr int kLiteralsAnalysisVersion = 1;
// The C++ source of pack_literals.inc for `analyses` (each pattern's regex and analysis).
// The table is stamped for `re2_library` and names it in plain text (kPrecomputedRe2Library).
std::string PrecomputedLiteralsSource(
    const std::vector<std::pair<std::string, PatternLiterals>>& analyses,
    std::string_view lower_sample, std::string_view re2_library = Re2LibraryIdentity());
// The RE2 library the compiled-in table was made under, as Re2LibraryIdentity named it there.
std::string_view PrecomputedRe2Library();

class LiteralGate {
 public:
  enum class Text { kAscii, kNonAscii };  // which clauses the gate uses (above)
  static constexpr int kMaxGroups = 32;
  static constexpr size_t kMinAtomBytes = 3;
  // A clause whose atoms occur more often than this in the sample is dropped (see Create).
  static constexpr size_t kMaxClauseSampleHits = 1;
  static constexpr size_t kMaxClauses = 4;    // per pattern
  static constexpr size_t kMaxSpellings = 8;  // per non-ASCII atom (SearchableSpellings)
  static constexpr size_t kMaxTotalClauses = 4096;
  static constexpr size_t kMaxAtoms = 16384;

  // A gate for texts of kind `text`: `patterns[i]` (from AnalyzeLiterals with the same
  // `lower_sample`, whose three-byte windows rank anchors from common to rare) belongs to group
  // `group_of[i]`. Returns null when a group is not below kMaxGroups or the packs exceed
  // kMaxTotalClauses or kMaxAtoms (the caller then runs every set). A pattern RE2's prefilter
  // refused is ungated.
  static std::unique_ptr<LiteralGate> Create(const std::vector<PatternLiterals>& patterns,
                                             const std::vector<int>& group_of,
                                             std::string_view lower_sample, Text text);

  // Bit g set: group g must be scanned over `text`. REQUIRES: `text` is of the kind the gate was
  // created for: pure ASCII (kAscii), or holding a non-ASCII byte and !HasAsciiFoldingRune
  // (kNonAscii; pure-ASCII text is fine too, the clauses only cover more).
  uint32_t GroupsToRun(std::string_view text) const;

  // The same answer by one scan path, for tests and fuzzers: kReference is the per-position scan
  // the others are checked against; kAvx2 falls back to kPortable where the CPU lacks AVX2.
  enum class ScanPath { kReference, kPortable, kAvx2 };
  uint32_t GroupsToRun(std::string_view text, ScanPath path) const;
  static bool HasAvx2();

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
  static uint32_t Fold4(uint32_t bytes) { return bytes | 0x20202020u; }
  static uint32_t Hash(uint32_t key) { return (key * 0x9E3779B1u) >> 16; }
  struct ScanState;
  // Atom `atom` occurs in the text: marks its clauses met; returns true once every group runs.
  bool Found(uint32_t atom, ScanState* state) const;
  // The atoms anchored at text position `i` (folded window `key`) that occur there; `Compare`
  // tells whether atom `a` occurs at `start`. True once every group runs.
  template <class Compare>
  bool Probe(std::string_view text, size_t i, uint32_t key, ScanState* state,
             Compare atom_at) const;
  bool Candidate(std::string_view text, size_t i, ScanState* state) const;
  // Atom `atom` at text[start...], eight bytes a compare. REQUIRES: it fits in the text.
  bool AtomAt(std::string_view text, size_t start, uint32_t atom) const;
  uint32_t ScanReference(std::string_view text, ScanState* state) const;
  uint32_t ScanPortable(std::string_view text, ScanState* state) const;
  uint32_t ScanAvx2(std::string_view text, ScanState* state) const;

  std::vector<std::vector<std::vector<std::string>>> pattern_clauses_;
  std::vector<std::string> atoms_;                   // distinct clause atoms, lower case
  std::vector<std::vector<uint32_t>> atom_clauses_;  // the clauses each atom meets
  std::vector<uint32_t> clause_pattern_;             // the pattern each clause belongs to
  std::vector<uint32_t> pattern_first_clause_;       // CSR: pattern p's clauses
  std::vector<uint32_t> pattern_group_;              // group bit of each pattern
  uint32_t ungated_groups_ = 0;                      // groups that always run
  uint32_t all_groups_ = 0;                          // groups with any pattern
  std::vector<uint64_t> bitmap_;                     // 2^16 bits over Hash(key)
  std::vector<uint64_t> pair_bitmap_;                // 2^16 bits over the key's first two bytes
  // 2^16 bits over Hash(Fold4) of the four bytes at each anchor of an atom of four bytes or
  // more, and over Hash(key) of each three-byte atom's anchor (no fourth byte to test).
  std::vector<uint64_t> four_bitmap_, open_end_bitmap_;
  std::vector<uint32_t> bucket_start_;               // anchors by Hash(key) >> kBucketShift
  std::vector<Anchor> anchors_;
  // Atom a's bytes, eight to a word, in words [atom_first_word_[a], atom_first_word_[a + 1]):
  // lower case, with 0x20 in each letter's byte of the fold mask and 0xFF in each byte's of the
  // byte mask (zero past the atom's end).
  std::vector<uint32_t> atom_first_word_;
  std::vector<uint64_t> atom_word_, atom_fold_, atom_byte_mask_;
  static constexpr int kBucketShift = 4;
};

// For tests and fuzzers: kNonAscii gates in which each of `atoms` is a pattern of its own with
// one clause, atom i in group i % (kMaxGroups - 1) (never every group: no scan ends early), as
// many gates as kMaxTotalClauses asks for. One atom found or missed moves one group.
std::vector<std::unique_ptr<LiteralGate>> SingleAtomGates(const std::vector<std::string>& atoms);

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_PATTERN_GATE_H_
