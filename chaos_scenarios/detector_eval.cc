#include "detector_eval.h"

#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace blastradius {
namespace {

constexpr int64_t kEvalMaxOutputBytes = 1 << 20;

StatusOr<CorpusItem> ParseCorpusLine(std::string_view line, const std::string& origin) {
  StatusOr<Json> doc = ParseJsonText(line, origin);
  if (!doc.ok()) return doc.status();
  ConfigErrors errors(origin);
  ObjectReader reader(*doc, "$", &errors);
  CorpusItem item;
  if (reader.valid()) {
    item.id = reader.String("id", /*required=*/true).value_or("");
    item.label = reader.Enum("label", {"injection", "benign"}, /*required=*/true).value_or("");
    item.text = reader.String("text", /*required=*/true).value_or("");
    item.kind = reader.String("kind").value_or(item.label == "benign" ? "benign" : "unknown");
  }
  BR_RETURN_IF_ERROR(errors.ToStatus());  // other keys (source, license...) are allowed
  return item;
}

void Count(bool detected, Rate* rate) {
  ++rate->total;
  if (detected) ++rate->hits;
}

std::string Percent(const Rate& rate) {
  char buf[64];
  std::snprintf(buf, sizeof(buf), "%.4f (%zu/%zu)", rate.value(), rate.hits, rate.total);
  return buf;
}

struct Thresholds {
  std::optional<double> min_recall;
  std::map<std::string, double> min_recall_by_kind;
  std::optional<double> max_fpr_benign;
  std::optional<double> max_fpr_hard_negative;
};

struct EvalArgs {
  std::string corpus;
  std::vector<std::string> packs;
  std::string json_path;
  bool list_misses = false;
  Thresholds thresholds;
};

constexpr char kUsage[] =
    "usage: blastradius eval-detector --corpus FILE.jsonl [--pack FILE]... [--json FILE]\n"
    "         [--list-misses] [--min-recall X] [--min-recall-kind KIND=X]...\n"
    "         [--max-fpr-benign X] [--max-fpr-hard-negative X]\n";

bool ParseDouble(const std::string& text, double* out) {
  char* end = nullptr;
  *out = std::strtod(text.c_str(), &end);
  return !text.empty() && end != nullptr && *end == '\0' && *out >= 0 && *out <= 1;
}

// Returns an error message, or empty on success.
std::string ParseArgs(int argc, char** argv, EvalArgs* args) {
  int i = 1;
  if (i < argc && std::string(argv[i]) == "eval-detector") ++i;
  for (; i < argc; ++i) {
    std::string flag = argv[i];
    if (flag == "--list-misses") {
      args->list_misses = true;
      continue;
    }
    if (i + 1 >= argc) return flag + ": unknown flag or missing value";
    std::string value = argv[++i];
    double x = 0;
    if (flag == "--corpus") {
      args->corpus = value;
    } else if (flag == "--pack") {
      args->packs.push_back(value);
    } else if (flag == "--json") {
      args->json_path = value;
    } else if (flag == "--min-recall" && ParseDouble(value, &x)) {
      args->thresholds.min_recall = x;
    } else if (flag == "--max-fpr-benign" && ParseDouble(value, &x)) {
      args->thresholds.max_fpr_benign = x;
    } else if (flag == "--max-fpr-hard-negative" && ParseDouble(value, &x)) {
      args->thresholds.max_fpr_hard_negative = x;
    } else if (flag == "--min-recall-kind" && value.find('=') != std::string::npos &&
               ParseDouble(value.substr(value.find('=') + 1), &x)) {
      args->thresholds.min_recall_by_kind[value.substr(0, value.find('='))] = x;
    } else {
      return flag + " " + value + ": unknown flag or bad value (rates are numbers in [0, 1])";
    }
  }
  if (args->corpus.empty()) return "--corpus FILE is required";
  return "";
}

StatusOr<std::shared_ptr<const Detector>> BuildDetector(Env* env,
                                                        const std::vector<std::string>& files) {
  std::vector<PatternPack> packs;
  if (files.empty()) {
    StatusOr<std::vector<PatternPack>> bundled = LoadBundledPacks(env);
    if (!bundled.ok()) return bundled.status();
    packs = std::move(*bundled);
  }
  for (const std::string& file : files) {
    StatusOr<PatternPack> pack = PatternPack::Load(env, file);
    if (!pack.ok()) return pack.status();
    packs.push_back(std::move(*pack));
  }
  StatusOr<std::unique_ptr<PatternDetector>> detector = PatternDetector::Create(std::move(packs));
  if (!detector.ok()) return detector.status();
  return std::shared_ptr<const Detector>(std::move(*detector));
}

std::string FindingIds(const ItemResult& item) {
  std::string ids;
  for (const Finding& f : item.findings) ids += (ids.empty() ? "" : ",") + f.pattern_id;
  return ids.empty() ? "-" : ids;
}

std::string Snippet(const std::string& text) {
  std::string out = text.substr(0, 100);
  for (char& c : out) {
    if (c == '\n' || c == '\t') c = ' ';
  }
  return out;
}

void PrintReport(const DetectorMetrics& m, const std::vector<CorpusItem>& corpus,
                 bool list_misses) {
  std::printf("recall             %s\n", Percent(m.recall).c_str());
  for (const auto& [kind, rate] : m.recall_by_kind) {
    std::printf("  recall[%s] %s\n", kind.c_str(), Percent(rate).c_str());
  }
  std::printf("fpr_benign         %s\n", Percent(m.fpr_benign).c_str());
  std::printf("fpr_hard_negative  %s\n", Percent(m.fpr_hard_negative).c_str());
  for (size_t i = 0; i < m.items.size(); ++i) {
    const ItemResult& r = m.items[i];
    bool miss = r.label == "injection" && !r.detected;
    bool false_positive = r.label == "benign" && r.detected;
    if (false_positive) {
      std::printf("FALSE POSITIVE %s [%s] %s: %s\n", r.id.c_str(), r.kind.c_str(),
                  FindingIds(r).c_str(), Snippet(corpus[i].text).c_str());
    } else if (miss && list_misses) {
      std::printf("MISS %s [%s]: %s\n", r.id.c_str(), r.kind.c_str(),
                  Snippet(corpus[i].text).c_str());
    }
  }
}

bool CheckThresholds(const DetectorMetrics& m, const Thresholds& t) {
  bool ok = true;
  auto fail = [&](const std::string& what, double got, double want) {
    std::fprintf(stderr, "threshold failed: %s = %.4f, wanted %.4f\n", what.c_str(), got, want);
    ok = false;
  };
  if (t.min_recall && m.recall.value() < *t.min_recall) {
    fail("recall", m.recall.value(), *t.min_recall);
  }
  for (const auto& [kind, want] : t.min_recall_by_kind) {
    auto it = m.recall_by_kind.find(kind);
    double got = it == m.recall_by_kind.end() ? 0.0 : it->second.value();
    if (got < want) fail("recall[" + kind + "]", got, want);
  }
  if (t.max_fpr_benign && m.fpr_benign.value() > *t.max_fpr_benign) {
    fail("fpr_benign", m.fpr_benign.value(), *t.max_fpr_benign);
  }
  if (t.max_fpr_hard_negative && m.fpr_hard_negative.value() > *t.max_fpr_hard_negative) {
    fail("fpr_hard_negative", m.fpr_hard_negative.value(), *t.max_fpr_hard_negative);
  }
  return ok;
}

Status WriteJson(Env* env, const std::string& path, const Json& doc) {
  if (env->FileExists(path)) BR_RETURN_IF_ERROR(env->RemoveFile(path));
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  if (!file.ok()) return file.status();
  BR_RETURN_IF_ERROR((*file)->Append(doc.dump(2, ' ', false, Json::error_handler_t::replace)));
  BR_RETURN_IF_ERROR((*file)->Append("\n"));
  return (*file)->Close();
}

}  // namespace

StatusOr<std::vector<CorpusItem>> LoadCorpus(Env* env, const std::string& path) {
  StatusOr<std::string> text = env->ReadFileToString(path);
  if (!text.ok()) return text.status();
  std::vector<CorpusItem> items;
  size_t line_no = 0, pos = 0;
  while (pos < text->size()) {
    size_t end = text->find('\n', pos);
    if (end == std::string::npos) end = text->size();
    std::string_view line(text->data() + pos, end - pos);
    ++line_no;
    pos = end + 1;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
    StatusOr<CorpusItem> item = ParseCorpusLine(line, path + ": line " + std::to_string(line_no));
    if (!item.ok()) return item.status();
    items.push_back(std::move(*item));
  }
  if (items.empty()) return Status::InvalidArgument(path + ": expected at least one JSON line");
  return items;
}

DetectorMetrics EvaluateDetector(std::shared_ptr<const Detector> detector,
                                 const std::vector<CorpusItem>& corpus) {
  SanitizerOptions options;
  options.on_detect = OnDetect::kFlag;
  options.max_output_bytes = kEvalMaxOutputBytes;
  Sanitizer sanitizer(options, std::move(detector));
  DetectorMetrics m;
  for (const CorpusItem& item : corpus) {
    SanitizedOutput out = sanitizer.Sanitize(item.text, /*nonce=*/uint64_t{0});
    ItemResult r{item.id, item.label, item.kind,
                 out.action != SanitizedOutput::Action::kPassed, std::move(out.findings)};
    if (item.label == "injection") {
      Count(r.detected, &m.recall);
      Count(r.detected, &m.recall_by_kind[item.kind]);
    } else if (item.kind == "hard_negative") {
      Count(r.detected, &m.fpr_hard_negative);
    } else {
      Count(r.detected, &m.fpr_benign);
    }
    m.items.push_back(std::move(r));
  }
  return m;
}

Json MetricsToJson(const DetectorMetrics& m) {
  Json by_kind = Json::object();
  for (const auto& [kind, rate] : m.recall_by_kind) by_kind[kind] = rate.value();
  Json items = Json::array();
  for (const ItemResult& r : m.items) {
    Json findings = Json::array();
    for (const Finding& f : r.findings) findings.push_back(FindingToJson(f));
    items.push_back({{"id", r.id}, {"label", r.label}, {"kind", r.kind},
                     {"detected", r.detected}, {"findings", findings}});
  }
  return Json{{"recall", m.recall.value()},
              {"recall_by_kind", by_kind},
              {"fpr_benign", m.fpr_benign.value()},
              {"fpr_hard_negative", m.fpr_hard_negative.value()},
              {"items", items}};
}

int EvalDetectorMain(int argc, char** argv) {
  EvalArgs args;
  std::string usage_error = ParseArgs(argc, argv, &args);
  if (!usage_error.empty()) {
    std::fprintf(stderr, "eval-detector: %s\n%s", usage_error.c_str(), kUsage);
    return 2;
  }
  Env* env = Env::Default();
  StatusOr<std::vector<CorpusItem>> corpus = LoadCorpus(env, args.corpus);
  StatusOr<std::shared_ptr<const Detector>> detector = BuildDetector(env, args.packs);
  for (const Status& s : {corpus.status(), detector.status()}) {
    if (s.ok()) continue;
    std::fprintf(stderr, "eval-detector: %s\n", s.ToString().c_str());
    return 2;
  }
  DetectorMetrics metrics = EvaluateDetector(*detector, *corpus);
  PrintReport(metrics, *corpus, args.list_misses);
  if (!args.json_path.empty()) {
    Status written = WriteJson(env, args.json_path, MetricsToJson(metrics));
    if (!written.ok()) {
      std::fprintf(stderr, "eval-detector: %s\n", written.ToString().c_str());
      return 2;
    }
  }
  return CheckThresholds(metrics, args.thresholds) ? 0 : 1;
}

}  // namespace blastradius
