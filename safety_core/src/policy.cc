#include "blastradius/policy.h"

#include <algorithm>
#include <filesystem>
#include <functional>
#include <limits>
#include <optional>
#include <string>
#include <utility>

#include "blastradius/audit_log.h"

namespace blastradius {
namespace {

constexpr int64_t kIntMax = std::numeric_limits<int>::max();

// Reading state shared by the section readers.
struct PolicyReader {
  const std::string& origin;
  ConfigErrors* errors;
  Policy* policy;

  void Weaken(const std::string& item, const std::string& explanation) {
    policy->weakenings.emplace_back(item, origin + ": " + explanation);
  }
};

void SetInt(ObjectReader& r, std::string_view key, int64_t min, int* out) {
  if (std::optional<int64_t> v = r.Int(key, min, kIntMax)) *out = static_cast<int>(*v);
}

// A duration in milliseconds, at most kMaxPolicyDurationMs.
void SetDurationMs(ObjectReader& r, std::string_view key, int64_t min, int64_t* out) {
  if (std::optional<int64_t> v = r.Int(key, min, kMaxPolicyDurationMs)) *out = *v;
}

void SetBool(ObjectReader& r, std::string_view key, bool* out) {
  if (std::optional<bool> v = r.Bool(key)) *out = *v;
}

// A string that names a file: must not be empty.
void SetPath(ObjectReader& r, std::string_view key, std::string* out) {
  std::optional<std::string> v = r.String(key);
  if (!v) return;
  if (v->empty()) {
    r.errors()->Add(r.PathOf(key), "a non-empty file path", r.Raw(key));
    return;
  }
  *out = *v;
}

// Reads the object at `key` of `parent` with `read`, then rejects its unknown keys.
// An absent section keeps every default.
void ReadSection(ObjectReader& parent, std::string_view key,
                 const std::function<void(ObjectReader&)>& read) {
  const Json* value = parent.Raw(key);
  if (!value) return;
  ObjectReader section(*value, parent.PathOf(key), parent.errors());
  if (!section.valid()) return;
  read(section);
  section.RejectUnknownKeys();
}

enum class LimitKind { kCount, kDurationMs, kUsd };

// A budget limit: an integer from 0 to its ceiling, or null for unlimited (a deliberate
// weakening).
void ReadLimit(PolicyReader& p, ObjectReader& r, std::string_view key, LimitKind kind,
               std::optional<int64_t>* out) {
  if (r.IsNull(key)) {
    *out = std::nullopt;
    p.Weaken("budgets_enforced", r.PathOf(key) + " is null: this budget is unlimited");
    return;
  }
  std::optional<int64_t> v;
  switch (kind) {
    case LimitKind::kUsd:
      v = r.UsdMicros(key);
      break;
    case LimitKind::kDurationMs:
      v = r.Int(key, 0, kMaxPolicyDurationMs);
      break;
    case LimitKind::kCount:
      v = r.Int(key, 0, kMaxPolicyCount);
      break;
  }
  if (v) *out = *v;
}

void ReadPerToolCaps(ObjectReader& budget, BudgetLimits* limits) {
  ReadSection(budget, "per_tool", [&](ObjectReader& caps) {
    const Json* object = budget.Raw("per_tool");
    for (auto it = object->begin(); it != object->end(); ++it) {
      if (std::optional<int64_t> v = caps.Int(it.key(), 0, kMaxPolicyCount)) {
        limits->per_tool_calls[it.key()] = *v;
      }
    }
  });
}

void ReadBudget(PolicyReader& p, ObjectReader& r) {
  BudgetLimits& b = p.policy->budget;
  ReadLimit(p, r, "max_steps", LimitKind::kCount, &b.max_steps);
  ReadLimit(p, r, "max_tool_calls", LimitKind::kCount, &b.max_tool_calls);
  ReadLimit(p, r, "max_duration_ms", LimitKind::kDurationMs, &b.max_duration_ms);
  ReadLimit(p, r, "max_cost_usd", LimitKind::kUsd, &b.max_cost_micros);
  ReadPerToolCaps(r, &b);
}

bool IsTenantIdChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' ||
         c == '_' || c == '-';
}

// A per-day cap: absent or null leaves it uncapped (the section itself is optional).
void ReadDayCap(ObjectReader& r, std::string_view key, LimitKind kind,
                std::optional<int64_t>* out) {
  if (!r.Has(key) || r.IsNull(key)) return;
  *out = kind == LimitKind::kUsd ? r.UsdMicros(key) : r.Int(key, 0, kMaxPolicyCount);
}

void ReadTenantBudget(PolicyReader& p, ObjectReader& r) {
  TenantBudget t;
  std::optional<std::string> id = r.String("tenant", /*required=*/true);
  if (id) {
    const bool ok = !id->empty() && id->size() <= kMaxTenantIdBytes &&
                    std::all_of(id->begin(), id->end(), IsTenantIdChar);
    if (ok) {
      t.tenant = *id;
    } else {
      r.errors()->Add(r.PathOf("tenant"),
                      "a tenant id of 1 to " + std::to_string(kMaxTenantIdBytes) +
                          " characters from A-Z a-z 0-9 . _ -",
                      r.Raw("tenant"));
    }
  }
  ReadDayCap(r, "max_calls_per_day", LimitKind::kCount, &t.max_calls_per_day);
  ReadDayCap(r, "max_cost_usd_per_day", LimitKind::kUsd, &t.max_cost_micros_per_day);
  p.policy->tenant_budget = std::move(t);
}

void ReadLoopDetection(ObjectReader& r, LoopDetectionOptions* o) {
  SetBool(r, "enabled", &o->enabled);
  SetInt(r, "max_identical_calls", 1, &o->max_identical_calls);
  SetInt(r, "window", 0, &o->window);
}

void ReadCircuitBreaker(PolicyReader& p, ObjectReader& r) {
  CircuitBreakerOptions& o = p.policy->circuit_breaker;
  SetBool(r, "enabled", &o.enabled);
  SetInt(r, "failure_threshold", 1, &o.failure_threshold);
  SetDurationMs(r, "reset_timeout_ms", 1, &o.reset_timeout_ms);
  SetInt(r, "half_open_probes", 1, &o.half_open_probes);
  if (!o.enabled) {
    p.Weaken("circuit_breakers", r.PathOf("enabled") + " is false: failing tools are not cut off");
  }
}

void ReadRetry(ObjectReader& r, RetryOptions* o) {
  SetInt(r, "max_attempts", 1, &o->max_attempts);
  SetDurationMs(r, "base_backoff_ms", 0, &o->base_backoff_ms);
  SetDurationMs(r, "max_backoff_ms", 0, &o->max_backoff_ms);
  SetBool(r, "honour_retry_after", &o->honour_retry_after);
  SetDurationMs(r, "max_retry_after_ms", 0, &o->max_retry_after_ms);
  SetInt(r, "retry_budget", 0, &o->retry_budget);
  if (o->max_backoff_ms < o->base_backoff_ms) {
    std::string key = r.Has("max_backoff_ms") ? "max_backoff_ms" : "base_backoff_ms";
    r.errors()->AddMessage(r.PathOf(key),
                           "expected max_backoff_ms (" + std::to_string(o->max_backoff_ms) +
                               ") >= base_backoff_ms (" + std::to_string(o->base_backoff_ms) + ")");
  }
}

// An array of tiers (integers 0-3); nullopt when absent or invalid (errors recorded).
std::optional<std::set<int>> ReadTiers(ObjectReader& r, std::string_view key) {
  const Json* value = r.Raw(key);
  if (!value) return std::nullopt;
  std::string path = r.PathOf(key);
  if (!value->is_array()) {
    r.errors()->Add(path, "an array of tiers (integers from 0 to 3)", value);
    return std::nullopt;
  }
  std::set<int> tiers;
  bool ok = true;
  for (size_t i = 0; i < value->size(); ++i) {
    const Json& item = (*value)[i];
    if (item.is_number_integer() && item.get<int64_t>() >= 0 && item.get<int64_t>() <= 3) {
      tiers.insert(item.get<int>());
      continue;
    }
    r.errors()->Add(IndexPath(path, i), "a tier: an integer from 0 to 3", &item);
    ok = false;
  }
  if (!ok) return std::nullopt;
  return tiers;
}

void ReadApproval(PolicyReader& p, ObjectReader& r) {
  ApprovalOptions& o = p.policy->approval;
  // `approver`: {"kind": "none" | "elicitation"} or {"kind": "command", "run": CMD}.
  ReadSection(r, "approver", [&](ObjectReader& a) {
    ApproverConfig config;
    std::optional<std::string> kind =
        a.Enum("kind", {"none", "command", "elicitation"}, /*required=*/true);
    if (kind == "command") {
      config.kind = ApproverKind::kCommand;
      if (std::optional<std::string> run = a.String("run", /*required=*/true)) {
        if (run->empty()) a.errors()->Add(a.PathOf("run"), "a non-empty command", a.Raw("run"));
        config.command = *run;
      }
    } else if (kind == "elicitation") {
      config.kind = ApproverKind::kElicitation;
    }
    if (kind && *kind != "command" && a.Has("run")) {
      a.errors()->AddMessage(a.PathOf("run"),
                             "expected no run for an approver of kind \"" + *kind + "\"");
    }
    o.approver = config;
  });
  if (std::optional<std::set<int>> tiers = ReadTiers(r, "tiers")) o.tiers = *tiers;
  SetDurationMs(r, "timeout_ms", 1, &o.timeout_ms);
  SetDurationMs(r, "poll_interval_ms", 1, &o.poll_interval_ms);
  if (std::optional<std::set<int>> tiers = ReadTiers(r, "disabled_tiers")) {
    o.disabled_tiers = *tiers;
  }
}

void ReadSanitizer(PolicyReader& p, ObjectReader& r) {
  SanitizerOptions& o = p.policy->sanitizer;
  SetBool(r, "enabled", &o.enabled);
  if (std::optional<int64_t> v = r.Int("max_output_bytes", 64, kMaxPolicyBytes)) {
    o.max_output_bytes = *v;
  }
  if (std::optional<std::vector<std::string>> packs = r.StringList("packs")) {
    for (size_t i = 0; i < packs->size(); ++i) {
      if ((*packs)[i].empty()) {
        r.errors()->Add(IndexPath(r.PathOf("packs"), i), "a non-empty file path",
                        &(*r.Raw("packs"))[i]);
      }
    }
    o.packs = *packs;
  }
  SetBool(r, "learned_stage", &o.learned_stage);
  std::optional<std::string> on_detect = r.Enum("on_detect", {"flag", "quarantine", "block"});
  if (on_detect == "flag") o.on_detect = OnDetect::kFlag;
  if (on_detect == "quarantine") o.on_detect = OnDetect::kQuarantine;
  if (on_detect == "block") o.on_detect = OnDetect::kBlock;
  if (!o.enabled) {
    p.Weaken("outputs_sanitized",
             r.PathOf("enabled") + " is false: tool outputs reach the agent unsanitized");
  }
}

void ReadAuditLog(PolicyReader& p, ObjectReader& r) {
  AuditLogOptions& o = p.policy->audit_log;
  SetBool(r, "enabled", &o.enabled);
  SetPath(r, "path", &o.path);
  if (std::optional<std::vector<std::string>> keys = r.StringList("redact_keys")) {
    o.redact_keys = *keys;
  }
  if (std::optional<int64_t> v = r.Int("sync_every_records", 0, kMaxAuditSyncGroup)) {
    o.sync_every_records = *v;
  }
  if (std::optional<int64_t> v = r.Int("buffer_records", 1, kMaxAuditBufferRecords)) {
    o.buffer_records = *v;
  }
  if (!o.enabled) {
    p.Weaken("structured_logging", r.PathOf("enabled") + " is false: calls are not logged");
  }
}

void ReadAlerts(PolicyReader& p, ObjectReader& r) {
  AlertOptions& o = p.policy->alerts;
  if (std::optional<std::string> sink = r.Enum("sink", {"log", "stderr", "none"})) o.sink = *sink;
  SetPath(r, "path", &o.path);
  // `command`: {"run": CMD, "timeout_ms": N}, run once per alert.
  ReadSection(r, "command", [&](ObjectReader& c) {
    AlertCommandOptions command;
    if (std::optional<std::string> run = c.String("run", /*required=*/true)) {
      if (run->empty()) c.errors()->Add(c.PathOf("run"), "a non-empty command", c.Raw("run"));
      command.run = *run;
    }
    if (std::optional<int64_t> t = c.Int("timeout_ms", 1, 600'000)) command.timeout_ms = *t;
    o.command = command;
  });
  if (o.sink == "none") {
    p.Weaken("alerts_wired", r.PathOf("sink") + " is \"none\": alerts go nowhere");
  }
}

// Tier 3 must be gated by approval or disabled; anything else is a deliberate weakening.
void CheckTier3Gated(PolicyReader& p) {
  const Policy& policy = *p.policy;
  if (policy.NeedsApproval(3) || policy.IsDisabled(3)) return;
  p.Weaken("tier3_gated",
           "$.approval: tier 3 is in neither tiers nor disabled_tiers: irreversible calls run "
           "without a human approval");
}

}  // namespace

std::string_view OnDetectName(OnDetect on_detect) {
  switch (on_detect) {
    case OnDetect::kFlag:
      return "flag";
    case OnDetect::kQuarantine:
      return "quarantine";
    case OnDetect::kBlock:
      return "block";
  }
  return "unknown";
}

StatusOr<Policy> Policy::FromJson(const Json& doc, const std::string& origin) {
  ConfigErrors errors(origin);
  Policy policy;
  PolicyReader p{origin, &errors, &policy};
  ObjectReader root(doc, "$", &errors);
  root.String("$schema");  // editors' schema hint, allowed and ignored
  ReadSection(root, "budget", [&](ObjectReader& r) { ReadBudget(p, r); });
  ReadSection(root, "tenant_budget", [&](ObjectReader& r) { ReadTenantBudget(p, r); });
  ReadSection(root, "loop_detection",
              [&](ObjectReader& r) { ReadLoopDetection(r, &policy.loop_detection); });
  ReadSection(root, "circuit_breaker", [&](ObjectReader& r) { ReadCircuitBreaker(p, r); });
  ReadSection(root, "retry", [&](ObjectReader& r) { ReadRetry(r, &policy.retry); });
  SetDurationMs(root, "call_timeout_ms", 1, &policy.call_timeout_ms);
  ReadSection(root, "approval", [&](ObjectReader& r) { ReadApproval(p, r); });
  ReadSection(root, "sanitizer", [&](ObjectReader& r) { ReadSanitizer(p, r); });
  ReadSection(root, "audit_log", [&](ObjectReader& r) { ReadAuditLog(p, r); });
  ReadSection(root, "alerts", [&](ObjectReader& r) { ReadAlerts(p, r); });
  ReadSection(root, "transactions", [&](ObjectReader& r) {
    SetPath(r, "journal_path", &policy.transactions.journal_path);
  });
  root.RejectUnknownKeys();
  CheckTier3Gated(p);
  if (!errors.empty()) return errors.ToStatus();
  return policy;
}

StatusOr<Policy> Policy::Parse(std::string_view text, const std::string& origin) {
  StatusOr<Json> doc = ParseJsonText(text, origin);
  if (!doc.ok()) return doc.status();
  return FromJson(*doc, origin);
}

StatusOr<Policy> Policy::Load(Env* env, const std::string& path) {
  StatusOr<Json> doc = LoadJsonFile(env, path);
  if (!doc.ok()) return doc.status();
  StatusOr<Policy> policy = FromJson(*doc, path);
  if (!policy.ok()) return policy;
  // Pattern packs named relative to the policy file are found beside it.
  std::filesystem::path dir = std::filesystem::path(path).parent_path();
  for (std::string& pack : policy->sanitizer.packs) {
    if (std::filesystem::path(pack).is_relative()) pack = (dir / pack).lexically_normal().string();
  }
  return policy;
}

}  // namespace blastradius
