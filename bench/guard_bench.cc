// Guard overhead per call, each figure beside its baseline in the same run.
//
//   guard/baseline_direct_executor         the executor called directly, no guard: the floor
//   guard/baseline_sanitize_output         Sanitizer::Sanitize alone on the allow path's 200 B
//                                          output (default options, bundled packs, a nonce from
//                                          the Env): the sanitizer's share of the allow path, so
//                                          the guard's own share is allow minus this row
//   guard/allow/audit:none                 tier 0, every layer on except the audit record:
//                                          the decision path (registry, budget, loop, tier,
//                                          breaker, execute, sanitizer on a 200 B output)
//   guard/baseline_sanitize_empty_output   the same on an empty output (framing, nonce, the
//                                          detector's fixed cost)
//   guard/allow_empty_output/audit:none|memory   the allow path with a tool that answers "":
//                                          minus baseline_sanitize_empty_output, the guard's own
//                                          cost, apart from the sanitizer's per-byte work
//   guard/allow/audit:memory|file          the same plus one audit record per call, kept in
//                                          memory (MemoryAuditSink keeping the last 1024
//                                          records) or appended to a real file
//   guard/allow/audit:file_sync64|nosync   the file sink syncing every 64 records / never
//                                          (audit_log.sync_every_records 64 / 0); file rows
//                                          are wall-clock
//   guard/allow/audit:file_buf64_nosync    the file sink with one write(2) per 64 records,
//                                          never synced (audit_log.buffer_records 64,
//                                          sync_every_records 0); wall-clock
//   guard/baseline_write_record_line       the floor of the file_nosync row's record: one
//                                          append (write(2)) of an allow-path record's line,
//                                          as the file sink rendered it, to a file opened the
//                                          same way (Env::NewAppendableFile: O_WRONLY|O_CREAT|
//                                          O_APPEND), nothing else; wall-clock. The record
//                                          cost above it is the rendering and the sink's own
//                                          work (file_nosync − audit:none − this row)
//   guard/baseline_render_record_line      the file sink's rendering of that record's line alone
//                                          (read back from the line, rendered into a reused
//                                          buffer); CPU time
//   guard/allow_latency/threads:1|2        the decision path, every call timed with a steady
//                                          clock: p50/p99/p999 counters (per thread, averaged)
//   guard/deny/budget|breaker_open|tier3_rejected   calls stopped by a layer (the tier-3
//                                          approver rejects without asking for the binding)
//   guard/deny/tier3_rejected_bound        the same with an approver that echoes the binding
//                                          (the SHA-256 digest is computed for it)
//   guard/allow_tools/<n>                  cost against the number of tools in the manifest
//   guard/long_run/window:<w>              one run of 1,000,000 calls, cost per call measured in
//                                          10 windows, and the bytes the run keeps (mallinfo2)
//   guard/run_memory                       bytes one 25-call run keeps until EndRun
//
// Runs rotate every 25 calls (the example policy's max_steps), with distinct arguments inside a
// run, so the default budgets and loop detection stay on without stopping the allow path.
// BenchEnv's clock is simulated: it never moves unless slept on, so no timeout fires by chance.
#include <benchmark/benchmark.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "bench_env.h"
#include "blastradius/audit_log.h"
#include "blastradius/decision.h"
#include "blastradius/guard.h"
#include "text_corpus.h"

namespace blastradius::bench {
namespace {

constexpr int kCallsPerRun = 25;
constexpr size_t kOutputBytes = 200;
constexpr size_t kKeptRecords = 1024;  // audit:memory rows: the memory sink's ring

class FixedExecutor : public ToolExecutor {
 public:
  explicit FixedExecutor(std::string output) : output_(std::move(output)) {}
  // "flaky" always fails transiently; every other tool answers ok with the fixed output.
  ToolResult Execute(const Invocation& invocation) override {
    if (invocation.tool == "flaky") return ToolResult::Failed("503 service unavailable", true);
    return ToolResult::Ok(output_);
  }

 private:
  const std::string output_;
};

// A human who says no at once. A rejection need not be bound (approval.h), so by default it
// does not ask for the binding and nothing is hashed; `echo_binding` answers with the request's
// binding, as an approver that shows it to its human does (the digest is then computed).
class RejectingApprover : public Approver {
 public:
  void Submit(const ApprovalRequestView&) override {}
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override {
    return ApprovalAnswer{request.request_id(), echo_binding ? request.binding() : std::string(),
                          "reject", "bench", ""};
  }
  bool echo_binding = false;
};

class CountingAlertSink : public AlertSink {
 public:
  Status Raise(const Alert&) override {
    count_.fetch_add(1, std::memory_order_relaxed);
    return Status::Ok();
  }

 private:
  std::atomic<int64_t> count_{0};
};

enum class AuditMode { kNone, kMemory, kFile };

struct GuardConfig {
  int tools = 10;
  AuditMode audit = AuditMode::kNone;
  int64_t budget_scale = 1;  // multiplies the step and call budgets (long runs)
  int loop_window = 0;
  bool breaker_never_resets = false;
  int64_t audit_sync_every = 1;        // FileAuditSink's sync_every_records
  int64_t audit_buffer_records = 1;    // FileAuditSink's buffer_records
  size_t output_bytes = kOutputBytes;  // what every tool answers (0: the empty output)
  bool approver_echoes_binding = false;
  const char* audit_file = "audit.jsonl";  // the file sink's scratch file
};

struct GuardFixture {
  explicit GuardFixture(size_t output_bytes)
      : executor(output_bytes == 0 ? "" : MakeText(AllTextKinds()[0], output_bytes)) {}
  BenchEnv env;
  FixedExecutor executor;
  RejectingApprover approver;
  CountingAlertSink alerts;
  std::unique_ptr<AuditSink> audit;
  std::string audit_path;
  std::unique_ptr<Guard> guard;
  std::vector<std::string> read_tools;

  ~GuardFixture() {
    guard.reset();
    audit.reset();
    if (!audit_path.empty()) Env::Default()->RemoveFile(audit_path).IgnoreError();
  }
};

Manifest MakeManifest(int tools, std::vector<std::string>* names) {
  Json doc = {{"tools", Json::array()}};
  for (int i = 0; i < tools; ++i) {
    char name[32];
    std::snprintf(name, sizeof(name), "read_%05d", i);
    names->push_back(name);
    doc["tools"].push_back({{"name", name}, {"tier", 0}, {"description", "read a record"}});
  }
  doc["tools"].push_back({{"name", "flaky"}, {"tier", 0}, {"description", "always fails"}});
  doc["tools"].push_back({{"name", "wire_money"},
                          {"tier", 3},
                          {"external", true},
                          {"description", "irreversible payment"}});
  StatusOr<Manifest> manifest = Manifest::FromJson(doc, "bench manifest");
  if (!manifest.ok()) {
    std::fprintf(stderr, "%s\n", manifest.status().ToString().c_str());
    std::abort();
  }
  return *manifest;
}

std::unique_ptr<GuardFixture> MakeFixture(const GuardConfig& config) {
  auto f = std::make_unique<GuardFixture>(config.output_bytes);
  Policy policy;
  policy.budget.max_steps = *policy.budget.max_steps * config.budget_scale;
  policy.budget.max_tool_calls = *policy.budget.max_tool_calls * config.budget_scale;
  policy.loop_detection.window = config.loop_window;
  if (config.breaker_never_resets) policy.circuit_breaker.reset_timeout_ms = int64_t{1} << 50;
  policy.audit_log.enabled = config.audit != AuditMode::kNone;
  GuardDeps deps;
  deps.env = &f->env;
  deps.executor = &f->executor;
  f->approver.echo_binding = config.approver_echoes_binding;
  deps.approver = &f->approver;
  deps.alerts = &f->alerts;
  if (config.audit == AuditMode::kMemory) {
    // The library's memory sink keeping the last kKeptRecords (a ring of reused slots), so
    // that a benchmark of millions of calls measures the record, not the growth of a vector.
    auto ring = std::make_unique<MemoryAuditSink>(kKeptRecords);
    AuditRecord warm;  // fill every slot once: later writes replace, never grow
    warm.tool_outputs = std::string(kOutputBytes, 'x');
    for (size_t i = 0; i < kKeptRecords; ++i) ring->Write(warm).IgnoreError();
    f->audit = std::move(ring);
  } else if (config.audit == AuditMode::kFile) {
    f->audit_path = ScratchPath(config.audit_file);
    StatusOr<std::unique_ptr<FileAuditSink>> sink = FileAuditSink::Open(
        &f->env, f->audit_path, config.audit_sync_every, config.audit_buffer_records);
    if (!sink.ok()) {
      std::fprintf(stderr, "%s\n", sink.status().ToString().c_str());
      std::abort();
    }
    f->audit = std::move(*sink);
  }
  deps.audit = f->audit.get();
  StatusOr<std::unique_ptr<Guard>> guard =
      Guard::Create(MakeManifest(config.tools, &f->read_tools), policy, deps);
  if (!guard.ok()) {
    std::fprintf(stderr, "Guard::Create: %s\n", guard.status().ToString().c_str());
    std::abort();
  }
  f->guard = std::move(*guard);
  return f;
}

// One fixture per benchmark name, shared by that benchmark's threads, alive until
// ReleaseFixtures (after the last benchmark): each removes its audit file when it goes.
std::mutex fixtures_mu;
std::map<std::string, std::unique_ptr<GuardFixture>>& Fixtures() {
  static auto* fixtures = new std::map<std::string, std::unique_ptr<GuardFixture>>();
  return *fixtures;
}

GuardFixture& FixtureFor(const std::string& key, const GuardConfig& config) {
  std::lock_guard<std::mutex> lock(fixtures_mu);
  std::unique_ptr<GuardFixture>& f = Fixtures()[key];
  if (!f) f = MakeFixture(config);
  return *f;
}

void ReleaseFixtures() {
  std::lock_guard<std::mutex> lock(fixtures_mu);
  Fixtures().clear();
}

// Per-call latencies of one thread, in nanoseconds.
class LatencyRecorder {
 public:
  explicit LatencyRecorder(size_t expected) {
    samples_.reserve(std::min<size_t>(expected, size_t{1} << 24));
  }
  void Add(std::chrono::steady_clock::duration d) {
    samples_.push_back(std::chrono::duration<double, std::nano>(d).count());
  }
  void Report(benchmark::State& state) {
    if (samples_.empty()) return;
    std::sort(samples_.begin(), samples_.end());
    auto at = [&](double q) {
      return samples_[std::min(samples_.size() - 1, static_cast<size_t>(q * samples_.size()))] /
             1000.0;
    };
    state.counters["p50_us"] = benchmark::Counter(at(0.50), benchmark::Counter::kAvgThreads);
    state.counters["p99_us"] = benchmark::Counter(at(0.99), benchmark::Counter::kAvgThreads);
    state.counters["p999_us"] = benchmark::Counter(at(0.999), benchmark::Counter::kAvgThreads);
  }

 private:
  std::vector<double> samples_;
};

// Drives one thread's calls: `tool` for every call, distinct arguments within a run, a new run
// every kCallsPerRun calls. Checks that each call got `expected` as its decision.
class CallDriver {
 public:
  CallDriver(GuardFixture& f, const benchmark::State& state, std::string prefix)
      : f_(f), prefix_(std::move(prefix) + "-t" + std::to_string(state.thread_index()) + "-r") {
    call_.run_id = prefix_ + "0";
    call_.args = {{"customer_id", "C-1042"}, {"page", 0}};
  }
  ~CallDriver() { f_.guard->EndRun(call_.run_id); }

  // Makes one call and returns whether its decision was `expected`.
  bool Call(const std::string& tool, Decision expected, bool rotate = true) {
    if (rotate && in_run_ == kCallsPerRun) NextRun();
    call_.tool = tool;
    call_.args["page"] = in_run_++;
    CallResult r = f_.guard->Call(call_);
    if (r.decision == expected) return true;
    if (first_mismatch_.empty())
      first_mismatch_ = std::string(DecisionName(r.decision)) + ": " + r.status.ToString();
    return false;
  }
  void NextRun() {
    f_.guard->EndRun(call_.run_id);
    call_.run_id = prefix_ + std::to_string(++runs_);
    in_run_ = 0;
  }
  const std::string& first_mismatch() const { return first_mismatch_; }

 private:
  GuardFixture& f_;
  const std::string prefix_;
  ToolCall call_;
  int in_run_ = 0;
  int64_t runs_ = 0;
  std::string first_mismatch_;
};

void ReportMismatches(benchmark::State& state, int64_t mismatches, const CallDriver& d) {
  state.counters["unexpected_decisions"] = static_cast<double>(mismatches);
  if (mismatches > 0) {
    state.SkipWithError(("unexpected decision, first: " + d.first_mismatch()).c_str());
  }
}

void BM_DirectExecutor(benchmark::State& state) {
  FixedExecutor executor(MakeText(AllTextKinds()[0], kOutputBytes));
  Invocation inv;
  inv.run_id = "direct";
  inv.tool = "read_00000";
  inv.args = {{"customer_id", "C-1042"}, {"page", 0}};
  for (auto _ : state) {
    ToolResult r = executor.Execute(inv);
    benchmark::DoNotOptimize(r.output.data());
  }
  state.SetItemsProcessed(state.iterations());
}

void BM_SanitizeOutput(benchmark::State& state, size_t output_bytes) {
  StatusOr<std::vector<PatternPack>> packs = LoadBundledPacks(Env::Default());
  if (!packs.ok()) {
    state.SkipWithError(packs.status().ToString().c_str());
    return;
  }
  StatusOr<std::unique_ptr<PatternDetector>> detector = PatternDetector::Create(std::move(*packs));
  if (!detector.ok()) {
    state.SkipWithError(detector.status().ToString().c_str());
    return;
  }
  const Sanitizer sanitizer(Policy().sanitizer, std::move(*detector));
  const std::string output =
      output_bytes == 0 ? std::string() : MakeText(AllTextKinds()[0], output_bytes);
  BenchEnv env;
  int64_t not_passed = 0;
  for (auto _ : state) {
    SanitizedOutput out = sanitizer.Sanitize(output, &env);
    not_passed += out.action != SanitizedOutput::Action::kPassed;
    benchmark::DoNotOptimize(out.framed.data());
  }
  state.SetItemsProcessed(state.iterations());
  if (not_passed > 0) state.SkipWithError("the allow path's output did not pass the sanitizer");
}

// One write(2) per iteration of the line the file_nosync row's sink writes for an allow-path
// call (rendered by a guard of the same configuration), appended through the same Env and
// WritableFile to a file of its own that grows the same way: the system call's share of that
// row's record cost, measured in the same run.
// The line the file sink wrote for one allow-path call (with its '\n'), or "" after
// SkipWithError.
std::string FirstRecordLine(benchmark::State& state) {
  const std::unique_ptr<GuardFixture> f = MakeFixture(GuardConfig{
      .audit = AuditMode::kFile, .audit_sync_every = 0, .audit_file = "line_audit.jsonl"});
  {
    CallDriver driver(*f, state, "line");
    if (!driver.Call(f->read_tools[0], Decision::kAllowed)) {
      state.SkipWithError(("unexpected decision: " + driver.first_mismatch()).c_str());
      return "";
    }
  }
  StatusOr<std::string> written = Env::Default()->ReadFileToString(f->audit_path);
  const size_t end = written.ok() ? written->find('\n') : std::string::npos;
  if (end == std::string::npos) {
    state.SkipWithError("the guard wrote no audit line");
    return "";
  }
  return written->substr(0, end + 1);
}

// The rendering alone: that record (read back from its line) rendered into a reused buffer, as
// the file sink renders it. A render that differs from the line it came from is an error.
void BM_RenderRecordLine(benchmark::State& state) {
  const std::string line = FirstRecordLine(state);
  if (line.empty()) return;
  StatusOr<AuditRecord> record = ParseAuditLine(line.substr(0, line.size() - 1), "bench");
  if (!record.ok()) {
    state.SkipWithError(record.status().ToString().c_str());
    return;
  }
  std::string rendered;
  for (auto _ : state) {
    rendered.clear();
    AppendAuditRecordLine(*record, &rendered);
    benchmark::DoNotOptimize(rendered.data());
  }
  if (rendered + "\n" != line) state.SkipWithError("the rendered line differs from the sink's");
  state.SetItemsProcessed(state.iterations());
}

void BM_WriteRecordLine(benchmark::State& state) {
  const std::string line = FirstRecordLine(state);
  if (line.empty()) return;
  const std::string path = ScratchPath("write_floor.jsonl");
  StatusOr<std::unique_ptr<WritableFile>> file = Env::Default()->NewAppendableFile(path);
  if (!file.ok()) {
    state.SkipWithError(file.status().ToString().c_str());
    return;
  }
  int64_t failed = 0;
  for (auto _ : state) failed += !(*file)->Append(line).ok();
  (*file)->Close().IgnoreError();
  Env::Default()->RemoveFile(path).IgnoreError();
  state.SetItemsProcessed(state.iterations());
  state.counters["line_bytes"] = static_cast<double>(line.size());
  if (failed > 0) state.SkipWithError("an append failed");
}

void BM_Allow(benchmark::State& state, std::string key, GuardConfig config, bool record_latency) {
  GuardFixture& f = FixtureFor(key, config);
  CallDriver driver(f, state, "allow");
  LatencyRecorder latencies(record_latency ? state.max_iterations : 0);
  int64_t mismatches = 0;
  size_t tool = static_cast<size_t>(state.thread_index());
  for (auto _ : state) {
    tool = (tool * 2862933555777941757ull + 3037000493ull);
    const std::string& name = f.read_tools[(tool >> 33) % f.read_tools.size()];
    if (record_latency) {
      const auto start = std::chrono::steady_clock::now();
      mismatches += !driver.Call(name, Decision::kAllowed);
      latencies.Add(std::chrono::steady_clock::now() - start);
    } else {
      mismatches += !driver.Call(name, Decision::kAllowed);
    }
  }
  state.SetItemsProcessed(state.iterations());
  state.counters["tools"] = benchmark::Counter(config.tools, benchmark::Counter::kAvgThreads);
  latencies.Report(state);
  ReportMismatches(state, mismatches, driver);
}

void BM_DenyBudget(benchmark::State& state) {
  GuardFixture& f = FixtureFor(__func__, GuardConfig{});
  CallDriver driver(f, state, "budget");
  int64_t mismatches = 0;
  // Spend the step budget, then every call is refused by the halted run.
  const int64_t max_steps = *f.guard->policy().budget.max_steps;
  for (int64_t i = 0; i < max_steps; ++i) driver.Call(f.read_tools[0], Decision::kAllowed, false);
  driver.Call(f.read_tools[0], Decision::kHalted, false);
  for (auto _ : state) mismatches += !driver.Call(f.read_tools[0], Decision::kHalted, false);
  state.SetItemsProcessed(state.iterations());
  ReportMismatches(state, mismatches, driver);
}

void BM_DenyBreakerOpen(benchmark::State& state) {
  GuardConfig config;
  config.breaker_never_resets = true;
  GuardFixture& f = FixtureFor("breaker_open", config);
  CallDriver driver(f, state, "breaker");
  for (int i = 0; i < 100 && f.guard->BreakerStateOf("flaky") != BreakerState::kOpen; ++i) {
    driver.Call("flaky", Decision::kFailed);
  }
  driver.NextRun();
  int64_t mismatches = 0;
  for (auto _ : state) mismatches += !driver.Call("flaky", Decision::kUnavailable);
  state.SetItemsProcessed(state.iterations());
  ReportMismatches(state, mismatches, driver);
}

void BM_DenyTier3(benchmark::State& state, bool echo_binding) {
  GuardFixture& f = FixtureFor(echo_binding ? "tier3_bound" : "tier3",
                               GuardConfig{.approver_echoes_binding = echo_binding});
  CallDriver driver(f, state, "tier3");
  int64_t mismatches = 0;
  for (auto _ : state) mismatches += !driver.Call("wire_money", Decision::kRejected);
  state.SetItemsProcessed(state.iterations());
  ReportMismatches(state, mismatches, driver);
}

// Bytes in use: chunks from the heap arenas plus blocks malloc served with mmap (a large table,
// such as a long run's loop window, comes from mmap and is not in uordblks).
size_t LiveHeapBytes() {
  const struct mallinfo2 info = mallinfo2();
  return info.uordblks + info.hblkhd;
}

// One run of `calls` calls with distinct arguments; cost per call measured in 10 windows.
void BM_LongRun(benchmark::State& state) {
  const int64_t calls = state.range(0);
  GuardConfig config;
  config.audit = AuditMode::kMemory;
  config.budget_scale = calls;  // the run must not hit its step or call budget
  config.loop_window = static_cast<int>(state.range(1));
  GuardFixture& f = FixtureFor("long_run/" + std::to_string(config.loop_window), config);
  constexpr int kWindows = 10;
  std::vector<double> window_ns(kWindows);
  int64_t mismatches = 0;
  double retained = 0;
  double after_end = 0;
  for (auto _ : state) {
    CallDriver driver(f, state, "long");
    const size_t before = LiveHeapBytes();
    for (int w = 0; w < kWindows; ++w) {
      const auto start = std::chrono::steady_clock::now();
      for (int64_t i = 0; i < calls / kWindows; ++i) {
        mismatches +=
            !driver.Call(f.read_tools[i % f.read_tools.size()], Decision::kAllowed, false);
      }
      window_ns[w] =
          std::chrono::duration<double, std::nano>(std::chrono::steady_clock::now() - start)
              .count() /
          static_cast<double>(calls / kWindows);
    }
    retained = static_cast<double>(LiveHeapBytes()) - static_cast<double>(before);
    driver.NextRun();  // ends the long run
    after_end = static_cast<double>(LiveHeapBytes()) - static_cast<double>(before);
    if (mismatches > 0) state.SkipWithError(("unexpected: " + driver.first_mismatch()).c_str());
  }
  state.SetItemsProcessed(state.iterations() * calls);
  state.counters["ns_per_call_first_window"] = window_ns.front();
  state.counters["ns_per_call_last_window"] = window_ns.back();
  state.counters["ns_per_call_max_window"] = *std::max_element(window_ns.begin(), window_ns.end());
  state.counters["last_over_first"] = window_ns.back() / window_ns.front();
  state.counters["bytes_retained_by_run"] = retained;
  state.counters["bytes_per_call_retained"] = retained / static_cast<double>(calls);
  state.counters["bytes_left_after_end_run"] = after_end;
  state.counters["unexpected_decisions"] = static_cast<double>(mismatches);
}

// Bytes one ordinary run (kCallsPerRun calls) keeps alive until EndRun, measured over many.
void BM_RunMemory(benchmark::State& state) {
  constexpr int kRuns = 1000;
  GuardFixture& f = FixtureFor(__func__, GuardConfig{});
  double per_run = 0;
  double per_run_after_end = 0;
  for (auto _ : state) {
    std::vector<std::unique_ptr<CallDriver>> drivers;
    drivers.reserve(kRuns);
    const size_t before = LiveHeapBytes();
    for (int r = 0; r < kRuns; ++r) {
      drivers.push_back(std::make_unique<CallDriver>(f, state, "mem" + std::to_string(r)));
      for (int i = 0; i < kCallsPerRun; ++i)
        drivers.back()->Call(f.read_tools[0], Decision::kAllowed);
    }
    per_run = static_cast<double>(LiveHeapBytes() - before) / kRuns;
    drivers.clear();  // EndRun for each
    per_run_after_end =
        (static_cast<double>(LiveHeapBytes()) - static_cast<double>(before)) / kRuns;
  }
  state.SetItemsProcessed(state.iterations() * kRuns * kCallsPerRun);
  state.counters["bytes_per_run"] = per_run;
  state.counters["bytes_per_run_after_end_run"] = per_run_after_end;
}

void RegisterAll() {
  using benchmark::RegisterBenchmark;
  RegisterBenchmark("guard/baseline_direct_executor", BM_DirectExecutor);
  RegisterBenchmark("guard/baseline_sanitize_output", BM_SanitizeOutput, kOutputBytes);
  RegisterBenchmark("guard/baseline_sanitize_empty_output", BM_SanitizeOutput, size_t{0});
  RegisterBenchmark("guard/allow/audit:none", BM_Allow, "allow", GuardConfig{}, false);
  RegisterBenchmark("guard/allow/audit:memory", BM_Allow, "allow_memory",
                    GuardConfig{.audit = AuditMode::kMemory}, false);
  RegisterBenchmark("guard/allow_empty_output/audit:none", BM_Allow, "allow_empty",
                    GuardConfig{.output_bytes = 0}, false);
  RegisterBenchmark("guard/allow_empty_output/audit:memory", BM_Allow, "allow_empty_memory",
                    GuardConfig{.audit = AuditMode::kMemory, .output_bytes = 0}, false);
  // File sinks: wall-clock, since a sync is time spent waiting for the disk, not CPU.
  RegisterBenchmark("guard/allow/audit:file", BM_Allow, "allow_file",
                    GuardConfig{.audit = AuditMode::kFile}, false)
      ->UseRealTime();
  RegisterBenchmark("guard/allow/audit:file_sync64", BM_Allow, "allow_file_sync64",
                    GuardConfig{.audit = AuditMode::kFile, .audit_sync_every = 64}, false)
      ->UseRealTime();
  RegisterBenchmark("guard/allow/audit:file_nosync", BM_Allow, "allow_file_nosync",
                    GuardConfig{.audit = AuditMode::kFile, .audit_sync_every = 0}, false)
      ->UseRealTime();
  RegisterBenchmark(
      "guard/allow/audit:file_buf64_nosync", BM_Allow, "allow_file_buf64_nosync",
      GuardConfig{.audit = AuditMode::kFile, .audit_sync_every = 0, .audit_buffer_records = 64},
      false)
      ->UseRealTime();
  RegisterBenchmark("guard/baseline_write_record_line", BM_WriteRecordLine)->UseRealTime();
  RegisterBenchmark("guard/baseline_render_record_line", BM_RenderRecordLine);
  RegisterBenchmark("guard/allow_latency", BM_Allow, "allow", GuardConfig{}, true)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();
  RegisterBenchmark("guard/allow_latency/audit:memory", BM_Allow, "allow_memory",
                    GuardConfig{.audit = AuditMode::kMemory}, true)
      ->Threads(1)
      ->Threads(2)
      ->UseRealTime();
  RegisterBenchmark("guard/deny/budget", BM_DenyBudget);
  RegisterBenchmark("guard/deny/breaker_open", BM_DenyBreakerOpen);
  RegisterBenchmark("guard/deny/tier3_rejected", BM_DenyTier3, false);
  RegisterBenchmark("guard/deny/tier3_rejected_bound", BM_DenyTier3, true);
  for (int tools : {10, 100, 1000, 10000}) {
    const std::string name = "guard/allow_tools/" + std::to_string(tools);
    RegisterBenchmark(name.c_str(), BM_Allow, name, GuardConfig{.tools = tools}, false);
  }
  RegisterBenchmark("guard/long_run", BM_LongRun)
      ->ArgNames({"calls", "window"})
      ->Args({1'000'000, 0})
      ->Args({1'000'000, 1000})
      ->Iterations(1)
      ->Unit(benchmark::kMillisecond);
  RegisterBenchmark("guard/run_memory", BM_RunMemory)->Iterations(1)->Unit(benchmark::kMillisecond);
}

}  // namespace
}  // namespace blastradius::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  blastradius::bench::RegisterAll();
  benchmark::RunSpecifiedBenchmarks();
  blastradius::bench::ReleaseFixtures();  // the file-sink rows' audit files go with them
  benchmark::Shutdown();
  return 0;
}
