// The install consumer: sanitizes each argument with the default detector (the bundled pattern
// packs and learned model, both inside the installed library) and prints one line per argument,
// "<action> <finding ids>", e.g. "quarantined override.ignore_previous". Exit 1 if the detector
// cannot be built.
#include <cstdio>
#include <memory>
#include <string>

#include "all_headers.h"

int main(int argc, char** argv) {
  using blastradius::Env;
  auto detector = blastradius::CreateDefaultDetector(Env::Default(), {});
  if (!detector.ok()) {
    std::fprintf(stderr, "consumer: %s\n", detector.status().ToString().c_str());
    return 1;
  }
  blastradius::Sanitizer sanitizer(blastradius::SanitizerOptions{}, *detector);
  for (int i = 1; i < argc; ++i) {
    blastradius::SanitizedOutput out = sanitizer.Sanitize(argv[i], Env::Default());
    std::string line(blastradius::SanitizedActionName(out.action));
    for (const blastradius::Finding& f : out.findings) line += " " + f.pattern_id;
    std::printf("%s\n", line.c_str());
  }
  return 0;
}
