// Fuzzes the output sanitizer with arbitrary tool outputs. Properties, for any input:
// - Clean's output is valid UTF-8 with no control bytes but \n and \t, never longer than the
//   limit plus the truncation marker, and Clean(Clean(x)) == Clean(x);
// - Clean leaves short, plain printable text alone;
// - the framed output holds its own boundary markers exactly once each, at its ends, and nothing
//   between them can pass for a marker, even when the input carries this call's markers;
// - findings lie inside the cleaned text;
// - the normalizer maps every output byte to a span of the input, and its prefilter is sound:
//   text it lets skip normalization normalizes to itself in lower case;
// - the fast paths (NeedsNormalization's 64-byte blocks, with SSE2 and with the portable
//   classifier, and swar.h's run ends) answer as their byte-by-byte references, on the input and
//   on the input mapped onto prose-like ASCII (so that blocks take the mask path, which a
//   non-ASCII byte cuts short);
// - Normalize (bulk ASCII runs, a per-thread fold cache, passes that skip what they cannot
//   change) gives the same text, src_begin and src_end as detail::NormalizeReference, on the
//   input and on it mapped onto prose-like ASCII, under the default options and tighter ones.
#include <cctype>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include <fuzzer/FuzzedDataProvider.h>

#include "blastradius/sanitizer.h"
#include "fuzz_support.h"
#include "normalizer.h"       // internal: safety_core/src
#include "substring_count.h"  // internal: safety_core/src
#include "swar.h"             // internal: safety_core/src

namespace blastradius::fuzz {
namespace {

// The truncation marker is a short note; any output past limit + this is a bound violation.
constexpr size_t kMarkerAllowance = 64;

// The part of a marker that does not depend on the nonce ("<<tool_output ").
std::string MarkerStem(const std::string& a, const std::string& b) {
  size_t n = 0;
  while (n < a.size() && n < b.size() && a[n] == b[n]) ++n;
  return a.substr(0, n);
}

bool IsPlainText(std::string_view text) {
  for (char c : text) {
    if (c < 0x20 || c > 0x7E || c == '<' || c == '>') return false;
  }
  return true;
}

void CheckClean(const Sanitizer& sanitizer, std::string_view raw) {
  bool truncated = false;
  const std::string once = sanitizer.Clean(raw, &truncated);
  const size_t limit = static_cast<size_t>(sanitizer.options().max_output_bytes);
  Check(IsValidUtf8(once), "Clean output is not valid UTF-8: " + Printable(once));
  for (char c : once) {
    const auto byte = static_cast<unsigned char>(c);
    Check(byte >= 0x20 ? byte != 0x7F : (c == '\n' || c == '\t'),
          "Clean output keeps control byte " + Printable(std::string(1, c)));
  }
  Check(once.size() <= limit + kMarkerAllowance,
        "Clean output of " + std::to_string(once.size()) + " bytes exceeds limit " +
            std::to_string(limit) + " plus marker");
  const std::string twice = sanitizer.Clean(once);
  Check(twice == once, "Clean is not idempotent:\n once: " + Printable(once) +
                           "\ntwice: " + Printable(twice));
  if (IsPlainText(raw) && raw.size() <= limit) {
    Check(once == raw && !truncated, "Clean changed plain text: " + Printable(raw));
  }
}

void CheckFraming(const SanitizedOutput& out, uint64_t nonce) {
  const std::string open = OpenMarker(nonce);
  const std::string close = CloseMarker(nonce);
  const std::string& framed = out.framed;
  Check(framed.compare(0, open.size(), open) == 0, "framed output does not start with " + open);
  Check(framed.size() >= open.size() + close.size() &&
            framed.compare(framed.size() - close.size(), close.size(), close) == 0,
        "framed output does not end with " + close);
  Check(CountOccurrences(framed, open) == 1 && CountOccurrences(framed, close) == 1,
        "a boundary marker is forged inside: " + Printable(framed));
  const std::string_view inside =
      std::string_view(framed).substr(open.size(), framed.size() - open.size() - close.size());
  for (const std::string& stem : {MarkerStem(OpenMarker(0), OpenMarker(~uint64_t{0})),
                                  MarkerStem(CloseMarker(0), CloseMarker(~uint64_t{0}))}) {
    Check(inside.find(stem) == std::string_view::npos,
          "something that reads as a marker (" + stem + ") survives: " + Printable(framed));
  }
  Check(IsValidUtf8(framed), "framed output is not valid UTF-8");
}

void CheckSanitize(const Sanitizer& sanitizer, std::string_view raw, uint64_t nonce) {
  const SanitizedOutput out = sanitizer.Sanitize(raw, nonce);
  CheckFraming(out, nonce);
  Check(out.input_bytes == raw.size(), "input_bytes is not the raw size");
  if (!out.detection_status.ok()) {
    Check(out.action != SanitizedOutput::Action::kPassed && out.action !=
              SanitizedOutput::Action::kFlagged,
          "detection failed yet the output was passed through");
    return;
  }
  const std::string cleaned = sanitizer.Clean(raw);
  for (const Finding& finding : out.findings) {
    Check(finding.begin <= finding.end && finding.end <= cleaned.size(),
          "finding " + finding.pattern_id + " lies outside the cleaned text");
  }
  if (out.action == SanitizedOutput::Action::kPassed) {
    Check(out.findings.empty(), "findings, yet the output passed");
    Check(out.body == cleaned, "a passed body differs from Clean(raw)");
  } else {
    Check(!out.findings.empty(), "an output was " +
                                     std::string(SanitizedActionName(out.action)) +
                                     " with no finding");
  }
}

void CheckNormalizeMatchesReference(std::string_view text) {
  NormalizerOptions tight;
  tight.min_spaced_letters = 1;
  tight.max_spacing_gap = 2;
  tight.min_base64_run = 8;
  for (const NormalizerOptions& options : {NormalizerOptions{}, tight}) {
    const NormalizedText fast = Normalize(text, options);
    const NormalizedText reference = detail::NormalizeReference(text, options);
    Check(fast.text == reference.text && fast.src_begin == reference.src_begin &&
              fast.src_end == reference.src_end,
          "Normalize differs from its reference on " + Printable(text) +
              "\n fast: " + Printable(fast.text) + "\n  ref: " + Printable(reference.text));
  }
}

void CheckNormalizer(std::string_view raw) {
  const NormalizedText n = Normalize(raw);
  Check(n.src_begin.size() == n.text.size() && n.src_end.size() == n.text.size(),
        "normalized text and its source spans differ in length");
  for (size_t i = 0; i < n.text.size(); ++i) {
    Check(n.src_begin[i] <= n.src_end[i] && n.src_end[i] <= raw.size(),
          "normalized byte " + std::to_string(i) + " maps outside the input");
  }
  // The word-at-a-time fast paths answer as their byte-by-byte references.
  static constexpr std::string_view kProse =
      "eeettaoinsh  rdlucmw.,-_*/+|~:'`\t\n!?;@$&%#0123456789AZ";
  std::string prose(raw);
  for (char& c : prose) c = kProse[static_cast<unsigned char>(c) % kProse.size()];
  for (const std::string_view text : {raw, std::string_view(prose)}) {
    CheckNormalizeMatchesReference(text);
    const bool reference = NeedsNormalizationBytewise(text);
    Check(NeedsNormalization(text) == reference,
          "NeedsNormalization's block scan disagrees with the bytewise scan on " + Printable(text));
    Check(NeedsNormalizationPortable(text) == reference,
          "NeedsNormalization's portable block scan disagrees with the bytewise scan on " +
              Printable(text));
  }
  for (size_t i = 0; i < raw.size() && i < 64; ++i) {
    size_t kept = i;
    for (; kept < raw.size(); ++kept) {
      const auto c = static_cast<unsigned char>(raw[kept]);
      if (!((c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t')) break;
    }
    Check(swar::PrintableAsciiRunEnd(raw, i) == kept,
          "swar::PrintableAsciiRunEnd wrong at " + std::to_string(i) + " of " + Printable(raw));
    Check(swar::PrintableAsciiRunEndWords(raw, i) == kept,
          "swar::PrintableAsciiRunEndWords wrong at " + std::to_string(i) + " of " +
              Printable(raw));
  }
  if (NeedsNormalization(raw)) return;
  std::string lower(raw);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  Check(n.text == lower, "the prefilter skipped text that normalizes differently:\n  raw: " +
                             Printable(raw) + "\n norm: " + Printable(n.text));
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  blastradius::fuzz::FuzzDetector();  // loads the packs once, outside the inputs
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using blastradius::OnDetect;
  FuzzedDataProvider provider(data, size);
  blastradius::SanitizerOptions options;
  options.max_output_bytes = provider.ConsumeIntegralInRange<int64_t>(1, 4096);
  options.on_detect =
      provider.PickValueInArray({OnDetect::kFlag, OnDetect::kQuarantine, OnDetect::kBlock});
  const uint64_t nonce = provider.ConsumeIntegral<uint64_t>();
  const int forge = provider.ConsumeIntegralInRange<int>(0, 3);
  std::string raw = provider.ConsumeRemainingBytesAsString();
  // Sometimes carry this very call's markers, as an attacker who guessed the nonce would.
  if (forge & 1) raw.insert(raw.size() / 2, blastradius::CloseMarker(nonce));
  if (forge & 2) raw.insert(raw.size() / 3, blastradius::OpenMarker(nonce));

  const blastradius::Sanitizer sanitizer(options, blastradius::fuzz::FuzzDetector());
  blastradius::fuzz::CheckClean(sanitizer, raw);
  blastradius::fuzz::CheckSanitize(sanitizer, raw, nonce);
  blastradius::fuzz::CheckNormalizer(raw);
  return 0;
}
