// The output sanitizer: Clean (UTF-8 repair, control bytes, marker neutralization, length
// bound), detection, on_detect, and framing between per-call boundary markers.
#include "blastradius/sanitizer.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <set>
#include <string>

#include "codec.h"
#include "normalizer.h"
#include "swar.h"

namespace blastradius {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";   // U+FFFD
constexpr std::string_view kNeutralAngle = "\xE2\x80\xB9";  // U+2039, stands in for '<'
constexpr std::string_view kForgedMarkerId = "forged_boundary_marker";

// Repairs UTF-8 (each maximal invalid subsequence -> U+FFFD) and drops C0/C1 control
// characters and DEL, keeping \n and \t. Sets `*ascii` when the result is pure ASCII.
std::string RepairAndStripControls(std::string_view raw, bool* ascii) {
  *ascii = true;
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    // Fast path: a run of printable ASCII (and \n, \t), found eight bytes at a time, is
    // copied as is, in one append.
    const size_t run = swar::PrintableAsciiRunEnd(raw, i);
    if (run > i) {
      out.append(raw.substr(i, run - i));
      i = run;
      continue;
    }
    Utf8Char c = DecodeUtf8(raw, i);
    if (!c.valid) {
      out.append(kReplacement);
      *ascii = false;
    } else if (!IsStrippedControl(c.code_point)) {
      out.append(raw.substr(i, c.length));
      *ascii = *ascii && c.code_point < 0x80;
    }
    i += c.length;
  }
  return out;
}

// Anything that could read as a boundary marker: two angle brackets (ASCII, fullwidth or small
// forms), optional spaces and slash, then "tool output" in any case and spacing. Matched on the
// cleaned text as is.
const RE2& MarkerLookalike() {
  static const RE2* const kRe = new RE2(
      "(?i)(?:<|\xEF\xBC\x9C|\xEF\xB9\xA4)\\s*(?:<|\xEF\xBC\x9C|\xEF\xB9\xA4)"
      "\\s*[/\xEF\xBC\x8F]?\\s*tool[\\s_\\-]*output");
  return *kRe;
}

// The same shape on the normalized text, where invisible characters are gone and confusables,
// compatibility forms and entities have become ASCII.
const RE2& NormalizedMarker() {
  static const RE2* const kRe = new RE2("(?i)<\\s*<\\s*/?\\s*tool[\\s_\\-]*output");
  return *kRe;
}

// A '<' look-alike longer than this in the source is part of an encoded run (base64), not a
// character a reader sees as '<'; it is left to the detector.
constexpr size_t kMaxBracketBytes = 12;

using Span = std::pair<size_t, size_t>;  // [begin, end) byte offsets

// One look-alike: its whole span and the spans of its two brackets.
struct MarkerMatch {
  Span whole;
  std::vector<Span> brackets;
};

void FindRawMarkers(std::string_view text, std::vector<MarkerMatch>* found) {
  size_t pos = 0;
  re2::StringPiece match;
  while (pos < text.size() &&
         MarkerLookalike().Match(re2::StringPiece(text.data(), text.size()), pos, text.size(),
                                 RE2::UNANCHORED, &match, 1)) {
    MarkerMatch mm;
    const size_t b = static_cast<size_t>(match.data() - text.data());
    const size_t e = b + match.size();
    mm.whole = {b, e};
    for (size_t i = b; i < mm.whole.second && mm.brackets.size() < 2;) {
      const size_t len =
          text[i] == '<' ? 1
          : (text.compare(i, 3, "\xEF\xBC\x9C") == 0 || text.compare(i, 3, "\xEF\xB9\xA4") == 0)
              ? 3
              : 0;
      if (len > 0) mm.brackets.push_back({i, i + len});
      i += len > 0 ? len : 1;
    }
    found->push_back(std::move(mm));
    pos = e > b ? e : b + 1;
  }
}

void FindNormalizedMarkers(std::string_view text, std::vector<MarkerMatch>* found) {
  if (!NeedsNormalization(text)) return;  // clean ASCII: the raw match is exact
  const NormalizedText n = Normalize(text);
  const re2::StringPiece all(n.text.data(), n.text.size());
  size_t pos = 0;
  re2::StringPiece match;
  while (pos < n.text.size() &&
         NormalizedMarker().Match(all, pos, n.text.size(), RE2::UNANCHORED, &match, 1)) {
    const size_t b = static_cast<size_t>(match.data() - n.text.data());
    const size_t e = b + match.size();
    MarkerMatch mm;
    mm.whole = n.ToSource(b, e, text.size());
    for (size_t k = b; k < e && mm.brackets.size() < 2; ++k) {
      if (n.text[k] == '<') mm.brackets.push_back({n.src_begin[k], n.src_end[k]});
    }
    found->push_back(std::move(mm));
    pos = e;
  }
}

bool IsNeutralizable(std::string_view text, const Span& s) {
  const size_t len = s.second - s.first;
  return s.first < s.second && s.second <= text.size() && len <= kMaxBracketBytes &&
         text.substr(s.first, len) != kNeutralAngle;
}

// Where source offset `p` lands once `replaced` (sorted, disjoint) became kNeutralAngle each.
size_t Shifted(size_t p, const std::vector<Span>& replaced) {
  size_t out = p;
  for (const Span& s : replaced) {
    if (s.second > p) break;
    out = out + kNeutralAngle.size() - (s.second - s.first);
  }
  return out;
}

// Replaces the brackets of everything that reads as a boundary marker — as written, or once
// invisible characters, confusables, compatibility forms and entities are folded — by U+2039.
// Returns the spans, in the new text, of the look-alikes that had a bracket replaced. `ascii`:
// the text is pure ASCII (RepairAndStripControls says).
std::vector<Span> NeutralizeMarkers(std::string* text, bool ascii) {
  // Cheap reject: a marker needs a '<' or something that folds to one (non-ASCII, an entity,
  // a percent escape).
  if (ascii && text->find('<') == std::string::npos && text->find('&') == std::string::npos &&
      text->find('%') == std::string::npos) {
    return {};
  }
  std::vector<MarkerMatch> found;
  FindRawMarkers(*text, &found);
  FindNormalizedMarkers(*text, &found);
  if (found.empty()) return {};
  std::set<Span> to_replace;
  std::vector<Span> forged;
  for (const MarkerMatch& m : found) {
    bool any = false;
    for (const Span& s : m.brackets) {
      if (IsNeutralizable(*text, s)) {
        to_replace.insert(s);
        any = true;
      }
    }
    if (any) forged.push_back(m.whole);
  }
  std::vector<Span> replaced;
  std::string out;
  out.reserve(text->size() + 4 * to_replace.size());
  size_t copied = 0;
  for (const Span& s : to_replace) {
    if (s.first < copied) continue;  // overlaps one already replaced
    out.append(*text, copied, s.first - copied);
    out.append(kNeutralAngle);
    copied = s.second;
    replaced.push_back(s);
  }
  out.append(*text, copied, std::string::npos);
  *text = std::move(out);
  // One finding per look-alike: the raw and the normalized match of one marker overlap.
  std::sort(forged.begin(), forged.end());
  std::vector<Span> merged;
  for (const Span& w : forged) {
    if (!merged.empty() && w.first < merged.back().second) {
      merged.back().second = std::max(merged.back().second, w.second);
    } else {
      merged.push_back(w);
    }
  }
  for (Span& w : merged) w = {Shifted(w.first, replaced), Shifted(w.second, replaced)};
  return merged;
}

std::string TruncationMarker(size_t omitted) {
  return "\n[truncated: " + std::to_string(omitted) + " bytes omitted]";
}

// Cuts `text` so that text + marker fits in `limit` bytes, on a character boundary, and sets
// `*kept` to the bytes of the original text left. Returns true if it cut anything.
bool TruncateWithMarker(std::string* text, size_t limit, size_t* kept) {
  *kept = text->size();
  if (text->size() <= limit) return false;
  size_t keep = 0;
  std::string marker;
  // The marker's length depends on the number of omitted bytes; two rounds settle it.
  for (int round = 0; round < 3; ++round) {
    marker = TruncationMarker(text->size() - keep);
    keep = limit > marker.size() ? limit - marker.size() : 0;
    keep = Utf8BoundaryAtOrBefore(*text, keep);
  }
  marker = TruncationMarker(text->size() - keep);
  text->resize(keep);
  *kept = std::min(keep, limit);
  text->append(marker);
  if (text->size() > limit) text->resize(limit);  // a tiny limit: even the marker is cut
  return true;
}

std::string JoinFindingIds(const std::vector<Finding>& findings) {
  std::set<std::string> seen;
  std::string ids;
  for (const Finding& f : findings) {
    if (!seen.insert(f.pattern_id).second) continue;
    if (!ids.empty()) ids += ", ";
    ids += f.pattern_id;
  }
  return ids;
}

constexpr std::string_view kOpenPrefix = "<<tool_output ";
constexpr std::string_view kClosePrefix = "<</tool_output ";
constexpr size_t kMarkerTail = 16 + 2;  // the nonce's hex digits and ">>"

// The nonce as 16 lowercase hex digits, zero-padded, a byte (two digits) at a time.
void NonceHex(uint64_t nonce, char (&hex)[16]) {
  static constexpr std::array<char, 512> kPairs = [] {
    constexpr char kDigits[] = "0123456789abcdef";
    std::array<char, 512> pairs{};
    for (size_t b = 0; b < 256; ++b) {
      pairs[2 * b] = kDigits[b >> 4];
      pairs[2 * b + 1] = kDigits[b & 0xF];
    }
    return pairs;
  }();
  for (size_t i = 0; i < 8; ++i) {
    const size_t b = (nonce >> (56 - 8 * i)) & 0xFF;
    hex[2 * i] = kPairs[2 * b];
    hex[2 * i + 1] = kPairs[2 * b + 1];
  }
}

// Appends `<<tool_output NONCE>>` (or `<</tool_output NONCE>>`), `hex` from NonceHex; by hand
// and in place: snprintf was a tenth of a guarded call, and each temporary string a heap
// allocation.
void AppendMarker(std::string* out, bool close, const char (&hex)[16]) {
  out->append(close ? kClosePrefix : kOpenPrefix);
  out->append(hex, sizeof(hex));
  out->append(">>");
}

std::string Marker(bool close, uint64_t nonce) {
  char hex[16];
  NonceHex(nonce, hex);
  std::string marker;
  AppendMarker(&marker, close, hex);
  return marker;
}

// The body between the two markers, each on its own line, built in one allocation; the nonce's
// digits are spelled once for both.
std::string Framed(std::string_view body, uint64_t nonce) {
  char hex[16];
  NonceHex(nonce, hex);
  std::string framed;
  framed.reserve(kOpenPrefix.size() + kClosePrefix.size() + 2 * kMarkerTail + 2 + body.size());
  AppendMarker(&framed, /*close=*/false, hex);
  framed += '\n';
  framed.append(body);
  framed += '\n';
  AppendMarker(&framed, /*close=*/true, hex);
  return framed;
}

Severity MaxSeverity(const std::vector<Finding>& findings) {
  Severity max = Severity::kLow;
  for (const Finding& f : findings) max = std::max(max, f.severity);
  return max;
}

void ApplyOnDetect(OnDetect action, SanitizedOutput* out) {
  // Severity-aware: low-severity findings alone are recorded and framed, never withheld.
  if (MaxSeverity(out->findings) == Severity::kLow) action = OnDetect::kFlag;
  std::string ids = JoinFindingIds(out->findings);
  switch (action) {
    case OnDetect::kFlag:
      out->action = SanitizedOutput::Action::kFlagged;
      break;
    case OnDetect::kQuarantine:
      out->action = SanitizedOutput::Action::kQuarantined;
      out->body =
          "[quarantined: tool output withheld; suspected prompt injection (findings: " + ids + ")]";
      break;
    case OnDetect::kBlock:
      out->action = SanitizedOutput::Action::kBlocked;
      out->body =
          "[blocked: tool output contained suspected prompt injection (findings: " + ids + ")]";
      break;
  }
}

}  // namespace

std::string_view SanitizedActionName(SanitizedOutput::Action action) {
  switch (action) {
    case SanitizedOutput::Action::kPassed:
      return "passed";
    case SanitizedOutput::Action::kFlagged:
      return "flagged";
    case SanitizedOutput::Action::kQuarantined:
      return "quarantined";
    case SanitizedOutput::Action::kBlocked:
      return "blocked";
  }
  return "blocked";
}

std::string OpenMarker(uint64_t nonce) { return Marker(/*close=*/false, nonce); }

std::string CloseMarker(uint64_t nonce) { return Marker(/*close=*/true, nonce); }

Sanitizer::Sanitizer(const SanitizerOptions& options, std::shared_ptr<const Detector> detector)
    : options_(options), detector_(std::move(detector)) {}

std::string Sanitizer::Clean(std::string_view raw, bool* truncated) const {
  return CleanText(raw, truncated, nullptr);
}

std::string Sanitizer::CleanText(std::string_view raw, bool* truncated,
                                 std::vector<Finding>* markers) const {
  bool ascii = false;
  std::string text = RepairAndStripControls(raw, &ascii);
  const std::vector<Span> forged = NeutralizeMarkers(&text, ascii);
  size_t limit = options_.max_output_bytes > 0 ? static_cast<size_t>(options_.max_output_bytes) : 0;
  size_t kept = 0;
  bool cut = TruncateWithMarker(&text, limit, &kept);
  if (truncated != nullptr) *truncated = cut;
  for (const Span& s : forged) {
    if (markers == nullptr || s.first >= kept) continue;
    markers->push_back(Finding{std::string(kForgedMarkerId), "sanitizer", Severity::kHigh,
                               "text shaped like a boundary marker (its brackets were neutralized)",
                               s.first, std::min(s.second, kept)});
  }
  return text;
}

SanitizedOutput Sanitizer::Sanitize(std::string_view raw, uint64_t nonce) const {
  const NormalizeMemoScope memo;  // the marker check and detection normalize the same text
  SanitizedOutput out;
  out.input_bytes = raw.size();
  if (!options_.enabled) {
    out.body = std::string(raw);
  } else {
    out.body = CleanText(raw, &out.truncated, &out.findings);
    Status scan = detector_ == nullptr
                      ? Status::FailedPrecondition("sanitizer enabled without a detector")
                      : detector_->Scan(out.body, &out.findings);
    if (!scan.ok()) {
      out.detection_status = scan;
      out.action = SanitizedOutput::Action::kBlocked;
      out.body =
          "[blocked: tool output withheld because injection detection failed: " + scan.ToString() +
          "]";
    } else if (!out.findings.empty()) {
      ApplyOnDetect(options_.on_detect, &out);
    }
  }
  out.framed = Framed(out.body, nonce);
  return out;
}

SanitizedOutput Sanitizer::Sanitize(std::string_view raw, Env* env) const {
  uint64_t nonce = 0;
  Status s = env->SecureRandomBytes(&nonce, sizeof(nonce));
  if (s.ok()) return Sanitize(raw, nonce);
  SanitizedOutput out;
  out.input_bytes = raw.size();
  out.action = SanitizedOutput::Action::kBlocked;
  out.detection_status = s;
  out.body = "[blocked: tool output withheld because no boundary-marker nonce could be drawn: " +
             s.ToString() + "]";
  out.framed = Framed(out.body, 0);
  return out;
}

}  // namespace blastradius
