#include "mcp/child_process.h"

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include <cstring>

namespace blastradius::mcp {
namespace {

void CloseFd(int* fd) {
  if (*fd >= 0) close(*fd);
  *fd = -1;
}

Status Errno(const std::string& what) {
  return Status::Internal(what + ": " + std::strerror(errno));
}

}  // namespace

int64_t MonotonicMillis() {
  timespec ts{};
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return static_cast<int64_t>(ts.tv_sec) * 1000 + ts.tv_nsec / 1'000'000;
}

StatusOr<std::unique_ptr<ChildProcess>> ChildProcess::Start(const std::vector<std::string>& argv) {
  int in[2], out[2];
  if (pipe2(in, O_CLOEXEC) != 0) return Errno("pipe");
  if (pipe2(out, O_CLOEXEC) != 0) {
    close(in[0]);
    close(in[1]);
    return Errno("pipe");
  }
  std::vector<char*> args;
  for (const std::string& a : argv) args.push_back(const_cast<char*>(a.c_str()));
  args.push_back(nullptr);
  const pid_t pid = fork();
  if (pid < 0) {
    for (int fd : {in[0], in[1], out[0], out[1]}) close(fd);
    return Errno("fork");
  }
  if (pid == 0) {  // child: only async-signal-safe calls until exec
    dup2(in[0], STDIN_FILENO);
    dup2(out[1], STDOUT_FILENO);
    signal(SIGPIPE, SIG_DFL);
    execvp(args[0], args.data());
    static const char kMsg[] = "blastradius: cannot start the MCP server command\n";
    ssize_t ignored = write(STDERR_FILENO, kMsg, sizeof(kMsg) - 1);
    (void)ignored;
    _exit(127);
  }
  close(in[0]);
  close(out[1]);
  std::unique_ptr<ChildProcess> child(new ChildProcess());
  child->pid_ = pid;
  child->stdin_fd_ = in[1];
  child->stdout_fd_ = out[0];
  fcntl(in[1], F_SETFL, O_NONBLOCK);
  fcntl(out[0], F_SETFL, O_NONBLOCK);
  child->pidfd_ = static_cast<int>(syscall(SYS_pidfd_open, pid, 0));
  return child;
}

ChildProcess::~ChildProcess() {
  Shutdown();
  CloseFd(&stdout_fd_);
  CloseFd(&pidfd_);
}

void ChildProcess::CloseStdin() { CloseFd(&stdin_fd_); }
void ChildProcess::CloseStdout() { CloseFd(&stdout_fd_); }

bool ChildProcess::Reap(bool block) {
  if (exited_) return true;
  int status = 0;
  const pid_t r = waitpid(pid_, &status, block ? 0 : WNOHANG);
  if (r == pid_ || (r < 0 && errno == ECHILD)) {
    exited_ = true;
    wait_status_ = status;
  }
  return exited_;
}

bool ChildProcess::WaitForExit(int64_t timeout_ms) {
  if (Reap(false)) return true;
  if (pidfd_ < 0) {  // no pidfd (old kernel): one blocking reap is the only bounded option left
    return false;
  }
  const int64_t deadline = MonotonicMillis() + timeout_ms;
  for (;;) {
    const int64_t left = deadline - MonotonicMillis();
    if (left <= 0) return Reap(false);
    pollfd p{pidfd_, POLLIN, 0};
    const int n = poll(&p, 1, static_cast<int>(left));
    if (n < 0 && errno != EINTR) return Reap(false);
    if (Reap(false)) return true;
  }
}

void ChildProcess::Signal(int sig) {
  if (!exited_) kill(pid_, sig);
}

int ChildProcess::Shutdown(int64_t grace_ms) {
  CloseStdin();
  if (pid_ < 0) return wait_status_;
  if (!WaitForExit(grace_ms)) {
    Signal(SIGTERM);
    if (!WaitForExit(grace_ms)) {
      Signal(SIGKILL);
      Reap(true);
    }
  }
  return wait_status_;
}

Status WriteAll(int fd, std::string_view data, int64_t timeout_ms) {
  const int64_t deadline = MonotonicMillis() + timeout_ms;
  while (!data.empty()) {
    const ssize_t n = write(fd, data.data(), data.size());
    if (n > 0) {
      data.remove_prefix(static_cast<size_t>(n));
      continue;
    }
    if (n < 0 && errno == EINTR) continue;
    if (n < 0 && errno != EAGAIN) return Errno("write");
    const int64_t left = deadline - MonotonicMillis();
    if (left <= 0) return Status::Unavailable("write timed out");
    pollfd p{fd, POLLOUT, 0};
    if (poll(&p, 1, static_cast<int>(left)) < 0 && errno != EINTR) return Errno("poll");
  }
  return Status::Ok();
}

}  // namespace blastradius::mcp
