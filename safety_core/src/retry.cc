// RetryPolicy: which failed attempts the guard may repeat by itself, and the full-jitter backoff
// before each repeat. Conservative by design: anything that could apply a side effect twice is
// left to the agent or a human.
#include "blastradius/retry.h"

#include <algorithm>

namespace blastradius {
namespace {

// May a definite failure of this tool be retried? Tiers 0-1 yes; 2-3 only if idempotent.
bool TierAllowsRetry(const ToolSpec& tool) {
  return tool.tier == Tier::kReadOnly || tool.tier == Tier::kReversible || tool.idempotent;
}

// May an unknown outcome (the effect may have happened) be retried?
bool UnknownAllowsRetry(const ToolSpec& tool) {
  return tool.tier == Tier::kReadOnly || tool.idempotent;
}

}  // namespace

RetryPolicy::RetryPolicy(const RetryOptions& options) : options_(options) {}

bool RetryPolicy::ShouldRetry(const ToolSpec& tool, const ToolResult& result, int attempt) const {
  if (result.outcome == Outcome::kOk) return false;
  if (!result.transient || result.caller_error) return false;
  if (attempt >= options_.max_attempts) return false;
  if (RetryAfterTooLong(result.retry_after_ms)) return false;
  if (!TierAllowsRetry(tool)) return false;
  return result.outcome != Outcome::kUnknown || UnknownAllowsRetry(tool);
}

// A hint longer than we would wait means "not soon": retrying earlier would only add load,
// so this holds whether or not hints are honoured for the backoff.
bool RetryPolicy::RetryAfterTooLong(std::optional<int64_t> retry_after_ms) const {
  return retry_after_ms.has_value() && *retry_after_ms > options_.max_retry_after_ms;
}

int64_t RetryPolicy::BackoffMs(int retry, std::optional<int64_t> retry_after_ms,
                               uint64_t random) const {
  const int64_t max_backoff = std::max<int64_t>(0, options_.max_backoff_ms);
  const int64_t base = std::clamp<int64_t>(options_.base_backoff_ms, 0, max_backoff);
  const int shift = std::max(retry, 1) - 1;
  // cap = min(max_backoff, base * 2^shift), computed without overflowing.
  int64_t cap = max_backoff;
  if (shift < 63 && base <= (max_backoff >> shift)) cap = base << shift;
  int64_t wait = static_cast<int64_t>(random % (static_cast<uint64_t>(cap) + 1));
  if (options_.honour_retry_after && retry_after_ms.has_value()) {
    wait = std::max(wait, std::clamp<int64_t>(*retry_after_ms, 0,
                                              std::max<int64_t>(0, options_.max_retry_after_ms)));
  }
  return wait;
}

}  // namespace blastradius
