#include "chaos_scenarios/server_run.h"

#include <poll.h>
#include <signal.h>
#include <stdlib.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <sstream>

#include "fakes/faults.h"
#include "fakes/temp_dir.h"
#include "mcp/child_process.h"
#include "mcp/json_rpc.h"

namespace blastradius::chaos {
namespace {

namespace fs = std::filesystem;
using mcp::ChildProcess;
using mcp::MonotonicMillis;

// The proxy and server answer initialize. The proxy builds its detector first (every pack
// compiled, the learned model loaded): about a second in Release, several under ASan, where one
// seed of real_server_rollback took 13 s in all on an idle 2-core machine and its initialize
// missed a 10 s bound once while the machine was loaded, and a 60 s bound on a slower machine
// (2026-12-02, AMD EPYC, .ci/run's ASan stage with other tests beside it). A hung server still
// ends the seed.
constexpr int64_t kHandshakeBoundMs = 180'000;
constexpr int64_t kCallMarginMs = 10'000;      // beyond the policy's own bound on one call
constexpr int64_t kExitBoundMs = 10'000;       // the proxy ends after its stdin closes
constexpr size_t kMaxApprovalRequestBytes = 1 << 20;
constexpr const char kStoppedPrefix[] = "blastradius stopped this call (";

std::string ShellQuote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

Status WriteFile(const std::string& path, const std::string& text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out << text;
  out.close();
  return out ? Status::Ok() : Status::Internal("cannot write " + path);
}

std::vector<std::string> ReadLines(const std::string& path) {
  std::vector<std::string> lines;
  std::ifstream in(path, std::ios::binary);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(line);
  }
  return lines;
}

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// One scenario fault in the proxy's --faults vocabulary (docs/mcp.md, "Faults").
Json ProxyFault(const fakes::FaultSpec& f) {
  Json j{{"tool", f.tool}, {"kind", f.kind == "fail" ? "error" : f.kind}};
  if (!f.at.empty()) j["at"] = f.at;
  if (f.every > 0) j["every"] = f.every;
  if (f.probability) j["probability"] = *f.probability;
  if (f.kind == "fail") {
    j["error"] = f.error;
    j["transient"] = f.transient;
  } else if (f.kind == "rate_limit") {
    j["max_calls"] = f.max_calls;
    j["per_ms"] = f.per_ms;
    if (f.retry_after_ms) j["retry_after_ms"] = *f.retry_after_ms;
  } else if (f.kind == "latency") {
    j["ms"] = f.ms.value_or(0);
    j["jitter_ms"] = f.jitter_ms;
  } else if (f.kind == "inject") {
    j["payloads"] = f.payloads;
    j["position"] = f.position;
    j["obfuscate"] = f.obfuscate.empty() ? "none" : f.obfuscate.front();
  } else if (f.kind == "server_crash") {
    j["after"] = f.after;
  }
  return j;
}

// The proxy's command approver playing the scenario's approver.
Json ApproverFor(const fakes::ApproverSpec& a, const std::string& log) {
  std::string run =
      ShellQuote(BlastradiusCommand()) + " scenario-approver " + a.kind + " " + ShellQuote(log);
  for (const std::string& tool : a.tools) run += " " + ShellQuote(tool);
  return Json{{"kind", "command"}, {"run", run}};
}

// The longest one tools/call may take through the guard under `p`, plus a margin: every
// attempt's deadline, the backoff between them, and the approval wait.
int64_t CallBoundMs(const Policy& p) {
  const int64_t attempts = std::max(1, p.retry.max_attempts);
  return p.call_timeout_ms * attempts + p.retry.max_backoff_ms * attempts + p.approval.timeout_ms +
         kCallMarginMs;
}

// The agent's side of the proxy: an MCP client over the proxy's stdin and stdout.
class McpClient {
 public:
  explicit McpClient(ChildProcess* proxy) : proxy_(proxy) {}

  // Sends a request and waits up to `bound_ms` for its answer; nullopt if none came (the
  // proxy's output closed or the time ran out). Requests from the proxy are refused.
  std::optional<Json> Request(int64_t id, std::string_view method, Json params, int64_t bound_ms) {
    if (!Send(mcp::MakeRequest(id, method, std::move(params)))) return std::nullopt;
    const int64_t deadline = MonotonicMillis() + bound_ms;
    while (!closed_) {
      for (; next_ < inbox_.size(); ++next_) {
        const Json& m = inbox_[next_];
        if (m.contains("method") && m.contains("id")) {
          Send(mcp::MakeError(m["id"], mcp::kMethodNotFound, "not supported by the check agent"));
        } else if (!m.contains("method") && m.value("id", Json()) == Json(id)) {
          Json answer = m;
          ++next_;
          return answer;
        }
      }
      const int64_t left = deadline - MonotonicMillis();
      if (left <= 0) return std::nullopt;
      Read(left);
    }
    return std::nullopt;
  }

  bool Send(const Json& message) {
    if (proxy_->stdin_fd() < 0) return false;
    return mcp::WriteAll(proxy_->stdin_fd(), mcp::Serialize(message) + "\n", kHandshakeBoundMs)
        .ok();
  }

 private:
  void Read(int64_t timeout_ms) {
    pollfd p{proxy_->stdout_fd(), POLLIN, 0};
    if (poll(&p, 1, static_cast<int>(std::min<int64_t>(timeout_ms, 1 << 30))) <= 0) return;
    char chunk[65536];
    const ssize_t n = read(proxy_->stdout_fd(), chunk, sizeof(chunk));
    if (n < 0 && (errno == EAGAIN || errno == EINTR)) return;
    std::vector<mcp::LineReader::Event> events;
    if (n <= 0) {
      closed_ = true;
      reader_.Finish(&events);
    } else {
      reader_.Feed(std::string_view(chunk, static_cast<size_t>(n)), &events);
    }
    for (const mcp::LineReader::Event& e : events) {
      Json m = Json::parse(e.line, nullptr, /*allow_exceptions=*/false);
      if (m.is_object()) inbox_.push_back(std::move(m));
    }
  }

  ChildProcess* proxy_;
  mcp::LineReader reader_;
  std::vector<Json> inbox_;
  size_t next_ = 0;
  bool closed_ = false;
};

// What the agent read in one answer: the result's text items, or the error's message.
struct AgentView {
  bool answered = false;
  bool is_error = false;
  std::string text;
  std::string decision = "allowed";  // from the proxy's stop text, when the guard stopped it
  std::string status = "ok";
};

AgentView ViewOf(const std::optional<Json>& answer, int64_t bound_ms) {
  AgentView v;
  if (!answer) {
    v.decision = "unknown";
    v.status = "deadline_exceeded";
    v.text = "no answer from the proxy within " + std::to_string(bound_ms) + " ms";
    return v;
  }
  v.answered = true;
  if (answer->contains("error")) {
    const Json& e = (*answer)["error"];
    v.is_error = true;
    v.decision = "error";
    v.status = e.is_object() && e.value("code", 0) == mcp::kInvalidParams ? "invalid_argument"
                                                                          : "internal";
    v.text = e.is_object() ? e.value("message", "") : "";
    return v;
  }
  const Json result = answer->value("result", Json::object());
  v.is_error = result.is_object() && result.value("isError", false);
  const Json content = result.is_object() ? result.value("content", Json::array()) : Json();
  for (const Json& item : content.is_array() ? content : Json::array()) {
    if (item.is_object() && item.value("type", "") == "text") {
      v.text += (v.text.empty() ? "" : "\n") + item.value("text", "");
    }
  }
  // "blastradius stopped this call (DECISION, STATUS): ..." — what the agent is told.
  if (v.is_error && v.text.rfind(kStoppedPrefix, 0) == 0) {
    const size_t open = sizeof(kStoppedPrefix) - 1;
    const size_t comma = v.text.find(", ", open);
    const size_t close = v.text.find(')', open);
    if (comma != std::string::npos && close != std::string::npos && comma < close) {
      v.decision = v.text.substr(open, comma - open);
      v.status = v.text.substr(comma + 2, close - comma - 2);
    }
  }
  return v;
}

// What stopped the agent, in formats.md's outcome words, from what it was told.
std::string Classify(const AgentView& v, bool reached_tool) {
  if (v.status == "resource_exhausted") return "halted";
  if (v.status == "unavailable") return reached_tool ? "failed" : "halted";
  if (v.status == "permission_denied" || v.status == "not_found") return "blocked";
  if (v.status == "aborted") return "rolled_back";
  if (v.status == "data_loss") return "incident";
  return v.decision == "halted" ? "halted" : "failed";
}

struct AgentRun {
  std::vector<fakes::AgentCall> calls;
  std::vector<AgentView> views;
  std::vector<int64_t> request_ids;
  std::string outcome = "completed";
  std::string stop_reason;
};

// The scripted and looping agents of fakes/agents.h, as MCP clients: the same plan, on_error,
// retry and cap rules, judged on what the proxy answered.
class ServerAgent {
 public:
  ServerAgent(const Scenario& s, McpClient* client)
      : s_(s), client_(client), bound_ms_(CallBoundMs(s.policy)) {}

  AgentRun Run() {
    if (s_.agent.kind == "looping") {
      const fakes::PlanStep call = s_.agent.call.value_or(fakes::PlanStep{});
      while (!over_) {
        if (Capped()) break;
        const AgentView v = Call(call.tool, call.args);
        MustStop(v);
      }
    } else {
      for (const fakes::PlanStep& step : s_.agent.plan) {
        if (!Step(step)) break;
      }
    }
    if (!over_) {
      run_.outcome = halted_seen_ ? "halted" : "completed";
      if (run_.stop_reason.empty()) run_.stop_reason = "the plan ran to its end";
    }
    return std::move(run_);
  }

 private:
  bool Capped() {
    if (static_cast<int64_t>(run_.calls.size()) < s_.agent.max_calls) return false;
    run_.outcome = "runaway";
    run_.stop_reason = "the agent hit its own cap of " + std::to_string(s_.agent.max_calls) +
                       " calls: nothing in the proxy stopped it";
    over_ = true;
    return true;
  }

  bool Step(const fakes::PlanStep& step) {
    for (int retries = 0;;) {
      if (Capped()) return false;
      const AgentView v = Call(step.tool, step.args);
      if (MustStop(v)) return false;
      if (v.status == "ok" || s_.agent.on_error == "skip") return true;
      if (s_.agent.on_error == "retry_forever") continue;
      if (s_.agent.on_error == "retry" && ++retries <= s_.agent.max_retries) continue;
      Stop(v, "the agent gave up on " + step.tool);
      return false;
    }
  }

  AgentView Call(const std::string& tool, const Json& args) {
    const int64_t id = static_cast<int64_t>(run_.calls.size()) + 1;
    std::optional<Json> answer =
        client_->Request(id, "tools/call", Json{{"name", tool}, {"arguments", args}}, bound_ms_);
    AgentView v = ViewOf(answer, bound_ms_);
    fakes::AgentCall c;
    c.index = static_cast<int>(id);
    c.tool = tool;
    c.args = args;
    c.status = v.status;
    c.decision = v.decision;
    c.halted = v.decision == "halted";
    c.output = v.text.substr(0, 300);
    if (c.halted || v.status == "resource_exhausted") halted_seen_ = true;
    run_.calls.push_back(std::move(c));
    run_.views.push_back(v);
    run_.request_ids.push_back(id);
    if (!v.answered) Stop(v, "the proxy did not answer");
    if (v.status == "aborted" || v.status == "data_loss") Stop(v, "the workflow ended");
    return v;
  }

  bool MustStop(const AgentView& v) {
    if (over_) return true;
    if (v.decision == "halted" || v.status == "resource_exhausted") {
      Stop(v, "the run was halted");
      return true;
    }
    return false;
  }

  void Stop(const AgentView& v, const std::string& reason) {
    if (over_) return;
    run_.stop_reason = reason + " (" + v.status + ": " + v.text.substr(0, 200) + ")";
    run_.outcome = Classify(v, false);  // reached_tool is settled from the wire log later
    over_ = true;
  }

  const Scenario& s_;
  McpClient* client_;
  const int64_t bound_ms_;
  AgentRun run_;
  bool halted_seen_ = false;
  bool over_ = false;
};

std::vector<std::string> ProxyArgv(const Scenario& s, uint64_t seed, const fakes::TempDir& dir,
                                   const std::string& run_id) {
  std::vector<std::string> argv = {
      "/bin/sh", "-c", "exec \"$@\" 2>>" + ShellQuote(dir / "proxy.err"), "sh",
      BlastradiusCommand(), "proxy", "--tools", dir / "tools.json", "--policy", dir / "policy.json",
      "--run-id", run_id, "--wire-log", dir / "wire.jsonl",
      // the gate judges lint itself: weakened policies still run
      "--allow-lint-failures"};
  if (!s.faults.empty()) {
    argv.insert(argv.end(), {"--faults", dir / "faults.json", "--seed", std::to_string(seed)});
  }
  argv.push_back("--");
  if (!s.server->env.empty()) {
    argv.push_back("env");
    for (const auto& [k, v] : s.server->env) argv.push_back(k + "=" + v);
  }
  argv.insert(argv.end(), s.server->command.begin(), s.server->command.end());
  return argv;
}

Status WriteInputs(const Scenario& s, const fakes::TempDir& dir) {
  Json policy = s.policy_doc;
  policy["audit_log"]["path"] = dir / "audit.jsonl";
  policy["alerts"]["path"] = dir / "alerts.jsonl";
  policy["transactions"]["journal_path"] = dir / "journal.jsonl";
  policy["approval"]["approver"] = ApproverFor(s.approver, dir / "approvals.jsonl");
  Status st = WriteFile(dir / "tools.json", s.tools_doc.dump(2));
  if (st.ok()) st = WriteFile(dir / "policy.json", policy.dump(2));
  if (st.ok() && !s.faults.empty()) {
    Json faults = Json::array();
    for (const fakes::FaultSpec& f : s.faults) faults.push_back(ProxyFault(f));
    st = WriteFile(dir / "faults.json", Json{{"faults", faults}}.dump(2));
  }
  return st;
}

Json ParseObject(const std::string& line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  return j.is_object() ? j : Json::object();
}

// An approval the human gave for exactly (tool, args), not yet used by an earlier call.
bool ClaimApproval(const RunHistory& h, const std::string& tool, const Json& args,
                   std::map<std::string, int>* used) {
  const std::string key = tool + '\0' + CanonicalJson(args);
  int given = 0;
  for (const Json& a : h.approvals) {
    given += a.value("event", "") == "answer" && a.value("decision", "") == "approve" &&
             a.value("tool", "") == tool &&
             CanonicalJson(a.value("args", Json())) == CanonicalJson(args);
  }
  if ((*used)[key] >= given) return false;
  ++(*used)[key];
  return true;
}

// The ledger of a server run: every attempt of a writing tool (tier >= 1) that reached the
// server and did not fail definitively — the server may have acted — one effect per call.
void BuildLedger(const Scenario& s, RunHistory* h) {
  std::map<std::string, int> used;
  std::map<std::string, size_t> effect_of;  // call id -> ledger index
  for (const fakes::WireRecord& w : h->wire) {
    if (!w.compensates.empty()) continue;
    const ToolSpec* spec = s.manifest.Find(w.tool);
    const int tier = spec ? static_cast<int>(spec->tier) : 3;
    if (tier < 1 || w.outcome == "failed" || effect_of.count(w.call_id)) continue;
    fakes::Effect e;
    e.seq = static_cast<int64_t>(h->ledger.size()) + 1;
    e.run_id = w.run_id;
    e.tool = w.tool;
    e.call_id = w.call_id;
    e.tier = tier;
    e.args = w.args;
    e.approved = ClaimApproval(*h, w.tool, w.args, &used);
    e.clock_ms = w.start_ms;
    effect_of[w.call_id] = h->ledger.size();
    h->ledger.push_back(std::move(e));
  }
  for (const fakes::WireRecord& w : h->wire) {
    auto it = w.compensates.empty() ? effect_of.end() : effect_of.find(w.compensates);
    if (it == effect_of.end() || w.outcome != "ok") continue;
    fakes::Effect& e = h->ledger[it->second];
    e.undone = true;
    e.undone_by_tool = w.tool;
    e.undone_by_call = w.call_id;
    e.undone_at_ms = w.end_ms;
  }
}

}  // namespace

void FillServerHistory(const Scenario& s, const ServerRunFiles& files,
                       const std::vector<int64_t>& request_ids, RunHistory* h) {
  for (const std::string& line : files.approvals) h->approvals.push_back(ParseObject(line));
  for (const std::string& line : files.audit) {
    h->audit_lines.push_back(line);
    h->order.push_back({'a', h->audit_lines.size() - 1});
  }
  for (const std::string& line : files.alerts) {
    h->alerts.push_back(ParseObject(line));
    h->order.push_back({'l', h->alerts.size() - 1});
  }
  std::map<int64_t, size_t> call_of;  // client request id -> agent call index
  for (size_t i = 0; i < request_ids.size() && i < h->agent_calls.size(); ++i) {
    call_of[request_ids[i]] = i;
  }
  std::set<size_t> placed;
  for (const std::string& line : files.wire_log) {
    const Json j = ParseObject(line);
    const std::string event = j.value("event", "");
    const Json rid = j.value("client_request_id", Json());
    auto call = rid.is_number_integer() ? call_of.find(rid.get<int64_t>()) : call_of.end();
    if (event == "server_call") {
      h->wire.push_back(fakes::WireRecordFromJson(j));
      h->order.push_back({'w', h->wire.size() - 1});
      if (call != call_of.end() && h->wire.back().compensates.empty()) {
        h->agent_calls[call->second].reached_tool = true;
      }
    } else if (event == "fault") {
      h->faults.push_back({j.value("tool", ""), j.value("kind", ""), j.value("call_id", ""),
                           j.value("attempt", 0), j.value("clock_ms", int64_t{0}),
                           j.value("detail", "")});
    } else if (event == "answer" && call != call_of.end() && !placed.count(call->second)) {
      h->agent_calls[call->second].call_id = j.value("call_id", "");
      h->order.push_back({'c', call->second});
      placed.insert(call->second);
    }
  }
  for (size_t i = 0; i < h->agent_calls.size(); ++i) {  // answered without a log line
    if (!placed.count(i)) h->order.push_back({'c', i});
  }
  BuildLedger(s, h);
}

namespace {
std::mutex command_mu;
std::string& CommandLocked() {
  static auto* command = new std::string();  // never destroyed: read by worker threads
  return *command;
}
}  // namespace

void SetBlastradiusCommand(std::string path) {
  std::lock_guard<std::mutex> lock(command_mu);
  CommandLocked() = std::move(path);
}

std::string BlastradiusCommand() {
  std::lock_guard<std::mutex> lock(command_mu);
  return CommandLocked();
}

SeedResult RunServerSeed(const Scenario& s, uint64_t seed) {
  RunHistory h;
  h.seed = seed;
  h.run_id = s.name + "#" + std::to_string(seed);
  if (BlastradiusCommand().empty()) {
    return FailedSeed(seed,
                      "scenario " + s.name +
                          " runs a real server through `blastradius proxy`, and this program has "
                          "not named the blastradius command (chaos::SetBlastradiusCommand); "
                          "run it with `blastradius check` or `blastradius run`",
                      h);
  }
  fakes::TempDir dir("blastradius-server");  // removed when the run is over
  if (dir.path().empty()) return FailedSeed(seed, "cannot create a temporary folder", h);
  Status st = WriteInputs(s, dir);
  if (!st.ok()) return FailedSeed(seed, st.message(), h);
  StatusOr<std::unique_ptr<ChildProcess>> proxy =
      ChildProcess::Start(ProxyArgv(s, seed, dir, h.run_id));
  if (!proxy.ok())
    return FailedSeed(seed, "the proxy did not start: " + proxy.status().message(), h);
  McpClient client(proxy->get());
  std::optional<Json> init =
      client.Request(0, "initialize",
                     Json{{"protocolVersion", "2025-06-18"},
                          {"capabilities", Json::object()},
                          {"clientInfo", {{"name", "blastradius-check"}, {"version", "1"}}}},
                     kHandshakeBoundMs);
  if (!init || !init->contains("result")) {
    (*proxy)->Shutdown(1000);
    return FailedSeed(seed,
                      "the proxy or the server did not answer initialize within " +
                          std::to_string(kHandshakeBoundMs) + " ms: " + ReadAll(dir / "proxy.err"),
                      h);
  }
  client.Send(mcp::MakeNotification("notifications/initialized", Json::object()));
  h.start_ms = MonotonicMillis();
  AgentRun run = ServerAgent(s, &client).Run();
  (*proxy)->CloseStdin();
  if (!(*proxy)->WaitForExit(kExitBoundMs)) (*proxy)->Shutdown(1000);
  h.end_ms = MonotonicMillis();
  h.agent_calls = run.calls;
  for (const AgentView& v : run.views) h.agent_outputs.push_back(v.text);
  h.outcome = run.outcome;
  h.stop_reason = run.stop_reason;
  ServerRunFiles files{ReadLines(dir / "wire.jsonl"), ReadLines(dir / "audit.jsonl"),
                       ReadLines(dir / "alerts.jsonl"), ReadLines(dir / "approvals.jsonl")};
  FillServerHistory(s, files, run.request_ids, &h);
  // "unavailable" is halted (breaker open) or failed (a transient failure at the server):
  // which one, only the wire log says.
  const bool stopped = h.outcome != "completed" && h.outcome != "runaway";
  if (stopped && !run.calls.empty() && run.views.back().status == "unavailable") {
    h.outcome = Classify(run.views.back(), h.agent_calls.back().reached_tool);
  }
  h.journal = ReadAll(dir / "journal.jsonl");
  SeedResult r;
  r.seed = seed;
  r.history = std::move(h);
  JudgeSeed(s, &r);
  return r;
}

int ScenarioApproverMain(int argc, char** argv) {
  if (argc < 4) {
    std::cerr << "usage: blastradius scenario-approver KIND LOG [TOOL...] (used by check)\n";
    return 2;
  }
  const std::string kind = argv[2];
  const std::string log = argv[3];
  const std::vector<std::string> tools(argv + 4, argv + argc);
  std::string text;
  char buf[4096];
  for (size_t n;
       (n = fread(buf, 1, sizeof(buf), stdin)) > 0 && text.size() < kMaxApprovalRequestBytes;) {
    text.append(buf, n);
  }
  const Json request = ParseObject(text);
  const Json base{{"request_id", request.value("request_id", "")},
                  {"tool", request.value("tool", "")},
                  {"args", request.value("arguments", Json::object())}};
  std::ofstream out(log, std::ios::app);
  Json submit = base;
  submit["event"] = "submit";
  submit["reason"] = request.value("reason", "");
  out << submit.dump() << "\n" << std::flush;
  if (kind == "silent") {
    for (;;) pause();  // the proxy stops this command at approval.timeout_ms
  }
  const std::string tool = base["tool"];
  const bool approve =
      kind == "approve_all" ||
      (kind == "approve_only" && std::find(tools.begin(), tools.end(), tool) != tools.end());
  Json answer = base;
  answer["event"] = "answer";
  answer["decision"] = approve ? "approve" : "reject";
  out << answer.dump() << "\n" << std::flush;
  std::cout << Json{{"decision", approve ? "approve" : "reject"},
                    {"approver", "scenario approver " + kind}}
                   .dump()
            << "\n";
  return 0;
}

}  // namespace blastradius::chaos
