// LiteralGate (pattern_gate.h): per-pattern clauses derived from RE2's FilteredRE2, and a
// bitmap-filtered scan for their atoms.
#include "pattern_gate.h"

#include <re2/filtered_re2.h>

#include <algorithm>
#include <cstring>
#include <numeric>
#include <tuple>

#include "substring_count.h"
#include "swar.h"

namespace blastradius {
namespace {

uint32_t Load3(const char* p) {
  return static_cast<uint32_t>(static_cast<unsigned char>(p[0])) |
         static_cast<uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(p[2])) << 16;
}

}  // namespace

PatternLiterals AnalyzeLiterals(re2::FilteredRE2* filter_ptr, std::string_view lower_sample) {
  PatternLiterals out;
  if (filter_ptr->NumRegexps() != 1) return out;
  re2::FilteredRE2& filter = *filter_ptr;
  out.analyzed = true;
  std::vector<std::string>& atoms = out.atoms;
  filter.Compile(&atoms);
  if (atoms.empty()) return out;  // no literal at all: the pattern passes every text
  const std::string_view sample = lower_sample;
  // In ASCII text: atoms with a folding rune may be present (so count as present), other
  // non-ASCII atoms never are. ASCII atoms too short or too common in prose to gate on
  // (pattern_gate.h) count as present as well, so that no clause is built on them; the other
  // ASCII atoms are the clauses' candidates.
  std::vector<int> always_present, candidates;
  for (size_t i = 0; i < atoms.size(); ++i) {
    const std::string& atom = atoms[i];
    if (atom.empty() || HasAsciiFoldingRune(atom)) {
      always_present.push_back(static_cast<int>(i));
    } else if (swar::AllAscii(atom)) {
      const bool usable = atom.size() >= LiteralGate::kMinAtomBytes &&
                          CountOccurrences(sample, atom) <= LiteralGate::kMaxClauseSampleHits;
      (usable ? candidates : always_present).push_back(static_cast<int>(i));
    }
  }
  // Candidates from the most common to the rarest: occurrences in the sample, shorter first.
  std::vector<std::pair<size_t, int>> by_commonness;
  for (int c : candidates) {
    const std::string& atom = atoms[static_cast<size_t>(c)];
    by_commonness.emplace_back(
        CountOccurrences(sample, atom) * 64 + (64 - std::min<size_t>(atom.size(), 63)), c);
  }
  std::sort(by_commonness.rbegin(), by_commonness.rend());
  // absent[c]: atom c is taken as absent. A clause is a set of absent atoms that, with every
  // other atom ASCII text can hold present, leaves the pattern unable to pass (monotonicity).
  std::vector<bool> absent(atoms.size(), false), used(atoms.size(), false);
  auto is_clause = [&]() {
    std::vector<int> present = always_present;
    for (int c : candidates) {
      if (!absent[static_cast<size_t>(c)]) present.push_back(c);
    }
    std::vector<int> passed;
    filter.AllPotentials(present, &passed);
    return passed.empty();
  };
  std::vector<std::vector<std::string>> clauses;
  while (clauses.size() < LiteralGate::kMaxClauses) {
    // Start from every atom no earlier clause holds; stop when they are not a clause.
    for (int c : candidates) absent[static_cast<size_t>(c)] = !used[static_cast<size_t>(c)];
    if (!is_clause()) break;
    for (const auto& [commonness, c] : by_commonness) {
      if (!absent[static_cast<size_t>(c)]) continue;
      absent[static_cast<size_t>(c)] = false;
      if (!is_clause()) absent[static_cast<size_t>(c)] = true;
    }
    std::vector<std::string> clause;
    for (int c : candidates) {
      if (!absent[static_cast<size_t>(c)]) continue;
      clause.push_back(atoms[static_cast<size_t>(c)]);
      used[static_cast<size_t>(c)] = true;
    }
    if (clause.empty()) {  // no ASCII text can meet it: the pattern needs a non-ASCII character
      out.can_match_ascii = false;
      out.clauses.assign(1, {});
      return out;
    }
    clauses.push_back(std::move(clause));
  }
  // A clause met by ordinary prose gates little and costs a verification at many positions: its
  // atoms, each rare, must also be rare together.
  std::erase_if(clauses, [&](const std::vector<std::string>& clause) {
    size_t hits = 0;
    for (const std::string& atom : clause) hits += CountOccurrences(sample, atom);
    return hits > LiteralGate::kMaxClauseSampleHits;
  });
  out.clauses = std::move(clauses);
  return out;
}

// Per call: which clauses are met and which groups run.
struct LiteralGate::ScanState {
  uint64_t clause_met[kMaxTotalClauses / 64];
  uint64_t atom_seen[kMaxAtoms / 64];
  uint32_t groups = 0;

  ScanState(size_t clauses, size_t atoms) {
    std::memset(clause_met, 0, (clauses + 63) / 64 * sizeof(uint64_t));
    std::memset(atom_seen, 0, (atoms + 63) / 64 * sizeof(uint64_t));
  }
  bool Seen(uint32_t atom) const { return (atom_seen[atom / 64] >> (atom % 64) & 1) != 0; }
};

std::unique_ptr<LiteralGate> LiteralGate::Create(const std::vector<PatternLiterals>& patterns,
                                                 const std::vector<int>& group_of,
                                                 std::string_view lower_sample) {
  auto gate = std::unique_ptr<LiteralGate>(new LiteralGate());
  for (size_t p = 0; p < patterns.size(); ++p) {
    if (group_of[p] < 0 || group_of[p] >= kMaxGroups) return nullptr;
    const uint32_t group = uint32_t{1} << group_of[p];
    gate->all_groups_ |= group;
    if (patterns[p].clauses.empty()) gate->ungated_groups_ |= group;
    gate->pattern_clauses_.push_back(patterns[p].clauses);
  }
  // Only patterns of groups that can be skipped need their atoms searched for.
  for (size_t p = 0; p < patterns.size(); ++p) {
    const uint32_t group = uint32_t{1} << group_of[p];
    gate->pattern_group_.push_back(group);
    gate->pattern_first_clause_.push_back(static_cast<uint32_t>(gate->clause_pattern_.size()));
    if (gate->ungated_groups_ & group) continue;
    for (const std::vector<std::string>& clause : gate->pattern_clauses_[p]) {
      const auto c = static_cast<uint32_t>(gate->clause_pattern_.size());
      gate->clause_pattern_.push_back(static_cast<uint32_t>(p));
      for (const std::string& atom : clause) {
        auto at = std::find(gate->atoms_.begin(), gate->atoms_.end(), atom);
        if (at == gate->atoms_.end()) {
          gate->atoms_.push_back(atom);
          gate->atom_clauses_.emplace_back();
          at = gate->atoms_.end() - 1;
        }
        gate->atom_clauses_[static_cast<size_t>(at - gate->atoms_.begin())].push_back(c);
      }
    }
  }
  gate->pattern_first_clause_.push_back(static_cast<uint32_t>(gate->clause_pattern_.size()));
  if (gate->clause_pattern_.size() > kMaxTotalClauses || gate->atoms_.size() > kMaxAtoms) {
    return nullptr;
  }
  // Each atom is anchored at the three-byte window whose first two bytes, then whose three, are
  // rarest in the sample (the scan tests the pair first).
  for (size_t a = 0; a < gate->atoms_.size(); ++a) {
    const std::string& atom = gate->atoms_[a];
    size_t best = 0, best_count = SIZE_MAX;
    for (size_t o = 0; o + kMinAtomBytes <= atom.size(); ++o) {
      const std::string_view window = std::string_view(atom).substr(o, 3);
      const size_t count = CountOccurrences(lower_sample, window.substr(0, 2)) * 1024 +
                           std::min<size_t>(CountOccurrences(lower_sample, window), 1023);
      if (count < best_count) std::tie(best, best_count) = std::tie(o, count);
    }
    gate->anchors_.push_back(
        {Fold3(Load3(atom.data() + best)), static_cast<uint16_t>(a), static_cast<uint16_t>(best)});
  }
  constexpr size_t kBuckets = (size_t{1} << 16) >> kBucketShift;
  std::sort(gate->anchors_.begin(), gate->anchors_.end(),
            [](const Anchor& x, const Anchor& y) { return Hash(x.key) < Hash(y.key); });
  gate->bitmap_.assign((size_t{1} << 16) / 64, 0);
  gate->pair_bitmap_.assign((size_t{1} << 16) / 64, 0);
  gate->bucket_start_.assign(kBuckets + 1, 0);
  for (const Anchor& anchor : gate->anchors_) {
    const uint32_t h = Hash(anchor.key);
    gate->bitmap_[h / 64] |= uint64_t{1} << (h % 64);
    const uint32_t pair = anchor.key & 0xFFFF;
    gate->pair_bitmap_[pair / 64] |= uint64_t{1} << (pair % 64);
    ++gate->bucket_start_[(h >> kBucketShift) + 1];
  }
  std::partial_sum(gate->bucket_start_.begin(), gate->bucket_start_.end(),
                   gate->bucket_start_.begin());
  return gate;
}

bool LiteralGate::Found(uint32_t atom, ScanState* state) const {
  uint64_t& seen = state->atom_seen[atom / 64];
  if (seen >> (atom % 64) & 1) return false;
  seen |= uint64_t{1} << (atom % 64);
  for (uint32_t c : atom_clauses_[atom]) {
    state->clause_met[c / 64] |= uint64_t{1} << (c % 64);
    const uint32_t p = clause_pattern_[c];
    if (state->groups & pattern_group_[p]) continue;
    bool all_met = true;
    for (uint32_t k = pattern_first_clause_[p]; all_met && k < pattern_first_clause_[p + 1]; ++k) {
      all_met = (state->clause_met[k / 64] >> (k % 64) & 1) != 0;
    }
    if (all_met) state->groups |= pattern_group_[p];
  }
  return state->groups == all_groups_;
}

// The anchors whose window hashes like the text's window at `i` (folded key `key`): each one
// whose atom occurs there, ignoring ASCII case, is found.
bool LiteralGate::ProbeLong(std::string_view text, size_t i, uint32_t key, ScanState* state) const {
  const uint32_t bucket = Hash(key) >> kBucketShift;
  for (uint32_t k = bucket_start_[bucket]; k < bucket_start_[bucket + 1]; ++k) {
    const Anchor& anchor = anchors_[k];
    if (anchor.key != key || anchor.offset > i || state->Seen(anchor.atom)) continue;
    const std::string& atom = atoms_[anchor.atom];
    const size_t start = i - anchor.offset;
    if (start + atom.size() > text.size()) continue;
    size_t j = 0;
    while (j < atom.size() && LowerAscii(text[start + j]) == atom[j]) ++j;
    if (j == atom.size() && Found(anchor.atom, state)) return true;
  }
  return false;
}

uint32_t LiteralGate::GroupsToRun(std::string_view text) const {
  ScanState state(clause_pattern_.size(), atoms_.size());
  state.groups = ungated_groups_;
  if (state.groups == all_groups_) return state.groups;
  const char* p = text.data();
  const size_t n = text.size();
  auto bit = [](const std::vector<uint64_t>& bitmap, uint32_t index) {
    return (bitmap[index / 64] >> (index % 64) & 1) != 0;
  };
  // At each byte position: the window's first two bytes against the anchors' (an exact bitmap),
  // then its three against their hashes, then the out-of-line check of the atoms there.
  auto probe = [&](size_t i, uint32_t key) {
    return bit(pair_bitmap_, key & 0xFFFF) && bit(bitmap_, Hash(key)) &&
           ProbeLong(text, i, key, &state);
  };
  size_t i = 0;
  if constexpr (swar::kWordAtATime) {
    // Eight bytes a load, folded at once: the six three-byte windows that start in its first six.
    for (; i + 8 <= n; i += 6) {
      const uint64_t word = swar::Load(p + i) | 0x2020202020202020ull;
      for (int k = 0; k < 6; ++k) {
        if (probe(i + static_cast<size_t>(k), static_cast<uint32_t>(word >> (8 * k)) & 0xFFFFFF)) {
          return state.groups;
        }
      }
    }
  }
  for (; i + 3 <= n; ++i) {
    if (probe(i, Fold3(Load3(p + i)))) return state.groups;
  }
  return state.groups;
}

}  // namespace blastradius
