#include "blastradius/journal.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <limits>
#include <utility>

#include "blastradius/redact.h"

namespace blastradius {
namespace {

constexpr std::array<std::pair<JournalOp, std::string_view>, 9> kOpNames = {{
    {JournalOp::kBegin, "begin"},
    {JournalOp::kIntent, "intent"},
    {JournalOp::kOutcome, "outcome"},
    {JournalOp::kCompensating, "compensating"},
    {JournalOp::kCompensated, "compensated"},
    {JournalOp::kCompensationFailed, "compensation_failed"},
    {JournalOp::kCommitted, "committed"},
    {JournalOp::kRolledBack, "rolled_back"},
    {JournalOp::kIncident, "incident"},
}};

// The line ends with this suffix around the 8 hex digits: {...,"crc":"xxxxxxxx"}
constexpr std::string_view kCrcPrefix = ",\"crc\":\"";
constexpr std::string_view kCrcSuffix = "\"}";
constexpr size_t kCrcHexDigits = 8;

std::array<uint32_t, 256> MakeCrc32cTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t i = 0; i < 256; ++i) {
    uint32_t c = i;
    for (int k = 0; k < 8; ++k) c = (c & 1) ? (c >> 1) ^ 0x82F63B78u : c >> 1;
    table[i] = c;
  }
  return table;
}

std::string Hex8(uint32_t v) {
  char buf[kCrcHexDigits + 1];
  std::snprintf(buf, sizeof(buf), "%08x", v);
  return std::string(buf, kCrcHexDigits);
}

std::optional<uint32_t> ParseHex8(std::string_view s) {
  if (s.size() != kCrcHexDigits) return std::nullopt;
  uint32_t v = 0;
  for (char c : s) {
    int d = (c >= '0' && c <= '9') ? c - '0' : (c >= 'a' && c <= 'f') ? c - 'a' + 10 : -1;
    if (d < 0) return std::nullopt;
    v = (v << 4) | static_cast<uint32_t>(d);
  }
  return v;
}

Json EntryToJson(const JournalEntry& e) {
  return Json{{"seq", e.seq},
              {"op", std::string(JournalOpName(e.op))},
              {"txn", e.txn},
              {"run_id", e.run_id},
              {"call_id", e.call_id},
              {"tool", e.tool},
              {"compensation", e.compensation},
              {"args", RedactSecrets(e.args)},  // secrets never rest on disk
              {"undo", e.undo},
              {"outcome", e.outcome},
              {"detail", RedactSecretsInText(e.detail)}};
}

std::vector<std::string> OpNameList() {
  std::vector<std::string> names;
  for (const auto& entry : kOpNames) names.emplace_back(entry.second);
  return names;
}

StatusOr<JournalEntry> EntryFromJson(const Json& doc) {
  ConfigErrors errors("journal entry");
  ObjectReader r(doc, "$", &errors);
  JournalEntry e;
  e.seq =
      static_cast<uint64_t>(r.Int("seq", 0, std::numeric_limits<int64_t>::max(), true).value_or(0));
  std::optional<std::string> op = r.Enum("op", OpNameList(), true);
  if (op) e.op = *ParseJournalOp(*op);
  e.txn = r.String("txn", true).value_or("");
  e.run_id = r.String("run_id", true).value_or("");
  e.call_id = r.String("call_id", true).value_or("");
  e.tool = r.String("tool", true).value_or("");
  e.compensation = r.String("compensation", true).value_or("");
  const Json* args = r.Raw("args");
  const Json* undo = r.Raw("undo");
  if (!args) errors.Add("$.args", "a JSON value");
  if (!undo) errors.Add("$.undo", "a JSON value");
  if (args) e.args = *args;
  if (undo) e.undo = *undo;
  e.outcome = r.Enum("outcome", {"", "ok", "failed", "unknown"}, true).value_or("");
  e.detail = r.String("detail", true).value_or("");
  r.RejectUnknownKeys();
  Status s = errors.ToStatus();
  if (!s.ok()) return Status::DataLoss(s.message());
  return e;
}

std::optional<Outcome> ParseOutcome(std::string_view name) {
  for (Outcome o : {Outcome::kOk, Outcome::kFailed, Outcome::kUnknown}) {
    if (OutcomeName(o) == name) return o;
  }
  return std::nullopt;
}

// Rebuilds the open transactions from trusted entries, in the order they began.
class TransactionTable {
 public:
  void Apply(const JournalEntry& e) {
    switch (e.op) {
      case JournalOp::kBegin:
        Find(e);
        break;
      case JournalOp::kIntent:
        AddIntent(e);
        break;
      case JournalOp::kOutcome:
        SetOutcome(e);
        break;
      case JournalOp::kCompensated:
        MarkCompensated(e);
        break;
      case JournalOp::kCompensating:
      case JournalOp::kCompensationFailed:
        break;
      case JournalOp::kCommitted:
      case JournalOp::kRolledBack:
      case JournalOp::kIncident:
        Close(e.txn);
        break;
    }
  }
  // The open transactions, each with only its possibly-applied steps.
  std::vector<UnfinishedTransaction> Take() {
    for (UnfinishedTransaction& t : open_) {
      std::erase_if(t.steps, [](const PendingStep& s) { return !s.PossiblyApplied(); });
    }
    return std::move(open_);
  }

 private:
  // The open transaction `e` belongs to, opened if it is not there (an intent whose begin was
  // lost must still be rolled back).
  UnfinishedTransaction& Find(const JournalEntry& e) {
    for (UnfinishedTransaction& t : open_) {
      if (t.txn == e.txn) return t;
    }
    open_.push_back(UnfinishedTransaction{e.txn, e.run_id, {}});
    return open_.back();
  }
  PendingStep* FindStep(const JournalEntry& e) {
    UnfinishedTransaction& t = Find(e);
    for (PendingStep& s : t.steps) {
      if (s.call_id == e.call_id) return &s;
    }
    return nullptr;
  }
  void AddIntent(const JournalEntry& e) {
    PendingStep* step = FindStep(e);
    if (step == nullptr) {
      Find(e).steps.emplace_back();
      step = &Find(e).steps.back();
    }
    step->call_id = e.call_id;
    step->tool = e.tool;
    step->compensation = e.compensation;
    step->args = e.args;
    step->StartAttempt();
  }
  void SetOutcome(const JournalEntry& e) {
    PendingStep* step = FindStep(e);
    if (step == nullptr) return;  // an outcome without an intent: nothing was recorded to undo
    const std::optional<Outcome> answer = ParseOutcome(e.outcome);
    // An outcome entry with no outcome says nothing definite: the step stays possibly applied.
    step->Answer(answer.value_or(Outcome::kUnknown), e.undo);
  }
  void MarkCompensated(const JournalEntry& e) {
    if (PendingStep* step = FindStep(e)) step->compensated = true;
  }
  void Close(const std::string& txn) {
    open_.erase(std::remove_if(open_.begin(), open_.end(),
                               [&txn](const UnfinishedTransaction& t) { return t.txn == txn; }),
                open_.end());
  }

  std::vector<UnfinishedTransaction> open_;
};

}  // namespace

Outcome RiskierOutcome(Outcome a, Outcome b) {
  auto rank = [](Outcome o) { return o == Outcome::kOk ? 2 : o == Outcome::kUnknown ? 1 : 0; };
  return rank(b) >= rank(a) ? b : a;
}

void PendingStep::StartAttempt() {
  in_flight = true;
  outcome = RiskierOutcome(riskiest_answer.value_or(Outcome::kFailed), Outcome::kUnknown);
}

void PendingStep::Answer(Outcome answer, const Json& answer_undo) {
  const Outcome after = riskiest_answer ? RiskierOutcome(*riskiest_answer, answer) : answer;
  // The undo comes from the answer that made the step this risky; an equally risky later
  // answer may refine it, a less risky one never replaces it.
  const bool riskier = !riskiest_answer || after != *riskiest_answer;
  if (riskier || (answer == after && !answer_undo.is_null())) undo = answer_undo;
  riskiest_answer = after;
  in_flight = false;
  outcome = after;
}

uint32_t Crc32c(std::string_view data, uint32_t crc) {
  static const std::array<uint32_t, 256> table = MakeCrc32cTable();
  crc = ~crc;
  for (char ch : data) crc = table[(crc ^ static_cast<uint8_t>(ch)) & 0xFF] ^ (crc >> 8);
  return ~crc;
}

std::string_view JournalOpName(JournalOp op) {
  for (const auto& [o, name] : kOpNames) {
    if (o == op) return name;
  }
  return "unknown_op";
}

std::optional<JournalOp> ParseJournalOp(std::string_view name) {
  for (const auto& [o, n] : kOpNames) {
    if (n == name) return o;
  }
  return std::nullopt;
}

std::string EncodeJournalEntry(const JournalEntry& entry) {
  const std::string body = CanonicalJson(EntryToJson(entry));  // "{...}", never empty
  std::string line = body.substr(0, body.size() - 1);
  line += kCrcPrefix;
  line += Hex8(Crc32c(body));
  line += kCrcSuffix;
  line += '\n';
  return line;
}

StatusOr<JournalEntry> DecodeJournalLine(std::string_view line) {
  const size_t tail = kCrcPrefix.size() + kCrcHexDigits + kCrcSuffix.size();
  if (line.size() < tail + 1 || line.front() != '{' ||
      line.substr(line.size() - kCrcSuffix.size()) != kCrcSuffix ||
      line.substr(line.size() - tail, kCrcPrefix.size()) != kCrcPrefix) {
    return Status::DataLoss("journal line does not end with a \"crc\" field");
  }
  std::optional<uint32_t> crc =
      ParseHex8(line.substr(line.size() - kCrcSuffix.size() - kCrcHexDigits, kCrcHexDigits));
  if (!crc) return Status::DataLoss("journal line has a malformed crc");
  std::string body(line.substr(0, line.size() - tail));
  body += '}';
  if (Crc32c(body) != *crc) return Status::DataLoss("journal line fails its crc check");
  Json doc = Json::parse(body, nullptr, /*allow_exceptions=*/false);
  if (doc.is_discarded()) return Status::DataLoss("journal line is not valid JSON");
  return EntryFromJson(doc);
}

JournalRecovery RecoverJournal(std::string_view contents) {
  JournalRecovery rec;
  TransactionTable table;
  size_t pos = 0;
  size_t line_no = 0;
  while (pos < contents.size()) {
    const size_t nl = contents.find('\n', pos);
    if (nl == std::string_view::npos) {
      rec.torn_tail = true;
      rec.detail = "last line (" + std::to_string(contents.size() - pos) +
                   " bytes) has no newline: a write was cut short; ignored";
      break;
    }
    ++line_no;
    StatusOr<JournalEntry> entry = DecodeJournalLine(contents.substr(pos, nl - pos));
    if (!entry.ok()) {
      rec.corrupt = true;
      rec.bad_line = line_no;
      rec.detail = "line " + std::to_string(line_no) + ": " + entry.status().message() +
                   "; it and every line after it are not trusted";
      break;
    }
    table.Apply(*entry);
    rec.last_seq = std::max(rec.last_seq, entry->seq);
    rec.trusted_bytes = nl + 1;
    ++rec.entries_read;
    pos = nl + 1;
  }
  rec.unfinished = table.Take();
  return rec;
}

StatusOr<std::unique_ptr<Journal>> Journal::Open(Env* env, const std::string& path) {
  JournalRecovery rec;
  if (env->FileExists(path)) {
    StatusOr<std::string> contents = env->ReadFileToString(path);
    if (!contents.ok()) return contents.status();
    rec = RecoverJournal(*contents);
    if (rec.corrupt) return Status::DataLoss(path + ": " + rec.detail);
    if (rec.torn_tail) {
      // Appending after a torn line would glue the next entry to it and make it untrusted.
      // The trusted prefix replaces the file atomically: a crash at any point leaves the old
      // file (torn tail and all) or the repaired one, never less.
      BR_RETURN_IF_ERROR(ReplaceFileAtomically(
          env, path, std::string_view(*contents).substr(0, rec.trusted_bytes)));
    }
  }
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  if (!file.ok()) return file.status();
  // The journal's name must be durable before any entry is: an intent synced into a file
  // that the directory forgets would be lost with it.
  BR_RETURN_IF_ERROR(env->SyncDir(DirName(path)));
  return std::unique_ptr<Journal>(new Journal(std::move(file).value(), rec.last_seq + 1));
}

Status Journal::Append(JournalEntry entry, bool sync) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!status_.ok()) return status_;
  // Readers accept seq in [0, 2^63): a journal that would step past it refuses to write.
  if (next_seq_ > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
    return status_ = Status::DataLoss("journal sequence exhausted");
  }
  entry.seq = next_seq_++;
  Status s = file_->Append(EncodeJournalEntry(entry));
  if (s.ok() && sync) s = file_->Sync();
  // After a failed write the file may end in a partial line: nothing after it would be
  // trusted, so the journal refuses every later append.
  if (!s.ok()) status_ = Status::DataLoss("journal write failed: " + s.message());
  if (!status_.ok() || !mirror_) return status_;
  return mirror_(entry);
}

}  // namespace blastradius
