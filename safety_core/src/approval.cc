// ApprovalGate: submit, poll on the env clock until an answer or the deadline, validate the
// answer against the exact request, and keep a single-use ledger of approvals. Cancellation
// marks a request id as spent (used_), which both a waiting Request and Consume respect.
#include "blastradius/approval.h"

#include <openssl/evp.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <initializer_list>
#include <memory>
#include <string_view>

#include "saturating.h"

namespace blastradius {
namespace {

constexpr std::string_view kConfirmationWords[] = {
    "confirm", "approv",   "authoriz",      "authoris",     "consent",
    "force",   "override", "skip_approval", "human_review",
};

char AsciiLower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// `word` is lowercase ASCII.
bool StartsWithIgnoringAsciiCase(std::string_view text, std::string_view word) {
  if (word.size() > text.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (AsciiLower(text[k]) != word[k]) return false;
  }
  return true;
}

// For each byte, the set of confirmation words (bit k: kConfirmationWords[k]) it starts, in
// either ASCII case.
constexpr std::array<uint16_t, 256> kWordsStartedBy = [] {
  static_assert(std::size(kConfirmationWords) <= 16);
  std::array<uint16_t, 256> table{};
  for (size_t k = 0; k < std::size(kConfirmationWords); ++k) {
    const auto first = static_cast<unsigned char>(kConfirmationWords[k][0]);
    table[first] |= static_cast<uint16_t>(1u << k);
    table[first - 32] |= static_cast<uint16_t>(1u << k);  // the words are lowercase ASCII
  }
  return table;
}();

// True if some confirmation word occurs in `key`, ignoring ASCII case. One pass over the key:
// a byte is tried only against the words it starts (this runs on every key of every call's
// arguments that is audited or needs approval, and allocates nothing).
bool LooksLikeConfirmation(std::string_view key) {
  for (size_t i = 0; i < key.size(); ++i) {
    for (unsigned words = kWordsStartedBy[static_cast<unsigned char>(key[i])]; words != 0;
         words &= words - 1) {
      const std::string_view word = kConfirmationWords[__builtin_ctz(words)];
      if (StartsWithIgnoringAsciiCase(key.substr(i), word)) return true;
    }
  }
  return false;
}

// The common case, answered without building a single path string.
bool HasConfirmationLikeKey(const Json& value) {
  if (value.is_array()) {
    return std::any_of(value.begin(), value.end(),
                       [](const Json& e) { return HasConfirmationLikeKey(e); });
  }
  if (!value.is_object()) return false;
  // The object's own map, not items(): its iteration proxy costs more than the check itself.
  for (const auto& [key, child] : value.get_ref<const Json::object_t&>()) {
    if (LooksLikeConfirmation(key) || HasConfirmationLikeKey(child)) return true;
  }
  return false;
}

void CollectConfirmationKeys(const Json& value, const std::string& path,
                             std::vector<std::string>* out) {
  if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      CollectConfirmationKeys(value[i], IndexPath(path, i), out);
    }
    return;
  }
  if (!value.is_object()) return;
  ConfigErrors unused("args");
  ObjectReader reader(value, path, &unused);  // only for its JSON path spelling
  for (const auto& [key, child] : value.items()) {
    std::string child_path = reader.PathOf(key);
    if (LooksLikeConfirmation(key)) out->push_back(child_path);
    CollectConfirmationKeys(child, child_path, out);
  }
}

// SHA-256 of the concatenated `parts`, as 64 lowercase hex digits; "" if OpenSSL fails.
std::string HexSha256(std::initializer_list<std::string_view> parts) {
  // Fetched once: EVP_sha256() makes every digest fetch the implementation again (a property
  // query under a lock, a large part of a small digest's cost in OpenSSL 3). The context is
  // kept per thread and re-initialized for each digest, so no call allocates one.
  static EVP_MD* const kSha256 = EVP_MD_fetch(nullptr, "SHA256", nullptr);
  thread_local const std::unique_ptr<EVP_MD_CTX, void (*)(EVP_MD_CTX*)> ctx(EVP_MD_CTX_new(),
                                                                            EVP_MD_CTX_free);
  unsigned char digest[EVP_MAX_MD_SIZE];
  unsigned int length = 0;
  bool ok =
      kSha256 != nullptr && ctx != nullptr && EVP_DigestInit_ex2(ctx.get(), kSha256, nullptr) == 1;
  for (std::string_view part : parts) {
    ok = ok && EVP_DigestUpdate(ctx.get(), part.data(), part.size()) == 1;
  }
  ok = ok && EVP_DigestFinal_ex(ctx.get(), digest, &length) == 1;
  if (!ok) return "";  // binds to nothing: no answer can match an empty binding
  static constexpr char kHex[] = "0123456789abcdef";
  std::string hex(size_t{length} * 2, '\0');
  for (unsigned int i = 0; i < length; ++i) {
    hex[2 * i] = kHex[digest[i] >> 4];
    hex[2 * i + 1] = kHex[digest[i] & 0xf];
  }
  return hex;
}

ApprovalDecision Decision(ApprovalState state, std::string request_id, std::string approver,
                          std::string reason) {
  ApprovalDecision decision;
  decision.state = state;
  decision.request_id = std::move(request_id);
  decision.approver = std::move(approver);
  decision.reason = std::move(reason);
  return decision;
}

ApprovalDecision Malformed(const ApprovalRequestView& request, const ApprovalAnswer& answer,
                           const std::string& what) {
  return Decision(ApprovalState::kRejected, request.request_id(), answer.approver,
                  "malformed approver answer: " + what);
}

// Why an answer does not fit its request; empty when it does. The binding is computed only
// when the answer must be bound: an approval, or any answer that gives a binding to compare.
std::string AnswerMismatch(const ApprovalRequestView& request, const ApprovalAnswer& answer) {
  if (answer.request_id != request.request_id()) {
    return "request_id \"" + answer.request_id + "\" does not match \"" + request.request_id() +
           "\"";
  }
  const bool unbound_rejection = answer.binding.empty() && answer.decision == "reject";
  if (!unbound_rejection && (request.binding().empty() || answer.binding != request.binding())) {
    return "answer bound to other arguments";
  }
  if (answer.decision != "approve" && answer.decision != "reject") {
    return "unknown decision \"" + answer.decision + "\" (expected approve or reject)";
  }
  return "";
}

// "<verb><approver>[: <note>]", in one allocation.
std::string Said(std::string_view verb, const ApprovalAnswer& answer) {
  std::string text;
  text.reserve(verb.size() + answer.approver.size() + 2 + answer.note.size());
  text.append(verb).append(answer.approver);
  if (!answer.note.empty()) text.append(": ").append(answer.note);
  return text;
}

}  // namespace

std::string_view ApprovalStateName(ApprovalState state) {
  switch (state) {
    case ApprovalState::kPending:
      return "pending";
    case ApprovalState::kApproved:
      return "approved";
    case ApprovalState::kRejected:
      return "rejected";
    case ApprovalState::kExpired:
      return "expired";
    case ApprovalState::kCancelled:
      return "cancelled";
  }
  return "unknown_state";
}

std::string ApprovalBinding(std::string_view tool, const Json& args) {
  std::string canonical_args;
  AppendCanonicalJson(args, &canonical_args);
  return ApprovalBindingOfCanonical(tool, canonical_args);
}

std::string ApprovalBindingOfCanonical(std::string_view tool, std::string_view canonical_args) {
  return HexSha256({tool, std::string_view("\0", 1), canonical_args});
}

std::vector<std::string> ConfirmationLikeKeys(const Json& args) {
  std::vector<std::string> keys;
  if (HasConfirmationLikeKey(args)) CollectConfirmationKeys(args, "$", &keys);
  return keys;
}

ApprovalRequestView::ApprovalRequestView(std::string_view run_id, std::string_view tool, int tier,
                                         const Json& args, std::string_view reason,
                                         std::string_view canonical_args)
    : run_id_(run_id),
      tool_(tool),
      args_(&args),
      tier_(tier),
      reason_(reason),
      canonical_args_(canonical_args) {}

ApprovalRequestView::ApprovalRequestView(const ApprovalRequest& request)
    : request_id_(request.request_id),
      run_id_(request.run_id),
      tool_(request.tool),
      args_(&request.args),
      tier_(request.tier),
      reason_(request.reason),
      requested_at_ms_(request.requested_at_ms),
      expires_at_ms_(request.expires_at_ms),
      binding_computed_(true),
      binding_(request.binding) {}

const std::string& ApprovalRequestView::binding() const {
  if (!binding_computed_) {
    binding_ = canonical_args_.empty() ? ApprovalBinding(tool_, *args_)
                                       : ApprovalBindingOfCanonical(tool_, canonical_args_);
    binding_computed_ = true;
  }
  return binding_;
}

ApprovalRequest ApprovalRequestView::ToRequest() const {
  ApprovalRequest r;
  r.request_id = request_id_;
  r.run_id = run_id_;
  r.tool = tool_;
  r.args = *args_;
  r.tier = tier_;
  r.binding = binding();
  r.reason = reason_;
  r.requested_at_ms = requested_at_ms_;
  r.expires_at_ms = expires_at_ms_;
  return r;
}

ApprovalGate::ApprovalGate(Env* env, Approver* approver, const ApprovalOptions& options,
                           std::string id_prefix)
    : env_(env), approver_(approver), options_(options), id_prefix_(std::move(id_prefix)) {}

ApprovalDecision ApprovalGate::Request(const std::string& run_id, const ToolSpec& tool,
                                       const Json& args, const std::string& reason,
                                       std::optional<int64_t> not_after_ms,
                                       std::string_view canonical_args) {
  ApprovalRequestView request(run_id, tool.name, static_cast<int>(tool.tier), args, reason,
                              canonical_args);
  return Request(request, not_after_ms);
}

ApprovalDecision ApprovalGate::Request(ApprovalRequestView& request,
                                       std::optional<int64_t> not_after_ms) {
  const uint64_t id = next_id_.fetch_add(1, std::memory_order_relaxed);
  request.request_id_.assign(id_prefix_);
  char digits[24];
  request.request_id_.append(digits, std::to_chars(digits, digits + sizeof(digits), id).ptr);
  request.requested_at_ms_ = env_->NowMillis();
  request.expires_at_ms_ = SaturatingAdd(request.requested_at_ms_, options_.timeout_ms);
  if (not_after_ms && *not_after_ms < request.expires_at_ms_) {
    request.expires_at_ms_ = std::max(request.requested_at_ms_, *not_after_ms);
  }
  if (approver_ == nullptr) {
    return Decision(ApprovalState::kRejected, request.request_id(), "", "no approver configured");
  }
  approver_->Submit(request);
  const int64_t poll_interval = std::max<int64_t>(1, options_.poll_interval_ms);
  auto cancelled = [&] {
    std::lock_guard<std::mutex> lock(mu_);
    return used_.count(request.request_id_) > 0;
  };
  ApprovalDecision decision;
  for (;;) {
    if (cancelled()) {
      decision =
          Decision(ApprovalState::kCancelled, request.request_id(), "", "cancelled while pending");
      break;
    }
    std::optional<ApprovalAnswer> answer = approver_->Poll(request);
    if (answer) {
      decision = Validate(request, std::move(*answer));
      break;
    }
    int64_t now = env_->NowMillis();
    if (now >= request.expires_at_ms_) {
      decision = Decision(
          ApprovalState::kExpired, request.request_id(), "",
          "no answer within " +
              std::to_string(SaturatingSub(request.expires_at_ms_, request.requested_at_ms_)) +
              " ms");
      break;
    }
    env_->SleepForMillis(std::min(poll_interval, SaturatingSub(request.expires_at_ms_, now)));
  }
  approver_->Withdraw(request, decision.state);
  return decision;
}

// The answer is the gate's own (Request's), so a valid one gives the decision its strings: its
// request id equals the request's, so the decision takes it instead of copying the request's.
ApprovalDecision ApprovalGate::Validate(const ApprovalRequestView& request,
                                        ApprovalAnswer&& answer) {
  std::string mismatch = AnswerMismatch(request, answer);
  if (!mismatch.empty()) return Malformed(request, answer, mismatch);
  // Said reads the approver, so each reason is made before Decision's parameter moves it away
  // (the order in which a call's parameters are initialised is unspecified).
  if (answer.decision == "reject") {
    std::string reason = Said("rejected by ", answer);
    return Decision(ApprovalState::kRejected, std::move(answer.request_id),
                    std::move(answer.approver), std::move(reason));
  }
  std::lock_guard<std::mutex> lock(mu_);
  if (used_.count(request.request_id()) > 0) {
    return Decision(ApprovalState::kCancelled, std::move(answer.request_id),
                    std::move(answer.approver), "cancelled before the approval arrived");
  }
  approved_unused_[request.request_id()] = request.binding();
  std::string reason = Said("approved by ", answer);
  return Decision(ApprovalState::kApproved, std::move(answer.request_id),
                  std::move(answer.approver), std::move(reason));
}

bool ApprovalGate::Consume(const std::string& request_id, const ApprovalRequestView& call) {
  return ConsumeBinding(request_id, call.binding());
}

bool ApprovalGate::Consume(const std::string& request_id, std::string_view tool, const Json& args,
                           std::string_view canonical_args) {
  return ConsumeBinding(request_id, canonical_args.empty()
                                        ? ApprovalBinding(tool, args)
                                        : ApprovalBindingOfCanonical(tool, canonical_args));
}

bool ApprovalGate::ConsumeBinding(const std::string& request_id, const std::string& binding) {
  std::lock_guard<std::mutex> lock(mu_);
  auto it = approved_unused_.find(request_id);
  if (it == approved_unused_.end() || it->second != binding) return false;
  approved_unused_.erase(it);
  used_.insert(request_id);
  return true;
}

void ApprovalGate::Cancel(const std::string& request_id) {
  std::lock_guard<std::mutex> lock(mu_);
  approved_unused_.erase(request_id);
  used_.insert(request_id);
}

}  // namespace blastradius
