// The output sanitizer: every tool output passes through it before the agent sees it.
// It repairs UTF-8 (invalid bytes -> U+FFFD), removes control bytes, bounds the length (cut on a
// character boundary, with a marker), scans for injected instructions with a Detector, applies
// `on_detect` (flag / quarantine / block) and frames the result between per-call boundary
// markers that a payload cannot forge: the nonce comes from the Env's CSPRNG
// (Env::SecureRandomBytes), and anything in the output that reads as a marker — as written, or
// once invisible characters, soft hyphens, NBSP, confusables, compatibility forms and entities
// are folded — has its brackets neutralized and is reported as a high-severity finding. Detection
// is a tripwire, not the guarantee: the guard's taint rule contains what detection misses. Detector
// and Sanitizer are immutable after construction and thread-safe.
#ifndef BLASTRADIUS_SANITIZER_H_
#define BLASTRADIUS_SANITIZER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/policy.h"
#include "blastradius/status.h"

namespace blastradius {

enum class Severity { kLow = 0, kMedium = 1, kHigh = 2 };
std::string_view SeverityName(Severity severity);  // "low", "medium", "high"
std::optional<Severity> ParseSeverity(std::string_view name);

struct Pattern {
  std::string id;
  std::string regex;  // RE2 syntax, matched against normalized text
  Severity severity = Severity::kMedium;
  std::string description;
};

// A pattern pack file: {"pack", "version", "patterns": [{"id","regex","severity","description"}]}.
struct PatternPack {
  std::string name;
  std::string version;
  std::vector<Pattern> patterns;

  // Validates keys and types, and that every regex compiles under RE2 and ids are unique.
  static StatusOr<PatternPack> FromJson(const Json& doc, const std::string& origin);
  static StatusOr<PatternPack> Parse(std::string_view text, const std::string& origin);
  static StatusOr<PatternPack> Load(Env* env, const std::string& path);
};

// The packs that ship with the project (safety_core/packs/*.json, sorted by file name). They are
// compiled into the library: no file is read and `env` is not used, so any program linking
// safety_core, installed anywhere, has them. Fails only on a pack that does not parse. Unlike
// PatternPack::Parse, it does not compile each regex to check it (the sanitizer compiles them
// when it is created, and a test parses every bundled file with the check).
StatusOr<std::vector<PatternPack>> LoadBundledPacks(Env* env);

struct Finding {
  std::string pattern_id;
  std::string pack;
  Severity severity = Severity::kMedium;
  std::string description;
  size_t begin = 0;  // byte offsets of the match in the scanned text; begin <= end <= size
  size_t end = 0;
};
Json FindingToJson(const Finding& finding);

// Finds injected instructions. Scan appends findings with offsets into `text`.
// A non-OK status means detection failed (e.g. RE2 ran out of memory): callers fail closed.
class Detector {
 public:
  virtual ~Detector() = default;
  virtual Status Scan(std::string_view text, std::vector<Finding>* findings) const = 0;
};

// Matches every pattern of the given packs in one pass with RE2::Set, then locates each hit.
class PatternDetector : public Detector {
 public:
  static StatusOr<std::unique_ptr<PatternDetector>> Create(std::vector<PatternPack> packs);
  ~PatternDetector() override;
  Status Scan(std::string_view text, std::vector<Finding>* findings) const override;
  size_t pattern_count() const;

 private:
  struct Impl;
  explicit PatternDetector(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

struct SanitizedOutput {
  enum class Action { kPassed, kFlagged, kQuarantined, kBlocked };
  Action action = Action::kPassed;
  std::string body;    // cleaned text, or the quarantine / block placeholder
  std::string framed;  // body between the boundary markers: what the agent sees
  bool truncated = false;
  size_t input_bytes = 0;
  std::vector<Finding> findings;  // offsets index the cleaned text before any placeholder
  Status detection_status;        // non-OK: detection failed, the output was not passed through
};
std::string_view SanitizedActionName(SanitizedOutput::Action action);

// The opening and closing marker for a nonce, e.g. "<<tool_output 9f...e1>>".
std::string OpenMarker(uint64_t nonce);
std::string CloseMarker(uint64_t nonce);

class Sanitizer {
 public:
  // `detector` may be null only when options.enabled is false.
  Sanitizer(const SanitizerOptions& options, std::shared_ptr<const Detector> detector);

  // Repairs UTF-8, removes control bytes (keeps \n and \t), neutralizes anything that reads
  // as a boundary marker after normalization (each of its '<' look-alikes becomes U+2039 '‹',
  // which is itself never taken for a marker bracket), and truncates to max_output_bytes on a
  // character boundary with a marker. Idempotent: Clean(Clean(x)) == Clean(x).
  std::string Clean(std::string_view raw, bool* truncated = nullptr) const;

  // The whole pipeline for one output, framed with a nonce drawn from
  // env->SecureRandomBytes(). If no nonce can be drawn the output is withheld (kBlocked, with
  // the error in detection_status).
  SanitizedOutput Sanitize(std::string_view raw, Env* env) const;
  // The same with a given nonce (tests, benchmarks, offline evaluation). A neutralized marker
  // is the finding "forged_boundary_marker" (pack "sanitizer", high severity).
  SanitizedOutput Sanitize(std::string_view raw, uint64_t nonce) const;

  const SanitizerOptions& options() const { return options_; }

 private:
  // Clean, also appending a finding per neutralized marker to `markers` (may be null).
  std::string CleanText(std::string_view raw, bool* truncated, std::vector<Finding>* markers) const;

  SanitizerOptions options_;
  std::shared_ptr<const Detector> detector_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_SANITIZER_H_
