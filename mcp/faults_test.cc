#include "mcp/faults.h"

#include <gtest/gtest.h>

namespace blastradius::mcp {
namespace {

Manifest TestManifest() {
  StatusOr<Manifest> m = Manifest::Parse(R"({"tools":[{"name":"echo","tier":0}]})", "t.json");
  EXPECT_TRUE(m.ok());
  return *m;
}

TEST(ParseProxyFaults, MapsEveryProxyKindOntoAnInjector) {
  StatusOr<std::vector<fakes::FaultSpec>> f = ParseProxyFaults(R"({"faults": [
      {"tool": "echo", "kind": "latency", "ms": 5, "jitter_ms": 2},
      {"tool": "echo", "kind": "error", "error": "boom", "transient": true, "at": [2]},
      {"tool": "echo", "kind": "rate_limit", "max_calls": 2, "per_ms": 100, "retry_after_ms": 7},
      {"tool": "echo", "kind": "hang", "every": 3},
      {"tool": "echo", "kind": "inject", "payload": "p", "position": "prefix"},
      {"tool": "echo", "kind": "malformed_reply", "probability": 0.5},
      {"tool": "echo", "kind": "server_crash", "after": true}]})",
                                                               "f.json", TestManifest());
  ASSERT_TRUE(f.ok()) << f.status().message();
  ASSERT_EQ(f->size(), 7u);
  EXPECT_EQ((*f)[0].kind, "latency");
  EXPECT_EQ((*f)[0].ms, 5);
  EXPECT_EQ((*f)[1].kind, "fail");
  EXPECT_EQ((*f)[1].error, "boom");
  EXPECT_EQ((*f)[1].at, std::vector<int64_t>{2});
  EXPECT_EQ((*f)[2].retry_after_ms, 7);
  EXPECT_EQ((*f)[3].every, 3);
  EXPECT_EQ((*f)[4].payloads, std::vector<std::string>{"p"});
  EXPECT_EQ((*f)[5].kind, "malformed_reply");
  EXPECT_EQ((*f)[6].kind, "crash");
  EXPECT_TRUE((*f)[6].after);
}

TEST(ParseProxyFaults, ErrorsNameTheFileThePathAndWhatWasExpected) {
  StatusOr<std::vector<fakes::FaultSpec>> f = ParseProxyFaults(R"({"faults": [
      {"tool": "nope", "kind": "hang"},
      {"tool": "echo", "kind": "garbage"},
      {"tool": "echo", "kind": "latency"},
      {"tool": "echo", "kind": "inject"},
      {"tool": "echo", "kind": "hang", "at": [0], "colour": 1}]})",
                                                               "f.json", TestManifest());
  ASSERT_FALSE(f.ok());
  const std::string& m = f.status().message();
  EXPECT_NE(m.find("f.json"), std::string::npos);
  EXPECT_NE(m.find("$.faults[0].tool"), std::string::npos) << m;
  EXPECT_NE(m.find("$.faults[1].kind"), std::string::npos) << m;
  EXPECT_NE(m.find("$.faults[2].ms"), std::string::npos) << m;
  EXPECT_NE(m.find("$.faults[3].payload"), std::string::npos) << m;
  EXPECT_NE(m.find("$.faults[4].at[0]"), std::string::npos) << m;
  EXPECT_NE(m.find("colour"), std::string::npos) << m;
  EXPECT_FALSE(ParseProxyFaults("[]", "f.json", TestManifest()).ok());
  EXPECT_FALSE(ParseProxyFaults("{", "f.json", TestManifest()).ok());
}

}  // namespace
}  // namespace blastradius::mcp
