// Redaction of secrets by key and by shape (see redact.h for the rules).
#include "blastradius/redact.h"

#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdint>
#include <cstring>

#include "json_assign.h"
#include "redact_scan.h"
#include "swar.h"

namespace blastradius {
namespace {

constexpr size_t kMinCardDigits = 13;
constexpr size_t kMaxCardDigits = 19;

bool IsDroppedFromKey(char c) { return c == '-' || c == '_' || c == '.' || c == ' '; }

constexpr char LowerAscii(char c) {
  return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

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

// The Luhn checksum over the digits of `text` (other bytes are skipped).
bool LuhnValid(std::string_view text) {
  int sum = 0;
  bool twice = false;
  for (auto it = text.rbegin(); it != text.rend(); ++it) {
    if (!IsDigit(*it)) continue;
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

// A run of digits at `i` with single spaces or dashes between them, as RedactCards reads it.
struct DigitRun {
  size_t length = 0;  // bytes, separators included
  bool card = false;  // 13 to 19 digits, Luhn-valid
};

DigitRun ReadDigitRun(std::string_view s, size_t i) {
  size_t digits = 0;
  size_t j = i;
  while (j < s.size()) {
    if (IsDigit(s[j])) {
      ++digits;
      ++j;
    } else if ((s[j] == ' ' || s[j] == '-') && j + 1 < s.size() && IsDigit(s[j + 1])) {
      ++j;
    } else {
      break;
    }
  }
  const bool card =
      digits >= kMinCardDigits && digits <= kMaxCardDigits && LuhnValid(s.substr(i, j - i));
  return {j - i, card};
}

std::string RedactCards(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  size_t i = 0;
  while (i < s.size()) {
    if (IsDigit(s[i]) && (i == 0 || !IsDigit(s[i - 1]))) {
      const DigitRun run = ReadDigitRun(s, i);
      out += run.card ? kRedactedText : s.substr(i, run.length);
      i += run.length;
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

// DefaultSecretKeys() by their first two bytes (every fragment has at least two).
class FragmentTable {
 public:
  FragmentTable() {
    for (const std::string& fragment : DefaultSecretKeys()) {
      by_first_byte_[static_cast<unsigned char>(fragment[0])].push_back(fragment);
      starts_[PairHash(fragment[0], fragment[1]) / 64] |=
          uint64_t{1} << (PairHash(fragment[0], fragment[1]) % 64);
    }
  }
  // Whether a fragment may start with the bytes a, b (false only when none does).
  bool MayStart(char a, char b) const {
    const unsigned h = PairHash(a, b);
    return (starts_[h / 64] >> (h % 64)) & 1;
  }
  const std::vector<std::string_view>& StartingWith(char c) const {
    return by_first_byte_[static_cast<unsigned char>(c)];
  }

 private:
  static unsigned PairHash(char a, char b) {
    return (static_cast<unsigned char>(a) * 31u + static_cast<unsigned char>(b)) % 1024;
  }
  std::array<std::vector<std::string_view>, 256> by_first_byte_;
  std::array<uint64_t, 1024 / 64> starts_{};
};

// Whether a normalized key contains one of DefaultSecretKeys(): at each byte pair that may
// start one, only the fragments that start with its first byte are compared (this runs on every
// argument key of every audited call, and on the key before each ':' or '=' in text).
bool ContainsDefaultSecretKey(std::string_view normalized) {
  static const FragmentTable* const kFragments = new FragmentTable();
  for (size_t i = 0; i + 1 < normalized.size(); ++i) {
    if (!kFragments->MayStart(normalized[i], normalized[i + 1])) continue;
    for (std::string_view fragment : kFragments->StartingWith(normalized[i])) {
      if (normalized.substr(i, fragment.size()) == fragment) return true;
    }
  }
  return false;
}

// The key rule with the default keys only: the normalized key ends in "auth" or holds one of
// DefaultSecretKeys().
bool IsDefaultSecretKeyUncached(std::string_view key) {
  char buffer[64];
  std::string spill;
  const std::string_view k = NormalizeKeyInto(key, buffer, &spill);
  constexpr std::string_view kAuth = "auth";
  const bool ends_in_auth = k.size() >= kAuth.size() && k.substr(k.size() - kAuth.size()) == kAuth;
  return ends_in_auth || ContainsDefaultSecretKey(k);
}

// IsDefaultSecretKeyUncached, remembered per thread in a small direct-mapped table: a record's
// argument names are checked by the guard's redaction and again by the line's, and the same
// names (and the keys of key=value pairs in tool text) come back call after call. A slot holds
// the key's bytes, so a key that shares another's slot is never answered with its verdict.
bool IsDefaultSecretKey(std::string_view key) {
  constexpr size_t kMaxCachedKey = 30;
  constexpr size_t kSlots = 128;
  if (key.empty() || key.size() > kMaxCachedKey) return IsDefaultSecretKeyUncached(key);
  struct Slot {
    uint8_t size = 0;  // 0: empty (an empty key is never cached)
    bool secret = false;
    char text[kMaxCachedKey];
  };
  thread_local std::array<Slot, kSlots> cache{};
  const auto byte = [&key](size_t i) { return static_cast<unsigned char>(key[i]); };
  Slot& slot =
      cache[(key.size() * 131u + byte(0) * 31u + byte(key.size() - 1) * 7u + byte(key.size() / 2)) %
            kSlots];
  if (slot.size == key.size() && std::memcmp(slot.text, key.data(), key.size()) == 0) {
    return slot.secret;
  }
  const bool secret = IsDefaultSecretKeyUncached(key);
  slot.size = static_cast<uint8_t>(key.size());
  std::memcpy(slot.text, key.data(), key.size());
  slot.secret = secret;
  return secret;
}

}  // namespace

bool IsSecretKey(std::string_view key, const std::vector<std::string>& extra_keys) {
  if (IsDefaultSecretKey(key)) return true;
  if (extra_keys.empty()) return false;
  char buffer[64];
  std::string spill;
  return ContainsAny(NormalizeKeyInto(key, buffer, &spill), extra_keys);
}

namespace {

// The pre-check (MayHoldSecretInText). Every pass needs some byte to start from: a digit
// (RedactCards), ':' or '=' (RedactKeyValuePairs), and for SecretShapes and BearerToken a byte
// of each alternative's literal: '-' or '_' inside "sk-", "rk_", "ghp_", "github_pat_",
// "xoxb-", "glpat-" and "-----BEGIN"; 'I' in "AKIA", "ASIA" and "AIza"; 'J' in "eyJ"; 'b'
// or 'B' opening "bearer". At each such byte, the rule is checked as far as it can be without
// its regular expression: the literal, the word boundary before it, the shortest tail the rule
// takes. A check may say "maybe" where the rule then finds nothing, never "no" where it matches.

bool IsWordByte(char c) {  // RE2's \w and \b: ASCII only
  return IsDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
}

// \b before the word byte at `i`.
bool WordStartsAt(std::string_view s, size_t i) { return i == 0 || !IsWordByte(s[i - 1]); }

bool At(std::string_view s, size_t i, std::string_view literal) {
  return i <= s.size() && s.substr(i, literal.size()) == literal;
}

// Whether `n` bytes of class `in` start at `i`.
template <typename Class>
bool RunOfAtLeast(std::string_view s, size_t i, size_t n, Class in) {
  if (i > s.size() || s.size() - i < n) return false;
  for (size_t k = i; k < i + n; ++k) {
    if (!in(s[k])) return false;
  }
  return true;
}

bool IsAlnum(char c) { return IsWordByte(c) && c != '_'; }
bool IsUpperOrDigit(char c) { return IsDigit(c) || (c >= 'A' && c <= 'Z'); }
bool IsKeyTail(char c) { return IsWordByte(c) || c == '-'; }  // [A-Za-z0-9_-]
bool IsSlackTail(char c) { return IsAlnum(c) || c == '-'; }   // [A-Za-z0-9-]
bool IsBlank(char c) { return c == ' ' || c == '\t'; }
bool IsKeyByte(char c) { return IsWordByte(c) || c == '.' || c == '-'; }  // KeyAndSeparator's key
bool IsBearerTokenByte(char c) {
  return IsAlnum(c) || c == '.' || c == '_' || c == '~' || c == '+' || c == '/' || c == '=' ||
         c == '-';
}

// RedactKeyValuePairs with the separator at `sep`: KeyAndSeparator's key ends before optional
// blanks and one optional quote, and any key it matches is a suffix of the run of key bytes
// there. A suffix holds a secret fragment or ends in "auth" only if the whole run does.
bool SecretKeyBeforeSeparator(std::string_view s, size_t sep) {
  size_t end = sep;
  while (end > 0 && IsBlank(s[end - 1])) --end;
  if (end > 0 && (s[end - 1] == '"' || s[end - 1] == '\'')) --end;
  size_t begin = end;
  while (begin > 0 && IsKeyByte(s[begin - 1])) --begin;
  return begin < end && IsSecretKey(s.substr(begin, end - begin));
}

// -----BEGIN[A-Z ]*PRIVATE KEY----- at `i` (what follows always matches: a lazy run to the
// END line or to the end of the text): the run of [A-Z ] after BEGIN ends in "PRIVATE KEY".
bool PemHeaderAt(std::string_view s, size_t i) {
  constexpr std::string_view kBegin = "-----BEGIN";
  constexpr std::string_view kPrivateKey = "PRIVATE KEY";
  if (!At(s, i, kBegin)) return false;
  size_t end = i + kBegin.size();
  while (end < s.size() && ((s[end] >= 'A' && s[end] <= 'Z') || s[end] == ' ')) ++end;
  return end - (i + kBegin.size()) >= kPrivateKey.size() &&
         s.substr(end - kPrivateKey.size(), kPrivateKey.size()) == kPrivateKey &&
         At(s, end, "-----");
}

// The SecretShapes alternatives whose literal holds the '-' or '_' at `i`, told apart by the
// byte before it: \b[sr]k[-_]... ('k'), \bgh[pousr]_... and \bgithub_pat_... ('_' after one
// of "pousr", or after the 'b' of "github"), \bxox[abposr]-... and \bglpat-... ('-' after one
// of "abposr", or after 't'); and -----BEGIN... at `i` itself.
bool ShapeAroundSeparator(std::string_view s, size_t i) {
  const char before = i > 0 ? s[i - 1] : '\0';
  if (before == 'k') {
    // [-_](?:live|test|proj)[-_][A-Za-z0-9_-]{8,}: 13 bytes of [A-Za-z0-9_-] after the
    // separator; -[A-Za-z0-9_-]{20,}: 20.
    if (i >= 2 && (s[i - 2] == 's' || s[i - 2] == 'r') && WordStartsAt(s, i - 2) &&
        RunOfAtLeast(s, i + 1, 13, IsKeyTail)) {
      return true;
    }
  } else if (s[i] == '_') {
    if (before == 'p' || before == 'o' || before == 'u' || before == 's' || before == 'r') {
      return i >= 3 && At(s, i - 3, "gh") && WordStartsAt(s, i - 3) &&
             RunOfAtLeast(s, i + 1, 20, IsAlnum);
    }
    return before == 'b' && i >= 6 && At(s, i - 6, "github_pat_") && WordStartsAt(s, i - 6) &&
           RunOfAtLeast(s, i + 5, 20, IsWordByte);
  } else if (before == 'a' || before == 'b' || before == 'p' || before == 'o' || before == 's' ||
             before == 'r') {
    if (i >= 4 && At(s, i - 4, "xox") && WordStartsAt(s, i - 4) &&
        RunOfAtLeast(s, i + 1, 10, IsSlackTail)) {
      return true;
    }
  } else if (before == 't') {
    if (i >= 5 && At(s, i - 5, "glpat") && WordStartsAt(s, i - 5) &&
        RunOfAtLeast(s, i + 1, 20, IsKeyTail)) {
      return true;
    }
  }
  return PemHeaderAt(s, i);
}

// The SecretShapes alternatives whose literal holds the 'I' at `i`: \b(?:AKIA|ASIA)[A-Z0-9]{16}\b
// and \bAIza[A-Za-z0-9_-]{30,}.
bool ShapeAroundCapitalI(std::string_view s, size_t i) {
  if (i >= 2 && (At(s, i - 2, "AKIA") || At(s, i - 2, "ASIA")) && WordStartsAt(s, i - 2) &&
      RunOfAtLeast(s, i + 2, 16, IsUpperOrDigit) &&
      (i + 18 == s.size() || !IsWordByte(s[i + 18]))) {
    return true;
  }
  return i >= 1 && At(s, i - 1, "AIza") && WordStartsAt(s, i - 1) &&
         RunOfAtLeast(s, i + 3, 30, IsKeyTail);
}

// The end of the run of [A-Za-z0-9_-] that starts at `i`.
size_t KeyTailEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsKeyTail(s[i])) ++i;
  return i;
}

// \beyJ[A-Za-z0-9_-]{5,}\.eyJ[A-Za-z0-9_-]{5,}\. with the first J at `i` (the rest always
// matches).
bool JwtAround(std::string_view s, size_t i) {
  if (i < 2 || !At(s, i - 2, "eyJ") || !WordStartsAt(s, i - 2)) return false;
  const size_t header_end = KeyTailEnd(s, i + 1);
  if (header_end - (i + 1) < 5 || !At(s, header_end, ".eyJ")) return false;
  const size_t payload_end = KeyTailEnd(s, header_end + 4);
  return payload_end - (header_end + 4) >= 5 && At(s, payload_end, ".");
}

// (?i)\bbearer[ \t]+[A-Za-z0-9._~+/=-]+ at `i`. No character outside ASCII folds to b, e, a
// or r, but the token's [A-Za-z] takes "\u017F" (folds to s) and "\u212A" (the Kelvin sign,
// folds to k) under (?i): a non-ASCII byte after the blanks counts as a token byte.
bool BearerAt(std::string_view s, size_t i) {
  constexpr std::string_view kBearer = "bearer";
  if (s.size() - i <= kBearer.size() || !WordStartsAt(s, i)) return false;
  for (size_t k = 0; k < kBearer.size(); ++k) {
    if (LowerAscii(s[i + k]) != kBearer[k]) return false;
  }
  size_t j = i + kBearer.size();
  if (!IsBlank(s[j])) return false;
  while (j < s.size() && IsBlank(s[j])) ++j;
  return j < s.size() && (IsBearerTokenByte(s[j]) || static_cast<unsigned char>(s[j]) >= 0x80);
}

// Whether the rule that the check byte at `i` (not a digit) belongs to may match there.
bool MayMatchAt(std::string_view s, size_t i) {
  switch (s[i]) {
    case ':':
    case '=':
      return SecretKeyBeforeSeparator(s, i);
    case '-':
    case '_':
      return ShapeAroundSeparator(s, i);
    case 'I':
      return ShapeAroundCapitalI(s, i);
    case 'J':
      return JwtAround(s, i);
    default:  // 'b' or 'B'
      return BearerAt(s, i);
  }
}

}  // namespace

namespace redact_internal {

// A digit is always the first of its run here (every earlier run was skipped whole, and a run
// ends before a non-digit): the run RedactCards reads. Skipping a run misses no other check: a
// '-' inside it sits between two digits, where no key prefix or PEM line can hold it.
bool SecretScan::CheckRuleAt(size_t i) {
  if (IsDigit(text_[i])) {
    const DigitRun run = ReadDigitRun(text_, i);
    next_ = i + run.length;
    return run.card;
  }
  return MayMatchAt(text_, i);
}

}  // namespace redact_internal

bool MayHoldSecretInText(std::string_view text) {
  redact_internal::SecretScan scan(text);  // check bytes visited in order
  size_t i = 0;
  if constexpr (swar::kWordAtATime) {
    for (; i + 8 <= text.size(); i += 8) {
      for (uint64_t found = redact_internal::CheckBytes(swar::Load(text.data() + i)); found != 0;
           found &= found - 1) {
        if (scan.CheckAt(i + swar::FirstSet(found))) return true;
      }
    }
  }
  for (; i < text.size(); ++i) {
    if (redact_internal::IsCheckByte(text[i]) && scan.CheckAt(i)) return true;
  }
  return false;
}

std::string RedactSecretsInTextFullScan(std::string_view text) {
  std::string out = RedactKeyValuePairs(text);
  RE2::GlobalReplace(&out, SecretShapes(), std::string(kRedactedText));
  RE2::GlobalReplace(&out, BearerToken(), "Bearer " + std::string(kRedactedText));
  return RedactCards(out);
}

bool RedactSecretsInTextUnlessClear(std::string_view text, std::string* out) {
  if (!MayHoldSecretInText(text)) return false;
  *out = RedactSecretsInTextFullScan(text);
  return true;
}

std::string RedactSecretsInText(std::string_view text) {
  std::string out;
  return RedactSecretsInTextUnlessClear(text, &out) ? out : std::string(text);
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

bool RedactSecretsUnlessClear(const Json& value, const std::vector<std::string>& extra_keys,
                              Json* out) {
  if (!MayHoldSecret(value, extra_keys)) return false;
  *out = RedactAfterCheck(value, extra_keys);
  return true;
}

Json RedactSecrets(const Json& value, const std::vector<std::string>& extra_keys) {
  Json out;
  return RedactSecretsUnlessClear(value, extra_keys, &out) ? out : value;  // clear: one copy
}

void RedactSecretsInto(const Json& value, const std::vector<std::string>& extra_keys, Json* out) {
  if (MayHoldSecret(value, extra_keys)) {
    *out = RedactAfterCheck(value, extra_keys);
  } else {
    AssignJsonReusing(value, out);  // nothing to replace: a copy into out's storage
  }
}

}  // namespace blastradius
