// Manifest: the registry of tools an agent may call (tools.json). Loaded once, immutable
// afterwards, so it is safe to share between threads. Format: docs/formats/manifest.md.
#ifndef BLASTRADIUS_MANIFEST_H_
#define BLASTRADIUS_MANIFEST_H_

#include <cstdint>
#include <functional>
#include <map>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "blastradius/env.h"
#include "blastradius/json_reader.h"
#include "blastradius/status.h"
#include "blastradius/tool.h"

namespace blastradius {

// A key together with its TransparentStringHash (below), for a lookup by a caller that already
// hashed it (the guard hashes a call's run id once for its run table and its state store).
// REQUIRES: hash == TransparentStringHash{}(text).
struct PrehashedKey {
  std::string_view text;
  size_t hash = 0;
  friend bool operator==(const PrehashedKey& a, std::string_view b) { return a.text == b; }
};

// A string hash for unordered containers looked up by std::string_view (heterogeneous lookup):
// per-call lookups by tool name stay O(1) whatever the manifest's size or its names' common
// prefixes (a std::map compared long shared prefixes 13 times a call at 10,000 tools).
// A PrehashedKey is answered with the hash it carries.
struct TransparentStringHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
  size_t operator()(const PrehashedKey& k) const { return k.hash; }
};

class Manifest {
 public:
  Manifest() = default;

  // Validates a parsed manifest. Errors name `origin`, the JSON path and what was expected:
  // unknown keys, wrong types, a missing or out-of-range tier, duplicate names, a compensation
  // that names no tool in the manifest, a negative cost.
  static StatusOr<Manifest> FromJson(const Json& doc, const std::string& origin);
  static StatusOr<Manifest> Parse(std::string_view text, const std::string& origin);
  static StatusOr<Manifest> Load(Env* env, const std::string& path);

  // nullptr for a tool the manifest does not list (the guard denies it). One hash of `name`,
  // one probe of a compact table (8 bytes a slot) and one comparison with the tool's own
  // name, whatever the manifest's size.
  const ToolSpec* Find(std::string_view name) const;
  const std::vector<ToolSpec>& tools() const { return tools_; }
  // True if some tool names `name` as its compensation.
  bool IsCompensation(std::string_view name) const;
  // Tier-1/2 writing tools with no compensation that are not themselves a compensation:
  // the reason the `rollback_ready` checklist item fails.
  std::vector<std::string> ToolsMissingCompensation() const;

 private:
  // One slot of the name index: 32 bits of the name's hash (checked before the name is read)
  // and the tool's position in tools_ plus one (0: an empty slot).
  struct IndexSlot {
    uint32_t hash_tag = 0;
    uint32_t position_plus_one = 0;
  };
  void BuildIndex();

  std::vector<ToolSpec> tools_;
  // Open addressing with linear probing, a power of two with at least twice the tools' slots
  // (load at most 1/2). Positions, not pointers: a copied or moved manifest stays valid. A
  // node-based hash map cost a random cache miss for its node besides the tool's entry.
  std::vector<IndexSlot> index_;
};

}  // namespace blastradius

#endif  // BLASTRADIUS_MANIFEST_H_
