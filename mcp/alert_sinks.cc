#include "mcp/alert_sinks.h"

#include <errno.h>
#include <poll.h>
#include <pthread.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string_view>

#include "mcp/child_process.h"

namespace blastradius::mcp {
namespace {

constexpr int64_t kStopGraceMs = 200;  // after the timeout: SIGTERM, then SIGKILL

// Reads and discards the child's stdout until it closes or `deadline_ms`; true at EOF.
bool DrainUntilEof(int fd, int64_t deadline_ms) {
  char buf[4096];
  for (;;) {
    const ssize_t n = read(fd, buf, sizeof(buf));
    if (n == 0) return true;
    if (n > 0 || (n < 0 && errno == EINTR)) continue;
    if (errno != EAGAIN) return true;  // a broken pipe: nothing more will come
    const int64_t left = deadline_ms - MonotonicMillis();
    if (left <= 0) return false;
    pollfd p{fd, POLLIN, 0};
    poll(&p, 1, static_cast<int>(std::min<int64_t>(left, 1 << 30)));
  }
}

// WriteAll with SIGPIPE blocked for this thread, and a SIGPIPE that the write raised consumed
// before the mask is restored: a command that exits without reading its stdin is a failed
// delivery (EPIPE), never the death of the host process, whether or not it ignores SIGPIPE.
Status WriteWithoutSigpipe(int fd, std::string_view data, int64_t timeout_ms) {
  sigset_t pipe_only, old;
  sigemptyset(&pipe_only);
  sigaddset(&pipe_only, SIGPIPE);
  sigset_t pending;
  sigemptyset(&pending);
  const bool was_pending = sigpending(&pending) == 0 && sigismember(&pending, SIGPIPE) == 1;
  pthread_sigmask(SIG_BLOCK, &pipe_only, &old);
  Status st = WriteAll(fd, data, timeout_ms);
  if (!st.ok() && !was_pending) {
    const timespec zero{0, 0};
    while (sigtimedwait(&pipe_only, nullptr, &zero) == SIGPIPE) {
    }
  }
  pthread_sigmask(SIG_SETMASK, &old, nullptr);
  return st;
}

}  // namespace

Status StderrAlertSink::Raise(const Alert& alert) {
  std::cerr << AlertToLine(alert) << "\n";
  return std::cerr ? Status::Ok() : Status::Unavailable("alerts: cannot write to stderr");
}

Status CommandAlertSink::Raise(const Alert& alert) {
  const int64_t deadline = MonotonicMillis() + timeout_ms_;
  StatusOr<std::unique_ptr<ChildProcess>> started =
      ChildProcess::Start({"/bin/sh", "-c", command_});
  if (!started.ok()) {
    return Status::Unavailable("alert command did not start: " + started.status().message());
  }
  ChildProcess& p = **started;
  Status written = WriteWithoutSigpipe(p.stdin_fd(), AlertToLine(alert) + "\n",
                                       std::max<int64_t>(0, deadline - MonotonicMillis()));
  p.CloseStdin();
  const bool eof = DrainUntilEof(p.stdout_fd(), deadline);
  const bool exited = eof && p.WaitForExit(std::max<int64_t>(0, deadline - MonotonicMillis()));
  if (!exited) {
    p.Shutdown(kStopGraceMs);
    return Status::Unavailable("alert command did not finish within " +
                               std::to_string(timeout_ms_) + " ms");
  }
  const int status = p.wait_status();
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return Status::Unavailable("alert command failed (" +
                               (WIFEXITED(status)
                                    ? "exit status " + std::to_string(WEXITSTATUS(status))
                                    : "signal " + std::to_string(WTERMSIG(status))) +
                               ")");
  }
  if (!written.ok()) {
    return Status::Unavailable("alert command did not read the alert: " + written.message());
  }
  return Status::Ok();
}

Status TeeAlertSink::Raise(const Alert& alert) {
  Status first;
  for (AlertSink* sink : sinks_) {
    Status st = sink->Raise(alert);
    if (first.ok() && !st.ok()) first = std::move(st);
  }
  return first;
}

}  // namespace blastradius::mcp
