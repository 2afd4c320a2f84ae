// SARIF 2.1.0 output of a checklist run (`check --sarif F`), as GitHub code scanning reads it:
// one rule per checklist item plus `scenario_failed`, one result per failing item and per failed
// scenario, each located in the scenario, policy or manifest file it is about (with the line of
// the relevant key where one is found) and carrying a partialFingerprints entry that is stable
// across runs. Validated in a test against schemas/sarif-2.1.0-subset.schema.json.
// Pure function of a ChecklistReport (it reads the named files to find lines).
#ifndef BLASTRADIUS_CHAOS_SARIF_H_
#define BLASTRADIUS_CHAOS_SARIF_H_

#include "blastradius/json_reader.h"
#include "chaos_scenarios/checklist.h"

namespace blastradius::chaos {

Json SarifLog(const ChecklistReport& report, const std::string& extra_args);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_SARIF_H_
