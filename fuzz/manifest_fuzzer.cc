// Fuzzes the tool manifest parser (tools.json) with arbitrary text. Properties: no crash; a
// rejected manifest's error names its origin; an accepted one keeps the documented invariants
// (unique names, tiers 0-3, compensations that name listed tools, costs >= 0, Find agrees with
// tools(), the rollback_ready gaps are exactly tier-1/2 tools without compensation that are not
// compensations themselves); parsing is deterministic.
#include <cstddef>
#include <cstdint>
#include <set>
#include <string>
#include <string_view>

#include "blastradius/manifest.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

constexpr char kOrigin[] = "fuzz/tools.json";

void CheckTool(const Manifest& manifest, const ToolSpec& tool) {
  Check(!tool.name.empty(), "an accepted tool has no name");
  Check(manifest.Find(tool.name) == &tool, "Find(\"" + tool.name + "\") is not its spec");
  const int tier = static_cast<int>(tool.tier);
  Check(tier >= 0 && tier <= 3, "tool " + tool.name + " has tier " + std::to_string(tier));
  Check(tool.cost_micros >= 0, "tool " + tool.name + " has a negative cost");
  if (tool.compensation) {
    Check(manifest.Find(*tool.compensation) != nullptr,
          "tool " + tool.name + " names unknown compensation " + *tool.compensation);
    Check(manifest.IsCompensation(*tool.compensation), "IsCompensation disagrees");
  }
}

std::set<std::string> ExpectedMissingCompensation(const Manifest& manifest) {
  std::set<std::string> missing;
  for (const ToolSpec& tool : manifest.tools()) {
    const bool tier12 = tool.tier == Tier::kReversible || tool.tier == Tier::kConsequential;
    if (tier12 && !tool.compensation && !manifest.IsCompensation(tool.name)) {
      missing.insert(tool.name);
    }
  }
  return missing;
}

void CheckAccepted(const Manifest& manifest) {
  std::set<std::string> names;
  for (const ToolSpec& tool : manifest.tools()) {
    Check(names.insert(tool.name).second, "duplicate tool name " + tool.name + " accepted");
    CheckTool(manifest, tool);
  }
  const std::vector<std::string> gaps = manifest.ToolsMissingCompensation();
  Check(std::set<std::string>(gaps.begin(), gaps.end()) == ExpectedMissingCompensation(manifest),
        "ToolsMissingCompensation disagrees with the rollback_ready rule");
  Check(manifest.Find("\x01 no such tool") == nullptr, "Find invents a tool");
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using blastradius::fuzz::Check;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const blastradius::StatusOr<blastradius::Manifest> manifest =
      blastradius::Manifest::Parse(text, blastradius::fuzz::kOrigin);
  const blastradius::StatusOr<blastradius::Manifest> again =
      blastradius::Manifest::Parse(text, blastradius::fuzz::kOrigin);
  Check(manifest.ok() == again.ok() && manifest.status() == again.status(),
        "Manifest::Parse is not deterministic");
  if (!manifest.ok()) {
    Check(manifest.status().message().find(blastradius::fuzz::kOrigin) != std::string::npos,
          "error does not name the file: " + manifest.status().ToString());
    return 0;
  }
  blastradius::fuzz::CheckAccepted(*manifest);
  return 0;
}
