// Fuzzes the chaos scenario loader (the files users write for `blastradius check`) with
// arbitrary text. Properties: no crash; loading is deterministic; a rejected scenario's error
// names its file; an accepted one holds what the loader promises: a name, known failure modes,
// checklist items, outcomes and invariants, at least one seed, faults and approvals that name
// tools of its manifest, and tier/role references resolved to tool names.
//
// The text is loaded as if it were kOrigin, a file in a folder that does not exist, so a
// scenario that refers to manifest or policy files is rejected (deterministically); the seeds
// carry their manifest and policy inline.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "chaos_scenarios/scenario.h"
#include "fuzz_support.h"

namespace blastradius::fuzz {
namespace {

constexpr char kOrigin[] = "/nonexistent-blastradius-fuzz/scenario.json";

bool Known(const std::vector<std::string>& names, const std::string& name) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

void CheckAllKnown(const std::vector<std::string>& got, const std::vector<std::string>& known,
                   const std::string& what) {
  for (const std::string& name : got) {
    Check(Known(known, name), "accepted unknown " + what + " \"" + name + "\"");
  }
}

void CheckAccepted(const chaos::Scenario& s) {
  Check(!s.name.empty(), "an accepted scenario has no name");
  Check(s.file == kOrigin, "the scenario does not remember its file");
  Check(!s.seeds.empty(), "an accepted scenario has no seed");
  CheckAllKnown(s.failure_modes, chaos::FailureModes(), "failure mode");
  CheckAllKnown(s.checklist, chaos::ChecklistIds(), "checklist item");
  CheckAllKnown(s.expect_invariants, chaos::InvariantNames(), "invariant");
  if (s.expect_outcome) {
    Check(Known(chaos::Outcomes(), *s.expect_outcome),
          "accepted unknown outcome \"" + *s.expect_outcome + "\"");
  }
  for (const fakes::FaultSpec& fault : s.faults) {
    Check(s.manifest.Find(fault.tool) != nullptr,
          "a fault names tool \"" + fault.tool + "\" that the manifest lacks");
  }
  for (const std::string& tool : s.approver.tools) {
    Check(s.manifest.Find(tool) != nullptr,
          "the approver names tool \"" + tool + "\" that the manifest lacks");
  }
  for (const fakes::PlanStep& step : s.agent.plan) {
    Check(step.tool.empty() || step.tool[0] != '@', "role " + step.tool + " left unresolved");
  }
}

}  // namespace
}  // namespace blastradius::fuzz

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  using blastradius::fuzz::Check;
  using blastradius::fuzz::kOrigin;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  blastradius::chaos::LoadError error, again_error;
  const auto scenario = blastradius::chaos::LoadScenarioText(text, kOrigin, {}, &error);
  const auto again = blastradius::chaos::LoadScenarioText(text, kOrigin, {}, &again_error);
  Check(scenario.has_value() == again.has_value() && error.status == again_error.status,
        "LoadScenarioText is not deterministic");
  if (!scenario) {
    Check(!error.not_applicable, "not_applicable without a --tools override");
    Check(error.status.message().find(kOrigin) != std::string::npos,
          "error does not name the file: " + error.status.ToString());
    return 0;
  }
  blastradius::fuzz::CheckAccepted(*scenario);
  return 0;
}
