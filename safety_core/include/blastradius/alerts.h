// Alerts: what a person is told when a safety limit fires. An AlertSink receives each alert;
// a JSON-lines file sink and an in-memory sink are provided. Sinks are thread-safe.
#ifndef BLASTRADIUS_ALERTS_H_
#define BLASTRADIUS_ALERTS_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"

namespace blastradius {

enum class AlertKind {
  kBudgetExceeded,
  kLoopDetected,
  kCircuitOpen,
  kInjectionDetected,
  kApprovalTimeout,
  kTier3Blocked,
  kWorkflowRolledBack,
  kRollbackFailed,
  kUnknownTool,
  kAuditFailed,            // the audit sink could not write: calls above tier 0 are refused
  kStateStoreUnavailable,  // the shared state store did not answer: attempts are refused
};
// The ids of formats.md: "budget_exceeded", "loop_detected", ...
std::string_view AlertKindName(AlertKind kind);
std::optional<AlertKind> ParseAlertKind(std::string_view name);
const std::vector<AlertKind>& AllAlertKinds();

struct Alert {
  AlertKind kind;
  std::string run_id;
  std::string tool;
  std::string reason;
  int64_t ts_ms = 0;     // env->EpochMillis() when raised
  int64_t clock_ms = 0;  // env->NowMillis() when raised (simulated time in chaos runs)
};
// One JSON object: {"kind","run_id","tool","reason","ts","clock_ms"}; secrets in the reason are
// redacted (RedactSecretsInText, redact.h), since reasons quote tool error texts.
Json AlertToJson(const Alert& alert);
// The alert as one line of pure ASCII JSON (no trailing newline), as FileAlertSink writes it.
std::string AlertToLine(const Alert& alert);

// Where alerts go. A non-OK Raise makes the guard fail closed, as a failed audit write does.
class AlertSink {
 public:
  virtual ~AlertSink() = default;
  virtual Status Raise(const Alert& alert) = 0;
};

// Keeps every alert in memory (tests, chaos runs).
class MemoryAlertSink : public AlertSink {
 public:
  Status Raise(const Alert& alert) override;  // always OK
  std::vector<Alert> alerts() const;
  int Count(AlertKind kind) const;

 private:
  mutable std::mutex mu_;
  std::vector<Alert> alerts_;
};

// Appends one JSON line per alert to a file (not synced per alert: the audit log is the
// durable record). After the first failed append every later Raise returns that error.
class FileAlertSink : public AlertSink {
 public:
  // Opens (creating if needed) `path` for appending through `env`.
  static StatusOr<std::unique_ptr<FileAlertSink>> Open(Env* env, const std::string& path);
  Status Raise(const Alert& alert) override;
  // First error seen while writing, if any.
  Status status() const;

 private:
  explicit FileAlertSink(std::unique_ptr<WritableFile> file) : file_(std::move(file)) {}
  mutable std::mutex mu_;
  std::unique_ptr<WritableFile> file_;
  Status status_;
};

// Sends each alert to several sinks (e.g. a file and memory): to all of them, even after one
// fails; returns the first error.
class TeeAlertSink : public AlertSink {
 public:
  TeeAlertSink(std::vector<AlertSink*> sinks) : sinks_(std::move(sinks)) {}
  Status Raise(const Alert& alert) override {
    Status first;
    for (AlertSink* s : sinks_) {
      Status st = s->Raise(alert);
      if (first.ok()) first = st;
    }
    return first;
  }

 private:
  std::vector<AlertSink*> sinks_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_ALERTS_H_
