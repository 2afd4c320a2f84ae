// The redaction rules applied by hand, as the reference that redact_test and fuzz/redact_fuzzer
// compare RedactSecrets with: every string through the full text passes (no pre-check), an
// integer redacted exactly when those passes change its digits (a card number), and the value
// of every secret key replaced.
#ifndef BLASTRADIUS_SAFETY_CORE_TESTS_REDACT_REFERENCE_H_
#define BLASTRADIUS_SAFETY_CORE_TESTS_REDACT_REFERENCE_H_

#include <string>
#include <vector>

#include "blastradius/redact.h"

namespace blastradius {

inline Json RedactByTheRules(const Json& value, const std::vector<std::string>& extra_keys) {
  if (value.is_string()) return RedactSecretsInTextFullScan(value.get<std::string>());
  if (value.is_number_integer()) {
    const std::string digits = value.dump();
    return RedactSecretsInTextFullScan(digits) == digits ? value : Json(kRedactedText);
  }
  if (value.is_array()) {
    Json out = Json::array();
    for (const Json& e : value) out.push_back(RedactByTheRules(e, extra_keys));
    return out;
  }
  if (!value.is_object()) return value;
  Json out = Json::object();
  for (const auto& [key, v] : value.items()) {
    out[key] = IsSecretKey(key, extra_keys) ? Json(kRedactedText) : RedactByTheRules(v, extra_keys);
  }
  return out;
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SAFETY_CORE_TESTS_REDACT_REFERENCE_H_
