// The detector built from the bundled pattern packs, shared by the property programs that need
// a real detector (the sanitizer and whole-guard properties). Built once per process and never
// freed; null if the bundled packs fail to load or compile (a property asserts it is not).
// Thread-safe (function-local static).
#ifndef BLASTRADIUS_PROPERTY_TESTS_BUNDLED_DETECTOR_H_
#define BLASTRADIUS_PROPERTY_TESTS_BUNDLED_DETECTOR_H_

#include <memory>

#include "blastradius/sanitizer.h"

namespace blastradius::proptest {

std::shared_ptr<const Detector> BundledDetector();

}  // namespace blastradius::proptest

#endif  // BLASTRADIUS_PROPERTY_TESTS_BUNDLED_DETECTOR_H_
