// The bundled packs' literal analyses, made ahead of time (pattern_gate.h: PrecomputedLiterals).
#include <dlfcn.h>
#include <openssl/evp.h>
#include <re2/re2.h>
#include <sys/stat.h>
#include <unicode/utf8.h>

#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "pattern_gate.h"
#include "pattern_options.h"

namespace blastradius {
namespace {

using std::string_view_literals::operator""sv;

// The table pack_literals.inc defines: kPrecomputedRe2Library; kPrecomputedStamp;
// kPrecomputedStrings, every distinct string once; kPrecomputedWords, one record per pattern,
// back to back:
//   regex (a string index), flags (1: analyzed, 2: can_match_ascii),
//   atom count, atoms...,
//   clause count, then per clause its atom count and atoms (ASCII clauses),
//   the same for the non-ASCII clauses.
#include "pack_literals.inc"

constexpr uint32_t kAnalyzed = 1, kCanMatchAscii = 2;

uint64_t Fnv1a(uint64_t hash, std::string_view bytes) {
  for (char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  return hash;
}

// Reads one record of kPrecomputedWords from `*at`.
class RecordReader {
 public:
  explicit RecordReader(size_t at) : at_(at) {}
  uint32_t Word() { return kPrecomputedWords[at_++]; }
  std::string String() { return std::string(kPrecomputedStrings[Word()]); }
  std::vector<std::string> Strings() {
    std::vector<std::string> out(Word());
    for (std::string& s : out) s = String();
    return out;
  }
  std::vector<std::vector<std::string>> Clauses() {
    std::vector<std::vector<std::string>> out(Word());
    for (std::vector<std::string>& clause : out) clause = Strings();
    return out;
  }
  size_t at() const { return at_; }

 private:
  size_t at_;
};

// Where each record starts, by the SHA-256 of its regex.
const std::unordered_map<std::string_view, size_t>& RecordIndex() {
  static const auto* index = [] {
    auto* map = new std::unordered_map<std::string_view, size_t>();
    constexpr size_t kWords = sizeof(kPrecomputedWords) / sizeof(kPrecomputedWords[0]);
    for (size_t at = 0; at < kWords && kPrecomputedStamp.size() > 0;) {
      RecordReader record(at);
      map->emplace(kPrecomputedStrings[record.Word()], at);
      record.Word();
      record.Strings();
      record.Clauses();
      record.Clauses();
      at = record.at();
    }
    return map;
  }();
  return *index;
}

void AppendStringLiteral(std::string_view bytes, std::string* out) {
  // Adjacent literals of at most ~80 columns; the quote, the backslash and '?' ("??" would warn
  // as a trigraph) escaped, UTF-8 characters as they are, any other byte outside printable ASCII
  // as a three-digit octal escape (no following digit extends it).
  constexpr size_t kColumns = 80;
  std::string line = "\"";
  bool first = true;
  auto flush = [&] {
    line += '"';
    if (!first) *out += "\n        ";
    *out += line;
    first = false;
    line = "\"";
  };
  const auto size = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < size;) {
    const int32_t begin = i;
    UChar32 rune = 0;
    U8_NEXT(bytes.data(), i, size, rune);
    std::string piece;
    const char c = bytes[static_cast<size_t>(begin)];
    if (c == '"' || c == '\\' || c == '?') {
      piece = {'\\', c};
    } else if (rune >= 0x20 && rune != 0x7F) {
      piece.assign(bytes.substr(static_cast<size_t>(begin), static_cast<size_t>(i - begin)));
    } else {
      i = begin + 1;  // a control byte, or a byte that starts no UTF-8 character
      char octal[8];
      std::snprintf(octal, sizeof(octal), "\\%03o", static_cast<unsigned char>(c));
      piece = octal;
    }
    if (line.size() + piece.size() > kColumns) flush();
    line += piece;
  }
  flush();
}

std::string Sha256Hex(std::string_view bytes) {
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  if (EVP_Digest(bytes.data(), bytes.size(), digest, &length, EVP_sha256(), nullptr) != 1) {
    return "";
  }
  std::string hex;
  for (unsigned int i = 0; i < length; ++i) {
    char two[3];
    std::snprintf(two, sizeof(two), "%02x", digest[i]);
    hex += two;
  }
  return hex;
}

std::string FindRe2LibraryIdentity() {
  Dl_info info{};
  if (dladdr(reinterpret_cast<void*>(&RE2::FullMatchN), &info) == 0 || info.dli_fname == nullptr) {
    return "";
  }
  char resolved[PATH_MAX];
  struct stat st {};
  if (realpath(info.dli_fname, resolved) == nullptr || stat(resolved, &st) != 0) return "";
  std::string_view name(resolved);
  name.remove_prefix(name.rfind('/') + 1);      // rfind gives npos without a '/': + 1 is 0
  if (!name.starts_with("libre2.")) return "";  // RE2 is inside some other file: not told apart
  return std::string(name) + " " + std::to_string(st.st_size);
}

}  // namespace

// The library a process loaded stays loaded: looked up once, not at every Create.
std::string Re2LibraryIdentity() {
  static const std::string identity = FindRe2LibraryIdentity();
  return identity;
}

std::string LiteralsStamp(std::string_view lower_sample, std::string_view re2_library) {
  if (re2_library.empty()) return "";
  const RE2::Options options = PatternRegexOptions();
  const int flags[] = {kLiteralsAnalysisVersion,
                       static_cast<int>(LiteralGate::kMinAtomBytes),
                       static_cast<int>(LiteralGate::kMaxClauseSampleHits),
                       static_cast<int>(LiteralGate::kMaxClauses),
                       static_cast<int>(LiteralGate::kMaxSpellings),
                       static_cast<int>(options.encoding()),
                       options.case_sensitive(),
                       options.literal(),
                       options.posix_syntax(),
                       options.longest_match(),
                       options.never_nl(),
                       options.dot_nl(),
                       options.never_capture(),
                       options.perl_classes(),
                       options.word_boundary(),
                       options.one_line()};
  std::string constants;
  for (int flag : flags) constants += std::to_string(flag) + " ";
  uint64_t hash = Fnv1a(0xcbf29ce484222325ULL, constants);
  hash = Fnv1a(hash, lower_sample);
  hash = Fnv1a(hash, re2_library);
  char hex[17];
  std::snprintf(hex, sizeof(hex), "%016llx", static_cast<unsigned long long>(hash));
  return hex;
}

std::optional<PatternLiterals> PrecomputedLiterals(std::string_view regex, std::string_view stamp) {
  if (kPrecomputedStamp.empty() || stamp != kPrecomputedStamp) return std::nullopt;
  const auto& index = RecordIndex();
  const auto found = index.find(Sha256Hex(regex));
  if (found == index.end()) return std::nullopt;
  RecordReader record(found->second);
  record.Word();  // the regex's SHA-256
  const uint32_t flags = record.Word();
  PatternLiterals out;
  out.analyzed = (flags & kAnalyzed) != 0;
  out.can_match_ascii = (flags & kCanMatchAscii) != 0;
  out.atoms = record.Strings();
  out.clauses = record.Clauses();
  out.non_ascii_clauses = record.Clauses();
  return out;
}

std::string_view PrecomputedRe2Library() { return kPrecomputedRe2Library; }

std::string PrecomputedLiteralsSource(
    const std::vector<std::pair<std::string, PatternLiterals>>& analyses,
    std::string_view lower_sample, std::string_view re2_library) {
  std::vector<std::string_view> strings;
  std::unordered_map<std::string_view, uint32_t> string_index;
  auto intern = [&](std::string_view s) {
    const auto [at, added] = string_index.try_emplace(s, static_cast<uint32_t>(strings.size()));
    if (added) strings.push_back(s);
    return at->second;
  };
  std::vector<uint32_t> words;
  auto put_strings = [&](const std::vector<std::string>& list) {
    words.push_back(static_cast<uint32_t>(list.size()));
    for (const std::string& s : list) words.push_back(intern(s));
  };
  auto put_clauses = [&](const std::vector<std::vector<std::string>>& clauses) {
    words.push_back(static_cast<uint32_t>(clauses.size()));
    for (const std::vector<std::string>& clause : clauses) put_strings(clause);
  };
  std::vector<std::string> keys;
  keys.reserve(analyses.size());  // interned views into them must stay valid
  for (const auto& [regex, literals] : analyses) {
    keys.push_back(Sha256Hex(regex));
    words.push_back(intern(keys.back()));
    words.push_back((literals.analyzed ? kAnalyzed : 0) |
                    (literals.can_match_ascii ? kCanMatchAscii : 0));
    put_strings(literals.atoms);
    put_clauses(literals.clauses);
    put_clauses(literals.non_ascii_clauses);
  }
  std::string out =
      "// Generated by pack_literals (safety_core/tools/pack_literals.cc) from the bundled packs:\n"
      "// each pattern's AnalyzeLiterals result (pattern_gate.h). Do not edit; remake it with\n"
      "//   cmake --build build --target pack_literals\n"
      "//   build/safety_core/pack_literals > safety_core/src/pack_literals.inc\n"
      "// clang-format off\n";
  out += "inline constexpr std::string_view kPrecomputedRe2Library = ";
  AppendStringLiteral(re2_library, &out);
  out += ";\ninline constexpr std::string_view kPrecomputedStamp = \"" +
         LiteralsStamp(lower_sample, re2_library) + "\";\n";
  out += "inline constexpr std::string_view kPrecomputedStrings[] = {\n";
  for (std::string_view s : strings) {
    out += "    ";
    AppendStringLiteral(s, &out);
    out += "sv,\n";  // sv: a string may hold a zero byte
  }
  if (strings.empty()) out += "    \"\"sv,\n";
  out += "};\ninline constexpr uint32_t kPrecomputedWords[] = {";
  for (size_t i = 0; i < words.size(); ++i) {
    out += i % 12 == 0 ? "\n    " : " ";
    out += std::to_string(words[i]) + ",";
  }
  if (words.empty()) out += "\n    0,";
  out += "\n};\n// clang-format on\n";
  return out;
}

}  // namespace blastradius
