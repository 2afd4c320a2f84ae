// JSON-RPC 2.0 over newline-delimited stdio, as MCP's stdio transport uses it: one message per
// line, UTF-8, no embedded newlines. LineReader splits a byte stream into lines with a hard size
// limit (a longer line is reported and skipped without ever being held whole in memory);
// ParseMessage classifies one line; the builders make the few messages the proxy writes itself.
// Plain values and functions; LineReader is thread-compatible (one reader per stream).
#ifndef BLASTRADIUS_MCP_JSON_RPC_H_
#define BLASTRADIUS_MCP_JSON_RPC_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/json_reader.h"

namespace blastradius::mcp {

// Standard JSON-RPC error codes.
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
// Implementation-defined server error used by the proxy itself (overload, peer gone).
inline constexpr int kProxyError = -32000;

// Deepest nesting of arrays and objects accepted in one message (deeper is an invalid
// request, refused before any tree is built: copying or printing a deep tree recurses).
inline constexpr int kMaxNestingDepth = 64;  // stricter than kMaxJsonDepth: a message is data
                                             // the guard copies, audits and forwards

// Default ceiling on one message line (bytes, newline excluded).
inline constexpr size_t kDefaultMaxLineBytes = 4 * 1024 * 1024;

// Splits a byte stream into lines. A line longer than max_line_bytes is reported once as
// kTooLong as soon as the limit is passed; its remaining bytes up to the next newline are
// discarded as they arrive, so memory stays bounded by max_line_bytes plus one chunk.
class LineReader {
 public:
  enum class Kind { kLine, kTooLong };
  struct Event {
    Kind kind;
    std::string line;  // the line without its '\n' (and without a trailing '\r'); empty for
                       // kTooLong
  };

  explicit LineReader(size_t max_line_bytes = kDefaultMaxLineBytes)
      : max_line_bytes_(max_line_bytes) {}

  // Consumes `bytes`, appending one event per complete line or over-long line to `out`.
  // Empty lines are skipped.
  void Feed(std::string_view bytes, std::vector<Event>* out);
  // End of stream: a final line without a newline is delivered as a line.
  void Finish(std::vector<Event>* out);
  // Bytes currently buffered (always <= max_line_bytes).
  size_t buffered() const { return buffer_.size(); }

 private:
  size_t max_line_bytes_;
  std::string buffer_;
  bool discarding_ = false;  // inside an over-long line, waiting for its newline
};

enum class MessageKind { kRequest, kNotification, kResponse };

struct Message {
  MessageKind kind = MessageKind::kRequest;
  Json doc;            // the whole message
  std::string method;  // requests and notifications
  Json id;             // requests and responses (may be null in an error response)
};

// Outcome of parsing one line.
struct ParsedLine {
  bool ok = false;
  Message message;     // when ok
  int error_code = 0;  // kParseError (not JSON) or kInvalidRequest (JSON, not a message)
  std::string error;   // when !ok
  Json id;             // the request's id when it could be read (else null)
};

// Classifies one line as a JSON-RPC 2.0 request, notification or response. Batches (arrays)
// are not part of MCP since 2025-06-18 and are invalid requests.
ParsedLine ParseMessage(std::string_view line);

// One message as one line (no trailing newline); non-ASCII is \u-escaped and invalid UTF-8
// replaced, so the line never contains a newline of any kind.
std::string Serialize(const Json& message);

Json MakeRequest(const Json& id, std::string_view method, Json params);
Json MakeNotification(std::string_view method, Json params);
Json MakeResult(const Json& id, Json result);
Json MakeError(const Json& id, int code, std::string_view message);

}  // namespace blastradius::mcp

#endif  // BLASTRADIUS_MCP_JSON_RPC_H_
