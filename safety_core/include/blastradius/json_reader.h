// Reading JSON that people write by hand (manifests, policies, packs, scenarios), with errors
// that name the file, the JSON path and what was expected — never a crash, never a key silently
// ignored. Not thread-safe: one reader per document.
#ifndef BLASTRADIUS_JSON_READER_H_
#define BLASTRADIUS_JSON_READER_H_

#include <cstdint>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "blastradius/env.h"
#include "blastradius/status.h"

namespace blastradius {

using Json = nlohmann::json;

// Deepest nesting of arrays and objects ParseJsonText accepts. Printing or copying a tree
// recurses once per level, so a deeper document is refused before any tree is built.
inline constexpr int kMaxJsonDepth = 128;

// True if arrays and objects in `text` nest deeper than `limit`, counting brackets outside
// strings. Linear in the text; malformed text is left to the parser.
bool JsonNestsDeeperThan(std::string_view text, int limit);

// Parses `text`; a syntax error becomes InvalidArgument "ORIGIN: line L, column C: ...". A
// document nested deeper than kMaxJsonDepth is InvalidArgument "ORIGIN: nested deeper than ...". A key
// that appears twice in one object is InvalidArgument "ORIGIN: $.json.path: duplicate key ..."
// (one line per duplicate): JSON leaves duplicates undefined, so no reading of them is trusted.
StatusOr<Json> ParseJsonText(std::string_view text, std::string_view origin);
// Reads and parses a file through `env`.
StatusOr<Json> LoadJsonFile(Env* env, const std::string& path);

// Canonical form of a JSON value: object keys sorted, no whitespace, invalid UTF-8 replaced.
// Two argument objects that differ only in key order have the same canonical form. Byte for
// byte the JSON library's compact dump (value.dump(-1, ' ', false, replace)).
std::string CanonicalJson(const Json& value);
// The same text appended to `out`: a caller that keeps `out` reuses its capacity, so the
// common call (ASCII strings, integers, objects and arrays of them) allocates nothing. The walk
// that writes it is the one LoopDetector::KeyOfArgs hashes the text's bytes from.
void AppendCanonicalJson(const Json& value, std::string* out);

// A short description of a JSON value's type and content for error messages ("string \"x\"").
std::string DescribeJson(const Json& value);

// Collects validation errors for one document.
class ConfigErrors {
 public:
  explicit ConfigErrors(std::string origin) : origin_(std::move(origin)) {}
  // Records "PATH: expected EXPECTED[, got GOT]".
  void Add(const std::string& path, const std::string& expected, const Json* got = nullptr);
  void AddMessage(const std::string& path, const std::string& message);
  bool empty() const { return messages_.empty(); }
  const std::string& origin() const { return origin_; }
  // OK when empty; otherwise InvalidArgument with one line per error, each prefixed by origin.
  Status ToStatus() const;

 private:
  std::string origin_;
  std::vector<std::string> messages_;
};

// Reads the fields of one JSON object, checking types and ranges, and knows which keys it read
// so that RejectUnknownKeys() can name the rest.
class ObjectReader {
 public:
  // If `value` is not an object, records an error and every accessor returns nothing.
  ObjectReader(const Json& value, std::string path, ConfigErrors* errors);

  bool valid() const { return object_ != nullptr; }
  const std::string& path() const { return path_; }
  std::string PathOf(std::string_view key) const;

  // True if the key is present (even if null). Marks it as known.
  bool Has(std::string_view key);
  // True if the key is present and null. Marks it as known.
  bool IsNull(std::string_view key);
  // The raw value, or nullptr when absent. Marks it as known.
  const Json* Raw(std::string_view key);

  // Typed accessors: nullopt when absent (an error if `required`) or when mistyped (an error).
  std::optional<std::string> String(std::string_view key, bool required = false);
  std::optional<bool> Bool(std::string_view key, bool required = false);
  std::optional<int64_t> Int(std::string_view key, int64_t min, int64_t max,
                             bool required = false);
  std::optional<double> Number(std::string_view key, double min, double max,
                               bool required = false);
  // A string that must be one of `allowed`.
  std::optional<std::string> Enum(std::string_view key, const std::vector<std::string>& allowed,
                                  bool required = false);
  // An array of strings.
  std::optional<std::vector<std::string>> StringList(std::string_view key, bool required = false);
  // An amount of US dollars from 0 to kMaxUsd, as integer micro-dollars rounded to the nearest
  // (half up) from the decimal the user wrote, so 0.1 + 0.2 style drift cannot happen.
  std::optional<int64_t> UsdMicros(std::string_view key, bool required = false);
  static constexpr double kMaxUsd = 1e9;

  // Records one error per key that no accessor asked for, listing the allowed keys.
  void RejectUnknownKeys();

  ConfigErrors* errors() const { return errors_; }

 private:
  const Json* Lookup(std::string_view key, bool required, const char* expected);

  const Json* object_ = nullptr;
  std::string path_;
  ConfigErrors* errors_;
  std::set<std::string, std::less<>> known_;
};

// `usd` (finite, 0 <= usd <= ObjectReader::kMaxUsd) in micro-dollars, rounded half up from the
// shortest decimal that reads back as `usd`.
int64_t UsdToMicros(double usd);

// Path of an array element: "$.tools" + 3 -> "$.tools[3]".
std::string IndexPath(const std::string& path, size_t index);

}  // namespace blastradius

#endif  // BLASTRADIUS_JSON_READER_H_
