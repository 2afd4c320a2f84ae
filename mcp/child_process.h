// A child process with pipes to its stdin and from its stdout; its stderr is inherited (the
// proxy's logs and the server's share our stderr). Shutdown follows the MCP stdio transport:
// close the child's stdin, wait, SIGTERM, wait, SIGKILL — every wait bounded, none a sleep
// (the waits poll(2) a pidfd). Not thread-safe; not copyable (owns a process and descriptors).
#ifndef BLASTRADIUS_MCP_CHILD_PROCESS_H_
#define BLASTRADIUS_MCP_CHILD_PROCESS_H_

#include <sys/types.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "blastradius/status.h"

namespace blastradius::mcp {

class ChildProcess {
 public:
  // Starts argv[0] (searched in PATH) with `argv`. The returned descriptors are non-blocking
  // and close-on-exec. REQUIRES: !argv.empty().
  static StatusOr<std::unique_ptr<ChildProcess>> Start(const std::vector<std::string>& argv);
  ~ChildProcess();  // Shutdown with the default grace
  ChildProcess(const ChildProcess&) = delete;
  ChildProcess& operator=(const ChildProcess&) = delete;

  int stdin_fd() const { return stdin_fd_; }    // write end; -1 once closed
  int stdout_fd() const { return stdout_fd_; }  // read end; -1 once closed
  pid_t pid() const { return pid_; }

  void CloseStdin();
  void CloseStdout();

  // Waits up to `timeout_ms` for the child to exit; true (and the status recorded) if it did.
  bool WaitForExit(int64_t timeout_ms);
  // Close stdin, wait up to grace_ms; SIGTERM, wait up to grace_ms; SIGKILL and reap.
  // Returns the exit status as waitpid reports it. Idempotent.
  int Shutdown(int64_t grace_ms = 2000);
  // Sends `signal` now (tests: kill the server mid-call).
  void Signal(int signal);

  bool exited() const { return exited_; }
  int wait_status() const { return wait_status_; }

 private:
  ChildProcess() = default;
  bool Reap(bool block);

  pid_t pid_ = -1;
  int pidfd_ = -1;
  int stdin_fd_ = -1;
  int stdout_fd_ = -1;
  bool exited_ = false;
  int wait_status_ = 0;
};

// Writes all of `data` to a non-blocking `fd`, waiting with poll(2) up to timeout_ms in total.
// Unavailable if the peer closed or the time ran out.
Status WriteAll(int fd, std::string_view data, int64_t timeout_ms);

// Milliseconds on the monotonic clock (the proxy's deadlines).
int64_t MonotonicMillis();

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_CHILD_PROCESS_H_
