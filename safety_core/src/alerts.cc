#include "blastradius/alerts.h"

#include <array>
#include <utility>

#include "blastradius/redact.h"

namespace blastradius {
namespace {

constexpr std::array<std::pair<AlertKind, std::string_view>, 11> kAlertNames = {{
    {AlertKind::kBudgetExceeded, "budget_exceeded"},
    {AlertKind::kLoopDetected, "loop_detected"},
    {AlertKind::kCircuitOpen, "circuit_open"},
    {AlertKind::kInjectionDetected, "injection_detected"},
    {AlertKind::kApprovalTimeout, "approval_timeout"},
    {AlertKind::kTier3Blocked, "tier3_blocked"},
    {AlertKind::kWorkflowRolledBack, "workflow_rolled_back"},
    {AlertKind::kRollbackFailed, "rollback_failed"},
    {AlertKind::kUnknownTool, "unknown_tool"},
    {AlertKind::kAuditFailed, "audit_failed"},
    {AlertKind::kStateStoreUnavailable, "state_store_unavailable"},
}};

}  // namespace

std::string_view AlertKindName(AlertKind kind) {
  for (const auto& [k, name] : kAlertNames) {
    if (k == kind) return name;
  }
  return "unknown_alert";
}

std::optional<AlertKind> ParseAlertKind(std::string_view name) {
  for (const auto& [k, n] : kAlertNames) {
    if (n == name) return k;
  }
  return std::nullopt;
}

const std::vector<AlertKind>& AllAlertKinds() {
  static const std::vector<AlertKind>* kinds = [] {
    auto* v = new std::vector<AlertKind>();
    for (const auto& entry : kAlertNames) v->push_back(entry.first);
    return v;
  }();
  return *kinds;
}

Json AlertToJson(const Alert& alert) {
  return Json{{"kind", std::string(AlertKindName(alert.kind))},
              {"run_id", alert.run_id},
              {"tool", alert.tool},
              {"reason", RedactSecretsInText(alert.reason)},
              {"ts", alert.ts_ms},
              {"clock_ms", alert.clock_ms}};
}

std::string AlertToLine(const Alert& alert) {
  // ensure_ascii: the line is pure ASCII, so no byte of a reason can end or forge a line.
  return AlertToJson(alert).dump(-1, ' ', /*ensure_ascii=*/true, Json::error_handler_t::replace);
}

Status MemoryAlertSink::Raise(const Alert& alert) {
  std::lock_guard<std::mutex> lock(mu_);
  alerts_.push_back(alert);
  return Status::Ok();
}

std::vector<Alert> MemoryAlertSink::alerts() const {
  std::lock_guard<std::mutex> lock(mu_);
  return alerts_;
}

int MemoryAlertSink::Count(AlertKind kind) const {
  std::lock_guard<std::mutex> lock(mu_);
  int n = 0;
  for (const Alert& a : alerts_) n += a.kind == kind ? 1 : 0;
  return n;
}

StatusOr<std::unique_ptr<FileAlertSink>> FileAlertSink::Open(Env* env, const std::string& path) {
  StatusOr<std::unique_ptr<WritableFile>> file = env->NewAppendableFile(path);
  if (!file.ok()) return file.status();
  return std::unique_ptr<FileAlertSink>(new FileAlertSink(std::move(file).value()));
}

Status FileAlertSink::Raise(const Alert& alert) {
  std::string line = AlertToLine(alert) + "\n";
  std::lock_guard<std::mutex> lock(mu_);
  if (!status_.ok()) return status_;
  status_ = file_->Append(line);
  return status_;
}

Status FileAlertSink::status() const {
  std::lock_guard<std::mutex> lock(mu_);
  return status_;
}

}  // namespace blastradius
