// Env::SecureRandomBytes, the source of boundary-marker nonces: every draw is fresh, in every
// thread and in both processes after a fork (a buffered generator must not hand a child the
// parent's next bytes).
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cstdint>
#include <set>
#include <thread>
#include <vector>

#include "blastradius/env.h"

namespace blastradius {
namespace {

uint64_t Draw() {
  uint64_t v = 0;
  EXPECT_TRUE(Env::Default()->SecureRandomBytes(&v, sizeof(v)).ok());
  return v;
}

TEST(SecureRandomBytesTest, ConsecutiveDrawsAreDistinct) {
  std::set<uint64_t> seen;
  for (int i = 0; i < 10000; ++i) seen.insert(Draw());
  EXPECT_EQ(seen.size(), 10000u);
}

TEST(SecureRandomBytesTest, LargeAndOddSizedDrawsAreFilled) {
  for (size_t n : {0u, 1u, 7u, 255u, 256u, 257u, 4096u, 100000u}) {
    std::vector<unsigned char> a(n, 0), b(n, 0);
    ASSERT_TRUE(Env::Default()->SecureRandomBytes(a.data(), n).ok());
    ASSERT_TRUE(Env::Default()->SecureRandomBytes(b.data(), n).ok());
    if (n >= 7) {
      EXPECT_NE(a, b) << n;
    }
  }
}

TEST(SecureRandomBytesTest, ThreadsNeverDrawTheSameNonce) {
  constexpr int kThreads = 4, kDraws = 2000;
  std::vector<std::vector<uint64_t>> drawn(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&drawn, t] {
      for (int i = 0; i < kDraws; ++i) drawn[t].push_back(Draw());
    });
  }
  for (std::thread& t : threads) t.join();
  std::set<uint64_t> all;
  for (const auto& d : drawn) all.insert(d.begin(), d.end());
  EXPECT_EQ(all.size(), static_cast<size_t>(kThreads * kDraws));
}

TEST(SecureRandomBytesTest, ParentAndForkedChildDrawDifferentNonces) {
  Draw();  // the parent has drawn before: a buffer, if any, holds bytes not yet handed out
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const pid_t pid = fork();
  ASSERT_GE(pid, 0);
  if (pid == 0) {
    std::array<uint64_t, 4> child{};
    for (uint64_t& v : child) Env::Default()->SecureRandomBytes(&v, sizeof(v)).IgnoreError();
    const ssize_t w = write(fds[1], child.data(), sizeof(child));
    _exit(w == static_cast<ssize_t>(sizeof(child)) ? 0 : 1);
  }
  close(fds[1]);
  std::array<uint64_t, 4> parent{};
  for (uint64_t& v : parent) v = Draw();
  std::array<uint64_t, 4> child{};
  ASSERT_EQ(read(fds[0], child.data(), sizeof(child)), static_cast<ssize_t>(sizeof(child)));
  close(fds[0]);
  int status = 0;
  ASSERT_EQ(waitpid(pid, &status, 0), pid);
  ASSERT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  for (uint64_t p : parent) {
    for (uint64_t c : child) EXPECT_NE(p, c);
  }
}

}  // namespace
}  // namespace blastradius
