// Fault injection by wrapping (Toxiproxy-style toxics, leveldb's FaultInjectionTestEnv idea):
// each FaultInjector is a ToolExecutor that wraps another and breaks one tool in one way — every
// kind of formats.md with its parameters. Injectors compose and stack: a FaultStack chains them,
// the first listed fault outermost. Probabilistic faults draw from the seeded Env, so each seed
// picks different faults and a seed replays exactly. The WireRecorder sits right under the guard
// and writes down every invocation that left the guard and what came back (the "wire"), which
// the invariant checkers read instead of the guard's own account.
// Not thread-safe: one stack per run.
#ifndef BLASTRADIUS_FAKES_FAULTS_H_
#define BLASTRADIUS_FAKES_FAULTS_H_

#include <cstdint>
#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/tool.h"

namespace blastradius::fakes {

// Every fault kind, in the order of formats.md.
const std::vector<std::string>& FaultKinds();

struct FaultSpec {
  std::string tool;
  std::string kind;
  // Which invocations of `tool` (1-based, counting retries and compensations; slow_compensation
  // counts compensations only) the fault hits. All given selectors must agree; none = every
  // invocation, except `crash` whose default is the first.
  std::vector<int64_t> at;
  int64_t every = 0;
  std::optional<double> probability;
  // fail
  std::string error = "injected failure";
  bool transient = false;
  // rate_limit
  int64_t max_calls = 1;
  int64_t per_ms = 1000;
  std::optional<int64_t> retry_after_ms;
  // latency (ms, jitter_ms), slow_compensation (ms: absent = until past the deadline)
  std::optional<int64_t> ms;
  int64_t jitter_ms = 0;
  // inject
  std::vector<std::string> payloads;  // one is drawn per hit
  std::string position = "middle";    // prefix | middle | suffix
  std::vector<std::string> obfuscate = {"none"};  // one is drawn per hit
  // oversize
  int64_t bytes = 65'536;
  // crash
  bool after = false;
};

// Whether `spec`'s selectors (`at`, `every`, `probability`, the crash default) pick the n-th
// invocation (1-based) of its tool; a probability draws once from `env`. The rule every
// FaultInjector applies, for injectors that live elsewhere (the MCP proxy's malformed replies).
bool FaultSelects(const FaultSpec& spec, int64_t n, Env* env);

// One fault that fired.
struct FaultEvent {
  std::string tool;
  std::string kind;
  std::string call_id;
  int attempt = 0;
  int64_t clock_ms = 0;
  std::string detail;  // e.g. the obfuscation used, the payload
};
Json FaultEventToJson(const FaultEvent& event);

// What crossed the guard/executor boundary in one invocation.
struct WireRecord {
  std::string run_id;
  std::string tool;
  std::string call_id;
  int attempt = 0;
  std::string compensates;
  Json args = Json::object();
  int64_t deadline_ms = 0;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  std::string outcome;  // ok | failed | unknown
  bool transient = false;
  bool rate_limited = false;
  bool timed_out = false;
  bool caller_error = false;
  std::string error;
  size_t output_bytes = 0;
};
// The record of one attempt that reached a tool: `args` as sent, timed from start_ms to end_ms.
WireRecord WireRecordOf(const Invocation& inv, Json args, int64_t start_ms, int64_t end_ms,
                        const ToolResult& result);
Json WireRecordToJson(const WireRecord& record);
WireRecord WireRecordFromJson(const Json& j);

// Called when a crash fault fires. In a chaos run it never returns (the process _exits).
using CrashHook = std::function<void(const Invocation& invocation, bool after_effect)>;

// Shared record of a run's faults and wire traffic.
struct RunRecorder {
  std::vector<FaultEvent> faults;
  std::vector<WireRecord> wire;
  // Called after each wire record is appended (e.g. to stream a trace). May be empty.
  std::function<void(const WireRecord&)> on_wire;
};

class FaultInjector : public ToolExecutor {
 public:
  // `inner`, `env` and `recorder` must outlive the injector. `crash` may be empty.
  FaultInjector(FaultSpec spec, ToolExecutor* inner, Env* env, RunRecorder* recorder,
                CrashHook crash);
  ToolResult Execute(const Invocation& invocation) override;
  // Forgets call counts and rate-limit windows (between seeds).
  void Reset();
  const FaultSpec& spec() const { return spec_; }

 private:
  bool Selected(int64_t n);
  void Note(const Invocation& inv, std::string detail);
  ToolResult Fail(const Invocation& inv);
  ToolResult RateLimit(const Invocation& inv);
  ToolResult Latency(const Invocation& inv);
  ToolResult Hang(const Invocation& inv);
  ToolResult Partial(const Invocation& inv);
  ToolResult Inject(const Invocation& inv);
  ToolResult LoopBait(const Invocation& inv);
  ToolResult Oversize(const Invocation& inv);
  ToolResult Garbage(const Invocation& inv);
  ToolResult Crash(const Invocation& inv);
  ToolResult SlowCompensation(const Invocation& inv);
  std::string Pick(const std::vector<std::string>& options);

  FaultSpec spec_;
  ToolExecutor* inner_;
  Env* env_;
  RunRecorder* recorder_;
  CrashHook crash_;
  int64_t count_ = 0;
  std::deque<int64_t> admitted_ms_;  // rate_limit window
};

// Writes every invocation and its result into the recorder; sits right under the guard.
class WireRecorder : public ToolExecutor {
 public:
  WireRecorder(ToolExecutor* inner, Env* env, RunRecorder* recorder)
      : inner_(inner), env_(env), recorder_(recorder) {}
  ToolResult Execute(const Invocation& invocation) override;

 private:
  ToolExecutor* inner_;
  Env* env_;
  RunRecorder* recorder_;
};

// Chains injectors over `base`: specs[0] is outermost. The stack owns its injectors.
class FaultStack : public ToolExecutor {
 public:
  FaultStack(const std::vector<FaultSpec>& specs, ToolExecutor* base, Env* env,
             RunRecorder* recorder, CrashHook crash);
  ToolResult Execute(const Invocation& invocation) override;
  void Reset();

 private:
  ToolExecutor* top_;
  std::vector<std::unique_ptr<FaultInjector>> injectors_;
};

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_FAULTS_H_
