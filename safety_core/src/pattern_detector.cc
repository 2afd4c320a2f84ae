// PatternDetector: all patterns of all packs in one RE2::Set, matched in one pass; each hit is
// then located with the pattern's own RE2 to report byte offsets.
#include <algorithm>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include <re2/re2.h>
#include <re2/set.h>

#include "blastradius/sanitizer.h"
#include "normalizer.h"
#include "pattern_options.h"

namespace blastradius {

struct PatternDetector::Impl {
  struct Entry {
    Pattern pattern;
    std::string pack;
    std::unique_ptr<RE2> regex;
  };
  std::vector<Entry> entries;  // index = RE2::Set index
  std::unique_ptr<RE2::Set> set;

  Status MatchSet(std::string_view text, std::vector<int>* hits) const;
  // Appends a finding for pattern `index` at its first match in `text`, offsets as in `text`.
  void Locate(std::string_view text, int index, std::vector<Finding>* findings) const;
  // Matches the normalized form of `text`; findings get offsets mapped back into `text`.
  Status ScanNormalized(std::string_view text, std::vector<bool>* seen,
                        std::vector<Finding>* findings) const;
};

namespace {

std::string SetErrorName(RE2::Set::ErrorKind kind) {
  switch (kind) {
    case RE2::Set::kOutOfMemory: return "the RE2 DFA ran out of memory";
    case RE2::Set::kInconsistent: return "RE2::Set returned an inconsistent result";
    case RE2::Set::kNotCompiled: return "the RE2::Set was not compiled";
    default: return "unknown RE2::Set error";
  }
}

}  // namespace

Status PatternDetector::Impl::MatchSet(std::string_view text, std::vector<int>* hits) const {
  RE2::Set::ErrorInfo info{RE2::Set::kNoError};
  if (set->Match(re2::StringPiece(text.data(), text.size()), hits, &info)) return Status::Ok();
  if (info.kind == RE2::Set::kNoError) return Status::Ok();  // no pattern matched
  return Status::ResourceExhausted("injection detection failed: " + SetErrorName(info.kind));
}

void PatternDetector::Impl::Locate(std::string_view text, int index,
                                   std::vector<Finding>* findings) const {
  const Entry& entry = entries[static_cast<size_t>(index)];
  re2::StringPiece input(text.data(), text.size());
  re2::StringPiece match;
  Finding finding{entry.pattern.id, entry.pack, entry.pattern.severity,
                  entry.pattern.description, 0, text.size()};
  // If the single regex cannot re-find what the set saw, report the whole text: never drop a hit.
  if (entry.regex->Match(input, 0, input.size(), RE2::UNANCHORED, &match, 1)) {
    finding.begin = static_cast<size_t>(match.data() - input.data());
    finding.end = finding.begin + match.size();
  }
  findings->push_back(std::move(finding));
}

StatusOr<std::unique_ptr<PatternDetector>> PatternDetector::Create(
    std::vector<PatternPack> packs) {
  RE2::Options set_options = PatternRegexOptions();
  set_options.set_max_mem(kSetMaxMemBytes);
  auto impl = std::make_unique<Impl>();
  impl->set = std::make_unique<RE2::Set>(set_options, RE2::UNANCHORED);
  for (PatternPack& pack : packs) {
    for (Pattern& pattern : pack.patterns) {
      std::string error;
      std::string where = "pack \"" + pack.name + "\" pattern \"" + pattern.id + "\"";
      if (impl->set->Add(pattern.regex, &error) < 0) {
        return Status::InvalidArgument(where + ": regex does not compile under RE2: " + error);
      }
      auto regex = std::make_unique<RE2>(pattern.regex, PatternRegexOptions());
      if (!regex->ok()) {
        return Status::InvalidArgument(where + ": regex does not compile under RE2: " +
                                       regex->error());
      }
      impl->entries.push_back({std::move(pattern), pack.name, std::move(regex)});
    }
  }
  if (impl->entries.empty()) return Status::InvalidArgument("no patterns to detect with");
  if (!impl->set->Compile()) {
    return Status::ResourceExhausted("pattern set too large: RE2::Set failed to compile");
  }
  return std::unique_ptr<PatternDetector>(new PatternDetector(std::move(impl)));
}

PatternDetector::PatternDetector(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
PatternDetector::~PatternDetector() = default;

size_t PatternDetector::pattern_count() const { return impl_->entries.size(); }

Status PatternDetector::Impl::ScanNormalized(std::string_view text, std::vector<bool>* seen,
                                             std::vector<Finding>* findings) const {
  NormalizedText normalized = Normalize(text);
  std::vector<int> hits;
  BR_RETURN_IF_ERROR(MatchSet(normalized.text, &hits));
  std::sort(hits.begin(), hits.end());
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

Status PatternDetector::Scan(std::string_view text, std::vector<Finding>* findings) const {
  // Fast path first: the text as it is (patterns are case-insensitive).
  std::vector<int> hits;
  BR_RETURN_IF_ERROR(impl_->MatchSet(text, &hits));
  std::sort(hits.begin(), hits.end());
  for (int index : hits) impl_->Locate(text, index, findings);
  if (!NeedsNormalization(text)) return Status::Ok();
  std::vector<bool> seen(impl_->entries.size(), false);
  for (int index : hits) seen[static_cast<size_t>(index)] = true;
  return impl_->ScanNormalized(text, &seen, findings);
}

}  // namespace blastradius
