#include "fakes/fake_tools.h"

#include <cstdio>

namespace blastradius::fakes {
namespace {

uint64_t Fnv1a(std::string_view text) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

std::string Hex(uint64_t v, int digits) {
  char buf[17];
  std::snprintf(buf, sizeof(buf), "%016llx", static_cast<unsigned long long>(v));
  return std::string(buf + 16 - digits);
}

}  // namespace

std::string DeterministicReadOutput(const std::string& tool, const Json& args) {
  const uint64_t h = Fnv1a(tool + '\0' + CanonicalJson(args));
  Json out = {{"tool", tool},
              {"query", args},
              {"result", {{"id", "r-" + Hex(h, 8)}, {"score", static_cast<int>(h % 100)},
                          {"summary", "record " + Hex(h >> 32, 6) + " matches the query"}}}};
  return out.dump();
}

GenericFakeTool::GenericFakeTool(ToolSpec spec, bool is_compensation)
    : spec_(std::move(spec)), is_compensation_(is_compensation) {}

ToolResult GenericFakeTool::Invoke(const Invocation& inv, const EffectContext& context,
                                   int64_t now_ms, FakeWorld* world) {
  if (is_compensation_ && !inv.compensates.empty()) return Undo(inv, now_ms, world);
  if (!spec_.writes()) return ToolResult::Ok(DeterministicReadOutput(spec_.name, inv.args));
  const int64_t seq = world->Apply(inv.run_id, spec_.name, inv.call_id,
                                   static_cast<int>(spec_.tier), inv.args, context, now_ms);
  ToolResult r = ToolResult::Ok(
      Json{{"ok", true}, {"effect", EffectCategory(spec_.name)}, {"id", "eff-" + std::to_string(seq)}}
          .dump());
  r.undo = Json{{"call_id", inv.call_id}, {"effect", seq}};
  return r;
}

ToolResult GenericFakeTool::Undo(const Invocation& inv, int64_t now_ms, FakeWorld* world) {
  const int undone = world->Undo(inv.compensates, spec_.name, inv.call_id, now_ms);
  return ToolResult::Ok(Json{{"ok", true}, {"undone", undone}, {"step", inv.compensates}}.dump());
}

FakeToolbox::FakeToolbox(Env* env, FakeWorld* world, ProvenanceSource* provenance)
    : env_(env), world_(world), provenance_(provenance) {}

std::unique_ptr<FakeToolbox> FakeToolbox::FromManifest(const Manifest& manifest, Env* env,
                                                       FakeWorld* world,
                                                       ProvenanceSource* provenance) {
  auto box = std::make_unique<FakeToolbox>(env, world, provenance);
  for (const ToolSpec& spec : manifest.tools()) {
    box->Register(spec.name,
                  std::make_unique<GenericFakeTool>(spec, manifest.IsCompensation(spec.name)));
  }
  return box;
}

void FakeToolbox::Register(const std::string& tool, std::unique_ptr<FakeTool> fake) {
  tools_[tool] = std::move(fake);
}

ToolResult FakeToolbox::Execute(const Invocation& inv) {
  auto it = tools_.find(inv.tool);
  if (it == tools_.end()) return ToolResult::Failed("no fake for tool " + inv.tool);
  EffectContext context;
  if (provenance_ != nullptr) context = provenance_->ContextFor(inv);
  return it->second->Invoke(inv, context, env_->NowMillis(), world_);
}

}  // namespace blastradius::fakes
