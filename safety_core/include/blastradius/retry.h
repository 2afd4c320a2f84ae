// RetryPolicy and RetryBudget: when the guard retries a failed attempt by itself, and how long
// it waits first. Exponential backoff with full jitter (a uniform draw in [0, cap], cap =
// min(max_backoff, base * 2^(retry-1))) from the injected env's seeded randomness, never shorter
// than the server's retry_after when it is honoured. A tier-2/3 tool is never retried
// automatically unless the manifest marks it idempotent, and an unknown outcome is only retried
// for read-only or idempotent tools (a retry could apply the effect twice). The RetryBudget caps
// automatic retries across a whole run so that retries cannot storm.
// RetryPolicy is immutable and thread-safe; RetryBudget is not thread-safe (one per run).
#ifndef BLASTRADIUS_RETRY_H_
#define BLASTRADIUS_RETRY_H_

#include <cstdint>
#include <optional>

#include "blastradius/policy.h"
#include "blastradius/tool.h"

namespace blastradius {

class RetryPolicy {
 public:
  explicit RetryPolicy(const RetryOptions& options);

  // True if `result` of attempt number `attempt` (1-based) of `tool` may be retried
  // automatically: transient, attempts left, and the tool's tier allows it.
  bool ShouldRetry(const ToolSpec& tool, const ToolResult& result, int attempt) const;

  // How long to wait before retry number `retry` (1 = the first retry). `random` is a uniform
  // 64-bit draw. At least retry_after_ms when honoured (capped at max_retry_after_ms).
  int64_t BackoffMs(int retry, std::optional<int64_t> retry_after_ms, uint64_t random) const;

  // True if a server's retry_after hint is longer than we are willing to wait.
  bool RetryAfterTooLong(std::optional<int64_t> retry_after_ms) const;

  const RetryOptions& options() const { return options_; }

 private:
  RetryOptions options_;
};

class RetryBudget {
 public:
  explicit RetryBudget(int max_retries) : remaining_(max_retries) {}
  // Takes one retry from the budget; false when none is left.
  bool TryConsume() {
    if (remaining_ <= 0) return false;
    --remaining_;
    return true;
  }
  int remaining() const { return remaining_; }

 private:
  int remaining_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_RETRY_H_
