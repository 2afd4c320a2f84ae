// LoopDetector: counts (tool, canonical args) pairs by fingerprint, over the whole run or over a
// sliding window of the most recent calls. The call being observed is part of its own window.
#include "blastradius/loop_detector.h"

#include <algorithm>
#include <climits>
#include <cstdint>
#include <cstring>
#include <string>

#include "canonical_json.h"

namespace blastradius {
namespace {

// Two 64-bit lanes over the bytes, 16 at a time: each block is folded into each lane by one
// 64x64->128-bit multiply whose halves are xor-ed (the "mum" step of wyhash), the lanes pairing
// the block's two words with their state and their own constants the other way round; the
// field's length closes it, so the boundary between tool and arguments is unambiguous ("ab"+"c"
// is not "a"+"bc"), and Key() gives each lane a final avalanche so that the table's Home can
// use lane a's high bits. One multiply per lane per 16 bytes, where the first fingerprint took
// two multiplies and three shifts per lane per 8 bytes (bench/notes.md, "Guard rows, twelfth
// session").
struct Lanes {
  uint64_t a = 0x243f6a8885a308d3ull;
  uint64_t b = 0x13198a2e03707344ull;

  static uint64_t Mum(uint64_t x, uint64_t y) {
    const unsigned __int128 product = static_cast<unsigned __int128>(x) * y;
    return static_cast<uint64_t>(product) ^ static_cast<uint64_t>(product >> 64);
  }
  static uint64_t Avalanche(uint64_t x, uint64_t multiplier) {
    x ^= x >> 32;
    x *= multiplier;
    x ^= x >> 29;
    x *= multiplier;
    x ^= x >> 32;
    return x;
  }
  void Block(uint64_t w0, uint64_t w1) {
    a = Mum(w0 ^ 0xa0761d6478bd642full, w1 ^ a);
    b = Mum(w1 ^ 0xe7037ed1a0b428dbull, w0 ^ b);
  }
  // Hashes the complete 16-byte blocks of bytes[0, size) and returns how many bytes they hold.
  size_t Blocks(const char* bytes, size_t size) {
    size_t i = 0;
    for (; i + 16 <= size; i += 16) {
      uint64_t w[2];
      std::memcpy(w, bytes + i, 16);
      Block(w[0], w[1]);
    }
    return i;
  }
  // The last, partial block (0 to 15 bytes, zero-padded: always one block, possibly all
  // zeros), then the field's length.
  void Close(const char* tail, size_t tail_bytes, uint64_t length) {
    uint64_t w[2] = {0, 0};
    std::memcpy(w, tail, tail_bytes);
    Block(w[0], w[1]);
    Block(length, 0x8ebc6af09c88c6e3ull);
  }
  void Field(std::string_view bytes) {
    const size_t i = Blocks(bytes.data(), bytes.size());
    Close(bytes.data() + i, bytes.size() - i, bytes.size());
  }
  LoopDetector::PairKey Key() const {
    return LoopDetector::PairKey{Avalanche(a, 0x9e3779b97f4a7c15ull),
                                 static_cast<uint32_t>(Avalanche(b, 0xd6e8feb86659fd93ull))};
  }
};

// Field's bytes handed over in pieces (a sink of WriteCanonicalJson): they gather in a small
// buffer whose complete 16-byte blocks go to the lanes when it fills; Close hashes the rest, the
// zero-padded tail and the length exactly as Field does, so a field streamed in any split
// hashes like the same bytes given whole.
class FieldStream {
 public:
  explicit FieldStream(Lanes* lanes) : lanes_(lanes) {}

  void Push(char c) {
    if (fill_ == kBuffer) Drain();
    buffer_[fill_++] = c;
  }
  void Append(std::string_view bytes) {
    while (bytes.size() > kBuffer - fill_) {
      const size_t room = kBuffer - fill_;
      std::memcpy(buffer_ + fill_, bytes.data(), room);
      fill_ = kBuffer;
      bytes.remove_prefix(room);
      Drain();
    }
    std::memcpy(buffer_ + fill_, bytes.data(), bytes.size());
    fill_ += bytes.size();
  }
  // REQUIRES: called once, after the last byte.
  void Close() {
    Drain();
    lanes_->Close(buffer_, fill_, drained_ + fill_);
  }

 private:
  static constexpr size_t kBuffer = 128;

  // Hashes the buffer's complete blocks and keeps the last partial block's bytes at its start.
  void Drain() {
    const size_t hashed = lanes_->Blocks(buffer_, fill_);
    std::memmove(buffer_, buffer_ + hashed, fill_ - hashed);
    drained_ += hashed;
    fill_ -= hashed;
  }

  Lanes* lanes_;
  char buffer_[kBuffer];
  size_t fill_ = 0;
  uint64_t drained_ = 0;  // bytes hashed as blocks so far
};

}  // namespace

std::string LoopMessage(std::string_view tool, int64_t count, const LoopDetectionOptions& options) {
  std::string scope =
      options.window > 0 ? " within the last " + std::to_string(options.window) + " calls" : "";
  return "loop detected: " + std::string(tool) + " called " + std::to_string(count) +
         " times with identical arguments" + scope + " (max_identical_calls " +
         std::to_string(options.max_identical_calls) + ")";
}

LoopDetector::PairKey LoopDetector::KeyOf(std::string_view tool, std::string_view canonical_args) {
  Lanes lanes;
  lanes.Field(tool);
  lanes.Field(canonical_args);
  return lanes.Key();
}

LoopDetector::PairKey LoopDetector::KeyOfArgs(std::string_view tool, const Json& args) {
  Lanes lanes;
  lanes.Field(tool);
  FieldStream stream(&lanes);
  WriteCanonicalJson(args, stream);  // the bytes CanonicalJson(args) holds, in order
  stream.Close();
  return lanes.Key();
}

LoopDetector::LoopDetector(const LoopDetectionOptions& options) : options_(options) {}

namespace {
constexpr size_t kMinSlots = 32;
}  // namespace

size_t LoopDetector::Home(const PairKey& key) const {
  // Lane a is well mixed: its high bits scale onto [0, size) without a power-of-two size.
  return static_cast<size_t>((static_cast<unsigned __int128>(key.a) * slots_.size()) >> 64);
}

size_t LoopDetector::Find(const PairKey& key) const {
  size_t i = Home(key);
  while (slots_[i].count != 0 && !(slots_[i].key() == key)) {
    if (++i == slots_.size()) i = 0;
  }
  return i;
}

uint32_t LoopDetector::CountOf(const PairKey& key) const {
  return slots_.empty() ? 0 : slots_[Find(key)].count;
}

void LoopDetector::Grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(std::max(kMinSlots, old.size() + old.size() / 2), Slot{});
  for (const Slot& slot : old) {
    if (slot.count != 0) slots_[Find(slot.key())] = slot;
  }
}

void LoopDetector::Erase(size_t i) {
  // Backward-shift deletion: a later slot of the same probe run moves into the hole unless its
  // home lies cyclically in (hole, slot], where the hole does not block its probe.
  size_t j = i;
  for (;;) {
    if (++j == slots_.size()) j = 0;
    if (slots_[j].count == 0) break;
    const size_t home = Home(slots_[j].key());
    const bool stays = i <= j ? (i < home && home <= j) : (i < home || home <= j);
    if (stays) continue;
    slots_[i] = slots_[j];
    i = j;
  }
  slots_[i] = Slot{};
  --used_;
}

Status LoopDetector::Observe(std::string_view tool, std::string_view canonical_args) {
  if (!options_.enabled) return Status::Ok();
  return Observe(tool, KeyOf(tool, canonical_args));
}

Status LoopDetector::Observe(std::string_view tool, const PairKey& key) {
  if (!options_.enabled) return Status::Ok();
  if ((used_ + 1) * 5 > slots_.size() * 4) Grow();  // at most 4/5 full
  Slot& slot = slots_[Find(key)];
  if (slot.count == 0) {
    slot.a = key.a;
    slot.b = key.b;
    ++used_;
  }
  if (slot.count < UINT32_MAX) ++slot.count;
  uint32_t count = slot.count;
  if (options_.window > 0) {
    recent_.push_back(key);
    if (recent_.size() > static_cast<size_t>(options_.window)) {
      const size_t oldest = Find(recent_.front());
      if (--slots_[oldest].count == 0) Erase(oldest);
      recent_.pop_front();
      count = CountOf(key);
    }
  }
  if (count <= static_cast<uint32_t>(std::max(0, options_.max_identical_calls))) {
    return Status::Ok();
  }
  return Status::ResourceExhausted(LoopMessage(tool, count, options_));
}

int LoopDetector::CountIfObserved(std::string_view tool, std::string_view canonical_args) const {
  if (!options_.enabled) return 0;
  return CountIfObserved(KeyOf(tool, canonical_args));
}

int LoopDetector::CountIfObserved(const PairKey& key) const {
  if (!options_.enabled) return 0;
  int64_t count = int64_t{CountOf(key)} + 1;
  // Observing would push the window past its size: the oldest call leaves it.
  if (options_.window > 0 && recent_.size() >= static_cast<size_t>(options_.window) &&
      recent_.front() == key) {
    --count;
  }
  return static_cast<int>(std::min<int64_t>(count, INT32_MAX));
}

int LoopDetector::Count(std::string_view tool, std::string_view canonical_args) const {
  return static_cast<int>(std::min<uint32_t>(CountOf(KeyOf(tool, canonical_args)), INT32_MAX));
}

}  // namespace blastradius
