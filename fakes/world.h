// FakeWorld: the simulated outside world that fake tools change — records, drafts, emails sent,
// payments made — and its ledger: every side effect with the tool and call that caused it,
// the run, whether a human approval existed for that exact call, and whether the agent made the
// call because of an instruction it read in a tool output. Compensations undo effects by the
// call id of the step they compensate; undoing is idempotent. Invariant checkers read the
// ledger, never the guard's account of itself. Thread-safe (one mutex).
#ifndef BLASTRADIUS_FAKES_WORLD_H_
#define BLASTRADIUS_FAKES_WORLD_H_

#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/json_reader.h"
#include "blastradius/status.h"

namespace blastradius::fakes {

// Where an effect lands, for people reading a trace: "emails", "payments", "drafts", "records".
std::string EffectCategory(std::string_view tool_name);

// What the executor knows about a call beyond the invocation itself.
struct EffectContext {
  bool approved = false;  // a human approval bound to exactly this (tool, args) was given
  bool injected = false;  // the agent made this call because a tool output told it to
};

struct Effect {
  int64_t seq = 0;          // 1-based position in the ledger
  std::string run_id;
  std::string tool;
  std::string call_id;
  int tier = 0;
  std::string category;
  Json args = Json::object();
  bool approved = false;
  bool injected = false;
  int64_t clock_ms = 0;
  // Set when a compensation undid it.
  bool undone = false;
  std::string undone_by_tool;
  std::string undone_by_call;
  int64_t undone_at_ms = 0;
};

class FakeWorld {
 public:
  FakeWorld() = default;
  FakeWorld(const FakeWorld&) = delete;  // the ledger is the single source of truth
  FakeWorld& operator=(const FakeWorld&) = delete;

  // Records one side effect of `tool` for call `call_id`; returns its ledger sequence number.
  int64_t Apply(const std::string& run_id, const std::string& tool, const std::string& call_id,
                int tier, const Json& args, const EffectContext& context, int64_t clock_ms);
  // Undoes every live effect of step `step_call_id`. Idempotent: returns how many effects this
  // call undid (0 when already undone, or when the step never took effect).
  int Undo(const std::string& step_call_id, const std::string& by_tool,
           const std::string& by_call_id, int64_t clock_ms);

  std::vector<Effect> ledger() const;
  // Effects not undone, optionally only those of one run.
  std::vector<Effect> LiveEffects(std::string_view run_id = {}) const;
  // Live effects in one category ("emails", "payments", ...).
  std::vector<Effect> Live(std::string_view category) const;

  // The ledger as JSON (to survive a crashed process) and back.
  Json ToJson() const;
  static StatusOr<std::unique_ptr<FakeWorld>> FromJson(const Json& doc);

 private:
  mutable std::mutex mu_;
  std::vector<Effect> ledger_;
};

Json EffectToJson(const Effect& effect);

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_WORLD_H_
