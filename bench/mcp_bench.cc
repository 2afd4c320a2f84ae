// Latency the MCP proxy adds per tools/call, beside the same call made directly, in one run:
//
//   mcp/direct        a client on the pipes of the C++ fake MCP server (fakes/mcp_fake_server):
//                     one tools/call "echo" round trip per iteration — the floor
//   mcp/proxy         the same client and server with `blastradius proxy` between them: every
//                     call goes through the guard (all layers on, audit record to a file)
//   mcp/proxy_memory  100,000 calls through one proxy session; the proxy's resident memory
//                     (VmRSS) after the first and the last 10,000 calls
//
// Each round trip is timed with a steady clock; p50_us and p99_us are counters. The proxy's
// policy keeps every limit finite but out of the way (budgets of 10 million calls, distinct
// arguments per call so loop detection never fires).
#include <benchmark/benchmark.h>
#include <poll.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "mcp/child_process.h"
#include "mcp/json_rpc.h"

namespace blastradius::bench {
namespace {

namespace fs = std::filesystem;
using mcp::ChildProcess;

const char kTools[] = R"({"tools": [{"name": "echo", "tier": 0, "description": "echo"}]})";

// One stdio MCP peer (the server itself or the proxy in front of it) and a client on its pipes.
class Peer {
 public:
  explicit Peer(bool through_proxy) {
    char tmpl[] = "/tmp/mcp_bench_XXXXXX";
    dir_ = mkdtemp(tmpl);
    std::ofstream(dir_ / "tools.json") << kTools;
    std::ofstream(dir_ / "policy.json")
        << R"({"budget": {"max_steps": 10000000, "max_tool_calls": 10000000,
                          "max_duration_ms": 86400000, "max_cost_usd": 1},
               "audit_log": {"path": ")"
        << (dir_ / "audit.jsonl").string() << R"("}, "alerts": {"sink": "log", "path": ")"
        << (dir_ / "alerts.jsonl").string() << "\"}}";
    std::vector<std::string> argv = {MCP_FAKE_SERVER};
    if (through_proxy) {
      argv = {BLASTRADIUS_BIN,
              "proxy",
              "--tools",
              (dir_ / "tools.json").string(),
              "--policy",
              (dir_ / "policy.json").string(),
              "--",
              MCP_FAKE_SERVER};
    }
    unsetenv("MCP_FAKE_LEDGER");
    StatusOr<std::unique_ptr<ChildProcess>> started = ChildProcess::Start(argv);
    if (!started.ok()) std::abort();
    process_ = std::move(*started);
    Call("initialize", Json{{"protocolVersion", "2025-06-18"},
                            {"capabilities", Json::object()},
                            {"clientInfo", Json{{"name", "bench"}, {"version", "1"}}}});
  }
  ~Peer() {
    process_->Shutdown(2000);
    fs::remove_all(dir_);
  }

  // One request and its response; aborts the benchmark on a broken peer.
  Json Call(const std::string& method, Json params) {
    const int64_t id = next_id_++;
    if (!mcp::WriteAll(process_->stdin_fd(),
                       mcp::Serialize(mcp::MakeRequest(id, method, std::move(params))) + "\n",
                       10'000)
             .ok()) {
      std::abort();
    }
    for (;;) {
      while (events_.empty()) {
        pollfd p{process_->stdout_fd(), POLLIN, 0};
        if (poll(&p, 1, 10'000) <= 0) std::abort();
        char buf[65536];
        const ssize_t n = read(process_->stdout_fd(), buf, sizeof(buf));
        if (n == 0) std::abort();
        if (n > 0) reader_.Feed(std::string_view(buf, static_cast<size_t>(n)), &events_);
      }
      Json m = Json::parse(events_.front().line);
      events_.erase(events_.begin());
      if (m.value("id", Json()) == id) return m;
    }
  }

  Json Echo(int64_t n) {
    return Call("tools/call",
                Json{{"name", "echo"}, {"arguments", Json{{"text", "call " + std::to_string(n)}}}});
  }

  // Resident memory of the peer process, in KiB.
  int64_t RssKiB() const {
    std::ifstream in("/proc/" + std::to_string(process_->pid()) + "/status");
    for (std::string line; std::getline(in, line);) {
      if (line.rfind("VmRSS:", 0) == 0) return std::atoll(line.c_str() + 6);
    }
    return -1;
  }

 private:
  fs::path dir_;
  std::unique_ptr<ChildProcess> process_;
  mcp::LineReader reader_;
  std::vector<mcp::LineReader::Event> events_;
  int64_t next_id_ = 1;
};

double Percentile(std::vector<double>& v, double q) {
  if (v.empty()) return 0;
  const size_t i = std::min(v.size() - 1, static_cast<size_t>(q * v.size()));
  std::nth_element(v.begin(), v.begin() + i, v.end());
  return v[i];
}

void RoundTrips(benchmark::State& state, bool through_proxy) {
  Peer peer(through_proxy);
  for (int i = 0; i < 200; ++i) peer.Echo(-i);  // warm up
  std::vector<double> us;
  int64_t n = 0;
  for (auto _ : state) {
    const auto start = std::chrono::steady_clock::now();
    Json r = peer.Echo(n++);
    const auto end = std::chrono::steady_clock::now();
    benchmark::DoNotOptimize(r);
    us.push_back(std::chrono::duration<double, std::micro>(end - start).count());
  }
  state.counters["p50_us"] = Percentile(us, 0.50);
  state.counters["p99_us"] = Percentile(us, 0.99);
  state.SetItemsProcessed(state.iterations());
}

void BM_Direct(benchmark::State& state) { RoundTrips(state, false); }
void BM_Proxy(benchmark::State& state) { RoundTrips(state, true); }

void BM_ProxyMemory(benchmark::State& state) {
  constexpr int64_t kCalls = 100'000;
  for (auto _ : state) {
    Peer peer(true);
    int64_t after_first = 0;
    for (int64_t i = 0; i < kCalls; ++i) {
      peer.Echo(i);
      if (i == 10'000) after_first = peer.RssKiB();
    }
    state.counters["rss_kib_at_10k"] = static_cast<double>(after_first);
    state.counters["rss_kib_at_100k"] = static_cast<double>(peer.RssKiB());
  }
}

BENCHMARK(BM_Direct)->Name("mcp/direct")->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_Proxy)->Name("mcp/proxy")->UseRealTime()->MinTime(2.0);
BENCHMARK(BM_ProxyMemory)->Name("mcp/proxy_memory")->UseRealTime()->Iterations(1);

}  // namespace
}  // namespace blastradius::bench

BENCHMARK_MAIN();
