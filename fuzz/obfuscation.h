// Obfuscations an attacker applies to an injected instruction so that it still reads the same
// to a model but no longer matches a naive filter: the `inject` fault's list in formats.md
// (zero_width, homoglyph, spacing, case, base64, markdown_hidden, html_comment) and more (leet,
// percent and HTML-entity encoding, hidden HTML markup, and `mixed`: a different letter-level
// trick per word). Pure functions of their input and a seed; thread-safe.
#ifndef BLASTRADIUS_FUZZ_OBFUSCATION_H_
#define BLASTRADIUS_FUZZ_OBFUSCATION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace blastradius::fuzz {

enum class Obfuscation {
  // Letter level: the text stays text.
  kLeet,       // some letters as look-alike digits: "1gn0re"
  kHomoglyph,  // some letters as confusables: Cyrillic, fullwidth, mathematical letters
  kCase,       // random upper/lower case
  kMixed,      // each word gets its own letter-level trick
  kSpacing,    // spaces or punctuation between the letters of some words: "i.g.n.o.r.e"
  kZeroWidth,  // invisible characters between letters: zero-width, bidi, soft hyphen, tags
  // Encodings: the text becomes a code a model can read.
  kBase64,
  kPercent,     // %69%67... (all bytes, or only some)
  kHtmlEntity,  // &#105;&#x67;... (some or all characters)
  // Carriers: the text is hidden from a human reader of the rendered page.
  kMarkdownHidden,  // link title, image alt text, reference comment, code-fence info
  kHtmlComment,     // <!-- ... -->
  kHiddenMarkup,    // display:none, hidden, font-size:0
};
inline constexpr int kObfuscationCount = 12;

std::string_view ObfuscationName(Obfuscation obfuscation);  // "zero_width", "base64", ...
std::optional<Obfuscation> ParseObfuscation(std::string_view name);

// Applies one obfuscation to UTF-8 `text`; `seed` drives every random choice.
std::string Obfuscate(std::string_view text, Obfuscation obfuscation, uint64_t seed);

}  // namespace blastradius::fuzz

#endif  // BLASTRADIUS_FUZZ_OBFUSCATION_H_
