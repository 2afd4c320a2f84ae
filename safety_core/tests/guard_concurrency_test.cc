// The guard under concurrent use of one run: Call, EndRun and Snapshot racing on the same run id
// must never touch freed run state. Labelled `concurrency`: CI runs it under ThreadSanitizer
// (and the unit build under ASan), where a use-after-free or a data race fails it.
#include <gtest/gtest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

#include "blastradius/guard.h"
#include "test_env.h"

namespace blastradius {
namespace {

constexpr char kManifest[] = R"({"tools": [
  {"name": "read",  "tier": 0, "external": false, "description": "read a record"},
  {"name": "draft", "tier": 1, "external": false, "compensation": "undraft",
   "description": "write a draft"},
  {"name": "undraft", "tier": 1, "external": false, "description": "delete a draft"}
]})";

// Answers every call ok; counts calls (the executor is shared by all threads).
class CountingExecutor : public ToolExecutor {
 public:
  ToolResult Execute(const Invocation&) override {
    calls.fetch_add(1, std::memory_order_relaxed);
    return ToolResult::Ok("ok");
  }
  std::atomic<int> calls{0};
};

TEST(GuardConcurrencyTest, EndRunAndSnapshotDuringLiveCallsNeverFreeRunStateInUse) {
  StatusOr<Manifest> manifest = Manifest::Parse(kManifest, "tools.json");
  ASSERT_TRUE(manifest.ok()) << manifest.status().ToString();
  StatusOr<Policy> policy = Policy::Parse(
      R"({"loop_detection": {"enabled": false}, "budget": {"max_steps": 1000000,
          "max_tool_calls": 1000000, "max_duration_ms": null, "max_cost_usd": null}})",
      "policy.json");
  ASSERT_TRUE(policy.ok()) << policy.status().ToString();
  testing::ManualEnv env;
  CountingExecutor executor;
  MemoryAuditSink audit;
  MemoryAlertSink alerts;
  GuardDeps deps{&env, &executor, nullptr, &audit, &alerts, nullptr, nullptr};
  StatusOr<std::unique_ptr<Guard>> created = Guard::Create(*manifest, *policy, deps);
  ASSERT_TRUE(created.ok()) << created.status().ToString();
  Guard& guard = **created;

  constexpr int kCallers = 3;
  constexpr int kCallsEach = 400;
  std::atomic<bool> done{false};
  std::atomic<int> ok_calls{0};
  std::vector<std::thread> threads;
  for (int t = 0; t < kCallers; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < kCallsEach; ++i) {
        const std::string tool = i % 2 == 0 ? "read" : "draft";
        CallResult r = guard.Call(ToolCall{"shared-run", tool, {{"t", t}, {"i", i}}});
        if (r.status.ok()) ok_calls.fetch_add(1, std::memory_order_relaxed);
        if (i % 50 == 0) (void)guard.BeginWorkflow("shared-run");
      }
    });
  }
  threads.emplace_back([&] {
    while (!done.load()) guard.EndRun("shared-run");
  });
  threads.emplace_back([&] {
    while (!done.load()) {
      RunSnapshot snap = guard.Snapshot("shared-run");
      EXPECT_GE(snap.steps, 0);
      (void)guard.AbortWorkflow("shared-run", "stress");
    }
  });
  for (int t = 0; t < kCallers; ++t) threads[t].join();
  done.store(true);
  for (size_t t = kCallers; t < threads.size(); ++t) threads[t].join();

  // Nothing was stopped by a limit, so every call ran; every attempt left its record.
  EXPECT_EQ(ok_calls.load(), kCallers * kCallsEach);
  EXPECT_GE(executor.calls.load(), kCallers * kCallsEach);
  EXPECT_GE(audit.records().size(), static_cast<size_t>(kCallers * kCallsEach));
}

}  // namespace
}  // namespace blastradius
