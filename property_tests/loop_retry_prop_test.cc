// Properties of the loop detector and the retry policy.
// Loop detector: a model-based check over random call sequences drawn from a small alphabet of
// (tool, arguments) pairs (so repeats are common), with random limits and windows; argument
// objects that differ only in key order are the same call.
// Retry: no retry beyond max_attempts, of a non-transient result, of a tier-2/3 tool that is not
// idempotent, or of an unknown outcome of a writing tool that is not idempotent; backoff within
// its jittered cap and never shorter than an honoured retry_after; the retry budget never hands
// out more retries than it holds.
#include <gtest/gtest.h>
#include <rapidcheck.h>
#include <rapidcheck/gtest.h>
#include <rapidcheck/state.h>

#include <algorithm>
#include <deque>
#include <map>
#include <ostream>
#include <string>

#include "blastradius/json_reader.h"
#include "blastradius/loop_detector.h"
#include "blastradius/retry.h"
#include "show.h"

namespace blastradius {
namespace {

// ---------------------------------------------------------------- loop detector

struct LoopModel {
  LoopDetectionOptions options;
  std::deque<std::string> recent;  // every call when window == 0
};

struct LoopSut {
  explicit LoopSut(const LoopDetectionOptions& options) : detector(options) {}
  LoopDetector detector;
};

using LoopCommand = rc::state::Command<LoopModel, LoopSut>;

int ModelCount(const LoopModel& m, const std::string& key) {
  return static_cast<int>(std::count(m.recent.begin(), m.recent.end(), key));
}

// Two spellings of the same arguments: key order must not matter.
Json ArgsFor(int which, bool reversed) {
  Json args = Json::object();
  if (reversed) {
    args["q"] = which;
    args["customer"] = "c" + std::to_string(which % 2);
  } else {
    args["customer"] = "c" + std::to_string(which % 2);
    args["q"] = which;
  }
  return args;
}

struct Observe : LoopCommand {
  std::string tool = *rc::gen::element<std::string>("search", "refund");
  int which = *rc::gen::inRange(0, 3);
  bool reversed = *rc::gen::arbitrary<bool>();

  std::string Key() const { return tool + '\0' + CanonicalJson(ArgsFor(which, false)); }
  void apply(LoopModel& m) const override {
    if (!m.options.enabled) return;
    m.recent.push_back(Key());
    if (m.options.window > 0 && static_cast<int>(m.recent.size()) > m.options.window) {
      m.recent.pop_front();
    }
  }
  void run(const LoopModel& m, LoopSut& sut) const override {
    LoopModel after = m;
    apply(after);
    const std::string canonical = CanonicalJson(ArgsFor(which, reversed));
    Status st = sut.detector.Observe(tool, canonical);
    const bool loop = m.options.enabled && ModelCount(after, Key()) > m.options.max_identical_calls;
    RC_ASSERT(st.ok() == !loop);
    if (!st.ok()) RC_ASSERT(st.code() == StatusCode::kResourceExhausted);
    if (m.options.enabled)
      RC_ASSERT(sut.detector.Count(tool, canonical) == ModelCount(after, Key()));
  }
  void show(std::ostream& os) const override {
    os << "Observe(" << tool << ", " << CanonicalJson(ArgsFor(which, reversed)) << ")";
  }
};

RC_GTEST_PROP(LoopDetectorProperty, FlagsExactlyTheCallsOverTheLimit, ()) {
  LoopModel model;
  model.options.enabled = *rc::gen::weightedElement<bool>({{9, true}, {1, false}}).as("enabled");
  model.options.max_identical_calls = *rc::gen::inRange(1, 5).as("max_identical_calls");
  model.options.window = *rc::gen::element(0, 0, 1, 2, 3, 5, 8).as("window");
  LoopSut sut(model.options);
  rc::state::check(model, sut, rc::state::gen::execOneOfWithArgs<Observe>());
}

// ---------------------------------------------------------------- retry policy

RetryOptions GenRetryOptions() {
  RetryOptions o;
  o.max_attempts = *rc::gen::inRange(1, 6).as("max_attempts");
  o.base_backoff_ms = *rc::gen::inRange<int64_t>(1, 500).as("base_backoff_ms");
  o.max_backoff_ms = o.base_backoff_ms + *rc::gen::inRange<int64_t>(0, 20'000).as("max-base");
  o.honour_retry_after = *rc::gen::arbitrary<bool>().as("honour_retry_after");
  o.max_retry_after_ms = *rc::gen::inRange<int64_t>(0, 120'000).as("max_retry_after_ms");
  o.retry_budget = *rc::gen::inRange(0, 20).as("retry_budget");
  return o;
}

RC_GTEST_PROP(RetryPolicyProperty, NeverRetriesWhatItMustNot, ()) {
  const RetryOptions options = GenRetryOptions();
  RetryPolicy policy(options);
  ToolSpec tool;
  tool.name = "t";
  tool.tier = static_cast<Tier>(*rc::gen::inRange(0, 4).as("tier"));
  tool.idempotent = *rc::gen::arbitrary<bool>().as("idempotent");
  ToolResult result;
  result.outcome = *rc::gen::element(Outcome::kOk, Outcome::kFailed, Outcome::kUnknown);
  RC_TAG(OutcomeName(result.outcome));
  result.transient = *rc::gen::arbitrary<bool>().as("transient");
  result.rate_limited = *rc::gen::arbitrary<bool>().as("rate_limited");
  result.timed_out = result.outcome == Outcome::kUnknown && *rc::gen::arbitrary<bool>();
  const int attempt = *rc::gen::inRange(1, 8).as("attempt");

  const bool retry = policy.ShouldRetry(tool, result, attempt);
  const int tier = static_cast<int>(tool.tier);
  if (retry) {
    RC_ASSERT(attempt < options.max_attempts);
    RC_ASSERT(result.outcome != Outcome::kOk);
    RC_ASSERT(result.transient);
    RC_ASSERT(tier <= 1 || tool.idempotent);
    if (result.outcome == Outcome::kUnknown) RC_ASSERT(tier == 0 || tool.idempotent);
  }
  // And it does retry what it safely can: a transient definite failure of a read.
  if (tier == 0 && result.outcome == Outcome::kFailed && result.transient &&
      attempt < options.max_attempts) {
    RC_ASSERT(retry);
  }
}

RC_GTEST_PROP(RetryPolicyProperty, BackoffWithinCapAndNeverShorterThanRetryAfter, ()) {
  const RetryOptions options = GenRetryOptions();
  RetryPolicy policy(options);
  const int retry = *rc::gen::inRange(1, 40).as("retry");
  const auto hint = *rc::gen::maybe(rc::gen::inRange<int64_t>(0, 150'000)).as("retry_after_ms");
  std::optional<int64_t> retry_after;
  if (hint) retry_after = *hint;
  const uint64_t random = *rc::gen::arbitrary<uint64_t>().as("random");

  const int64_t backoff = policy.BackoffMs(retry, retry_after, random);
  // cap = min(max_backoff, base * 2^(retry-1)), computed without overflow.
  int64_t cap = options.base_backoff_ms;
  for (int i = 1; i < retry && cap < options.max_backoff_ms; ++i) cap *= 2;
  cap = std::min(cap, options.max_backoff_ms);
  RC_ASSERT(backoff >= 0);
  int64_t floor = 0;
  if (retry_after && options.honour_retry_after) {
    floor = std::min(*retry_after, options.max_retry_after_ms);
  }
  RC_ASSERT(backoff >= floor);
  RC_ASSERT(backoff <= std::max(cap, floor));
  if (options.honour_retry_after && retry_after) {
    if (*retry_after > options.max_retry_after_ms) RC_ASSERT(policy.RetryAfterTooLong(retry_after));
    if (*retry_after < options.max_retry_after_ms)
      RC_ASSERT(!policy.RetryAfterTooLong(retry_after));
  }
  if (!retry_after) RC_ASSERT(!policy.RetryAfterTooLong(retry_after));
}

RC_GTEST_PROP(RetryBudgetProperty, NeverGrantsMoreThanItHolds, ()) {
  const int max_retries = *rc::gen::inRange(0, 30).as("max_retries");
  const int asks = *rc::gen::inRange(0, 60).as("asks");
  RetryBudget budget(max_retries);
  int granted = 0;
  for (int i = 0; i < asks; ++i) {
    if (budget.TryConsume()) ++granted;
    RC_ASSERT(budget.remaining() >= 0);
  }
  RC_ASSERT(granted == std::min(asks, max_retries));
  RC_ASSERT(budget.remaining() == max_retries - granted);
}

}  // namespace
}  // namespace blastradius
