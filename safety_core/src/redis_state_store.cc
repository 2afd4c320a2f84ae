// The Redis StateStore (hiredis, one synchronous connection behind a mutex). Every compound
// update is one Lua script run by EVALSHA: Redis runs a script to its end before any other
// command, so check-and-charge is atomic in one round trip, with no WATCH/MULTI retry loop
// (which under contention from N replicas costs up to N round trips per attempt). After a
// server restart the script cache is empty: NOSCRIPT is answered by sending the script with
// EVAL once. Any I/O or protocol error drops the connection and returns Unavailable; the next
// operation reconnects (once). Key layout and TTLs: docs/fleet.md.
#include <hiredis/hiredis.h>
#include <signal.h>
#include <sys/time.h>

#include <algorithm>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "blastradius/state_store.h"
#include "saturating.h"
#include "state_store_internal.h"

namespace blastradius {
namespace {

constexpr int64_t kDayMs = 86'400'000;
constexpr int64_t kTenantTtlMs = 2 * kDayMs;    // a day's counters outlive the day by a day
constexpr int64_t kApprovalTtlMs = 7 * kDayMs;  // a used approval id stays used this long

// The admit script returns AdmitVerdict's numbers and halts a run on 2..9.
static_assert(static_cast<int>(AdmitVerdict::kBreakerOpen) == 1 &&
              static_cast<int>(AdmitVerdict::kRunCalls) == 2 &&
              static_cast<int>(AdmitVerdict::kTenantCost) == 5 &&
              static_cast<int>(AdmitVerdict::kRunSteps) == 6 &&
              static_cast<int>(AdmitVerdict::kRunToolCalls) == 7 &&
              static_cast<int>(AdmitVerdict::kRunDuration) == 8 &&
              static_cast<int>(AdmitVerdict::kLoop) == 9 &&
              static_cast<int>(AdmitVerdict::kRunRetries) == 10 &&
              static_cast<int>(AdmitVerdict::kRunHalted) == 11);
constexpr int64_t kLastHaltingVerdict = 9;

// Breaker hash fields: s (0 closed, 1 open, 2 half-open), f (counted failures), o (opened at),
// p (probes in flight), pa (last probe admitted at), n (openings). Run hash fields: calls, cost,
// steps, retries, start (first admission), halt (the verdict that halted it), t:<tool> (calls
// of that tool). Loop window: a hash pair-fingerprint -> count and a list of the window's
// fingerprints, oldest first (the fingerprint is SHA-1 of tool NUL canonical args).
// Admit script. KEYS: breaker, run, tenant, loop counts, loop window. ARGV: 1 now, 2 cost,
// 3 breaker enabled (0/1), 4 reset ms, 5 probes, 6 run max calls, 7 run max cost, 8 has tenant
// (0/1), 9 tenant max calls, 10 tenant max cost, 11 run ttl, 12 tenant ttl, 13 breaker ttl,
// 14 new step (0/1), 15 retry (0/1), 16 max steps, 17 tool max calls, 18 max retries,
// 19 max duration, 20 observe loop (0/1), 21 loop window, 22 max identical calls, 23 tool,
// 24 canonical args (caps: -1 = none). Verdicts are AdmitVerdict's numbers. Returns: admitted
// {0, clean} (clean: breaker disabled, or closed with no counted failure); breaker {1, 1 open,
// ms to half-open, failures} or {1, 2 half-open, probes, failures}; a limit {verdict, run calls,
// run cost, tenant calls, tenant cost, steps, retries, tool calls, start (-1: none), loop
// count, halt}. Verdicts 2, 3 and 6 to 9 halt the run (HaltsRun).
constexpr char kAdmitScript[] = R"lua(
local function num(v) return tonumber(v) or 0 end
local function cap(i) return tonumber(ARGV[i]) end
local now, cost = tonumber(ARGV[1]), tonumber(ARGV[2])
local run = redis.call('HMGET', KEYS[2], 'calls', 'cost', 'steps', 'retries', 'start', 'halt',
                       't:' .. ARGV[23])
local rc, rcost, rsteps, rretries = num(run[1]), num(run[2]), num(run[3]), num(run[4])
local start, halt, rtool = tonumber(run[5]), num(run[6]), num(run[7])
local new_step, retry, observe = ARGV[14] == '1', ARGV[15] == '1', ARGV[20] == '1'
local window = tonumber(ARGV[21])
local fp, loopc, evict = nil, 0, nil
if observe then
  fp = redis.sha1hex(ARGV[23] .. '\0' .. ARGV[24])
  loopc = num(redis.call('HGET', KEYS[4], fp)) + 1
  if window > 0 and redis.call('LLEN', KEYS[5]) >= window then
    evict = redis.call('LINDEX', KEYS[5], 0)
    if evict == fp then loopc = loopc - 1 end
  end
end
local tc, tcost = 0, 0
local has_t = ARGV[8] == '1'
if has_t then
  local t = redis.call('HMGET', KEYS[3], 'calls', 'cost')
  tc, tcost = num(t[1]), num(t[2])
end
local verdict = 0
if halt ~= 0 then verdict = 11
elseif cap(19) >= 0 and start and now - start >= cap(19) then verdict = 8
elseif new_step and cap(16) >= 0 and rsteps >= cap(16) then verdict = 6
elseif observe and loopc > cap(22) then verdict = 9
elseif retry and cap(18) >= 0 and rretries >= cap(18) then verdict = 10
elseif cap(6) >= 0 and rc >= cap(6) then verdict = 2
elseif cap(17) >= 0 and rtool >= cap(17) then verdict = 7
elseif cap(7) >= 0 and cost > cap(7) - rcost then verdict = 3
elseif has_t and cap(9) >= 0 and tc >= cap(9) then verdict = 4
elseif has_t and cap(10) >= 0 and cost > cap(10) - tcost then verdict = 5 end
if verdict ~= 0 then
  if verdict == 2 or verdict == 3 or (verdict >= 6 and verdict <= 9) then
    redis.call('HSET', KEYS[2], 'halt', verdict)
    redis.call('PEXPIRE', KEYS[2], ARGV[11])
  end
  return {verdict, rc, rcost, tc, tcost, rsteps, rretries, rtool, start or -1, loopc, halt}
end
local clean = 1
if ARGV[3] == '1' then
  local b = redis.call('HMGET', KEYS[1], 's', 'f', 'o', 'p', 'pa')
  local s, f, o, p, pa = num(b[1]), num(b[2]), num(b[3]), num(b[4]), num(b[5])
  if s ~= 0 or f > 0 then clean = 0 end
  local reset = tonumber(ARGV[4])
  if s == 1 and now - o >= reset then s = 2; p = 0 end
  if s == 1 then return {1, 1, o + reset - now, f} end
  if s == 2 then
    local maxp = math.max(1, tonumber(ARGV[5]))
    if p >= maxp and now - pa < reset then return {1, 2, maxp, f} end
    if p >= maxp then p = 0 end
    redis.call('HSET', KEYS[1], 's', 2, 'p', p + 1, 'pa', ARGV[1])
    redis.call('PEXPIRE', KEYS[1], ARGV[13])
  end
end
redis.call('HSETNX', KEYS[2], 'start', ARGV[1])
redis.call('HINCRBY', KEYS[2], 'calls', 1)
redis.call('HINCRBY', KEYS[2], 'cost', ARGV[2])
redis.call('HINCRBY', KEYS[2], 't:' .. ARGV[23], 1)
if new_step then redis.call('HINCRBY', KEYS[2], 'steps', 1) end
if retry then redis.call('HINCRBY', KEYS[2], 'retries', 1) end
redis.call('PEXPIRE', KEYS[2], ARGV[11])
if observe then
  redis.call('HINCRBY', KEYS[4], fp, 1)
  if window > 0 then
    redis.call('RPUSH', KEYS[5], fp)
    if evict then
      redis.call('LPOP', KEYS[5])
      if redis.call('HINCRBY', KEYS[4], evict, -1) <= 0 then redis.call('HDEL', KEYS[4], evict) end
    end
    redis.call('PEXPIRE', KEYS[5], ARGV[11])
  end
  redis.call('PEXPIRE', KEYS[4], ARGV[11])
end
if has_t then
  redis.call('HINCRBY', KEYS[3], 'calls', 1)
  redis.call('HINCRBY', KEYS[3], 'cost', ARGV[2])
  redis.call('PEXPIRE', KEYS[3], ARGV[12])
end
return {0, clean}
)lua";

// Record script, the same state machine as CircuitBreaker. KEYS: breaker. ARGV: outcome
// (s, f, n), now, failure threshold, breaker ttl. Returns 1 if this failure opened it.
constexpr char kRecordScript[] = R"lua(
local function num(v) return tonumber(v) or 0 end
local b = redis.call('HMGET', KEYS[1], 's', 'f', 'p', 'n')
local s, f, p, n = num(b[1]), num(b[2]), num(b[3]), num(b[4])
local out = ARGV[1]
if out == 'n' then
  if s == 2 and p > 0 then redis.call('HSET', KEYS[1], 'p', p - 1) end
  return 0
end
if s == 1 then return 0 end
if out == 's' then
  if s == 2 and p == 0 then return 0 end
  if s == 0 and f == 0 then return 0 end
  redis.call('HSET', KEYS[1], 's', 0, 'f', 0, 'p', 0)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return 0
end
f = f + 1
if s == 0 and f < math.max(1, tonumber(ARGV[3])) then
  redis.call('HSET', KEYS[1], 'f', f)
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
  return 0
end
redis.call('HSET', KEYS[1], 's', 1, 'f', f, 'p', 0, 'o', ARGV[2], 'n', n + 1)
redis.call('PEXPIRE', KEYS[1], ARGV[4])
return 1
)lua";

// Workflow handover. NS:wf:<txn> (list): the workflow's journal lines, oldest first;
// NS:wfo:<txn> (hash): owner, exp (lease end, store clock); NS:wfopen (sorted set): the open
// workflows scored by lease end. Append script. KEYS: wfo, wf, wfopen. ARGV: owner, lease end,
// line, terminal (0/1), txn, ttl. Returns {1} appended, or {0, owner} fenced off.
constexpr char kWorkflowAppendScript[] = R"lua(
local cur = redis.call('HGET', KEYS[1], 'owner')
if cur and cur ~= ARGV[1] then return {0, cur} end
redis.call('RPUSH', KEYS[2], ARGV[3])
redis.call('HSET', KEYS[1], 'owner', ARGV[1], 'exp', ARGV[2])
if ARGV[4] == '1' then redis.call('ZREM', KEYS[3], ARGV[5])
else redis.call('ZADD', KEYS[3], ARGV[2], ARGV[5]) end
redis.call('PEXPIRE', KEYS[1], ARGV[6])
redis.call('PEXPIRE', KEYS[2], ARGV[6])
redis.call('PEXPIRE', KEYS[3], ARGV[6])
return {1}
)lua";

// Claim script. KEYS: wfopen. ARGV: owner, now, new lease end, max, key prefix "NS:", ttl.
// Every open workflow whose lease ended by `now` (up to max) changes owner in this one step.
// Returns {txn1, {lines...}, txn2, {lines...}, ...}. (The per-workflow keys are derived in the
// script: fine on one server, not on Redis Cluster.)
constexpr char kWorkflowClaimScript[] = R"lua(
local txns = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[2], 'LIMIT', 0, ARGV[4])
local out = {}
for _, txn in ipairs(txns) do
  local wf, wfo = ARGV[5] .. 'wf:' .. txn, ARGV[5] .. 'wfo:' .. txn
  local lines = redis.call('LRANGE', wf, 0, -1)
  if #lines == 0 then redis.call('ZREM', KEYS[1], txn)
  else
    redis.call('ZADD', KEYS[1], ARGV[3], txn)
    redis.call('HSET', wfo, 'owner', ARGV[1], 'exp', ARGV[3])
    redis.call('PEXPIRE', wf, ARGV[6])
    redis.call('PEXPIRE', wfo, ARGV[6])
    table.insert(out, txn)
    table.insert(out, lines)
  end
end
return out
)lua";

struct ReplyDeleter {
  void operator()(redisReply* r) const { freeReplyObject(r); }
};
using Reply = std::unique_ptr<redisReply, ReplyDeleter>;
struct ContextDeleter {
  void operator()(redisContext* c) const { redisFree(c); }
};
using Context = std::unique_ptr<redisContext, ContextDeleter>;

timeval Timeval(int64_t ms) {
  return timeval{static_cast<time_t>(ms / 1000), static_cast<suseconds_t>((ms % 1000) * 1000)};
}

int64_t ReplyInt(const redisReply* r) {
  if (r->type == REDIS_REPLY_INTEGER) return r->integer;
  if (r->type == REDIS_REPLY_STRING) return std::strtoll(r->str, nullptr, 10);
  return 0;
}

std::string Cap(const std::optional<int64_t>& cap) {
  return cap ? std::to_string(*cap) : std::string("-1");
}

// The same words as CircuitBreaker::Admit.
std::string BreakerRefusal(const redisReply* r) {
  const int64_t failures = ReplyInt(r->element[3]);
  if (ReplyInt(r->element[1]) == 1) {
    return "circuit open after " + std::to_string(failures) +
           " consecutive failures; half-open in " + std::to_string(ReplyInt(r->element[2])) + " ms";
  }
  return "circuit half-open: all " + std::to_string(ReplyInt(r->element[2])) + " probe slots taken";
}

class RedisStateStore : public StateStore {
 public:
  explicit RedisStateStore(RedisStoreOptions options) : options_(std::move(options)) {}

  Status Open() {
    std::lock_guard<std::mutex> lock(mu_);
    return ConnectLocked();
  }

  Clock clock() const override { return Clock::kWall; }
  std::string Describe() const override {
    return "redis://" + options_.host + ":" + std::to_string(options_.port) + "/" +
           std::to_string(options_.db) + " (namespace " + options_.key_namespace + ")";
  }

  StatusOr<Admission> AdmitAttempt(const AttemptCharge& c) override {
    if (c.cost_micros < 0) return Status::InvalidArgument("negative cost");
    const bool has_tenant = c.tenant.has_value();
    const bool observe_loop = c.new_step && c.loop.enabled;
    std::vector<std::string> args = {
        Key("breaker:", c.tool),
        Key("run:", c.run_id),
        has_tenant ? Key("tenant:", c.tenant->tenant + ":" + std::to_string(c.day))
                   : Key("tenant:", ""),
        Key("loop:", c.run_id),
        Key("loopw:", c.run_id),
        std::to_string(c.now_ms),
        std::to_string(c.cost_micros),
        c.breaker.enabled ? "1" : "0",
        std::to_string(c.breaker.reset_timeout_ms),
        std::to_string(c.breaker.half_open_probes),
        Cap(c.run_max_calls),
        Cap(c.run_max_cost_micros),
        has_tenant ? "1" : "0",
        has_tenant ? Cap(c.tenant->max_calls_per_day) : "-1",
        has_tenant ? Cap(c.tenant->max_cost_micros_per_day) : "-1",
        std::to_string(std::max<int64_t>(1, c.run_ttl_ms)),
        std::to_string(kTenantTtlMs),
        std::to_string(BreakerTtl(c.breaker)),
        c.new_step ? "1" : "0",
        c.retry ? "1" : "0",
        Cap(c.run_max_steps),
        Cap(c.tool_max_calls),
        Cap(c.run_max_retries),
        Cap(c.run_max_duration_ms),
        observe_loop ? "1" : "0",
        std::to_string(std::max(0, c.loop.window)),
        std::to_string(c.loop.max_identical_calls),
        c.tool,
        observe_loop ? std::string(c.canonical_args) : std::string()};
    StatusOr<Reply> reply = Eval(admit_, 5, args);
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 1) return Malformed("admit");
    const int64_t verdict = ReplyInt(r->element[0]);
    if (verdict == 0) {
      const bool clean = r->elements == 2 && ReplyInt(r->element[1]) == 1;
      return Admission{AdmitVerdict::kAdmitted, "", clean};
    }
    if (verdict == 1 && r->elements == 4) {
      return Admission{AdmitVerdict::kBreakerOpen, BreakerRefusal(r)};
    }
    if (r->elements != 11) return Malformed("admit");
    auto at = [r](size_t i) { return ReplyInt(r->element[i]); };
    state_internal::RunView run;
    run.usage = UsageCounters{at(1), at(2), at(5), at(6)};
    run.tool_calls = at(7);
    if (at(8) >= 0) run.started_ms = at(8);
    run.loop_count = at(9);
    if (at(10) != 0) {
      if (at(10) < 0 || at(10) > kLastHaltingVerdict) return Malformed("admit (halt)");
      run.halted = static_cast<AdmitVerdict>(at(10));
    }
    UsageCounters tenant{at(3), at(4)};
    std::optional<Admission> refused = state_internal::CheckLimits(c, run, tenant);
    if (!refused || static_cast<int64_t>(refused->verdict) != verdict) {
      return Malformed("admit (the server's verdict differs from the limits')");
    }
    return *refused;
  }

  StatusOr<bool> RecordOutcome(std::string_view tool, const CircuitBreakerOptions& breaker,
                               BreakerOutcome outcome, int64_t now_ms) override {
    if (!breaker.enabled) return false;
    const char* code = outcome == BreakerOutcome::kSuccess   ? "s"
                       : outcome == BreakerOutcome::kFailure ? "f"
                                                             : "n";
    StatusOr<Reply> reply =
        Eval(record_, 1,
             {Key("breaker:", tool), code, std::to_string(now_ms),
              std::to_string(breaker.failure_threshold), std::to_string(BreakerTtl(breaker))});
    if (!reply.ok()) return reply.status();
    return ReplyInt(reply->get()) == 1;
  }

  StatusOr<BreakerState> BreakerStateOf(std::string_view tool, const CircuitBreakerOptions& breaker,
                                        int64_t now_ms) override {
    StatusOr<Reply> reply = Command({"HMGET", Key("breaker:", tool), "s", "o"});
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 2) return Malformed("HMGET");
    const int64_t s = ReplyInt(r->element[0]);
    if (s == 2) return BreakerState::kHalfOpen;
    if (s != 1) return BreakerState::kClosed;
    const bool timed_out =
        SaturatingSub(now_ms, ReplyInt(r->element[1])) >= breaker.reset_timeout_ms;
    return timed_out ? BreakerState::kHalfOpen : BreakerState::kOpen;
  }

  StatusOr<bool> ConsumeApproval(std::string_view request_id) override {
    StatusOr<Reply> reply = Command(
        {"SET", Key("approval:", request_id), "used", "NX", "PX", std::to_string(kApprovalTtlMs)});
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type == REDIS_REPLY_NIL) return false;
    if (r->type == REDIS_REPLY_STATUS) return true;
    return Malformed("SET NX");
  }

  StatusOr<UsageCounters> RunUsage(std::string_view run_id) override {
    return Usage(Key("run:", run_id));
  }

  StatusOr<UsageCounters> TenantUsage(std::string_view tenant, int64_t day) override {
    return Usage(Key("tenant:", std::string(tenant) + ":" + std::to_string(day)));
  }

  void ForgetRun(std::string_view /*run_id*/) override {}  // other replicas may serve it: TTL

  Status AppendWorkflowEntry(const JournalEntry& entry, std::string_view owner, int64_t now_ms,
                             int64_t lease_ms) override {
    const bool terminal = entry.op == JournalOp::kCommitted || entry.op == JournalOp::kRolledBack ||
                          entry.op == JournalOp::kIncident;
    const int64_t lease_end = SaturatingAdd(now_ms, std::max<int64_t>(1, lease_ms));
    StatusOr<Reply> reply =
        Eval(wf_append_, 3,
             {Key("wfo:", entry.txn), Key("wf:", entry.txn), Key("wfopen", ""), std::string(owner),
              std::to_string(lease_end), EncodeJournalEntry(entry), terminal ? "1" : "0", entry.txn,
              std::to_string(WorkflowTtl(lease_ms))});
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type != REDIS_REPLY_ARRAY || r->elements < 1) return Malformed("workflow append");
    if (ReplyInt(r->element[0]) == 1) return Status::Ok();
    if (r->elements != 2 || r->element[1]->type != REDIS_REPLY_STRING) {
      return Malformed("workflow append");
    }
    return Status::FailedPrecondition("workflow " + entry.txn + " was taken over by " +
                                      std::string(r->element[1]->str, r->element[1]->len) + ": " +
                                      std::string(owner) + " is fenced off");
  }

  StatusOr<std::vector<UnfinishedTransaction>> ClaimAbandonedWorkflows(std::string_view owner,
                                                                       int64_t now_ms,
                                                                       int64_t lease_ms,
                                                                       int max) override {
    const int64_t lease_end = SaturatingAdd(now_ms, std::max<int64_t>(1, lease_ms));
    StatusOr<Reply> reply =
        Eval(wf_claim_, 1,
             {Key("wfopen", ""), std::string(owner), std::to_string(now_ms),
              std::to_string(lease_end), std::to_string(std::max(1, max)),
              options_.key_namespace + ":", std::to_string(WorkflowTtl(lease_ms))});
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type != REDIS_REPLY_ARRAY || r->elements % 2 != 0) return Malformed("workflow claim");
    std::vector<UnfinishedTransaction> claimed;
    for (size_t i = 0; i < r->elements; i += 2) {
      const redisReply* lines = r->element[i + 1];
      if (lines->type != REDIS_REPLY_ARRAY) return Malformed("workflow claim");
      std::string contents;
      for (size_t j = 0; j < lines->elements; ++j) {
        if (lines->element[j]->type != REDIS_REPLY_STRING) return Malformed("workflow claim");
        contents.append(lines->element[j]->str, lines->element[j]->len);
      }
      JournalRecovery rec = RecoverJournal(contents);
      if (rec.corrupt || rec.torn_tail) {
        return Status::DataLoss("redis state store: workflow " +
                                std::string(r->element[i]->str, r->element[i]->len) +
                                " has a bad journal line: " + rec.detail);
      }
      for (UnfinishedTransaction& u : rec.unfinished) claimed.push_back(std::move(u));
    }
    return claimed;
  }

 private:
  std::string Key(std::string_view kind, std::string_view id) const {
    return options_.key_namespace + ":" + std::string(kind) + std::string(id);
  }

  // A workflow's record outlives its lease by a week (for the incident review).
  static int64_t WorkflowTtl(int64_t lease_ms) {
    return SaturatingAdd(std::max<int64_t>(1, lease_ms), 7 * kDayMs);
  }

  static int64_t BreakerTtl(const CircuitBreakerOptions& b) {
    return SaturatingAdd(std::max<int64_t>(0, b.reset_timeout_ms), kDayMs);
  }

  static Status Malformed(const std::string& what) {
    return Status::Internal("redis state store: unexpected reply to " + what);
  }

  StatusOr<UsageCounters> Usage(const std::string& key) {
    StatusOr<Reply> reply = Command({"HMGET", key, "calls", "cost", "steps", "retries"});
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 4) return Malformed("HMGET");
    return UsageCounters{ReplyInt(r->element[0]), ReplyInt(r->element[1]), ReplyInt(r->element[2]),
                         ReplyInt(r->element[3])};
  }

  Status Unreachable(const std::string& what) {
    return Status::Unavailable("redis state store " + Describe() + ": " + what);
  }

  // REQUIRES: mu_ held.
  Status ConnectLocked() {
    context_.reset();
    Context c(redisConnectWithTimeout(options_.host.c_str(), options_.port,
                                      Timeval(options_.connect_timeout_ms)));
    if (!c) return Unreachable("cannot allocate a connection");
    if (c->err) return Unreachable(std::string("cannot connect: ") + c->errstr);
    if (redisSetTimeout(c.get(), Timeval(options_.command_timeout_ms)) != REDIS_OK) {
      return Unreachable("cannot set the command timeout");
    }
    context_ = std::move(c);
    if (options_.db != 0) {
      StatusOr<Reply> selected = CommandLocked({"SELECT", std::to_string(options_.db)});
      if (!selected.ok()) return selected.status();
    }
    for (Script* s : {&admit_, &record_, &wf_append_, &wf_claim_}) {
      StatusOr<Reply> loaded = CommandLocked({"SCRIPT", "LOAD", s->source});
      if (!loaded.ok()) return loaded.status();
      if ((*loaded)->type != REDIS_REPLY_STRING) return Malformed("SCRIPT LOAD");
      s->sha.assign((*loaded)->str, (*loaded)->len);
    }
    return Status::Ok();
  }

  // One command on the connection; an I/O error drops it. REQUIRES: mu_ held, connected.
  StatusOr<Reply> CommandLocked(const std::vector<std::string>& argv) {
    std::vector<const char*> ptrs;
    std::vector<size_t> lens;
    for (const std::string& a : argv) {
      ptrs.push_back(a.data());
      lens.push_back(a.size());
    }
    Reply r(static_cast<redisReply*>(
        redisCommandArgv(context_.get(), static_cast<int>(argv.size()), ptrs.data(), lens.data())));
    if (!r) {
      std::string err = context_->errstr;
      context_.reset();
      return Unreachable("connection lost: " + err);
    }
    if (r->type == REDIS_REPLY_ERROR) {
      return Status::Internal("redis state store: " + argv[0] + ": " + std::string(r->str, r->len));
    }
    return r;
  }

  StatusOr<Reply> Command(const std::vector<std::string>& argv) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!context_) BR_RETURN_IF_ERROR(ConnectLocked());
    return CommandLocked(argv);
  }

  struct Script {
    const char* source;
    std::string sha;
  };

  // EVALSHA of `script` with `keys` keys then arguments; NOSCRIPT (a restarted server) sends
  // the source with EVAL once.
  StatusOr<Reply> Eval(Script& script, int keys, const std::vector<std::string>& args) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!context_) BR_RETURN_IF_ERROR(ConnectLocked());
    std::vector<std::string> argv = {"EVALSHA", script.sha, std::to_string(keys)};
    argv.insert(argv.end(), args.begin(), args.end());
    StatusOr<Reply> reply = CommandLocked(argv);
    if (reply.ok() || reply.status().message().find("NOSCRIPT") == std::string::npos) {
      return reply;
    }
    argv[0] = "EVAL";
    argv[1] = script.source;
    return CommandLocked(argv);
  }

  const RedisStoreOptions options_;
  std::mutex mu_;
  Context context_;  // null while disconnected
  Script admit_{kAdmitScript, ""};
  Script record_{kRecordScript, ""};
  Script wf_append_{kWorkflowAppendScript, ""};
  Script wf_claim_{kWorkflowClaimScript, ""};
};

}  // namespace

StatusOr<std::unique_ptr<StateStore>> OpenRedisStateStore(const RedisStoreOptions& options) {
  auto bad = [](const std::string& what) {
    return Status::InvalidArgument("redis state store: " + what);
  };
  if (options.host.empty()) return bad("no host");
  if (options.port < 1 || options.port > 65535) return bad("port out of range 1..65535");
  if (options.db < 0 || options.db > 15) return bad("db out of range 0..15");
  if (options.key_namespace.empty()) return bad("empty key namespace");
  for (int64_t t : {options.connect_timeout_ms, options.command_timeout_ms}) {
    if (t < 1 || t > kMaxRedisTimeoutMs) {
      return bad("timeouts must be 1.." + std::to_string(kMaxRedisTimeoutMs) + " ms");
    }
  }
  // A write to a connection the server dropped must be an error, not the death of the process.
  struct sigaction current {};
  if (sigaction(SIGPIPE, nullptr, &current) == 0 && current.sa_handler == SIG_DFL) {
    signal(SIGPIPE, SIG_IGN);
  }
  auto store = std::make_unique<RedisStateStore>(options);
  BR_RETURN_IF_ERROR(store->Open());
  return std::unique_ptr<StateStore>(std::move(store));
}

}  // namespace blastradius
