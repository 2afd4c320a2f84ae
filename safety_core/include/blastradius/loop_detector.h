// LoopDetector: spots a runaway agent that calls the same tool with the same canonical
// arguments over and over. Not thread-safe: one per run, serialized by the guard.
//
// Pairs are told apart by a 96-bit fingerprint of (tool, canonical arguments), not by keeping
// their text: each distinct pair is one 16-byte slot (fingerprint and count) of a flat
// open-addressing table, whatever the arguments' size. The table grows by half when it is 4/5
// full, so it holds between 16 and ~30 bytes per distinct pair in the window: with a whole-run
// window (window 0) that grows with the run's distinct calls, up to budget.max_steps of them;
// with a window of W calls it stays near 16·W bytes plus the window's queue. Two different
// pairs share a count only if their fingerprints collide (about 2^-96 per pair of pairs for
// inputs not built to collide); a collision can only make a loop be seen early, never hide
// one, so it errs on the closed side.
#ifndef BLASTRADIUS_LOOP_DETECTOR_H_
#define BLASTRADIUS_LOOP_DETECTOR_H_

#include <cstdint>
#include <deque>
#include <string_view>
#include <vector>

#include "blastradius/json_reader.h"
#include "blastradius/policy.h"
#include "blastradius/status.h"

namespace blastradius {

// The refusal text for `tool` seen `count` times with identical arguments (shared by the
// detector and the state stores, which count the same pairs fleet-wide).
std::string LoopMessage(std::string_view tool, int64_t count, const LoopDetectionOptions& options);

class LoopDetector {
 public:
  explicit LoopDetector(const LoopDetectionOptions& options);

  // A pair's 96-bit fingerprint (see above). Computed once per call by KeyOf, it can be handed
  // to every detector that counts the same pair (the guard's and its state store's), so the
  // arguments are hashed once per call however many places count them.
  struct PairKey {
    uint64_t a = 0;
    uint32_t b = 0;
    bool operator==(const PairKey& other) const { return a == other.a && b == other.b; }
  };
  // The fingerprint of (tool, canonical_args): the key every method below counts by.
  static PairKey KeyOf(std::string_view tool, std::string_view canonical_args);
  // The same key, KeyOf(tool, CanonicalJson(args)), without the text: the one walk that writes
  // CanonicalJson's bytes (AppendCanonicalJson's) streams them into the hash instead, so the
  // two keys are equal by construction. Nothing is allocated for objects, arrays, integers,
  // booleans, null and ASCII strings; a float, a binary value, or a string's rest from its first
  // byte above 0x7F is the JSON library's text, built in a temporary and streamed.
  static PairKey KeyOfArgs(std::string_view tool, const Json& args);

  // Records one call of `tool` with `canonical_args` (CanonicalJson of the arguments).
  // ResourceExhausted once the same pair has been seen more than max_identical_calls times
  // (within the window, if one is set). Always OK when detection is disabled.
  Status Observe(std::string_view tool, std::string_view canonical_args);
  // The same for a key already computed. REQUIRES: key == KeyOf(tool, canonical_args) (`tool`
  // is only named in the refusal).
  Status Observe(std::string_view tool, const PairKey& key);

  // How many times the pair has been seen (within the window).
  int Count(std::string_view tool, std::string_view canonical_args) const;
  // What Count would be right after Observe(tool, canonical_args), without observing it (a
  // store checks before it charges). 0 when detection is disabled.
  int CountIfObserved(std::string_view tool, std::string_view canonical_args) const;
  int CountIfObserved(const PairKey& key) const;  // REQUIRES: key as for Observe

 private:
  // One slot of the table: a pair's fingerprint and how often it was seen (0: an empty slot).
  struct Slot {
    uint64_t a = 0;  // the fingerprint, as in PairKey (which would pad to 16 bytes alone)
    uint32_t b = 0;
    uint32_t count = 0;
    PairKey key() const { return PairKey{a, b}; }
  };
  static_assert(sizeof(Slot) == 16, "a slot is the fingerprint and its count, no more");

  size_t Home(const PairKey& key) const;  // the slot where the key's probe starts
  size_t Find(const PairKey& key) const;  // its slot, or the empty slot that ends its probe
  uint32_t CountOf(const PairKey& key) const;
  void Grow();           // to 3/2 of the capacity (at least kMinSlots), every key rehomed
  void Erase(size_t i);  // empties slot i and shifts its probe sequence back (no tombstones)

  LoopDetectionOptions options_;
  std::vector<Slot> slots_;     // linear probing; empty until the first Observe
  size_t used_ = 0;             // slots with a count
  std::deque<PairKey> recent_;  // only used when window > 0
};

}  // namespace blastradius

#endif  // BLASTRADIUS_LOOP_DETECTOR_H_
