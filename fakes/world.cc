#include "fakes/world.h"

#include <memory>

namespace blastradius::fakes {
namespace {

bool Contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

}  // namespace

std::string EffectCategory(std::string_view tool) {
  if (Contains(tool, "mail") || Contains(tool, "notify") || Contains(tool, "message")) {
    return "emails";
  }
  if (Contains(tool, "refund") || Contains(tool, "pay") || Contains(tool, "charge") ||
      Contains(tool, "transfer")) {
    return "payments";
  }
  if (Contains(tool, "draft")) return "drafts";
  return "records";
}

int64_t FakeWorld::Apply(const std::string& run_id, const std::string& tool,
                         const std::string& call_id, int tier, const Json& args,
                         const EffectContext& context, int64_t clock_ms) {
  std::lock_guard<std::mutex> lock(mu_);
  Effect e;
  e.seq = static_cast<int64_t>(ledger_.size()) + 1;
  e.run_id = run_id;
  e.tool = tool;
  e.call_id = call_id;
  e.tier = tier;
  e.category = EffectCategory(tool);
  e.args = args;
  e.approved = context.approved;
  e.injected = context.injected;
  e.clock_ms = clock_ms;
  ledger_.push_back(std::move(e));
  return ledger_.back().seq;
}

int FakeWorld::Undo(const std::string& step_call_id, const std::string& by_tool,
                    const std::string& by_call_id, int64_t clock_ms) {
  std::lock_guard<std::mutex> lock(mu_);
  int undone = 0;
  for (Effect& e : ledger_) {
    if (e.call_id != step_call_id || e.undone) continue;
    e.undone = true;
    e.undone_by_tool = by_tool;
    e.undone_by_call = by_call_id;
    e.undone_at_ms = clock_ms;
    ++undone;
  }
  return undone;
}

std::vector<Effect> FakeWorld::ledger() const {
  std::lock_guard<std::mutex> lock(mu_);
  return ledger_;
}

std::vector<Effect> FakeWorld::LiveEffects(std::string_view run_id) const {
  std::lock_guard<std::mutex> lock(mu_);
  std::vector<Effect> live;
  for (const Effect& e : ledger_) {
    if (!e.undone && (run_id.empty() || e.run_id == run_id)) live.push_back(e);
  }
  return live;
}

std::vector<Effect> FakeWorld::Live(std::string_view category) const {
  std::vector<Effect> live;
  for (Effect& e : LiveEffects()) {
    if (e.category == category) live.push_back(std::move(e));
  }
  return live;
}

Json EffectToJson(const Effect& e) {
  return Json{{"seq", e.seq},           {"run_id", e.run_id},
              {"tool", e.tool},         {"call_id", e.call_id},
              {"tier", e.tier},         {"category", e.category},
              {"args", e.args},         {"approved", e.approved},
              {"injected", e.injected}, {"clock_ms", e.clock_ms},
              {"undone", e.undone},     {"undone_by_tool", e.undone_by_tool},
              {"undone_by_call", e.undone_by_call}, {"undone_at_ms", e.undone_at_ms}};
}

Json FakeWorld::ToJson() const {
  Json out = Json::array();
  for (const Effect& e : ledger()) out.push_back(EffectToJson(e));
  return out;
}

StatusOr<std::unique_ptr<FakeWorld>> FakeWorld::FromJson(const Json& doc) {
  if (!doc.is_array()) return Status::InvalidArgument("world ledger: expected an array");
  auto world = std::make_unique<FakeWorld>();
  try {
    for (const Json& j : doc) {
      Effect e;
      e.seq = j.at("seq").get<int64_t>();
      e.run_id = j.at("run_id").get<std::string>();
      e.tool = j.at("tool").get<std::string>();
      e.call_id = j.at("call_id").get<std::string>();
      e.tier = j.at("tier").get<int>();
      e.category = j.at("category").get<std::string>();
      e.args = j.at("args");
      e.approved = j.at("approved").get<bool>();
      e.injected = j.at("injected").get<bool>();
      e.clock_ms = j.at("clock_ms").get<int64_t>();
      e.undone = j.at("undone").get<bool>();
      e.undone_by_tool = j.at("undone_by_tool").get<std::string>();
      e.undone_by_call = j.at("undone_by_call").get<std::string>();
      e.undone_at_ms = j.at("undone_at_ms").get<int64_t>();
      world->ledger_.push_back(std::move(e));
    }
  } catch (const Json::exception& ex) {
    return Status::InvalidArgument(std::string("world ledger: ") + ex.what());
  }
  return world;
}

}  // namespace blastradius::fakes
