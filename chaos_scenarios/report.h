// Reports of a checklist run: the human table (stdout), the JSON report (--json, schema in
// schemas/report.schema.json, documented in docs/formats/report.md) and JUnit XML (--junit)
// that CI systems read. Pure functions of a ChecklistReport.
#ifndef BLASTRADIUS_CHAOS_REPORT_H_
#define BLASTRADIUS_CHAOS_REPORT_H_

#include <ostream>
#include <string>

#include "blastradius/json_reader.h"
#include "chaos_scenarios/checklist.h"

namespace blastradius::chaos {

// How to replay a seed: `blastradius run FILE --seed N --trace` plus the --tools/--policy
// arguments the check ran with.
std::string ReplayCommand(const std::string& file, uint64_t seed, const std::string& extra_args);

// Failing seeds (evidence, a readable trace tail, the replay command), then skipped scenarios.
void PrintFailures(const ChecklistReport& report, const std::string& extra_args, std::ostream& out);
// One row per checklist item: PASS/FAIL and the evidence.
void PrintTable(const ChecklistReport& report, std::ostream& out);

Json ReportJson(const ChecklistReport& report, const std::string& extra_args);
std::string JUnitXml(const ChecklistReport& report, const std::string& extra_args);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_REPORT_H_
