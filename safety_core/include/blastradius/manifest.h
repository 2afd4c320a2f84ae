// Manifest: the registry of tools an agent may call (tools.json). Loaded once, immutable
// afterwards, so it is safe to share between threads. Format: docs/formats/manifest.md.
#ifndef BLASTRADIUS_MANIFEST_H_
#define BLASTRADIUS_MANIFEST_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"

namespace blastradius {

class Manifest {
 public:
  Manifest() = default;

  // Validates a parsed manifest. Errors name `origin`, the JSON path and what was expected:
  // unknown keys, wrong types, a missing or out-of-range tier, duplicate names, a compensation
  // that names no tool in the manifest, a negative cost.
  static StatusOr<Manifest> FromJson(const Json& doc, const std::string& origin);
  static StatusOr<Manifest> Parse(std::string_view text, const std::string& origin);
  static StatusOr<Manifest> Load(Env* env, const std::string& path);

  // nullptr for a tool the manifest does not list (the guard denies it).
  const ToolSpec* Find(std::string_view name) const;
  const std::vector<ToolSpec>& tools() const { return tools_; }
  // True if some tool names `name` as its compensation.
  bool IsCompensation(std::string_view name) const;
  // Tier-1/2 writing tools with no compensation that are not themselves a compensation:
  // the reason the `rollback_ready` checklist item fails.
  std::vector<std::string> ToolsMissingCompensation() const;

 private:
  std::vector<ToolSpec> tools_;
  std::map<std::string, size_t, std::less<>> index_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_MANIFEST_H_
