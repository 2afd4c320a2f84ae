// PatternDetector: the patterns of all packs in RE2::Sets of three kinds (pattern_matcher.h says
// which pattern goes where), with an optional literal prefilter in front; each hit is then located
// with the pattern's own RE2 to report byte offsets.
#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "blastradius/sanitizer.h"
#include "normalizer.h"
#include "pattern_gate.h"
#include "pattern_matcher.h"
#include "pattern_options.h"
#include "swar.h"

namespace blastradius {
namespace {

std::string SetErrorName(RE2::Set::ErrorKind kind) {
  switch (kind) {
    case RE2::Set::kOutOfMemory:
      return "the RE2 DFA ran out of memory";
    case RE2::Set::kInconsistent:
      return "RE2::Set returned an inconsistent result";
    case RE2::Set::kNotCompiled:
      return "the RE2::Set was not compiled";
    default:
      return "unknown RE2::Set error";
  }
}

// Finds which of a fixed list of lower-case ASCII strings occur in a text, ignoring ASCII case:
// an Aho-Corasick automaton compiled to a full transition table over the bytes the strings use.
class AtomScanner {
 public:
  // Atoms that are empty or not pure ASCII are not searched for (the caller decides about them).
  explicit AtomScanner(const std::vector<std::string>& atoms) {
    std::fill(std::begin(class_of_), std::end(class_of_), 0);
    for (const std::string& atom : atoms) {
      for (char c : atom) {
        auto byte = static_cast<unsigned char>(LowerAscii(c));
        if (byte < 0x80 && class_of_[byte] == 0) class_of_[byte] = num_classes_++;
      }
    }
    for (int c = 'A'; c <= 'Z'; ++c) class_of_[c] = class_of_[c - 'A' + 'a'];
    BuildTrie(atoms);
    BuildTransitions();
  }

  // Appends to `found` the index of each searched atom that occurs in `text`, once each.
  void Find(std::string_view text, std::vector<int>* found) const {
    std::vector<uint64_t> collected((own_.size() + 63) / 64, 0);  // states already collected
    auto test_and_set = [&](uint32_t state) {
      uint64_t& word = collected[state / 64];
      const uint64_t bit = uint64_t{1} << (state % 64);
      const bool was = (word & bit) != 0;
      word |= bit;
      return was;
    };
    uint32_t state = 0;
    for (char c : text) {
      const uint32_t entry =
          delta_[state * num_classes_ + class_of_[static_cast<unsigned char>(c)]];
      state = entry >> 1;
      if ((entry & 1) == 0) continue;
      // The atoms ending here: this state's own, then along the dictionary links; a state met
      // before has had its whole chain collected.
      for (uint32_t s = state; s != 0 && !test_and_set(s); s = dict_link_[s]) {
        found->insert(found->end(), own_[s].begin(), own_[s].end());
      }
    }
  }

 private:
  void BuildTrie(const std::vector<std::string>& atoms) {
    goto_.emplace_back();
    goto_.back().fill(-1);
    own_.emplace_back();
    for (size_t index = 0; index < atoms.size(); ++index) {
      const std::string& atom = atoms[index];
      if (atom.empty() || !swar::AllAscii(atom)) continue;
      int32_t state = 0;
      for (char c : atom) {
        const uint8_t cls = class_of_[static_cast<unsigned char>(LowerAscii(c))];
        if (goto_[state][cls] < 0) {
          goto_[state][cls] = static_cast<int32_t>(goto_.size());
          goto_.emplace_back();
          goto_.back().fill(-1);
          own_.emplace_back();
        }
        state = goto_[state][cls];
      }
      own_[state].push_back(static_cast<int>(index));
    }
  }

  // Breadth-first: each state's failure link, its dictionary link (the nearest state down the
  // failure chain where an atom ends), and its full row of transitions (a missing edge follows
  // the failure link's row).
  void BuildTransitions() {
    const size_t states = goto_.size();
    delta_.assign(states * num_classes_, 0);
    dict_link_.assign(states, 0);
    std::vector<uint32_t> fail(states, 0), queue;
    for (uint32_t cls = 0; cls < num_classes_; ++cls) {
      const int32_t next = goto_[0][cls];
      if (next > 0) queue.push_back(static_cast<uint32_t>(next));
      delta_[cls] = next > 0 ? static_cast<uint32_t>(next) : 0;
    }
    for (size_t head = 0; head < queue.size(); ++head) {
      const uint32_t state = queue[head];
      const uint32_t f = fail[state];
      dict_link_[state] = own_[f].empty() ? dict_link_[f] : f;
      for (uint32_t cls = 0; cls < num_classes_; ++cls) {
        const int32_t next = goto_[state][cls];
        const uint32_t via_fail = delta_[fail[state] * num_classes_ + cls];
        if (next < 0) {
          delta_[state * num_classes_ + cls] = via_fail;
          continue;
        }
        fail[static_cast<size_t>(next)] = via_fail;
        delta_[state * num_classes_ + cls] = static_cast<uint32_t>(next);
        queue.push_back(static_cast<uint32_t>(next));
      }
    }
    // Entries carry the target state and, in bit 0, whether any atom ends there.
    for (uint32_t& entry : delta_) {
      const bool ends = !own_[entry].empty() || dict_link_[entry] != 0;
      entry = entry << 1 | (ends ? 1 : 0);
    }
  }

  static constexpr size_t kMaxClasses = 128;
  uint8_t class_of_[256];
  uint32_t num_classes_ = 1;  // class 0: bytes in no atom
  std::vector<std::array<int32_t, kMaxClasses>> goto_;
  std::vector<std::vector<int>> own_;  // atoms that end exactly at each state
  std::vector<uint32_t> dict_link_;
  std::vector<uint32_t> delta_;
};

// RE2's FilteredRE2 over the patterns, with its atoms found by an AtomScanner: decides, for
// ASCII text, whether any pattern can match at all.
class LiteralPrefilter {
 public:
  // Returns null if a pattern does not compile (the caller then runs without a prefilter).
  static std::unique_ptr<LiteralPrefilter> Create(const std::vector<std::string>& regexes) {
    auto prefilter = std::unique_ptr<LiteralPrefilter>(new LiteralPrefilter());
    for (const std::string& regex : regexes) {
      int id = 0;
      if (prefilter->filter_.Add(regex, PatternRegexOptions(), &id) != RE2::NoError) return nullptr;
    }
    std::vector<std::string> atoms;
    prefilter->filter_.Compile(&atoms);
    for (size_t i = 0; i < atoms.size(); ++i) {
      // Empty atoms occur everywhere; a non-ASCII atom with an ASCII case-fold twin may match
      // ASCII text; any other non-ASCII atom never occurs in ASCII text.
      if (atoms[i].empty() || HasAsciiFoldingRune(atoms[i])) {
        prefilter->always_present_.push_back(static_cast<int>(i));
      }
    }
    prefilter->scanner_ = std::make_unique<AtomScanner>(atoms);
    return prefilter;
  }

  // True when no pattern can match `text`. REQUIRES: `text` is pure ASCII.
  bool RulesOut(std::string_view text) const {
    std::vector<int> found = always_present_;
    scanner_->Find(text, &found);
    std::vector<int> potentials;
    filter_.AllPotentials(found, &potentials);
    return potentials.empty();
  }

 private:
  LiteralPrefilter() : filter_(/*min_atom_len=*/1) {}
  re2::FilteredRE2 filter_;
  std::vector<int> always_present_;
  std::unique_ptr<AtomScanner> scanner_;
};

// Ordinary tool output: frequent English function words, digits and punctuation, a JSON
// object, log lines, a table, a list and code. Both the literal gate's sample and the warm-up
// text hold it.
constexpr std::string_view kOrdinaryProse =
    "{\"id\": 7, \"status\": \"open\", \"url\": \"https://example.com/a?b=c\", \"tags\": []}\n"
    "We think that this is one of the best ways for people to get more work done: they can\n"
    "use it with their own data, and if there are any questions about what it was or how it\n"
    "will be made, our team would like to know when you have time. Some of them said so;\n"
    "others did not, but all were there by then. First check your account, which may take a\n"
    "few days; after that you could also call us at +1 (555) 010-2030 or write to\n"
    "help@example.org. Each year over 2,500 users make new reports, because most of their time\n"
    "goes into other things, just like ours. Here is why.\n"
    "2024-05-06T07:08:09Z INFO  server: request GET /api/v2/items?page=3 -> 200 (12 ms), id=42\n"
    "2024-05-06T07:08:10Z WARN  worker[3]: retrying job 9f8e7d6c (attempt 2 of 5): timeout\n"
    "| Name | Qty | Price |\n|------|-----|-------|\n| Widget A | 10 | $4.99 |\n"
    "- item one\n* item two\n"
    "def main(argv):\n    for i in range(len(argv)):\n        print(f\"{i}: {argv[i]}\")  # done\n"
    "if (x != nullptr && y >= 0) { return x->value + y * 2; }  // else: throw\n";

// The literal gate's sample of ordinary text (pattern_gate.h ranks atoms by their occurrences in
// it), byte for byte as its clauses were measured. Its first and last lines resemble sentences of
// the benchmark's generated text (bench/text_corpus.cc), so the warm-up does not walk them.
std::string GateSample() {
  std::string sample =
      "Order 48213 shipped on 2024-03-02; the customer asked whether the warranty covers it.\n"
      "To update billing details, open Settings, then Billing (see INV-2024-003, 08:00-18:00).\n"
      "THE HELP-CENTER ARTICLE EXPLAINS HOW TO EXPORT REPORTS AS CSV OR PDF FILES! \"Note\": ok?\n";
  sample += kOrdinaryProse;
  sample +=
      "La facture n\u00b0 2031 est pay\u00e9e ; le colis arrive demain. "
      "\u0417\u0430\u043a\u0430\u0437 \u043e\u0442\u043f\u0440\u0430\u0432\u043b\u0435\u043d, "
      "\u0441\u043f\u0430\u0441\u0438\u0431\u043e. "
      "\u3054\u6ce8\u6587\u3042\u308a\u304c\u3068\u3046\u3054\u3056\u3044\u307e\u3059\u3002"
      "\u8ba2\u5355\u5df2\u53d1\u8d27\uff1b\u8c22\u8c22\u3002"
      "\u0397 \u03c0\u03b1\u03c1\u03b1\u03b3\u03b3\u03b5\u03bb\u03af\u03b1 "
      "\u03b5\u03c3\u03c4\u03ac\u03bb\u03b7. "
      "\u0634\u0643\u0631\u0627 \u0644\u0643\u0645 \u2014 "
      "\uc8fc\ubb38\uc774 \ubc1c\uc1a1\ub418\uc5c8\uc2b5\ub2c8\ub2e4. "
      "Die Rechnung ist offen; el pedido lleg\u00f3 ayer. \u2705\n";
  return sample;
}

}  // namespace

std::string LowerGateSample() {
  std::string sample = GateSample();
  for (char& c : sample) c = LowerAscii(c);
  return sample;
}

namespace {

// What Create walks every set through, besides every pattern's atoms: ordinary English lines
// (none taken from the benchmark's generated text, whose first call is measured against unseen
// text too), kOrdinaryProse, and one ordinary sentence in each language of the bundled
// multilingual pack, so that the first output in another script finds its common states built.
std::string WarmUpText() {
  std::string text =
      "Parcel 70345 left the depot on 2023-11-19; the buyer wondered if the guarantee applies.\n"
      "To change the delivery address, go to Profile, then Addresses (ref. PO-2023-118, 09:30).\n"
      "THIS PAGE DESCRIBES HOW TO IMPORT CONTACTS FROM A SPREADSHEET OR VCARD FILE! \"Tip\": so?\n";
  text += kOrdinaryProse;
  text +=
      "La r\u00e9union de jeudi est d\u00e9plac\u00e9e \u00e0 14 h ; merci d'apporter le "
      "rapport.\n"
      "Der Zug nach Hamburg f\u00e4hrt heute von Gleis 7 ab, etwa zehn Minuten sp\u00e4ter.\n"
      "La biblioteca abre a las nueve y cierra los domingos por la tarde.\n"
      "Il pacco \u00e8 stato consegnato al vicino; la ricevuta \u00e8 allegata qui sotto.\n"
      "O relat\u00f3rio mensal est\u00e1 pronto e foi enviado para a equipe de vendas.\n"
      "De vergadering begint om tien uur en duurt ongeveer een uur.\n"
      "Spotkanie zaczyna si\u0119 o dziesi\u0105tej; prosimy o punktualne przybycie.\n"
      "Toplant\u0131 yar\u0131n saat onda ba\u015fl\u0131yor; l\u00fctfen raporu getirin.\n"
      "Cu\u1ed9c h\u1ecdp b\u1eaft \u0111\u1ea7u l\u00fac m\u01b0\u1eddi gi\u1edd "
      "s\u00e1ng; vui l\u00f2ng mang theo b\u00e1o c\u00e1o.\n"
      "Rapat dimulai pukul sepuluh pagi; mohon bawa laporan bulanan Anda.\n"
      "\u041f\u043e\u0435\u0437\u0434 \u043f\u0440\u0438\u0431\u044b\u0432\u0430\u0435\u0442 "
      "\u0432 18:40, \u0432\u0430\u0433\u043e\u043d 5; \u0441\u043f\u0430\u0441\u0438\u0431\u043e "
      "\u0437\u0430 \u043e\u0436\u0438\u0434\u0430\u043d\u0438\u0435.\n"
      "\u0417\u0443\u0441\u0442\u0440\u0456\u0447 \u043f\u043e\u0447\u043d\u0435\u0442\u044c"
      "\u0441\u044f \u043e \u0434\u0435\u0441\u044f\u0442\u0456\u0439; \u0432\u0456\u0437"
      "\u044c\u043c\u0456\u0442\u044c \u0437\u0432\u0456\u0442.\n"
      "\u064a\u0628\u062f\u0623 \u0627\u0644\u0627\u062c\u062a\u0645\u0627\u0639 \u0641\u064a "
      "\u0627\u0644\u0633\u0627\u0639\u0629 \u0627\u0644\u0639\u0627\u0634\u0631\u0629\u060c "
      "\u064a\u0631\u062c\u0649 \u0625\u062d\u0636\u0627\u0631 \u0627\u0644\u062a\u0642\u0631"
      "\u064a\u0631.\n"
      "\u092c\u0948\u0920\u0915 \u0938\u0941\u092c\u0939 \u0926\u0938 \u092c\u091c\u0947 "
      "\u0936\u0941\u0930\u0942 \u0939\u094b\u0917\u0940\u0964\n"
      "\u09b8\u09ad\u09be \u09b8\u0995\u09be\u09b2 \u09a6\u09b6\u099f\u09be\u09af\u09bc "
      "\u09b6\u09c1\u09b0\u09c1 \u09b9\u09ac\u09c7\u0964\n"
      "\u4f1a\u8bae\u5c06\u4e8e\u4e0a\u5348\u5341\u70b9\u5f00\u59cb\uff0c\u8bf7\u5e26\u4e0a"
      "\u672c\u6708\u7684\u62a5\u544a\u3002\n"
      "\u4f1a\u8b70\u306f\u5348\u524d\u5341\u6642\u306b\u59cb\u307e\u308a\u307e\u3059\u3002"
      "\u5831\u544a\u66f8\u3092\u3054\u6301\u53c2\u304f\u3060\u3055\u3044\u3002\n"
      "\ud68c\uc758\ub294 \uc624\uc804 \uc5f4 \uc2dc\uc5d0 \uc2dc\uc791\ub429\ub2c8\ub2e4. "
      "\ubcf4\uace0\uc11c\ub97c \uc9c0\ucc38\ud574 \uc8fc\uc138\uc694. \u2705\n";
  return text;
}

// The script of the first letter in `regex` that is neither ASCII nor of a script shared by
// several (Common, Inherited, Latin); USCRIPT_COMMON when there is none. Kana and Hangul count
// as their own scripts, so Japanese and Korean patterns can be apart from the Chinese ones.
UScriptCode ScriptOf(std::string_view regex) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(regex.data());
  const auto length = static_cast<int32_t>(regex.size());
  for (int32_t i = 0; i < length;) {
    UChar32 rune = 0;
    U8_NEXT(bytes, i, length, rune);
    if (rune < 0x80) continue;
    UErrorCode error = U_ZERO_ERROR;
    const UScriptCode script = uscript_getScript(rune, &error);
    if (U_FAILURE(error) || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ||
        script == USCRIPT_LATIN || script == USCRIPT_UNKNOWN) {
      continue;
    }
    return script;
  }
  return USCRIPT_COMMON;
}

// The text one set's DFA is walked through at Create: `ordinary` and every atom of the set's own
// patterns (`members`), each once.
std::string WarmUpTextOf(const std::vector<int>& members,
                         const std::vector<PatternLiterals>& literals,
                         const std::string& ordinary) {
  std::vector<std::string> atoms;
  for (int index : members) {
    const PatternLiterals& pattern = literals[static_cast<size_t>(index)];
    atoms.insert(atoms.end(), pattern.atoms.begin(), pattern.atoms.end());
  }
  std::sort(atoms.begin(), atoms.end());
  atoms.erase(std::unique(atoms.begin(), atoms.end()), atoms.end());
  std::string text = ordinary;
  for (const std::string& atom : atoms) text += atom + " ";
  return text;
}

}  // namespace

struct PatternMatcher::Impl {
  struct Entry {
    Pattern pattern;
    std::string pack;
    // The pattern alone, compiled once; its RE2 locates matches. When Create analysed the
    // pattern's literals itself, the RE2 of that FilteredRE2 (GetRE2(0)); when pack_literals.inc
    // held the analysis, compiled on first use instead (by the warm-up, else by the first Locate
    // of this pattern), so that a Create without warm-up compiles each pattern once, in its set.
    std::unique_ptr<re2::FilteredRE2> filter;
    struct Lazy {
      std::once_flag once;
      std::unique_ptr<RE2> regex;
    };
    std::unique_ptr<Lazy> lazy = std::make_unique<Lazy>();
    const RE2& regex() const {
      if (filter != nullptr) return filter->GetRE2(0);
      // A pattern too large to compile alone leaves an RE2 that matches nothing: Locate then
      // reports the whole text, as for any match it cannot re-find.
      std::call_once(lazy->once, [this] {
        lazy->regex = std::make_unique<RE2>(pattern.regex, PatternRegexOptions());
      });
      return *lazy->regex;
    }
  };
  // One RE2::Set over some of the patterns; `members[i]` is the entry index of its pattern i.
  struct Group {
    std::unique_ptr<RE2::Set> set;  // null: no pattern of this kind
    std::vector<int> members;
    bool non_ascii_only = false;  // run only on text holding a non-ASCII byte

    // True when this set must be scanned over text (`ascii`: the text is pure ASCII).
    bool Runs(bool ascii) const { return set != nullptr && !(ascii && non_ascii_only); }
  };
  enum class SetKind { kAsciiPatterns, kOtherScripts, kNonAsciiText, kCount };
  // The other-scripts and non-ASCII kinds are split further (SplitKey): kNonAsciiText by script
  // (ScriptOf), kOtherScripts into runs of kOtherScriptsSetSize patterns in pack order (one or
  // two languages of a generated pack). A DFA state holds a thread for every pattern that may
  // start there, so one set over all languages' windowed patterns pays, for every state that
  // Create's warm-up or a scan builds, for the patterns of every other language; apart, each set
  // is walked over its own literals only, and the literal gate skips the sets of languages whose
  // words a text does not hold. At most kMaxGroups sets; the last one takes whatever is left.
  static constexpr size_t kOtherScriptsSetSize = 24;
  static constexpr size_t kMaxGroups = LiteralGate::kMaxGroups;
  // The one place that decides which set a pattern joins (pattern_matcher.h); `other_script_pack`:
  // its pack holds a pattern that cannot match pure-ASCII text.
  static SetKind KindOf(const PatternMatcherOptions& options, const PatternLiterals& literals,
                        bool other_script_pack);
  std::vector<Entry> entries;
  std::vector<Group> groups;  // at most kMaxGroups; groups[0] holds kAsciiPatterns
  std::unique_ptr<LiteralPrefilter> prefilter;  // null: every text goes to the set
  size_t prefilter_max_bytes = 0;
  // Null: every set runs on every text of that kind (pattern_gate.h).
  std::unique_ptr<LiteralGate> ascii_gate, non_ascii_gate;
  // False when no pattern matches the empty string (decided at Create by the sets themselves):
  // Scan then answers an empty text at once, with no finding.
  bool empty_text_matches = true;

  // The sets the literal gates let run: on text holding a character that RE2 matches to an ASCII
  // letter ("ſ", Kelvin sign), every one.
  uint32_t GateAllows(std::string_view text, bool ascii) const {
    if (ascii) return ascii_gate != nullptr ? ascii_gate->GroupsToRun(text) : ~uint32_t{0};
    if (non_ascii_gate == nullptr || HasAsciiFoldingRune(text)) return ~uint32_t{0};
    return non_ascii_gate->GroupsToRun(text);
  }
  // Bit g set: groups[g] is scanned over `text` (`ascii`: the text is pure ASCII).
  uint32_t GroupsToScan(std::string_view text, bool ascii) const {
    const uint32_t allowed = GateAllows(text, ascii);
    uint32_t scan = 0;
    for (size_t g = 0; g < groups.size(); ++g) {
      if (groups[g].Runs(ascii) && (allowed >> g & 1)) scan |= uint32_t{1} << g;
    }
    return scan;
  }

  bool RulesOut(std::string_view text) const {
    return prefilter != nullptr && text.size() <= prefilter_max_bytes && swar::AllAscii(text) &&
           prefilter->RulesOut(text);
  }
  // `ascii`: `text` is pure ASCII.
  Status MatchSet(std::string_view text, bool ascii, std::vector<int>* hits) const;
  // Appends a finding for pattern `index` at its first match in `text`, offsets as in `text`.
  void Locate(std::string_view text, int index, std::vector<Finding>* findings) const;
  // Matches the normalized form of `text`; findings get offsets mapped back into `text`.
  Status ScanNormalized(std::string_view text, std::vector<bool>* seen,
                        std::vector<Finding>* findings) const;
};

PatternMatcher::Impl::SetKind PatternMatcher::Impl::KindOf(const PatternMatcherOptions& options,
                                                           const PatternLiterals& literals,
                                                           bool other_script_pack) {
  if (!options.split_sets) return SetKind::kAsciiPatterns;
  if (!literals.can_match_ascii) return SetKind::kNonAsciiText;
  // A Latin-letter pattern of an other-scripts pack that the literal gate cannot gate (no clause
  // of rare literals: its literals are short or common, or RE2's prefilter lost the conjunction)
  // would make the other-scripts set run on every ASCII text; it joins the English set instead,
  // which runs on every text anyway. Which set a pattern is in never changes a finding.
  const bool gateable = literals.analyzed && !literals.clauses.empty();
  if (other_script_pack && (gateable || !options.literal_gate)) return SetKind::kOtherScripts;
  return SetKind::kAsciiPatterns;
}

Status PatternMatcher::Impl::MatchSet(std::string_view text, bool ascii,
                                      std::vector<int>* hits) const {
  if (RulesOut(text)) return Status::Ok();
  const re2::StringPiece input(text.data(), text.size());
  std::vector<int> local;
  const uint32_t scan = GroupsToScan(text, ascii);
  for (size_t g = 0; g < groups.size(); ++g) {
    if ((scan >> g & 1) == 0) continue;
    const Group& group = groups[g];
    RE2::Set::ErrorInfo info{RE2::Set::kNoError};
    // First without a list: RE2 then allocates nothing and stops at the first match, so clean
    // text costs one scan and no allocation; only text that matches is scanned again for which
    // patterns do. Same DFA, same states, same answer.
    if (!group.set->Match(input, nullptr, &info)) {
      if (info.kind != RE2::Set::kNoError) {
        return Status::ResourceExhausted("injection detection failed: " + SetErrorName(info.kind));
      }
      continue;
    }
    if (!group.set->Match(input, &local, &info)) {  // matched once: no answer now is an error
      return Status::ResourceExhausted(
          "injection detection failed: " +
          SetErrorName(info.kind == RE2::Set::kNoError ? RE2::Set::kInconsistent : info.kind));
    }
    for (int i : local) hits->push_back(group.members[static_cast<size_t>(i)]);
  }
  std::sort(hits->begin(), hits->end());
  return Status::Ok();
}

void PatternMatcher::Impl::Locate(std::string_view text, int index,
                                  std::vector<Finding>* findings) const {
  const Entry& entry = entries[static_cast<size_t>(index)];
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  Finding finding{entry.pattern.id,          entry.pack, entry.pattern.severity,
                  entry.pattern.description, 0,          text.size()};
  // If the single regex cannot re-find what the set saw, report the whole text: never drop a hit.
  if (entry.regex().Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    finding.begin = static_cast<size_t>(match.data() - input.data());
    finding.end = finding.begin + match.size();
  }
  findings->push_back(std::move(finding));
}

Status PatternMatcher::Impl::ScanNormalized(std::string_view text, std::vector<bool>* seen,
                                            std::vector<Finding>* findings) const {
  NormalizedText normalized = Normalize(text);
  std::vector<int> hits;
  BR_RETURN_IF_ERROR(MatchSet(normalized.text, swar::AllAscii(normalized.text), &hits));
  for (int index : hits) {
    if ((*seen)[static_cast<size_t>(index)]) continue;
    size_t first = findings->size();
    Locate(normalized.text, index, findings);
    for (size_t k = first; k < findings->size(); ++k) {
      Finding& f = (*findings)[k];
      std::tie(f.begin, f.end) = normalized.ToSource(f.begin, f.end, text.size());
    }
  }
  return Status::Ok();
}

StatusOr<std::unique_ptr<PatternMatcher>> PatternMatcher::Create(std::vector<PatternPack> packs,
                                                                 PatternMatcherOptions options) {
  auto impl = std::make_unique<Impl>();
  // Each pattern's literals: whether it can match pure-ASCII text at all, and the literal gate's
  // clauses. A bundled pattern's come from pack_literals.inc; any other's from a FilteredRE2 of
  // its own, which also compiles it (and so checks it). A pattern RE2's prefilter refuses counts
  // as able to match ASCII text and is never gated.
  const std::string lower_sample = LowerGateSample();
  const std::string stamp = LiteralsStamp(lower_sample);
  std::vector<PatternLiterals> literals;
  for (PatternPack& pack : packs) {
    for (Pattern& pattern : pack.patterns) {
      std::optional<PatternLiterals> known = PrecomputedLiterals(pattern.regex, stamp);
      std::unique_ptr<re2::FilteredRE2> filter;
      if (!known.has_value()) {
        filter = std::make_unique<re2::FilteredRE2>(/*min_atom_len=*/1);
        int id = 0;
        if (filter->Add(pattern.regex, PatternRegexOptions(), &id) != RE2::NoError) {
          const RE2 regex(pattern.regex, PatternRegexOptions());  // for its error text only
          return Status::InvalidArgument("pack \"" + pack.name + "\" pattern \"" + pattern.id +
                                         "\": regex does not compile under RE2: " +
                                         regex.error());
        }
        known = AnalyzeLiterals(filter.get(), lower_sample);
      }
      literals.push_back(std::move(*known));
      Impl::Entry entry;
      entry.pattern = std::move(pattern);
      entry.pack = pack.name;
      entry.filter = std::move(filter);
      impl->entries.push_back(std::move(entry));
    }
  }
  if (impl->entries.empty()) return Status::InvalidArgument("no patterns to detect with");
  // A pack written for scripts other than ASCII's: it holds a pattern that needs non-ASCII text.
  const size_t count = impl->entries.size();
  std::vector<bool> other_script_pack(count, false);
  for (size_t first = 0; first < count;) {
    size_t last = first;
    bool other = false;
    for (; last < count && impl->entries[last].pack == impl->entries[first].pack; ++last) {
      other = other || !literals[last].can_match_ascii;
    }
    std::fill(other_script_pack.begin() + static_cast<std::ptrdiff_t>(first),
              other_script_pack.begin() + static_cast<std::ptrdiff_t>(last), other);
    first = last;
  }
  std::vector<int> group_of(count);
  std::vector<std::pair<Impl::SetKind, int>> keys = {{Impl::SetKind::kAsciiPatterns, 0}};
  impl->groups.resize(1);
  size_t other_scripts_seen = 0;
  RE2::Options set_options = PatternRegexOptions();
  set_options.set_max_mem(kSetMaxMemBytes);
  for (size_t index = 0; index < count; ++index) {
    const Impl::SetKind kind = Impl::KindOf(options, literals[index], other_script_pack[index]);
    int sub = 0;
    if (kind == Impl::SetKind::kOtherScripts) {
      sub = static_cast<int>(other_scripts_seen++ / Impl::kOtherScriptsSetSize);
    } else if (kind == Impl::SetKind::kNonAsciiText) {
      sub = static_cast<int>(ScriptOf(impl->entries[index].pattern.regex));
    }
    const std::pair<Impl::SetKind, int> key(kind, sub);
    auto found = std::find(keys.begin(), keys.end(), key);
    if (found == keys.end() && keys.size() < Impl::kMaxGroups) {
      keys.push_back(key);
      impl->groups.emplace_back();
      found = keys.end() - 1;
    }
    // Past kMaxGroups sets, the last set takes the rest; it runs on non-ASCII text only if all
    // of its patterns need such text.
    const auto group_index = static_cast<size_t>(
        found == keys.end() ? keys.size() - 1 : static_cast<size_t>(found - keys.begin()));
    group_of[index] = static_cast<int>(group_index);
    Impl::Group& group = impl->groups[group_index];
    if (group.set == nullptr) {
      group.set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
      group.non_ascii_only = kind == Impl::SetKind::kNonAsciiText;
    } else if (kind != Impl::SetKind::kNonAsciiText) {
      group.non_ascii_only = false;
    }
    const Impl::Entry& entry = impl->entries[index];
    std::string error;
    if (group.set->Add(entry.pattern.regex, &error) < 0) {
      return Status::InvalidArgument("pack \"" + entry.pack + "\" pattern \"" + entry.pattern.id +
                                     "\": regex does not compile under RE2: " + error);
    }
    group.members.push_back(static_cast<int>(index));
  }
  for (Impl::Group& group : impl->groups) {
    if (group.set != nullptr && !group.set->Compile()) {
      return Status::ResourceExhausted("pattern set too large: RE2::Set failed to compile");
    }
  }
  if (options.warm_up) {
    // RE2 builds DFA states on first use; a first scan over text that has never been seen costs
    // milliseconds. Walk each set's DFA through WarmUpText and its patterns' literals now, build
    // each pattern's reverse program (Locate needs it to find where a match starts), and fold a
    // non-ASCII letter once so ICU loads its data. Errors here are ignored: Scan reports them.
    // This only softens the first call: the windowed patterns ("[^.!?\n]{0,60}") give the
    // English set more states than any warm-up reaches, and unseen text still builds several
    // milliseconds of them per 4 KiB (bench/notes.md, "first call").
    const std::string ordinary = WarmUpText();
    std::vector<int> ignored;
    for (const Impl::Group& group : impl->groups) {
      if (group.set == nullptr) continue;
      group.set->Match(WarmUpTextOf(group.members, literals, ordinary), &ignored);
    }
    for (const Impl::Entry& entry : impl->entries) entry.regex().ReverseProgramSize();
    Normalize("\xC3\xA9 \xD0\xB0 &amp; 1gn0r3");
  }
  if (options.literal_gate) {
    impl->ascii_gate =
        LiteralGate::Create(literals, group_of, lower_sample, LiteralGate::Text::kAscii);
    impl->non_ascii_gate =
        LiteralGate::Create(literals, group_of, lower_sample, LiteralGate::Text::kNonAscii);
  }
  // The whole-text prefilter compiles every pattern once more: only when it is to be used.
  if (options.literal_prefilter && options.prefilter_max_bytes > 0) {
    std::vector<std::string> regexes;
    for (const Impl::Entry& entry : impl->entries) regexes.push_back(entry.pattern.regex);
    impl->prefilter = LiteralPrefilter::Create(regexes);
  }
  impl->prefilter_max_bytes = options.prefilter_max_bytes;
  impl->empty_text_matches = false;
  for (const Impl::Group& group : impl->groups) {
    if (group.set != nullptr && group.set->Match(re2::StringPiece(), nullptr)) {
      impl->empty_text_matches = true;
    }
  }
  return std::unique_ptr<PatternMatcher>(new PatternMatcher(std::move(impl)));
}

PatternMatcher::PatternMatcher(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PatternMatcher::~PatternMatcher() = default;

size_t PatternMatcher::pattern_count() const { return impl_->entries.size(); }

std::vector<std::vector<std::string>> PatternMatcher::GateClauses(size_t index,
                                                                  bool non_ascii_text) const {
  const LiteralGate* gate = non_ascii_text ? impl_->non_ascii_gate.get() : impl_->ascii_gate.get();
  if (gate == nullptr) return {};
  return gate->Clauses(index);
}

int PatternMatcher::SetsScanned(std::string_view text) const {
  if (impl_->RulesOut(text)) return 0;
  return std::popcount(impl_->GroupsToScan(text, swar::AllAscii(text)));
}

bool PatternMatcher::PrefilterRulesOut(std::string_view text) const {
  return impl_->RulesOut(text);
}

Status PatternMatcher::Scan(std::string_view text, std::vector<Finding>* findings) const {
  if (text.empty() && !impl_->empty_text_matches) return Status::Ok();
  // Fast path first: the text as it is (patterns are case-insensitive). Text that needs no
  // normalization is pure ASCII (a non-ASCII byte needs it), so clean text is classified once.
  const bool needs_normalization = NeedsNormalization(text);
  const bool ascii = !needs_normalization || swar::AllAscii(text);
  std::vector<int> hits;
  BR_RETURN_IF_ERROR(impl_->MatchSet(text, ascii, &hits));
  for (int index : hits) impl_->Locate(text, index, findings);
  if (!needs_normalization) return Status::Ok();
  std::vector<bool> seen(impl_->entries.size(), false);
  for (int index : hits) seen[static_cast<size_t>(index)] = true;
  return impl_->ScanNormalized(text, &seen, findings);
}

struct PatternDetector::Impl {
  std::unique_ptr<PatternMatcher> matcher;
};

StatusOr<std::unique_ptr<PatternDetector>> PatternDetector::Create(std::vector<PatternPack> packs) {
  StatusOr<std::unique_ptr<PatternMatcher>> matcher = PatternMatcher::Create(std::move(packs));
  if (!matcher.ok()) return matcher.status();
  auto impl = std::make_unique<Impl>();
  impl->matcher = std::move(*matcher);
  return std::unique_ptr<PatternDetector>(new PatternDetector(std::move(impl)));
}

PatternDetector::PatternDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PatternDetector::~PatternDetector() = default;

size_t PatternDetector::pattern_count() const { return impl_->matcher->pattern_count(); }

Status PatternDetector::Scan(std::string_view text, std::vector<Finding>* findings) const {
  return impl_->matcher->Scan(text, findings);
}

}  // namespace blastradius
