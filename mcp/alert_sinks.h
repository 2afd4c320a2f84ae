// Alert sinks of `blastradius proxy` beyond the library's file sink (docs/mcp.md, "Audit, alerts,
// lint"):
//   StderrAlertSink   one JSON line per alert on stderr (policy alerts.sink "stderr");
//   CommandAlertSink  runs a command per alert (policy alerts.command), the alert's JSON line on
//                     its stdin; the alert is delivered when the command exits 0 within its
//                     timeout;
//   TeeAlertSink      raises every alert on each of several sinks.
// A sink that fails returns a non-OK Status, which makes the guard fail closed above tier 0.
// Used from the proxy's one thread only (not thread-safe).
#ifndef BLASTRADIUS_MCP_ALERT_SINKS_H_
#define BLASTRADIUS_MCP_ALERT_SINKS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "blastradius/alerts.h"
#include "blastradius/status.h"

namespace blastradius::mcp {

class StderrAlertSink : public AlertSink {
 public:
  Status Raise(const Alert& alert) override;
};

class CommandAlertSink : public AlertSink {
 public:
  // `command` runs under /bin/sh -c, once per alert; `timeout_ms` bounds the whole delivery
  // (start, stdin, exit). What the command prints on stdout is read and discarded.
  CommandAlertSink(std::string command, int64_t timeout_ms)
      : command_(std::move(command)), timeout_ms_(timeout_ms) {}
  // Blocks until the command exits or the timeout passes (then the command is stopped: SIGTERM,
  // then SIGKILL). Unavailable when it cannot start, does not read its stdin, exits non-zero or
  // by a signal, or outlives the timeout. A command that exits without reading its stdin never
  // raises SIGPIPE in the caller (it is blocked for the write and consumed).
  Status Raise(const Alert& alert) override;

 private:
  std::string command_;
  int64_t timeout_ms_;
};

class TeeAlertSink : public AlertSink {
 public:
  explicit TeeAlertSink(std::vector<AlertSink*> sinks) : sinks_(std::move(sinks)) {}
  // Raises on every sink, even after one fails; returns the first failure.
  Status Raise(const Alert& alert) override;

 private:
  std::vector<AlertSink*> sinks_;
};

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_ALERT_SINKS_H_
