// CircuitBreaker: a small state machine behind one mutex. Open turns into half-open lazily,
// the first time anyone looks at the breaker after reset_timeout_ms on the injected clock.
#include "blastradius/circuit_breaker.h"

#include <algorithm>
#include <charconv>
#include <string>
#include <string_view>

namespace blastradius {

std::string_view BreakerStateName(BreakerState state) {
  switch (state) {
    case BreakerState::kClosed:
      return "closed";
    case BreakerState::kOpen:
      return "open";
    case BreakerState::kHalfOpen:
      return "half_open";
  }
  return "unknown_state";
}

namespace {

void AppendInt(std::string* out, int64_t value) {
  char digits[24];
  const std::to_chars_result end = std::to_chars(digits, digits + sizeof(digits), value);
  out->append(digits, end.ptr);
}

// Appends "circuit open after N consecutive failures; half-open in M ms": it is built on every
// call an open breaker refuses.
void AppendOpenMessage(std::string* message, int64_t failures, int64_t half_open_in_ms) {
  static constexpr std::string_view kAfter = "circuit open after ";
  static constexpr std::string_view kFailures = " consecutive failures; half-open in ";
  // Room for the digits, and for a caller's prefix (the guard's "circuit breaker open for
  // <tool>: ", written in front of it in place).
  message->reserve(message->size() + kAfter.size() + kFailures.size() + 2 * 20 + 3 + 64);
  message->append(kAfter);
  AppendInt(message, failures);
  message->append(kFailures);
  AppendInt(message, half_open_in_ms);
  message->append(" ms");
}

}  // namespace

CircuitBreaker::CircuitBreaker(const CircuitBreakerOptions& options) : options_(options) {}

void CircuitBreaker::MaybeHalfOpenLocked(int64_t now_ms) const {
  if (state_ != BreakerState::kOpen) return;
  if (now_ms - opened_at_ms_ < options_.reset_timeout_ms) return;
  state_ = BreakerState::kHalfOpen;
  probes_in_flight_ = 0;
}

Status CircuitBreaker::Admit(int64_t now_ms) {
  std::string refusal;
  if (Admit(now_ms, &refusal)) return Status::Ok();
  return Status::Unavailable(std::move(refusal));
}

bool CircuitBreaker::Admit(int64_t now_ms, std::string* refusal) {
  if (!options_.enabled) return true;
  std::lock_guard<std::mutex> lock(mu_);
  MaybeHalfOpenLocked(now_ms);
  switch (state_) {
    case BreakerState::kClosed:
      return true;
    case BreakerState::kOpen:
      AppendOpenMessage(refusal, consecutive_failures_,
                        opened_at_ms_ + options_.reset_timeout_ms - now_ms);
      return false;
    case BreakerState::kHalfOpen:
      break;
  }
  int max_probes = std::max(1, options_.half_open_probes);
  if (probes_in_flight_ >= max_probes) {
    refusal->append("circuit half-open: all " + std::to_string(max_probes) + " probe slots taken");
    return false;
  }
  ++probes_in_flight_;
  return true;
}

void CircuitBreaker::RecordSuccess(int64_t /*now_ms*/) {
  if (!options_.enabled) return;
  std::lock_guard<std::mutex> lock(mu_);
  // A success from a call admitted before the breaker opened proves nothing about now; only a
  // probe's success closes a half-open breaker.
  if (state_ == BreakerState::kOpen) return;
  if (state_ == BreakerState::kHalfOpen) {
    if (probes_in_flight_ == 0) return;
    state_ = BreakerState::kClosed;
    probes_in_flight_ = 0;
  }
  consecutive_failures_ = 0;
}

bool CircuitBreaker::RecordFailure(int64_t now_ms) {
  if (!options_.enabled) return false;
  std::lock_guard<std::mutex> lock(mu_);
  if (state_ == BreakerState::kOpen) return false;  // a straggler: already open
  ++consecutive_failures_;
  // Any failure while half-open reopens (fail closed); when closed, only the threshold does.
  if (state_ == BreakerState::kClosed &&
      consecutive_failures_ < std::max(1, options_.failure_threshold)) {
    return false;
  }
  state_ = BreakerState::kOpen;
  probes_in_flight_ = 0;
  opened_at_ms_ = now_ms;
  ++openings_;
  return true;
}

void CircuitBreaker::RecordNeutral(int64_t /*now_ms*/) {
  if (!options_.enabled) return;
  std::lock_guard<std::mutex> lock(mu_);
  if (state_ == BreakerState::kHalfOpen && probes_in_flight_ > 0) --probes_in_flight_;
}

BreakerState CircuitBreaker::State(int64_t now_ms) const {
  std::lock_guard<std::mutex> lock(mu_);
  MaybeHalfOpenLocked(now_ms);
  return state_;
}

int CircuitBreaker::consecutive_failures() const {
  std::lock_guard<std::mutex> lock(mu_);
  return consecutive_failures_;
}

int CircuitBreaker::openings() const {
  std::lock_guard<std::mutex> lock(mu_);
  return openings_;
}

}  // namespace blastradius
