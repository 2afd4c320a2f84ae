// RedisServer: a real Debian redis-server for the state-store tests, started by the test itself
// on a free loopback port with a fresh temporary directory and no persistence, and stopped at
// the end (or when the test stops it on purpose to play an outage), and killed by the kernel if
// the test process dies first (PR_SET_PDEATHSIG). Test code only.
// Not thread-safe: start, stop and restart from the test's main thread.
#ifndef BLASTRADIUS_TESTS_REDIS_SERVER_H_
#define BLASTRADIUS_TESTS_REDIS_SERVER_H_

#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <thread>

#include "blastradius/state_store.h"

namespace blastradius::testing {

class RedisServer {
 public:
  RedisServer() {
    char tmpl[] = "/tmp/br-redis-XXXXXX";
    const char* made = mkdtemp(tmpl);
    dir_ = made ? made : "";
    port_ = FreeLoopbackPort();
  }
  ~RedisServer() {
    Stop();
    std::error_code ignored;
    if (!dir_.empty()) std::filesystem::remove_all(dir_, ignored);
  }
  RedisServer(const RedisServer&) = delete;  // owns a child process
  RedisServer& operator=(const RedisServer&) = delete;

  // Starts the server (again, on the same port after Stop) and waits until it answers.
  bool Start() {
    if (pid_ > 0 || dir_.empty() || port_ == 0) return pid_ > 0;
    const std::string port = std::to_string(port_);
    const std::string log = dir_ + "/redis.log";
    const pid_t parent = getpid();
    pid_ = fork();
    if (pid_ == 0) {
      // The server dies with the test process, however that ends (destructors do not run after
      // an abort), and holds none of its descriptors: a leftover server holding ctest's output
      // pipe makes ctest wait out the test's timeout. Its log goes to redis.log.
      prctl(PR_SET_PDEATHSIG, SIGKILL);
      if (getppid() != parent) _exit(127);  // the parent died before prctl took effect
      const int null_fd = open("/dev/null", O_RDWR);
      if (null_fd >= 0) {
        dup2(null_fd, STDIN_FILENO);
        dup2(null_fd, STDOUT_FILENO);
        dup2(null_fd, STDERR_FILENO);
        if (null_fd > STDERR_FILENO) close(null_fd);
      }
      execlp("redis-server", "redis-server", "--port", port.c_str(), "--bind", "127.0.0.1", "--dir",
             dir_.c_str(), "--save", "", "--appendonly", "no", "--daemonize", "no", "--loglevel",
             "warning", "--logfile", log.c_str(), static_cast<char*>(nullptr));
      _exit(127);
    }
    if (pid_ < 0) return false;
    // Readiness of a real process: poll for up to 10 s on the wall clock (the only wait on
    // real time in these tests; nothing under test reads it).
    for (int i = 0; i < 1000; ++i) {
      if (Open("probe").ok()) return true;
      int status = 0;
      if (waitpid(pid_, &status, WNOHANG) == pid_) {
        pid_ = -1;
        return false;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
  }

  void Stop() {
    if (pid_ <= 0) return;
    kill(pid_, SIGKILL);
    int status = 0;
    waitpid(pid_, &status, 0);
    pid_ = -1;
  }

  // A store on this server whose keys live under `key_namespace`.
  StatusOr<std::unique_ptr<StateStore>> Open(const std::string& key_namespace) const {
    RedisStoreOptions o;
    o.port = port_;
    o.key_namespace = key_namespace;
    o.connect_timeout_ms = 500;
    o.command_timeout_ms = 2000;
    return OpenRedisStateStore(o);
  }

  // Runs redis-cli against the server and returns its stdout (for key and TTL checks).
  std::string Cli(const std::string& args) const {
    const std::string cmd = "redis-cli -p " + std::to_string(port_) + " " + args;
    std::string out;
    FILE* p = popen(cmd.c_str(), "r");
    if (!p) return out;
    char buf[256];
    size_t n;
    while ((n = fread(buf, 1, sizeof(buf), p)) > 0) out.append(buf, n);
    pclose(p);
    return out;
  }

  int port() const { return port_; }
  const std::string& dir() const { return dir_; }  // the server's scratch folder

 private:
  static int FreeLoopbackPort() {
    int fd = socket(AF_INET, SOCK_STREAM, 0);
    if (fd < 0) return 0;
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof(addr);
    int port = 0;
    if (bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof(addr)) == 0 &&
        getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) == 0) {
      port = ntohs(addr.sin_port);
    }
    close(fd);
    return port;
  }

  std::string dir_;
  int port_ = 0;
  pid_t pid_ = -1;
};

// A key namespace no other test (or process) uses: "<prefix>-<pid>-<n>".
inline std::string UniqueKeyNamespace(const std::string& prefix) {
  static std::atomic<int> n{0};
  return prefix + "-" + std::to_string(getpid()) + "-" + std::to_string(n++);
}

// Names typed-test instances after their backend's kName ("Memory", "Redis").
struct BackendNames {
  template <typename T>
  static std::string GetName(int) {
    return T::kName;
  }
};

// The process's one server, started on first use and stopped when the process exits.
inline RedisServer& SharedRedis() {
  static RedisServer* server = [] {
    auto* s = new RedisServer();
    s->Start();
    std::atexit([] { delete &SharedRedis(); });
    return s;
  }();
  return *server;
}

}  // namespace blastradius::testing

#endif  // BLASTRADIUS_TESTS_REDIS_SERVER_H_
