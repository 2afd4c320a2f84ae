// Policy: every limit the guard enforces, each a named option with a safe default used when its
// key is absent (policy.json). A policy may weaken a checklist item on purpose; it then loads
// with a warning naming the item. Immutable after loading; safe to share between threads.
// Format: docs/formats/policy.md.
#ifndef BLASTRADIUS_POLICY_H_
#define BLASTRADIUS_POLICY_H_

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/status.h"

namespace blastradius {

// Ceilings on user-supplied values, checked when a policy is loaded (docs/formats/policy.md).
// Far above any useful setting, and low enough that the guard's clock arithmetic on them
// (now + timeout, start + duration) cannot overflow; that arithmetic saturates as well.
inline constexpr int64_t kMaxPolicyDurationMs = 1'000'000'000'000;  // 10^12 ms, ~31.7 years
inline constexpr int64_t kMaxPolicyBytes = int64_t{1} << 32;        // 4 GiB
inline constexpr int64_t kMaxPolicyCount = 1'000'000'000'000;       // steps, calls, caps
inline constexpr int64_t kMaxAuditSyncGroup = 1'000'000;            // audit_log.sync_every_records

// Budget limits for one run. nullopt = unlimited (only when the policy says null on purpose).
struct BudgetLimits {
  std::optional<int64_t> max_steps = 50;               // agent calls admitted
  std::optional<int64_t> max_tool_calls = 100;         // attempts that reach a tool (with retries)
  std::optional<int64_t> max_duration_ms = 300'000;    // from the run's first call
  std::optional<int64_t> max_cost_micros = 5'000'000;  // $5.00
  std::map<std::string, int64_t, std::less<>> per_tool_calls;  // optional caps per tool
};

// Optional caps on one tenant's use per UTC day, across every run and every replica that shares
// the state store (docs/fleet.md). Absent section: no tenant caps. A limit left out (or null) is
// not capped.
inline constexpr size_t kMaxTenantIdBytes = 128;  // tenant ids: [A-Za-z0-9._-], 1..128 bytes
struct TenantBudget {
  std::string tenant;
  std::optional<int64_t> max_calls_per_day;        // attempts that reach a tool
  std::optional<int64_t> max_cost_micros_per_day;  // integer micro-dollars
};

struct LoopDetectionOptions {
  bool enabled = true;
  int max_identical_calls = 3;  // the (N+1)-th identical call (tool + canonical args) is a loop
  int window = 1000;            // only the last `window` calls count (bounds memory per run);
                                // 0 = the whole run (memory grows with distinct calls)
};

struct CircuitBreakerOptions {
  bool enabled = true;
  int failure_threshold = 5;          // consecutive counted failures that open the breaker
  int64_t reset_timeout_ms = 30'000;  // open -> half-open after this long
  int half_open_probes = 1;           // calls let through while half-open
};

struct RetryOptions {
  int max_attempts = 3;  // including the first
  int64_t base_backoff_ms = 100;
  int64_t max_backoff_ms = 10'000;
  bool honour_retry_after = true;
  int64_t max_retry_after_ms = 60'000;  // a longer server hint is not waited for
  int retry_budget = 10;                // automatic retries per run, across all calls
};

// Which approver a program that hosts the guard should wire in (`approval.approver`). The guard
// itself takes its approver from GuardDeps; `blastradius proxy` builds it from this (docs/mcp.md).
enum class ApproverKind {
  kNone,         // every approval request is rejected
  kCommand,      // an external command: request JSON on stdin, answer on stdout
  kElicitation,  // MCP elicitation/create to the client
};
struct ApproverConfig {
  ApproverKind kind = ApproverKind::kNone;
  std::string command;  // kCommand: run with /bin/sh -c
};

struct ApprovalOptions {
  std::optional<ApproverConfig> approver;  // none: the host's default (a CLI flag, or none)
  std::set<int> tiers = {2, 3};            // tiers that need a human approval
  int64_t timeout_ms = 300'000;            // no answer by then = reject (expired)
  int64_t poll_interval_ms = 250;          // how often the approver is asked for an answer
  std::set<int> disabled_tiers;            // refused outright (tier3_blocked alert)
};

enum class OnDetect { kFlag, kQuarantine, kBlock };
std::string_view OnDetectName(OnDetect on_detect);  // "flag", "quarantine", "block"

struct SanitizerOptions {
  bool enabled = true;
  int64_t max_output_bytes = 16'384;
  std::vector<std::string> packs;  // pattern pack files; empty = the bundled default packs
  // The learned second stage (learned_detector.h): when true, a text the packs pass is also
  // scored by the bundled learned model. Used when the host injects no detector of its own.
  bool learned_stage = true;
  OnDetect on_detect = OnDetect::kQuarantine;
};

struct AuditLogOptions {
  bool enabled = true;
  std::string path = "audit.jsonl";
  std::vector<std::string> redact_keys;  // extra argument keys to redact
  // How often the file sink syncs: 1 = every record (nothing acknowledged is lost on power
  // loss), N = every N records (at most N-1 lost), 0 = never (the OS decides; the buffer of
  // buffer_records is lost too). See FileAuditSink.
  int64_t sync_every_records = 1;
  // How many records the file sink hands to the OS in one write: 1 = each record before the
  // call goes on (a process crash loses nothing acknowledged), N = one write per N records (a
  // process crash loses at most N-1). 1 to kMaxAuditBufferRecords (audit_log.h). See
  // FileAuditSink.
  int64_t buffer_records = 1;
};

// A command run once per alert (`alerts.command`), the alert's JSON line on its stdin.
struct AlertCommandOptions {
  std::string run;             // run with /bin/sh -c
  int64_t timeout_ms = 5'000;  // longer: the command is stopped and the alert counts as failed
};

struct AlertOptions {
  std::string sink = "log";  // "log" (JSON lines at path), "stderr", or "none"
  std::string path = "alerts.jsonl";
  // Also run by hosts that support it (`blastradius proxy`); the guard itself only sees the
  // AlertSink it is given.
  std::optional<AlertCommandOptions> command;
};

struct TransactionOptions {
  std::string journal_path = "journal.jsonl";
};

struct Policy {
  BudgetLimits budget;
  std::optional<TenantBudget> tenant_budget;  // section "tenant_budget"
  LoopDetectionOptions loop_detection;
  CircuitBreakerOptions circuit_breaker;
  RetryOptions retry;
  int64_t call_timeout_ms = 30'000;
  ApprovalOptions approval;
  SanitizerOptions sanitizer;
  AuditLogOptions audit_log;
  AlertOptions alerts;
  TransactionOptions transactions;

  // One entry per deliberate weakening: {checklist item id, explanation}.
  std::vector<std::pair<std::string, std::string>> weakenings;

  // Validates a parsed policy: unknown keys, wrong types and out-of-range values are errors
  // naming `origin`, the JSON path and what was expected.
  static StatusOr<Policy> FromJson(const Json& doc, const std::string& origin);
  static StatusOr<Policy> Parse(std::string_view text, const std::string& origin);
  static StatusOr<Policy> Load(Env* env, const std::string& path);

  bool NeedsApproval(int tier) const { return approval.tiers.count(tier) > 0; }
  bool IsDisabled(int tier) const { return approval.disabled_tiers.count(tier) > 0; }
};

}  // namespace blastradius

#endif  // BLASTRADIUS_POLICY_H_
