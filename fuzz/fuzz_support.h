// Shared pieces of the fuzz targets: the pattern packs they scan with (the bundled packs compiled
// into the binary, or the user's own through BLASTRADIUS_PACK), a strict UTF-8 check, and how a
// target reports a broken property (print what broke, then abort so libFuzzer keeps the input).
// Everything here is set up once, before the first input; afterwards it is read-only.
#ifndef BLASTRADIUS_FUZZ_FUZZ_SUPPORT_H_
#define BLASTRADIUS_FUZZ_FUZZ_SUPPORT_H_

#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "blastradius/sanitizer.h"

namespace blastradius::fuzz {

// Environment variable naming the pattern pack files to fuzz with, comma-separated. When unset
// or empty, the packs bundled with the project (compiled into the binary) are used.
inline constexpr char kPackEnvVar[] = "BLASTRADIUS_PACK";

// The packs selected by BLASTRADIUS_PACK, else the bundled ones (LoadBundledPacks: compiled into
// safety_core, so fuzz binaries need no files at run time). Reads files: call it only
// from LLVMFuzzerInitialize or the first input. Aborts with a message when a pack is invalid.
const std::vector<PatternPack>& FuzzPacks();

// A detector over FuzzPacks(), built once.
std::shared_ptr<const Detector> FuzzDetector();

// True when `text` is well-formed UTF-8 (no overlongs, surrogates or code points > U+10FFFF).
bool IsValidUtf8(std::string_view text);

// `text` with non-printable bytes as \xHH, cut to `max_bytes`, for failure messages.
std::string Printable(std::string_view text, size_t max_bytes = 2048);

// Reports a broken property on stderr and aborts: libFuzzer saves the input as a crash.
[[noreturn]] void Fail(const std::string& what);

// Fails with `what` unless `condition` holds.
inline void Check(bool condition, const std::string& what) {
  if (!condition) Fail(what);
}

}  // namespace blastradius::fuzz

#endif  // BLASTRADIUS_FUZZ_FUZZ_SUPPORT_H_
