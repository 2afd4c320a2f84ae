// JSON trees for the tests that compare the canonical-JSON writer with the JSON library's dump
// (json_reader_test) and the loop fingerprint streamed from a tree with the fingerprint of its
// text (loop_detector_test): random trees of every type and byte, and the deepest nesting that
// ParseJsonText accepts. Deterministic for a given generator state.
#ifndef BLASTRADIUS_SAFETY_CORE_TESTS_JSON_TEST_TREES_H_
#define BLASTRADIUS_SAFETY_CORE_TESTS_JSON_TEST_TREES_H_

#include <cstdint>
#include <iterator>
#include <limits>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "blastradius/json_reader.h"

namespace blastradius {

// A random tree of every JSON type, with strings drawn from every byte (controls, quotes,
// backslashes, DEL, invalid and valid UTF-8).
inline Json RandomJson(std::mt19937_64& rng, int depth) {
  auto pick = [&](uint64_t n) { return rng() % n; };
  auto random_string = [&] {
    static const std::vector<std::string> kPieces = {"",
                                                     "a",
                                                     "Z",
                                                     "\"",
                                                     "\\",
                                                     "/",
                                                     "\b",
                                                     "\f",
                                                     "\n",
                                                     "\r",
                                                     "\t",
                                                     std::string(1, '\0'),
                                                     "\x01",
                                                     "\x1f",
                                                     " ",
                                                     "\x7f",
                                                     "\xc3\xa9",
                                                     "\xe2\x80\xae",
                                                     "\xf0\x9f\x98\x80",
                                                     "\xff",
                                                     "\xc3",
                                                     "\xed\xa0\x80",
                                                     "confirm",
                                                     "customer_id"};
    std::string s;
    for (uint64_t i = pick(6); i > 0; --i) {
      s += pick(4) == 0 ? std::string(1, static_cast<char>(pick(256)))
                        : kPieces[pick(kPieces.size())];
    }
    return s;
  };
  switch (depth > 3 ? pick(7) : pick(9)) {
    case 0:
      return nullptr;
    case 1:
      return pick(2) == 0;
    case 2:
      return static_cast<int64_t>(rng());
    case 3:
      return static_cast<uint64_t>(rng());
    case 4: {
      const double kFloats[] = {0.0,
                                -0.0,
                                1.0,
                                0.1,
                                -2.5e-310,
                                1e300,
                                123456789.125,
                                std::numeric_limits<double>::infinity(),
                                std::numeric_limits<double>::quiet_NaN()};
      return kFloats[pick(std::size(kFloats))];
    }
    case 5:
      return random_string();
    case 6:
      return pick(3) == 0 ? Json::binary({1, 2, 3}, 7) : Json(static_cast<int64_t>(pick(100)) - 50);
    case 7: {
      Json a = Json::array();
      for (uint64_t i = pick(4); i > 0; --i) a.push_back(RandomJson(rng, depth + 1));
      return a;
    }
    default: {
      Json o = Json::object();
      for (uint64_t i = pick(4); i > 0; --i) o[random_string()] = RandomJson(rng, depth + 1);
      return o;
    }
  }
}

// kMaxJsonDepth levels of arrays and objects, alternating, with an integer, a float and, at the
// bottom, a string with non-ASCII and a control byte: the deepest tree ParseJsonText accepts.
inline Json DeepestParsedJson() {
  Json value = "leaf \xc3\xa9 \x01";
  for (int level = 1; level < kMaxJsonDepth; ++level) {
    value = level % 2 == 0 ? Json::array({level, std::move(value), 0.5})
                           : Json{{"z", std::move(value)}, {"a", level}};
  }
  return Json::array({std::move(value)});
}

}  // namespace blastradius

#endif  // BLASTRADIUS_SAFETY_CORE_TESTS_JSON_TEST_TREES_H_
