#include "bundled_detector.h"

#include <utility>
#include <vector>

#include "blastradius/env.h"

namespace blastradius::proptest {

std::shared_ptr<const Detector> BundledDetector() {
  static std::shared_ptr<const Detector> detector = [] {
    StatusOr<std::vector<PatternPack>> packs = LoadBundledPacks(Env::Default());
    if (!packs.ok()) return std::shared_ptr<const Detector>();
    auto created = PatternDetector::Create(std::move(*packs));
    if (!created.ok()) return std::shared_ptr<const Detector>();
    return std::shared_ptr<const Detector>(std::move(*created));
  }();
  return detector;
}

}  // namespace blastradius::proptest
