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
// promises (the file sink: as its buffer_records and sync_every_records settings say). A non-OK
// Write makes the guard fail closed: every later call above tier 0 is refused and an
// audit_failed alert is raised.
class AuditSink {
 public:
  virtual ~AuditSink() = default;
  virtual Status Write(const AuditRecord& record) = 0;
};

// Keeps records in memory: every record (the default), or with `keep_last` > 0 only the last
// keep_last, in a ring whose slots are reused: once the ring is full a record replaces the
// oldest one in its storage (strings keep their capacity, an argument tree of the same shape is
// copied into the old one), so a long run's records cost bounded memory and, in steady state,
// no allocation.
class MemoryAuditSink : public AuditSink {
 public:
  explicit MemoryAuditSink(size_t keep_last = 0);
  Status Write(const AuditRecord& record) override;  // always OK
  // The records kept, oldest first.
  std::vector<AuditRecord> records() const;
  // Every record kept rendered as its line, as a file sink would write it, oldest first.
  std::vector<std::string> lines() const;
  // How many records were written in all (kept or since replaced).
  int64_t written() const;

 private:
  mutable std::mutex mu_;
  const size_t keep_last_;
  // With keep_last_ and full: the ring, records_[written_ % keep_last_] the oldest.
  std::vector<AuditRecord> records_;
  int64_t written_ = 0;
};

// Ceiling on FileAuditSink's buffer_records (policy audit_log.buffer_records).
inline constexpr int64_t kMaxAuditBufferRecords = 4'096;
// The file sink also hands its buffer to the OS once it holds this many bytes, whatever
// buffer_records says (so a batch of long records stays bounded in memory).
inline constexpr size_t kAuditBufferFlushBytes = size_t{1} << 20;  // 1 MiB

// Appends one line per record to a file (through Env). Two settings decide what a crash loses.
//
// `buffer_records` (policy audit_log.buffer_records, 1 to kMaxAuditBufferRecords) is how many
// records go to the OS in one append (write(2)): each record is rendered into an in-memory
// buffer, and the buffer is appended whole when it holds buffer_records records, when it
// reaches kAuditBufferFlushBytes, before every sync (a sync point, Sync()) and on destruction.
//   1 (the default)  every record is appended before Write returns OK: a crash of this process
//                    loses nothing acknowledged.
//   N > 1            a crash of this process loses the records still in the buffer: at most
//                    the last N-1 acknowledged records. What the file holds is the records of
//                    every completed batch, as whole lines (one append per batch; batching
//                    never tears a line).
// `sync_every_records` decides what power loss (or a kernel crash) loses: the file keeps what
// was synced (WritableFile::Sync, i.e. fdatasync). Records still in the buffer are lost as well,
// but the buffer is always appended before a sync, so a sync covers every record before it.
//   1 (the default)  every record is appended and synced before Write returns: power loss
//                    loses nothing acknowledged, whatever buffer_records says (each record is
//                    a sync point, so buffering has no effect).
//   N > 1            the file is synced after every N-th record (and by Sync() and on
//                    destruction): power loss loses at most the last N-1 acknowledged records
//                    (whole lines up to the last sync; the OS may have written some of the
//                    rest, possibly ending in a torn line). With buffer_records M, a process
//                    crash loses at most the last min(M, N)-1.
//   0                never synced by the sink; the OS writes back when it chooses (typically
//                    within 30 s on Linux): power loss loses what it had not written, plus the
//                    buffer (at most buffer_records-1 records).
// After the first failed append or sync, every later Write returns that error without writing
// (the file may end in a torn line). A failed append of a batch loses that batch: up to
// buffer_records-1 records acknowledged before it, and the record whose Write reports it.
class FileAuditSink : public AuditSink {
 public:
  // InvalidArgument naming the setting when sync_every_records < 0 or buffer_records is
  // outside 1..kMaxAuditBufferRecords.
  static StatusOr<std::unique_ptr<FileAuditSink>> Open(Env* env, const std::string& path,
                                                       int64_t sync_every_records = 1,
                                                       int64_t buffer_records = 1);
  ~FileAuditSink() override;  // appends the buffer; syncs unless sync_every_records is 0
  Status Write(const AuditRecord& record) override;
  // Appends the buffer and syncs every record written since the last sync. Returns the sink's
  // first error, if any.
  Status Sync();
  // First error seen while writing, if any.
  Status status() const;

 private:
  FileAuditSink(std::unique_ptr<WritableFile> file, int64_t sync_every_records,
                int64_t buffer_records)
      : file_(std::move(file)),
        sync_every_records_(sync_every_records),
        buffer_records_(buffer_records) {}
  Status FlushLocked();  // appends buffer_ as one write. REQUIRES: mu_ held.
  Status SyncLocked();   // FlushLocked, then syncs. REQUIRES: mu_ held.
  mutable std::mutex mu_;
  std::string buffer_;  // whole lines not yet appended; records render straight into it
  std::unique_ptr<WritableFile> file_;
  const int64_t sync_every_records_;
  const int64_t buffer_records_;
  int64_t buffered_records_ = 0;  // lines in buffer_
  int64_t unsynced_records_ = 0;  // records written (appended or buffered) since the last sync
  Status status_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_AUDIT_LOG_H_
