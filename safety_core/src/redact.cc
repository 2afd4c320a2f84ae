// Redaction of secrets by key and by shape (see redact.h for the rules).
#include "blastradius/redact.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>

#include "json_assign.h"

namespace blastradius {
namespace {

constexpr size_t kMinCardDigits = 13;
constexpr size_t kMaxCardDigits = 19;

bool IsDroppedFromKey(char c) { return c == '-' || c == '_' || c == '.' || c == ' '; }

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Lowercase ASCII with '-', '_', '.' and spaces dropped: "X-Api_Key" -> "xapikey".
std::string NormalizeKey(std::string_view key) {
  std::string out;
  out.reserve(key.size());
  for (char c : key) {
    if (!IsDroppedFromKey(c)) out.push_back(LowerAscii(c));
  }
  return out;
}

// NormalizeKey into `buffer` when the key fits (no allocation on the audit path), else into
// `spill`; returns the normalized key.
template <size_t N>
std::string_view NormalizeKeyInto(std::string_view key, char (&buffer)[N], std::string* spill) {
  if (key.size() > N) return *spill = NormalizeKey(key);
  size_t n = 0;
  for (char c : key) {
    if (!IsDroppedFromKey(c)) buffer[n++] = LowerAscii(c);
  }
  return std::string_view(buffer, n);
}

// Whether a normalized key contains one of `fragments`, each normalized the same way.
bool ContainsAny(std::string_view normalized, const std::vector<std::string>& fragments) {
  return std::any_of(fragments.begin(), fragments.end(), [&](const std::string& f) {
    const std::string frag = NormalizeKey(f);
    return !frag.empty() && normalized.find(frag) != std::string_view::npos;
  });
}

bool IsDigit(char c) { return c >= '0' && c <= '9'; }

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

bool LooksLikeCard(std::string_view digits) {
  return digits.size() >= kMinCardDigits && digits.size() <= kMaxCardDigits && LuhnValid(digits);
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

std::string RedactCards(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (IsDigit(s[i]) && (i == 0 || !IsDigit(s[i - 1]))) {
      std::string digits;
      const size_t n = DigitRunLength(s, i, &digits);
      out += LooksLikeCard(digits) ? kRedactedText : s.substr(i, n);
      i += n;
    } else {
      out += s[i++];
    }
  }
  return out;
}

// Values whose shape alone says "credential", wherever they appear.
const RE2& SecretShapes() {
  static const RE2* const kRe = new RE2(
      "\\b(?:AKIA|ASIA)[A-Z0-9]{16}\\b"
      "|\\b[sr]k[-_](?:live|test|proj)[-_][A-Za-z0-9_-]{8,}"
      "|\\b[sr]k-[A-Za-z0-9_-]{20,}"
      "|\\bgh[pousr]_[A-Za-z0-9]{20,}"
      "|\\bgithub_pat_[A-Za-z0-9_]{20,}"
      "|\\bxox[abposr]-[A-Za-z0-9-]{10,}"
      "|\\bglpat-[A-Za-z0-9_-]{20,}"
      "|\\bAIza[A-Za-z0-9_-]{30,}"
      "|\\beyJ[A-Za-z0-9_-]{5,}\\.eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*"
      "|-----BEGIN[A-Z ]*PRIVATE KEY-----(?s:.*?)(?:-----END[A-Z ]*PRIVATE KEY-----|$)");
  return *kRe;
}

const RE2& BearerToken() {
  static const RE2* const kRe = new RE2("(?i)\\bbearer[ \\t]+[A-Za-z0-9._~+/=-]+");
  return *kRe;
}

// A key and its separator: `key` `"key"` `'key'`, blanks, ':' or '=', blanks.
const RE2& KeyAndSeparator() {
  static const RE2* const kRe = new RE2("([A-Za-z0-9_.-]+)[\"']?[ \\t]*[:=][ \\t]*");
  return *kRe;
}

bool IsValueEnd(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '&' || c == ',' || c == ';' ||
         c == '"' || c == '\'' || c == '<' || c == '>' || c == ')' || c == '}' || c == ']';
}

size_t TokenEnd(std::string_view s, size_t i) {
  while (i < s.size() && !IsValueEnd(s[i])) ++i;
  return i;
}

// An authorization scheme followed by blanks ("Bearer ", "basic\t"): its length, else 0.
size_t SchemeLength(std::string_view s, size_t i) {
  for (std::string_view scheme : {"bearer", "basic", "digest", "token", "negotiate"}) {
    if (i + scheme.size() >= s.size()) continue;
    bool same = true;
    for (size_t k = 0; k < scheme.size() && same; ++k) {
      same = std::tolower(static_cast<unsigned char>(s[i + k])) == scheme[k];
    }
    size_t j = i + scheme.size();
    if (!same || (s[j] != ' ' && s[j] != '\t')) continue;
    while (j < s.size() && (s[j] == ' ' || s[j] == '\t')) ++j;
    return j - i;
  }
  return 0;
}

// The span [begin, end) of the value starting at `i` that is to be replaced (inside quotes for
// a quoted value). Empty when there is nothing to redact.
std::pair<size_t, size_t> ValueSpan(std::string_view s, size_t i) {
  if (i >= s.size()) return {i, i};
  if (s[i] == '"' || s[i] == '\'') {
    const char quote = s[i];
    size_t j = i + 1;
    while (j < s.size() && s[j] != quote && s[j] != '\n')
      j += (s[j] == '\\' && quote == '"') ? 2 : 1;
    return {i + 1, std::min(j, s.size())};
  }
  if (s.substr(i, kRedactedText.size()) == kRedactedText) return {i, i};
  const size_t scheme = SchemeLength(s, i);
  return {i, TokenEnd(s, i + scheme)};
}

// Replaces the values of "secret_key: value" / secret_key=value pairs.
std::string RedactKeyValuePairs(std::string_view s) {
  if (s.find(':') == std::string_view::npos && s.find('=') == std::string_view::npos) {
    return std::string(s);
  }
  std::string out;
  out.reserve(s.size());
  size_t copied = 0;
  size_t pos = 0;
  re2::StringPiece match[2];
  while (pos < s.size() && KeyAndSeparator().Match(re2::StringPiece(s.data(), s.size()), pos,
                                                   s.size(), RE2::UNANCHORED, match, 2)) {
    const size_t key_begin = static_cast<size_t>(match[1].data() - s.data());
    const size_t value_begin = static_cast<size_t>(match[0].data() - s.data()) + match[0].size();
    const bool at_word_start =
        key_begin == 0 || !(std::isalnum(static_cast<unsigned char>(s[key_begin - 1])) ||
                            s[key_begin - 1] == '_' || s[key_begin - 1] == '-');
    std::string_view key(match[1].data(), match[1].size());
    if (!at_word_start || !IsSecretKey(key)) {
      pos = value_begin;
      continue;
    }
    auto [begin, end] = ValueSpan(s, value_begin);
    if (end > begin) {
      out.append(s.substr(copied, begin - copied));
      out.append(kRedactedText);
      copied = end;
    }
    pos = std::max(end, value_begin);
  }
  out.append(s.substr(copied));
  return out;
}

// The smallest magnitude with kMinCardDigits digits: a smaller integer cannot be a card.
constexpr uint64_t kSmallestCardNumber = 1'000'000'000'000ull;
static_assert(kMinCardDigits == 13);

bool NumberLooksLikeCard(const Json& v) {
  if (!v.is_number_integer()) return false;
  if (v.is_number_unsigned()) {
    if (v.get<uint64_t>() < kSmallestCardNumber) return false;
  } else {
    const int64_t n = v.get<int64_t>();
    const uint64_t magnitude = n < 0 ? uint64_t{0} - static_cast<uint64_t>(n) : n;
    if (magnitude < kSmallestCardNumber) return false;
  }
  std::string digits = v.dump();
  if (!digits.empty() && digits[0] == '-') digits.erase(0, 1);
  return LooksLikeCard(digits);
}

}  // namespace

const std::vector<std::string>& DefaultSecretKeys() {
  static const std::vector<std::string>* keys = new std::vector<std::string>{
      "password",      "passwd",        "passphrase", "pwd",        "secret",
      "token",         "apikey",        "accesskey",  "privatekey", "signingkey",
      "encryptionkey", "authorization", "credential", "cookie",     "session"};
  return *keys;
}

namespace {

// Whether a normalized key contains one of DefaultSecretKeys(): at each byte only the
// fragments that start with it are compared (this runs on every argument key of every
// audited call).
bool ContainsDefaultSecretKey(std::string_view normalized) {
  using ByFirstByte = std::array<std::vector<std::string_view>, 256>;
  static const ByFirstByte* const kByFirstByte = [] {
    auto* table = new ByFirstByte();
    for (const std::string& fragment : DefaultSecretKeys()) {
      if (!fragment.empty()) (*table)[static_cast<unsigned char>(fragment[0])].push_back(fragment);
    }
    return table;
  }();
  for (size_t i = 0; i < normalized.size(); ++i) {
    for (std::string_view fragment : (*kByFirstByte)[static_cast<unsigned char>(normalized[i])]) {
      if (normalized.substr(i, fragment.size()) == fragment) return true;
    }
  }
  return false;
}

}  // namespace

bool IsSecretKey(std::string_view key, const std::vector<std::string>& extra_keys) {
  char buffer[64];
  std::string spill;
  const std::string_view k = NormalizeKeyInto(key, buffer, &spill);
  constexpr std::string_view kAuth = "auth";
  const bool ends_in_auth = k.size() >= kAuth.size() && k.substr(k.size() - kAuth.size()) == kAuth;
  return ends_in_auth || ContainsDefaultSecretKey(k) || ContainsAny(k, extra_keys);
}

bool MayHoldSecretInText(std::string_view text) {
  // What each pass needs before it can change a byte: RedactKeyValuePairs a ':' or '=';
  // SecretShapes one of its literal prefixes (case-sensitive); BearerToken "bearer" in any
  // case; RedactCards a run of at least kMinCardDigits digits, so at least that many digits.
  const auto at = [&](size_t i, std::string_view literal) {
    return text.substr(i, literal.size()) == literal;
  };
  size_t digits = 0;
  for (size_t i = 0; i < text.size(); ++i) {
    switch (text[i]) {
      case ':':
      case '=':
        return true;
      case 'A':
        if (at(i, "AKIA") || at(i, "ASIA") || at(i, "AIza")) return true;
        break;
      case 's':
      case 'r':
        if (at(i + 1, "k-") || at(i + 1, "k_")) return true;
        break;
      case 'g':
        if (at(i, "gh") || at(i, "github_pat_") || at(i, "glpat-")) return true;
        break;
      case 'x':
        if (at(i, "xox")) return true;
        break;
      case 'e':
        if (at(i, "eyJ")) return true;
        break;
      case '-':
        if (at(i, "-----BEGIN")) return true;
        break;
      case 'b':
      case 'B':
        if (i + 6 <= text.size() && LowerAscii(text[i + 1]) == 'e' &&
            LowerAscii(text[i + 2]) == 'a' && LowerAscii(text[i + 3]) == 'r' &&
            LowerAscii(text[i + 4]) == 'e' && LowerAscii(text[i + 5]) == 'r') {
          return true;
        }
        break;
      default:
        if (IsDigit(text[i]) && ++digits >= kMinCardDigits) return true;
        break;
    }
  }
  return false;
}

std::string RedactSecretsInTextFullScan(std::string_view text) {
  std::string out = RedactKeyValuePairs(text);
  RE2::GlobalReplace(&out, SecretShapes(), std::string(kRedactedText));
  RE2::GlobalReplace(&out, BearerToken(), "Bearer " + std::string(kRedactedText));
  return RedactCards(out);
}

std::string RedactSecretsInText(std::string_view text) {
  if (!MayHoldSecretInText(text)) return std::string(text);
  return RedactSecretsInTextFullScan(text);
}

bool MayHoldSecret(const Json& value, const std::vector<std::string>& extra_keys) {
  if (value.is_string()) return MayHoldSecretInText(value.get_ref<const std::string&>());
  if (value.is_array()) {
    return std::any_of(value.begin(), value.end(),
                       [&](const Json& e) { return MayHoldSecret(e, extra_keys); });
  }
  if (value.is_object()) {  // the object's own map: items()' iteration proxy costs more
    for (const auto& [key, v] : value.get_ref<const Json::object_t&>()) {
      if (IsSecretKey(key, extra_keys) || MayHoldSecret(v, extra_keys)) return true;
    }
    return false;
  }
  return NumberLooksLikeCard(value);
}

namespace {

// RedactSecrets without its "nothing to redact" pre-check, which the callers ran on the whole
// value: below it, a part that holds no secret comes back equal (a string through
// RedactSecretsInText's own check, a number unless it looks like a card, an object or array
// rebuilt from such parts), so the check is not repeated at every level.
Json RedactAfterCheck(const Json& value, const std::vector<std::string>& extra_keys) {
  if (value.is_string()) return RedactSecretsInText(value.get_ref<const std::string&>());
  if (NumberLooksLikeCard(value)) return kRedactedText;
  if (value.is_array()) {
    Json out = Json::array();
    for (const Json& e : value) out.push_back(RedactAfterCheck(e, extra_keys));
    return out;
  }
  if (!value.is_object()) return value;
  Json out = Json::object();
  for (const auto& [key, v] : value.items()) {
    out[key] = IsSecretKey(key, extra_keys) ? Json(kRedactedText) : RedactAfterCheck(v, extra_keys);
  }
  return out;
}

}  // namespace

Json RedactSecrets(const Json& value, const std::vector<std::string>& extra_keys) {
  if (!MayHoldSecret(value, extra_keys)) return value;  // nothing to replace: one copy
  return RedactAfterCheck(value, extra_keys);
}

void RedactSecretsInto(const Json& value, const std::vector<std::string>& extra_keys, Json* out) {
  if (MayHoldSecret(value, extra_keys)) {
    *out = RedactAfterCheck(value, extra_keys);
  } else {
    AssignJsonReusing(value, out);  // nothing to replace: a copy into out's storage
  }
}

}  // namespace blastradius
