// pack_literals: makes safety_core/src/pack_literals.inc, the bundled packs' literal analyses
// done ahead of time (pattern_gate.h: PrecomputedLiterals), or checks that a file is current.
#include <re2/filtered_re2.h>

#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/sanitizer.h"
#include "pattern_gate.h"
#include "pattern_matcher.h"
#include "pattern_options.h"

namespace {

constexpr std::string_view kUsage =
    "usage: pack_literals [--check FILE]\n"
    "\n"
    "Analyses every pattern of the bundled packs (safety_core/packs/*.json) as the sanitizer's\n"
    "literal gate does at start-up, and prints the C++ table the library compiles in so that it\n"
    "need not: safety_core/src/pack_literals.inc. The table is stamped with what decides the\n"
    "analyses besides the patterns, including the RE2 library's file name and size; a program\n"
    "that runs another RE2 analyses the patterns itself. With --check, compares FILE with that\n"
    "table instead and exits 1 when it differs (the pack_literals_current test).\n"
    "\n"
    "  cmake --build build --target pack_literals\n"
    "  build/safety_core/pack_literals > safety_core/src/pack_literals.inc\n"
    "\n"
    "Exit codes: 0 printed, or FILE is current; 1 FILE differs; 2 bad usage, a pack that does\n"
    "not load, or an RE2 library that cannot be told apart.\n";

}  // namespace

int main(int argc, char** argv) {
  const std::vector<std::string_view> args(argv + 1, argv + argc);
  std::string check_path;
  if (args.size() == 1 && (args[0] == "--help" || args[0] == "-h")) {
    std::cout << kUsage;
    return 0;
  }
  if (args.size() == 2 && args[0] == "--check") {
    check_path = std::string(args[1]);
  } else if (!args.empty()) {
    std::cerr << kUsage;
    return 2;
  }
  auto packs = blastradius::LoadBundledPacks(blastradius::Env::Default());
  if (!packs.ok()) {
    std::cerr << "pack_literals: " << packs.status().ToString() << "\n";
    return 2;
  }
  if (blastradius::Re2LibraryIdentity().empty()) {
    std::cerr << "pack_literals: cannot tell which RE2 library this program runs (RE2 is not a\n"
                 "shared library here), so the library could never trust a table made now\n";
    return 2;
  }
  const std::string lower_sample = blastradius::LowerGateSample();
  std::vector<std::pair<std::string, blastradius::PatternLiterals>> analyses;
  std::set<std::string> seen;
  for (const blastradius::PatternPack& pack : *packs) {
    for (const blastradius::Pattern& pattern : pack.patterns) {
      if (!seen.insert(pattern.regex).second) continue;
      re2::FilteredRE2 filter(/*min_atom_len=*/1);
      int id = 0;
      if (filter.Add(pattern.regex, blastradius::PatternRegexOptions(), &id) != RE2::NoError) {
        std::cerr << "pack_literals: pack \"" << pack.name << "\" pattern \"" << pattern.id
                  << "\" does not compile under RE2\n";
        return 2;
      }
      analyses.emplace_back(pattern.regex, blastradius::AnalyzeLiterals(&filter, lower_sample));
    }
  }
  const std::string source = blastradius::PrecomputedLiteralsSource(analyses, lower_sample);
  if (check_path.empty()) {
    std::cout << source;
    return std::cout.good() ? 0 : 2;
  }
  std::ifstream in(check_path, std::ios::binary);
  if (!in) {
    std::cerr << "pack_literals: cannot read " << check_path << "\n";
    return 2;
  }
  const std::string current((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (current == source) {
    std::cout << check_path << " is current: " << analyses.size() << " patterns\n";
    return 0;
  }
  // Made under another build of RE2, whose analyses this one repeats exactly: the table is
  // current, and this build ignores it (it cannot know that without analysing every pattern).
  const std::string_view made_under = blastradius::PrecomputedRe2Library();
  if (!made_under.empty() &&
      current == blastradius::PrecomputedLiteralsSource(analyses, lower_sample, made_under)) {
    std::cout << check_path << " is current: " << analyses.size() << " patterns, made under "
              << made_under << "\n"
              << "This build runs " << blastradius::Re2LibraryIdentity()
              << ": it analyses every pattern at start-up instead of\n"
              << "reading the table (the same findings, a slower start). Do not remake the table\n"
              << "for this machine unless every build that uses it runs this RE2.\n";
    return 0;
  }
  std::cerr << check_path << " is not what pack_literals makes from the bundled packs now\n"
            << "(a pack, the gate's sample or the analysis changed; this build runs\n"
            << blastradius::Re2LibraryIdentity() << ", the table names " << made_under
            << "). The library still works:\n"
            << "it analyses at start-up each pattern the table does not answer for. Remake it:\n"
            << "  cmake --build build --target pack_literals\n"
            << "  build/safety_core/pack_literals > " << check_path << "\n";
  return 1;
}
