#include "chaos_scenarios/runner.h"

#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <mutex>
#include <thread>

namespace blastradius::chaos {
namespace {

struct Job {
  size_t scenario;
  uint64_t seed;
};

// Prints "[n/total] seeds" at most every 500 ms of real time, once the run has lasted 2 s.
class Progress {
 public:
  Progress(size_t total, bool enabled)
      : total_(total), enabled_(enabled), start_(Env::Default()->NowMillis()), last_(start_) {}
  void Tick() {
    const size_t done = ++done_;
    if (!enabled_) return;
    const int64_t now = Env::Default()->NowMillis();
    std::lock_guard<std::mutex> lock(mu_);
    if (now - start_ < 2000 || now - last_ < 500) return;
    last_ = now;
    printed_ = true;
    // On a terminal the line is redrawn in place; in CI logs each update is its own line.
    std::fprintf(stderr,
                 tty_ ? "\r[blastradius] %zu/%zu seeds run" : "[blastradius] %zu/%zu seeds run\n",
                 done, total_);
  }
  ~Progress() {
    if (printed_ && tty_)
      std::fprintf(stderr, "\r[blastradius] %zu/%zu seeds run\n", done_.load(), total_);
  }

 private:
  const size_t total_;
  const bool enabled_;
  const int64_t start_;
  std::mutex mu_;
  int64_t last_;
  bool printed_ = false;
  const bool tty_ = ::isatty(::fileno(stderr)) != 0;
  std::atomic<size_t> done_{0};
};

}  // namespace

std::vector<ScenarioResult> RunScenarios(std::vector<Scenario> scenarios,
                                         const RunnerOptions& options) {
  std::vector<ScenarioResult> results(scenarios.size());
  std::vector<std::shared_ptr<const Detector>> detectors(scenarios.size());
  DetectorCache cache;
  std::vector<Job> crash_jobs, jobs;
  for (size_t i = 0; i < scenarios.size(); ++i) {
    results[i].scenario = scenarios[i];
    StatusOr<std::shared_ptr<const Detector>> d = cache.For(scenarios[i].policy);
    if (!d.ok()) {
      results[i].error = "pattern packs did not load: " + d.status().message();
      continue;
    }
    detectors[i] = *d;
    for (uint64_t seed : scenarios[i].seeds) {
      // Crash seeds fork; server seeds run real processes in real time: alone, first.
      const bool alone = scenarios[i].has_crash() || scenarios[i].server.has_value();
      (alone ? crash_jobs : jobs).push_back({i, seed});
    }
  }
  Progress progress(crash_jobs.size() + jobs.size(), options.progress);
  std::mutex mu;
  auto record = [&](const Job& job, SeedResult r) {
    std::lock_guard<std::mutex> lock(mu);
    ScenarioResult& sr = results[job.scenario];
    ++sr.seeds_run;
    sr.facts |= r.facts;
    if (r.passed) {
      ++sr.seeds_passed;
    } else {
      sr.failed.push_back(std::move(r));
    }
  };
  for (const Job& job : crash_jobs) {  // forks: no other thread may be running
    record(job, RunSeed(scenarios[job.scenario], job.seed, detectors[job.scenario]));
    progress.Tick();
  }
  std::atomic<size_t> next{0};
  auto worker = [&] {
    for (size_t k; (k = next++) < jobs.size();) {
      const Job& job = jobs[k];
      record(job, RunSeed(scenarios[job.scenario], job.seed, detectors[job.scenario]));
      progress.Tick();
    }
  };
  int threads =
      options.threads > 0 ? options.threads : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::clamp(threads, 1, 64);
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t) pool.emplace_back(worker);
  for (std::thread& t : pool) t.join();
  for (ScenarioResult& sr : results) {
    std::sort(sr.failed.begin(), sr.failed.end(),
              [](const SeedResult& a, const SeedResult& b) { return a.seed < b.seed; });
    for (size_t i = options.keep_failed; i < sr.failed.size(); ++i) sr.failed[i].history = {};
  }
  return results;
}

}  // namespace blastradius::chaos
