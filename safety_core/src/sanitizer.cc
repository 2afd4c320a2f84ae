// The output sanitizer: Clean (UTF-8 repair, control bytes, marker neutralization, length
// bound), detection, on_detect, and framing between per-call boundary markers.
#include "blastradius/sanitizer.h"

#include <cstdio>
#include <set>
#include <string>

#include <re2/re2.h>

#include "normalizer_utf8.h"

namespace blastradius {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
constexpr std::string_view kNeutralAngle = "\xE2\x80\xB9";  // U+2039, stands in for '<'

// Printable ASCII, \n and \t: valid one-byte UTF-8 that is never stripped.
inline bool IsKeptAscii(unsigned char c) {
  return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t';
}

// Repairs UTF-8 (each maximal invalid subsequence -> U+FFFD) and drops C0/C1 control
// characters and DEL, keeping \n and \t.
std::string RepairAndStripControls(std::string_view raw) {
  std::string out;
  out.reserve(raw.size());
  size_t i = 0;
  while (i < raw.size()) {
    // Fast path: a run of printable ASCII (and \n, \t) is copied as is, in one append.
    size_t run = i;
    while (run < raw.size() && IsKeptAscii(static_cast<unsigned char>(raw[run]))) ++run;
    if (run > i) {
      out.append(raw.substr(i, run - i));
      i = run;
      continue;
    }
    Utf8Char c = DecodeUtf8(raw, i);
    if (!c.valid) {
      out.append(kReplacement);
    } else if (!IsStrippedControl(c.code_point)) {
      out.append(raw.substr(i, c.length));
    }
    i += c.length;
  }
  return out;
}

// Anything that could read as a boundary marker: two angle brackets (ASCII, fullwidth or small
// forms), optional spaces and slash, then "tool output" in any case and spacing.
const RE2& MarkerLookalike() {
  static const RE2* const kRe = new RE2(
      "(?i)(?:<|\xEF\xBC\x9C|\xEF\xB9\xA4)\\s*(?:<|\xEF\xBC\x9C|\xEF\xB9\xA4)"
      "(\\s*[/\xEF\xBC\x8F]?\\s*tool[\\s_\\-]*output)");
  return *kRe;
}

void NeutralizeMarkers(std::string* text) {
  // Cheap reject: every look-alike starts with '<' or a fullwidth/small form (lead byte 0xEF).
  // (Two find() calls: each is one memchr, where find_first_of costs a memchr per byte.)
  if (text->find('<') == std::string::npos && text->find('\xEF') == std::string::npos) return;
  std::string replacement = std::string(kNeutralAngle) + std::string(kNeutralAngle) + "\\1";
  RE2::GlobalReplace(text, MarkerLookalike(), replacement);
}

std::string TruncationMarker(size_t omitted) {
  return "\n[truncated: " + std::to_string(omitted) + " bytes omitted]";
}

// Cuts `text` so that text + marker fits in `limit` bytes, on a character boundary.
// Returns true if it cut anything.
bool TruncateWithMarker(std::string* text, size_t limit) {
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

// 16 lowercase hex digits, zero-padded (by hand: snprintf was a tenth of a guarded call).
std::string Hex16(uint64_t nonce) {
  static constexpr char kDigits[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, nonce >>= 4) hex[static_cast<size_t>(i)] = kDigits[nonce & 0xF];
  return hex;
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
      out->body = "[quarantined: tool output withheld; suspected prompt injection (findings: " +
                  ids + ")]";
      break;
    case OnDetect::kBlock:
      out->action = SanitizedOutput::Action::kBlocked;
      out->body = "[blocked: tool output contained suspected prompt injection (findings: " +
                  ids + ")]";
      break;
  }
}

}  // namespace

std::string_view SanitizedActionName(SanitizedOutput::Action action) {
  switch (action) {
    case SanitizedOutput::Action::kPassed: return "passed";
    case SanitizedOutput::Action::kFlagged: return "flagged";
    case SanitizedOutput::Action::kQuarantined: return "quarantined";
    case SanitizedOutput::Action::kBlocked: return "blocked";
  }
  return "blocked";
}

std::string OpenMarker(uint64_t nonce) { return "<<tool_output " + Hex16(nonce) + ">>"; }
std::string CloseMarker(uint64_t nonce) { return "<</tool_output " + Hex16(nonce) + ">>"; }

Sanitizer::Sanitizer(const SanitizerOptions& options, std::shared_ptr<const Detector> detector)
    : options_(options), detector_(std::move(detector)) {}

std::string Sanitizer::Clean(std::string_view raw, bool* truncated) const {
  std::string text = RepairAndStripControls(raw);
  NeutralizeMarkers(&text);
  size_t limit = options_.max_output_bytes > 0 ? static_cast<size_t>(options_.max_output_bytes) : 0;
  bool cut = TruncateWithMarker(&text, limit);
  if (truncated != nullptr) *truncated = cut;
  return text;
}

SanitizedOutput Sanitizer::Sanitize(std::string_view raw, uint64_t nonce) const {
  SanitizedOutput out;
  out.input_bytes = raw.size();
  if (!options_.enabled) {
    out.body = std::string(raw);
  } else {
    out.body = Clean(raw, &out.truncated);
    Status scan = detector_ == nullptr
                      ? Status::FailedPrecondition("sanitizer enabled without a detector")
                      : detector_->Scan(out.body, &out.findings);
    if (!scan.ok()) {
      out.detection_status = scan;
      out.action = SanitizedOutput::Action::kBlocked;
      out.body = "[blocked: tool output withheld because injection detection failed: " +
                 scan.ToString() + "]";
    } else if (!out.findings.empty()) {
      ApplyOnDetect(options_.on_detect, &out);
    }
  }
  out.framed = OpenMarker(nonce) + "\n" + out.body + "\n" + CloseMarker(nonce);
  return out;
}

}  // namespace blastradius
