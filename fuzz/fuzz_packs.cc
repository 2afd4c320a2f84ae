// The pattern packs and detector the fuzz targets scan with (see fuzz_support.h). Kept apart
// from fuzz_support.cc so that targets which never scan do not link the detector.
#include <cstdio>
#include <cstdlib>
#include <sstream>

#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

std::vector<std::string> SplitCommas(std::string_view list) {
  std::vector<std::string> parts;
  std::string part;
  std::istringstream in{std::string(list)};
  while (std::getline(in, part, ',')) {
    if (!part.empty()) parts.push_back(part);
  }
  return parts;
}

std::vector<PatternPack> LoadUserPacks(const std::vector<std::string>& paths) {
  std::vector<PatternPack> packs;
  for (const std::string& path : paths) {
    StatusOr<PatternPack> pack = PatternPack::Load(Env::Default(), path);
    if (!pack.ok()) Fail(std::string(kPackEnvVar) + ": " + pack.status().ToString());
    packs.push_back(std::move(pack).value());
  }
  return packs;
}

std::vector<PatternPack> BundledPacks() {
  StatusOr<std::vector<PatternPack>> packs = LoadBundledPacks(Env::Default());
  if (!packs.ok()) Fail("bundled packs: " + packs.status().ToString());
  return std::move(packs).value();
}

std::vector<PatternPack> SelectPacks() {
  const char* env = std::getenv(kPackEnvVar);
  std::vector<std::string> paths = SplitCommas(env == nullptr ? "" : env);
  std::vector<PatternPack> packs = paths.empty() ? BundledPacks() : LoadUserPacks(paths);
  size_t patterns = 0;
  for (const PatternPack& pack : packs) patterns += pack.patterns.size();
  std::fprintf(stderr, "fuzz: %zu pattern pack(s), %zu pattern(s) from %s\n", packs.size(),
               patterns, paths.empty() ? "the bundled packs" : kPackEnvVar);
  return packs;
}

}  // namespace

const std::vector<PatternPack>& FuzzPacks() {
  static const std::vector<PatternPack>* packs = new std::vector<PatternPack>(SelectPacks());
  return *packs;
}

std::shared_ptr<const Detector> FuzzDetector() {
  static const std::shared_ptr<const Detector>* detector = [] {
    StatusOr<std::unique_ptr<PatternDetector>> created = PatternDetector::Create(FuzzPacks());
    if (!created.ok()) Fail("PatternDetector::Create: " + created.status().ToString());
    return new std::shared_ptr<const Detector>(std::move(created).value());
  }();
  return *detector;
}

}  // namespace blastradius::fuzz
