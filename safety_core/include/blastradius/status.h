// Status and StatusOr: how every fallible operation in safety_core reports failure.
// No exceptions cross the library's API. A Status is a small value: a code from a fixed set
// whose meaning tells the caller what to do, and a message for people. Thread-compatible.
#ifndef BLASTRADIUS_STATUS_H_
#define BLASTRADIUS_STATUS_H_

#include <cassert>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

namespace blastradius {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // bad input or config: fix the input
  kNotFound,            // no such tool, file or key
  kPermissionDenied,    // a tier gate refused: needs a human, or the tier is disabled
  kResourceExhausted,   // a budget or loop limit: the run is halted
  kUnavailable,         // circuit open or tool unreachable: try later
  kDeadlineExceeded,    // the tool did not answer in time: its effect is unknown
  kAborted,             // the workflow was rolled back cleanly
  kDataLoss,            // a compensation failed or a journal is corrupt: a human must look
  kFailedPrecondition,  // called in the wrong state (e.g. no open transaction)
  kToolFailed,          // the tool reported a definite failure: nothing happened
  kInternal,            // a bug or resource failure inside the library
};

// Returns the lower_snake name of a code ("permission_denied").
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status InvalidArgument(std::string m) {
    return {StatusCode::kInvalidArgument, std::move(m)};
  }
  static Status NotFound(std::string m) { return {StatusCode::kNotFound, std::move(m)}; }
  static Status PermissionDenied(std::string m) {
    return {StatusCode::kPermissionDenied, std::move(m)};
  }
  static Status ResourceExhausted(std::string m) {
    return {StatusCode::kResourceExhausted, std::move(m)};
  }
  static Status Unavailable(std::string m) { return {StatusCode::kUnavailable, std::move(m)}; }
  static Status DeadlineExceeded(std::string m) {
    return {StatusCode::kDeadlineExceeded, std::move(m)};
  }
  static Status Aborted(std::string m) { return {StatusCode::kAborted, std::move(m)}; }
  static Status DataLoss(std::string m) { return {StatusCode::kDataLoss, std::move(m)}; }
  static Status FailedPrecondition(std::string m) {
    return {StatusCode::kFailedPrecondition, std::move(m)};
  }
  static Status Internal(std::string m) { return {StatusCode::kInternal, std::move(m)}; }
  static Status ToolFailed(std::string m) { return {StatusCode::kToolFailed, std::move(m)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  // "ok", or "<code>: <message>".
  std::string ToString() const;
  // Marks a status as deliberately unused.
  void IgnoreError() const {}

  friend bool operator==(const Status& a, const Status& b) {
    return a.code_ == b.code_ && a.message_ == b.message_;
  }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

namespace internal {
// Prints "StatusOr::value() on an error: <status>" to stderr and aborts.
[[noreturn]] void DieOnValueOfError(const Status& status);
}  // namespace internal

// Either a value or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  StatusOr(const T& value) : value_(value) {}             // NOLINT: implicit by design
  StatusOr(T&& value) : value_(std::move(value)) {}       // NOLINT
  StatusOr(Status status) : status_(std::move(status)) {  // NOLINT
    assert(!status_.ok() && "StatusOr needs a value or a non-OK status");
    if (status_.ok()) status_ = Status::Internal("StatusOr built from OK status without value");
  }

  bool ok() const { return value_.has_value(); }
  const Status& status() const { return status_; }
  // REQUIRES: ok(). On an error, aborts the process with the status on stderr, in every build
  // (NDEBUG included): reading a value that is not there is a bug, never undefined behaviour.
  const T& value() const& {
    CheckOk();
    return *value_;
  }
  T& value() & {
    CheckOk();
    return *value_;
  }
  T&& value() && {
    CheckOk();
    return std::move(*value_);
  }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  void CheckOk() const {
    if (!ok()) internal::DieOnValueOfError(status_);
  }

  Status status_;
  std::optional<T> value_;
};

}  // namespace blastradius

#define BR_RETURN_IF_ERROR(expr)        \
  do {                                  \
    ::blastradius::Status _st = (expr); \
    if (!_st.ok()) return _st;          \
  } while (0)

#endif  // BLASTRADIUS_STATUS_H_
