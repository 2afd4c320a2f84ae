// CircuitBreaker: keeps calls away from a tool that keeps failing. Closed -> open after
// `failure_threshold` consecutive counted failures; open -> half-open after `reset_timeout_ms`
// (on the injected clock, never the wall clock); half-open lets `half_open_probes` calls through:
// a success closes it, a failure opens it again. Only tool and transport failures count (errors,
// timeouts, rate limits) — never the guard's own denials or the agent's argument errors.
// Thread-safe: one breaker per tool is shared by every run.
#ifndef BLASTRADIUS_CIRCUIT_BREAKER_H_
#define BLASTRADIUS_CIRCUIT_BREAKER_H_

#include <cstdint>
#include <mutex>
#include <string_view>

#include "blastradius/policy.h"
#include "blastradius/status.h"

namespace blastradius {

enum class BreakerState { kClosed, kOpen, kHalfOpen };
std::string_view BreakerStateName(BreakerState state);  // "closed", "open", "half_open"

class CircuitBreaker {
 public:
  explicit CircuitBreaker(const CircuitBreakerOptions& options);
  CircuitBreaker(const CircuitBreaker&) = delete;  // holds a mutex and shared state
  CircuitBreaker& operator=(const CircuitBreaker&) = delete;

  // Asks to let one call reach the tool at `now_ms`. OK: the caller must later report the
  // call's end with exactly one of RecordSuccess, RecordFailure or RecordNeutral.
  // Unavailable: open, or half-open with every probe slot taken.
  Status Admit(int64_t now_ms);
  // The same, without a Status: returns whether the call is admitted and, when it is not,
  // appends the refusal (Admit's message) to *refusal, so a caller that forwards it builds no
  // intermediate string.
  bool Admit(int64_t now_ms, std::string* refusal);
  void RecordSuccess(int64_t now_ms);
  // A counted failure. Returns true if this failure opened the breaker (alert once per opening).
  bool RecordFailure(int64_t now_ms);
  // An admitted call that ended in a way that says nothing about the tool's health (the
  // agent's argument error): frees its half-open probe slot, changes no count.
  void RecordNeutral(int64_t now_ms);

  BreakerState State(int64_t now_ms) const;
  int consecutive_failures() const;
  int openings() const;

 private:
  void MaybeHalfOpenLocked(int64_t now_ms) const;

  const CircuitBreakerOptions options_;
  mutable std::mutex mu_;
  mutable BreakerState state_ = BreakerState::kClosed;
  mutable int probes_in_flight_ = 0;
  int consecutive_failures_ = 0;
  int64_t opened_at_ms_ = 0;
  int openings_ = 0;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_CIRCUIT_BREAKER_H_
