#include "mcp/alert_sinks.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "blastradius/policy.h"
#include "fakes/temp_dir.h"

namespace blastradius::mcp {
namespace {

using ::testing::HasSubstr;

Alert TestAlert() {
  Alert a;
  a.kind = AlertKind::kUnknownTool;
  a.run_id = "run-1";
  a.tool = "wipe";
  a.reason = "unknown tool \"wipe\"";
  a.ts_ms = 42;
  return a;
}

class ScratchFile {
 public:
  ScratchFile() {
    if (dir_.path().empty())
      ADD_FAILURE() << "cannot create a scratch folder under $TMPDIR or /tmp";
  }
  std::string path() const { return dir_ / "got"; }
  std::string Read() const {
    std::ifstream in(path());
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

 private:
  fakes::TempDir dir_{"mcp_alert_test"};
};

TEST(CommandAlertSink, CommandReadsTheAlertLineOnStdin) {
  ScratchFile f;
  CommandAlertSink sink("cat > " + f.path() + "; echo delivered", 10'000);
  ASSERT_TRUE(sink.Raise(TestAlert()).ok());
  EXPECT_EQ(f.Read(), AlertToLine(TestAlert()) + "\n");
}

TEST(CommandAlertSink, NonZeroExitIsASinkFailure) {
  CommandAlertSink sink("cat > /dev/null; exit 3", 10'000);
  Status st = sink.Raise(TestAlert());
  EXPECT_EQ(st.code(), StatusCode::kUnavailable);
  EXPECT_THAT(st.message(), HasSubstr("exit status 3"));
}

TEST(CommandAlertSink, CommandThatOutlivesItsTimeoutIsStoppedAndFails) {
  CommandAlertSink sink("exec tail -f /dev/null", 100);
  Status st = sink.Raise(TestAlert());
  EXPECT_EQ(st.code(), StatusCode::kUnavailable);
  EXPECT_THAT(st.message(), HasSubstr("did not finish within 100 ms"));
}

TEST(CommandAlertSink, CommandThatClosesItsStdinIsASinkFailureNotASigpipe) {
  Alert big = TestAlert();
  big.reason.assign(1 << 20, 'r');  // more than a pipe holds: the write must meet the close
  CommandAlertSink sink("exec 0<&-; exit 0", 10'000);
  Status st = sink.Raise(big);  // the test process must survive (SIGPIPE is not ignored here)
  EXPECT_EQ(st.code(), StatusCode::kUnavailable);
  EXPECT_THAT(st.message(), HasSubstr("did not read the alert"));
}

TEST(TeeAlertSink, EverySinkGetsTheAlertAndTheFirstFailureIsReturned) {
  ScratchFile f;
  CommandAlertSink failing("exit 1", 10'000);
  CommandAlertSink recording("cat > " + f.path(), 10'000);
  TeeAlertSink tee({&failing, &recording});
  EXPECT_EQ(tee.Raise(TestAlert()).code(), StatusCode::kUnavailable);
  EXPECT_EQ(f.Read(), AlertToLine(TestAlert()) + "\n");
}

// The policy keys the proxy reads for its approver and alert command (docs/mcp.md).
std::string PolicyError(const std::string& text) {
  StatusOr<Policy> p = Policy::Parse(text, "policy.json");
  return p.ok() ? "" : p.status().message();
}

TEST(ProxyPolicyKeys, ApproverAndAlertCommandAreRead) {
  StatusOr<Policy> p = Policy::Parse(
      R"({"approval": {"approver": {"kind": "command", "run": "ask.sh"}},
          "alerts": {"command": {"run": "page.sh", "timeout_ms": 250}}})",
      "policy.json");
  ASSERT_TRUE(p.ok()) << p.status().message();
  ASSERT_TRUE(p->approval.approver.has_value());
  EXPECT_EQ(p->approval.approver->kind, ApproverKind::kCommand);
  EXPECT_EQ(p->approval.approver->command, "ask.sh");
  ASSERT_TRUE(p->alerts.command.has_value());
  EXPECT_EQ(p->alerts.command->run, "page.sh");
  EXPECT_EQ(p->alerts.command->timeout_ms, 250);
  StatusOr<Policy> e =
      Policy::Parse(R"({"approval": {"approver": {"kind": "elicitation"}}})", "policy.json");
  ASSERT_TRUE(e.ok()) << e.status().message();
  EXPECT_EQ(e->approval.approver->kind, ApproverKind::kElicitation);
  StatusOr<Policy> none = Policy::Parse("{}", "policy.json");
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->approval.approver.has_value());
  EXPECT_FALSE(none->alerts.command.has_value());
}

TEST(ProxyPolicyKeys, BadApproverOrAlertCommandNamesTheJsonPath) {
  EXPECT_THAT(PolicyError(R"({"approval": {"approver": {"kind": "sms"}}})"),
              HasSubstr("policy.json: $.approval.approver.kind: expected one of"));
  EXPECT_THAT(PolicyError(R"({"approval": {"approver": {"kind": "command"}}})"),
              HasSubstr("$.approval.approver.run"));
  EXPECT_THAT(PolicyError(R"({"approval": {"approver": {"kind": "command", "run": ""}}})"),
              HasSubstr("$.approval.approver.run: expected a non-empty command"));
  EXPECT_THAT(PolicyError(R"({"approval": {"approver": {"kind": "none", "run": "x"}}})"),
              HasSubstr("$.approval.approver.run: expected no run"));
  EXPECT_THAT(PolicyError(R"({"approval": {"approver": {"kind": "command", "run": "x",
                                                          "timeout": 1}}})"),
              HasSubstr("$.approval.approver.timeout"));
  EXPECT_THAT(PolicyError(R"({"approval": {"approver": "elicitation"}})"),
              HasSubstr("$.approval.approver: expected an object"));
  EXPECT_THAT(PolicyError(R"({"alerts": {"command": {"timeout_ms": 5}}})"),
              HasSubstr("$.alerts.command.run"));
  EXPECT_THAT(PolicyError(R"({"alerts": {"command": {"run": "x", "timeout_ms": 0}}})"),
              HasSubstr("$.alerts.command.timeout_ms"));
}

}  // namespace
}  // namespace blastradius::mcp
