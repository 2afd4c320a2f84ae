// Fake tools: stand-ins for a team's real tools that change a FakeWorld instead of production.
// FakeTool is the C++ interface a team implements (or mocks with GoogleMock) for behaviour JSON
// cannot express; GenericFakeTool is generated from any manifest entry: a tier-0 tool returns
// deterministic data derived from its arguments, a writing tool applies one effect to the world,
// and a tool invoked as another tool's compensation undoes exactly that step (idempotently).
// FakeToolbox is the ToolExecutor that dispatches to them. Not thread-safe: one per run.
#ifndef BLASTRADIUS_FAKES_FAKE_TOOLS_H_
#define BLASTRADIUS_FAKES_FAKE_TOOLS_H_

#include <map>
#include <memory>
#include <string>

#include "blastradius/env.h"
#include "blastradius/manifest.h"
#include "blastradius/tool.h"
#include "fakes/world.h"

namespace blastradius::fakes {

// Tells the toolbox what it cannot see in an invocation: whether a human approved exactly this
// call and whether the agent made it because of injected text.
class ProvenanceSource {
 public:
  virtual ~ProvenanceSource() = default;
  virtual EffectContext ContextFor(const Invocation& invocation) = 0;
};

class FakeTool {
 public:
  virtual ~FakeTool() = default;
  // Performs one invocation against `world` at simulated time `now_ms`.
  virtual ToolResult Invoke(const Invocation& invocation, const EffectContext& context,
                            int64_t now_ms, FakeWorld* world) = 0;
};

// Deterministic text for a read: the same tool and arguments always give the same output.
std::string DeterministicReadOutput(const std::string& tool, const Json& args);

class GenericFakeTool : public FakeTool {
 public:
  GenericFakeTool(ToolSpec spec, bool is_compensation);
  ToolResult Invoke(const Invocation& invocation, const EffectContext& context, int64_t now_ms,
                    FakeWorld* world) override;

 private:
  ToolResult Undo(const Invocation& invocation, int64_t now_ms, FakeWorld* world);

  ToolSpec spec_;
  bool is_compensation_;
};

class FakeToolbox : public ToolExecutor {
 public:
  // `env`, `world` and `provenance` (may be null: nothing approved or injected) must outlive it.
  FakeToolbox(Env* env, FakeWorld* world, ProvenanceSource* provenance);

  // One GenericFakeTool per manifest entry.
  static std::unique_ptr<FakeToolbox> FromManifest(const Manifest& manifest, Env* env,
                                                   FakeWorld* world,
                                                   ProvenanceSource* provenance);
  // Adds or replaces the fake for `tool`.
  void Register(const std::string& tool, std::unique_ptr<FakeTool> fake);

  // Unknown tool: a definite failure (the guard should never let one through).
  ToolResult Execute(const Invocation& invocation) override;

 private:
  Env* env_;
  FakeWorld* world_;
  ProvenanceSource* provenance_;
  std::map<std::string, std::unique_ptr<FakeTool>, std::less<>> tools_;
};

}  // namespace blastradius::fakes

#endif  // BLASTRADIUS_FAKES_FAKE_TOOLS_H_
