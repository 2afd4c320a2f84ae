// Pattern packs: parsing and validation of the JSON files, the bundled packs, and findings.
#include <re2/re2.h>

#include <set>
#include <string>
#include <vector>

#include "blastradius/sanitizer.h"
#include "bundled_data.h"
#include "pattern_options.h"

namespace blastradius {
namespace {

constexpr size_t kMaxPatternsPerPack = 4096;
constexpr size_t kMaxRegexBytes = 4096;

// Whether parsing compiles each regex once to check it. Packs from outside are checked, so a bad
// regex is reported at its JSON path. The bundled packs are not: PatternMatcher::Create compiles
// every pattern anyway and fails naming the pack and pattern, and BundledPacks.
// AreExactlyThePackFilesOfTheSourceTreeInFileNameOrder parses each bundled file with the check.
// The check was ~14 % of a Guard::Create with the bundled packs (perf, Release).
enum class RegexCheck { kCompile, kSkip };

// Reads one entry of "patterns"; records errors and returns nullopt when it is invalid.
std::optional<Pattern> ReadPattern(const Json& value, const std::string& path, RegexCheck check,
                                   ConfigErrors* errors) {
  ObjectReader reader(value, path, errors);
  if (!reader.valid()) return std::nullopt;
  std::optional<std::string> id = reader.String("id", /*required=*/true);
  std::optional<std::string> regex = reader.String("regex", /*required=*/true);
  std::optional<std::string> severity =
      reader.Enum("severity", {"low", "medium", "high"}, /*required=*/true);
  std::optional<std::string> description = reader.String("description", /*required=*/true);
  reader.RejectUnknownKeys();
  if (!id || !regex || !severity || !description) return std::nullopt;
  bool ok = true;
  if (id->empty()) {
    errors->AddMessage(reader.PathOf("id"), "expected a non-empty string");
    ok = false;
  }
  if (regex->empty() || regex->size() > kMaxRegexBytes) {
    errors->AddMessage(reader.PathOf("regex"), "expected a non-empty RE2 regex of at most " +
                                                   std::to_string(kMaxRegexBytes) + " bytes");
    ok = false;
  } else if (check == RegexCheck::kCompile) {
    RE2 compiled(*regex, PatternRegexOptions());
    if (!compiled.ok()) {
      errors->AddMessage(
          reader.PathOf("regex"),
          "expected a regex that compiles under RE2, got error: " + compiled.error());
      ok = false;
    }
  }
  if (!ok) return std::nullopt;
  return Pattern{*id, *regex, *ParseSeverity(*severity), *description};
}

void ReadPatterns(const Json& list, const std::string& path, RegexCheck check, PatternPack* pack,
                  ConfigErrors* errors) {
  if (!list.is_array() || list.empty() || list.size() > kMaxPatternsPerPack) {
    errors->Add(
        path,
        "a non-empty array of at most " + std::to_string(kMaxPatternsPerPack) + " pattern objects",
        &list);
    return;
  }
  std::set<std::string> ids;
  for (size_t i = 0; i < list.size(); ++i) {
    std::string item_path = IndexPath(path, i);
    std::optional<Pattern> pattern = ReadPattern(list[i], item_path, check, errors);
    if (!pattern) continue;
    if (!ids.insert(pattern->id).second) {
      errors->AddMessage(item_path + ".id",
                         "expected a unique id, got duplicate \"" + pattern->id + "\"");
      continue;
    }
    pack->patterns.push_back(std::move(*pattern));
  }
}

StatusOr<PatternPack> PackFromJson(const Json& doc, const std::string& origin, RegexCheck check) {
  ConfigErrors errors(origin);
  ObjectReader reader(doc, "$", &errors);
  PatternPack pack;
  if (reader.valid()) {
    std::optional<std::string> name = reader.String("pack", /*required=*/true);
    std::optional<std::string> version = reader.String("version", /*required=*/true);
    const Json* patterns = reader.Raw("patterns");
    if (patterns == nullptr) {
      errors.Add(reader.PathOf("patterns"), "a non-empty array of pattern objects");
    } else {
      ReadPatterns(*patterns, reader.PathOf("patterns"), check, &pack, &errors);
    }
    reader.RejectUnknownKeys();
    if (name && name->empty())
      errors.AddMessage(reader.PathOf("pack"), "expected a non-empty name");
    if (name) pack.name = *name;
    if (version) pack.version = *version;
  }
  BR_RETURN_IF_ERROR(errors.ToStatus());
  return pack;
}

StatusOr<PatternPack> ParsePack(std::string_view text, const std::string& origin,
                                RegexCheck check) {
  StatusOr<Json> doc = ParseJsonText(text, origin);
  if (!doc.ok()) return doc.status();
  return PackFromJson(*doc, origin, check);
}

}  // namespace

RE2::Options PatternRegexOptions() {
  RE2::Options options;
  options.set_encoding(RE2::Options::EncodingUTF8);
  options.set_case_sensitive(false);
  options.set_log_errors(false);
  options.set_max_mem(kPatternMaxMemBytes);
  return options;
}

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kLow:
      return "low";
    case Severity::kMedium:
      return "medium";
    case Severity::kHigh:
      return "high";
  }
  return "medium";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "low") return Severity::kLow;
  if (name == "medium") return Severity::kMedium;
  if (name == "high") return Severity::kHigh;
  return std::nullopt;
}

StatusOr<PatternPack> PatternPack::FromJson(const Json& doc, const std::string& origin) {
  return PackFromJson(doc, origin, RegexCheck::kCompile);
}

StatusOr<PatternPack> PatternPack::Parse(std::string_view text, const std::string& origin) {
  return ParsePack(text, origin, RegexCheck::kCompile);
}

StatusOr<PatternPack> PatternPack::Load(Env* env, const std::string& path) {
  StatusOr<std::string> text = env->ReadFileToString(path);
  if (!text.ok()) return text.status();
  return Parse(*text, path);
}

StatusOr<std::vector<PatternPack>> LoadBundledPacks(Env* /*env*/) {
  std::vector<PatternPack> packs;
  for (const EmbeddedFile& file : BundledPackFiles()) {
    StatusOr<PatternPack> pack =
        ParsePack(file.content, "bundled pack " + std::string(file.name), RegexCheck::kSkip);
    if (!pack.ok()) return pack.status();
    packs.push_back(std::move(*pack));
  }
  if (packs.empty()) return Status::NotFound("no bundled pattern packs were compiled in");
  return packs;
}

Json FindingToJson(const Finding& finding) {
  return Json{{"pattern_id", finding.pattern_id},
              {"pack", finding.pack},
              {"severity", std::string(SeverityName(finding.severity))},
              {"description", finding.description},
              {"begin", finding.begin},
              {"end", finding.end}};
}

}  // namespace blastradius
