#include "extractor/perceptron.h"

#include <cmath>

#include "extractor/model_file.h"

namespace kg {

WeightTable::WeightTable(std::vector<Row> rows, uint32_t n_classes) : n_classes_(n_classes) {
  size_t cap = 16;
  while (cap < rows.size() * 2) cap <<= 1;
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  size_t total = 0;
  for (const Row& r : rows) total += r.entries.size();
  entries_.reserve(total);
  for (const Row& r : rows) {
    if (r.entries.empty()) continue;
    uint32_t offset = static_cast<uint32_t>(entries_.size());
    entries_.insert(entries_.end(), r.entries.begin(), r.entries.end());
    insert(r.key, offset, static_cast<uint32_t>(r.entries.size()));
  }
}

void WeightTable::insert(uint64_t key, uint32_t offset, uint32_t count) {
  uint64_t i = key & mask_;
  while (slots_[i].key != 0 && slots_[i].key != key) i = (i + 1) & mask_;
  if (slots_[i].key == 0) ++n_features_;
  slots_[i] = Slot{key, offset, count};
}

void WeightTable::write(ByteWriter& w) const {
  float max_abs = 0;
  for (const Entry& e : entries_) max_abs = std::max(max_abs, std::fabs(e.weight));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  w.u32(n_classes_);
  w.f32(scale);
  w.u32(static_cast<uint32_t>(n_features_));
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    w.u64(s.key);
    w.u16(static_cast<uint16_t>(s.count));
    for (uint32_t k = 0; k < s.count; ++k) {
      const Entry& e = entries_[s.offset + k];
      w.u16(e.cls);
      long q = std::lround(e.weight / scale);
      w.u16(static_cast<uint16_t>(static_cast<int16_t>(std::max(-32767L, std::min(32767L, q)))));
    }
  }
}

WeightTable WeightTable::read(ByteReader& r) {
  WeightTable t;
  t.n_classes_ = r.u32();
  float scale = r.f32();
  if (!(scale > 0) || !std::isfinite(scale)) r.fail("bad weight scale");
  uint32_t n = r.count(10);
  size_t cap = 16;
  while (cap < static_cast<size_t>(n) * 2) cap <<= 1;
  t.slots_.assign(cap, Slot{});
  t.mask_ = cap - 1;
  for (uint32_t f = 0; f < n; ++f) {
    uint64_t key = r.u64();
    if (key == 0) r.fail("zero feature key");
    uint16_t count = r.u16();
    uint32_t offset = static_cast<uint32_t>(t.entries_.size());
    for (uint16_t k = 0; k < count; ++k) {
      uint16_t cls = r.u16();
      auto q = static_cast<int16_t>(r.u16());
      if (cls >= t.n_classes_) r.fail("class index out of range");
      t.entries_.push_back(Entry{static_cast<float>(q) * scale, cls});
    }
    t.insert(key, offset, count);
  }
  return t;
}

}  // namespace kg
