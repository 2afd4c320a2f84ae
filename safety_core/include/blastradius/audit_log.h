// Audit log: the guard's records (one per attempt that reached a tool, or per call a layer
// stopped; see guard.h), with the fields of formats.md. Sinks return a Status: a write that
// failed makes the guard fail closed.
// Secrets are redacted when a record is rendered (redact.h: secret keys such as password,
// api-key, access_key, authorization; secret-shaped values such as Bearer tokens, AKIA/sk-/ghp_
// keys, JWTs and card numbers) in the inputs, the outputs and the reason. A record is always
// exactly one line: JSON escaping means newlines, quotes and control bytes cannot forge a record.
// Sinks are thread-safe.
#ifndef BLASTRADIUS_AUDIT_LOG_H_
#define BLASTRADIUS_AUDIT_LOG_H_

#include <cstdint>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/budget.h"
#include "blastradius/decision.h"
#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/redact.h"
#include "blastradius/sanitizer.h"

namespace blastradius {

struct AuditRecord {
  std::string run_id;
  int64_t step_number = 0;
  std::string tool_name;
  Json tool_inputs = Json::object();  // redacted before it is stored
  std::string tool_outputs;           // sanitized and truncated
  int risk_tier = -1;                 // -1 for an unknown tool
  int64_t duration_ms = 0;
  int64_t tokens_used = 0;
  BudgetRemaining budget_remaining;
  int64_t ts_ms = 0;
  Decision decision = Decision::kDenied;  // rendered as DecisionName (decision.h)
  std::string reason;
  int attempt = 0;      // 0 for a call that never reached the tool
  std::string outcome;  // "ok", "failed", "unknown", or "" when not executed
  std::string call_id;
  std::vector<Finding> findings;
};

// The record as one JSON object / one line (no trailing newline). tool_inputs pass through
// RedactSecrets (default keys) again, as a backstop; tool_outputs and reason pass through
// RedactSecretsInText. The line is printable ASCII only (non-ASCII
// is \u-escaped, invalid UTF-8 becomes U+FFFD), so it never contains a line break of any kind.
// The exact format is docs/formats/audit_record.md.
Json AuditRecordToJson(const AuditRecord& record);
std::string AuditRecordToLine(const AuditRecord& record);
// Appends the same line to *out, rendered straight into it (a sink's reused buffer): no JSON
// tree is built for the record, and no copy of a field that redaction leaves as it is.
void AppendAuditRecordLine(const AuditRecord& record, std::string* out);
// Fields every record must carry (formats.md).
const std::vector<std::string>& RequiredAuditFields();
// Reads a record back (invariant checkers, tools). InvalidArgument naming `origin`, the JSON
// path and what was expected if a required field is missing, mistyped or a key is unknown.
StatusOr<AuditRecord> AuditRecordFromJson(const Json& doc, const std::string& origin);
StatusOr<AuditRecord> ParseAuditLine(std::string_view line, const std::string& origin);

// Where audit records go. Write returns OK only once the record is stored as the sink
// promises (the file sink: appended and synced). A non-OK Write makes the guard fail closed:
// every later call above tier 0 is refused and an audit_failed alert is raised.
class AuditSink {
 public:
  virtual ~AuditSink() = default;
  virtual Status Write(const AuditRecord& record) = 0;
};

class MemoryAuditSink : public AuditSink {
 public:
  Status Write(const AuditRecord& record) override;  // always OK
  std::vector<AuditRecord> records() const;
  // Every record rendered as its line, as a file sink would write it.
  std::vector<std::string> lines() const;

 private:
  mutable std::mutex mu_;
  std::vector<AuditRecord> records_;
};

// Appends one line per record to a file (through Env). Every record is appended (handed to the
// OS with write(2)) before Write returns OK, so a record whose Write returned OK survives a crash
// of this process. Power loss (or a kernel crash) keeps what was synced (WritableFile::Sync, i.e.
// fdatasync), which `sync_every_records` decides:
//   1 (the default)  every record is synced before Write returns: power loss loses nothing
//                    acknowledged.
//   N > 1            the file is synced after every N-th record (and by Sync() and on
//                    destruction): power loss loses at most the last N-1 acknowledged records,
//                    always whole lines.
//   0                never synced by the sink; the OS writes back when it chooses (typically
//                    within 30 s on Linux): power loss loses what it had not written.
// After the first failed append or sync, every later Write returns that error without writing
// (the file may end in a torn line).
class FileAuditSink : public AuditSink {
 public:
  static StatusOr<std::unique_ptr<FileAuditSink>> Open(Env* env, const std::string& path,
                                                       int64_t sync_every_records = 1);
  ~FileAuditSink() override;
  Status Write(const AuditRecord& record) override;
  // Syncs records appended since the last sync. Returns the sink's first error, if any.
  Status Sync();
  // First error seen while writing, if any.
  Status status() const;

 private:
  FileAuditSink(std::unique_ptr<WritableFile> file, int64_t sync_every_records)
      : file_(std::move(file)), sync_every_records_(sync_every_records) {}
  Status SyncLocked();  // REQUIRES: mu_ held.
  mutable std::mutex mu_;
  std::string line_;  // each record is rendered into it (under mu_), so its storage is reused
  std::unique_ptr<WritableFile> file_;
  const int64_t sync_every_records_;
  int64_t unsynced_records_ = 0;
  Status status_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_AUDIT_LOG_H_
