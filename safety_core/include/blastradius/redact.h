// Redaction: the one place that decides what is a secret before anything is written down. The
// audit log (arguments, outputs, reasons), alerts (reasons) and the journal (arguments, detail)
// render through it, so a secret is redacted the same way wherever it would be persisted.
//
// Two rules, both closed by default (a false positive costs a log reader some detail; a false
// negative leaks a credential):
//  - by key: an object key whose normalized form (ASCII case folded; '-', '_', '.' and spaces
//    dropped, so "X-Api-Key", "x_api_key" and "apikey" are one key) contains one of
//    DefaultSecretKeys() or a caller's extra key, or ends in "auth". Its whole value is replaced.
//  - by shape, in any string and in free text: "key: value" / key=value pairs whose key is a
//    secret key (quoted values keep their quotes; "Bearer x" / "Basic x" after the separator is
//    one value), Bearer tokens, well-known key prefixes (AWS AKIA/ASIA, sk-/rk- live, test and
//    project keys, GitHub ghp_/gho_/ghu_/ghs_/ghr_/github_pat_, Slack xox*-, GitLab glpat-,
//    Google AIza), JSON Web Tokens, PEM private key blocks, and Luhn-valid card numbers of 13 to
//    19 digits (single spaces or dashes allowed between digits).
// Redaction is idempotent. Values a compensation needs are the tool's `undo` data, which is not
// redacted; a step recovered from the journal after a crash sees its arguments redacted.
// Stateless and thread-safe.
#ifndef BLASTRADIUS_REDACT_H_
#define BLASTRADIUS_REDACT_H_

#include <string>
#include <string_view>
#include <vector>

#include "blastradius/json_reader.h"

namespace blastradius {

// What the redacted part of a value becomes.
inline constexpr std::string_view kRedactedText = "[REDACTED]";

// The normalized key fragments whose values are always redacted ("password", "apikey", ...).
const std::vector<std::string>& DefaultSecretKeys();
// True if `key` names a secret under the key rule above (`extra_keys` are normalized the same way).
bool IsSecretKey(std::string_view key, const std::vector<std::string>& extra_keys = {});

// A copy of `value` with secrets replaced by "[REDACTED]": values of secret keys at any depth,
// secret-shaped parts of every string, and integers that are Luhn-valid card numbers.
Json RedactSecrets(const Json& value, const std::vector<std::string>& extra_keys = {});
// *out = RedactSecrets(value, extra_keys), reusing out's storage where nothing is redacted and
// the trees have the same shape (a record kept and refilled per call allocates nothing then).
void RedactSecretsInto(const Json& value, const std::vector<std::string>& extra_keys, Json* out);
// False only when RedactSecrets(value, extra_keys) is value itself (no secret key, no string
// MayHoldSecretInText flags, no card-like number anywhere): a writer may then render value as is.
bool MayHoldSecret(const Json& value, const std::vector<std::string>& extra_keys = {});
// For a writer that renders value itself when nothing is redacted: false, *out untouched, when
// MayHoldSecret clears value; else *out = RedactSecrets(value, extra_keys), and the whole value
// is checked only that once.
bool RedactSecretsUnlessClear(const Json& value, const std::vector<std::string>& extra_keys,
                              Json* out);

// `text` with its secret-shaped parts replaced (the shape rule above).
std::string RedactSecretsInText(std::string_view text);
// The same for a writer that uses `text` itself when nothing is redacted: false, *out untouched,
// when MayHoldSecretInText clears text; else *out = RedactSecretsInText(text), checked once.
bool RedactSecretsInTextUnlessClear(std::string_view text, std::string* out);

// False only when the shape rule cannot change `text`; true does not mean a secret is there
// ("maybe"). Derived from the rules themselves: each needs a byte to start from (a digit; ':' or
// '='; '-' or '_' inside a key prefix or "-----BEGIN"; 'I' in AKIA/ASIA/AIza; 'J' in eyJ; b or B
// opening "bearer"), found eight bytes at a time, and at each one the rule is checked as far as
// that can be done exactly without its regular expression: the run of key bytes before a ':' or
// '=' is a secret key; a prefix stands at a word boundary with the shortest tail its pattern
// takes; a digit run is a Luhn-valid card of 13 to 19 digits. Ordinary text with separators,
// dates and numbers is cleared; a check that cannot be exact says "maybe".
bool MayHoldSecretInText(std::string_view text);
// RedactSecretsInText without that pre-check: every pass runs. The reference the pre-check is
// differential-tested against (redact_test.cc, fuzz/redact_fuzzer.cc); not for production paths.
std::string RedactSecretsInTextFullScan(std::string_view text);

}  // namespace blastradius

#endif  // BLASTRADIUS_REDACT_H_
