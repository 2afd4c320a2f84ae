// Journal: the append-only record of every transaction step, so that after a crash a restart
// finds unfinished workflows and rolls them back. One JSON object per line, each carrying a
// CRC-32C of the rest of the line ("crc": "xxxxxxxx"). Intents are synced before the tool is
// called (a commit point), as are commits and rollback ends. A torn last line or a corrupt
// line is detected and reported, never trusted: recovery stops reading at the first bad line.
// Journal is thread-safe.
#ifndef BLASTRADIUS_JOURNAL_H_
#define BLASTRADIUS_JOURNAL_H_

#include <cstdint>
#include <functional>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"

namespace blastradius {

enum class JournalOp {
  kBegin,               // a workflow opened
  kIntent,              // a writing step is about to reach its tool (synced first)
  kOutcome,             // what the step returned: ok / failed / unknown, and its undo data
  kCompensating,        // a compensation is about to run
  kCompensated,         // it succeeded
  kCompensationFailed,  // it failed
  kCommitted,           // the workflow finished; nothing to undo
  kRolledBack,          // every possibly-applied step was compensated
  kIncident,            // the workflow could not be put back: a human must look
};
std::string_view JournalOpName(JournalOp op);  // "begin", "intent", ...
std::optional<JournalOp> ParseJournalOp(std::string_view name);

struct JournalEntry {
  uint64_t seq = 0;  // assigned by Journal::Append
  JournalOp op = JournalOp::kBegin;
  std::string txn;
  std::string run_id;
  std::string call_id;       // the step (intent, outcome, compensating, ...)
  std::string tool;          // the step's tool
  std::string compensation;  // the step's compensation tool, if any
  Json args;                 // the step's arguments (intent); secrets redacted when encoded
  Json undo;                 // what the compensation needs (outcome)
  std::string outcome;       // "ok" / "failed" / "unknown" (outcome)
  std::string detail;        // free text
};

// CRC-32C (Castagnoli) of `data`, continuing from `crc` (0 to start). crc32c("123456789")
// is 0xe3069283.
uint32_t Crc32c(std::string_view data, uint32_t crc = 0);

// One line, newline-terminated, with the checksum: the canonical JSON of the entry (keys
// sorted) with ,"crc":"xxxxxxxx" (CRC-32C of that canonical JSON, lowercase hex) inserted
// before its closing brace. Format: docs/formats/journal.md.
std::string EncodeJournalEntry(const JournalEntry& entry);
// Parses one line (without its newline) and verifies the checksum. DataLoss if corrupt.
StatusOr<JournalEntry> DecodeJournalLine(std::string_view line);

// The riskier of two answers from attempts of the same step: ok > unknown > failed. Anything
// that possibly applied must be compensated, so a later failure never hides an earlier ok or
// unknown.
Outcome RiskierOutcome(Outcome a, Outcome b);

// A writing step of a workflow, folded from its intents and answers. Both the live transaction
// and journal recovery build it with StartAttempt / Answer, so they agree on what to undo.
struct PendingStep {
  std::string call_id;
  std::string tool;
  std::string compensation;  // empty: cannot be undone
  Json args;                 // recovered from the journal: secrets redacted (redact.h)
  Json undo;  // from the answer that set `outcome` (a later, equally risky one may refine it)
  // The riskiest answer of any attempt, or kUnknown while an attempt has no answer yet (an
  // intent with no outcome: the process may have crashed while the tool ran).
  Outcome outcome = Outcome::kUnknown;
  bool compensated = false;                // a compensation already succeeded (before a crash)
  bool in_flight = true;                   // the latest intent has no answer yet
  std::optional<Outcome> riskiest_answer;  // none until an attempt answers

  // An attempt is about to reach the tool (its intent was journaled).
  void StartAttempt();
  // An attempt answered. The step keeps the riskiest answer seen, with that answer's undo.
  void Answer(Outcome answer, const Json& answer_undo);
  // ok or unknown: the effect may be there, so a rollback must compensate it.
  bool PossiblyApplied() const { return outcome != Outcome::kFailed; }
};

struct UnfinishedTransaction {
  std::string txn;
  std::string run_id;
  std::vector<PendingStep> steps;  // the possibly-applied steps, in execution order
};

struct JournalRecovery {
  std::vector<UnfinishedTransaction> unfinished;
  size_t entries_read = 0;
  bool torn_tail = false;    // the last line had no newline: a write was cut short
  bool corrupt = false;      // a complete line failed its checksum or did not parse
  size_t bad_line = 0;       // 1-based line number of the first bad line, 0 if none
  std::string detail;        // what was wrong, for the report
  uint64_t last_seq = 0;     // highest seq among the trusted entries
  size_t trusted_bytes = 0;  // length of the prefix of complete, valid lines
};

// Reads a journal's contents. Entries before the first bad line are trusted; the rest are not.
JournalRecovery RecoverJournal(std::string_view contents);

// Where a journal also sends every entry it made durable (a fleet's shared workflow record,
// FleetJournalMirror in state_store.h). An error fails the Append that called it; it does not
// poison the journal (the file is intact).
using JournalMirror = std::function<Status(const JournalEntry&)>;

class Journal {
 public:
  // Opens (creating if needed) the journal at `path` for appending. `env` must outlive it.
  // Sequence numbers continue after the existing entries. A torn last line (a crash mid-write)
  // is dropped by replacing the file atomically with its trusted prefix (ReplaceFileAtomically:
  // a crash during the repair leaves the old file or the repaired one, never less); a corrupt
  // complete line makes Open fail with DataLoss (a human must look: entries after it cannot be
  // trusted). Before returning, the journal's directory is synced, so its name is as durable as
  // the first entry synced into it. Fails if `env` lacks the rewrite operations.
  static StatusOr<std::unique_ptr<Journal>> Open(Env* env, const std::string& path);
  Journal(const Journal&) = delete;  // owns the file
  Journal& operator=(const Journal&) = delete;

  // Appends `entry` (its seq is assigned) and, if `sync`, makes it durable before returning.
  // After a failed write or sync every later Append fails with DataLoss. Then the entry goes
  // to the mirror, if one is set, whose error is returned.
  Status Append(JournalEntry entry, bool sync);
  // Sets the mirror. Call before the journal is shared with anyone who appends.
  void SetMirror(JournalMirror mirror) { mirror_ = std::move(mirror); }

 private:
  Journal(std::unique_ptr<WritableFile> file, uint64_t next_seq)
      : file_(std::move(file)), next_seq_(next_seq) {}
  std::mutex mu_;
  std::unique_ptr<WritableFile> file_;
  uint64_t next_seq_;
  Status status_;  // first write failure; sticky
  JournalMirror mirror_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_JOURNAL_H_
