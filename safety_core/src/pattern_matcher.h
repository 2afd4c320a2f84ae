// Internal: the matching behind PatternDetector. Every pattern of every pack goes into one
// RE2::Set (the reference pass: one DFA scan finds which patterns match) and into a literal
// prefilter (RE2's FilteredRE2 atoms, found with one Aho-Corasick pass over the text folded to
// ASCII lower case). When the prefilter is on and proves that no pattern can match a short text,
// the set scan is skipped; otherwise the set runs exactly as without the prefilter, so findings
// never differ (the differential test and prefilter_fuzzer check this on every input). The
// prefilter is used only on pure-ASCII text: RE2 matches case-insensitively by Unicode simple case
// folding, where "ſ" matches "s" and the Kelvin sign "k", so non-ASCII text goes straight to the
// set. Create also warms the set's lazily built DFA (see Create), so the first Scan is not the one
// that pays for it. Immutable after Create and thread-safe.
#ifndef BLASTRADIUS_SRC_PATTERN_MATCHER_H_
#define BLASTRADIUS_SRC_PATTERN_MATCHER_H_

#include <cstddef>
#include <memory>
#include <string_view>
#include <vector>

#include "blastradius/sanitizer.h"
#include "blastradius/status.h"

namespace blastradius {

struct PatternMatcherOptions {
  // Skip the RE2::Set scan where the literal prefilter proves no pattern can match. Off only in
  // the differential test and fuzzer, which compare both ways.
  bool literal_prefilter = true;
  // The prefilter only looks at texts up to this many bytes; 0 (the default) switches it off.
  // Measured (callgrind, bench/notes.md), it costs more than the set scan it can save on every
  // text we have: FilteredRE2::AllPotentials alone is ~30k instructions on a 256-byte text whose
  // set scan is ~6k, and texts of ordinary length nearly always hold some pattern's literals
  // (4 KiB of English lets 18 of the 100 bundled patterns through). It stays built and tested
  // (pattern_matcher_test, prefilter_fuzzer) for packs and outputs where it would pay.
  size_t prefilter_max_bytes = 0;
  // Scan a warm-up text at Create so that the DFA states ordinary text needs already exist.
  bool warm_up = true;
};

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

 private:
  struct Impl;
  explicit PatternMatcher(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_PATTERN_MATCHER_H_
