// LiteralGate (pattern_gate.h): per-pattern clauses derived from RE2's FilteredRE2, and a
// bitmap-filtered scan for their atoms.
#include "pattern_gate.h"

#include <re2/filtered_re2.h>
#include <unicode/uniset.h>
#include <unicode/utf8.h>

#if defined(__x86_64__)
#include <immintrin.h>
#endif

#include <algorithm>
#include <bit>
#include <cstring>
#include <numeric>
#include <tuple>
#include <unordered_map>

#include "substring_count.h"
#include "swar.h"

namespace blastradius {
namespace {

uint32_t Load3(const char* p) {
  return static_cast<uint32_t>(static_cast<unsigned char>(p[0])) |
         static_cast<uint32_t>(static_cast<unsigned char>(p[1])) << 8 |
         static_cast<uint32_t>(static_cast<unsigned char>(p[2])) << 16;
}

uint32_t Load4(const char* p) {
  return Load3(p) | static_cast<uint32_t>(static_cast<unsigned char>(p[3])) << 24;
}

}  // namespace

std::vector<std::string> CaseTwins(UChar32 rune) {
  icu::UnicodeSet twins(rune, rune);
  twins.closeOver(USET_CASE_INSENSITIVE);
  std::vector<std::string> out;
  for (int32_t range = 0; range < twins.getRangeCount(); ++range) {
    for (UChar32 twin = twins.getRangeStart(range); twin <= twins.getRangeEnd(range); ++twin) {
      char bytes[U8_MAX_LENGTH];
      int32_t length = 0;
      U8_APPEND_UNSAFE(bytes, length, twin);
      out.emplace_back(bytes, static_cast<size_t>(length));
    }
  }
  return out;
}

namespace {

// One rune of an atom and the spellings RE2 matches it with (one for an ASCII byte: the scan
// compares ASCII case-insensitively).
struct AtomRune {
  size_t begin, end;  // bytes of the atom
  std::vector<std::string> twins;
};

std::vector<AtomRune> SplitRunes(std::string_view atom) {
  std::vector<AtomRune> runes;
  for (int32_t i = 0; i < static_cast<int32_t>(atom.size());) {
    const int32_t begin = i;
    UChar32 rune = 0;
    U8_NEXT(atom.data(), i, static_cast<int32_t>(atom.size()), rune);
    AtomRune piece{static_cast<size_t>(begin), static_cast<size_t>(i), {}};
    if (rune < 0) return {};  // not UTF-8: FilteredRE2 atoms always are
    piece.twins = rune < 0x80 ? std::vector<std::string>{std::string(atom.substr(piece.begin, 1))}
                              : CaseTwins(rune);
    runes.push_back(std::move(piece));
  }
  return runes;
}

}  // namespace

std::vector<std::string> SearchableSpellings(std::string_view atom) {
  const std::vector<AtomRune> runes = SplitRunes(atom);
  // The longest run of whole runes with at most kMaxSpellings spellings in all.
  size_t best_first = 0, best_last = 0, best_bytes = 0;
  for (size_t first = 0; first < runes.size(); ++first) {
    size_t spellings = 1;
    for (size_t last = first; last < runes.size(); ++last) {
      spellings *= runes[last].twins.size();
      if (spellings > LiteralGate::kMaxSpellings) break;
      const size_t bytes = runes[last].end - runes[first].begin;
      if (bytes > best_bytes)
        std::tie(best_first, best_last, best_bytes) = std::tie(first, last, bytes);
    }
  }
  if (best_bytes < LiteralGate::kMinAtomBytes) return {};
  std::vector<std::string> out = {""};
  for (size_t r = best_first; r <= best_last; ++r) {
    std::vector<std::string> longer;
    for (const std::string& head : out) {
      for (const std::string& twin : runes[r].twins) longer.push_back(head + twin);
    }
    out = std::move(longer);
  }
  return out;
}

namespace {

// Up to kMaxClauses clauses for `filter`'s pattern over the texts where the atoms in
// `always_present` may occur, the `candidates` may or may not, and every other atom never does.
// `by_commonness` orders the candidates from the most common in prose to the rarest. Sets
// `*unmeetable` when no such text can meet the pattern at all (then the result is empty).
std::vector<std::vector<std::string>> DeriveClauses(const re2::FilteredRE2& filter,
                                                    const std::vector<std::string>& atoms,
                                                    const std::vector<int>& always_present,
                                                    const std::vector<int>& candidates,
                                                    const std::vector<int>& by_commonness,
                                                    bool* unmeetable) {
  *unmeetable = false;
  // absent[c]: atom c is taken as absent. A clause is a set of absent atoms that, with every
  // other atom such text can hold present, leaves the pattern unable to pass (monotonicity).
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
    for (int c : by_commonness) {
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
    if (clause.empty()) {  // every atom present and still no pass: no such text meets it
      *unmeetable = true;
      return {};
    }
    clauses.push_back(std::move(clause));
  }
  return clauses;
}

// Drops the clauses that ordinary prose meets: they gate little and cost a verification at many
// positions; their atoms, each rare, must also be rare together.
void DropCommonClauses(std::string_view sample, std::vector<std::vector<std::string>>* clauses) {
  std::erase_if(*clauses, [&](const std::vector<std::string>& clause) {
    size_t hits = 0;
    for (const std::string& atom : clause) hits += CountOccurrences(sample, atom);
    return hits > LiteralGate::kMaxClauseSampleHits;
  });
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
  // Atoms with a folding rune may be present in any text (so count as present). ASCII atoms too
  // short or too common in prose to gate on (pattern_gate.h) count as present as well, so that
  // no clause is built on them. In ASCII text the other non-ASCII atoms never occur; in other
  // text they are searched for only when byte equality is RE2's case-insensitive equality (their
  // non-ASCII runes have no case twin) and they are long and rare enough, else count as present.
  std::vector<int> always_present, ascii_candidates, non_ascii_present, non_ascii_candidates;
  std::vector<std::vector<std::string>> spellings(atoms.size());  // of the non-ASCII candidates
  for (size_t i = 0; i < atoms.size(); ++i) {
    const std::string& atom = atoms[i];
    const auto index = static_cast<int>(i);
    const bool usable = atom.size() >= LiteralGate::kMinAtomBytes &&
                        CountOccurrences(sample, atom) <= LiteralGate::kMaxClauseSampleHits;
    if (atom.empty() || HasAsciiFoldingRune(atom)) {
      always_present.push_back(index);
    } else if (swar::AllAscii(atom)) {
      (usable ? ascii_candidates : always_present).push_back(index);
    } else if (usable && !(spellings[i] = SearchableSpellings(atom)).empty()) {
      non_ascii_candidates.push_back(index);
    } else {
      non_ascii_present.push_back(index);
    }
  }
  // Candidates from the most common to the rarest: occurrences in the sample, shorter first.
  std::vector<size_t> rank(atoms.size(), 0);
  for (size_t i = 0; i < atoms.size(); ++i) {
    if (atoms[i].empty()) continue;
    rank[i] =
        CountOccurrences(sample, atoms[i]) * 64 + (64 - std::min<size_t>(atoms[i].size(), 63));
  }
  auto by_commonness = [&](std::vector<int> candidates) {
    std::sort(candidates.begin(), candidates.end(), [&](int x, int y) {
      return std::make_pair(rank[static_cast<size_t>(x)], x) >
             std::make_pair(rank[static_cast<size_t>(y)], y);
    });
    return candidates;
  };
  bool unmeetable = false;
  out.clauses = DeriveClauses(filter, atoms, always_present, ascii_candidates,
                              by_commonness(ascii_candidates), &unmeetable);
  if (unmeetable) {  // no ASCII text can meet it: the pattern needs a non-ASCII character
    out.can_match_ascii = false;
    out.clauses.assign(1, {});
  } else {
    DropCommonClauses(sample, &out.clauses);
  }
  std::vector<int> present = always_present, candidates = ascii_candidates;
  present.insert(present.end(), non_ascii_present.begin(), non_ascii_present.end());
  candidates.insert(candidates.end(), non_ascii_candidates.begin(), non_ascii_candidates.end());
  out.non_ascii_clauses =
      DeriveClauses(filter, atoms, present, candidates, by_commonness(candidates), &unmeetable);
  if (unmeetable) {
    out.non_ascii_clauses.assign(1, {});
    return out;
  }
  // A non-ASCII atom stands in a clause for its searchable spellings: one of them occurs in any
  // text where the atom's literal matches.
  for (std::vector<std::string>& clause : out.non_ascii_clauses) {
    std::vector<std::string> spelled;
    for (const std::string& atom : clause) {
      const auto at = std::find(atoms.begin(), atoms.end(), atom);
      const std::vector<std::string>& ways = spellings[static_cast<size_t>(at - atoms.begin())];
      if (ways.empty()) {
        spelled.push_back(atom);
      } else {
        spelled.insert(spelled.end(), ways.begin(), ways.end());
      }
    }
    std::sort(spelled.begin(), spelled.end());
    spelled.erase(std::unique(spelled.begin(), spelled.end()), spelled.end());
    clause = std::move(spelled);
  }
  DropCommonClauses(sample, &out.non_ascii_clauses);
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
                                                 std::string_view lower_sample, Text text) {
  auto gate = std::unique_ptr<LiteralGate>(new LiteralGate());
  for (size_t p = 0; p < patterns.size(); ++p) {
    if (group_of[p] < 0 || group_of[p] >= kMaxGroups) return nullptr;
    const uint32_t group = uint32_t{1} << group_of[p];
    gate->all_groups_ |= group;
    const std::vector<std::vector<std::string>>& clauses =
        text == Text::kAscii ? patterns[p].clauses : patterns[p].non_ascii_clauses;
    if (clauses.empty()) gate->ungated_groups_ |= group;
    gate->pattern_clauses_.push_back(clauses);
  }
  // Only patterns of groups that can be skipped need their atoms searched for.
  std::unordered_map<std::string, size_t> atom_index;  // into atoms_
  for (size_t p = 0; p < patterns.size(); ++p) {
    const uint32_t group = uint32_t{1} << group_of[p];
    gate->pattern_group_.push_back(group);
    gate->pattern_first_clause_.push_back(static_cast<uint32_t>(gate->clause_pattern_.size()));
    if (gate->ungated_groups_ & group) continue;
    for (const std::vector<std::string>& clause : gate->pattern_clauses_[p]) {
      const auto c = static_cast<uint32_t>(gate->clause_pattern_.size());
      gate->clause_pattern_.push_back(static_cast<uint32_t>(p));
      for (const std::string& atom : clause) {
        const auto [at, added] = atom_index.try_emplace(atom, gate->atoms_.size());
        if (added) {
          gate->atoms_.push_back(atom);
          gate->atom_clauses_.emplace_back();
        }
        gate->atom_clauses_[at->second].push_back(c);
      }
    }
  }
  gate->pattern_first_clause_.push_back(static_cast<uint32_t>(gate->clause_pattern_.size()));
  if (gate->clause_pattern_.size() > kMaxTotalClauses || gate->atoms_.size() > kMaxAtoms) {
    return nullptr;
  }
  // Each atom is anchored at the three-byte window that is rarest in the sample, then whose first
  // two bytes are (the reference scan tests the pair first). An atom of four bytes or more is
  // anchored where a fourth byte follows the window, ranked by that four-byte window first: the
  // fast scans test it (Candidate) before looking the anchors up, and in English text most
  // three-byte windows of other languages' words occur while their four-byte ones do not.
  std::unordered_map<uint64_t, size_t> window_counts;  // by the window's three or four bytes
  auto count_of = [&](std::string_view window) {
    const uint64_t key = window.size() == 4 ? uint64_t{Load4(window.data())} << 8 | 4
                                            : uint64_t{Load3(window.data())} << 8 | 3;
    const auto [at, added] = window_counts.try_emplace(key, 0);
    if (added) at->second = CountOccurrences(lower_sample, window);
    return at->second;
  };
  gate->four_bitmap_.assign((size_t{1} << 16) / 64, 0);
  gate->open_end_bitmap_.assign((size_t{1} << 16) / 64, 0);
  for (size_t a = 0; a < gate->atoms_.size(); ++a) {
    const std::string& atom = gate->atoms_[a];
    const std::string_view view(atom);
    const bool four = atom.size() >= 4;
    size_t best = 0, best_count = SIZE_MAX;
    for (size_t o = 0; o + (four ? 4 : kMinAtomBytes) <= atom.size(); ++o) {
      const size_t count =
          (four ? std::min<size_t>(count_of(view.substr(o, 4)), 1023) * 1024 * 1024 : 0) +
          std::min<size_t>(count_of(view.substr(o, 3)), 1023) * 1024 +
          std::min<size_t>(CountOccurrences(lower_sample, view.substr(o, 2)), 1023);
      if (count < best_count) std::tie(best, best_count) = std::tie(o, count);
    }
    const uint32_t key = Fold3(Load3(atom.data() + best));
    if (four) {
      const uint32_t h4 = Hash(Fold4(Load4(atom.data() + best)));
      gate->four_bitmap_[h4 / 64] |= uint64_t{1} << (h4 % 64);
    } else {
      const uint32_t h = Hash(key);
      gate->open_end_bitmap_[h / 64] |= uint64_t{1} << (h % 64);
    }
    gate->anchors_.push_back({key, static_cast<uint16_t>(a), static_cast<uint16_t>(best)});
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
  for (const std::string& atom : gate->atoms_) {
    gate->atom_first_word_.push_back(static_cast<uint32_t>(gate->atom_word_.size()));
    for (size_t at = 0; at < atom.size(); at += 8) {
      uint64_t word = 0, fold = 0, mask = 0;
      for (size_t b = 0; b < 8 && at + b < atom.size(); ++b) {
        const auto c = static_cast<unsigned char>(atom[at + b]);
        // An upper-case letter in an atom never matches (the text is lower-cased): with the fold
        // bit set on the text's byte and clear in the atom's, it does not here either.
        const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
        word |= uint64_t{c} << (8 * b);
        fold |= uint64_t{letter ? 0x20u : 0u} << (8 * b);
        mask |= uint64_t{0xFF} << (8 * b);
      }
      gate->atom_word_.push_back(word);
      gate->atom_fold_.push_back(fold);
      gate->atom_byte_mask_.push_back(mask);
    }
  }
  gate->atom_first_word_.push_back(static_cast<uint32_t>(gate->atom_word_.size()));
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

// Each anchor with the window `key` at text position `i` whose atom occurs there by `atom_at`
// is found.
template <class Compare>
bool LiteralGate::Probe(std::string_view text, size_t i, uint32_t key, ScanState* state,
                        Compare atom_at) const {
  const uint32_t bucket = Hash(key) >> kBucketShift;
  for (uint32_t k = bucket_start_[bucket]; k < bucket_start_[bucket + 1]; ++k) {
    const Anchor& anchor = anchors_[k];
    if (anchor.key != key || anchor.offset > i || state->Seen(anchor.atom)) continue;
    const size_t start = i - anchor.offset;
    if (start + atoms_[anchor.atom].size() > text.size()) continue;
    if (atom_at(start, anchor.atom) && Found(anchor.atom, state)) return true;
  }
  return false;
}

bool LiteralGate::AtomAt(std::string_view text, size_t start, uint32_t atom) const {
  const char* p = text.data() + start;
  const char* const end = text.data() + text.size();
  for (uint32_t w = atom_first_word_[atom]; w < atom_first_word_[atom + 1]; ++w, p += 8) {
    uint64_t bytes = 0;
    if (end - p >= 8) {
      bytes = swar::Load(p);
    } else {
      std::memcpy(&bytes, p, static_cast<size_t>(end - p));  // the atom ends before `end`
    }
    if (((bytes | atom_fold_[w]) & atom_byte_mask_[w]) != atom_word_[w]) return false;
  }
  return true;
}

// A position whose window's hash bit is set: the atoms anchored there, compared a word at a time
// — unless no three-byte atom is anchored at a window of that hash and the four bytes at `i`
// are no anchor's four (an atom of four bytes or more that occurs at `i - offset` puts its own
// four folded bytes there).
bool LiteralGate::Candidate(std::string_view text, size_t i, ScanState* state) const {
  const uint32_t key = Fold3(Load3(text.data() + i));
  const uint32_t h = Hash(key);
  if ((open_end_bitmap_[h / 64] >> (h % 64) & 1) == 0) {
    if (i + 4 > text.size()) return false;
    const uint32_t h4 = Hash(Fold4(Load4(text.data() + i)));
    if ((four_bitmap_[h4 / 64] >> (h4 % 64) & 1) == 0) return false;
  }
  return Probe(text, i, key, state,
               [&](size_t start, uint32_t atom) { return AtomAt(text, start, atom); });
}

// At each byte position: the window's first two bytes against the anchors' (an exact bitmap),
// then its three against their hashes, then each atom anchored there byte by byte.
uint32_t LiteralGate::ScanReference(std::string_view text, ScanState* state) const {
  auto bit = [](const std::vector<uint64_t>& bitmap, uint32_t index) {
    return (bitmap[index / 64] >> (index % 64) & 1) != 0;
  };
  auto bytewise = [&](size_t start, uint32_t atom) {
    const std::string& bytes = atoms_[atom];
    size_t j = 0;
    while (j < bytes.size() && LowerAscii(text[start + j]) == bytes[j]) ++j;
    return j == bytes.size();
  };
  for (size_t i = 0; i + 3 <= text.size(); ++i) {
    const uint32_t key = Fold3(Load3(text.data() + i));
    if (bit(pair_bitmap_, key & 0xFFFF) && bit(bitmap_, Hash(key)) &&
        Probe(text, i, key, state, bytewise)) {
      break;
    }
  }
  return state->groups;
}

// The hash bitmap alone at each position (the pair test passes about half of English text's
// positions and costs as much as the hash), eight bytes a load where the machine allows.
uint32_t LiteralGate::ScanPortable(std::string_view text, ScanState* state) const {
  const char* p = text.data();
  const size_t n = text.size();
  auto hit = [&](uint32_t key) {
    const uint32_t h = Hash(key);
    return (bitmap_[h / 64] >> (h % 64) & 1) != 0;
  };
  size_t i = 0;
  if constexpr (swar::kWordAtATime) {
    for (; i + 8 <= n; i += 6) {
      const uint64_t word = swar::Load(p + i) | 0x2020202020202020ull;
      for (int k = 0; k < 6; ++k) {
        const size_t at = i + static_cast<size_t>(k);
        if (hit(static_cast<uint32_t>(word >> (8 * k)) & 0xFFFFFF) && Candidate(text, at, state)) {
          return state->groups;
        }
      }
    }
  }
  for (; i + 3 <= n; ++i) {
    if (hit(Fold3(Load3(p + i))) && Candidate(text, i, state)) break;
  }
  return state->groups;
}

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
// Eight positions a step: their windows shuffled out of one 16-byte load, folded and hashed in
// 32-bit lanes, and their bitmap words fetched with one gather; the hits' positions come from a
// movemask. The windows' last bytes run two past the eight positions, hence the 16-byte load.
__attribute__((target("avx2"))) uint32_t LiteralGate::ScanAvx2(std::string_view text,
                                                               ScanState* state) const {
  const char* p = text.data();
  const size_t n = text.size();
  const auto* words = reinterpret_cast<const int*>(bitmap_.data());  // 32-bit words, little-endian
  const __m256i windows = _mm256_setr_epi8(0, 1, 2, -1, 1, 2, 3, -1, 2, 3, 4, -1, 3, 4, 5, -1,  //
                                           4, 5, 6, -1, 5, 6, 7, -1, 6, 7, 8, -1, 7, 8, 9, -1);
  const __m256i fold = _mm256_set1_epi32(0x202020);
  const __m256i multiplier = _mm256_set1_epi32(static_cast<int>(0x9E3779B1u));
  const __m256i low5 = _mm256_set1_epi32(31);
  size_t i = 0;
  for (; i + 16 <= n; i += 8) {
    const __m128i bytes = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    const __m256i keys =
        _mm256_or_si256(_mm256_shuffle_epi8(_mm256_broadcastsi128_si256(bytes), windows), fold);
    const __m256i hashes = _mm256_srli_epi32(_mm256_mullo_epi32(keys, multiplier), 16);
    const __m256i gathered = _mm256_i32gather_epi32(words, _mm256_srli_epi32(hashes, 5), 4);
    const __m256i bits = _mm256_srlv_epi32(gathered, _mm256_and_si256(hashes, low5));
    auto hits =
        static_cast<uint32_t>(_mm256_movemask_ps(_mm256_castsi256_ps(_mm256_slli_epi32(bits, 31))));
    for (; hits != 0; hits &= hits - 1) {
      if (Candidate(text, i + static_cast<size_t>(std::countr_zero(hits)), state)) {
        return state->groups;
      }
    }
  }
  for (; i + 3 <= n; ++i) {
    const uint32_t h = Hash(Fold3(Load3(p + i)));
    if ((bitmap_[h / 64] >> (h % 64) & 1) != 0 && Candidate(text, i, state)) break;
  }
  return state->groups;
}

bool LiteralGate::HasAvx2() {
  static const bool kHas = __builtin_cpu_supports("avx2");
  return kHas;
}
#else
uint32_t LiteralGate::ScanAvx2(std::string_view text, ScanState* state) const {
  return ScanPortable(text, state);
}

bool LiteralGate::HasAvx2() { return false; }
#endif

uint32_t LiteralGate::GroupsToRun(std::string_view text, ScanPath path) const {
  ScanState state(clause_pattern_.size(), atoms_.size());
  state.groups = ungated_groups_;
  if (state.groups == all_groups_) return state.groups;
  switch (path) {
    case ScanPath::kReference:
      return ScanReference(text, &state);
    case ScanPath::kPortable:
      return ScanPortable(text, &state);
    case ScanPath::kAvx2:
      return HasAvx2() ? ScanAvx2(text, &state) : ScanPortable(text, &state);
  }
  return ScanReference(text, &state);
}

uint32_t LiteralGate::GroupsToRun(std::string_view text) const {
  return GroupsToRun(text, HasAvx2() ? ScanPath::kAvx2 : ScanPath::kPortable);
}

std::vector<std::unique_ptr<LiteralGate>> SingleAtomGates(const std::vector<std::string>& atoms) {
  std::vector<std::unique_ptr<LiteralGate>> gates;
  for (size_t first = 0; first < atoms.size(); first += LiteralGate::kMaxTotalClauses) {
    std::vector<PatternLiterals> singles;
    std::vector<int> group_of;
    for (size_t a = first; a < atoms.size() && a < first + LiteralGate::kMaxTotalClauses; ++a) {
      PatternLiterals literals;
      literals.analyzed = true;
      literals.non_ascii_clauses = {{atoms[a]}};
      singles.push_back(std::move(literals));
      group_of.push_back(static_cast<int>(a % (LiteralGate::kMaxGroups - 1)));
    }
    gates.push_back(LiteralGate::Create(singles, group_of, "", LiteralGate::Text::kNonAscii));
  }
  return gates;
}

}  // namespace blastradius
