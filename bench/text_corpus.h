// Inputs the benchmarks feed the sanitizer and the guard: deterministic tool-output-like text of
// an exact byte size, ASCII or mixed-script, clean or carrying injected instructions, and a
// generated pattern pack of plausible injection patterns. Plain functions, thread-safe.
#ifndef BLASTRADIUS_BENCH_TEXT_CORPUS_H_
#define BLASTRADIUS_BENCH_TEXT_CORPUS_H_

#include <string>
#include <vector>

#include "blastradius/sanitizer.h"

namespace blastradius::bench {

struct TextKind {
  std::string name;  // "ascii_clean", "ascii_attack", "mixed_clean", "mixed_attack"
  bool mixed_script = false;
  bool attack = false;
};
const std::vector<TextKind>& AllTextKinds();

// Exactly `bytes` bytes of valid UTF-8 (cut on a character boundary, padded with spaces).
// Attack-bearing text holds an injected instruction about every 2 KiB, and at least one.
std::string MakeText(const TextKind& kind, size_t bytes);

// `count` distinct patterns (RE2 syntax that std::regex also accepts), "verb ... object" shapes
// such as "disregard (all|the|...) safety rules". REQUIRES: count <= 400.
PatternPack GeneratedPack(int count);

}  // namespace blastradius::bench

#endif  // BLASTRADIUS_BENCH_TEXT_CORPUS_H_
