#include "blastradius/audit_log.h"

#include <bit>
#include <charconv>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <vector>

#include "canonical_json.h"
#include "codec.h"
#include "json_assign.h"
#include "redact_scan.h"
#include "swar.h"

namespace blastradius {
namespace {

// Every DecisionName, for the parser's "one of ..." check.
const std::vector<std::string>& DecisionNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (Decision d : kAllDecisions) v.emplace_back(DecisionName(d));
    return v;
  }();
  return names;
}

Json OptionalInt(const std::optional<int64_t>& v) { return v ? Json(*v) : Json(nullptr); }

Json BudgetToJson(const BudgetRemaining& b) {
  Json usd = nullptr;
  if (b.micros_usd) usd = static_cast<double>(*b.micros_usd) / 1e6;
  return Json{{"steps", OptionalInt(b.steps)},
              {"calls", OptionalInt(b.calls)},
              {"ms", OptionalInt(b.ms)},
              {"usd", usd}};
}

Json FindingsToJson(const std::vector<Finding>& findings) {
  Json out = Json::array();
  for (const Finding& f : findings) {
    out.push_back(FindingToJson(f));
  }
  return out;
}

std::optional<int64_t> ReadOptionalInt(ObjectReader& r, std::string_view key) {
  if (r.IsNull(key)) return std::nullopt;
  return r.Int(key, std::numeric_limits<int64_t>::min(), std::numeric_limits<int64_t>::max(), true);
}

BudgetRemaining ReadBudget(const Json& v, const std::string& path, ConfigErrors* errors) {
  BudgetRemaining b;
  ObjectReader r(v, path, errors);
  b.steps = ReadOptionalInt(r, "steps");
  b.calls = ReadOptionalInt(r, "calls");
  b.ms = ReadOptionalInt(r, "ms");
  if (!r.IsNull("usd")) {
    std::optional<double> usd = r.Number("usd", -1e15, 1e15, true);
    if (usd) b.micros_usd = static_cast<int64_t>(*usd * 1e6 + (*usd < 0 ? -0.5 : 0.5));
  }
  r.RejectUnknownKeys();
  return b;
}

Finding ReadFinding(const Json& v, const std::string& path, ConfigErrors* errors) {
  Finding f;
  ObjectReader r(v, path, errors);
  constexpr int64_t kMaxOffset = std::numeric_limits<int64_t>::max();
  f.pattern_id = r.String("pattern_id", true).value_or("");
  f.pack = r.String("pack", true).value_or("");
  std::optional<std::string> sev = r.Enum("severity", {"low", "medium", "high"}, true);
  f.severity = sev ? ParseSeverity(*sev).value_or(Severity::kMedium) : Severity::kMedium;
  f.description = r.String("description", true).value_or("");
  f.begin = static_cast<size_t>(r.Int("begin", 0, kMaxOffset, true).value_or(0));
  f.end = static_cast<size_t>(r.Int("end", 0, kMaxOffset, true).value_or(0));
  r.RejectUnknownKeys();
  return f;
}

// tool_outputs as written: UTF-8 repaired here (so its length is known before JSON encoding),
// secrets redacted, and never longer than the text the guard bounded to max_output_bytes —
// "[REDACTED]" and U+FFFD can be longer than what they replace. A lengthened text is cut on a
// character boundary and ends with kAuditCutMarker when it fits; a prefix of redacted text
// carries no secret. False, *out untouched, when that is `text` itself: ASCII (nothing to
// repair) that MayHoldSecretInText clears. The text is checked for secrets once.
constexpr std::string_view kAuditCutMarker = " [cut: redaction lengthened the output]";

bool BoundedAuditTextUnlessClear(std::string_view text, std::string* out) {
  if (swar::AllAscii(text)) {
    if (!RedactSecretsInTextUnlessClear(text, out)) return false;
  } else {
    std::string repaired;
    repaired.reserve(text.size());
    for (size_t i = 0; i < text.size();) {
      const Utf8Char c = DecodeUtf8(text, i);
      if (c.valid) {
        repaired.append(text.substr(i, c.length));
      } else {
        AppendUtf8(0xFFFD, &repaired);
      }
      i += c.length;
    }
    *out = RedactSecretsInText(repaired);
  }
  if (out->size() <= text.size()) return true;
  const bool marked = text.size() >= 2 * kAuditCutMarker.size();
  const size_t keep =
      Utf8BoundaryAtOrBefore(*out, text.size() - (marked ? kAuditCutMarker.size() : 0));
  out->resize(keep);
  if (marked) out->append(kAuditCutMarker);
  return true;
}

std::string BoundedAuditText(std::string_view text) {
  std::string out;
  return BoundedAuditTextUnlessClear(text, &out) ? out : std::string(text);
}

}  // namespace

Json AuditRecordToJson(const AuditRecord& record) {
  return Json{{"run_id", record.run_id},
              {"step_number", record.step_number},
              {"tool_name", record.tool_name},
              {"tool_inputs", RedactSecrets(record.tool_inputs)},
              {"tool_outputs", BoundedAuditText(record.tool_outputs)},
              {"risk_tier", record.risk_tier},
              {"duration_ms", record.duration_ms},
              {"tokens_used", record.tokens_used},
              {"budget_remaining", BudgetToJson(record.budget_remaining)},
              {"ts", record.ts_ms},
              {"decision", std::string(DecisionName(record.decision))},
              {"reason", RedactSecretsInText(record.reason)},
              {"attempt", record.attempt},
              {"outcome", record.outcome},
              {"call_id", record.call_id},
              {"findings", FindingsToJson(record.findings)}};
}

namespace {

// value.dump(-1, ' ', ensure_ascii, replace), appended to *out without an intermediate string
// (what dump itself does, with its own string as the output).
void AppendDumpAscii(const Json& value, std::string* out) {
  nlohmann::detail::serializer<Json> serializer(
      nlohmann::detail::output_adapter<char, std::string>(*out), ' ',
      Json::error_handler_t::replace);
  serializer.dump(value, /*pretty_print=*/false, /*ensure_ascii=*/true, /*indent_step=*/0);
}

// AppendDumpAscii(value, out) by way of the canonical text (json_reader.h, the same dump with
// ensure_ascii off), which is written without the library's serializer: the bytes are the same
// when that text holds no byte >= 0x7F (ensure_ascii changes only DEL and code points beyond
// ASCII, and invalid UTF-8 becomes U+FFFD, all of which the canonical text keeps as raw bytes).
// Otherwise the canonical text is taken back and the library writes the value.
void AppendJsonDumpAscii(const Json& value, std::string* out) {
  const size_t start = out->size();
  AppendCanonicalJson(value, out);
  const std::string_view text = std::string_view(*out).substr(start);
  size_t i = 0;
  bool plain = true;
  if constexpr (swar::kWordAtATime) {
    for (; i + 8 <= text.size() && plain; i += 8) {
      plain = swar::AtLeast(swar::Load(text.data() + i), 0x7F) == 0;
    }
  }
  for (; i < text.size() && plain; ++i) plain = static_cast<unsigned char>(text[i]) < 0x7F;
  if (plain) return;
  out->resize(start);
  AppendDumpAscii(value, out);
}

void AppendUnicodeEscape(uint32_t unit, std::string* out) {
  static constexpr char kHex[] = "0123456789abcdef";
  const char escape[6] = {'\\',
                          'u',
                          kHex[(unit >> 12) & 0xf],
                          kHex[(unit >> 8) & 0xf],
                          kHex[(unit >> 4) & 0xf],
                          kHex[unit & 0xf]};
  out->append(escape, sizeof(escape));
}

// Bytes the audit line escapes (nlohmann's dump with ensure_ascii): controls, DEL and every
// byte >= 0x80 (as part of a \u escape of its code point), '"' and '\\'. Unlike canonical JSON
// (canonical_json.h: IsPlainJsonByte), DEL is escaped too.
constexpr bool IsEscapedInAuditLine(unsigned char c) {
  return c < 0x20 || c >= 0x7F || c == '"' || c == '\\';
}

// IsEscapedInAuditLine, eight bytes at once: bit 7 set in each byte of `word` it holds for.
uint64_t EscapedBytes(uint64_t word) {
  return (~swar::AtLeast(word, 0x20) | swar::AtLeast(word, 0x7F) | swar::Equal(word, '"') |
          swar::Equal(word, '\\')) &
         swar::kHigh;
}

// The end of the run at `i` of bytes the audit line holds as they are (!IsEscapedInAuditLine),
// eight bytes at a time.
size_t AuditLineRunEnd(std::string_view text, size_t i) {
  if constexpr (swar::kWordAtATime) {
    for (; i + 8 <= text.size(); i += 8) {
      const uint64_t escaped = EscapedBytes(swar::Load(text.data() + i));
      if (escaped != 0) return i + swar::FirstSet(escaped);
    }
  }
  while (i < text.size() && !IsEscapedInAuditLine(static_cast<unsigned char>(text[i]))) ++i;
  return i;
}

// A code point that a JSON string does not hold as it is, spelled as nlohmann's
// dump(ensure_ascii) spells it: below 0x80 as JsonEscape spells it (canonical_json.h: the short
// escapes for \b \f \n \r \t \" \\, \u00xx for other controls and DEL), \uxxxx (lowercase;
// a surrogate pair above U+FFFF) for everything else.
void AppendEscapedCodePoint(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    char buf[6];
    out->append(JsonEscape(static_cast<unsigned char>(cp), buf));
  } else if (cp <= 0xFFFF) {
    AppendUnicodeEscape(static_cast<uint32_t>(cp), out);
  } else {
    const uint32_t v = static_cast<uint32_t>(cp) - 0x10000;
    AppendUnicodeEscape(0xD800 + (v >> 10), out);
    AppendUnicodeEscape(0xDC00 + (v & 0x3FF), out);
  }
}

// A JSON string exactly as nlohmann's dump(ensure_ascii) spells valid UTF-8 (the escapes of
// AppendEscapedCodePoint). Each ill-formed sequence is one U+FFFD (the maximal-subpart rule of
// DecodeUtf8).
void AppendJsonString(std::string_view text, std::string* out) {
  out->push_back('"');
  for (size_t i = 0; i < text.size();) {
    const size_t run = AuditLineRunEnd(text, i);  // copied whole: it needs no escape
    out->append(text.data() + i, run - i);
    i = run;
    if (i == text.size()) break;
    const Utf8Char c = DecodeUtf8(text, i);
    i += c.length;
    AppendEscapedCodePoint(c.code_point, out);  // U+FFFD when ill-formed
  }
  out->push_back('"');
}

// AppendJsonString(text, out) when `text` is ASCII that MayHoldSecretInText clears (redaction and
// repair would leave it as it is), found in the same pass over the text as the escaping: false,
// and *out as it was, otherwise. The bytes are AppendJsonString's (AuditRecordTest's
// differential test of this path against the dump).
bool AppendClearAsciiJsonString(std::string_view text, std::string* out) {
  const size_t start = out->size();
  redact_internal::SecretScan scan(text);  // check bytes visited in order
  out->push_back('"');
  size_t copied = 0;  // text before it is in *out
  // Appends the text up to `i` as it is, then [i, end) byte by byte, escaped where needed.
  const auto escape_from = [&](size_t i, size_t end) {
    out->append(text.data() + copied, i - copied);
    for (; i < end; ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (IsEscapedInAuditLine(c)) {
        AppendEscapedCodePoint(c, out);
      } else {
        out->push_back(static_cast<char>(c));
      }
    }
    copied = end;
  };
  bool clear = true;  // ASCII so far, and no check has said "maybe"
  size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes a step: the same masks as the words below.
  for (; clear && i + 16 <= text.size(); i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(text.data() + i));
    clear = _mm_movemask_epi8(x) == 0;
    for (uint32_t found = clear ? redact_internal::CheckBytes16(x) : 0; clear && found != 0;
         found &= found - 1) {
      clear = !scan.CheckAt(i + static_cast<size_t>(std::countr_zero(found)));
    }
    // Signed compares: every byte is ASCII here, so "< 0x20" is the controls.
    const __m128i escaped_bytes =
        _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(x, _mm_set1_epi8(0x20)),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8(0x7F))),
                     _mm_or_si128(_mm_cmpeq_epi8(x, _mm_set1_epi8('"')),
                                  _mm_cmpeq_epi8(x, _mm_set1_epi8('\\'))));
    if (const auto escaped = static_cast<uint32_t>(_mm_movemask_epi8(escaped_bytes));
        clear && escaped != 0) {
      escape_from(i + static_cast<size_t>(std::countr_zero(escaped)), i + 16);
    }
  }
#endif
  if constexpr (swar::kWordAtATime) {
    for (; clear && i + 8 <= text.size(); i += 8) {
      const uint64_t word = swar::Load(text.data() + i);
      clear = (word & swar::kHigh) == 0;
      for (uint64_t found = redact_internal::CheckBytes(word); clear && found != 0;
           found &= found - 1) {
        clear = !scan.CheckAt(i + swar::FirstSet(found));
      }
      if (const uint64_t escaped = EscapedBytes(word); clear && escaped != 0) {
        escape_from(i + swar::FirstSet(escaped), i + 8);
      }
    }
  }
  for (; clear && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    clear = c < 0x80 && !(redact_internal::IsCheckByte(static_cast<char>(c)) && scan.CheckAt(i));
    if (clear && IsEscapedInAuditLine(c)) escape_from(i, i + 1);  // c < 0x80 here
  }
  if (!clear) {
    out->resize(start);
    return false;
  }
  out->append(text.data() + copied, text.size() - copied);
  out->push_back('"');
  return true;
}

// The line's short pieces (keys, numbers, identifiers that need no escape) gathered in a stack
// buffer and appended to the line a few hundred bytes at a time: one std::string append per
// piece cost more than the line's bytes (~35 appends of 2–20 bytes per record). A piece that
// does not fit, or a text that needs escaping, flushes the buffer and is appended as before.
class LineWriter {
 public:
  explicit LineWriter(std::string* line) : line_(line) {}
  LineWriter(const LineWriter&) = delete;
  LineWriter& operator=(const LineWriter&) = delete;
  ~LineWriter() { Flush(); }

  // The line itself, with everything written so far in it.
  std::string* Line() {
    Flush();
    return line_;
  }
  [[gnu::always_inline]] void Put(std::string_view text) {
    if (text.size() > Room()) [[unlikely]] {
      Line()->append(text);
      return;
    }
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
  }
  [[gnu::always_inline]] void Integer(int64_t v) {
    if (Room() < kIntegerBytes) [[unlikely]] {
      Flush();
    }
    at_ = std::to_chars(at_, end(), v).ptr;  // 20 bytes hold any int64_t
  }
  // What the library's dump writes for a finite double (serializer::dump_float).
  void Double(double v) {
    if (Room() < kDoubleBytes) Flush();
    at_ = nlohmann::detail::to_chars(at_, at_ + kDoubleBytes, v);
  }
  // AppendJsonString(text): a text that needs no escape is copied here; one that does is
  // appended to the line by AppendJsonString.
  void JsonString(std::string_view text) {
    if (text.size() + 2 > Room() || AuditLineRunEnd(text, 0) != text.size()) {
      AppendJsonString(text, Line());
      return;
    }
    *at_++ = '"';
    std::memcpy(at_, text.data(), text.size());
    at_ += text.size();
    *at_++ = '"';
  }

 private:
  static constexpr size_t kBufferBytes = 512;
  static constexpr size_t kIntegerBytes = 20;
  static constexpr size_t kDoubleBytes = 64;
  char* end() { return buffer_ + kBufferBytes; }
  size_t Room() const { return static_cast<size_t>(buffer_ + kBufferBytes - at_); }
  void Flush() {
    line_->append(buffer_, at_);
    at_ = buffer_;
  }

  std::string* line_;
  char buffer_[kBufferBytes];
  char* at_ = buffer_;
};

// BudgetToJson(b) as its dump spells it (keys sorted), without building it.
void WriteBudget(const BudgetRemaining& b, LineWriter& w) {
  using std::string_view_literals::operator""sv;
  const auto optional = [&w](std::string_view key, const std::optional<int64_t>& v) {
    w.Put(key);
    if (v) {
      w.Integer(*v);
    } else {
      w.Put("null"sv);
    }
  };
  optional("{\"calls\":"sv, b.calls);
  optional(",\"ms\":"sv, b.ms);
  optional(",\"steps\":"sv, b.steps);
  w.Put(",\"usd\":"sv);
  if (b.micros_usd) {
    w.Double(static_cast<double>(*b.micros_usd) / 1e6);
  } else {
    w.Put("null"sv);
  }
  w.Put("}"sv);
}

}  // namespace

void AppendAuditRecordLine(const AuditRecord& record, std::string* out) {
  using std::string_view_literals::operator""sv;  // keys appended without strlen
  // Rendered straight into *out, in the key order of AuditRecordToJson's dump (sorted), without
  // building the JSON tree: the same bytes (AuditRecordTest.LineIsTheJsonDumpByteForByte and
  // fuzz/audit_line_fuzzer check it). Every byte of the line is printable ASCII, so no output
  // (newlines, U+2028, invalid UTF-8, which becomes U+FFFD) can end the line or forge another
  // record. A field that redaction and repair would leave as it is is not copied. The outputs
  // and the reason are checked for secrets in the pass that escapes them
  // (AppendClearAsciiJsonString); only a field that pass does not clear (not ASCII, or a check
  // said "maybe") is checked again, whole, by redaction and repair.
  out->reserve(out->size() + 320 + 2 * record.tool_outputs.size() + record.reason.size());
  LineWriter w(out);
  w.Put("{\"attempt\":"sv), w.Integer(record.attempt);
  w.Put(",\"budget_remaining\":"sv), WriteBudget(record.budget_remaining, w);
  w.Put(",\"call_id\":"sv), w.JsonString(record.call_id);
  w.Put(",\"decision\":"sv), w.JsonString(DecisionName(record.decision));
  w.Put(",\"duration_ms\":"sv), w.Integer(record.duration_ms);
  w.Put(",\"findings\":"sv);
  if (record.findings.empty()) {
    w.Put("[]"sv);
  } else {
    AppendDumpAscii(FindingsToJson(record.findings), w.Line());
  }
  w.Put(",\"outcome\":"sv), w.JsonString(record.outcome);
  w.Put(",\"reason\":"sv);
  if (std::string* line = w.Line(); !AppendClearAsciiJsonString(record.reason, line)) {
    std::string reason;
    AppendJsonString(
        RedactSecretsInTextUnlessClear(record.reason, &reason) ? reason : record.reason, line);
  }
  w.Put(",\"risk_tier\":"sv), w.Integer(record.risk_tier);
  w.Put(",\"run_id\":"sv), w.JsonString(record.run_id);
  w.Put(",\"step_number\":"sv), w.Integer(record.step_number);
  w.Put(",\"tokens_used\":"sv), w.Integer(record.tokens_used);
  w.Put(",\"tool_inputs\":"sv);
  if (Json inputs; RedactSecretsUnlessClear(record.tool_inputs, {}, &inputs)) {
    AppendJsonDumpAscii(inputs, w.Line());
  } else {
    AppendJsonDumpAscii(record.tool_inputs, w.Line());  // RedactSecrets would return it unchanged
  }
  w.Put(",\"tool_name\":"sv), w.JsonString(record.tool_name);
  w.Put(",\"tool_outputs\":"sv);
  if (std::string* line = w.Line(); !AppendClearAsciiJsonString(record.tool_outputs, line)) {
    std::string outputs;
    AppendJsonString(
        BoundedAuditTextUnlessClear(record.tool_outputs, &outputs) ? outputs : record.tool_outputs,
        line);
  }
  w.Put(",\"ts\":"sv), w.Integer(record.ts_ms);
  w.Put("}"sv);
}

std::string AuditRecordToLine(const AuditRecord& record) {
  std::string line;
  AppendAuditRecordLine(record, &line);
  return line;
}

const std::vector<std::string>& RequiredAuditFields() {
  static const std::vector<std::string>* fields = new std::vector<std::string>{
      "run_id",    "step_number", "tool_name",   "tool_inputs",     "tool_outputs",
      "risk_tier", "duration_ms", "tokens_used", "budget_remaining"};
  return *fields;
}

StatusOr<AuditRecord> AuditRecordFromJson(const Json& doc, const std::string& origin) {
  constexpr int64_t kMin = std::numeric_limits<int64_t>::min();
  constexpr int64_t kMax = std::numeric_limits<int64_t>::max();
  ConfigErrors errors(origin);
  ObjectReader r(doc, "$", &errors);
  AuditRecord rec;
  rec.run_id = r.String("run_id", true).value_or("");
  rec.step_number = r.Int("step_number", kMin, kMax, true).value_or(0);
  rec.tool_name = r.String("tool_name", true).value_or("");
  if (const Json* inputs = r.Raw("tool_inputs"))
    rec.tool_inputs = *inputs;
  else
    errors.Add(r.PathOf("tool_inputs"), "a JSON value");
  rec.tool_outputs = r.String("tool_outputs", true).value_or("");
  rec.risk_tier = static_cast<int>(r.Int("risk_tier", -1, 3, true).value_or(-1));
  rec.duration_ms = r.Int("duration_ms", kMin, kMax, true).value_or(0);
  rec.tokens_used = r.Int("tokens_used", kMin, kMax, true).value_or(0);
  if (const Json* b = r.Raw("budget_remaining")) {
    rec.budget_remaining = ReadBudget(*b, r.PathOf("budget_remaining"), &errors);
  } else {
    errors.Add(r.PathOf("budget_remaining"), "an object");
  }
  rec.ts_ms = r.Int("ts", kMin, kMax).value_or(0);
  if (std::optional<std::string> name = r.Enum("decision", DecisionNames(), true)) {
    rec.decision = ParseDecision(*name).value_or(Decision::kDenied);  // Enum admitted only names
  }
  rec.reason = r.String("reason").value_or("");
  rec.attempt = static_cast<int>(r.Int("attempt", 0, std::numeric_limits<int>::max()).value_or(0));
  rec.outcome = r.String("outcome").value_or("");
  rec.call_id = r.String("call_id").value_or("");
  if (const Json* findings = r.Raw("findings"); findings && findings->is_array()) {
    for (size_t i = 0; i < findings->size(); ++i) {
      rec.findings.push_back(
          ReadFinding((*findings)[i], IndexPath(r.PathOf("findings"), i), &errors));
    }
  } else if (findings) {
    errors.Add(r.PathOf("findings"), "an array", findings);
  }
  r.RejectUnknownKeys();
  BR_RETURN_IF_ERROR(errors.ToStatus());
  return rec;
}

StatusOr<AuditRecord> ParseAuditLine(std::string_view line, const std::string& origin) {
  StatusOr<Json> doc = ParseJsonText(line, origin);
  if (!doc.ok()) return doc.status();
  return AuditRecordFromJson(*doc, origin);
}

namespace {

// *to = from, in to's storage (the ring's reused slot): AuditRecord's own assignment, except that
// the argument tree is copied into the old one (Json's assignment builds a new tree). `from` is
// bound field by field, so a field added to AuditRecord stops this from compiling until it is
// copied here too.
void AssignRecordReusing(const AuditRecord& from, AuditRecord* to) {
  const auto& [run_id, step_number, tool_name, tool_inputs, tool_outputs, risk_tier, duration_ms,
               tokens_used, budget_remaining, ts_ms, decision, reason, attempt, outcome, call_id,
               findings] = from;
  AssignJsonReusing(tool_inputs, &to->tool_inputs);
  to->run_id = run_id;
  to->step_number = step_number;
  to->tool_name = tool_name;
  to->tool_outputs = tool_outputs;
  to->risk_tier = risk_tier;
  to->duration_ms = duration_ms;
  to->tokens_used = tokens_used;
  to->budget_remaining = budget_remaining;
  to->ts_ms = ts_ms;
  to->decision = decision;
  to->reason = reason;
  to->attempt = attempt;
  to->outcome = outcome;
  to->call_id = call_id;
  to->findings = findings;
}

}  // namespace

MemoryAuditSink::MemoryAuditSink(size_t keep_last) : keep_last_(keep_last) {}

Status MemoryAuditSink::Write(const AuditRecord& record) {
  std::lock_guard<std::mutex> lock(mu_);
  if (keep_last_ == 0 || records_.size() < keep_last_) {
    records_.push_back(record);
  } else {
    AssignRecordReusing(record, &records_[static_cast<size_t>(written_) % keep_last_]);
  }
  ++written_;
  return Status::Ok();
}

std::vector<AuditRecord> MemoryAuditSink::records() const {
  std::lock_guard<std::mutex> lock(mu_);
  if (keep_last_ == 0 || records_.size() < keep_last_) return records_;
  std::vector<AuditRecord> out;  // the ring from its oldest slot on
  out.reserve(records_.size());
  const size_t oldest = static_cast<size_t>(written_) % keep_last_;
  for (size_t i = 0; i < records_.size(); ++i) {
    out.push_back(records_[(oldest + i) % records_.size()]);
  }
  return out;
}

std::vector<std::string> MemoryAuditSink::lines() const {
  std::vector<std::string> out;
  for (const AuditRecord& r : records()) out.push_back(AuditRecordToLine(r));
  return out;
}

int64_t MemoryAuditSink::written() const {
  std::lock_guard<std::mutex> lock(mu_);
  return written_;
}

StatusOr<std::unique_ptr<FileAuditSink>> FileAuditSink::Open(Env* env, const std::string& path,
                                                             int64_t sync_every_records,
                                                             int64_t buffer_records) {
  if (sync_every_records < 0) {
    return Status::InvalidArgument("audit sink " + path + ": sync_every_records must be >= 0");
  }
  if (buffer_records < 1 || buffer_records > kMaxAuditBufferRecords) {
    return Status::InvalidArgument("audit sink " + path + ": buffer_records must be from 1 to " +
                                   std::to_string(kMaxAuditBufferRecords));
  }
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  if (!file.ok()) return file.status();
  return std::unique_ptr<FileAuditSink>(
      new FileAuditSink(std::move(file).value(), sync_every_records, buffer_records));
}

FileAuditSink::~FileAuditSink() {
  std::lock_guard<std::mutex> lock(mu_);
  // Nobody is left to tell of an error.
  if (sync_every_records_ > 0) {
    SyncLocked().IgnoreError();
  } else {
    FlushLocked().IgnoreError();
  }
}

Status FileAuditSink::FlushLocked() {
  if (!status_.ok() || buffer_.empty()) return status_;
  status_ = file_->Append(buffer_);  // one write: whole lines only
  buffer_.clear();                   // on error too: nothing is appended after a failure
  buffered_records_ = 0;
  return status_;
}

Status FileAuditSink::SyncLocked() {
  BR_RETURN_IF_ERROR(FlushLocked());
  if (unsynced_records_ == 0) return status_;
  status_ = file_->Sync();
  if (status_.ok()) unsynced_records_ = 0;
  return status_;
}

Status FileAuditSink::Write(const AuditRecord& record) {
  std::lock_guard<std::mutex> lock(mu_);
  if (!status_.ok()) return status_;  // sticky: nothing is appended after a torn line
  AppendAuditRecordLine(record, &buffer_);
  buffer_.push_back('\n');
  ++buffered_records_;
  ++unsynced_records_;
  if (sync_every_records_ > 0 && unsynced_records_ >= sync_every_records_) return SyncLocked();
  if (buffered_records_ >= buffer_records_ || buffer_.size() >= kAuditBufferFlushBytes) {
    return FlushLocked();
  }
  return status_;
}

Status FileAuditSink::Sync() {
  std::lock_guard<std::mutex> lock(mu_);
  return SyncLocked();
}

Status FileAuditSink::status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return status_;
}

}  // namespace blastradius
