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

// Breaker hash fields: s (0 closed, 1 open, 2 half-open), f (counted failures), o (opened at),
// p (probes in flight), pa (last probe admitted at), n (openings).
// Admit script. KEYS: breaker, run, tenant. ARGV: now, cost, breaker enabled (0/1), reset ms,
// probes, run max calls, run max cost, has tenant (0/1), tenant max calls, tenant max cost
// (-1 = no cap), run ttl, tenant ttl, breaker ttl. Returns {verdict, ...}: 0 admitted;
// 1 breaker {1, open, ms to half-open, failures} or {1, half-open, probes, failures};
// 2-5 counters {code, run calls, run cost, tenant calls, tenant cost}; admitted: {0, clean}
// (clean: breaker disabled, or closed with no counted failure).
constexpr char kAdmitScript[] = R"lua(
local function num(v) return tonumber(v) or 0 end
local now, cost = tonumber(ARGV[1]), tonumber(ARGV[2])
local run = redis.call('HMGET', KEYS[2], 'calls', 'cost')
local rc, rcost = num(run[1]), num(run[2])
local tc, tcost = 0, 0
local has_t = ARGV[8] == '1'
if has_t then
  local t = redis.call('HMGET', KEYS[3], 'calls', 'cost')
  tc, tcost = num(t[1]), num(t[2])
end
local rmax_calls, rmax_cost = tonumber(ARGV[6]), tonumber(ARGV[7])
local tmax_calls, tmax_cost = tonumber(ARGV[9]), tonumber(ARGV[10])
local verdict = 0
if rmax_calls >= 0 and rc >= rmax_calls then verdict = 2
elseif rmax_cost >= 0 and cost > rmax_cost - rcost then verdict = 3
elseif has_t and tmax_calls >= 0 and tc >= tmax_calls then verdict = 4
elseif has_t and tmax_cost >= 0 and cost > tmax_cost - tcost then verdict = 5 end
if verdict ~= 0 then return {verdict, rc, rcost, tc, tcost} end
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
redis.call('HINCRBY', KEYS[2], 'calls', 1)
redis.call('HINCRBY', KEYS[2], 'cost', ARGV[2])
redis.call('PEXPIRE', KEYS[2], ARGV[11])
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
    std::vector<std::string> args = {
        Key("breaker:", c.tool),
        Key("run:", c.run_id),
        has_tenant ? Key("tenant:", c.tenant->tenant + ":" + std::to_string(c.day))
                   : Key("tenant:", ""),
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
        std::to_string(BreakerTtl(c.breaker))};
    StatusOr<Reply> reply = Eval(admit_, 3, args);
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
    if (r->elements != 5) return Malformed("admit");
    UsageCounters run{ReplyInt(r->element[1]), ReplyInt(r->element[2])};
    UsageCounters tenant{ReplyInt(r->element[3]), ReplyInt(r->element[4])};
    std::optional<Admission> refused = state_internal::CheckCounters(c, run, tenant);
    if (!refused) return Malformed("admit (the server refused what the limits admit)");
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

 private:
  std::string Key(std::string_view kind, std::string_view id) const {
    return options_.key_namespace + ":" + std::string(kind) + std::string(id);
  }

  static int64_t BreakerTtl(const CircuitBreakerOptions& b) {
    return SaturatingAdd(std::max<int64_t>(0, b.reset_timeout_ms), kDayMs);
  }

  static Status Malformed(const std::string& what) {
    return Status::Internal("redis state store: unexpected reply to " + what);
  }

  StatusOr<UsageCounters> Usage(const std::string& key) {
    StatusOr<Reply> reply = Command({"HMGET", key, "calls", "cost"});
    if (!reply.ok()) return reply.status();
    const redisReply* r = reply->get();
    if (r->type != REDIS_REPLY_ARRAY || r->elements != 2) return Malformed("HMGET");
    return UsageCounters{ReplyInt(r->element[0]), ReplyInt(r->element[1])};
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
    for (Script* s : {&admit_, &record_}) {
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
