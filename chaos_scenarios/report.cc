#include "chaos_scenarios/report.h"

#include <sstream>

#include "chaos_scenarios/evidence.h"
#include "chaos_scenarios/run.h"

namespace blastradius::chaos {
namespace {

constexpr size_t kTraceTail = 14;

std::string XmlEscape(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&apos;";
        break;
      default:
        if (c < 0x20 && c != '\n' && c != '\t') {
          out += ' ';  // not allowed in XML 1.0
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out;
}

std::string Status(const ItemResult& item) {
  if (!item.evaluated) return "skip";
  return item.pass ? "pass" : "fail";
}

// What the scenario's seeds showed (evidence.h), in the report's words.
Json ShownFacts(const ScenarioResult& sr) {
  Json out = Json::array();
  for (size_t f = 0; f < kFactCount; ++f) {
    if (sr.facts[f]) out.push_back(std::string(FactText(static_cast<Fact>(f))));
  }
  return out;
}

}  // namespace

std::string ReplayCommand(const std::string& file, uint64_t seed, const std::string& extra) {
  return "blastradius run " + file + " --seed " + std::to_string(seed) + " --trace" + extra;
}

void PrintFailures(const ChecklistReport& report, const std::string& extra, std::ostream& out) {
  for (const ScenarioResult& sr : report.scenarios) {
    if (sr.passed()) continue;
    out << "FAILED scenario " << sr.scenario.name << " (" << sr.scenario.file
        << "): " << sr.failed.size() << " of " << sr.seeds_run << " seeds failed\n";
    if (!sr.error.empty()) out << "  " << sr.error << "\n";
    for (size_t i = 0; i < sr.failed.size() && i < 3; ++i) {
      const SeedResult& f = sr.failed[i];
      out << "  seed " << f.seed << ":\n";
      for (const std::string& why : f.failures) out << "    - " << why << "\n";
      if (!f.history.order.empty()) {
        std::vector<std::string> trace = ReadableTrace(sr.scenario, f.history);
        out << "    trace (last events):\n";
        const size_t from = trace.size() > kTraceTail ? trace.size() - kTraceTail : 0;
        for (size_t k = from; k < trace.size(); ++k) out << "      " << trace[k] << "\n";
      }
      out << "    replay: " << ReplayCommand(sr.scenario.file, f.seed, extra) << "\n";
    }
  }
  for (const std::string& s : report.skipped) out << "SKIPPED " << s << "\n";
}

void PrintTable(const ChecklistReport& report, std::ostream& out) {
  int passed = 0;
  out << "Deployment checklist\n";
  out << "  status  item                   evidence\n";
  for (const ItemResult& item : report.items) {
    passed += item.pass && item.evaluated;
    std::string id = item.id;
    id.resize(22, ' ');
    std::string status = Status(item) == "pass" ? "PASS" : Status(item) == "fail" ? "FAIL" : "----";
    out << "  " << status << "    " << id << " "
        << (item.evidence.empty() ? std::string("-") : item.evidence[0]) << "\n";
    for (size_t i = 1; i < item.evidence.size(); ++i) {
      out << "                                 " << item.evidence[i] << "\n";
    }
  }
  int seeds = 0, scenarios_passed = 0;
  for (const ScenarioResult& sr : report.scenarios) {
    seeds += sr.seeds_run;
    scenarios_passed += sr.passed();
  }
  out << passed << "/" << report.items.size() << " items pass; " << scenarios_passed << "/"
      << report.scenarios.size() << " scenarios passed over " << seeds << " seeds";
  if (!report.skipped.empty()) out << "; " << report.skipped.size() << " skipped";
  out << "; exit " << report.exit_code << "\n";
}

Json ReportJson(const ChecklistReport& report, const std::string& extra) {
  Json j;
  j["checklist"] = Json::array();
  for (const ItemResult& item : report.items) {
    j["checklist"].push_back(
        {{"id", item.id}, {"status", Status(item)}, {"evidence", item.evidence}});
  }
  j["scenarios"] = Json::array();
  for (const ScenarioResult& sr : report.scenarios) {
    Json failed = Json::array();
    Json failures = Json::array();
    for (const SeedResult& f : sr.failed) {
      failed.push_back(f.seed);
      failures.push_back({{"seed", f.seed},
                          {"outcome", f.outcome},
                          {"reasons", f.failures},
                          {"replay", ReplayCommand(sr.scenario.file, f.seed, extra)}});
    }
    j["scenarios"].push_back({{"scenario", sr.scenario.name},
                              {"file", sr.scenario.file},
                              {"description", sr.scenario.description},
                              {"failure_modes", sr.scenario.failure_modes},
                              {"checklist", sr.scenario.checklist},
                              {"seeds", sr.seeds_run},
                              {"passed", sr.passed()},
                              {"seeds_passed", sr.seeds_passed},
                              {"failed_seeds", failed},
                              {"failures", failures},
                              {"evidence", ShownFacts(sr)},
                              {"error", sr.error}});
  }
  j["skipped"] = report.skipped;
  j["lint"] = Json::array();
  for (const LintReport& l : report.lints) {
    Json items = Json::object();
    for (const auto& [id, il] : l.items) {
      if (il.evaluated) items[id] = {{"ok", il.ok}, {"evidence", il.evidence}};
    }
    j["lint"].push_back({{"tools", l.tools_origin},
                         {"policy", l.policy_origin},
                         {"items", items},
                         {"warnings", l.warnings}});
  }
  j["explain"] = Json::array();
  for (const ExplainReport& e : report.explains) {
    j["explain"].push_back({{"policy", e.policy_origin}, {"lines", e.lines}});
  }
  j["exit_code"] = report.exit_code;
  return j;
}

std::string JUnitXml(const ChecklistReport& report, const std::string& extra) {
  int item_failures = 0, scenario_failures = 0, skipped_items = 0;
  for (const ItemResult& i : report.items) {
    item_failures += i.evaluated && !i.pass;
    skipped_items += !i.evaluated;
  }
  for (const ScenarioResult& sr : report.scenarios) scenario_failures += !sr.passed();
  std::ostringstream x;
  x << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  x << "<testsuites name=\"blastradius\" tests=\""
    << report.items.size() + report.scenarios.size() + report.skipped.size() << "\" failures=\""
    << item_failures + scenario_failures << "\" errors=\"0\">\n";
  x << "  <testsuite name=\"checklist\" tests=\"" << report.items.size() << "\" failures=\""
    << item_failures << "\" errors=\"0\" skipped=\"" << skipped_items << "\">\n";
  for (const ItemResult& i : report.items) {
    std::string evidence;
    for (const std::string& e : i.evidence) evidence += e + "\n";
    x << "    <testcase classname=\"blastradius.checklist\" name=\"" << XmlEscape(i.id) << "\">\n";
    if (!i.evaluated) {
      x << "      <skipped message=\"not checked by lint\"/>\n";
    } else if (!i.pass) {
      x << "      <failure message=\"" << XmlEscape(i.id + " failed") << "\" type=\"checklist\">"
        << XmlEscape(evidence) << "</failure>\n";
    }
    x << "      <system-out>" << XmlEscape(evidence) << "</system-out>\n";
    x << "    </testcase>\n";
  }
  x << "  </testsuite>\n";
  x << "  <testsuite name=\"scenarios\" tests=\"" << report.scenarios.size() + report.skipped.size()
    << "\" failures=\"" << scenario_failures << "\" errors=\"0\" skipped=\""
    << report.skipped.size() << "\">\n";
  for (const ScenarioResult& sr : report.scenarios) {
    x << "    <testcase classname=\"blastradius.scenarios\" name=\"" << XmlEscape(sr.scenario.name)
      << "\" file=\"" << XmlEscape(sr.scenario.file) << "\">\n";
    if (!sr.passed()) {
      std::string body = sr.error.empty() ? "" : sr.error + "\n";
      for (const SeedResult& f : sr.failed) {
        body += "seed " + std::to_string(f.seed) + ":\n";
        for (const std::string& why : f.failures) body += "  - " + why + "\n";
        body += "  replay: " + ReplayCommand(sr.scenario.file, f.seed, extra) + "\n";
      }
      x << "      <failure message=\"" << sr.failed.size() << " of " << sr.seeds_run
        << " seeds failed\" type=\"scenario\">" << XmlEscape(body) << "</failure>\n";
    }
    x << "      <system-out>"
      << XmlEscape(sr.scenario.description + "\n" + std::to_string(sr.seeds_passed) + "/" +
                   std::to_string(sr.seeds_run) + " seeds passed")
      << "</system-out>\n";
    x << "    </testcase>\n";
  }
  for (const std::string& s : report.skipped) {
    x << "    <testcase classname=\"blastradius.scenarios\" name=\"" << XmlEscape(s)
      << "\">\n      <skipped message=\"not applicable to this manifest\"/>\n    </testcase>\n";
  }
  x << "  </testsuite>\n</testsuites>\n";
  return x.str();
}

}  // namespace blastradius::chaos
