// Differential fuzzer for the detector's fast paths: for any input, the pattern matcher as used
// in production (patterns split over several RE2::Sets, literal gate on; and the literal prefilter)
// and the reference (one RE2::Set over every pattern, no prefilter and no literal gate: the full
// pass on every text) report identical findings, with identical offsets, or fail identically. The
// input is scanned as it is, with its ASCII letters upper- and lower-cased (the prefilter folds
// case itself), and with "s"/"k" spelled as "ſ" and the Kelvin sign, which RE2's case folding
// matches to them (the literal gate searches bytes: it must not gate such text). Each of these
// texts also goes through the literal gate's scan paths (pattern_gate.h: AVX2 where the CPU has
// it, portable, and the reference), over every clause atom of the packs, which must agree.
#include <fuzzer/FuzzedDataProvider.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/sanitizer.h"
#include "fuzz_support.h"
#include "pattern_gate.h"     // internal: safety_core/src
#include "pattern_matcher.h"  // internal: safety_core/src

namespace blastradius::fuzz {
namespace {

// Built once, on first use; never freed (libFuzzer exits without running destructors).
const PatternMatcher& Matcher(bool prefilter) {
  auto make = [](bool with_prefilter) {
    PatternMatcherOptions options;
    options.literal_prefilter = with_prefilter;
    options.literal_gate = with_prefilter;
    options.prefilter_max_bytes = SIZE_MAX;  // off by default: exercise it on every input
    options.split_sets = with_prefilter;     // the reference runs one set over every pattern
    auto created = PatternMatcher::Create(FuzzPacks(), options);
    if (!created.ok()) Fail("PatternMatcher::Create: " + created.status().ToString());
    return created->release();
  };
  static const PatternMatcher* const kWith = make(true);
  static const PatternMatcher* const kWithout = make(false);
  return prefilter ? *kWith : *kWithout;
}

// Gates over every clause atom the matcher's gates hold, one atom a pattern (SingleAtomGates).
const std::vector<std::unique_ptr<LiteralGate>>& AtomGates() {
  static const auto* const kGates = [] {
    std::vector<std::string> atoms;
    const PatternMatcher& matcher = Matcher(true);
    for (size_t p = 0; p < matcher.pattern_count(); ++p) {
      for (const bool non_ascii : {false, true}) {
        for (const auto& clause : matcher.GateClauses(p, non_ascii)) {
          atoms.insert(atoms.end(), clause.begin(), clause.end());
        }
      }
    }
    std::sort(atoms.begin(), atoms.end());
    atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
    auto* gates = new std::vector<std::unique_ptr<LiteralGate>>(SingleAtomGates(atoms));
    for (const auto& gate : *gates) Check(gate != nullptr, "SingleAtomGates: no gate");
    return gates;
  }();
  return *kGates;
}

void CheckGateScansAgree(std::string_view text) {
  for (const auto& gate : AtomGates()) {
    const uint32_t reference = gate->GroupsToRun(text, LiteralGate::ScanPath::kReference);
    for (const auto path : {LiteralGate::ScanPath::kPortable, LiteralGate::ScanPath::kAvx2}) {
      Check(gate->GroupsToRun(text, path) == reference,
            "a literal gate scan path differs from the reference on " + Printable(text));
    }
  }
}

std::string Describe(const Status& status, const std::vector<Finding>& findings) {
  std::string out = status.ToString() + ":";
  for (const Finding& f : findings) {
    out += " " + f.pack + "/" + f.pattern_id + "@" + std::to_string(f.begin) + "-" +
           std::to_string(f.end);
  }
  return out;
}

void CheckSameFindings(std::string_view text) {
  CheckGateScansAgree(text);
  std::vector<Finding> fast, full;
  const Status fast_status = Matcher(true).Scan(text, &fast);
  const Status full_status = Matcher(false).Scan(text, &full);
  const std::string a = Describe(fast_status, fast), b = Describe(full_status, full);
  Check(a == b, "split sets or prefilter changed the findings on " + Printable(text) +
                    "\n  with:    " + a + "\n  without: " + b);
}

std::string MapAscii(std::string text, bool upper) {
  for (char& c : text) {
    if (upper && c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    if (!upper && c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return text;
}

}  // namespace
}  // namespace blastradius::fuzz

// Both matchers and the atom gates are built before the first input: under ASan that takes
// longer than libFuzzer's per-input timeout on a loaded machine.
extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  blastradius::fuzz::AtomGates();
  blastradius::fuzz::Matcher(false);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string text(reinterpret_cast<const char*>(data), size);
  blastradius::fuzz::CheckSameFindings(text);
  blastradius::fuzz::CheckSameFindings(blastradius::fuzz::MapAscii(text, /*upper=*/true));
  blastradius::fuzz::CheckSameFindings(blastradius::fuzz::MapAscii(text, /*upper=*/false));
  blastradius::fuzz::CheckSameFindings(blastradius::SpellWithFoldingRunes(text));
  return 0;
}
