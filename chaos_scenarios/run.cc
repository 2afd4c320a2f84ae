#include "chaos_scenarios/run.h"

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <sstream>

#include "blastradius/alerts.h"
#include "blastradius/audit_log.h"
#include "blastradius/guard.h"
#include "blastradius/journal.h"
#include "blastradius/learned_detector.h"
#include "blastradius/state_store.h"
#include "chaos_scenarios/invariants.h"
#include "chaos_scenarios/server_run.h"
#include "fakes/sim_env.h"
#include "fakes/temp_dir.h"

namespace blastradius::chaos {
namespace {

using fakes::SimEnv;

constexpr const char* kJournalPath = "journal.jsonl";
constexpr int kCrashExitCode = 77;
constexpr int64_t kRestartDelayMs = 5'000;
constexpr unsigned kChildTimeoutSeconds = 120;

class OrderedAuditSink : public AuditSink {
 public:
  explicit OrderedAuditSink(RunHistory* h) : h_(h) {}
  Status Write(const AuditRecord& record) override {
    std::lock_guard<std::mutex> lock(mu_);
    h_->audit_lines.push_back(AuditRecordToLine(record));
    h_->order.push_back({'a', h_->audit_lines.size() - 1});
    return Status::Ok();
  }

 private:
  std::mutex mu_;
  RunHistory* h_;
};

class OrderedAlertSink : public AlertSink {
 public:
  explicit OrderedAlertSink(RunHistory* h) : h_(h) {}
  Status Raise(const Alert& alert) override {
    std::lock_guard<std::mutex> lock(mu_);
    h_->alerts.push_back(AlertToJson(alert));
    h_->order.push_back({'l', h_->alerts.size() - 1});
    return Status::Ok();
  }

 private:
  std::mutex mu_;
  RunHistory* h_;
};

// One simulated world around one Guard.
class Harness {
 public:
  Harness(uint64_t seed, fakes::SimEnvOptions env_options, RunHistory history)
      : env_(seed, env_options),
        h_(std::move(history)),
        approvals_before_(h_.approvals),
        audit_(&h_),
        alerts_(&h_) {}

  Status Build(const Scenario& s, const std::vector<fakes::FaultSpec>& faults,
               std::shared_ptr<const Detector> detector, fakes::CrashHook crash,
               std::unique_ptr<fakes::FakeWorld> world) {
    world_ = world ? std::move(world) : std::make_unique<fakes::FakeWorld>();
    approver_ = std::make_unique<fakes::RecordingApprover>(fakes::MakeApprover(s.approver, &env_));
    provenance_ = std::make_unique<fakes::RunProvenance>(approver_.get(), &tags_);
    box_ = fakes::FakeToolbox::FromManifest(s.manifest, &env_, world_.get(), provenance_.get());
    recorder_.wire = h_.wire;
    recorder_.faults = h_.faults;
    recorder_.on_wire = [this](const fakes::WireRecord&) {
      h_.order.push_back({'w', recorder_.wire.size() - 1});
    };
    faults_ = std::make_unique<fakes::FaultStack>(faults, box_.get(), &env_, &recorder_,
                                                  std::move(crash));
    wire_ = std::make_unique<fakes::WireRecorder>(faults_.get(), &env_, &recorder_);
    StatusOr<std::unique_ptr<Journal>> journal = Journal::Open(&env_, kJournalPath);
    if (!journal.ok()) return journal.status();
    journal_ = std::move(*journal);
    GuardDeps deps;
    deps.env = &env_;
    wrapped_ = wrap_ ? wrap_(wire_.get()) : nullptr;
    deps.executor = wrapped_ ? wrapped_.get() : wire_.get();
    deps.approver = approver_.get();
    deps.audit = s.policy.audit_log.enabled ? &audit_ : nullptr;
    deps.alerts = s.policy.alerts.sink != "none" ? &alerts_ : nullptr;
    deps.journal = journal_.get();
    deps.detector = std::move(detector);
    if (s.state != "memory") {  // a restarted guard reopens the same namespace: state survives
      StatusOr<std::unique_ptr<StateStore>> state =
          OpenStateStore(s.state, s.state_namespace + ":" + h_.run_id);
      if (!state.ok()) return state.status();
      state_ = std::move(*state);
      deps.state = state_.get();
    }
    StatusOr<std::unique_ptr<Guard>> guard = Guard::Create(s.manifest, s.policy, deps);
    if (!guard.ok()) return guard.status();
    guard_ = std::move(*guard);
    return Status::Ok();
  }

  fakes::AgentReport RunAgent(const Scenario& s) {
    h_.start_ms = env_.NowMillis();
    fakes::AgentContext ctx;
    ctx.guard = guard_.get();
    ctx.env = &env_;
    ctx.run_id = h_.run_id;
    ctx.tags = &tags_;
    ctx.manifest = &s.manifest;
    ctx.on_call = [this](const fakes::AgentCall& c) {
      h_.agent_calls.push_back(c);
      h_.order.push_back({'c', h_.agent_calls.size() - 1});
    };
    fakes::AgentReport report = fakes::MakeAgent(s.agent)->Run(ctx);
    h_.outcome = report.outcome;
    h_.stop_reason = report.stop_reason;
    h_.workflow_committed = report.workflow_committed;
    h_.agent_outputs = report.outputs;
    return report;
  }

  std::vector<RollbackReport> Recover() {
    StatusOr<std::string> contents = env_.ReadFileToString(kJournalPath);
    return guard_->Recover(RecoverJournal(contents.ok() ? *contents : ""));
  }

  // Copies what the world, the wire and the journal hold into the history.
  RunHistory& Collect(bool crash_image) {
    h_.ledger = world_->ledger();
    h_.wire = recorder_.wire;
    h_.faults = recorder_.faults;
    h_.approvals = approvals_before_;  // a restarted process has a fresh approver
    for (Json& a : approver_->history()) h_.approvals.push_back(std::move(a));
    h_.end_ms = env_.NowMillis();
    if (crash_image) {
      h_.journal = env_.CrashImage()[kJournalPath];
    } else {
      StatusOr<std::string> j = env_.ReadFileToString(kJournalPath);
      h_.journal = j.ok() ? *j : "";
    }
    return h_;
  }

  SimEnv& env() { return env_; }
  void set_wrapper(ExecutorWrapper wrap) { wrap_ = std::move(wrap); }

 private:
  SimEnv env_;
  RunHistory h_;
  const std::vector<Json> approvals_before_;
  OrderedAuditSink audit_;
  OrderedAlertSink alerts_;
  fakes::RunRecorder recorder_;
  fakes::CallTags tags_;
  std::unique_ptr<fakes::FakeWorld> world_;
  std::unique_ptr<fakes::RecordingApprover> approver_;
  std::unique_ptr<fakes::RunProvenance> provenance_;
  std::unique_ptr<fakes::FakeToolbox> box_;
  std::unique_ptr<fakes::FaultStack> faults_;
  std::unique_ptr<fakes::WireRecorder> wire_;
  ExecutorWrapper wrap_;
  std::unique_ptr<ToolExecutor> wrapped_;  // the test seam, between the guard and the wire
  std::unique_ptr<Journal> journal_;
  std::unique_ptr<StateStore> state_;  // --state other than memory; outlives the guard
  std::unique_ptr<Guard> guard_;
};

RunHistory FreshHistory(const Scenario& s, uint64_t seed) {
  RunHistory h;
  h.seed = seed;
  h.run_id = s.name + "#" + std::to_string(seed);
  return h;
}

}  // namespace

SeedResult FailedSeed(uint64_t seed, const std::string& why, RunHistory h) {
  SeedResult r;
  r.seed = seed;
  r.outcome = "error";
  r.failures.push_back(why);
  r.history = std::move(h);
  return r;
}

void JudgeSeed(const Scenario& s, SeedResult* r) {
  const RunHistory& h = r->history;
  r->outcome = h.outcome;
  if (h.outcome == "runaway") r->failures.push_back("runaway: " + h.stop_reason);
  if (s.expect_outcome && *s.expect_outcome != h.outcome) {
    r->failures.push_back("outcome: expected " + *s.expect_outcome + ", got " + h.outcome + " (" +
                          h.stop_reason + ")");
  }
  InvariantChecker invariants(h, s);  // reads the audit lines once for every invariant
  for (const std::string& inv : s.expect_invariants) {
    InvariantResult ir = invariants.Check(inv);
    if (!ir.held) r->failures.push_back("invariant " + inv + ": " + ir.evidence);
  }
  for (const std::string& alert : s.expect_alerts) {
    if (!h.HasAlert(alert)) r->failures.push_back("alert " + alert + ": never raised");
  }
  r->passed = r->failures.empty();
  r->facts = ObserveFacts(h, s);
}

namespace {

SeedResult RunInProcess(const Scenario& s, uint64_t seed, std::shared_ptr<const Detector> detector,
                        const ExecutorWrapper& wrap = nullptr) {
  Harness harness(seed, {}, FreshHistory(s, seed));
  harness.set_wrapper(wrap);
  Status built = harness.Build(s, s.faults, std::move(detector), nullptr, nullptr);
  if (!built.ok()) return FailedSeed(seed, "the guard did not start: " + built.ToString());
  harness.RunAgent(s);
  SeedResult r;
  r.seed = seed;
  r.history = harness.Collect(false);
  JudgeSeed(s, &r);
  return r;
}

std::string WriteState(const std::string& path, RunHistory& h) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << HistoryToJson(h).dump(-1, ' ', false, Json::error_handler_t::replace);
  out.flush();
  return path;
}

// The child: runs until the crash fault kills it, leaving the world, the journal's crash image
// and the history so far in `state_file`.
[[noreturn]] void RunChild(const Scenario& s, uint64_t seed,
                           std::shared_ptr<const Detector> detector,
                           const std::string& state_file) {
  alarm(kChildTimeoutSeconds);
  Harness harness(seed, {}, FreshHistory(s, seed));
  Harness* self = &harness;
  fakes::CrashHook crash = [self, &state_file](const Invocation&, bool) {
    RunHistory& h = self->Collect(/*crash_image=*/true);
    h.crashed = true;
    WriteState(state_file, h);
    _exit(kCrashExitCode);
  };
  Status built = harness.Build(s, s.faults, std::move(detector), crash, nullptr);
  if (!built.ok()) _exit(3);
  harness.RunAgent(s);
  WriteState(state_file, harness.Collect(false));
  _exit(0);
}

SeedResult RunWithCrash(const Scenario& s, uint64_t seed,
                        std::shared_ptr<const Detector> detector) {
  const fakes::TempDir dir("blastradius-crash");  // removed on every return, fork failure too
  if (dir.path().empty()) {
    return FailedSeed(seed, "cannot create a temporary folder for the crash run");
  }
  const std::string state_file = dir / "state.json";
  std::fflush(nullptr);
  const pid_t pid = fork();
  if (pid < 0) return FailedSeed(seed, "fork failed");
  if (pid == 0) RunChild(s, seed, detector, state_file);
  int status = 0;
  waitpid(pid, &status, 0);
  std::ifstream in(state_file, std::ios::binary);
  std::stringstream text;
  text << in.rdbuf();
  Json state = Json::parse(text.str(), nullptr, false);
  if (!WIFEXITED(status) || state.is_discarded()) {
    return FailedSeed(seed,
                      "the crash child died unexpectedly (status " + std::to_string(status) + ")");
  }
  RunHistory before = HistoryFromJson(state);
  if (WEXITSTATUS(status) != kCrashExitCode) {
    SeedResult r;
    r.seed = seed;
    r.history = std::move(before);
    JudgeSeed(s, &r);
    return r;
  }
  // Restart: a fresh Guard over the surviving journal and world. Crash faults do not fire again.
  std::vector<fakes::FaultSpec> faults;
  for (const fakes::FaultSpec& f : s.faults) {
    if (f.kind != "crash") faults.push_back(f);
  }
  fakes::SimEnvOptions restart;
  restart.start_clock_ms = before.end_ms + kRestartDelayMs;
  auto world = fakes::FakeWorld::FromJson(state["ledger"]);
  const std::string journal = before.journal;
  Harness harness(seed ^ 0x9e3779b97f4a7c15ULL, restart, std::move(before));
  harness.env().PutFile(kJournalPath, journal);
  Status built = harness.Build(s, faults, std::move(detector), nullptr,
                               world.ok() ? std::move(*world) : nullptr);
  if (!built.ok())
    return FailedSeed(seed, "the restarted guard did not start: " + built.ToString());
  std::vector<RollbackReport> reports = harness.Recover();
  RunHistory& h = harness.Collect(false);
  h.crashed = true;
  h.outcome = "crashed";
  h.recovery = "recovery found " + std::to_string(reports.size()) + " unfinished workflow(s)";
  for (const RollbackReport& rb : reports) {
    const std::string state_name(WorkflowStateName(rb.state));
    h.recovery += "; " + rb.txn + ": " + state_name;
    if (h.outcome != "incident") h.outcome = state_name;
  }
  h.stop_reason = "the process crashed; " + h.recovery;
  SeedResult r;
  r.seed = seed;
  r.history = h;
  JudgeSeed(s, &r);
  return r;
}

std::string Shorten(std::string s, size_t n = 160) {
  for (char& c : s) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  if (s.size() > n) s = s.substr(0, n) + "...";
  return s;
}

}  // namespace

StatusOr<std::shared_ptr<const Detector>> DetectorFor(const Policy& policy) {
  if (!policy.sanitizer.enabled) return std::shared_ptr<const Detector>();
  return CreatePolicyDetector(Env::Default(), policy.sanitizer.packs,
                              policy.sanitizer.learned_stage);
}

StatusOr<std::shared_ptr<const Detector>> DetectorCache::For(const Policy& policy) {
  std::string key = policy.sanitizer.enabled ? "on" : "off";
  key += policy.sanitizer.learned_stage ? "+learned" : "";
  for (const std::string& pack : policy.sanitizer.packs) key += "|" + pack;
  auto it = built_.find(key);
  if (it != built_.end()) return it->second;
  StatusOr<std::shared_ptr<const Detector>> made = DetectorFor(policy);
  if (made.ok()) built_.emplace(std::move(key), *made);
  return made;
}

SeedResult RunSeedWrapped(const Scenario& s, uint64_t seed,
                          std::shared_ptr<const Detector> detector, const ExecutorWrapper& wrap) {
  return RunInProcess(s, seed, std::move(detector), wrap);
}

SeedResult RunSeed(const Scenario& s, uint64_t seed, std::shared_ptr<const Detector> detector) {
  if (s.server) return RunServerSeed(s, seed);
  if (s.has_crash()) return RunWithCrash(s, seed, std::move(detector));
  return RunInProcess(s, seed, std::move(detector));
}

std::string TraceHeader(const Scenario& s, uint64_t seed) {
  std::string faults;
  for (const fakes::FaultSpec& f : s.faults) {
    faults += (faults.empty() ? "" : ", ") + f.kind + "@" + f.tool;
    if (f.probability) faults += " p=" + std::to_string(*f.probability).substr(0, 4);
  }
  return "seed " + std::to_string(seed) + " of " + s.name + " (" + s.file + "): agent " +
         s.agent.kind + ", approver " + s.approver.kind + ", faults [" + faults + "]";
}

std::vector<std::string> ReadableTrace(const Scenario& s, const RunHistory& h) {
  std::vector<std::string> lines = {TraceHeader(s, h.seed)};
  for (const HistoryEvent& e : h.order) {
    std::ostringstream line;
    if (e.type == 'c' && e.index < h.agent_calls.size()) {
      const fakes::AgentCall& c = h.agent_calls[e.index];
      line << "agent  #" << c.index << " " << c.tool << " " << Shorten(CanonicalJson(c.args), 80)
           << (c.injected ? " [from tool output]" : "") << " -> " << c.status << " / "
           << c.decision;
    } else if (e.type == 'w' && e.index < h.wire.size()) {
      const fakes::WireRecord& w = h.wire[e.index];
      line << "wire   t=" << (w.start_ms - h.start_ms) << "ms " << w.tool << " " << w.call_id
           << " attempt " << w.attempt
           << (w.compensates.empty() ? "" : " compensating " + w.compensates) << " -> " << w.outcome
           << (w.error.empty() ? "" : " (" + Shorten(w.error, 60) + ")");
      for (const fakes::FaultEvent& f : h.faults) {
        if (f.call_id == w.call_id && f.attempt == w.attempt && f.tool == w.tool) {
          line << " [fault " << f.kind << ": " << Shorten(f.detail, 70) << "]";
        }
      }
    } else if (e.type == 'a' && e.index < h.audit_lines.size()) {
      Json a = Json::parse(h.audit_lines[e.index], nullptr, false);
      if (a.is_discarded()) a = Json::object();
      line << "audit  step " << a.value("step_number", 0) << " " << a.value("tool_name", "")
           << " attempt " << a.value("attempt", 0) << ": " << a.value("decision", "") << " ("
           << Shorten(a.value("reason", ""), 100) << ")";
    } else if (e.type == 'l' && e.index < h.alerts.size()) {
      const Json& a = h.alerts[e.index];
      line << "ALERT  " << a.value("kind", "") << ": " << Shorten(a.value("reason", ""), 120);
    } else {
      continue;
    }
    lines.push_back(line.str());
  }
  if (h.crashed) lines.push_back("CRASH  " + h.recovery);
  lines.push_back("end    outcome " + h.outcome + ": " + h.stop_reason);
  return lines;
}

}  // namespace blastradius::chaos
