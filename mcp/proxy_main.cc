#include "mcp/proxy_main.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/file.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "blastradius/alerts.h"
#include "blastradius/audit_log.h"
#include "blastradius/env.h"
#include "blastradius/journal.h"
#include "blastradius/manifest.h"
#include "blastradius/policy.h"
#include "blastradius/state_store.h"
#include "chaos_scenarios/checklist.h"
#include "mcp/alert_sinks.h"
#include "mcp/approvers.h"
#include "mcp/child_process.h"
#include "mcp/faults.h"
#include "mcp/manifest_draft.h"
#include "mcp/proxy.h"

namespace blastradius::mcp {
namespace {

constexpr int kExitUsage = 2;

const char kProxyHelp[] =
    "usage: blastradius proxy --tools F --policy F [--run-id ID] [--max-line-bytes N]\n"
    "                         [--allow-lint-failures] [--approver elicitation]\n"
    "                         [--approver-command CMD] [--faults F [--seed N]]\n"
    "                         [--state memory|redis://host:port/db] [--wire-log F]\n"
    "                         -- SERVER_CMD [ARGS...]\n"
    "\n"
    "Serves one MCP client on stdin/stdout (newline-delimited JSON-RPC) in front of the MCP\n"
    "server SERVER_CMD, started as a child process. tools/list shows only the manifest's\n"
    "tools; every tools/call goes through the guard with the same manifest and policy that\n"
    "`blastradius check` gates on; the audit log and alerts go to the policy's files.\n"
    "Logs go to stderr only. When the manifest maps compensation arguments\n"
    "(compensation_args), calls run in workflows journaled at the policy's\n"
    "transactions.journal_path and a safety stop undoes them through the server; a proxy\n"
    "killed mid-session finishes that at its next start (docs/mcp.md, \"Rollback\").\n"
    "SIGTERM/SIGINT end the session as closing stdin does.\n"
    "  --run-id ID              the run this session is (default: mcp-<epoch ms>-<pid>)\n"
    "  --max-line-bytes N       longest message accepted from either side (default 4 MiB)\n"
    "  --allow-lint-failures    start even if `blastradius lint` fails; every audit record\n"
    "                           then says so in its reason\n"
    "  --approver elicitation   ask the client's user (MCP elicitation/create) to approve\n"
    "  --approver-command CMD   run CMD (sh -c) per approval: request JSON on stdin, answer\n"
    "                           JSON on stdout. Either flag overrides the policy's\n"
    "                           approval.approver; with neither, the policy's is used, and\n"
    "                           without one every approval is denied. No answer within\n"
    "                           approval.timeout_ms is expired (denied)\n"
    "  --faults F               inject the faults of file F between the guard and the server\n"
    "                           (latency, error, rate_limit, hang, inject, malformed_reply,\n"
    "                           server_crash; docs/mcp.md); each fault is logged on stderr\n"
    "  --seed N                 seed of the faults' random draws (default: from the clock,\n"
    "                           printed on stderr so a run can be repeated)\n"
    "  --state S                breakers, shared budgets and approval marks: memory (default)\n"
    "                           or redis://host:port/db, shared by a fleet (docs/fleet.md);\n"
    "                           with Redis and a rolling-back manifest, workflows are also\n"
    "                           recorded there and, at start, those a dead proxy left past\n"
    "                           their lease are claimed and rolled back here\n"
    "  --wire-log F             append one JSON line per attempt that reached the server,\n"
    "                           per answer to a tools/call and per fault to F (what\n"
    "                           `blastradius check` judges a real server's run from)\n"
    "Exit: 0 the client closed the session, 1 the client's output broke, 2 usage, input or\n"
    "lint errors (the failing checklist items are named).\n";

const char kManifestHelp[] =
    "usage: blastradius mcp-manifest [--timeout-ms N] -- SERVER_CMD [ARGS...]\n"
    "\n"
    "Starts the MCP server SERVER_CMD, reads its tools/list and prints a draft tools.json on\n"
    "stdout. Tiers are proposed from the tools' annotations (readOnlyHint -> 0,\n"
    "destructiveHint -> 3, an explicit non-destructive writer -> 2, openWorldHint -> external);\n"
    "a tool the annotations say nothing about gets no tier, so `lint` fails until a person\n"
    "classifies it. Annotations are the server's claims: review every tier.\n"
    "  --timeout-ms N   give up if the server has not answered within N ms (default 30000)\n"
    "Exit: 0 the draft was printed, 1 the server failed, 2 usage error.\n";

struct ProxyArgs {
  std::string tools, policy, run_id, approver, approver_command, faults, seed, wire_log, error;
  std::string state = "memory";
  size_t max_line_bytes = kDefaultMaxLineBytes;
  bool allow_lint_failures = false;
  bool help = false;
  std::vector<std::string> server;
};

ProxyArgs ParseProxyArgs(int argc, char** argv) {
  ProxyArgs a;
  std::map<std::string, std::string*> with_value = {{"--tools", &a.tools},
                                                    {"--policy", &a.policy},
                                                    {"--run-id", &a.run_id},
                                                    {"--approver", &a.approver},
                                                    {"--approver-command", &a.approver_command},
                                                    {"--faults", &a.faults},
                                                    {"--seed", &a.seed},
                                                    {"--state", &a.state},
                                                    {"--wire-log", &a.wire_log}};
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") {
      for (++i; i < argc; ++i) a.server.push_back(argv[i]);
      break;
    }
    if (arg == "--help" || arg == "-h") {
      a.help = true;
    } else if (arg == "--allow-lint-failures") {
      a.allow_lint_failures = true;
    } else if (arg == "--max-line-bytes" && i + 1 < argc) {
      const std::string v = argv[++i];
      const bool digits =
          !v.empty() && v.size() <= 12 && v.find_first_not_of("0123456789") == std::string::npos;
      if (!digits || std::stoull(v) < 1024) {
        a.error = "--max-line-bytes needs an integer >= 1024, got \"" + v + "\"";
        return a;
      }
      a.max_line_bytes = std::stoull(v);
    } else if (with_value.count(arg) && i + 1 < argc) {
      *with_value[arg] = argv[++i];
    } else {
      a.error = "unknown or incomplete option " + arg;
      return a;
    }
  }
  return a;
}

int Usage(const std::string& error, const char* help) {
  std::cerr << "blastradius: " << error << "\n\n" << help;
  return kExitUsage;
}

// Forwards every record with a note appended to its reason (the lint override must show in
// every audit record).
class NotedAuditSink : public AuditSink {
 public:
  NotedAuditSink(AuditSink* inner, std::string note) : inner_(inner), note_(std::move(note)) {}
  Status Write(const AuditRecord& record) override {
    AuditRecord noted = record;
    noted.reason += noted.reason.empty() ? note_ : "; " + note_;
    return inner_->Write(noted);
  }

 private:
  AuditSink* inner_;
  std::string note_;
};

// The names of the checklist items `lint` fails for these files, or an error.
StatusOr<std::vector<std::string>> FailingLintItems(const std::string& tools,
                                                    const std::string& policy) {
  StatusOr<chaos::LintReport> lint = chaos::LintFiles(tools, policy);
  if (!lint.ok()) return lint.status();
  std::vector<std::string> failing;
  for (const auto& [id, item] : lint->items) {
    if (!item.evaluated || item.ok) continue;
    std::string evidence;
    for (const std::string& e : item.evidence) evidence += (evidence.empty() ? "" : "; ") + e;
    failing.push_back(id + (evidence.empty() ? "" : " (" + evidence + ")"));
  }
  return failing;
}

std::string_view ApproverName(ApproverKind kind) {
  switch (kind) {
    case ApproverKind::kCommand:
      return "command";
    case ApproverKind::kElicitation:
      return "elicitation";
    case ApproverKind::kNone:
      break;
  }
  return "none (every approval is rejected)";
}

// True if some tool maps its compensation's arguments: the manifest says how to undo calls on
// this server, so the proxy runs the session in workflows and rolls back on a safety stop.
bool RollsBack(const Manifest& manifest) {
  for (const ToolSpec& t : manifest.tools()) {
    if (t.compensation_args) return true;
  }
  return false;
}

// The session's journal, opened after taking an exclusive lock on "<path>.lock" (held until the
// process exits, so a killed proxy releases it): two proxies on one journal would roll back
// each other's open workflows. Also reads what an earlier proxy left unfinished.
struct OpenedJournal {
  std::unique_ptr<Journal> journal;
  JournalRecovery recovery;
};
StatusOr<OpenedJournal> OpenLockedJournal(Env* env, const std::string& path) {
  const std::string lock_path = path + ".lock";
  const int fd = open(lock_path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0) {
    return Status::Unavailable("cannot open the journal lock " + lock_path + ": " +
                               std::strerror(errno));
  }
  if (flock(fd, LOCK_EX | LOCK_NB) != 0) {
    close(fd);
    return Status::FailedPrecondition(
        "journal " + path +
        " is in use by another blastradius proxy; give each proxy its own "
        "transactions.journal_path");
  }  // fd stays open (and locked) for the life of the process
  StatusOr<std::unique_ptr<Journal>> journal = Journal::Open(env, path);
  if (!journal.ok()) return journal.status();
  StatusOr<std::string> contents = env->ReadFileToString(path);
  if (!contents.ok()) return contents.status();
  return OpenedJournal{std::move(*journal), RecoverJournal(*contents)};
}

// The fleet's handover at start (docs/fleet.md): takes over every open workflow on `store`
// whose owner's lease ended (a proxy that died mid-workflow) and adds it to `recovery`, which
// the proxy rolls back once the client initializes. A workflow also in the local journal is
// taken from the store's record (the whole story; the file may miss a takeover's entries).
// Counts them in *claimed, also when a later batch fails (what was claimed is still added).
Status ClaimAbandonedFleetWorkflows(StateStore* store, Env* env, const std::string& owner,
                                    int64_t lease_ms, JournalRecovery* recovery, size_t* claimed) {
  constexpr int kBatch = 100;
  *claimed = 0;
  for (;;) {  // ends: a claimed workflow is leased to `owner`, so no later batch returns it
    const int64_t now =
        store->clock() == StateStore::Clock::kWall ? env->EpochMillis() : env->NowMillis();
    StatusOr<std::vector<UnfinishedTransaction>> batch =
        store->ClaimAbandonedWorkflows(owner, now, lease_ms, kBatch);
    if (!batch.ok()) return batch.status();
    for (UnfinishedTransaction& t : *batch) {
      std::erase_if(recovery->unfinished,
                    [&t](const UnfinishedTransaction& mine) { return mine.txn == t.txn; });
      recovery->unfinished.push_back(std::move(t));
    }
    *claimed += batch->size();
    if (batch->size() < static_cast<size_t>(kBatch)) return Status::Ok();
  }
}

// SIGTERM and SIGINT end the session in order (ProxyOptions::stop_fd): a client that stops the
// proxy by signal, as the MCP stdio transport allows, must not leave a workflow to be rolled
// back at the next start.
int g_stop_write_fd = -1;
void OnStopSignal(int) {
  const int saved = errno;
  if (g_stop_write_fd >= 0) (void)!write(g_stop_write_fd, "s", 1);
  errno = saved;
}
int InstallStopSignals() {
  int fds[2];
  if (pipe2(fds, O_NONBLOCK | O_CLOEXEC) != 0) return -1;
  g_stop_write_fd = fds[1];
  struct sigaction sa {};
  sa.sa_handler = OnStopSignal;
  sigemptyset(&sa.sa_mask);
  sigaction(SIGTERM, &sa, nullptr);
  sigaction(SIGINT, &sa, nullptr);
  return fds[0];
}

}  // namespace

int ProxyMain(int argc, char** argv) {
  ProxyArgs a = ParseProxyArgs(argc, argv);
  if (a.help) return std::cout << kProxyHelp, 0;
  if (!a.error.empty()) return Usage(a.error, kProxyHelp);
  if (a.tools.empty() || a.policy.empty()) {
    return Usage("proxy needs --tools F and --policy F", kProxyHelp);
  }
  if (a.server.empty()) return Usage("proxy needs -- SERVER_CMD [ARGS...]", kProxyHelp);
  if (!a.approver.empty() && a.approver != "elicitation") {
    return Usage("--approver takes \"elicitation\"; use --approver-command CMD for a command",
                 kProxyHelp);
  }
  if (!a.approver.empty() && !a.approver_command.empty()) {
    return Usage("choose one of --approver and --approver-command", kProxyHelp);
  }

  StatusOr<std::vector<std::string>> failing = FailingLintItems(a.tools, a.policy);
  if (!failing.ok()) return std::cerr << failing.status().message() << "\n", kExitUsage;
  std::string lint_note;
  if (!failing->empty()) {
    for (const std::string& f : *failing) {
      std::cerr << "blastradius proxy: lint fails " << f << "\n";
      lint_note += (lint_note.empty() ? "" : ", ") + f.substr(0, f.find(' '));
    }
    if (!a.allow_lint_failures) {
      std::cerr << "blastradius proxy: refusing to start; fix the items above or pass "
                   "--allow-lint-failures\n";
      return kExitUsage;
    }
    lint_note = "proxy started with --allow-lint-failures (lint fails: " + lint_note + ")";
  }
  Env* env = Env::Default();
  StatusOr<Manifest> manifest = Manifest::Load(env, a.tools);
  StatusOr<Policy> policy = Policy::Load(env, a.policy);
  if (!manifest.ok()) return std::cerr << manifest.status().message() << "\n", kExitUsage;
  if (!policy.ok()) return std::cerr << policy.status().message() << "\n", kExitUsage;

  ProxyOptions options;
  if (!a.faults.empty()) {
    StatusOr<std::string> text = env->ReadFileToString(a.faults);
    if (!text.ok()) return std::cerr << text.status().message() << "\n", kExitUsage;
    StatusOr<std::vector<fakes::FaultSpec>> faults = ParseProxyFaults(*text, a.faults, *manifest);
    if (!faults.ok()) return std::cerr << faults.status().message() << "\n", kExitUsage;
    options.faults = std::move(*faults);
    options.fault_seed = env->Random64() % 1'000'000'000;
    if (!a.seed.empty()) {
      const bool digits =
          a.seed.size() <= 18 && a.seed.find_first_not_of("0123456789") == std::string::npos;
      if (!digits) return Usage("--seed needs a non-negative integer", kProxyHelp);
      options.fault_seed = std::stoull(a.seed);
    }
  } else if (!a.seed.empty()) {
    return Usage("--seed only applies with --faults F", kProxyHelp);
  }

  StatusOr<std::unique_ptr<StateStore>> state = OpenStateStore(a.state);
  if (!state.ok()) return std::cerr << state.status().message() << "\n", kExitUsage;
  std::unique_ptr<FileAuditSink> audit_file;
  std::unique_ptr<NotedAuditSink> noted;
  AuditSink* audit = nullptr;
  if (policy->audit_log.enabled) {
    StatusOr<std::unique_ptr<FileAuditSink>> opened =
        FileAuditSink::Open(env, policy->audit_log.path, policy->audit_log.sync_every_records,
                            policy->audit_log.buffer_records);
    if (!opened.ok()) return std::cerr << opened.status().message() << "\n", kExitUsage;
    audit_file = std::move(*opened);
    audit = audit_file.get();
    if (!lint_note.empty()) {
      noted = std::make_unique<NotedAuditSink>(audit, lint_note);
      audit = noted.get();
    }
  }
  std::unique_ptr<AlertSink> alert_sink;
  if (policy->alerts.sink == "log") {
    StatusOr<std::unique_ptr<FileAlertSink>> opened = FileAlertSink::Open(env, policy->alerts.path);
    if (!opened.ok()) return std::cerr << opened.status().message() << "\n", kExitUsage;
    alert_sink = std::move(*opened);
  } else if (policy->alerts.sink == "stderr") {
    alert_sink = std::make_unique<StderrAlertSink>();
  }
  std::unique_ptr<CommandAlertSink> alert_command;
  std::unique_ptr<TeeAlertSink> tee;
  AlertSink* alerts = alert_sink.get();
  if (policy->alerts.command) {
    alert_command = std::make_unique<CommandAlertSink>(policy->alerts.command->run,
                                                       policy->alerts.command->timeout_ms);
    std::vector<AlertSink*> both = {alert_command.get()};
    if (alert_sink) both.insert(both.begin(), alert_sink.get());
    tee = std::make_unique<TeeAlertSink>(std::move(both));
    alerts = tee.get();
  }

  std::unique_ptr<WritableFile> wire_log;
  if (!a.wire_log.empty()) {
    StatusOr<std::unique_ptr<WritableFile>> opened = env->NewAppendableFile(a.wire_log);
    if (!opened.ok()) return std::cerr << opened.status().message() << "\n", kExitUsage;
    wire_log = std::move(*opened);
  }

  std::unique_ptr<Journal> journal;
  if (RollsBack(*manifest)) {
    StatusOr<OpenedJournal> opened = OpenLockedJournal(env, policy->transactions.journal_path);
    if (!opened.ok()) {
      std::cerr << "blastradius proxy: " << opened.status().message() << "\n";
      return kExitUsage;
    }
    journal = std::move(opened->journal);
    if (!opened->recovery.unfinished.empty()) {
      std::cerr << "blastradius proxy: " << opened->recovery.unfinished.size()
                << " unfinished workflow(s) in " << policy->transactions.journal_path
                << ": rolled back once the client initializes the session\n";
    }
    if (a.state != "memory") {  // shared: mirror every entry, and take over the dead's work
      const std::string owner = NewFleetOwnerId(env, "proxy-" + std::to_string(getpid()));
      const int64_t lease_ms = FleetWorkflowLeaseMs(*policy);
      journal->SetMirror(FleetJournalMirror(state->get(), env, owner, lease_ms));
      size_t claimed = 0;
      const Status claim = ClaimAbandonedFleetWorkflows(state->get(), env, owner, lease_ms,
                                                        &opened->recovery, &claimed);
      std::cerr << "blastradius proxy: claimed " << claimed << " abandoned workflow(s) from "
                << (*state)->Describe() << " as " << owner << " (lease " << lease_ms << " ms)"
                << (claimed > 0 ? ": rolled back once the client initializes" : "") << "\n";
      if (!claim.ok()) {
        std::cerr << "blastradius proxy: claiming stopped: " << claim.message()
                  << " (what is left stays for another proxy)\n";
      }
    }
    options.recovery = std::move(opened->recovery);
  }

  signal(SIGPIPE, SIG_IGN);
  options.stop_fd = InstallStopSignals();
  StatusOr<std::unique_ptr<ChildProcess>> server = ChildProcess::Start(a.server);
  if (!server.ok()) return std::cerr << server.status().message() << "\n", 1;
  options.run_id = !a.run_id.empty() ? a.run_id
                                     : "mcp-" + std::to_string(env->EpochMillis()) + "-" +
                                           std::to_string(getpid());
  options.max_line_bytes = a.max_line_bytes;
  std::unique_ptr<CommandApprover> command_approver;
  std::unique_ptr<ElicitationApprover> elicitation;
  ProxySinks sinks;
  sinks.state = state->get();
  sinks.audit = audit;
  sinks.alerts = alerts;
  sinks.journal = journal.get();
  sinks.wire_log = wire_log.get();
  // The approver: a command-line flag overrides the policy's approval.approver.
  ApproverConfig approver = policy->approval.approver.value_or(ApproverConfig{});
  std::string approver_from = policy->approval.approver ? "the policy" : "the default";
  if (!a.approver_command.empty()) {
    approver = ApproverConfig{ApproverKind::kCommand, a.approver_command};
    approver_from = "--approver-command";
  } else if (!a.approver.empty()) {
    approver = ApproverConfig{ApproverKind::kElicitation, ""};
    approver_from = "--approver";
  }
  switch (approver.kind) {
    case ApproverKind::kCommand:
      command_approver = std::make_unique<CommandApprover>(approver.command);
      sinks.approver = command_approver.get();
      break;
    case ApproverKind::kElicitation:
      elicitation = std::make_unique<ElicitationApprover>();
      sinks.approver = elicitation.get();
      break;
    case ApproverKind::kNone:
      break;
  }
  std::cerr << "blastradius proxy: approver " << ApproverName(approver.kind) << " (from "
            << approver_from << ")\n";
  StatusOr<std::unique_ptr<Proxy>> proxy =
      Proxy::Create(std::move(*manifest), std::move(*policy), sinks, options, STDIN_FILENO,
                    STDOUT_FILENO, server->get());
  if (!proxy.ok()) return std::cerr << proxy.status().message() << "\n", kExitUsage;
  if (elicitation) elicitation->Attach(proxy->get());
  const int code = (*proxy)->Run();
  if (audit_file && !audit_file->status().ok()) {
    std::cerr << "blastradius proxy: audit log: " << audit_file->status().message() << "\n";
    return 1;
  }
  return code;
}

int ManifestMain(int argc, char** argv) {
  std::vector<std::string> server;
  int64_t timeout_ms = 30'000;
  for (int i = 2; i < argc; ++i) {
    const std::string arg = argv[i];
    if (arg == "--") {
      server.assign(argv + i + 1, argv + argc);
      break;
    }
    if (arg == "--help" || arg == "-h") return std::cout << kManifestHelp, 0;
    if (arg == "--timeout-ms" && i + 1 < argc) {
      const std::string v = argv[++i];
      if (v.empty() || v.size() > 9 || v.find_first_not_of("0123456789") != std::string::npos) {
        return Usage("--timeout-ms needs a positive integer, got \"" + v + "\"", kManifestHelp);
      }
      timeout_ms = std::max<int64_t>(1, std::stoll(v));
      continue;
    }
    return Usage("unknown or incomplete option " + arg, kManifestHelp);
  }
  if (server.empty()) return Usage("mcp-manifest needs -- SERVER_CMD [ARGS...]", kManifestHelp);
  signal(SIGPIPE, SIG_IGN);
  StatusOr<std::vector<Json>> tools = ListServerTools(server, timeout_ms);
  if (!tools.ok()) {
    std::cerr << "blastradius mcp-manifest: " << tools.status().message() << "\n";
    return 1;
  }
  const Json draft = DraftManifest(*tools);
  std::cout << draft.dump(2) << "\n";
  const std::vector<std::string> unclassified = UnclassifiedTools(draft);
  std::cerr << "blastradius mcp-manifest: " << draft["tools"].size() << " tools";
  if (!unclassified.empty()) {
    std::cerr << "; no tier proposed for";
    for (const std::string& n : unclassified) std::cerr << " " << n;
    std::cerr << " (lint fails until a person classifies them)";
  }
  std::cerr << ". Annotations are the server's hints: review every tier.\n";
  return 0;
}

}  // namespace blastradius::mcp
