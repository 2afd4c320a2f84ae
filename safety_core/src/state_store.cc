// The in-process StateStore (runs' counters in shards, each under its own mutex; breakers,
// tenants and approvals under one more; breakers are today's CircuitBreaker),
// the shared verdict texts, and the "memory" / "redis://" selector.
#include "blastradius/state_store.h"

#include <array>
#include <atomic>
#include <cassert>
#include <charconv>
#include <cstdio>
#include <functional>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "blastradius/loop_detector.h"
#include "blastradius/manifest.h"  // TransparentStringHash
#include "saturating.h"
#include "state_store_internal.h"

namespace blastradius {

int64_t UtcDay(int64_t epoch_ms) {
  constexpr int64_t kDayMs = 86'400'000;
  return epoch_ms >= 0 ? epoch_ms / kDayMs : -((-(epoch_ms + 1)) / kDayMs) - 1;
}

std::string_view AdmitVerdictName(AdmitVerdict verdict) {
  switch (verdict) {
    case AdmitVerdict::kAdmitted:
      return "admitted";
    case AdmitVerdict::kBreakerOpen:
      return "breaker_open";
    case AdmitVerdict::kRunCalls:
      return "run_calls";
    case AdmitVerdict::kRunCost:
      return "run_cost";
    case AdmitVerdict::kTenantCalls:
      return "tenant_calls";
    case AdmitVerdict::kTenantCost:
      return "tenant_cost";
    case AdmitVerdict::kRunSteps:
      return "run_steps";
    case AdmitVerdict::kRunToolCalls:
      return "run_tool_calls";
    case AdmitVerdict::kRunDuration:
      return "run_duration";
    case AdmitVerdict::kLoop:
      return "loop";
    case AdmitVerdict::kRunRetries:
      return "run_retries";
    case AdmitVerdict::kRunHalted:
      return "run_halted";
  }
  return "unknown_verdict";
}

namespace state_internal {

bool HaltsRun(AdmitVerdict verdict) {
  switch (verdict) {
    case AdmitVerdict::kAdmitted:
    case AdmitVerdict::kBreakerOpen:
    case AdmitVerdict::kRunRetries:
    case AdmitVerdict::kRunHalted:
    case AdmitVerdict::kTenantCalls:  // a tenant's limit, not the run's: cheaper calls may pass
    case AdmitVerdict::kTenantCost:
      return false;
    case AdmitVerdict::kRunCalls:
    case AdmitVerdict::kRunCost:
    case AdmitVerdict::kRunSteps:
    case AdmitVerdict::kRunToolCalls:
    case AdmitVerdict::kRunDuration:
    case AdmitVerdict::kLoop:
      return true;
  }
  return true;
}

std::optional<Admission> CheckLimits(const AttemptCharge& c, const RunView& run,
                                     const UsageCounters& tenant) {
  auto refuse = [](AdmitVerdict v, std::string reason) { return Admission{v, std::move(reason)}; };
  auto reached = [](std::string_view name, int64_t limit, int64_t used, std::string_view what) {
    return std::string(name) + ": limit " + std::to_string(limit) + " reached fleet-wide (" +
           std::to_string(used) + " " + std::string(what) + " used)";
  };
  if (run.halted != AdmitVerdict::kAdmitted) {
    return refuse(AdmitVerdict::kRunHalted, "run halted fleet-wide earlier (" +
                                                std::string(AdmitVerdictName(run.halted)) + ")");
  }
  if (c.run_max_duration_ms && run.started_ms) {
    const int64_t elapsed = SaturatingSub(c.now_ms, *run.started_ms);
    if (elapsed >= *c.run_max_duration_ms) {
      return refuse(AdmitVerdict::kRunDuration,
                    reached("max_duration_ms", *c.run_max_duration_ms, elapsed,
                            "ms since the run's first call on any replica"));
    }
  }
  if (c.new_step && c.run_max_steps && run.usage.steps >= *c.run_max_steps) {
    return refuse(AdmitVerdict::kRunSteps,
                  reached("max_steps", *c.run_max_steps, run.usage.steps, "steps"));
  }
  if (c.new_step && c.loop.enabled && run.loop_count > c.loop.max_identical_calls) {
    return refuse(AdmitVerdict::kLoop, LoopMessage(c.tool, run.loop_count, c.loop) + " fleet-wide");
  }
  if (c.retry && c.run_max_retries && run.usage.retries >= *c.run_max_retries) {
    return refuse(AdmitVerdict::kRunRetries,
                  reached("retry_budget", *c.run_max_retries, run.usage.retries, "retries"));
  }
  if (c.run_max_calls && run.usage.calls >= *c.run_max_calls) {
    return refuse(AdmitVerdict::kRunCalls,
                  reached("max_tool_calls", *c.run_max_calls, run.usage.calls, "calls"));
  }
  if (c.tool_max_calls && run.tool_calls >= *c.tool_max_calls) {
    return refuse(AdmitVerdict::kRunToolCalls,
                  reached("per_tool." + c.tool, *c.tool_max_calls, run.tool_calls, "calls"));
  }
  if (c.run_max_cost_micros && c.cost_micros > *c.run_max_cost_micros - run.usage.cost_micros) {
    return refuse(AdmitVerdict::kRunCost,
                  "max_cost_micros: limit " + std::to_string(*c.run_max_cost_micros) +
                      " would be exceeded fleet-wide (" + std::to_string(run.usage.cost_micros) +
                      " used + " + std::to_string(c.cost_micros) + " for " + c.tool + ")");
  }
  if (!c.tenant) return std::nullopt;
  const TenantBudget& t = *c.tenant;
  if (t.max_calls_per_day && tenant.calls >= *t.max_calls_per_day) {
    return refuse(AdmitVerdict::kTenantCalls,
                  "tenant_budget.max_calls_per_day: limit " + std::to_string(*t.max_calls_per_day) +
                      " reached for tenant " + t.tenant + " on UTC day " + std::to_string(c.day));
  }
  if (t.max_cost_micros_per_day &&
      c.cost_micros > *t.max_cost_micros_per_day - tenant.cost_micros) {
    return refuse(AdmitVerdict::kTenantCost, "tenant_budget.max_cost_usd_per_day: limit " +
                                                 std::to_string(*t.max_cost_micros_per_day) +
                                                 " micro-dollars would be exceeded for tenant " +
                                                 t.tenant + " on UTC day " + std::to_string(c.day) +
                                                 " (" + std::to_string(tenant.cost_micros) +
                                                 " used + " + std::to_string(c.cost_micros) + ")");
  }
  return std::nullopt;
}

}  // namespace state_internal

namespace {

// One run's admitted attempts per tool, flat: a tool's first call in a run adds an entry to a
// vector that grows by doubling (no node allocated per tool, as a hash map would), and a lookup
// compares the stored hashes of the entries while there are at most kScanned, then probes an
// index of positions (load <= 1/2), so it stays O(1) however many tools a run calls.
class ToolCallCounts {
 public:
  // The count of `tool` (hashed to `hash`), null when the run has not called it.
  int64_t* Find(std::string_view tool, size_t hash) {
    if (index_.empty()) {
      for (Entry& e : entries_) {
        if (e.hash == hash && e.tool == tool) return &e.calls;
      }
      return nullptr;
    }
    const size_t mask = index_.size() - 1;
    for (size_t at = hash & mask; index_[at] != 0; at = (at + 1) & mask) {
      Entry& e = entries_[index_[at] - 1];
      if (e.hash == hash && e.tool == tool) return &e.calls;
    }
    return nullptr;
  }
  // Adds `tool` with one call. REQUIRES: Find(tool, hash) is null.
  void AddFirstCall(std::string_view tool, size_t hash) {
    if (entries_.empty()) entries_.reserve(kScanned / 2);
    entries_.push_back(Entry{hash, std::string(tool), 1});
    if (entries_.size() <= kScanned) return;
    if (2 * entries_.size() > index_.size()) {
      size_t slots = 4 * kScanned;
      while (slots < 2 * entries_.size()) slots *= 2;
      index_.assign(slots, 0);
      for (size_t i = 0; i + 1 < entries_.size(); ++i) Place(i);
    }
    Place(entries_.size() - 1);
  }

 private:
  static constexpr size_t kScanned = 16;
  struct Entry {
    size_t hash;
    std::string tool;
    int64_t calls;
  };
  void Place(size_t i) {
    const size_t mask = index_.size() - 1;
    size_t at = entries_[i].hash & mask;
    while (index_[at] != 0) at = (at + 1) & mask;
    index_[at] = static_cast<uint32_t>(i + 1);
  }
  std::vector<Entry> entries_;
  std::vector<uint32_t> index_;  // empty while entries_.size() <= kScanned; else positions + 1
};

class InProcessStateStore : public StateStore {
 public:
  Clock clock() const override { return Clock::kMonotonic; }
  std::string Describe() const override { return "memory"; }

  bool CountsLoopsByKey() const override { return true; }

  StatusOr<Admission> AdmitAttempt(const AttemptCharge& c) override {
    if (c.cost_micros < 0) return Status::InvalidArgument("negative cost");
    assert(!c.run_id_hash || *c.run_id_hash == TransparentStringHash{}(c.run_id));
    assert(!c.tool_hash || *c.tool_hash == TransparentStringHash{}(c.tool));
    const size_t run_hash = c.run_id_hash ? *c.run_id_hash : TransparentStringHash{}(c.run_id);
    RunShard& shard = ShardOfHash(run_hash);
    std::lock_guard<std::mutex> run_lock(shard.mu);
    // The state every run shares (tenant counters, breakers) is locked only when this attempt
    // reads it: a tenant is charged, or some breaker is unclean. Reading no breaker while none
    // is unclean is the same as admitting before any later outcome is recorded (an admission
    // leaves a clean breaker as it was), so the check and charge stay atomic.
    const bool check_breaker =
        c.breaker.enabled && unclean_breakers_.load(std::memory_order_acquire) > 0;
    std::unique_lock<std::mutex> shared_lock(mu_, std::defer_lock);
    if (c.tenant || check_breaker) shared_lock.lock();
    auto run_at = shard.runs.find(PrehashedKey{c.run_id, run_hash});
    if (run_at == shard.runs.end()) run_at = shard.runs.try_emplace(c.run_id).first;
    RunEntry& run = run_at->second;
    UsageCounters no_tenant;
    UsageCounters& tenant = c.tenant ? TenantLocked(c.tenant->tenant, c.day) : no_tenant;
    const size_t tool_hash = c.tool_hash ? *c.tool_hash : TransparentStringHash{}(c.tool);
    int64_t* const tool_calls = run.tool_calls.Find(c.tool, tool_hash);
    const bool observe_loop = c.new_step && c.loop.enabled;
    if (observe_loop && !run.loop) run.loop = std::make_unique<LoopDetector>(c.loop);
    // The pair's fingerprint, the guard's own when it handed one over (one hash per call).
    const LoopDetector::PairKey loop_key = !observe_loop ? LoopDetector::PairKey{}
                                           : c.loop_key
                                               ? *c.loop_key
                                               : LoopDetector::KeyOf(c.tool, c.canonical_args);
    state_internal::RunView view{run.usage, tool_calls ? *tool_calls : 0, run.started_ms,
                                 observe_loop ? run.loop->CountIfObserved(loop_key) : 0,
                                 run.halted};
    if (std::optional<Admission> refused = state_internal::CheckLimits(c, view, tenant)) {
      if (state_internal::HaltsRun(refused->verdict)) run.halted = refused->verdict;
      return *refused;
    }
    bool clean = true;
    // With every breaker clean, this tool's (if it has one yet) is closed with no counted
    // failure: it would admit and stay as it is, so it is not looked up (see unclean_breakers_).
    if (check_breaker) {
      CircuitBreaker& b = BreakerLocked(PrehashedKey{c.tool, tool_hash}, c.breaker);
      clean = IsClean(b, c.now_ms);
      Admission refused{AdmitVerdict::kBreakerOpen, ""};
      if (!b.Admit(c.now_ms, &refused.reason)) return refused;
    }
    if (!run.started_ms) run.started_ms = c.now_ms;
    ++run.usage.calls;
    run.usage.cost_micros += c.cost_micros;
    if (c.new_step) ++run.usage.steps;
    if (c.retry) ++run.usage.retries;
    if (tool_calls) {
      ++*tool_calls;  // still valid: nothing above changed run.tool_calls
    } else {
      run.tool_calls.AddFirstCall(c.tool, tool_hash);
    }
    if (observe_loop) run.loop->Observe(c.tool, loop_key).IgnoreError();
    ++tenant.calls;
    tenant.cost_micros += c.cost_micros;
    return Admission{AdmitVerdict::kAdmitted, "", clean};
  }

  StatusOr<bool> RecordOutcome(std::string_view tool, const CircuitBreakerOptions& options,
                               BreakerOutcome outcome, int64_t now_ms) override {
    if (!options.enabled) return false;
    std::lock_guard<std::mutex> lock(mu_);
    CircuitBreaker& b = BreakerLocked(PrehashedKey{tool, TransparentStringHash{}(tool)}, options);
    const bool was_clean = IsClean(b, now_ms);
    bool opened = false;
    switch (outcome) {
      case BreakerOutcome::kSuccess:
        b.RecordSuccess(now_ms);
        break;
      case BreakerOutcome::kNeutral:
        b.RecordNeutral(now_ms);
        break;
      case BreakerOutcome::kFailure:
        opened = b.RecordFailure(now_ms);
        break;
    }
    const bool is_clean = IsClean(b, now_ms);
    if (was_clean != is_clean) {
      unclean_breakers_.fetch_add(is_clean ? -1 : 1, std::memory_order_release);
    }
    return opened;
  }

  StatusOr<BreakerState> BreakerStateOf(std::string_view tool, const CircuitBreakerOptions& options,
                                        int64_t now_ms) override {
    if (!options.enabled) return BreakerState::kClosed;
    std::lock_guard<std::mutex> lock(mu_);
    auto it = breakers_.find(tool);  // a tool never admitted has no breaker yet: closed
    return it == breakers_.end() ? BreakerState::kClosed : it->second.State(now_ms);
  }

  StatusOr<bool> ConsumeApproval(std::string_view request_id) override {
    std::lock_guard<std::mutex> lock(mu_);
    return used_approvals_.emplace(request_id).second;
  }

  StatusOr<UsageCounters> RunUsage(std::string_view run_id) override {
    RunShard& shard = ShardOf(run_id);
    std::lock_guard<std::mutex> lock(shard.mu);
    auto it = shard.runs.find(run_id);
    return it == shard.runs.end() ? UsageCounters{} : it->second.usage;
  }

  StatusOr<UsageCounters> TenantUsage(std::string_view tenant, int64_t day) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = tenants_.find({std::string(tenant), day});
    return it == tenants_.end() ? UsageCounters{} : it->second;
  }

  Status AppendWorkflowEntry(const JournalEntry&, std::string_view, int64_t, int64_t) override {
    return Status::Ok();  // one process: its own journal is the whole record
  }
  StatusOr<std::vector<UnfinishedTransaction>> ClaimAbandonedWorkflows(std::string_view, int64_t,
                                                                       int64_t, int) override {
    return std::vector<UnfinishedTransaction>{};
  }

  void ForgetRun(std::string_view run_id) override {
    RunShard& shard = ShardOf(run_id);
    std::lock_guard<std::mutex> lock(shard.mu);
    auto it = shard.runs.find(run_id);
    if (it != shard.runs.end()) shard.runs.erase(it);
  }

 private:
  // Closed with no counted failure. Only an outcome (RecordOutcome) changes that: an admission
  // leaves a clean breaker clean, and the clock only moves an open breaker to half-open.
  static bool IsClean(const CircuitBreaker& b, int64_t now_ms) {
    return b.State(now_ms) == BreakerState::kClosed && b.consecutive_failures() == 0;
  }

  CircuitBreaker& BreakerLocked(const PrehashedKey& tool, const CircuitBreakerOptions& options) {
    auto it = breakers_.find(tool);
    if (it == breakers_.end()) it = breakers_.try_emplace(std::string(tool.text), options).first;
    return it->second;
  }

  // The tenant's counters for `day`; days before yesterday are dropped (bounded memory).
  UsageCounters& TenantLocked(const std::string& tenant, int64_t day) {
    for (auto it = tenants_.begin(); it != tenants_.end();) {
      it = it->first.second < day - 1 ? tenants_.erase(it) : std::next(it);
    }
    return tenants_[{tenant, day}];
  }

  // One run's shared limits (the loop detector is made by the run's first observed step).
  struct RunEntry {
    UsageCounters usage;
    ToolCallCounts tool_calls;
    std::optional<int64_t> started_ms;
    std::unique_ptr<LoopDetector> loop;
    AdmitVerdict halted = AdmitVerdict::kAdmitted;
  };

  // Runs, sharded by the run id's hash, each shard under its own lock on its own cache line:
  // attempts of different runs on different threads rarely share a lock. Lock order: a
  // shard's mu, then mu_.
  struct alignas(64) RunShard {
    std::mutex mu;
    std::unordered_map<std::string, RunEntry, TransparentStringHash, std::equal_to<>> runs;
  };
  // Two runs on two threads share a lock one time in 64 (16 left the 2-thread row of
  // bench_guard ~2.5x the futex calls); each shard costs 128 bytes.
  static constexpr size_t kRunShards = 64;
  RunShard& ShardOf(std::string_view run_id) {
    return ShardOfHash(TransparentStringHash{}(run_id));
  }
  RunShard& ShardOfHash(size_t run_id_hash) {
    return run_shards_[(run_id_hash >> 32) % kRunShards];
  }
  std::array<RunShard, kRunShards> run_shards_;

  std::mutex mu_;  // guards everything below
  // Hashed: a lookup per attempt stays O(1) whatever the number of tools or live runs. The
  // breaker lives in its node (nodes never move), next to its tool's name: one cache miss
  // less per attempt at 10,000 tools than a separately allocated breaker.
  std::unordered_map<std::string, CircuitBreaker, TransparentStringHash, std::equal_to<>> breakers_;
  // How many of breakers_ are not clean (IsClean). While none is, AdmitAttempt looks no
  // breaker up: the allow path touches no per-tool breaker state, which at 10,000 tools is a
  // cache miss or more per attempt. A breaker is then made by its tool's first recorded
  // outcome (with that call's options) rather than by its first admission.
  // Written under mu_; read without it by AdmitAttempt to decide whether to take mu_.
  alignas(64) std::atomic<int64_t> unclean_breakers_{0};
  std::map<std::pair<std::string, int64_t>, UsageCounters> tenants_;
  std::set<std::string, std::less<>> used_approvals_;
};

// True if all of `text` is a decimal integer from `min` to `max` (stored in *out).
bool ParseIntIn(std::string_view text, int min, int max, int* out) {
  int v = 0;
  auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (text.empty() || ec != std::errc() || end != text.data() + text.size()) return false;
  if (v < min || v > max) return false;
  *out = v;
  return true;
}

// Parses "host[:port][/db]" (the part after "redis://").
Status ParseRedisAddress(std::string_view rest, RedisStoreOptions* o) {
  const std::string whole(rest);
  auto bad = [&](const std::string& what) {
    return Status::InvalidArgument("--state redis://" + whole + ": " + what +
                                   " (expected redis://host[:port][/db])");
  };
  size_t slash = rest.find('/');
  std::string_view hostport = rest.substr(0, slash);
  if (slash != std::string_view::npos) {
    if (!ParseIntIn(rest.substr(slash + 1), 0, 15, &o->db)) {
      return bad("db must be an integer from 0 to 15");
    }
  }
  size_t colon = hostport.rfind(':');
  std::string_view host = hostport.substr(0, colon);
  if (colon != std::string_view::npos) {
    if (!ParseIntIn(hostport.substr(colon + 1), 1, 65535, &o->port)) {
      return bad("port must be an integer from 1 to 65535");
    }
  }
  if (host.empty()) return bad("no host");
  o->host = std::string(host);
  return Status::Ok();
}

}  // namespace

std::string NewFleetOwnerId(Env* env, std::string_view replica) {
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(env->Random64()));
  return std::string(replica) + "#" + hex;
}

JournalMirror FleetJournalMirror(StateStore* store, Env* env, std::string owner, int64_t lease_ms) {
  return [store, env, owner = std::move(owner), lease_ms](const JournalEntry& entry) {
    const int64_t now =
        store->clock() == StateStore::Clock::kWall ? env->EpochMillis() : env->NowMillis();
    return store->AppendWorkflowEntry(entry, owner, now, lease_ms);
  };
}

int64_t FleetWorkflowLeaseMs(const Policy& policy) {
  constexpr int64_t kMarginMs = 60'000;
  if (!policy.budget.max_duration_ms) return 3'600'000;
  return SaturatingAdd(SaturatingAdd(*policy.budget.max_duration_ms, policy.call_timeout_ms),
                       kMarginMs);
}

std::unique_ptr<StateStore> NewInProcessStateStore() {
  return std::make_unique<InProcessStateStore>();
}

StatusOr<std::unique_ptr<StateStore>> OpenStateStore(std::string_view spec,
                                                     const std::string& key_namespace) {
  if (spec == "memory") return NewInProcessStateStore();
  constexpr std::string_view kScheme = "redis://";
  if (spec.substr(0, kScheme.size()) != kScheme) {
    return Status::InvalidArgument("--state \"" + std::string(spec) +
                                   "\": expected memory or redis://host[:port][/db]");
  }
  RedisStoreOptions options;
  options.key_namespace = key_namespace;
  BR_RETURN_IF_ERROR(ParseRedisAddress(spec.substr(kScheme.size()), &options));
  return OpenRedisStateStore(options);
}

}  // namespace blastradius
