// AssignJsonReusing: a JSON copy that reuses the destination's storage. Internal to safety_core
// (the guard's per-run invocation and audit record, redaction into a kept record).
#ifndef BLASTRADIUS_SRC_JSON_ASSIGN_H_
#define BLASTRADIUS_SRC_JSON_ASSIGN_H_

#include <algorithm>
#include <string>

#include "blastradius/json_reader.h"

namespace blastradius {

// *dst = src, reusing dst's storage where the two trees have the same shape (strings, objects
// with the same keys, arrays of the same length): a run's calls usually differ only in their
// values, and then the copy allocates nothing.
inline void AssignJsonReusing(const Json& src, Json* dst) {
  if (src.type() == dst->type()) {
    if (src.is_string()) {
      dst->get_ref<std::string&>() = src.get_ref<const std::string&>();
      return;
    }
    if (src.is_array()) {
      const Json::array_t& from = src.get_ref<const Json::array_t&>();
      Json::array_t& to = dst->get_ref<Json::array_t&>();
      if (from.size() == to.size()) {
        for (size_t i = 0; i < from.size(); ++i) AssignJsonReusing(from[i], &to[i]);
        return;
      }
    }
    if (src.is_object()) {
      const Json::object_t& from = src.get_ref<const Json::object_t&>();
      Json::object_t& to = dst->get_ref<Json::object_t&>();
      if (from.size() == to.size() &&
          std::equal(from.begin(), from.end(), to.begin(),
                     [](const auto& a, const auto& b) { return a.first == b.first; })) {
        auto d = to.begin();
        for (const auto& [key, value] : from) AssignJsonReusing(value, &(d++)->second);
        return;
      }
    }
  }
  *dst = src;
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SRC_JSON_ASSIGN_H_
