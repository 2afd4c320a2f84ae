// Internal: the text normalizer the pattern detector matches on. It folds what attackers use to
// hide an instruction from a pattern but not from a model: Unicode compatibility forms and case
// (NFKC_Casefold), zero-width, bidi and other invisible format characters (Unicode tag
// characters are decoded to the ASCII they smuggle), confusable letters (UTS #39 skeletons from
// ICU), diacritics, HTML entities, percent-encoding, letters spaced out with spaces or
// punctuation ("i g n o r e", "i.g.n.o.r.e", "y o u r   s-y-s-t-e-m"), leetspeak digits and
// letter-like symbols inside words ("1gn0re @ll"), and base64 runs
// (decoded text is appended as an extra segment). Every output byte remembers the source byte
// span it came from, so a match maps back to byte offsets in the original text.
// Thread-safe. The output depends on the input and the options only; what a thread keeps between
// calls is a cache of folded code points (at most 16,384 entries, ~1.5 MB at worst, emptied when
// full; a 16 KiB direct-mapped table in front, allocated by the thread's first call) and, inside
// a NormalizeMemoScope (below), the last result.
#ifndef BLASTRADIUS_SRC_NORMALIZER_H_
#define BLASTRADIUS_SRC_NORMALIZER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace blastradius {

struct NormalizerOptions {
  // Base64 runs shorter than this are not decoded (short runs are words and ids).
  size_t min_base64_run = 20;
  // How deep decoded text is itself decoded again (base64 inside base64).
  int max_decode_depth = 2;
  // Spaced-out letters: at least this many single characters in a row are joined (two are when
  // a single '.', '-', '_' or '*' joins them, or when wider gaps surround them).
  size_t min_spaced_letters = 3;
  // Spaced-out letters: the longest gap of separators that still continues a run.
  size_t max_spacing_gap = 6;

  friend bool operator==(const NormalizerOptions&, const NormalizerOptions&) = default;
};

// A normalized text and, for each of its bytes, the source span [begin, end) it came from.
struct NormalizedText {
  std::string text;
  std::vector<uint32_t> src_begin;
  std::vector<uint32_t> src_end;

  // Maps [begin, end) in `text` to a byte span of the source. REQUIRES: begin <= end <= size.
  std::pair<size_t, size_t> ToSource(size_t begin, size_t end, size_t source_size) const;
};

// True when `text` may hide something only normalization reveals: any non-ASCII byte, an HTML
// entity, a percent escape, a base64-looking run, letters spaced out, or digits inside words.
// Pure ASCII prose without these can be matched as is (case-insensitively). Cheap: 64 bytes at a
// time are classified into bit masks (SSE2 where the compiler targets it, else a byte table) and
// the rules are evaluated on the masks, with a closer look only at each '&', '%', '@' and '$'.
bool NeedsNormalization(std::string_view text, const NormalizerOptions& options = {});

// The same answer with the portable (byte-table) classifier on every target: for tests.
bool NeedsNormalizationPortable(std::string_view text, const NormalizerOptions& options = {});

// The same answer, computed one byte at a time by the rules the block scan reproduces: the
// reference its differential tests compare against.
bool NeedsNormalizationBytewise(std::string_view text, const NormalizerOptions& options = {});

// Normalizes `text` (any bytes; invalid UTF-8 counts as U+FFFD). Runs of plain ASCII are copied
// in bulk and a pass that cannot change the text is skipped; the result is the same, byte for
// byte and span for span, as detail::NormalizeReference's.
NormalizedText Normalize(std::string_view text, const NormalizerOptions& options = {});

namespace detail {
// Normalize as first written, one character at a time and every pass copying its input, without
// the memo: the reference Normalize's fast paths are differential-tested against (same text,
// same src_begin, same src_end). Slow; not for production use.
NormalizedText NormalizeReference(std::string_view text, const NormalizerOptions& options = {});
}  // namespace detail

// While one of these exists on a thread, Normalize keeps a copy of its last input and result,
// and answers a repeated call (same bytes, same options) from it; the copy is freed when the
// outermost scope ends, so it lives no longer than the call that opened the scope.
// Sanitizer::Sanitize holds one for each call: it normalizes the same cleaned text for its marker
// check and then for detection. Scoped to one call, so repeated calls with the same input each pay
// for their own normalization.
class NormalizeMemoScope {
 public:
  NormalizeMemoScope();
  ~NormalizeMemoScope();
  NormalizeMemoScope(const NormalizeMemoScope&) = delete;
  NormalizeMemoScope& operator=(const NormalizeMemoScope&) = delete;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_NORMALIZER_H_
