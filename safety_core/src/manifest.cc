#include "blastradius/manifest.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace blastradius {
namespace {

constexpr int64_t kMaxTier = static_cast<int64_t>(Tier::kIrreversible);

// The bits of a name's hash an index slot keeps: the high half, independent of the low bits
// that chose the slot (0 where size_t has 32 bits: then every candidate's name is compared).
uint32_t HashTag(size_t hash) { return static_cast<uint32_t>(static_cast<uint64_t>(hash) >> 32); }

std::string Quoted(const std::string& s) {
  return Json(s).dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Reads `tier`; a missing tier is the `tiers_classified` checklist failure and says so.
void ReadTier(ObjectReader& r, ToolSpec* spec) {
  if (!r.Has("tier")) {
    std::string who = spec->name.empty() ? "this tool" : "tool " + Quoted(spec->name);
    r.errors()->AddMessage(r.PathOf("tier"),
                           who +
                               " has no risk tier: expected an integer from 0 to 3 "
                               "(checklist item tiers_classified)");
    return;
  }
  if (std::optional<int64_t> tier = r.Int("tier", 0, kMaxTier)) {
    spec->tier = static_cast<Tier>(*tier);
  }
}

// Reads `compensation`: a tool name or null. Whether the tool exists is checked later.
void ReadCompensation(ObjectReader& r, ToolSpec* spec) {
  const Json* value = r.Raw("compensation");
  if (!value || value->is_null()) return;
  if (!value->is_string() || value->get<std::string>().empty()) {
    r.errors()->Add(r.PathOf("compensation"), "the name of a tool in this manifest, or null",
                    value);
    return;
  }
  spec->compensation = value->get<std::string>();
}

// Splits a JSON pointer (RFC 6901) into unescaped reference tokens; nullopt if it is not one
// ("" or "/a/b", where "~" must be followed by 0 or 1).
std::optional<std::vector<std::string>> SplitJsonPointer(const std::string& text) {
  std::vector<std::string> tokens;
  if (text.empty()) return tokens;
  if (text[0] != '/') return std::nullopt;
  std::string token;
  for (size_t i = 1; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == '/') {
      tokens.push_back(std::move(token));
      token.clear();
    } else if (text[i] == '~') {
      if (i + 1 >= text.size() || (text[i + 1] != '0' && text[i + 1] != '1')) return std::nullopt;
      token.push_back(text[++i] == '0' ? '~' : '/');
    } else {
      token.push_back(text[i]);
    }
  }
  return tokens;
}

// Reads `compensation_args`: {KEY: {"argument": PTR} | {"structured_content": PTR} |
// {"value": ANY}}, allowed only with a compensation.
void ReadCompensationArgs(ObjectReader& r, ToolSpec* spec) {
  const Json* value = r.Raw("compensation_args");
  if (!value || value->is_null()) return;
  const std::string path = r.PathOf("compensation_args");
  ConfigErrors* errors = r.errors();
  if (!value->is_object()) {
    errors->Add(path, "an object mapping each argument of the compensation call to its source",
                value);
    return;
  }
  if (!spec->compensation) {
    errors->AddMessage(path, "expected no compensation_args without a compensation tool");
  }
  ObjectReader mapping(*value, path, errors);  // for the paths of its keys
  std::vector<UndoArg> args;
  for (const auto& [key, source] : value->items()) {
    const std::string item_path = mapping.PathOf(key);
    const char* kExpected =
        "an object with exactly one of \"argument\" (a JSON pointer into the original "
        "arguments), \"structured_content\" (a JSON pointer into the result's "
        "structuredContent) or \"value\" (a constant)";
    if (!source.is_object() || source.size() != 1) {
      errors->Add(item_path, kExpected, &source);
      continue;
    }
    UndoArg arg;
    arg.key = key;
    // Not a structured binding over source.items(): the proxy that yields the key would be
    // gone before the key is read (ASan: stack-use-after-scope).
    const auto only = source.begin();
    const std::string& kind = only.key();
    const Json& what = only.value();
    if (kind == "value") {
      arg.source = UndoArgSource::kValue;
      arg.value = what;
      args.push_back(std::move(arg));
      continue;
    }
    if (kind != "argument" && kind != "structured_content") {
      errors->Add(item_path, kExpected, &source);
      continue;
    }
    arg.source = kind == "argument" ? UndoArgSource::kArgument : UndoArgSource::kStructuredContent;
    std::optional<std::vector<std::string>> tokens =
        what.is_string() ? SplitJsonPointer(what.get<std::string>()) : std::nullopt;
    if (!tokens) {
      errors->Add(item_path + "." + kind,
                  "a JSON pointer (\"\" or \"/a/b\", \"~\" escaped as ~0 and \"/\" as ~1)", &what);
      continue;
    }
    arg.pointer = std::move(*tokens);
    args.push_back(std::move(arg));
  }
  spec->compensation_args = std::move(args);
}

// Reads one entry of $.tools. Always returns a spec (possibly incomplete); errors are recorded.
ToolSpec ReadTool(const Json& value, const std::string& path, ConfigErrors* errors) {
  ToolSpec spec;
  ObjectReader r(value, path, errors);
  if (!r.valid()) return spec;
  if (std::optional<std::string> name = r.String("name", /*required=*/true)) {
    if (name->empty()) errors->Add(r.PathOf("name"), "a non-empty tool name", r.Raw("name"));
    spec.name = *name;
  }
  ReadTier(r, &spec);
  spec.description = r.String("description").value_or("");
  spec.external = r.Bool("external").value_or(true);  // trust is declared, not assumed
  ReadCompensation(r, &spec);
  ReadCompensationArgs(r, &spec);
  spec.cost_micros = r.UsdMicros("cost_usd").value_or(0);
  spec.idempotent = r.Bool("idempotent").value_or(false);
  r.RejectUnknownKeys();
  return spec;
}

// Reads every entry, then checks names are unique and compensations name a listed tool.
std::vector<ToolSpec> ReadTools(const Json& tools, ConfigErrors* errors) {
  std::vector<ToolSpec> specs;
  std::map<std::string, std::string> first_path;  // name -> path of the entry defining it
  for (size_t i = 0; i < tools.size(); ++i) {
    std::string path = IndexPath("$.tools", i);
    specs.push_back(ReadTool(tools[i], path, errors));
    const std::string& name = specs.back().name;
    if (name.empty()) continue;
    auto [it, inserted] = first_path.emplace(name, path);
    if (!inserted) {
      errors->AddMessage(path + ".name", "expected a unique tool name, got " + Quoted(name) +
                                             " again (first defined at " + it->second + ")");
    }
  }
  for (size_t i = 0; i < specs.size(); ++i) {
    const std::optional<std::string>& comp = specs[i].compensation;
    if (comp && !first_path.count(*comp)) {
      errors->AddMessage(IndexPath("$.tools", i) + ".compensation",
                         "expected the name of a tool in this manifest, got " + Quoted(*comp) +
                             " which names no tool");
    }
  }
  return specs;
}

}  // namespace

StatusOr<Manifest> Manifest::FromJson(const Json& doc, const std::string& origin) {
  ConfigErrors errors(origin);
  ObjectReader root(doc, "$", &errors);
  root.String("$schema");  // editors' schema hint, allowed and ignored
  const Json* tools = root.Raw("tools");
  root.RejectUnknownKeys();
  if (root.valid() && (!tools || !tools->is_array())) {
    errors.Add("$.tools", "an array of tools", tools);
  }
  std::vector<ToolSpec> specs;
  if (tools && tools->is_array()) specs = ReadTools(*tools, &errors);
  if (!errors.empty()) return errors.ToStatus();

  Manifest manifest;
  manifest.tools_ = std::move(specs);
  manifest.BuildIndex();
  return manifest;
}

StatusOr<Manifest> Manifest::Parse(std::string_view text, const std::string& origin) {
  StatusOr<Json> doc = ParseJsonText(text, origin);
  if (!doc.ok()) return doc.status();
  return FromJson(*doc, origin);
}

StatusOr<Manifest> Manifest::Load(Env* env, const std::string& path) {
  StatusOr<Json> doc = LoadJsonFile(env, path);
  if (!doc.ok()) return doc.status();
  return FromJson(*doc, path);
}

void Manifest::BuildIndex() {
  size_t slots = 2;
  while (slots < 2 * tools_.size()) slots *= 2;
  index_.assign(slots, IndexSlot{});
  const size_t mask = slots - 1;
  for (size_t i = 0; i < tools_.size(); ++i) {
    // Names are unique (FromJson refused duplicates), so every name gets a slot of its own.
    const size_t hash = TransparentStringHash{}(tools_[i].name);
    size_t at = hash & mask;
    while (index_[at].position_plus_one != 0) at = (at + 1) & mask;
    index_[at] = IndexSlot{HashTag(hash), static_cast<uint32_t>(i + 1)};
  }
}

const ToolSpec* Manifest::Find(std::string_view name) const {
  if (index_.empty()) return nullptr;  // a default-constructed manifest lists no tool
  const size_t hash = TransparentStringHash{}(name);
  const size_t mask = index_.size() - 1;
  for (size_t at = hash & mask;; at = (at + 1) & mask) {
    const IndexSlot& slot = index_[at];
    if (slot.position_plus_one == 0) return nullptr;  // load <= 1/2: an empty slot ends it
    if (slot.hash_tag != HashTag(hash)) continue;
    const ToolSpec& tool = tools_[slot.position_plus_one - 1];
    if (tool.name == name) return &tool;
  }
}

bool Manifest::IsCompensation(std::string_view name) const {
  for (const ToolSpec& tool : tools_) {
    if (tool.compensation && *tool.compensation == name) return true;
  }
  return false;
}

std::vector<std::string> Manifest::ToolsMissingCompensation() const {
  std::vector<std::string> missing;
  for (const ToolSpec& tool : tools_) {
    bool needs = tool.tier == Tier::kReversible || tool.tier == Tier::kConsequential;
    if (needs && !tool.compensation && !IsCompensation(tool.name)) missing.push_back(tool.name);
  }
  return missing;
}

}  // namespace blastradius
