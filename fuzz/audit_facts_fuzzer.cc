// Fuzzes what the chaos invariants read from an audit line (chaos::ReadAuditFacts, a SAX pass
// that builds no tree) against the same facts read from the JSON library's parsed tree: on any
// bytes, both agree on whether the line is one non-empty JSON object, which required fields it
// has at the top level, and its call_id, attempt and outcome.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/audit_log.h"
#include "chaos_scenarios/invariants.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

// The facts as a reader of the parsed tree states them (the reading the invariants used before
// ReadAuditFacts), with the same rule for each type the format does not allow.
chaos::AuditFacts FromTree(std::string_view line) {
  chaos::AuditFacts facts;
  const Json doc = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (!doc.is_object() || doc.empty()) return facts;
  facts.object = true;
  const std::vector<std::string>& required = RequiredAuditFields();
  for (size_t i = 0; i < required.size(); ++i) {
    if (doc.contains(required[i])) facts.fields |= uint32_t{1} << i;
  }
  const auto text = [&](const char* key) {
    auto it = doc.find(key);
    return it != doc.end() && it->is_string() ? it->get<std::string>() : std::string();
  };
  facts.call_id = text("call_id");
  facts.outcome = text("outcome");
  auto it = doc.find("attempt");
  if (it != doc.end()) {
    if (it->is_number_unsigned()) {
      facts.attempt = static_cast<int64_t>(std::min<uint64_t>(it->get<uint64_t>(), INT64_MAX));
    } else if (it->is_number_integer()) {
      facts.attempt = it->get<int64_t>();
    } else if (it->is_number_float()) {
      facts.attempt = chaos::AttemptOfFloat(it->get<double>());
    }
  }
  return facts;
}

std::string Describe(const chaos::AuditFacts& f) {
  return "object=" + std::to_string(f.object) + " fields=" + std::to_string(f.fields) +
         " call_id=" + Printable(f.call_id, 80) + " attempt=" + std::to_string(f.attempt) +
         " outcome=" + Printable(f.outcome, 80);
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using namespace blastradius;
  const std::string_view line(reinterpret_cast<const char*>(data), size);
  const chaos::AuditFacts fast = chaos::ReadAuditFacts(line);
  const chaos::AuditFacts tree = fuzz::FromTree(line);
  const bool same = fast.object == tree.object && fast.fields == tree.fields &&
                    fast.call_id == tree.call_id && fast.attempt == tree.attempt &&
                    fast.outcome == tree.outcome;
  fuzz::Check(same, "ReadAuditFacts and the parsed tree disagree on " + fuzz::Printable(line) +
                        "\n  sax:  " + fuzz::Describe(fast) + "\n  tree: " + fuzz::Describe(tree));
  return 0;
}
