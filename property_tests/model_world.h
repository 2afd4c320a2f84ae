// The small world the whole-guard properties run against: a ToolExecutor that applies a
// generated fault schedule and keeps a ledger of every attempt and every side effect, and an
// Approver that answers as a generated script says and remembers every answer. The invariants
// are checked over these ledgers, never over what the guard says it did. Not thread-safe: the
// properties drive one guard from one thread.
#ifndef BLASTRADIUS_PROPERTY_TESTS_MODEL_WORLD_H_
#define BLASTRADIUS_PROPERTY_TESTS_MODEL_WORLD_H_

#include <cstdint>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "blastradius/approval.h"
#include "blastradius/tool.h"
#include "fakes/sim_env.h"

namespace blastradius::proptest {

enum class FaultKind {
  kNone,         // ok, with the effect
  kFail,         // definite failure, nothing happened
  kTransient,    // 503: definite, transient
  kRateLimited,  // 429 with retry_after = ms
  kHang,         // never answers: the clock passes the deadline, no effect
  kPartial,      // the effect happens, then the connection drops: unknown
  kCallerError,  // the agent's arguments were wrong
  kSlow,         // ok after ms of latency (maybe past the deadline)
  kInject,       // ok, output carries injected instructions
  kOversize,     // ok, output of ms * 64 bytes
  kGarbage,      // ok, output is `text` (hostile bytes)
};
const char* FaultKindName(FaultKind kind);

struct Fault {
  FaultKind kind = FaultKind::kNone;
  int64_t ms = 0;
  std::string text;
};
std::ostream& operator<<(std::ostream& os, const Fault& fault);

// One Execute call as the world saw it.
struct AttemptRecord {
  Invocation invocation;
  int64_t start_ms = 0;
  int64_t end_ms = 0;
  Fault fault;
  ToolResult result;
  bool effect = false;  // the side effect happened
};

class ModelExecutor : public ToolExecutor {
 public:
  // Attempt n (0-based, compensations included) gets schedule[n]; later ones succeed.
  ModelExecutor(fakes::SimEnv* env, std::vector<Fault> schedule,
                std::vector<std::string> writing_tools)
      : env_(env), schedule_(std::move(schedule)), writing_(std::move(writing_tools)) {}
  ToolResult Execute(const Invocation& invocation) override;
  const std::vector<AttemptRecord>& attempts() const { return attempts_; }

 private:
  bool Writes(const std::string& tool) const;

  fakes::SimEnv* env_;
  std::vector<Fault> schedule_;
  std::vector<std::string> writing_;
  std::vector<AttemptRecord> attempts_;
};

enum class ApproverMove { kApprove, kReject, kSilent, kApproveLater, kWrongBinding };
const char* ApproverMoveName(ApproverMove move);

struct GivenApproval {
  std::string request_id;
  std::string binding;
  int64_t visible_at_ms = 0;
};

// Request n gets script[n]; later requests are rejected.
class ScriptedHuman : public Approver {
 public:
  ScriptedHuman(fakes::SimEnv* env, std::vector<std::pair<ApproverMove, int64_t>> script)
      : env_(env), script_(std::move(script)) {}
  void Submit(const ApprovalRequestView& request) override;
  std::optional<ApprovalAnswer> Poll(const ApprovalRequestView& request) override;
  // Every "approve" bound to the request's own call, as it was handed out.
  const std::vector<GivenApproval>& approvals() const { return given_; }

 private:
  struct Pending {
    ApproverMove move;
    int64_t visible_at_ms;
    bool answered = false;
  };
  fakes::SimEnv* env_;
  std::vector<std::pair<ApproverMove, int64_t>> script_;
  size_t next_ = 0;
  std::map<std::string, Pending> pending_;
  std::vector<GivenApproval> given_;
};

}  // namespace blastradius::proptest

#endif  // BLASTRADIUS_PROPERTY_TESTS_MODEL_WORLD_H_
