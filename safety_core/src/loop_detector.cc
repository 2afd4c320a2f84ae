// LoopDetector: counts (tool, canonical args) pairs by fingerprint, over the whole run or over a
// sliding window of the most recent calls. The call being observed is part of its own window.
#include "blastradius/loop_detector.h"

#include <cstring>
#include <string>

namespace blastradius {
namespace {

// Two independent 64-bit lanes over the bytes, 8 at a time (a multiply-xorshift mix per word,
// each lane with its own seed and multiplier); the field's length closes it, so the boundary
// between tool and arguments is unambiguous ("ab"+"c" is not "a"+"bc").
struct Lanes {
  uint64_t a = 0x243f6a8885a308d3ull;
  uint64_t b = 0x13198a2e03707344ull;

  static uint64_t Mix(uint64_t x, uint64_t multiplier) {
    x ^= x >> 32;
    x *= multiplier;
    x ^= x >> 29;
    x *= multiplier;
    x ^= x >> 32;
    return x;
  }
  void Word(uint64_t w) {
    a = Mix(a ^ w, 0x9e3779b97f4a7c15ull);
    b = Mix(b + w, 0xd6e8feb86659fd93ull);
  }
  void Field(std::string_view bytes) {
    size_t i = 0;
    for (; i + 8 <= bytes.size(); i += 8) {
      uint64_t w;
      std::memcpy(&w, bytes.data() + i, 8);
      Word(w);
    }
    uint64_t tail = 0;
    if (i < bytes.size()) std::memcpy(&tail, bytes.data() + i, bytes.size() - i);
    Word(tail);
    Word(bytes.size());
  }
};

}  // namespace

std::string LoopMessage(std::string_view tool, int64_t count, const LoopDetectionOptions& options) {
  std::string scope =
      options.window > 0 ? " within the last " + std::to_string(options.window) + " calls" : "";
  return "loop detected: " + std::string(tool) + " called " + std::to_string(count) +
         " times with identical arguments" + scope + " (max_identical_calls " +
         std::to_string(options.max_identical_calls) + ")";
}

LoopDetector::PairKey LoopDetector::KeyOf(std::string_view tool, std::string_view canonical_args) {
  Lanes lanes;
  lanes.Field(tool);
  lanes.Field(canonical_args);
  return PairKey{lanes.a, lanes.b};
}

LoopDetector::LoopDetector(const LoopDetectionOptions& options) : options_(options) {}

Status LoopDetector::Observe(std::string_view tool, std::string_view canonical_args) {
  if (!options_.enabled) return Status::Ok();
  const PairKey key = KeyOf(tool, canonical_args);
  int count = ++counts_[key];
  if (options_.window > 0) {
    recent_.push_back(key);
    if (recent_.size() > static_cast<size_t>(options_.window)) {
      auto oldest = counts_.find(recent_.front());
      if (--oldest->second == 0) counts_.erase(oldest);
      recent_.pop_front();
      count = counts_[key];
    }
  }
  if (count <= options_.max_identical_calls) return Status::Ok();
  return Status::ResourceExhausted(LoopMessage(tool, count, options_));
}

int LoopDetector::CountIfObserved(std::string_view tool, std::string_view canonical_args) const {
  if (!options_.enabled) return 0;
  const PairKey key = KeyOf(tool, canonical_args);
  auto it = counts_.find(key);
  int count = (it == counts_.end() ? 0 : it->second) + 1;
  // Observing would push the window past its size: the oldest call leaves it.
  if (options_.window > 0 && recent_.size() >= static_cast<size_t>(options_.window) &&
      recent_.front() == key) {
    --count;
  }
  return count;
}

int LoopDetector::Count(std::string_view tool, std::string_view canonical_args) const {
  auto it = counts_.find(KeyOf(tool, canonical_args));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace blastradius
