// Properties of the output sanitizer over hostile payloads (random bytes mixed with forged
// boundary markers carrying the real nonce, broken UTF-8, control bytes, injected instructions):
// Clean is bounded by max_output_bytes, valid UTF-8, free of control bytes and marker
// look-alikes, and idempotent; the framing cannot be forged (exactly one open and one close
// marker, at the ends); findings' offsets lie inside the cleaned text; a detector failure never
// lets the output through.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "blastradius/sanitizer.h"
#include "bundled_detector.h"
#include "show.h"
#include "text_gen.h"

namespace blastradius {
namespace {

using proptest::BundledDetector;
using proptest::HasControl;
using proptest::HasMarkerLookalike;
using proptest::HostileText;
using proptest::IsValidUtf8;

// A detector whose matching machinery fails, as RE2 does when it runs out of memory.
class FailingDetector : public Detector {
 public:
  Status Scan(std::string_view, std::vector<Finding>*) const override {
    return Status::Internal("RE2 out of memory");
  }
};

size_t CountOf(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

SanitizerOptions GenOptions() {
  SanitizerOptions o;
  o.max_output_bytes =
      *rc::gen::oneOf(rc::gen::inRange<int64_t>(1, 64), rc::gen::inRange<int64_t>(64, 2048),
                      rc::gen::just<int64_t>(16'384))
           .as("max_output_bytes");
  o.on_detect = *rc::gen::element(OnDetect::kFlag, OnDetect::kQuarantine, OnDetect::kBlock);
  return o;
}

RC_GTEST_PROP(SanitizerProperty, CleanIsBoundedValidAndIdempotent, ()) {
  const uint64_t nonce = *rc::gen::arbitrary<uint64_t>();
  const SanitizerOptions options = GenOptions();
  const std::string raw = *HostileText(nonce).as("raw");
  Sanitizer sanitizer(options, BundledDetector());
  bool truncated = false;
  const std::string clean = sanitizer.Clean(raw, &truncated);
  RC_ASSERT(clean.size() <= static_cast<size_t>(options.max_output_bytes));
  RC_ASSERT(IsValidUtf8(clean));
  RC_ASSERT(!HasControl(clean));
  RC_ASSERT(!HasMarkerLookalike(clean));
  bool again_truncated = true;
  RC_ASSERT(sanitizer.Clean(clean, &again_truncated) == clean);
  RC_ASSERT(!again_truncated);
}

RC_GTEST_PROP(SanitizerProperty, FramingCannotBeForgedAndFindingsLieInside, ()) {
  RC_ASSERT(BundledDetector() != nullptr);
  const uint64_t nonce = *rc::gen::arbitrary<uint64_t>();
  const SanitizerOptions options = GenOptions();
  const std::string raw = *HostileText(nonce).as("raw");
  Sanitizer sanitizer(options, BundledDetector());
  const SanitizedOutput out = sanitizer.Sanitize(raw, nonce);
  const std::string open = OpenMarker(nonce);
  const std::string close = CloseMarker(nonce);
  RC_ASSERT(out.framed.rfind(open, 0) == 0);
  RC_ASSERT(out.framed.size() >= open.size() + close.size());
  RC_ASSERT(out.framed.compare(out.framed.size() - close.size(), close.size(), close) == 0);
  RC_ASSERT(CountOf(out.framed, open) == 1u);
  RC_ASSERT(CountOf(out.framed, close) == 1u);
  RC_ASSERT(out.framed.find(out.body) != std::string::npos);
  RC_ASSERT(!HasMarkerLookalike(out.body));
  RC_ASSERT(IsValidUtf8(out.framed));
  RC_ASSERT(out.input_bytes == raw.size());
  const std::string clean = sanitizer.Clean(raw);
  for (const Finding& f : out.findings) {
    RC_ASSERT(f.begin <= f.end);
    RC_ASSERT(f.end <= clean.size());
  }
  const bool withheld = out.action == SanitizedOutput::Action::kQuarantined ||
                        out.action == SanitizedOutput::Action::kBlocked;
  if (!withheld) {
    RC_ASSERT(out.body == clean);
    RC_ASSERT(out.body.size() <= static_cast<size_t>(options.max_output_bytes));
  }
  if (out.findings.empty()) RC_ASSERT(out.action == SanitizedOutput::Action::kPassed);
}

RC_GTEST_PROP(SanitizerProperty, DetectionFailureNeverPassesOutput, ()) {
  const uint64_t nonce = *rc::gen::arbitrary<uint64_t>();
  SanitizerOptions options = GenOptions();
  const std::string secret = "UNSEEN-" + std::to_string(*rc::gen::inRange(0, 1'000'000));
  const std::string raw = *HostileText(nonce) + secret + *HostileText(nonce);
  Sanitizer sanitizer(options, std::make_shared<FailingDetector>());
  const SanitizedOutput out = sanitizer.Sanitize(raw, nonce);
  RC_ASSERT(!out.detection_status.ok());
  RC_ASSERT(out.action == SanitizedOutput::Action::kBlocked);
  RC_ASSERT(out.framed.find(secret) == std::string::npos);
}

}  // namespace
}  // namespace blastradius
