// Sanitizer throughput against the naive baseline, in one binary and one run.
//
//   sanitizer/blastradius/<text>/<patterns>/<bytes>   Sanitizer::Sanitize (repair, clean,
//                                                      normalize, RE2::Set scans, frame)
//   sanitizer/naive_regex/<text>/<patterns>/<bytes>   one std::regex (icase) per pattern, each
//                                                      searched separately over the raw text,
//                                                      then wrapped: the published reference
//
//   sanitizer/corpus/dev                               Sanitize over every text of the development
//                                                      corpus in turn (mixed scripts, obfuscations,
//                                                      markup), after one untimed pass
//   sanitizer/corpus/dev_first_pass                    the same, first pass after Create
//   sanitizer/normalize/corpus/dev                     Normalize alone over every text of the
//                                                      development corpus (all of them, where
//                                                      Sanitize normalizes only those that need it)
//   sanitizer/normalize/corpus/dev_reference           the same with detail::NormalizeReference,
//                                                      the first implementation it must equal
//   sanitizer/cold/create                              PatternDetector::Create, bundled packs
//                                                      (packs already loaded): what eager DFA
//                                                      construction costs
//   sanitizer/cold/first_call/<text>                   the first Sanitize of 4 KiB after Create
//   sanitizer/cold/first_100_calls/<text>              the first 100 calls after Create, in total
//   sanitizer/cold/first_call_unseen/dev_<n>           the same first call on 4 KiB of consecutive
//                                                      development-corpus texts from the n-th on
//   sanitizer/cold/first_call_unseen/<text>_shifted    ... on the second 4 KiB of an 8 KiB <text>
//                                                      (the same sentences, in another order)
// The unseen rows check that the warm-up at Create is not fitted to the generated text.
//
//   sanitizer/blastradius/<text>/default_packs_learned/4096
//                                                      Sanitize with the detector the guard loads
//                                                      by default (sanitizer.learned_stage): the
//                                                      bundled packs, then the learned stage on
//                                                      what they pass (CreateDefaultDetector)
//   sanitizer/corpus/dev_learned                       sanitizer/corpus/dev with that detector
//
//   learned/scan/corpus/dev                            LearnedDetector::Scan (bundled model) over
//                                                      every development-corpus text: the cue
//                                                      gate, normalisation, features, scoring, and
//                                                      the explanation of each text that fires
//   learned/scan/english_email_you/4096                the same on 4 KiB of benign e-mail prose
//                                                      that holds "you" (the gate lets it through)
//   learned/applies/ascii_clean/4096                   LearnedStageApplies alone on 4 KiB of
//                                                      ascii_clean text, which holds no cue
//
// <text> is ascii_clean, ascii_attack, mixed_clean or mixed_attack; <patterns> is default_packs
// (the bundled packs) or generated_200 (200 plausible patterns built below); <bytes> runs from
// 256 B to 64 KiB. Both sides read the same inputs. max_output_bytes is raised to 1 MiB so that
// no input is truncated: every byte counted is a byte scanned.
#include <benchmark/benchmark.h>
#include <pthread.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <regex>
#include <string>
#include <utility>
#include <vector>

#include "bench_env.h"
#include "blastradius/learned_detector.h"
#include "blastradius/sanitizer.h"
#include "normalizer.h"  // internal: safety_core/src
#include "text_corpus.h"

namespace blastradius::bench {
namespace {

constexpr int64_t kMaxOutputBytes = 1 << 20;
const int kSizes[] = {256, 1024, 4096, 16384, 65536};

// The naive reference: a list of (id, std::regex icase), each searched on its own, every
// match logged, the output wrapped in a fixed marker.
class NaiveRegexDetector {
 public:
  // Patterns std::regex cannot compile (RE2-only syntax) are skipped and counted.
  explicit NaiveRegexDetector(const std::vector<Pattern>& patterns) {
    for (const Pattern& p : patterns) {
      try {
        regexes_.emplace_back(p.id, std::regex(StripInlineFlags(p.regex), std::regex::icase));
      } catch (const std::regex_error&) {
        ++skipped_;
      }
    }
  }
  std::string SanitizeAndWrap(const std::string& text, std::vector<std::string>* hits) const {
    for (const auto& [id, re] : regexes_) {
      if (std::regex_search(text, re)) hits->push_back(id);
    }
    return "<tool_output>\n" + text + "\n</tool_output>";
  }
  size_t compiled() const { return regexes_.size(); }
  size_t skipped() const { return skipped_; }

 private:
  // std::regex has no inline flags; the baseline is case-insensitive anyway.
  static std::string StripInlineFlags(std::string re) {
    while (re.size() >= 4 && re.compare(0, 2, "(?") == 0 && re.find(')') != std::string::npos &&
           re.find(')') <= 5 && re.find(':') > re.find(')')) {
      re.erase(0, re.find(')') + 1);
    }
    return re;
  }
  std::vector<std::pair<std::string, std::regex>> regexes_;
  size_t skipped_ = 0;
};

struct PatternSet {
  std::string name;
  std::vector<Pattern> patterns;
  std::unique_ptr<Sanitizer> sanitizer;
  std::unique_ptr<NaiveRegexDetector> naive;
};

// A sanitizer over `detector`, configured as every row here measures it.
std::unique_ptr<Sanitizer> BenchSanitizer(std::shared_ptr<const Detector> detector) {
  SanitizerOptions options;
  options.max_output_bytes = kMaxOutputBytes;
  return std::make_unique<Sanitizer>(options, std::move(detector));
}

std::unique_ptr<PatternSet> MakePatternSet(std::string name, std::vector<PatternPack> packs) {
  auto set = std::make_unique<PatternSet>();
  set->name = std::move(name);
  for (const PatternPack& pack : packs) {
    set->patterns.insert(set->patterns.end(), pack.patterns.begin(), pack.patterns.end());
  }
  StatusOr<std::unique_ptr<PatternDetector>> detector = PatternDetector::Create(std::move(packs));
  if (!detector.ok()) {
    std::fprintf(stderr, "pattern set %s: %s\n", set->name.c_str(),
                 detector.status().ToString().c_str());
    return nullptr;
  }
  set->sanitizer = BenchSanitizer(std::move(*detector));
  set->naive = std::make_unique<NaiveRegexDetector>(set->patterns);
  return set;
}

void BM_Sanitizer(benchmark::State& state, const PatternSet* set, const std::string* input) {
  uint64_t nonce = 0x5eed;
  size_t findings = 0;
  for (auto _ : state) {
    SanitizedOutput out = set->sanitizer->Sanitize(*input, ++nonce);
    findings = out.findings.size();
    benchmark::DoNotOptimize(out.framed.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input->size()));
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["patterns"] = static_cast<double>(set->patterns.size());
}

void BM_NaiveRegex(benchmark::State& state, const PatternSet* set, const std::string* input) {
  size_t findings = 0;
  for (auto _ : state) {
    std::vector<std::string> hits;
    std::string wrapped = set->naive->SanitizeAndWrap(*input, &hits);
    findings = hits.size();
    benchmark::DoNotOptimize(wrapped.data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * input->size()));
  state.counters["findings"] = static_cast<double>(findings);
  state.counters["patterns"] = static_cast<double>(set->naive->compiled());
  state.counters["patterns_skipped"] = static_cast<double>(set->naive->skipped());
}

// A sanitizer over the bundled packs, built from already loaded packs.
std::unique_ptr<Sanitizer> MakeBundledSanitizer(std::vector<PatternPack> packs) {
  StatusOr<std::unique_ptr<PatternDetector>> detector = PatternDetector::Create(std::move(packs));
  if (!detector.ok()) return nullptr;
  return BenchSanitizer(std::move(*detector));
}

void BM_Create(benchmark::State& state, const std::vector<PatternPack>* packs) {
  for (auto _ : state) {
    state.PauseTiming();
    std::vector<PatternPack> copy = *packs;
    state.ResumeTiming();
    StatusOr<std::unique_ptr<PatternDetector>> detector = PatternDetector::Create(std::move(copy));
    benchmark::DoNotOptimize(detector.ok());
  }
}

// The first `calls` Sanitize calls on `input` after a fresh Create (Create not timed).
void BM_ColdCalls(benchmark::State& state, const std::vector<PatternPack>* packs,
                  const std::string* input, int calls) {
  for (auto _ : state) {
    state.PauseTiming();
    std::unique_ptr<Sanitizer> sanitizer = MakeBundledSanitizer(*packs);
    state.ResumeTiming();
    for (int i = 0; i < calls; ++i) {
      SanitizedOutput out = sanitizer->Sanitize(*input, static_cast<uint64_t>(i));
      benchmark::DoNotOptimize(out.framed.data());
    }
    state.PauseTiming();
    sanitizer.reset();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * calls * input->size()));
}

// One pass over `texts`; returns how many were flagged.
size_t SanitizeAll(const Sanitizer& sanitizer, const std::vector<std::string>& texts,
                   uint64_t* nonce) {
  size_t flagged = 0;
  for (const std::string& text : texts) {
    SanitizedOutput out = sanitizer.Sanitize(text, ++*nonce);
    flagged += out.findings.empty() ? 0 : 1;
    benchmark::DoNotOptimize(out.framed.data());
  }
  return flagged;
}

// Steady state: one untimed pass first, then timed passes with the same sanitizer.
// With `fresh`, each iteration instead times the first pass of a newly created sanitizer.
void BM_Corpus(benchmark::State& state, const PatternSet* set,
               const std::vector<PatternPack>* packs, const std::vector<std::string>* texts,
               bool fresh) {
  size_t bytes = 0, flagged = 0;
  for (const std::string& text : *texts) bytes += text.size();
  uint64_t nonce = 0;
  if (!fresh) SanitizeAll(*set->sanitizer, *texts, &nonce);
  for (auto _ : state) {
    if (!fresh) {
      flagged = SanitizeAll(*set->sanitizer, *texts, &nonce);
      continue;
    }
    state.PauseTiming();
    std::unique_ptr<Sanitizer> sanitizer = MakeBundledSanitizer(*packs);
    state.ResumeTiming();
    flagged = SanitizeAll(*sanitizer, *texts, &nonce);
    state.PauseTiming();
    sanitizer.reset();
    state.ResumeTiming();
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["texts"] = static_cast<double>(texts->size());
  state.counters["flagged"] = static_cast<double>(flagged);
}

// Normalize (or, with `reference`, detail::NormalizeReference) over every text of `texts`.
void BM_NormalizeCorpus(benchmark::State& state, const std::vector<std::string>* texts,
                        bool reference) {
  size_t bytes = 0;
  for (const std::string& text : *texts) bytes += text.size();
  for (auto _ : state) {
    for (const std::string& text : *texts) {
      NormalizedText n = reference ? detail::NormalizeReference(text) : Normalize(text);
      benchmark::DoNotOptimize(n.text.data());
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// Exactly `bytes` bytes of `text` from byte `from` on: cut back to a UTF-8 character boundary
// and padded with spaces.
std::string Slice(const std::string& text, size_t from, size_t bytes) {
  while (from < text.size() && (static_cast<unsigned char>(text[from]) & 0xC0) == 0x80) ++from;
  std::string out = text.substr(std::min(from, text.size()), bytes);
  size_t end = out.size();
  if (end == bytes && from + end < text.size()) {
    while (end > 0 && (static_cast<unsigned char>(text[from + end]) & 0xC0) == 0x80) --end;
  }
  out.resize(end);
  out.resize(bytes, ' ');
  return out;
}

// Consecutive texts of `texts` from the `first`-th on, one per line, as exactly `bytes` bytes.
std::string JoinedTexts(const std::vector<std::string>& texts, size_t first, size_t bytes) {
  std::string joined;
  for (size_t i = first; i < texts.size() && joined.size() < bytes; ++i) joined += texts[i] + "\n";
  return Slice(joined, 0, bytes);
}

// Every "text" of the development corpus, in file order; empty if the file is missing.
std::vector<std::string> DevCorpusTexts() {
  std::ifstream in(std::string(BLASTRADIUS_SOURCE_DIR) + "/data/injection_corpus/corpus.jsonl");
  std::vector<std::string> texts;
  for (std::string line; std::getline(in, line);) {
    nlohmann::json doc = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
    if (doc.is_object() && doc.contains("text") && doc["text"].is_string()) {
      texts.push_back(doc["text"].get<std::string>());
    }
  }
  return texts;
}

// Benign e-mail prose addressed to its reader ("you"), exactly `bytes` bytes, with few repeated
// sentences under 4 KiB: the kind of text the learned stage's cue gate lets through.
std::string EnglishEmailWithYou(size_t bytes) {
  static const char* const kSentences[] = {
      "Hi Dana, thank you for sending the draft over on Friday afternoon. ",
      "I went through the budget section last night and left a few comments in the margin. ",
      "Could you check whether the travel costs include the hotel in Lisbon, or only flights? ",
      "The client meeting moved to Thursday at 10:30, which gives us a little more time. ",
      "If you have a minute before then, I would like to walk through the timeline together. ",
      "Marta mentioned that the printer on the third floor is finally working again. ",
      "Your notes on the hiring plan were helpful; Ahmed agreed with most of them. ",
      "We still need numbers for the second quarter before the board pack goes out. ",
      "Do you know who owns the vendor contract for the cleaning service? ",
      "The renewal is due in March and nobody has looked at the price increase yet. ",
      "I attached last year's summary so you can compare the two versions side by side. ",
      "On a different note, the team lunch is moving to the Italian place near the station. ",
      "Please bring your laptop charger; the meeting room has only two spare ones. ",
      "Sarah will join remotely from Dublin, so we should test the video link early. ",
      "Let me know what works for you, and I will send a calendar invite this afternoon. ",
      "Thanks again for covering the support queue while I was away last week. ",
      "The customer from Rotterdam wrote back and seems happy with the replacement part. ",
      "Their warehouse manager asked whether we could deliver on Saturdays during December. ",
      "I told him we would check with logistics and reply by the end of the week. ",
      "If you think we should offer a discount instead, tell me before I answer him. ",
      "Best regards, Tom. ",
  };
  std::string out;
  for (size_t i = 0; out.size() < bytes; ++i) out += kSentences[i % std::size(kSentences)];
  return Slice(out, 0, bytes);
}

// LearnedDetector::Scan over each of `texts` in turn.
void BM_LearnedScan(benchmark::State& state, const LearnedDetector* detector,
                    const std::vector<std::string>* texts) {
  size_t bytes = 0, flagged = 0;
  for (const std::string& text : *texts) bytes += text.size();
  std::vector<Finding> findings;
  for (auto _ : state) {
    flagged = 0;
    for (const std::string& text : *texts) {
      findings.clear();
      if (!detector->Scan(text, &findings).ok()) state.SkipWithError("learned stage failed");
      flagged += findings.empty() ? 0 : 1;
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
  state.counters["texts"] = static_cast<double>(texts->size());
  state.counters["flagged"] = static_cast<double>(flagged);
}

void BM_LearnedStageApplies(benchmark::State& state, const std::string* text) {
  bool applies = false;
  for (auto _ : state) {
    benchmark::DoNotOptimize(text->data());
    applies = LearnedStageApplies(*text);
    benchmark::DoNotOptimize(applies);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * text->size()));
  state.counters["applies"] = applies ? 1 : 0;
}

}  // namespace
}  // namespace blastradius::bench

namespace blastradius::bench {
namespace {

int RunAll() {
  StatusOr<std::vector<PatternPack>> bundled = LoadBundledPacks(Env::Default());
  if (!bundled.ok()) {
    std::fprintf(stderr, "bundled packs: %s\n", bundled.status().ToString().c_str());
    return 1;
  }
  static const std::vector<PatternPack> kBundled = *bundled;
  std::vector<std::unique_ptr<PatternSet>> sets;
  sets.push_back(MakePatternSet("default_packs", std::move(*bundled)));
  sets.push_back(MakePatternSet("generated_200", {GeneratedPack(200)}));
  for (const auto& set : sets) {
    if (!set) return 1;
  }

  // The sanitizer as a guard builds it by default: the bundled packs layered with the bundled
  // learned model, which scores what the packs pass. The rows above measure the packs alone.
  StatusOr<std::shared_ptr<const Detector>> layered = CreateDefaultDetector(Env::Default(), {});
  if (!layered.ok()) {
    std::fprintf(stderr, "default detector: %s\n", layered.status().ToString().c_str());
    return 1;
  }
  PatternSet with_learned;
  with_learned.name = "default_packs_learned";
  with_learned.patterns = sets[0]->patterns;
  with_learned.sanitizer = BenchSanitizer(std::move(*layered));

  // Inputs live until the run ends; the benchmarks hold pointers into this list.
  static std::vector<std::unique_ptr<std::string>> inputs;
  for (const TextKind& kind : AllTextKinds()) {
    for (int size : kSizes) {
      inputs.push_back(std::make_unique<std::string>(MakeText(kind, size)));
      const std::string* input = inputs.back().get();
      for (const auto& set : sets) {
        const std::string suffix = "/" + kind.name + "/" + set->name + "/" + std::to_string(size);
        benchmark::RegisterBenchmark(("sanitizer/blastradius" + suffix).c_str(), BM_Sanitizer,
                                     set.get(), input);
        benchmark::RegisterBenchmark(("sanitizer/naive_regex" + suffix).c_str(), BM_NaiveRegex,
                                     set.get(), input);
      }
      if (size == 4096) {
        const std::string name =
            "sanitizer/blastradius/" + kind.name + "/" + with_learned.name + "/4096";
        benchmark::RegisterBenchmark(name.c_str(), BM_Sanitizer, &with_learned, input);
      }
    }
  }
  static const std::vector<std::string> kCorpus = DevCorpusTexts();
  if (!kCorpus.empty()) {
    benchmark::RegisterBenchmark("sanitizer/corpus/dev", BM_Corpus, sets[0].get(), &kBundled,
                                 &kCorpus, false);
    benchmark::RegisterBenchmark("sanitizer/corpus/dev_learned", BM_Corpus, &with_learned,
                                 &kBundled, &kCorpus, false);
    benchmark::RegisterBenchmark("sanitizer/corpus/dev_first_pass", BM_Corpus, sets[0].get(),
                                 &kBundled, &kCorpus, true)
        ->Unit(benchmark::kMillisecond)
        ->Iterations(FixedIterations(3));
    benchmark::RegisterBenchmark("sanitizer/normalize/corpus/dev", BM_NormalizeCorpus, &kCorpus,
                                 false);
    benchmark::RegisterBenchmark("sanitizer/normalize/corpus/dev_reference", BM_NormalizeCorpus,
                                 &kCorpus, true);
  }
  benchmark::RegisterBenchmark("sanitizer/cold/create", BM_Create, &kBundled)
      ->Unit(benchmark::kMillisecond)
      ->Iterations(FixedIterations(10));
  for (const TextKind& kind : AllTextKinds()) {
    inputs.push_back(std::make_unique<std::string>(MakeText(kind, 4096)));
    for (int calls : {1, 100}) {
      const std::string name = std::string("sanitizer/cold/") +
                               (calls == 1 ? "first_call/" : "first_100_calls/") + kind.name;
      // A fixed count: every iteration also pays an untimed Create (0.6-1 s).
      benchmark::RegisterBenchmark(name.c_str(), BM_ColdCalls, &kBundled, inputs.back().get(),
                                   calls)
          ->Unit(benchmark::kMicrosecond)
          ->Iterations(FixedIterations(20));
    }
  }
  // First calls on text the warm-up at Create never walked: development-corpus texts (injections
  // and benign ones, every script) and the generated texts cut elsewhere.
  std::vector<std::pair<std::string, std::string>> unseen;
  for (size_t first : {0, 150, 300, 450, 600}) {
    if (first < kCorpus.size()) {
      unseen.emplace_back("dev_" + std::to_string(first), JoinedTexts(kCorpus, first, 4096));
    }
  }
  for (const TextKind& kind : AllTextKinds()) {
    unseen.emplace_back(kind.name + "_shifted", Slice(MakeText(kind, 8192), 4096, 4096));
  }
  for (auto& [name, text] : unseen) {
    inputs.push_back(std::make_unique<std::string>(std::move(text)));
    benchmark::RegisterBenchmark(("sanitizer/cold/first_call_unseen/" + name).c_str(), BM_ColdCalls,
                                 &kBundled, inputs.back().get(), 1)
        ->Unit(benchmark::kMicrosecond)
        ->Iterations(FixedIterations(20));
  }
  StatusOr<LearnedModel> model = LoadBundledLearnedModel();
  if (!model.ok()) {
    std::fprintf(stderr, "bundled learned model: %s\n", model.status().ToString().c_str());
    return 1;
  }
  static const LearnedDetector kLearned(std::make_shared<const LearnedModel>(std::move(*model)));
  if (!kCorpus.empty()) {
    benchmark::RegisterBenchmark("learned/scan/corpus/dev", BM_LearnedScan, &kLearned, &kCorpus);
  }
  static const std::vector<std::string> kEmail = {EnglishEmailWithYou(4096)};
  benchmark::RegisterBenchmark("learned/scan/english_email_you/4096", BM_LearnedScan, &kLearned,
                               &kEmail);
  inputs.push_back(std::make_unique<std::string>(MakeText(AllTextKinds()[0], 4096)));
  benchmark::RegisterBenchmark("learned/applies/ascii_clean/4096", BM_LearnedStageApplies,
                               inputs.back().get());
  benchmark::RunSpecifiedBenchmarks();
  return 0;
}

// libstdc++'s std::regex matches recursively, one frame per character of an attempt, and
// overflows an 8 MiB stack on 64 KiB inputs with the bundled packs. The baseline is what it is,
// so every benchmark runs on a thread with a 1 GiB stack (reserved, touched only as needed).
void* RunAllThread(void* result) {
  *static_cast<int*>(result) = RunAll();
  return nullptr;
}

}  // namespace
}  // namespace blastradius::bench

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  int result = 1;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, size_t{1} << 30);
  pthread_t thread;
  if (pthread_create(&thread, &attr, blastradius::bench::RunAllThread, &result) != 0) {
    std::fprintf(stderr, "cannot start the benchmark thread\n");
    return 1;
  }
  pthread_join(thread, nullptr);
  benchmark::Shutdown();
  return result;
}
