#include "chaos_scenarios/scenario.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "blastradius/alerts.h"
#include "fakes/obfuscation.h"

namespace blastradius::chaos {
namespace {

namespace fs = std::filesystem;
using fakes::AgentSpec;
using fakes::ApproverSpec;
using fakes::FaultSpec;
using fakes::PlanStep;

constexpr int64_t kMaxInt = 1'000'000'000'000;

bool OneOf(const std::vector<std::string>& set, const std::string& v) {
  return std::find(set.begin(), set.end(), v) != set.end();
}

std::string Join(const std::vector<std::string>& v, const char* sep = ", ") {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : sep) + s;
  return out;
}

// Resolves a path written in the scenario relative to the scenario's folder.
std::string Beside(const std::string& scenario_file, const std::string& path) {
  if (fs::path(path).is_absolute()) return path;
  return (fs::path(scenario_file).parent_path() / path).lexically_normal().string();
}

// The JSON in `path`, or null (the caller has loaded it successfully once already).
Json JsonFileOrNull(const std::string& path) {
  StatusOr<Json> doc = LoadJsonFile(Env::Default(), path);
  return doc.ok() ? std::move(*doc) : Json();
}

// Reads a list of names that must each belong to `allowed`.
std::vector<std::string> NameList(ObjectReader& r, const std::string& key,
                                  const std::vector<std::string>& allowed, bool required) {
  std::optional<std::vector<std::string>> list = r.StringList(key, required);
  if (!list) return {};
  for (size_t i = 0; i < list->size(); ++i) {
    if (!OneOf(allowed, (*list)[i])) {
      Json got = (*list)[i];
      r.errors()->Add(IndexPath(r.PathOf(key), i), "one of " + Join(allowed), &got);
    }
  }
  return *list;
}

// A tool named by role: the first manifest tool that fits.
std::optional<std::string> ResolveRole(const Manifest& m, const std::string& role) {
  auto first = [&](auto pred) -> std::optional<std::string> {
    for (const ToolSpec& t : m.tools()) {
      if (pred(t)) return t.name;
    }
    return std::nullopt;
  };
  auto tier = [](const ToolSpec& t) { return static_cast<int>(t.tier); };
  if (role == "@read_only") {
    auto internal = first([&](const ToolSpec& t) { return tier(t) == 0 && !t.external; });
    return internal ? internal : first([&](const ToolSpec& t) { return tier(t) == 0; });
  }
  if (role == "@external_read") {
    return first([&](const ToolSpec& t) { return tier(t) == 0 && t.external; });
  }
  if (role == "@external") return first([](const ToolSpec& t) { return t.external; });
  if (role == "@irreversible") return first([&](const ToolSpec& t) { return tier(t) == 3; });
  const bool undo = role.size() > 5 && role.compare(role.size() - 5, 5, "_undo") == 0;
  const std::string base = undo ? role.substr(0, role.size() - 5) : role;
  int want = base == "@reversible" ? 1 : base == "@consequential" ? 2 : -1;
  if (want < 0) return std::nullopt;
  auto step = first([&](const ToolSpec& t) { return tier(t) == want && t.compensation; });
  if (!step || !undo) return step;
  return *m.Find(*step)->compensation;
}

class Loader {
 public:
  Loader(std::string path, const LoadOptions& options)
      : path_(std::move(path)), options_(options), errors_(path_) {}

  std::optional<Scenario> Load(LoadError* error);
  std::optional<Scenario> LoadText(std::string_view text, LoadError* error);

 private:
  void ReadTools(ObjectReader& root);
  void ReadPolicy(ObjectReader& root);
  void ReadFaults(ObjectReader& root);
  void ReadFault(const Json& value, const std::string& path);
  void ReadAgent(ObjectReader& root);
  std::vector<PlanStep> ReadPlan(ObjectReader& r);
  std::optional<PlanStep> ReadStep(const Json& value, const std::string& path);
  void ReadApprover(ObjectReader& root);
  void ReadSeeds(ObjectReader& root);
  void ReadExpect(ObjectReader& root);
  void ReadServer(ObjectReader& root);
  std::string Expand(const std::string& text, const std::string& path);
  void CheckServerScenario();
  std::vector<int64_t> IntList(ObjectReader& r, const std::string& key, int64_t min);
  std::vector<std::string> ReadPayloads(ObjectReader& r);
  // Resolves a role or checks a literal name; `must_exist` for faults and approvers.
  void ResolveTool(std::string* tool, const std::string& path, bool must_exist);
  void ResolveAll();
  std::string ResolvePayload(std::string text, const std::string& path);

  std::string path_;
  const LoadOptions& options_;
  ConfigErrors errors_;
  std::vector<std::string> nested_;  // errors from the manifest and policy loaders
  bool not_applicable_ = false;
  bool manifest_ok_ = false;
  Scenario s_;
  std::vector<std::string> fault_paths_;
  std::vector<std::string> payload_paths_;
};

std::optional<Scenario> Loader::Load(LoadError* error) {
  StatusOr<std::string> text = Env::Default()->ReadFileToString(path_);
  if (!text.ok()) {
    error->status = Status::InvalidArgument(text.status().message());
    return std::nullopt;
  }
  return LoadText(*text, error);
}

std::optional<Scenario> Loader::LoadText(std::string_view text, LoadError* error) {
  StatusOr<Json> doc = ParseJsonText(text, path_);
  if (!doc.ok()) {
    error->status = Status::InvalidArgument(doc.status().message());
    return std::nullopt;
  }
  s_.file = path_;
  ObjectReader root(*doc, "$", &errors_);
  root.String("$schema");
  s_.name = root.String("scenario", true).value_or("");
  if (root.valid() && root.Has("scenario") && s_.name.empty()) {
    errors_.Add("$.scenario", "a non-empty name", root.Raw("scenario"));
  }
  s_.description = root.String("description", true).value_or("");
  s_.failure_modes = NameList(root, "failure_modes", FailureModes(), true);
  s_.checklist = NameList(root, "checklist", ChecklistIds(), true);
  ReadTools(root);
  ReadPolicy(root);
  ReadFaults(root);
  ReadAgent(root);
  ReadApprover(root);
  ReadSeeds(root);
  ReadExpect(root);
  ReadServer(root);
  root.RejectUnknownKeys();
  if (manifest_ok_) ResolveAll();
  if (s_.server) CheckServerScenario();
  for (size_t i = 0; !s_.server && i < s_.faults.size(); ++i) {
    if (!OneOf(ServerOnlyFaultKinds(), s_.faults[i].kind)) continue;
    Json got = s_.faults[i].kind;
    errors_.Add(IndexPath("$.faults", i) + ".kind",
                "a fault of fake tools (this one needs a server)", &got);
  }
  if (errors_.empty() && nested_.empty() && !not_applicable_) return std::move(s_);
  std::string message;
  if (!errors_.empty()) message = errors_.ToStatus().message();
  for (const std::string& n : nested_) message += (message.empty() ? "" : "\n") + n;
  error->status = Status::InvalidArgument(message);
  error->not_applicable = not_applicable_ && errors_.empty() && nested_.empty();
  return std::nullopt;
}

void Loader::ReadTools(ObjectReader& root) {
  const Json* raw = root.Raw("tools");
  StatusOr<Manifest> m = Status::InvalidArgument("");
  if (!options_.tools_override.empty()) {
    s_.tools_origin = options_.tools_override;
    m = Manifest::Load(Env::Default(), options_.tools_override);
    if (m.ok()) s_.tools_doc = JsonFileOrNull(s_.tools_origin);
  } else if (raw == nullptr) {
    errors_.Add("$.tools", "a manifest path or an inline manifest object");
    return;
  } else if (raw->is_string()) {
    s_.tools_origin = Beside(path_, raw->get<std::string>());
    m = Manifest::Load(Env::Default(), s_.tools_origin);
    if (m.ok()) s_.tools_doc = JsonFileOrNull(s_.tools_origin);
  } else if (raw->is_object()) {
    s_.tools_origin = path_ + " $.tools";
    m = Manifest::FromJson(*raw, s_.tools_origin);
    s_.tools_doc = *raw;
  } else {
    errors_.Add("$.tools", "a manifest path (string) or an inline manifest (object)", raw);
    return;
  }
  if (!m.ok()) {
    // A manifest file the scenario names: say which scenario key led there.
    const bool referenced = options_.tools_override.empty() && raw->is_string();
    nested_.push_back((referenced ? path_ + ": $.tools: " : "") + m.status().message());
    return;
  }
  s_.manifest = std::move(*m);
  manifest_ok_ = true;
}

void Loader::ReadPolicy(ObjectReader& root) {
  const Json* raw = root.Raw("policy");
  const Json* overrides = root.Raw("policy_overrides");
  if (overrides != nullptr && !overrides->is_object()) {
    errors_.Add("$.policy_overrides", "an object merged on top of the policy", overrides);
    overrides = nullptr;
  }
  Json doc;
  std::string dir;
  if (!options_.policy_override.empty() || (raw != nullptr && raw->is_string())) {
    s_.policy_origin = options_.policy_override.empty() ? Beside(path_, raw->get<std::string>())
                                                        : options_.policy_override;
    StatusOr<Json> loaded = LoadJsonFile(Env::Default(), s_.policy_origin);
    if (!loaded.ok()) {
      const bool referenced = options_.policy_override.empty();
      nested_.push_back((referenced ? path_ + ": $.policy: " : "") + loaded.status().message());
      return;
    }
    doc = std::move(*loaded);
    dir = fs::path(s_.policy_origin).parent_path().string();
  } else if (raw != nullptr && raw->is_object()) {
    s_.policy_origin = path_ + " $.policy";
    doc = *raw;
    dir = fs::path(path_).parent_path().string();
  } else {
    errors_.Add("$.policy", "a policy path (string) or an inline policy (object)", raw);
    return;
  }
  if (overrides != nullptr) {
    doc = MergePatch(std::move(doc), *overrides);
    s_.policy_origin += " with " + path_ + " $.policy_overrides";
  }
  StatusOr<Policy> p = Policy::FromJson(doc, s_.policy_origin);
  if (!p.ok()) {
    nested_.push_back(p.status().message());
    return;
  }
  s_.policy = std::move(*p);
  for (std::string& pack : s_.policy.sanitizer.packs) {
    if (fs::path(pack).is_relative()) pack = (fs::path(dir) / pack).lexically_normal().string();
  }
  s_.policy_doc = std::move(doc);
  if (!s_.policy.sanitizer.packs.empty()) {
    s_.policy_doc["sanitizer"]["packs"] = s_.policy.sanitizer.packs;
  }
}

std::string Loader::Expand(const std::string& text, const std::string& path) {
  std::string out;
  for (size_t i = 0; i < text.size();) {
    const size_t open = text.find("${", i);
    const size_t close = open == std::string::npos ? open : text.find('}', open);
    if (close == std::string::npos) {
      out += text.substr(i);
      break;
    }
    out += text.substr(i, open - i);
    const std::string name = text.substr(open + 2, close - open - 2);
    const char* value = name.empty() ? nullptr : std::getenv(name.c_str());
    if (value == nullptr) {
      Json got = text;
      errors_.Add(path, "${" + name + "} set in the environment", &got);
      return text;
    }
    out += value;
    i = close + 1;
  }
  return out;
}

void Loader::ReadServer(ObjectReader& root) {
  const Json* raw = root.Raw("server");
  if (raw == nullptr) return;
  ObjectReader r(*raw, "$.server", &errors_);
  if (!r.valid()) return;
  ServerCommand server;
  std::optional<std::vector<std::string>> command = r.StringList("command", true);
  if (command && command->empty()) {
    errors_.Add(r.PathOf("command"), "a non-empty array: the server's argv", r.Raw("command"));
  }
  for (size_t i = 0; command && i < command->size(); ++i) {
    server.command.push_back(Expand((*command)[i], IndexPath(r.PathOf("command"), i)));
  }
  if (const Json* env = r.Raw("env")) {
    if (!env->is_object()) errors_.Add(r.PathOf("env"), "an object of strings", env);
    for (auto it = env->begin(); env->is_object() && it != env->end(); ++it) {
      const std::string path = r.PathOf("env") + "." + it.key();
      if (!it.value().is_string() || it.key().empty() || it.key().find('=') != std::string::npos) {
        errors_.Add(path, "a string value under a variable name without '='", &it.value());
        continue;
      }
      server.env.emplace_back(it.key(), Expand(it.value().get<std::string>(), path));
    }
  }
  r.RejectUnknownKeys();
  s_.server = std::move(server);
}

// A server scenario runs through `blastradius proxy`: only what the proxy can play is allowed.
void Loader::CheckServerScenario() {
  const AgentSpec& a = s_.agent;
  if (!OneOf(ServerAgentKinds(), a.kind)) {
    Json got = a.kind;
    errors_.Add("$.agent.kind", "with a server: one of " + Join(ServerAgentKinds()), &got);
  }
  if (a.transaction) {
    Json got = true;
    errors_.Add("$.agent.transaction",
                "false with a server (the proxy opens workflows itself when the manifest maps "
                "compensation_args)",
                &got);
  }
  if (a.think_ms != 0) {
    Json got = a.think_ms;
    errors_.Add("$.agent.think_ms", "0 with a server (the run is in real time)", &got);
  }
  if (!OneOf(ServerApproverKinds(), s_.approver.kind)) {
    Json got = s_.approver.kind;
    errors_.Add("$.approver.kind", "with a server: one of " + Join(ServerApproverKinds()), &got);
  }
  for (size_t i = 0; i < s_.faults.size(); ++i) {
    if (s_.faults[i].obfuscate.size() > 1) {
      Json got = s_.faults[i].obfuscate;
      errors_.Add(IndexPath("$.faults", i) + ".obfuscate", "with a server: one obfuscation", &got);
    }
    if (OneOf(ServerFaultKinds(), s_.faults[i].kind)) continue;
    Json got = s_.faults[i].kind;
    errors_.Add(IndexPath("$.faults", i) + ".kind",
                "with a server: one of " + Join(ServerFaultKinds()), &got);
  }
}

std::vector<int64_t> Loader::IntList(ObjectReader& r, const std::string& key, int64_t min) {
  const Json* raw = r.Raw(key);
  if (raw == nullptr) return {};
  std::vector<int64_t> out;
  if (!raw->is_array() || raw->empty()) {
    errors_.Add(r.PathOf(key), "a non-empty array of integers >= " + std::to_string(min), raw);
    return {};
  }
  for (size_t i = 0; i < raw->size(); ++i) {
    const Json& v = (*raw)[i];
    if (!v.is_number_integer() || v.get<int64_t>() < min) {
      errors_.Add(IndexPath(r.PathOf(key), i), "an integer >= " + std::to_string(min), &v);
      continue;
    }
    out.push_back(v.get<int64_t>());
  }
  return out;
}

std::vector<std::string> Loader::ReadPayloads(ObjectReader& r) {
  const bool has_payload = r.Has("payload");
  const bool has_corpus = r.Has("corpus");
  if (has_payload == has_corpus) {
    errors_.Add(r.path(), "exactly one of \"payload\" (a string) or \"corpus\" (a file path)");
    return {};
  }
  if (has_payload) {
    std::optional<std::string> p = r.String("payload", true);
    if (p && p->empty()) errors_.Add(r.PathOf("payload"), "a non-empty string", r.Raw("payload"));
    return p ? std::vector<std::string>{*p} : std::vector<std::string>{};
  }
  std::optional<std::string> corpus = r.String("corpus", true);
  if (!corpus) return {};
  const std::string file = Beside(path_, *corpus);
  StatusOr<std::string> text = Env::Default()->ReadFileToString(file);
  if (!text.ok()) {
    errors_.AddMessage(r.PathOf("corpus"),
                       "cannot read corpus " + file + ": " + text.status().message());
    return {};
  }
  std::vector<std::string> payloads;
  StatusOr<Json> doc = ParseJsonText(*text, file);
  if (doc.ok() && doc->is_array()) {
    for (const Json& j : *doc) {
      if (j.is_string() && !j.get<std::string>().empty()) payloads.push_back(j.get<std::string>());
    }
  } else {
    std::istringstream lines(*text);
    for (std::string line; std::getline(lines, line);) {
      if (!line.empty() && line[0] != '#') payloads.push_back(line);
    }
  }
  if (payloads.empty()) {
    errors_.AddMessage(r.PathOf("corpus"), "corpus " + file + " holds no payloads");
  }
  return payloads;
}

void Loader::ReadFault(const Json& value, const std::string& path) {
  ObjectReader r(value, path, &errors_);
  if (!r.valid()) return;
  FaultSpec f;
  f.tool = r.String("tool", true).value_or("");
  std::vector<std::string> kinds = fakes::FaultKinds();
  kinds.insert(kinds.end(), ServerOnlyFaultKinds().begin(), ServerOnlyFaultKinds().end());
  std::optional<std::string> kind = r.Enum("kind", kinds, true);
  if (!kind) return;
  f.kind = *kind;
  f.at = IntList(r, "at", 1);
  f.every = r.Int("every", 1, kMaxInt).value_or(0);
  f.probability = r.Number("probability", 0.0, 1.0);
  const std::string& k = f.kind;
  if (k == "fail") {
    f.error = r.String("error").value_or(f.error);
    f.transient = r.Bool("transient").value_or(false);
  } else if (k == "rate_limit") {
    f.max_calls = r.Int("max_calls", 1, kMaxInt).value_or(1);
    f.per_ms = r.Int("per_ms", 1, kMaxInt).value_or(1000);
    f.retry_after_ms = r.Int("retry_after_ms", 0, kMaxInt);
  } else if (k == "latency") {
    f.ms = r.Int("ms", 0, kMaxInt, true);
    f.jitter_ms = r.Int("jitter_ms", 0, kMaxInt).value_or(0);
  } else if (k == "inject") {
    f.payloads = ReadPayloads(r);
    f.position = r.Enum("position", {"prefix", "middle", "suffix"}).value_or("middle");
    const Json* ob = r.Raw("obfuscate");
    if (ob != nullptr && ob->is_string()) {
      f.obfuscate = {ob->get<std::string>()};
    } else if (ob != nullptr) {
      f.obfuscate = r.StringList("obfuscate").value_or(std::vector<std::string>{});
      if (f.obfuscate.empty()) errors_.Add(r.PathOf("obfuscate"), "a name or a non-empty list", ob);
    }
    for (size_t i = 0; i < f.obfuscate.size(); ++i) {
      if (!fakes::IsObfuscation(f.obfuscate[i])) {
        Json got = f.obfuscate[i];
        errors_.Add(
            ob && ob->is_array() ? IndexPath(r.PathOf("obfuscate"), i) : r.PathOf("obfuscate"),
            "one of " + Join(fakes::ObfuscationNames()), &got);
      }
    }
  } else if (k == "oversize") {
    f.bytes = r.Int("bytes", 1, 1'000'000'000).value_or(65'536);
  } else if (k == "crash" || k == "server_crash") {
    f.after = r.Bool("after").value_or(false);
  } else if (k == "slow_compensation") {
    f.ms = r.Int("ms", 0, kMaxInt);
  }
  r.RejectUnknownKeys();
  fault_paths_.push_back(r.PathOf("tool"));
  payload_paths_.push_back(r.PathOf("payload"));
  s_.faults.push_back(std::move(f));
}

void Loader::ReadFaults(ObjectReader& root) {
  const Json* raw = root.Raw("faults");
  if (raw == nullptr) return;
  if (!raw->is_array()) {
    errors_.Add("$.faults", "an array of faults", raw);
    return;
  }
  for (size_t i = 0; i < raw->size(); ++i) ReadFault((*raw)[i], IndexPath("$.faults", i));
}

std::optional<PlanStep> Loader::ReadStep(const Json& value, const std::string& path) {
  ObjectReader r(value, path, &errors_);
  if (!r.valid()) return std::nullopt;
  PlanStep step;
  step.tool = r.String("tool", true).value_or("");
  if (const Json* args = r.Raw("args")) {
    if (args->is_object()) {
      step.args = *args;
    } else {
      errors_.Add(r.PathOf("args"), "an object of arguments", args);
    }
  }
  r.RejectUnknownKeys();
  return step;
}

std::vector<PlanStep> Loader::ReadPlan(ObjectReader& r) {
  const Json* raw = r.Raw("plan");
  std::vector<PlanStep> plan;
  if (raw == nullptr || !raw->is_array() || raw->empty()) {
    errors_.Add(r.PathOf("plan"), "a non-empty array of {\"tool\", \"args\"} steps", raw);
    return plan;
  }
  for (size_t i = 0; i < raw->size(); ++i) {
    if (auto step = ReadStep((*raw)[i], IndexPath(r.PathOf("plan"), i))) {
      plan.push_back(std::move(*step));
    }
  }
  return plan;
}

void Loader::ReadAgent(ObjectReader& root) {
  const Json* raw = root.Raw("agent");
  if (raw == nullptr) {
    errors_.Add("$.agent", "an agent object {\"kind\", ...}");
    return;
  }
  ObjectReader r(*raw, "$.agent", &errors_);
  if (!r.valid()) return;
  AgentSpec& a = s_.agent;
  std::optional<std::string> kind = r.Enum("kind", fakes::AgentKinds(), true);
  if (!kind) return;
  a.kind = *kind;
  a.transaction = r.Bool("transaction").value_or(false);
  a.max_calls = r.Int("max_calls", 1, 100'000).value_or(a.max_calls);
  a.think_ms = r.Int("think_ms", 0, kMaxInt).value_or(0);
  if (a.kind == "scripted" || a.kind == "gullible" || a.kind == "self_confirming") {
    a.plan = ReadPlan(r);
  }
  if (a.kind == "scripted" || a.kind == "self_confirming") {
    a.on_error = r.Enum("on_error", fakes::OnErrorModes()).value_or("stop");
    a.max_retries = static_cast<int>(r.Int("max_retries", 0, 10'000).value_or(3));
  }
  if (a.kind == "looping") {
    const Json* call = r.Raw("call");
    if (call == nullptr) errors_.Add("$.agent.call", "the call to repeat {\"tool\", \"args\"}");
    if (call != nullptr) a.call = ReadStep(*call, "$.agent.call");
  }
  if (a.kind == "random") {
    a.random_steps = static_cast<int>(r.Int("steps", 1, 100'000).value_or(20));
    a.tools = r.StringList("tools").value_or(std::vector<std::string>{});
  }
  r.RejectUnknownKeys();
}

void Loader::ReadApprover(ObjectReader& root) {
  const Json* raw = root.Raw("approver");
  if (raw == nullptr) {
    s_.approver.kind = "reject_all";  // no human configured: nothing is approved
    return;
  }
  ObjectReader r(*raw, "$.approver", &errors_);
  if (!r.valid()) return;
  s_.approver.kind = r.Enum("kind", fakes::ApproverKinds(), true).value_or("reject_all");
  if (s_.approver.kind == "approve_only") {
    s_.approver.tools = r.StringList("tools", true).value_or(std::vector<std::string>{});
  } else if (s_.approver.kind == "after_ms") {
    s_.approver.ms = r.Int("ms", 0, kMaxInt, true).value_or(0);
  }
  r.RejectUnknownKeys();
}

void Loader::ReadSeeds(ObjectReader& root) {
  const Json* raw = root.Raw("seeds");
  if (options_.seeds_override) {
    for (int i = 1; i <= *options_.seeds_override; ++i) s_.seeds.push_back(i);
    return;
  }
  if (raw == nullptr) {
    for (uint64_t i = 1; i <= 10; ++i) s_.seeds.push_back(i);
  } else if (raw->is_number_integer() && raw->get<int64_t>() >= 1 &&
             raw->get<int64_t>() <= 100'000) {
    for (int64_t i = 1; i <= raw->get<int64_t>(); ++i) s_.seeds.push_back(i);
  } else if (raw->is_array()) {
    for (int64_t v : IntList(root, "seeds", 0)) s_.seeds.push_back(static_cast<uint64_t>(v));
  } else {
    errors_.Add("$.seeds", "a count from 1 to 100000, or a non-empty list of seeds", raw);
  }
}

void Loader::ReadExpect(ObjectReader& root) {
  const Json* raw = root.Raw("expect");
  if (raw == nullptr) {
    errors_.Add("$.expect", "an object {\"outcome\", \"invariants\", \"alerts\"}");
    return;
  }
  ObjectReader r(*raw, "$.expect", &errors_);
  if (!r.valid()) return;
  if (r.Has("outcome") && !r.IsNull("outcome")) s_.expect_outcome = r.Enum("outcome", Outcomes());
  s_.expect_invariants = NameList(r, "invariants", InvariantNames(), false);
  std::vector<std::string> alert_names;
  for (AlertKind k : AllAlertKinds()) alert_names.emplace_back(AlertKindName(k));
  s_.expect_alerts = NameList(r, "alerts", alert_names, false);
  r.RejectUnknownKeys();
  // A scenario must check something: an expect that checks nothing lets its claims pass unseen.
  if (!s_.expect_outcome && s_.expect_invariants.empty() && s_.expect_alerts.empty() &&
      errors_.empty()) {
    errors_.Add("$.expect",
                "at least one check (an \"outcome\", or a non-empty \"invariants\" "
                "or \"alerts\" list): this expect checks nothing",
                raw);
  }
}

void Loader::ResolveTool(std::string* tool, const std::string& path, bool must_exist) {
  if (!tool->empty() && (*tool)[0] == '@') {
    if (!OneOf(ToolRoles(), *tool)) {
      Json got = *tool;
      errors_.Add(path, "a tool name or one of the roles " + Join(ToolRoles()), &got);
      return;
    }
    std::optional<std::string> name = ResolveRole(s_.manifest, *tool);
    if (!name) {
      nested_.push_back(path_ + ": " + path + ": no tool in " + s_.tools_origin + " fits role " +
                        *tool);
      if (!options_.tools_override.empty()) {
        nested_.pop_back();
        not_applicable_ = true;
      }
      return;
    }
    *tool = *name;
    return;
  }
  if (!must_exist || s_.manifest.Find(*tool) != nullptr) return;
  if (!options_.tools_override.empty()) {
    not_applicable_ = true;
    return;
  }
  Json got = *tool;
  errors_.Add(path, "a tool of " + s_.tools_origin, &got);
}

std::string Loader::ResolvePayload(std::string text, const std::string& path) {
  size_t pos;
  while ((pos = text.find("{{@")) != std::string::npos) {
    const size_t end = text.find("}}", pos);
    if (end == std::string::npos) break;
    std::string role = text.substr(pos + 2, end - pos - 2);
    ResolveTool(&role, path, false);
    if (!role.empty() && role[0] == '@') role = "unknown_tool";
    text.replace(pos, end + 2 - pos, role);
  }
  return text;
}

void Loader::ResolveAll() {
  for (size_t i = 0; i < s_.faults.size(); ++i) {
    ResolveTool(&s_.faults[i].tool, fault_paths_[i], true);
    for (std::string& p : s_.faults[i].payloads) p = ResolvePayload(p, payload_paths_[i]);
  }
  // Under --tools, a plan naming a tool the manifest lacks does not apply — unless the scenario
  // expects the guard to deny an unknown tool.
  const bool wants_unknown =
      std::count(s_.expect_alerts.begin(), s_.expect_alerts.end(), "unknown_tool") > 0;
  const bool strict = !options_.tools_override.empty() && !wants_unknown;
  for (size_t i = 0; i < s_.agent.plan.size(); ++i) {
    ResolveTool(&s_.agent.plan[i].tool, IndexPath("$.agent.plan", i) + ".tool", strict);
  }
  if (s_.agent.call) ResolveTool(&s_.agent.call->tool, "$.agent.call.tool", false);
  for (size_t i = 0; i < s_.agent.tools.size(); ++i) {
    ResolveTool(&s_.agent.tools[i], IndexPath("$.agent.tools", i), false);
  }
  for (size_t i = 0; i < s_.approver.tools.size(); ++i) {
    ResolveTool(&s_.approver.tools[i], IndexPath("$.approver.tools", i), false);
  }
}

}  // namespace

const std::vector<std::string>& FailureModes() {
  static const auto* v =
      new std::vector<std::string>{"runaway_execution", "irreversible_without_confirmation",
                                   "injection_via_tool_output", "silent_partial_failure"};
  return *v;
}

const std::vector<std::string>& ChecklistIds() {
  static const auto* v = new std::vector<std::string>{
      "tiers_classified",     "tier3_gated",    "budgets_enforced",   "circuit_breakers",
      "outputs_sanitized",    "rollback_ready", "structured_logging", "alerts_wired",
      "failure_modes_tested", "stuck_explained"};
  return *v;
}

const std::vector<std::string>& InvariantNames() {
  static const auto* v = new std::vector<std::string>{
      "budget_respected",  "breaker_respected",   "retries_bounded", "no_unapproved_side_effects",
      "outputs_sanitized", "injection_contained", "atomic_workflow", "no_silent_failure",
      "every_call_logged"};
  return *v;
}

const std::vector<std::string>& Outcomes() {
  static const auto* v = new std::vector<std::string>{
      "completed", "halted", "blocked", "rolled_back", "incident", "failed", "crashed"};
  return *v;
}

const std::vector<std::string>& ToolRoles() {
  static const auto* v = new std::vector<std::string>{
      "@read_only",       "@external_read", "@external",           "@reversible",
      "@reversible_undo", "@consequential", "@consequential_undo", "@irreversible"};
  return *v;
}

const std::vector<std::string>& ServerAgentKinds() {
  static const auto* v = new std::vector<std::string>{"scripted", "looping"};
  return *v;
}

const std::vector<std::string>& ServerApproverKinds() {
  static const auto* v =
      new std::vector<std::string>{"approve_all", "reject_all", "silent", "approve_only"};
  return *v;
}

const std::vector<std::string>& ServerFaultKinds() {
  static const auto* v = new std::vector<std::string>{
      "fail", "latency", "rate_limit", "hang", "inject", "malformed_reply", "server_crash"};
  return *v;
}

const std::vector<std::string>& ServerOnlyFaultKinds() {
  static const auto* v = new std::vector<std::string>{"malformed_reply", "server_crash"};
  return *v;
}

bool Scenario::has_crash() const {
  return std::any_of(faults.begin(), faults.end(),
                     [](const fakes::FaultSpec& f) { return f.kind == "crash"; });
}

std::optional<Scenario> LoadScenario(const std::string& path, const LoadOptions& options,
                                     LoadError* error) {
  return Loader(path, options).Load(error);
}

std::optional<Scenario> LoadScenarioText(std::string_view text, const std::string& path,
                                         const LoadOptions& options, LoadError* error) {
  return Loader(path, options).LoadText(text, error);
}

Json MergePatch(Json base, const Json& patch) {
  if (!patch.is_object() || !base.is_object()) return patch;
  for (auto it = patch.begin(); it != patch.end(); ++it) {
    base[it.key()] = base.contains(it.key()) ? MergePatch(base[it.key()], it.value()) : it.value();
  }
  return base;
}

bool IsScenarioFile(const std::string& path) {
  if (fs::path(path).extension() != ".json") return false;
  StatusOr<std::string> text = Env::Default()->ReadFileToString(path);
  if (!text.ok()) return false;
  Json doc = Json::parse(*text, nullptr, /*allow_exceptions=*/false);
  return doc.is_object() && doc.contains("scenario");
}

StatusOr<std::vector<std::string>> FindScenarioFiles(const std::vector<std::string>& args) {
  std::vector<std::string> files;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (fs::is_regular_file(arg, ec)) {
      files.push_back(arg);
      continue;
    }
    if (!fs::is_directory(arg, ec)) {
      return Status::InvalidArgument(arg + ": no such file or directory");
    }
    std::vector<std::string> found;
    for (const auto& entry : fs::recursive_directory_iterator(arg, ec)) {
      if (entry.is_regular_file() && IsScenarioFile(entry.path().string())) {
        found.push_back(entry.path().string());
      }
    }
    if (found.empty()) {
      return Status::InvalidArgument(arg + ": no scenario files (*.json with a \"scenario\" key)");
    }
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

}  // namespace blastradius::chaos
