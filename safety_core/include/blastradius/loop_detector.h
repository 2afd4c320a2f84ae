// LoopDetector: spots a runaway agent that calls the same tool with the same canonical
// arguments over and over. Not thread-safe: one per run, serialized by the guard.
//
// Pairs are told apart by a 128-bit fingerprint of (tool, canonical arguments), not by keeping
// their text: a run keeps 16 bytes and a counter per distinct pair, whatever the arguments'
// size. Two different pairs share a count only if their fingerprints collide (about 2^-128 per
// pair of pairs for inputs not built to collide); a collision can only make a loop be seen
// early, never hide one, so it errs on the closed side.
#ifndef BLASTRADIUS_LOOP_DETECTOR_H_
#define BLASTRADIUS_LOOP_DETECTOR_H_

#include <cstdint>
#include <deque>
#include <string_view>
#include <unordered_map>

#include "blastradius/policy.h"
#include "blastradius/status.h"

namespace blastradius {

// The refusal text for `tool` seen `count` times with identical arguments (shared by the
// detector and the state stores, which count the same pairs fleet-wide).
std::string LoopMessage(std::string_view tool, int64_t count, const LoopDetectionOptions& options);

class LoopDetector {
 public:
  explicit LoopDetector(const LoopDetectionOptions& options);

  // Records one call of `tool` with `canonical_args` (CanonicalJson of the arguments).
  // ResourceExhausted once the same pair has been seen more than max_identical_calls times
  // (within the window, if one is set). Always OK when detection is disabled.
  Status Observe(std::string_view tool, std::string_view canonical_args);

  // How many times the pair has been seen (within the window).
  int Count(std::string_view tool, std::string_view canonical_args) const;
  // What Count would be right after Observe(tool, canonical_args), without observing it (a
  // store checks before it charges). 0 when detection is disabled.
  int CountIfObserved(std::string_view tool, std::string_view canonical_args) const;

 private:
  struct PairKey {
    uint64_t a = 0;
    uint64_t b = 0;
    bool operator==(const PairKey& other) const { return a == other.a && b == other.b; }
  };
  struct PairKeyHash {
    size_t operator()(const PairKey& key) const { return static_cast<size_t>(key.a); }
  };
  static PairKey KeyOf(std::string_view tool, std::string_view canonical_args);

  LoopDetectionOptions options_;
  std::unordered_map<PairKey, int, PairKeyHash> counts_;
  std::deque<PairKey> recent_;  // only used when window > 0
};

}  // namespace blastradius

#endif  // BLASTRADIUS_LOOP_DETECTOR_H_
