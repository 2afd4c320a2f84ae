#include "blastradius/audit_log.h"

#include <algorithm>
#include <cctype>
#include <limits>

namespace blastradius {
namespace {

constexpr std::string_view kRedacted = "[REDACTED]";
constexpr size_t kMinCardDigits = 13;
constexpr size_t kMaxCardDigits = 19;

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

bool IsSecretKey(std::string_view key, const std::vector<std::string>& extra_keys) {
  const std::string lower = Lower(key);
  auto contains = [&lower](const std::string& k) {
    return !k.empty() && lower.find(Lower(k)) != std::string::npos;
  };
  return std::any_of(DefaultSecretKeys().begin(), DefaultSecretKeys().end(), contains) ||
         std::any_of(extra_keys.begin(), extra_keys.end(), contains);
}

bool LuhnValid(std::string_view digits) {
  int sum = 0;
  bool twice = false;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
    int d = *it - '0';
    if (twice) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
    twice = !twice;
  }
  return sum % 10 == 0;
}

bool IsTokenChar(char c) {
  return IsAlnum(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' ||
         c == '=';
}

// Length of "Bearer <token>" starting at `i` (word "bearer" in any case, blanks, a token),
// or 0 if there is none there.
size_t BearerLength(std::string_view s, size_t i) {
  constexpr std::string_view kWord = "bearer";
  if (i + kWord.size() > s.size()) return 0;
  for (size_t k = 0; k < kWord.size(); ++k) {
    if (std::tolower(static_cast<unsigned char>(s[i + k])) != kWord[k]) return 0;
  }
  if (i > 0 && IsAlnum(s[i - 1])) return 0;
  size_t j = i + kWord.size();
  const size_t blanks_begin = j;
  while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
  if (j == blanks_begin) return 0;
  const size_t token_begin = j;
  while (j < s.size() && IsTokenChar(s[j])) ++j;
  return j == token_begin ? 0 : j - i;
}

// Length of a digit run at `i` (digits, single spaces or dashes between them) and its digits.
size_t DigitRunLength(std::string_view s, size_t i, std::string* digits) {
  size_t j = i;
  while (j < s.size()) {
    if (IsDigit(s[j])) {
      digits->push_back(s[j++]);
    } else if ((s[j] == ' ' || s[j] == '-') && j + 1 < s.size() && IsDigit(s[j + 1])) {
      ++j;
    } else {
      break;
    }
  }
  return j - i;
}

bool LooksLikeCard(std::string_view digits) {
  return digits.size() >= kMinCardDigits && digits.size() <= kMaxCardDigits && LuhnValid(digits);
}

std::string RedactString(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (size_t n = BearerLength(s, i); n > 0) {
      out += "Bearer ";
      out += kRedacted;
      i += n;
    } else if (IsDigit(s[i]) && (i == 0 || !IsDigit(s[i - 1]))) {
      std::string digits;
      size_t n = DigitRunLength(s, i, &digits);
      out += LooksLikeCard(digits) ? std::string(kRedacted) : std::string(s.substr(i, n));
      i += n;
    } else {
      out += s[i++];
    }
  }
  return out;
}

bool NumberLooksLikeCard(const Json& v) {
  if (!v.is_number_integer()) return false;
  std::string digits = v.dump();
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  return LooksLikeCard(digits);
}

Json Redact(const Json& v, const std::vector<std::string>& extra_keys) {
  if (v.is_string()) return RedactString(v.get_ref<const std::string&>());
  if (NumberLooksLikeCard(v)) return kRedacted;
  if (v.is_array()) {
    Json out = Json::array();
    for (const Json& e : v) out.push_back(Redact(e, extra_keys));
    return out;
  }
  if (!v.is_object()) return v;
  Json out = Json::object();
  for (const auto& [key, value] : v.items()) {
    out[key] = IsSecretKey(key, extra_keys) ? Json(kRedacted) : Redact(value, extra_keys);
  }
  return out;
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

}  // namespace

const std::vector<std::string>& DefaultSecretKeys() {
  static const std::vector<std::string>* keys = new std::vector<std::string>{
      "password",      "passwd", "secret",     "token",       "api_key", "apikey",
      "authorization", "auth",   "credential", "private_key", "cookie",  "session"};
  return *keys;
}

Json RedactSecrets(const Json& args, const std::vector<std::string>& extra_keys) {
  return Redact(args, extra_keys);
}

Json AuditRecordToJson(const AuditRecord& record) {
  return Json{{"run_id", record.run_id},
              {"step_number", record.step_number},
              {"tool_name", record.tool_name},
              {"tool_inputs", RedactSecrets(record.tool_inputs)},
              {"tool_outputs", record.tool_outputs},
              {"risk_tier", record.risk_tier},
              {"duration_ms", record.duration_ms},
              {"tokens_used", record.tokens_used},
              {"budget_remaining", BudgetToJson(record.budget_remaining)},
              {"ts", record.ts_ms},
              {"decision", record.decision},
              {"reason", record.reason},
              {"attempt", record.attempt},
              {"outcome", record.outcome},
              {"call_id", record.call_id},
              {"findings", FindingsToJson(record.findings)}};
}

std::string AuditRecordToLine(const AuditRecord& record) {
  // ensure_ascii: every byte of the line is printable ASCII, so no output (newlines, U+2028,
  // invalid UTF-8, which becomes U+FFFD) can end the line or forge another record.
  return AuditRecordToJson(record).dump(-1, ' ', /*ensure_ascii=*/true,
                                        Json::error_handler_t::replace);
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
  rec.decision = r.String("decision").value_or("");
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

Status MemoryAuditSink::Write(const AuditRecord& record) {
  std::lock_guard<std::mutex> lock(mu_);
  records_.push_back(record);
  return Status::Ok();
}

std::vector<AuditRecord> MemoryAuditSink::records() const {
  std::lock_guard<std::mutex> lock(mu_);
  return records_;
}

std::vector<std::string> MemoryAuditSink::lines() const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<std::string> out;
  out.reserve(records_.size());
  for (const AuditRecord& r : records_) out.push_back(AuditRecordToLine(r));
  return out;
}

StatusOr<std::unique_ptr<FileAuditSink>> FileAuditSink::Open(Env* env, const std::string& path) {
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  if (!file.ok()) return file.status();
  return std::unique_ptr<FileAuditSink>(new FileAuditSink(std::move(file).value()));
}

Status FileAuditSink::Write(const AuditRecord& record) {
  std::string line = AuditRecordToLine(record);
  line += '\n';
  std::lock_guard<std::mutex> lock(mu_);
  if (!status_.ok()) return status_;  // sticky: nothing is appended after a torn line
  status_ = file_->Append(line);
  if (status_.ok()) status_ = file_->Sync();
  return status_;
}

Status FileAuditSink::status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return status_;
}

}  // namespace blastradius
