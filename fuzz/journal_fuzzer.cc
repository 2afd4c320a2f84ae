// Fuzzes the journal codec and crash recovery. The first input byte picks a mode:
//   '0' RecoverJournal on arbitrary bytes: no crash, deterministic, torn/corrupt reports agree
//       with the bytes, every entry it trusts is a line DecodeJournalLine accepts;
//   '1' DecodeJournalLine on arbitrary bytes: an accepted line re-encodes to one line that
//       decodes to the same entry (as journaled: secrets redacted, redact.h);
//   '2' round trip: an entry built from the input (any bytes in its strings) encodes to exactly
//       one newline-terminated line that decodes to the same entry as journaled;
//   '3' torn write: several encoded entries cut at any byte; recovery trusts exactly the
//       complete lines and reports a torn tail exactly when the cut splits a line.
// Other first bytes map onto these modes by value modulo 4.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/journal.h"
#include "blastradius/redact.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

constexpr JournalOp kOps[] = {JournalOp::kBegin,       JournalOp::kIntent,
                              JournalOp::kOutcome,     JournalOp::kCompensating,
                              JournalOp::kCompensated, JournalOp::kCompensationFailed,
                              JournalOp::kCommitted,   JournalOp::kRolledBack,
                              JournalOp::kIncident};

bool SameEntry(const JournalEntry& a, const JournalEntry& b) {
  return a.seq == b.seq && a.op == b.op && a.txn == b.txn && a.run_id == b.run_id &&
         a.call_id == b.call_id && a.tool == b.tool && a.compensation == b.compensation &&
         a.args == b.args && a.undo == b.undo && a.outcome == b.outcome && a.detail == b.detail;
}

// The entry as the journal writes it: secrets in the arguments and the detail redacted.
JournalEntry AsJournaled(JournalEntry e) {
  e.args = RedactSecrets(e.args);
  e.detail = RedactSecretsInText(e.detail);
  return e;
}

std::vector<std::string_view> CompleteLines(std::string_view contents) {
  std::vector<std::string_view> lines;
  for (size_t start = 0, end; (end = contents.find('\n', start)) != std::string_view::npos;
       start = end + 1) {
    lines.push_back(contents.substr(start, end - start));
  }
  return lines;
}

void CheckOneLine(const std::string& encoded) {
  Check(!encoded.empty() && encoded.back() == '\n' &&
            encoded.find('\n') == encoded.size() - 1,
        "an encoded entry is not exactly one line: " + Printable(encoded));
}

// A JSON value small enough to stay readable: strings of any bytes, integers, booleans, nulls.
Json FuzzedJson(FuzzedDataProvider& in, int depth) {
  switch (in.ConsumeIntegralInRange<int>(0, depth > 0 ? 5 : 3)) {
    case 0: return Json(in.ConsumeRandomLengthString(64));
    case 1: return Json(in.ConsumeIntegral<int64_t>());
    case 2: return Json(in.ConsumeBool());
    case 3: return Json();
    case 4: {
      Json array = Json::array();
      for (int n = in.ConsumeIntegralInRange<int>(0, 3); n > 0; --n) {
        array.push_back(FuzzedJson(in, depth - 1));
      }
      return array;
    }
    default: {
      Json object = Json::object();
      for (int n = in.ConsumeIntegralInRange<int>(0, 3); n > 0; --n) {
        object[in.ConsumeRandomLengthString(16)] = FuzzedJson(in, depth - 1);
      }
      return object;
    }
  }
}

JournalEntry FuzzedEntry(FuzzedDataProvider& in) {
  JournalEntry entry;
  // Journal::Append assigns seq from 1; DecodeJournalLine reads it as an int64, so a seq of
  // 2^63 or more encodes but does not decode (reported; out of reach through Append).
  entry.seq = in.ConsumeIntegralInRange<uint64_t>(0, INT64_MAX);
  entry.op = in.PickValueInArray(kOps);
  entry.txn = in.ConsumeRandomLengthString(32);
  entry.run_id = in.ConsumeRandomLengthString(32);
  entry.call_id = in.ConsumeRandomLengthString(32);
  entry.tool = in.ConsumeRandomLengthString(32);
  entry.compensation = in.ConsumeRandomLengthString(32);
  if (in.ConsumeBool()) entry.args = FuzzedJson(in, 2);
  if (in.ConsumeBool()) entry.undo = FuzzedJson(in, 2);
  entry.outcome = in.PickValueInArray({"", "ok", "failed", "unknown"});
  entry.detail = in.ConsumeRandomLengthString(128);
  return entry;
}

// True when every string the entry carries is valid UTF-8: then the round trip is exact.
bool AllValidUtf8(const JournalEntry& e) {
  for (const std::string* s : {&e.txn, &e.run_id, &e.call_id, &e.tool, &e.compensation,
                               &e.outcome, &e.detail}) {
    if (!IsValidUtf8(*s)) return false;
  }
  // Invalid UTF-8 inside JSON strings: replacing and dropping it give different texts.
  const auto valid = [](const Json& j) {
    return j.dump(-1, ' ', false, Json::error_handler_t::replace) ==
           j.dump(-1, ' ', false, Json::error_handler_t::ignore);
  };
  return valid(e.args) && valid(e.undo);
}

void RecoverArbitrary(std::string_view contents) {
  const JournalRecovery recovery = RecoverJournal(contents);
  const JournalRecovery again = RecoverJournal(contents);
  Check(recovery.entries_read == again.entries_read && recovery.bad_line == again.bad_line &&
            recovery.corrupt == again.corrupt && recovery.torn_tail == again.torn_tail,
        "RecoverJournal is not deterministic");
  const bool ends_cleanly = contents.empty() || contents.back() == '\n';
  Check(!recovery.torn_tail || !ends_cleanly, "torn tail reported on a complete journal");
  Check(!recovery.corrupt || recovery.bad_line >= 1, "corrupt without a bad line number");
  const std::vector<std::string_view> lines = CompleteLines(contents);
  Check(recovery.entries_read <= lines.size(), "more entries read than lines");
  for (size_t i = 0; i < recovery.entries_read; ++i) {
    Check(DecodeJournalLine(lines[i]).ok(),
          "recovery trusted line " + std::to_string(i + 1) + " that does not decode");
  }
}

void DecodeArbitrary(std::string_view line) {
  StatusOr<JournalEntry> entry = DecodeJournalLine(line);
  if (!entry.ok()) return;
  const std::string encoded = EncodeJournalEntry(*entry);
  CheckOneLine(encoded);
  StatusOr<JournalEntry> back =
      DecodeJournalLine(std::string_view(encoded).substr(0, encoded.size() - 1));
  Check(back.ok() && SameEntry(AsJournaled(*entry), *back),
        "a decoded line does not survive re-encoding: " + Printable(line));
}

void RoundTrip(FuzzedDataProvider& in) {
  const JournalEntry entry = FuzzedEntry(in);
  const std::string encoded = EncodeJournalEntry(entry);
  CheckOneLine(encoded);
  StatusOr<JournalEntry> back =
      DecodeJournalLine(std::string_view(encoded).substr(0, encoded.size() - 1));
  Check(back.ok(), "an encoded entry does not decode: " + back.status().ToString() + "\n" +
                       Printable(encoded));
  if (AllValidUtf8(entry)) {
    Check(SameEntry(AsJournaled(entry), *back),
          "round trip changed the entry: " + Printable(encoded));
  }
}

void TornWrite(FuzzedDataProvider& in) {
  std::string contents;
  const int count = in.ConsumeIntegralInRange<int>(1, 6);
  for (int i = 0; i < count; ++i) {
    JournalEntry entry = FuzzedEntry(in);
    entry.seq = static_cast<uint64_t>(i + 1);
    contents += EncodeJournalEntry(entry);
  }
  const size_t cut = in.ConsumeIntegralInRange<size_t>(0, contents.size());
  const std::string_view kept = std::string_view(contents).substr(0, cut);
  const JournalRecovery recovery = RecoverJournal(kept);
  const size_t complete = CompleteLines(kept).size();
  const bool split = !kept.empty() && kept.back() != '\n';
  Check(!recovery.corrupt, "a cut journal of valid entries reads as corrupt: " +
                               recovery.detail + "\n" + Printable(kept));
  Check(recovery.entries_read == complete,
        "recovery read " + std::to_string(recovery.entries_read) + " entries of " +
            std::to_string(complete) + " complete lines");
  Check(recovery.torn_tail == split, "torn_tail is " + std::to_string(recovery.torn_tail) +
                                         " for a cut at byte " + std::to_string(cut));
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  FuzzedDataProvider provider(data + 1, size - 1);
  switch (data[0] % 4) {
    case 0: blastradius::fuzz::RecoverArbitrary(rest); break;
    case 1: blastradius::fuzz::DecodeArbitrary(rest); break;
    case 2: blastradius::fuzz::RoundTrip(provider); break;
    default: blastradius::fuzz::TornWrite(provider); break;
  }
  return 0;
}
