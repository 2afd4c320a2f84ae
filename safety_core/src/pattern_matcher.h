// Internal: the matching behind PatternDetector. The patterns of all packs are split over
// RE2::Sets of three kinds (the reference pass: one DFA scan per set finds which of its patterns
// match), at most LiteralGate::kMaxGroups sets in all:
//   - kNonAsciiText: patterns that cannot match pure-ASCII text (written in Cyrillic, Han,
//     Arabic...), scanned only over text holding a non-ASCII byte; one set per script (the first
//     letter of the pattern that is not Common, Inherited or Latin), so that a DFA state of the
//     Cyrillic set does not carry the Arabic and Han patterns' threads;
//   - kOtherScripts: the other patterns of the packs that hold such a pattern (the multilingual
//     packs' patterns in Latin letters, such as "agent ai" ... "instrukcj"), in sets of up to
//     24 patterns in pack order (a language or two of a generated pack), scanned over every
//     text — except, with the literal gate on, those the gate cannot gate (no clause of rare
//     literals), which go to kAsciiPatterns so that they do not make these sets run everywhere;
//   - kAsciiPatterns: every other pattern, one set scanned over every text.
// Create's warm-up walks each set over ordinary text and its own patterns' literals only.
// On ASCII text that would be two DFA scans where there was one; the literal gate
// (pattern_gate.h, on by default) skips each set none of whose patterns can match the text,
// judged by the patterns' required literals — on pure-ASCII text, and on other text unless it
// holds "ſ" or the Kelvin sign (which RE2's case folding matches to ASCII "s" and "k"). On the
// bundled packs that is the kOtherScripts set on nearly all ASCII text and, on text in other
// scripts, the kOtherScripts and kNonAsciiText sets where none of their literals occur (the
// English set has patterns whose literals are too common to gate on, so it always runs).
// One set over all of them made RE2's lazily built DFA multiply the states of the windowed
// multilingual patterns ("[^.!?]{0,60}") by those of the English ones: on mixed text it filled
// its memory budget and rebuilt states over and over (16x slower, bench/notes.md). A pattern
// "cannot match pure-ASCII text" when RE2's own prefilter (FilteredRE2) says so with every ASCII
// atom taken as present; a non-ASCII atom with an ASCII case-fold twin ("ſ" ~ s, Kelvin sign ~ k)
// counts as present too. Each pattern is in exactly one set, and a set is skipped only on text
// none of its patterns can match, so the split never hides a match; the matcher with one set
// and no literal fast path (split_sets = false, literal_gate = false, literal_prefilter = false)
// is the reference the differential test and prefilter_fuzzer compare with.
// The older literal prefilter (RE2's FilteredRE2 atoms over all patterns at once, found with one
// Aho-Corasick pass over the text folded to ASCII lower case; off by default, too slow to pay)
// can skip the scans as a whole: when it is on and proves that no pattern can match a short
// text, no set runs; otherwise the sets run exactly as without it, so findings never differ (the
// differential test and prefilter_fuzzer check this on every input). The prefilter is used only
// on pure-ASCII text: RE2 matches case-insensitively by Unicode simple case folding, where "ſ"
// matches "s" and the Kelvin sign "k", so non-ASCII text goes straight to the sets (the gate
// handles such text with clauses of its own, pattern_gate.h). Create also walks the sets' lazily
// built DFAs over a warm-up text (see Create); that builds the states of that text only, so a
// first Scan of unseen text still builds many of its own (milliseconds per 4 KiB,
// bench/notes.md). Immutable after Create and thread-safe.
#ifndef BLASTRADIUS_SRC_PATTERN_MATCHER_H_
#define BLASTRADIUS_SRC_PATTERN_MATCHER_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/sanitizer.h"
#include "blastradius/status.h"

namespace blastradius {

// Sanitizer builds skip Create's warm-up unless asked (PatternMatcherOptions::warm_up). It is
// there for the first call's latency, which nobody measures in those builds, and under
// AddressSanitizer it was most of the cost of every Guard::Create: each DFA state RE2 builds
// allocates an array the size of the whole set's program, over ASan's 128 KiB limit for its
// pooled allocator, so each of the warm-up's states cost an mmap, shadow poisoning and an munmap
// (perf: 13 of the 17 s a Guard::Create took under ASan + UBSan). Scans build the states they
// need either way; a test that turns warm_up on keeps the warm-up's own code under the sanitizers.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define BLASTRADIUS_SANITIZER_BUILD 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define BLASTRADIUS_SANITIZER_BUILD 1
#endif
#endif
#ifdef BLASTRADIUS_SANITIZER_BUILD
inline constexpr bool kWarmUpByDefault = false;
#else
inline constexpr bool kWarmUpByDefault = true;
#endif

struct PatternMatcherOptions {
  // Skip the RE2::Set scan where the literal prefilter proves no pattern can match. Off only in
  // the differential test and fuzzer, which compare both ways.
  bool literal_prefilter = true;
  // The prefilter only looks at texts up to this many bytes; 0 (the default) switches it off.
  // Measured (callgrind, bench/notes.md), it costs more than the set scan it can save on every
  // text we have: FilteredRE2::AllPotentials alone is ~30k instructions on a 256-byte text whose
  // set scan is ~6k, and texts of ordinary length nearly always hold some pattern's literals
  // (4 KiB of English lets 18 of the 100 bundled patterns through). It stays tested
  // (pattern_matcher_test, prefilter_fuzzer) for packs and outputs where it would pay, and is
  // built at Create only when switched on (it compiles every pattern once more).
  size_t prefilter_max_bytes = 0;
  // Skip each set none of whose patterns' required literals occur in the text (pattern_gate.h;
  // not on text holding "ſ" or the Kelvin sign). Off only in the differential test and fuzzer's
  // reference.
  bool literal_gate = true;
  // Walk the sets over a warm-up text and every literal at Create, so that the DFA states they
  // reach (and each pattern's reverse program) already exist; text never seen builds more.
  // Off by default in sanitizer builds (kWarmUpByDefault above).
  bool warm_up = kWarmUpByDefault;
  // Split the patterns over the three sets described above; false puts them all in one set (the
  // reference for the differential test).
  bool split_sets = true;
};

// The literal gate's sample of ordinary text (pattern_gate.h), in ASCII lower case: what
// Create ranks atoms by, and what pack_literals.inc was made with.
std::string LowerGateSample();

class PatternMatcher {
 public:
  static StatusOr<std::unique_ptr<PatternMatcher>> Create(std::vector<PatternPack> packs,
                                                          PatternMatcherOptions options = {});
  ~PatternMatcher();
  PatternMatcher(const PatternMatcher&) = delete;
  PatternMatcher& operator=(const PatternMatcher&) = delete;

  // Appends findings as PatternDetector::Scan documents: the text as it is, then its normalized
  // form (when NeedsNormalization), offsets into `text`.
  Status Scan(std::string_view text, std::vector<Finding>* findings) const;

  // True when the literal prefilter proves that no pattern can match `text` itself (always
  // false with the prefilter off or for non-ASCII text). For tests: shows the fast path runs.
  bool PrefilterRulesOut(std::string_view text) const;

  size_t pattern_count() const;

  // For tests: the literal gate's clauses for pattern `index` in pack order, on pure-ASCII text
  // or on text holding a non-ASCII byte (pattern_gate.h; none when the pattern is ungated or the
  // gate is off).
  std::vector<std::vector<std::string>> GateClauses(size_t index,
                                                    bool non_ascii_text = false) const;

  // For tests: how many RE2::Sets Scan runs over `text` itself (not its normalized form).
  int SetsScanned(std::string_view text) const;

 private:
  struct Impl;
  explicit PatternMatcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_PATTERN_MATCHER_H_
