#include "extractor/perceptron.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>

#include "extractor/model_file.h"

namespace kg {

namespace {

// Asks for transparent huge pages on a large buffer before it is first touched: feature lookups
// are random accesses, and TLB misses otherwise dominate scoring time.
void advise_huge_pages(const void* data, size_t bytes) {
  if (bytes < (4u << 20)) return;
  auto begin = reinterpret_cast<uintptr_t>(data);
  uintptr_t aligned = (begin + 4095) & ~uintptr_t{4095};
  if (aligned >= begin + bytes) return;
#ifdef MADV_HUGEPAGE
  madvise(reinterpret_cast<void*>(aligned), begin + bytes - aligned, MADV_HUGEPAGE);
#endif
}

template <class T>
void reserve_huge(std::vector<T>& v, size_t n) {
  v.reserve(n);
  advise_huge_pages(v.data(), n * sizeof(T));
}

}  // namespace

void WeightTable::score(const uint64_t* keys, size_t n, float* scores) const {
  constexpr size_t kBatch = 128;
  uint32_t offsets[kBatch], counts[kBatch];
  for (size_t start = 0; start < n; start += kBatch) {
    size_t m = std::min(kBatch, n - start);
    for (size_t k = 0; k < m; ++k) __builtin_prefetch(&slots_[keys[start + k] & mask_]);
    size_t found = 0;
    for (size_t k = 0; k < m; ++k) {
      uint64_t key = keys[start + k];
      uint64_t i = key & mask_;
      while (true) {
        const Slot& s = slots_[i];
        if (s.key == key) {
          offsets[found] = s.offset;
          counts[found++] = s.count;
          __builtin_prefetch(s.count == kDense ? static_cast<const void*>(&dense_[s.offset])
                                               : static_cast<const void*>(&entries_[s.offset]));
          break;
        }
        if (s.key == 0) break;
        i = (i + 1) & mask_;
      }
    }
    for (size_t f = 0; f < found; ++f) {
      if (counts[f] == kDense) {
        const float* d = dense_.data() + offsets[f];
        for (uint32_t c = 0; c < n_classes_; ++c) scores[c] += d[c];
        continue;
      }
      const Entry* e = entries_.data() + offsets[f];
      for (uint32_t k = 0; k < counts[f]; ++k) scores[e[k].cls] += e[k].weight;
    }
  }
}

WeightTable::WeightTable(std::vector<Row> rows, uint32_t n_classes) : n_classes_(n_classes) {
  size_t cap = 16;
  while (cap < rows.size() * 2) cap <<= 1;
  reserve_huge(slots_, cap);
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
  size_t total = 0;
  for (const Row& r : rows) total += r.entries.size();
  reserve_huge(entries_, total);
  for (const Row& r : rows) {
    if (r.entries.empty()) continue;
    add_row(r.entries.data(), static_cast<uint32_t>(r.entries.size()), r.key);
  }
}

void WeightTable::add_row(const Entry* e, uint32_t count, uint64_t key) {
  if (count * 4 >= n_classes_ && n_classes_ >= 16) {
    uint32_t offset = static_cast<uint32_t>(dense_.size());
    dense_.resize(dense_.size() + n_classes_, 0.0f);
    for (uint32_t k = 0; k < count; ++k) dense_[offset + e[k].cls] += e[k].weight;
    insert(key, offset, kDense);
    return;
  }
  uint32_t offset = static_cast<uint32_t>(entries_.size());
  entries_.insert(entries_.end(), e, e + count);
  insert(key, offset, count);
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
  for (float d : dense_) max_abs = std::max(max_abs, std::fabs(d));
  float scale = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  w.u32(n_classes_);
  w.f32(scale);
  w.u32(static_cast<uint32_t>(n_features_));
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    std::vector<Entry> row;
    if (s.count == kDense) {
      for (uint32_t c = 0; c < n_classes_; ++c)
        if (dense_[s.offset + c] != 0) row.push_back({dense_[s.offset + c], static_cast<uint16_t>(c)});
    } else {
      row.assign(entries_.begin() + s.offset, entries_.begin() + s.offset + s.count);
    }
    w.u64(s.key);
    w.u16(static_cast<uint16_t>(row.size()));
    for (const Entry& e : row) {
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
  reserve_huge(t.slots_, cap);
  t.slots_.assign(cap, Slot{});
  reserve_huge(t.entries_, r.remaining() / 4);
  t.mask_ = cap - 1;
  std::vector<Entry> row;
  for (uint32_t f = 0; f < n; ++f) {
    uint64_t key = r.u64();
    if (key == 0) r.fail("zero feature key");
    uint16_t count = r.u16();
    row.clear();
    for (uint16_t k = 0; k < count; ++k) {
      uint16_t cls = r.u16();
      auto q = static_cast<int16_t>(r.u16());
      if (cls >= t.n_classes_) r.fail("class index out of range");
      row.push_back(Entry{static_cast<float>(q) * scale, cls});
    }
    if (count > 0) t.add_row(row.data(), count, key);
  }
  return t;
}

}  // namespace kg
