// Evidence: what one seeded run showed, read only from what it left behind (the fake world's
// ledger, the wire, the faults that fired, what the fake human was asked and answered, what the
// agent saw, the audit lines, the alerts) and from what the scenario checked (its `expect`). A
// fact counts only when the run exercised it AND the scenario checked it, so that a scenario
// that never called a tier-3 tool, or that checks nothing about it, shows nothing for it.
// The checklist (checklist.h) credits an item only with these facts: `EvidenceTable()` is the
// one table of which facts each item needs; docs/chaos.md holds the same table in words.
// Pure functions over values; thread-safe.
#ifndef BLASTRADIUS_CHAOS_EVIDENCE_H_
#define BLASTRADIUS_CHAOS_EVIDENCE_H_

#include <bitset>
#include <string>
#include <string_view>
#include <vector>

#include "chaos_scenarios/history.h"
#include "chaos_scenarios/scenario.h"

namespace blastradius::chaos {

enum class Fact {
  kUnknownToolDenied,         // an unknown tool was called; nothing reached the wire; checked
  kTier3HeldWithoutApproval,  // a tier-3 call no human approved reached neither wire nor ledger
  kApprovalExpired,           // the human never answered; the call never reached the tool
  kTier3DisabledRefused,      // tier 3 disabled: refused with tier3_blocked, never reached
  kGatedEffectApproved,       // a gated effect happened, with the human's approval of that call
  kBudgetHalt,                // the agent was halted; nothing reached a tool afterwards
  kBreakerOpened,             // a tool failed threshold times; a later call was kept away
  kBreakerProbeClosed,        // after the reset timeout a probe succeeded and calls flowed again
  kRetriesBounded,            // a failing call was retried within the policy's bounds
  kInjectionNeutralised,      // an injected output the agent saw was neutralised and bounded
  kOversizeBounded,           // an oversized output reached the agent within max_output_bytes
  kGarbageCleaned,            // garbage output reached the agent as clean UTF-8 text
  kLoopBaitStopped,           // an output baited the agent into calling again; a limit halted it
  kInjectionObeyedContained,  // the agent obeyed an injected instruction; the ledger shows no harm
  kWorkflowFailedMidWay,      // a workflow failed after an effect; the world was checked after
  kFailureReported,           // a failed attempt outside a workflow was reported, checked
  kEveryCallLogged,           // every attempt and agent call has a complete audit record
  kAlertBudget,               // an expected budget_exceeded / loop_detected alert was observed
  kAlertCircuit,              // an expected circuit_open alert was observed
  kAlertInjection,            // an expected injection_detected alert was observed
  kAlertOther,                // another expected alert was observed
  kCount
};
constexpr size_t kFactCount = static_cast<size_t>(Fact::kCount);
using FactSet = std::bitset<kFactCount>;

// What the fact means, in the words of the report ("an unknown tool was called and denied").
std::string_view FactText(Fact fact);

// Every fact the run shows. REQUIRES: `history` is what a run of `scenario` left behind.
FactSet ObserveFacts(const RunHistory& history, const Scenario& scenario);

// One checklist item's bar: every group in `needs` must be shown by some claiming scenario (any
// one fact of the group will do); a claim is verified if its scenario shows any fact of `needs`
// or of `supports`.
struct ItemRule {
  std::string_view id;
  std::string_view summary;  // what the item's evidence is, for --help and docs
  std::vector<std::vector<Fact>> needs;
  std::vector<Fact> supports;
};
const std::vector<ItemRule>& EvidenceTable();  // product.md's order, all ten ids
const ItemRule& RuleFor(std::string_view id);  // REQUIRES: `id` is a checklist id

// The facts that show a scenario exercised a failure mode (its `failure_modes` claim).
const std::vector<Fact>& ModeFacts(std::string_view mode);  // REQUIRES: a failure mode id

// "fact A or fact B" for a group, for "no evidence: ..." lines.
std::string DescribeAlternatives(const std::vector<Fact>& facts);

}  // namespace blastradius::chaos

#endif  // BLASTRADIUS_CHAOS_EVIDENCE_H_
