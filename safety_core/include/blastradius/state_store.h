// StateStore: the guard state that a fleet of replicas must share — circuit breakers (one per
// tool), a run's limits (steps, attempts, cost, per-tool caps, duration, retry budget and loop
// window), budget counters per tenant per UTC day, the single-use ledger of approvals, and the
// records of open workflows (so that another replica can finish a dead one's rollback). Two
// implementations: in-process (NewInProcessStateStore: one process's limits, today's behaviour, the
// guard's default) and Redis (OpenRedisStateStore: every replica that names the same server and
// namespace shares one set of limits; docs/fleet.md).
//
// Contract every implementation keeps:
//   - AdmitAttempt is one atomic step: it checks the breaker and every limit and, only if all
//     pass, takes a half-open probe slot (if any) and charges every counter (and, for a new
//     step, the loop window). A refused attempt charges nothing. No interleaving of
//     AdmitAttempt calls from any number of replicas lets a counter pass its limit.
//   - A refusal by a run limit (not the breaker, the retry budget or a tenant cap) halts the run
//     for every replica: later attempts of the run are refused with kRunHalted, as one guard
//     halts a run.
//   - A workflow has one owner at a time: an owner's entries are refused once another owner
//     has claimed it, and a claim takes a workflow only after its owner's lease ended.
//   - ConsumeApproval returns true for a request id exactly once, whoever asks (the Redis store
//     remembers a used id for 7 days).
//   - A store that cannot answer returns a non-OK status (Unavailable: server unreachable or
//     timed out; Internal: an unexpected reply) and the caller fails closed: no attempt is
//     admitted on a budget that could not be charged, no approval is used that could not be
//     marked used. A reply lost after the server ran the update leaves it charged although
//     the caller refused the attempt: counters err on the strict side, never the loose one.
//   - Times are milliseconds on the clock the store names (clock()): callers that share a store
//     must pass the same timebase. The guard passes Env::NowMillis() to a kMonotonic store and
//     Env::EpochMillis() (wall clock, comparable between hosts) to a kWall one.
// Thread-safe: one store may serve many guards and threads.
#ifndef BLASTRADIUS_STATE_STORE_H_
#define BLASTRADIUS_STATE_STORE_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/circuit_breaker.h"
#include "blastradius/env.h"
#include "blastradius/journal.h"
#include "blastradius/loop_detector.h"
#include "blastradius/policy.h"
#include "blastradius/status.h"

namespace blastradius {

// One UTC day: floor(epoch_ms / 86'400'000). Tenant counters are kept per such day.
int64_t UtcDay(int64_t epoch_ms);

// What one attempt that is about to reach a tool must pass and will charge.
struct AttemptCharge {
  std::string tool;
  std::string run_id;
  int64_t cost_micros = 0;  // REQUIRES: >= 0
  int64_t now_ms = 0;       // on the store's clock()
  CircuitBreakerOptions breaker;
  // Run-wide caps shared by every replica that serves the run (nullopt = no cap).
  std::optional<int64_t> run_max_calls;
  std::optional<int64_t> run_max_cost_micros;
  // The run's other shared limits. `new_step`: the first attempt of an agent call (charges a
  // step and observes the loop window); `retry`: a later attempt (charges the retry budget).
  bool new_step = false;
  bool retry = false;
  std::optional<int64_t> run_max_steps;
  std::optional<int64_t> tool_max_calls;       // the run's cap on calls of `tool`
  std::optional<int64_t> run_max_retries;      // the run's retry budget
  std::optional<int64_t> run_max_duration_ms;  // from the run's first admission, store clock
  // Loop detection over the run's calls fleet-wide (observed when new_step): the pair is
  // (tool, canonical_args), the same as LoopDetector's.
  LoopDetectionOptions loop{false};
  // Read only when loop_key is absent or the store's CountsLoopsByKey() is false; the guard
  // leaves it empty otherwise. Must outlive the AdmitAttempt call.
  std::string_view canonical_args;
  // LoopDetector::KeyOf(tool, canonical_args) when the caller has it (the guard computes it
  // once per call for its own detector): the in-process store then counts by it without
  // hashing the arguments again. REQUIRES: exactly that key. Absent: the store computes it.
  std::optional<LoopDetector::PairKey> loop_key;
  // TransparentStringHash{}(run_id) and TransparentStringHash{}(tool) (manifest.h) when the
  // caller has them (the guard hashes a call's run id once per call and a tool's name once per
  // change of tool): the in-process store then finds the run, the tool's count and its breaker
  // without hashing the strings again. REQUIRES: exactly those hashes. Absent: the store
  // computes them.
  std::optional<size_t> run_id_hash;
  std::optional<size_t> tool_hash;
  // Optional per-tenant caps for the UTC day `day`; no tenant = no tenant counters.
  std::optional<TenantBudget> tenant;
  int64_t day = 0;
  // How long the run's counters outlive their last charge (a run that lasts longer is
  // counted afresh). The guard passes max_duration_ms plus a day.
  int64_t run_ttl_ms = 86'400'000;
};

// Which limit refused an attempt.
enum class AdmitVerdict {
  kAdmitted,
  kBreakerOpen,   // open, or half-open with every probe slot taken
  kRunCalls,      // run_max_calls reached
  kRunCost,       // run_max_cost_micros would be exceeded
  kTenantCalls,   // the tenant's max_calls_per_day reached
  kTenantCost,    // the tenant's max_cost_usd_per_day would be exceeded
  kRunSteps,      // run_max_steps reached
  kRunToolCalls,  // tool_max_calls reached
  kRunDuration,   // run_max_duration_ms passed since the run's first admission
  kLoop,          // the same call more than loop.max_identical_calls times in the window
  kRunRetries,    // the run's retry budget is spent (the attempt is not made; no halt)
  kRunHalted,     // an earlier refusal by a run limit halted the run fleet-wide
};
std::string_view AdmitVerdictName(AdmitVerdict verdict);  // "admitted", "breaker_open", ...

struct Admission {
  AdmitVerdict verdict = AdmitVerdict::kBreakerOpen;
  std::string reason;  // for the audit record and alerts when refused
  // Admitted while the breaker was closed with no counted failure (or disabled): a success of
  // this attempt would change nothing, so the guard does not report it (the allow path stays
  // one round trip). A failure another replica records meanwhile is then not reset by this
  // success: stricter, never looser.
  bool breaker_clean = false;
  bool admitted() const { return verdict == AdmitVerdict::kAdmitted; }
};

// How an admitted attempt ended, as far as the breaker is concerned.
enum class BreakerOutcome {
  kSuccess,  // closes a half-open breaker, resets the failure count
  kFailure,  // a counted failure (tool error, timeout, rate limit)
  kNeutral,  // says nothing about the tool's health: frees its probe slot only
};

// Counters as the store holds them (for tests, reports and docs). steps and retries are a
// run's only (0 for a tenant).
struct UsageCounters {
  int64_t calls = 0;
  int64_t cost_micros = 0;
  int64_t steps = 0;
  int64_t retries = 0;
};

class StateStore {
 public:
  enum class Clock { kMonotonic, kWall };

  virtual ~StateStore() = default;

  virtual Clock clock() const = 0;
  // "memory" or "redis://host:port/db (namespace NS)": for logs and alerts.
  virtual std::string Describe() const = 0;

  // The allow path: one atomic check-and-charge (see the contract above).
  virtual StatusOr<Admission> AdmitAttempt(const AttemptCharge& charge) = 0;
  // True if AdmitAttempt counts a loop by AttemptCharge::loop_key alone whenever it is given,
  // never reading canonical_args: the guard then builds no canonical text for the store. The
  // default, false, is the safe one (a shared store hashes the text itself: docs/fleet.md).
  virtual bool CountsLoopsByKey() const { return false; }
  // Reports the end of an attempt that AdmitAttempt admitted (a success may be left unreported
  // when the admission was breaker_clean). Returns true if this failure
  // opened the breaker (alert once per opening). A disabled breaker changes nothing.
  virtual StatusOr<bool> RecordOutcome(std::string_view tool, const CircuitBreakerOptions& breaker,
                                       BreakerOutcome outcome, int64_t now_ms) = 0;
  virtual StatusOr<BreakerState> BreakerStateOf(std::string_view tool,
                                                const CircuitBreakerOptions& breaker,
                                                int64_t now_ms) = 0;
  // Marks approval `request_id` used: true the first time anyone asks, false ever after.
  virtual StatusOr<bool> ConsumeApproval(std::string_view request_id) = 0;

  virtual StatusOr<UsageCounters> RunUsage(std::string_view run_id) = 0;
  virtual StatusOr<UsageCounters> TenantUsage(std::string_view tenant, int64_t day) = 0;
  // The run ended on this replica: an in-process store frees its counters; a shared store keeps
  // them (other replicas may serve the run) until their TTL.
  virtual void ForgetRun(std::string_view run_id) = 0;

  // Workflow handover (docs/fleet.md). A shared store keeps every journal entry of every open
  // workflow under its owner's lease, which ends at now_ms + lease_ms (store clock) and is
  // renewed by each entry; a terminal entry (committed, rolled_back, incident) closes the
  // workflow. FailedPrecondition when another owner holds the workflow (it took it over): the
  // writer is fenced off and must not act on the workflow. The in-process store keeps nothing
  // (the local journal and a restart of that process recover it): OK, and no claims.
  virtual Status AppendWorkflowEntry(const JournalEntry& entry, std::string_view owner,
                                     int64_t now_ms, int64_t lease_ms) = 0;
  // Takes over, atomically, up to `max` open workflows whose lease ended before now_ms: `owner`
  // holds them from now on (until now_ms + lease_ms, renewed by its entries), and no other
  // claimer gets them while that lease lasts. Returns what is left to undo in each (folded
  // from the journal entries, as RecoverJournal folds a file).
  virtual StatusOr<std::vector<UnfinishedTransaction>> ClaimAbandonedWorkflows(
      std::string_view owner, int64_t now_ms, int64_t lease_ms, int max) = 0;
};

// An owner id for one process incarnation of replica `replica`: "<replica>#<16 hex digits>"
// (from env->Random64). Never reuse an owner id after a restart: a restarted process must not
// act on the workflows its previous life owned through its local journal, which misses what
// happened since (a takeover it made may be only partly in its file); fenced off, it leaves
// them to ClaimAbandonedWorkflows once their lease ends, which reads the whole record.
std::string NewFleetOwnerId(Env* env, std::string_view replica);

// A journal mirror that writes every entry to `store` under `owner`'s lease (`lease_ms` from
// the entry's time on the store's clock, read from `env`). Give each replica (process) its own
// owner id, and claim with the same id (Guard::Recover then journals the takeover through it).
// The lease must outlast the longest quiet spell of an open workflow: the guard ends every
// call of a run by max_duration_ms, so that plus a margin (FleetWorkflowLeaseMs) is safe.
JournalMirror FleetJournalMirror(StateStore* store, Env* env, std::string owner, int64_t lease_ms);
// max_duration_ms + call_timeout_ms + 60 s (saturating), or 1 hour without a duration cap.
int64_t FleetWorkflowLeaseMs(const Policy& policy);

// Today's behaviour: state in this process only, breakers timed on the monotonic clock.
std::unique_ptr<StateStore> NewInProcessStateStore();

struct RedisStoreOptions {
  std::string host = "127.0.0.1";
  int port = 6379;
  int db = 0;
  std::string key_namespace = "blastradius";  // every key starts with "<namespace>:"
  int64_t connect_timeout_ms = 1000;          // at most kMaxRedisTimeoutMs
  int64_t command_timeout_ms = 1000;          // one round trip; at most kMaxRedisTimeoutMs
};
inline constexpr int64_t kMaxRedisTimeoutMs = 60'000;

// Connects and loads the scripts. Unavailable (naming the address) if the server cannot be
// reached now; InvalidArgument for bad options. After a successful open, a lost connection is
// retried on the next operation (one reconnect attempt per operation). If SIGPIPE is at its
// default disposition it is set to ignored, process-wide: a write to a connection the server
// dropped must return an error, not kill the process.
StatusOr<std::unique_ptr<StateStore>> OpenRedisStateStore(const RedisStoreOptions& options);

// "memory" -> in-process; "redis://host[:port][/db]" -> Redis (port 6379, db 0 by default).
// `key_namespace` names the Redis keys' namespace. InvalidArgument for anything else.
StatusOr<std::unique_ptr<StateStore>> OpenStateStore(
    std::string_view spec, const std::string& key_namespace = "blastradius");

}  // namespace blastradius

#endif  // BLASTRADIUS_STATE_STORE_H_
