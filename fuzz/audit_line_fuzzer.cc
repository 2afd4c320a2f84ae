// Fuzzes the audit record codec (audit_log.h). The first input byte picks a mode:
//   '0' ParseAuditLine on arbitrary bytes: no crash; an accepted line re-renders to one
//       printable-ASCII line that parses back to the same rendering (a fixed point);
//   '1' rendering: a record built from the input (any bytes in its strings) renders to one line
//       of printable ASCII that ParseAuditLine accepts, and when every string is well-formed
//       UTF-8 the line is byte for byte the dump of AuditRecordToJson (the hand-written
//       renderer and the JSON library agree). Numbers stay in the ranges guards write and
//       the parser accepts (attempt >= 0, tier -1..3, usd within 1e15).
// Other first bytes map onto these modes by value modulo 2.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstddef>
#include <cstdint>
#include <iterator>
#include <limits>
#include <string>
#include <string_view>

#include "blastradius/audit_log.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

void CheckOneAsciiLine(const std::string& line) {
  for (char c : line) {
    const auto u = static_cast<unsigned char>(c);
    if (u < 0x20 || u >= 0x7f)
      Fail("audit line holds a byte outside printable ASCII: " + Printable(line));
  }
}

void ParseArbitrary(std::string_view bytes) {
  StatusOr<AuditRecord> parsed = ParseAuditLine(bytes, "fuzz:1");
  if (!parsed.ok()) return;
  const std::string line = AuditRecordToLine(*parsed);
  CheckOneAsciiLine(line);
  StatusOr<AuditRecord> again = ParseAuditLine(line, "fuzz:2");
  Check(again.ok(), "a re-rendered record does not parse: " + again.status().ToString());
  Check(AuditRecordToLine(*again) == line,
        "rendering is not a fixed point after one round trip: " + Printable(line));
}

void RenderBuilt(FuzzedDataProvider& in) {
  AuditRecord r;
  bool valid = true;
  const auto text = [&] {
    std::string s = in.ConsumeRandomLengthString(256);
    valid = valid && IsValidUtf8(s);
    return s;
  };
  r.run_id = text();
  r.step_number = in.ConsumeIntegral<int64_t>();
  r.tool_name = text();
  const std::string key = text();
  r.tool_inputs = {{key, text()}, {"n", in.ConsumeIntegral<int64_t>()}};
  r.tool_outputs = text();
  r.risk_tier = in.ConsumeIntegralInRange<int>(-1, 3);
  r.duration_ms = in.ConsumeIntegral<int64_t>();
  r.tokens_used = in.ConsumeIntegral<int64_t>();
  if (in.ConsumeBool()) r.budget_remaining.steps = in.ConsumeIntegral<int64_t>();
  if (in.ConsumeBool()) r.budget_remaining.calls = in.ConsumeIntegral<int64_t>();
  if (in.ConsumeBool()) r.budget_remaining.ms = in.ConsumeIntegral<int64_t>();
  // Within the parser's usd range (|usd| <= 1e15 dollars).
  if (in.ConsumeBool()) {
    r.budget_remaining.micros_usd =
        in.ConsumeIntegralInRange<int64_t>(-1'000'000'000'000'000, 1'000'000'000'000'000);
  }
  r.ts_ms = in.ConsumeIntegral<int64_t>();
  r.decision = kAllDecisions[in.ConsumeIntegralInRange<size_t>(0, std::size(kAllDecisions) - 1)];
  r.reason = text();
  r.attempt =
      in.ConsumeIntegralInRange<int>(0, std::numeric_limits<int>::max());  // as guards write it
  r.outcome = text();
  r.call_id = text();
  if (in.ConsumeBool()) {
    Finding f;
    f.pattern_id = text();
    f.pack = text();
    f.description = text();
    f.begin = in.ConsumeIntegralInRange<size_t>(0, 1 << 20);
    f.end = f.begin + in.ConsumeIntegralInRange<size_t>(0, 1 << 20);
    r.findings.push_back(f);
  }
  const std::string line = AuditRecordToLine(r);
  CheckOneAsciiLine(line);
  StatusOr<AuditRecord> back = ParseAuditLine(line, "fuzz:1");
  Check(back.ok(),
        "a rendered record does not parse: " + back.status().ToString() + "\n" + Printable(line));
  if (valid) {
    const std::string dumped =
        AuditRecordToJson(r).dump(-1, ' ', /*ensure_ascii=*/true, Json::error_handler_t::replace);
    Check(line == dumped,
          "renderer and JSON dump differ:\n  " + Printable(line) + "\n  " + Printable(dumped));
  }
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  const std::string_view rest(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (data[0] % 2 == 0) {
    blastradius::fuzz::ParseArbitrary(rest);
  } else {
    FuzzedDataProvider in(data + 1, size - 1);
    blastradius::fuzz::RenderBuilt(in);
  }
  return 0;
}
