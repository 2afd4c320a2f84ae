// LoopDetector: counts (tool, canonical args) pairs, over the whole run or over a sliding window
// of the most recent calls. The call being observed is part of its own window.
#include "blastradius/loop_detector.h"

#include <string>

namespace blastradius {
namespace {

std::string PairKey(std::string_view tool, std::string_view canonical_args) {
  std::string key(tool);
  key.push_back('\0');
  key.append(canonical_args);
  return key;
}

}  // namespace

std::string LoopMessage(std::string_view tool, int64_t count, const LoopDetectionOptions& options) {
  std::string scope =
      options.window > 0 ? " within the last " + std::to_string(options.window) + " calls" : "";
  return "loop detected: " + std::string(tool) + " called " + std::to_string(count) +
         " times with identical arguments" + scope + " (max_identical_calls " +
         std::to_string(options.max_identical_calls) + ")";
}

LoopDetector::LoopDetector(const LoopDetectionOptions& options) : options_(options) {}

Status LoopDetector::Observe(std::string_view tool, std::string_view canonical_args) {
  if (!options_.enabled) return Status::Ok();
  std::string key = PairKey(tool, canonical_args);
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
  const std::string key = PairKey(tool, canonical_args);
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
  auto it = counts_.find(PairKey(tool, canonical_args));
  return it == counts_.end() ? 0 : it->second;
}

}  // namespace blastradius
