// Model-based property of CircuitBreaker: random sequences of call outcomes (success, failure,
// rate limit, timeout, the agent's argument error, a guard denial that never reaches the
// breaker), clock advances and half-open probes held in flight, applied to the real breaker and
// to a small model beside it. After every command the state, the admit/deny decisions and the
// number of openings match; no call is admitted while open; exactly one alert per opening.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <rapidcheck/state.h>

#include <memory>
#include <ostream>

#include "blastradius/circuit_breaker.h"
#include "show.h"

namespace blastradius {
namespace {

enum class CallEnd { kSuccess, kFailure, kRateLimited, kTimeout, kCallerError };

const char* CallEndName(CallEnd end) {
  switch (end) {
    case CallEnd::kSuccess:
      return "success";
    case CallEnd::kFailure:
      return "failure";
    case CallEnd::kRateLimited:
      return "rate_limited";
    case CallEnd::kTimeout:
      return "timeout";
    case CallEnd::kCallerError:
      return "caller_error";
  }
  return "?";
}

struct BreakerModel {
  CircuitBreakerOptions options;
  int64_t now = 0;
  BreakerState state = BreakerState::kClosed;
  int failures = 0;
  int64_t opened_at = 0;
  int probes = 0;  // half-open slots taken
  int openings = 0;
  int alerts = 0;  // RecordFailure calls that returned true
  int held = 0;    // admitted calls not yet reported

  BreakerState StateAt(int64_t t) const {
    if (state == BreakerState::kOpen && t - opened_at >= options.reset_timeout_ms) {
      return BreakerState::kHalfOpen;
    }
    return state;
  }
  void Settle() {
    if (StateAt(now) != state) {
      state = BreakerState::kHalfOpen;
      probes = 0;
    }
  }
  bool Admit() {
    Settle();
    if (state == BreakerState::kClosed) return true;
    if (state == BreakerState::kOpen || probes >= options.half_open_probes) return false;
    ++probes;
    return true;
  }
  void Success() {
    Settle();
    if (state == BreakerState::kOpen) return;  // a stale call says nothing once open
    state = BreakerState::kClosed;
    failures = 0;
    probes = 0;
  }
  bool Failure() {
    Settle();
    if (state == BreakerState::kOpen) return false;
    ++failures;
    if (state == BreakerState::kHalfOpen || failures >= options.failure_threshold) {
      state = BreakerState::kOpen;
      opened_at = now;
      probes = 0;
      ++openings;
      return true;
    }
    return false;
  }
  void Neutral() {
    Settle();
    if (state == BreakerState::kHalfOpen && probes > 0) --probes;
  }
  // Reports how a call ended; returns true if this opened the breaker.
  bool End(CallEnd end) {
    switch (end) {
      case CallEnd::kSuccess:
        Success();
        return false;
      case CallEnd::kCallerError:
        Neutral();
        return false;
      default:
        return Failure();
    }
  }
};

struct BreakerSut {
  explicit BreakerSut(const CircuitBreakerOptions& options) : breaker(options) {}
  CircuitBreaker breaker;
  int64_t now = 0;
  int alerts = 0;
  int held = 0;
};

using Command = rc::state::Command<BreakerModel, BreakerSut>;

bool End(BreakerSut& sut, CallEnd end) {
  switch (end) {
    case CallEnd::kSuccess:
      sut.breaker.RecordSuccess(sut.now);
      return false;
    case CallEnd::kCallerError:
      sut.breaker.RecordNeutral(sut.now);
      return false;
    default:
      return sut.breaker.RecordFailure(sut.now);
  }
}

void CheckAgainstModel(const BreakerModel& m, const BreakerSut& sut) {
  RC_ASSERT(sut.breaker.State(sut.now) == m.StateAt(m.now));
  RC_ASSERT(sut.breaker.openings() == m.openings);
  RC_ASSERT(sut.alerts == m.alerts);
  RC_ASSERT(sut.alerts == sut.breaker.openings());  // exactly one alert per opening
}

// One call from start to end: Admit, then (if admitted) the outcome.
struct Call : Command {
  CallEnd end = *rc::gen::element(CallEnd::kSuccess, CallEnd::kFailure, CallEnd::kRateLimited,
                                  CallEnd::kTimeout, CallEnd::kCallerError);
  void apply(BreakerModel& m) const override {
    if (m.Admit() && m.End(end)) ++m.alerts;
  }
  void run(const BreakerModel& m, BreakerSut& sut) const override {
    BreakerModel expect = m;
    const bool admitted = expect.Admit();
    const BreakerState before = sut.breaker.State(sut.now);
    Status st = sut.breaker.Admit(sut.now);
    RC_ASSERT(st.ok() == admitted);
    if (before == BreakerState::kOpen) RC_ASSERT(!st.ok());  // never admitted while open
    if (!st.ok()) {
      RC_ASSERT(st.code() == StatusCode::kUnavailable);
      return;
    }
    if (End(sut, end)) ++sut.alerts;
    BreakerModel after = m;
    apply(after);
    CheckAgainstModel(after, sut);
  }
  void show(std::ostream& os) const override { os << "Call(" << CallEndName(end) << ")"; }
};

// The guard refused the call before the breaker (budget, loop, approval): nothing reaches the
// breaker and nothing may change.
struct GuardDenial : Command {
  void apply(BreakerModel&) const override {}
  void run(const BreakerModel& m, BreakerSut& sut) const override { CheckAgainstModel(m, sut); }
  void show(std::ostream& os) const override { os << "GuardDenial"; }
};

struct AdvanceClock : Command {
  explicit AdvanceClock(const BreakerModel& m)
      : ms(*rc::gen::oneOf(rc::gen::inRange<int64_t>(0, 5),
                           rc::gen::inRange<int64_t>(0, 2 * m.options.reset_timeout_ms + 1),
                           rc::gen::just(m.options.reset_timeout_ms))) {}
  int64_t ms;
  void checkPreconditions(const BreakerModel& m) const override {
    // Stale calls from an earlier half-open period are released before time moves on.
    RC_PRE(m.held == 0 || m.StateAt(m.now) == BreakerState::kHalfOpen);
  }
  void apply(BreakerModel& m) const override { m.now += ms; }
  void run(const BreakerModel& m, BreakerSut& sut) const override {
    sut.now += ms;
    BreakerModel after = m;
    apply(after);
    CheckAgainstModel(after, sut);
  }
  void show(std::ostream& os) const override { os << "Advance(" << ms << "ms)"; }
};

// Admits a call and keeps it in flight (a slow probe, another run's call).
struct HoldCall : Command {
  void checkPreconditions(const BreakerModel& m) const override {
    RC_PRE(m.StateAt(m.now) == BreakerState::kHalfOpen);
  }
  void apply(BreakerModel& m) const override {
    if (m.Admit()) ++m.held;
  }
  void run(const BreakerModel& m, BreakerSut& sut) const override {
    BreakerModel expect = m;
    const bool admitted = expect.Admit();
    Status st = sut.breaker.Admit(sut.now);
    RC_ASSERT(st.ok() == admitted);  // at most half_open_probes in flight
    if (st.ok()) ++sut.held;
    CheckAgainstModel(expect, sut);
  }
  void show(std::ostream& os) const override { os << "HoldCall"; }
};

// The oldest held probe ends while still half-open: it decides the breaker's fate.
struct EndProbe : Command {
  CallEnd end = *rc::gen::element(CallEnd::kSuccess, CallEnd::kFailure, CallEnd::kTimeout,
                                  CallEnd::kCallerError);
  void checkPreconditions(const BreakerModel& m) const override {
    RC_PRE(m.held > 0 && m.StateAt(m.now) == BreakerState::kHalfOpen);
  }
  void apply(BreakerModel& m) const override {
    --m.held;
    if (m.End(end)) ++m.alerts;
  }
  void run(const BreakerModel& m, BreakerSut& sut) const override {
    --sut.held;
    if (End(sut, end)) ++sut.alerts;
    BreakerModel after = m;
    apply(after);
    CheckAgainstModel(after, sut);
  }
  void show(std::ostream& os) const override { os << "EndProbe(" << CallEndName(end) << ")"; }
};

// A held call ends neutrally after another probe already decided (closed or open again).
struct ReleaseStale : Command {
  void checkPreconditions(const BreakerModel& m) const override {
    RC_PRE(m.held > 0 && m.StateAt(m.now) != BreakerState::kHalfOpen);
  }
  void apply(BreakerModel& m) const override {
    --m.held;
    m.Neutral();
  }
  void run(const BreakerModel& m, BreakerSut& sut) const override {
    --sut.held;
    sut.breaker.RecordNeutral(sut.now);
    BreakerModel after = m;
    apply(after);
    CheckAgainstModel(after, sut);
  }
  void show(std::ostream& os) const override { os << "ReleaseStale"; }
};

RC_GTEST_PROP(CircuitBreakerProperty, MatchesModelAndNeverAdmitsWhileOpen, ()) {
  BreakerModel model;
  model.options.failure_threshold = *rc::gen::inRange(1, 6).as("failure_threshold");
  model.options.reset_timeout_ms = *rc::gen::inRange<int64_t>(1, 1000).as("reset_timeout_ms");
  model.options.half_open_probes = *rc::gen::inRange(1, 4).as("half_open_probes");
  BreakerSut sut(model.options);
  rc::state::check(model, sut,
                   rc::state::gen::execOneOfWithArgs<Call, Call, GuardDenial, AdvanceClock,
                                                     HoldCall, EndProbe, ReleaseStale>());
}

}  // namespace
}  // namespace blastradius
