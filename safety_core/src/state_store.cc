// The in-process StateStore (one mutex over every counter; breakers are today's CircuitBreaker),
// the shared verdict texts, and the "memory" / "redis://" selector.
#include "blastradius/state_store.h"

#include <charconv>
#include <map>
#include <mutex>
#include <set>
#include <unordered_map>
#include <utility>

#include "blastradius/manifest.h"  // TransparentStringHash
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
  }
  return "unknown_verdict";
}

namespace state_internal {

std::optional<Admission> CheckCounters(const AttemptCharge& c, const UsageCounters& run,
                                       const UsageCounters& tenant) {
  auto refuse = [](AdmitVerdict v, std::string reason) { return Admission{v, std::move(reason)}; };
  if (c.run_max_calls && run.calls >= *c.run_max_calls) {
    return refuse(AdmitVerdict::kRunCalls,
                  "max_tool_calls: limit " + std::to_string(*c.run_max_calls) +
                      " reached fleet-wide (" + std::to_string(run.calls) + " calls used)");
  }
  if (c.run_max_cost_micros && c.cost_micros > *c.run_max_cost_micros - run.cost_micros) {
    return refuse(AdmitVerdict::kRunCost,
                  "max_cost_micros: limit " + std::to_string(*c.run_max_cost_micros) +
                      " would be exceeded fleet-wide (" + std::to_string(run.cost_micros) +
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

class InProcessStateStore : public StateStore {
 public:
  Clock clock() const override { return Clock::kMonotonic; }
  std::string Describe() const override { return "memory"; }

  StatusOr<Admission> AdmitAttempt(const AttemptCharge& c) override {
    if (c.cost_micros < 0) return Status::InvalidArgument("negative cost");
    std::lock_guard<std::mutex> lock(mu_);
    UsageCounters& run = runs_[c.run_id];
    UsageCounters no_tenant;
    UsageCounters& tenant = c.tenant ? TenantLocked(c.tenant->tenant, c.day) : no_tenant;
    if (std::optional<Admission> refused = state_internal::CheckCounters(c, run, tenant)) {
      return *refused;
    }
    bool clean = true;
    if (c.breaker.enabled) {
      CircuitBreaker& b = BreakerLocked(c.tool, c.breaker);
      clean = b.State(c.now_ms) == BreakerState::kClosed && b.consecutive_failures() == 0;
      Status admitted = b.Admit(c.now_ms);
      if (!admitted.ok()) return Admission{AdmitVerdict::kBreakerOpen, admitted.message()};
    }
    ++run.calls;
    run.cost_micros += c.cost_micros;
    ++tenant.calls;
    tenant.cost_micros += c.cost_micros;
    return Admission{AdmitVerdict::kAdmitted, "", clean};
  }

  StatusOr<bool> RecordOutcome(std::string_view tool, const CircuitBreakerOptions& options,
                               BreakerOutcome outcome, int64_t now_ms) override {
    if (!options.enabled) return false;
    std::lock_guard<std::mutex> lock(mu_);
    CircuitBreaker& b = BreakerLocked(tool, options);
    switch (outcome) {
      case BreakerOutcome::kSuccess:
        b.RecordSuccess(now_ms);
        return false;
      case BreakerOutcome::kNeutral:
        b.RecordNeutral(now_ms);
        return false;
      case BreakerOutcome::kFailure:
        break;
    }
    return b.RecordFailure(now_ms);
  }

  StatusOr<BreakerState> BreakerStateOf(std::string_view tool, const CircuitBreakerOptions& options,
                                        int64_t now_ms) override {
    if (!options.enabled) return BreakerState::kClosed;
    std::lock_guard<std::mutex> lock(mu_);
    auto it = breakers_.find(tool);  // a tool never admitted has no breaker yet: closed
    return it == breakers_.end() ? BreakerState::kClosed : it->second->State(now_ms);
  }

  StatusOr<bool> ConsumeApproval(std::string_view request_id) override {
    std::lock_guard<std::mutex> lock(mu_);
    return used_approvals_.emplace(request_id).second;
  }

  StatusOr<UsageCounters> RunUsage(std::string_view run_id) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = runs_.find(run_id);
    return it == runs_.end() ? UsageCounters{} : it->second;
  }

  StatusOr<UsageCounters> TenantUsage(std::string_view tenant, int64_t day) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = tenants_.find({std::string(tenant), day});
    return it == tenants_.end() ? UsageCounters{} : it->second;
  }

  void ForgetRun(std::string_view run_id) override {
    std::lock_guard<std::mutex> lock(mu_);
    auto it = runs_.find(run_id);
    if (it != runs_.end()) runs_.erase(it);
  }

 private:
  CircuitBreaker& BreakerLocked(std::string_view tool, const CircuitBreakerOptions& options) {
    auto it = breakers_.find(tool);
    if (it == breakers_.end()) {
      it = breakers_.emplace(std::string(tool), std::make_unique<CircuitBreaker>(options)).first;
    }
    return *it->second;
  }

  // The tenant's counters for `day`; days before yesterday are dropped (bounded memory).
  UsageCounters& TenantLocked(const std::string& tenant, int64_t day) {
    for (auto it = tenants_.begin(); it != tenants_.end();) {
      it = it->first.second < day - 1 ? tenants_.erase(it) : std::next(it);
    }
    return tenants_[{tenant, day}];
  }

  std::mutex mu_;
  // Hashed: a lookup per attempt stays O(1) whatever the number of tools or live runs.
  std::unordered_map<std::string, std::unique_ptr<CircuitBreaker>, TransparentStringHash,
                     std::equal_to<>>
      breakers_;
  std::unordered_map<std::string, UsageCounters, TransparentStringHash, std::equal_to<>> runs_;
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
