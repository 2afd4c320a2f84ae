// Latency the MCP proxy adds per tools/call, beside the same call made directly, in one run:
//
//   mcp/direct        a client on the pipes of the C++ fake MCP server (fakes/mcp_fake_server):
//                     one tools/call "echo" round trip per iteration — the floor
//   mcp/relay         the same client and server with a bare byte relay between them (this
//                     program re-run as `--relay`: one poll(2) loop copying bytes both ways, no
//                     parsing): what the two extra pipe hops and process wakeups cost alone
//   mcp/proxy         the same client and server with `blastradius proxy` between them: every
//                     call goes through the guard (all layers on, audit record appended to a
//                     file with write(2), audit_log.sync_every_records 0: no disk flush)
//   mcp/proxy_synced  the same with the default sync_every_records 1: one fdatasync per call,
//                     the price of a durable audit record on this disk, not of the proxy
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

#include "bench_env.h"
#include "fakes/temp_dir.h"
#include "mcp/child_process.h"
#include "mcp/json_rpc.h"

namespace blastradius::bench {
namespace {

namespace fs = std::filesystem;
using mcp::ChildProcess;

const char kTools[] = R"({"tools": [{"name": "echo", "tier": 0, "description": "echo"}]})";

enum class Path { kDirect, kRelay, kProxy, kProxySynced };

// Where this program is, to re-run it as the relay.
std::string SelfPath() {
  std::error_code ec;
  const fs::path p = fs::read_symlink("/proc/self/exe", ec);
  return ec ? std::string() : p.string();
}

// One stdio MCP peer (the server itself or the proxy in front of it) and a client on its pipes.
class Peer {
 public:
  explicit Peer(Path path) {
    if (dir_.path().empty()) std::abort();  // no scratch folder under $TMPDIR or /tmp
    std::ofstream(dir_ / "tools.json") << kTools;
    std::ofstream(dir_ / "policy.json")
        << R"({"budget": {"max_steps": 10000000, "max_tool_calls": 10000000,
                          "max_duration_ms": 86400000, "max_cost_usd": 1},
               "audit_log": {"sync_every_records": )"
        << (path == Path::kProxySynced ? 1 : 0) << R"(, "path": ")" << (dir_ / "audit.jsonl")
        << R"("}, "alerts": {"sink": "log", "path": ")" << (dir_ / "alerts.jsonl") << "\"}}";
    std::vector<std::string> argv = {MCP_FAKE_SERVER};
    if (path == Path::kRelay) argv = {SelfPath(), "--relay", MCP_FAKE_SERVER};
    if (path == Path::kProxy || path == Path::kProxySynced) {
      argv = {BLASTRADIUS_BIN,      "proxy", "--tools",      dir_ / "tools.json", "--policy",
              dir_ / "policy.json", "--",    MCP_FAKE_SERVER};
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
    process_->Shutdown(2000);  // before dir_ goes with the files the proxy wrote
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
  fakes::TempDir dir_{"mcp_bench"};
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

void RoundTrips(benchmark::State& state, Path path) {
  Peer peer(path);
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

void BM_Direct(benchmark::State& state) { RoundTrips(state, Path::kDirect); }
void BM_Relay(benchmark::State& state) { RoundTrips(state, Path::kRelay); }
void BM_Proxy(benchmark::State& state) { RoundTrips(state, Path::kProxy); }
void BM_ProxySynced(benchmark::State& state) { RoundTrips(state, Path::kProxySynced); }

void BM_ProxyMemory(benchmark::State& state) {
  constexpr int64_t kCalls = 100'000;
  for (auto _ : state) {
    Peer peer(Path::kProxy);
    int64_t after_first = 0;
    for (int64_t i = 0; i < kCalls; ++i) {
      peer.Echo(i);
      if (i == 10'000) after_first = peer.RssKiB();
    }
    state.counters["rss_kib_at_10k"] = static_cast<double>(after_first);
    state.counters["rss_kib_at_100k"] = static_cast<double>(peer.RssKiB());
  }
}

BENCHMARK(BM_Direct)->Name("mcp/direct")->UseRealTime()->MinTime(MinSeconds(2.0));
BENCHMARK(BM_Relay)->Name("mcp/relay")->UseRealTime()->MinTime(MinSeconds(2.0));
BENCHMARK(BM_Proxy)->Name("mcp/proxy")->UseRealTime()->MinTime(MinSeconds(2.0));
BENCHMARK(BM_ProxySynced)->Name("mcp/proxy_synced")->UseRealTime()->MinTime(MinSeconds(2.0));
BENCHMARK(BM_ProxyMemory)->Name("mcp/proxy_memory")->UseRealTime()->Iterations(1);

// The relay: starts argv[2...] and copies bytes stdin -> its stdin and its stdout -> stdout
// until either side closes. Blocking reads and writes in one poll(2) loop, as lean as a relay
// process can be.
int Relay(char** server_argv) {
  StatusOr<std::unique_ptr<ChildProcess>> server = ChildProcess::Start(std::vector<std::string>(
      server_argv, server_argv + [&] {
        int n = 0;
        while (server_argv[n] != nullptr) ++n;
        return n;
      }()));
  if (!server.ok()) return 1;
  ChildProcess& child = **server;
  char buf[65536];
  for (;;) {
    pollfd fds[2] = {{STDIN_FILENO, POLLIN, 0}, {child.stdout_fd(), POLLIN, 0}};
    if (poll(fds, 2, -1) < 0) continue;
    if (fds[0].revents != 0) {
      const ssize_t n = read(STDIN_FILENO, buf, sizeof(buf));
      if (n <= 0) break;
      if (!mcp::WriteAll(child.stdin_fd(), std::string_view(buf, static_cast<size_t>(n)), 10'000)
               .ok()) {
        break;
      }
    }
    if (fds[1].revents != 0) {
      const ssize_t n = read(child.stdout_fd(), buf, sizeof(buf));
      if (n == 0) break;
      if (n > 0 && write(STDOUT_FILENO, buf, static_cast<size_t>(n)) != n) break;
    }
  }
  child.Shutdown(2000);
  return 0;
}

}  // namespace
}  // namespace blastradius::bench

int main(int argc, char** argv) {
  if (argc >= 3 && std::string(argv[1]) == "--relay") return blastradius::bench::Relay(argv + 2);
  benchmark::Initialize(&argc, argv);
  if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
