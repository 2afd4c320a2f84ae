#include "mcp/faults.h"

#include <limits>

#include "blastradius/json_reader.h"
#include "fakes/obfuscation.h"

namespace blastradius::mcp {
namespace {

constexpr int64_t kMaxMs = 3'600'000;  // one hour: the longest latency or window accepted
constexpr int64_t kMaxCount = std::numeric_limits<int32_t>::max();

std::string IndexPath(const std::string& base, size_t i) {
  return base + "[" + std::to_string(i) + "]";
}

// The injector kind a proxy kind runs as.
std::string InjectorKind(const std::string& kind) {
  if (kind == "error") return "fail";
  if (kind == "server_crash") return "crash";
  return kind;
}

void ReadInject(ObjectReader& r, fakes::FaultSpec* f) {
  if (std::optional<std::string> one = r.String("payload")) f->payloads = {*one};
  if (std::optional<std::vector<std::string>> many = r.StringList("payloads")) {
    f->payloads.insert(f->payloads.end(), many->begin(), many->end());
  }
  if (f->payloads.empty()) {
    r.errors()->Add(r.PathOf("payload"), "a payload string or a non-empty payloads list");
  }
  f->position = r.Enum("position", {"prefix", "middle", "suffix"}).value_or("middle");
  if (std::optional<std::string> how = r.Enum("obfuscate", fakes::ObfuscationNames())) {
    f->obfuscate = {*how};
  }
}

void ReadFault(const Json& value, const std::string& path, const Manifest& manifest,
               ConfigErrors* errors, std::vector<fakes::FaultSpec>* out) {
  ObjectReader r(value, path, errors);
  if (!r.valid()) return;
  fakes::FaultSpec f;
  f.tool = r.String("tool", true).value_or("");
  if (!f.tool.empty() && manifest.Find(f.tool) == nullptr) {
    const Json got = f.tool;
    errors->Add(r.PathOf("tool"), "a tool of the manifest", &got);
  }
  std::optional<std::string> kind = r.Enum("kind", ProxyFaultKinds(), true);
  if (const Json* at = r.Raw("at")) {
    if (!at->is_array()) errors->Add(r.PathOf("at"), "an array of call numbers >= 1", at);
    for (size_t i = 0; at->is_array() && i < at->size(); ++i) {
      const Json& n = (*at)[i];
      if (!n.is_number_integer() || n.get<int64_t>() < 1) {
        errors->Add(IndexPath(r.PathOf("at"), i), "a call number >= 1", &n);
      } else {
        f.at.push_back(n.get<int64_t>());
      }
    }
  }
  f.every = r.Int("every", 1, kMaxCount).value_or(0);
  f.probability = r.Number("probability", 0.0, 1.0);
  if (kind == "latency") {
    f.ms = r.Int("ms", 0, kMaxMs, true);
    f.jitter_ms = r.Int("jitter_ms", 0, kMaxMs).value_or(0);
  } else if (kind == "error") {
    f.error = r.String("error").value_or("injected error");
    f.transient = r.Bool("transient").value_or(false);
  } else if (kind == "rate_limit") {
    f.max_calls = r.Int("max_calls", 1, kMaxCount).value_or(1);
    f.per_ms = r.Int("per_ms", 1, kMaxMs).value_or(1000);
    f.retry_after_ms = r.Int("retry_after_ms", 0, kMaxMs);
  } else if (kind == "inject") {
    ReadInject(r, &f);
  } else if (kind == "server_crash") {
    f.after = r.Bool("after").value_or(false);
  }
  r.RejectUnknownKeys();
  if (!kind) return;
  f.kind = InjectorKind(*kind);
  out->push_back(std::move(f));
}

}  // namespace

const std::vector<std::string>& ProxyFaultKinds() {
  static const std::vector<std::string> kinds = {
      "latency", "error", "rate_limit", "hang", "inject", "malformed_reply", "server_crash"};
  return kinds;
}

StatusOr<std::vector<fakes::FaultSpec>> ParseProxyFaults(std::string_view text,
                                                         const std::string& origin,
                                                         const Manifest& manifest) {
  StatusOr<Json> doc = ParseJsonText(text, origin);
  if (!doc.ok()) return doc.status();
  ConfigErrors errors(origin);
  ObjectReader root(*doc, "$", &errors);
  std::vector<fakes::FaultSpec> faults;
  const Json* list = root.Raw("faults");
  if (list == nullptr || !list->is_array()) {
    errors.Add("$.faults", "an array of faults", list);
  } else {
    for (size_t i = 0; i < list->size(); ++i) {
      ReadFault((*list)[i], IndexPath("$.faults", i), manifest, &errors, &faults);
    }
  }
  root.RejectUnknownKeys();
  if (!errors.empty()) return errors.ToStatus();
  return faults;
}

}  // namespace blastradius::mcp
