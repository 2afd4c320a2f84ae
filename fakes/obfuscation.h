// Obfuscations an injected payload can wear (formats.md: none, zero_width, homoglyph, spacing,
// case, base64, markdown_hidden, html_comment). Used by the `inject` fault. The gullible agent
// has its own, separate decoder (agent_reader.h); the sanitizer's normalizer is never used here.
// Stateless functions; thread-safe.
#ifndef BLASTRADIUS_FAKES_OBFUSCATION_H_
#define BLASTRADIUS_FAKES_OBFUSCATION_H_

#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"

namespace blastradius::fakes {

// Every obfuscation name, in the order of formats.md.
const std::vector<std::string>& ObfuscationNames();
bool IsObfuscation(std::string_view name);

// Applies obfuscation `how` to `payload`. `env` supplies the randomness of "case".
// REQUIRES: IsObfuscation(how).
std::string Obfuscate(std::string_view payload, std::string_view how, Env* env);

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_OBFUSCATION_H_
