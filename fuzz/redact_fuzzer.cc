// Fuzzes the redaction pre-check (redact.h): whenever MayHoldSecretInText or MayHoldSecret says
// "nothing to redact", the full passes must change nothing. The first input byte picks a mode:
//   '0' the rest is a text, checked as it is, with its ASCII letters upper- and lower-cased,
//       and JSON-escaped (as the text sits inside a logged JSON document): for each,
//       RedactSecretsInText is RedactSecretsInTextFullScan, and a text the pre-check clears
//       comes out of the full passes unchanged;
//   '1' a JSON tree built from the input (keys and strings of any bytes, integers that may be
//       card numbers, nested objects and arrays): RedactSecrets and RedactSecretsUnlessClear give
//       the tree the rules give when every string goes through the full passes, and a tree
//       MayHoldSecret clears comes out of them unchanged.
// Other first bytes map onto these modes by value modulo 2.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "blastradius/redact.h"
#include "fuzz_support.h"
#include "redact_reference.h"

namespace blastradius::fuzz {
namespace {

void CheckText(const std::string& text) {
  const std::string full = RedactSecretsInTextFullScan(text);
  Check(RedactSecretsInText(text) == full,
        "RedactSecretsInText differs from the full passes on: " + Printable(text));
  if (!MayHoldSecretInText(text)) {
    Check(full == text, "the pre-check cleared a text the full passes change: " + Printable(text) +
                            "\n  -> " + Printable(full));
  }
  std::string out = "unchanged";
  if (!RedactSecretsInTextUnlessClear(text, &out)) {
    Check(out == "unchanged", "RedactSecretsInTextUnlessClear wrote although it cleared");
  } else {
    Check(out == full, "RedactSecretsInTextUnlessClear differs from the full passes");
  }
}

void Texts(std::string_view bytes) {
  const std::string text(bytes);
  CheckText(text);
  std::string upper = text;
  std::string lower = text;
  for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
  for (char& c : lower) c = (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
  CheckText(upper);
  CheckText(lower);
  CheckText(Json(text).dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace));
}

Json BuildTree(FuzzedDataProvider& in, int depth) {
  switch (in.ConsumeIntegralInRange<int>(0, depth >= 4 ? 2 : 4)) {
    case 0:
      return in.ConsumeRandomLengthString(96);
    case 1:
      return in.ConsumeIntegral<int64_t>();
    case 2:
      return in.ConsumeBool();
    case 3: {
      Json array = Json::array();
      for (int n = in.ConsumeIntegralInRange<int>(0, 4); n > 0; --n) {
        array.push_back(BuildTree(in, depth + 1));
      }
      return array;
    }
    default: {
      Json object = Json::object();
      for (int n = in.ConsumeIntegralInRange<int>(0, 4); n > 0; --n) {
        const std::string key = in.ConsumeRandomLengthString(24);
        object[key] = BuildTree(in, depth + 1);
      }
      return object;
    }
  }
}

void Tree(FuzzedDataProvider& in) {
  const std::vector<std::string> extra_keys = {in.ConsumeRandomLengthString(12)};
  const Json value = BuildTree(in, 0);
  const Json by_rules = RedactByTheRules(value, extra_keys);
  const std::string shown = value.dump(-1, ' ', true, Json::error_handler_t::replace);
  Check(RedactSecrets(value, extra_keys) == by_rules,
        "RedactSecrets differs from the rules applied by hand on: " + shown);
  if (!MayHoldSecret(value, extra_keys)) {
    Check(by_rules == value, "MayHoldSecret cleared a tree the rules change: " + shown);
  }
  Json out = "unchanged";
  if (RedactSecretsUnlessClear(value, extra_keys, &out)) {
    Check(out == by_rules, "RedactSecretsUnlessClear differs from the rules on: " + shown);
  } else {
    Check(out == "unchanged" && by_rules == value,
          "RedactSecretsUnlessClear cleared a tree the rules change, or wrote: " + shown);
  }
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  if (data[0] % 2 == 0) {
    blastradius::fuzz::Texts(std::string_view(reinterpret_cast<const char*>(data) + 1, size - 1));
  } else {
    FuzzedDataProvider in(data + 1, size - 1);
    blastradius::fuzz::Tree(in);
  }
  return 0;
}
