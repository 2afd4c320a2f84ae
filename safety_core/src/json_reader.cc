#include "blastradius/json_reader.h"

#include <cctype>
#include <charconv>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

#include "canonical_json.h"

namespace blastradius {
namespace {

// Line and column (1-based) of byte `offset` in `text`.
std::pair<size_t, size_t> LineColumn(std::string_view text, size_t offset) {
  size_t line = 1, col = 1;
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++line;
      col = 1;
    } else {
      ++col;
    }
  }
  return {line, col};
}

std::string TypeName(const Json& v) {
  switch (v.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned: return "integer";
    case Json::value_t::number_float: return "number";
    case Json::value_t::string: return "string";
    case Json::value_t::array: return "array";
    case Json::value_t::object: return "object";
    default: return "value";
  }
}

bool IsIdentifierKey(std::string_view key) {
  if (key.empty()) return false;
  for (char c : key) {
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '_')) return false;
  }
  return true;
}

// "$.a" + key: ".key" for identifier keys, otherwise ["quoted key"].
std::string KeyPath(const std::string& path, std::string_view key) {
  if (IsIdentifierKey(key)) return path + "." + std::string(key);
  return path + "[" + LibraryJsonDump(Json(std::string(key))) + "]";
}

// Watches nlohmann's parse events and records every key that repeats within one object, by
// JSON path. The parse itself is unchanged; the caller turns any duplicate into an error.
class DuplicateKeyWatch {
 public:
  bool OnEvent(int /*depth*/, Json::parse_event_t event, const Json& parsed) {
    switch (event) {
      case Json::parse_event_t::object_start:
      case Json::parse_event_t::array_start:
        frames_.push_back(Frame{event == Json::parse_event_t::object_start, {}, {}, 0});
        break;
      case Json::parse_event_t::key:
        if (!frames_.empty() && parsed.is_string()) OnKey(parsed.get_ref<const std::string&>());
        break;
      case Json::parse_event_t::object_end:
      case Json::parse_event_t::array_end:
        if (!frames_.empty()) frames_.pop_back();
        ElementDone();
        break;
      case Json::parse_event_t::value:
        ElementDone();
        break;
    }
    return true;
  }
  const std::vector<std::string>& duplicates() const { return duplicates_; }

 private:
  struct Frame {
    bool is_object;
    std::set<std::string> keys;
    std::string key;  // the key being read (objects)
    size_t index;     // the element being read (arrays)
  };
  void OnKey(const std::string& key) {
    Frame& top = frames_.back();
    top.key = key;
    if (!top.keys.insert(key).second) duplicates_.push_back(KeyPath(ParentPath(), key));
  }
  void ElementDone() {
    if (!frames_.empty() && !frames_.back().is_object) ++frames_.back().index;
  }
  // Path of the innermost open container.
  std::string ParentPath() const {
    std::string path = "$";
    for (size_t i = 0; i + 1 < frames_.size(); ++i) {
      path =
          frames_[i].is_object ? KeyPath(path, frames_[i].key) : IndexPath(path, frames_[i].index);
    }
    return path;
  }
  std::vector<Frame> frames_;
  std::vector<std::string> duplicates_;
};

Status DuplicateKeysError(std::string_view origin, const std::vector<std::string>& paths) {
  ConfigErrors errors{std::string(origin)};
  for (const std::string& path : paths) {
    errors.AddMessage(path, "duplicate key (a repeated key is ambiguous; write it once)");
  }
  return errors.ToStatus();
}

}  // namespace

bool JsonNestsDeeperThan(std::string_view text, int limit) {
  int depth = 0;
  bool in_string = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

StatusOr<Json> ParseJsonText(std::string_view text, std::string_view origin) {
  if (JsonNestsDeeperThan(text, kMaxJsonDepth)) {
    return Status::InvalidArgument(std::string(origin) + ": nested deeper than " +
                                   std::to_string(kMaxJsonDepth) +
                                   " levels of arrays and objects");
  }
  DuplicateKeyWatch watch;
  try {
    Json doc = Json::parse(text.begin(), text.end(),
                           [&watch](int depth, Json::parse_event_t event, Json& parsed) {
                             return watch.OnEvent(depth, event, parsed);
                           });
    if (!watch.duplicates().empty()) return DuplicateKeysError(origin, watch.duplicates());
    return doc;
  } catch (const Json::parse_error& e) {
    auto [line, col] = LineColumn(text, e.byte == 0 ? 0 : e.byte - 1);
    std::string what = e.what();
    // nlohmann's message starts with "[json.exception.parse_error.101] parse error at ...".
    auto pos = what.find("] ");
    if (pos != std::string::npos) what = what.substr(pos + 2);
    return Status::InvalidArgument(std::string(origin) + ": line " + std::to_string(line) +
                                   ", column " + std::to_string(col) + ": not valid JSON: " + what);
  } catch (const Json::exception& e) {  // e.g. out_of_range: a number too large for a double
    std::string what = e.what();
    auto pos = what.find("] ");
    if (pos != std::string::npos) what = what.substr(pos + 2);
    return Status::InvalidArgument(std::string(origin) + ": not valid JSON: " + what);
  }
}

StatusOr<Json> LoadJsonFile(Env* env, const std::string& path) {
  StatusOr<std::string> text = env->ReadFileToString(path);
  if (!text.ok()) return text.status();
  return ParseJsonText(*text, path);
}

namespace {

// The sink WriteCanonicalJson fills for AppendCanonicalJson: the end of a string.
struct StringSink {
  std::string* out;
  void Push(char c) { out->push_back(c); }
  void Append(std::string_view bytes) { out->append(bytes); }
};

}  // namespace

void AppendCanonicalJson(const Json& value, std::string* out) {
  StringSink sink{out};
  WriteCanonicalJson(value, sink);
}

std::string CanonicalJson(const Json& value) {
  std::string out;
  AppendCanonicalJson(value, &out);
  return out;
}

std::string DescribeJson(const Json& value) {
  std::string text = LibraryJsonDump(value);
  if (text.size() > 60) text = text.substr(0, 57) + "...";
  if (value.is_null()) return "null";
  return TypeName(value) + " " + text;
}

void ConfigErrors::Add(const std::string& path, const std::string& expected, const Json* got) {
  std::string msg = path + ": expected " + expected;
  msg += got ? ", got " + DescribeJson(*got) : std::string(", but it is missing");
  messages_.push_back(std::move(msg));
}

void ConfigErrors::AddMessage(const std::string& path, const std::string& message) {
  messages_.push_back(path + ": " + message);
}

Status ConfigErrors::ToStatus() const {
  if (messages_.empty()) return Status::Ok();
  constexpr size_t kMaxShown = 20;
  std::string out;
  for (size_t i = 0; i < messages_.size() && i < kMaxShown; ++i) {
    if (i) out += "\n";
    out += origin_ + ": " + messages_[i];
  }
  if (messages_.size() > kMaxShown) {
    out += "\n" + origin_ + ": ... and " + std::to_string(messages_.size() - kMaxShown) +
           " more errors";
  }
  return Status::InvalidArgument(out);
}

ObjectReader::ObjectReader(const Json& value, std::string path, ConfigErrors* errors)
    : path_(std::move(path)), errors_(errors) {
  if (value.is_object()) {
    object_ = &value;
  } else {
    errors_->Add(path_, "an object", &value);
  }
}

std::string ObjectReader::PathOf(std::string_view key) const { return KeyPath(path_, key); }

const Json* ObjectReader::Lookup(std::string_view key, bool required, const char* expected) {
  if (!object_) return nullptr;
  known_.emplace(key);
  auto it = object_->find(std::string(key));
  if (it == object_->end()) {
    if (required) errors_->Add(PathOf(key), expected, nullptr);
    return nullptr;
  }
  return &*it;
}

bool ObjectReader::Has(std::string_view key) { return Lookup(key, false, "") != nullptr; }

bool ObjectReader::IsNull(std::string_view key) {
  const Json* v = Lookup(key, false, "");
  return v && v->is_null();
}

const Json* ObjectReader::Raw(std::string_view key) { return Lookup(key, false, ""); }

std::optional<std::string> ObjectReader::String(std::string_view key, bool required) {
  const Json* v = Lookup(key, required, "a string");
  if (!v) return std::nullopt;
  if (!v->is_string()) {
    errors_->Add(PathOf(key), "a string", v);
    return std::nullopt;
  }
  return v->get<std::string>();
}

std::optional<bool> ObjectReader::Bool(std::string_view key, bool required) {
  const Json* v = Lookup(key, required, "true or false");
  if (!v) return std::nullopt;
  if (!v->is_boolean()) {
    errors_->Add(PathOf(key), "true or false", v);
    return std::nullopt;
  }
  return v->get<bool>();
}

std::optional<int64_t> ObjectReader::Int(std::string_view key, int64_t min, int64_t max,
                                         bool required) {
  std::string expected = "an integer";
  if (max == std::numeric_limits<int64_t>::max()) {
    expected += " >= " + std::to_string(min);
  } else {
    expected += " from " + std::to_string(min) + " to " + std::to_string(max);
  }
  const Json* v = Lookup(key, required, expected.c_str());
  if (!v) return std::nullopt;
  int64_t n = 0;
  if (v->is_number_integer()) {
    n = v->get<int64_t>();
  } else if (v->is_number_unsigned()) {
    uint64_t u = v->get<uint64_t>();
    if (u > static_cast<uint64_t>(std::numeric_limits<int64_t>::max())) {
      errors_->Add(PathOf(key), expected, v);
      return std::nullopt;
    }
    n = static_cast<int64_t>(u);
  } else if (v->is_number_float() && std::floor(v->get<double>()) == v->get<double>() &&
             std::fabs(v->get<double>()) < 9e15) {
    n = static_cast<int64_t>(v->get<double>());
  } else {
    errors_->Add(PathOf(key), expected, v);
    return std::nullopt;
  }
  if (n < min || n > max) {
    errors_->Add(PathOf(key), expected, v);
    return std::nullopt;
  }
  return n;
}

std::optional<double> ObjectReader::Number(std::string_view key, double min, double max,
                                           bool required) {
  std::string expected = "a number";
  if (min == 0 && max == std::numeric_limits<double>::max()) {
    expected += " >= 0";
  } else {
    expected += " from " + Json(min).dump() + " to " + Json(max).dump();
  }
  const Json* v = Lookup(key, required, expected.c_str());
  if (!v) return std::nullopt;
  if (!v->is_number()) {
    errors_->Add(PathOf(key), expected, v);
    return std::nullopt;
  }
  double d = v->get<double>();
  if (!(d >= min && d <= max)) {
    errors_->Add(PathOf(key), expected, v);
    return std::nullopt;
  }
  return d;
}

std::optional<std::string> ObjectReader::Enum(std::string_view key,
                                              const std::vector<std::string>& allowed,
                                              bool required) {
  std::string expected = "one of";
  for (size_t i = 0; i < allowed.size(); ++i) {
    expected += (i ? ", \"" : " \"") + allowed[i] + "\"";
  }
  const Json* v = Lookup(key, required, expected.c_str());
  if (!v) return std::nullopt;
  if (v->is_string()) {
    for (const std::string& a : allowed) {
      if (v->get<std::string>() == a) return a;
    }
  }
  errors_->Add(PathOf(key), expected, v);
  return std::nullopt;
}

std::optional<std::vector<std::string>> ObjectReader::StringList(std::string_view key,
                                                                 bool required) {
  const Json* v = Lookup(key, required, "an array of strings");
  if (!v) return std::nullopt;
  if (!v->is_array()) {
    errors_->Add(PathOf(key), "an array of strings", v);
    return std::nullopt;
  }
  std::vector<std::string> out;
  bool ok = true;
  for (size_t i = 0; i < v->size(); ++i) {
    const Json& item = (*v)[i];
    if (!item.is_string()) {
      errors_->Add(IndexPath(PathOf(key), i), "a string", &item);
      ok = false;
      continue;
    }
    out.push_back(item.get<std::string>());
  }
  if (!ok) return std::nullopt;
  return out;
}

std::optional<int64_t> ObjectReader::UsdMicros(std::string_view key, bool required) {
  static const std::string kExpected = "a number of US dollars from 0 to 1000000000";
  const Json* v = Lookup(key, required, kExpected.c_str());
  if (!v) return std::nullopt;
  if (!v->is_number() || !(v->get<double>() >= 0 && v->get<double>() <= kMaxUsd)) {
    errors_->Add(PathOf(key), kExpected, v);
    return std::nullopt;
  }
  return UsdToMicros(v->get<double>());
}

void ObjectReader::RejectUnknownKeys() {
  if (!object_) return;
  for (auto it = object_->begin(); it != object_->end(); ++it) {
    if (known_.count(it.key())) continue;
    std::string allowed;
    for (const std::string& k : known_) allowed += (allowed.empty() ? "" : ", ") + k;
    errors_->AddMessage(PathOf(it.key()),
                        "unknown key (allowed here: " + (allowed.empty() ? "none" : allowed) + ")");
  }
}

int64_t UsdToMicros(double usd) {
  // The shortest decimal that reads back as `usd` is the text the user wrote (up to 15
  // significant digits); rounding that decimal, not usd * 1e6, is exact.
  if (usd == 0) return 0;  // also -0.0, which would print a sign
  char buf[64];
  auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), usd, std::chars_format::fixed);
  if (ec != std::errc()) return std::llround(usd * 1e6);
  int64_t micros = 0;
  int frac_digits = -1;  // -1 until the decimal point
  bool round_up = false;
  for (const char* p = buf; p != end; ++p) {
    if (*p == '.') {
      frac_digits = 0;
    } else if (frac_digits < 6) {
      micros = micros * 10 + (*p - '0');
      if (frac_digits >= 0) ++frac_digits;
    } else {
      round_up = *p >= '5';
      break;
    }
  }
  for (int i = frac_digits < 0 ? 0 : frac_digits; i < 6; ++i) micros *= 10;
  return micros + (round_up ? 1 : 0);
}

std::string IndexPath(const std::string& path, size_t index) {
  return path + "[" + std::to_string(index) + "]";
}

}  // namespace blastradius
