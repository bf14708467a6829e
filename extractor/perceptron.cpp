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
  if (slots_.empty()) return;  // a table with no features
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
          // Every cache line of the row: dense parser rows span several.
          const char* row = s.count == kDense
                                ? reinterpret_cast<const char*>(&dense_[s.offset])
                                : reinterpret_cast<const char*>(&entries_[s.offset]);
          size_t bytes = s.count == kDense ? n_classes_ * sizeof(int16_t) : s.count * sizeof(Entry);
          for (size_t o = 0; o < bytes; o += 64) __builtin_prefetch(row + o);
          break;
        }
        if (s.key == 0) break;
        i = (i + 1) & mask_;
      }
    }
    for (size_t f = 0; f < found; ++f) {
      if (counts[f] == kDense) {
        const int16_t* d = dense_.data() + offsets[f];
        for (uint32_t c = 0; c < n_classes_; ++c) scores[c] += static_cast<float>(d[c]);
        continue;
      }
      const Entry* e = entries_.data() + offsets[f];
      for (uint32_t k = 0; k < counts[f]; ++k) scores[e[k].cls] += static_cast<float>(e[k].q);
    }
  }
}

void WeightTable::init_slots(size_t n_features) {
  size_t cap = 16;
  while (cap < n_features * 2) cap <<= 1;
  reserve_huge(slots_, cap);
  slots_.assign(cap, Slot{});
  mask_ = cap - 1;
}

WeightTable::WeightTable(const std::vector<Row>& rows, uint32_t n_classes) : n_classes_(n_classes) {
  float max_abs = 0;
  size_t total = 0;
  for (const Row& r : rows) {
    total += r.weights.size();
    for (const auto& [cls, w] : r.weights) max_abs = std::max(max_abs, std::fabs(w));
  }
  scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  init_slots(rows.size());
  reserve_huge(entries_, total);
  std::vector<Entry> row;
  for (const Row& r : rows) {
    row.clear();
    for (const auto& [cls, w] : r.weights) {
      long q = std::lround(w / scale_);
      if (q != 0) row.push_back(Entry{static_cast<int16_t>(std::clamp(q, -32767L, 32767L)), cls});
    }
    if (!row.empty()) add_row(row.data(), static_cast<uint32_t>(row.size()), r.key);
  }
}

void WeightTable::add_row(const Entry* e, uint32_t count, uint64_t key) {
  if (count * 2 >= n_classes_ && n_classes_ >= 16) {
    uint32_t offset = static_cast<uint32_t>(dense_.size());
    dense_.resize(dense_.size() + n_classes_, 0);
    for (uint32_t k = 0; k < count; ++k) dense_[offset + e[k].cls] = e[k].q;
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
  w.u32(n_classes_);
  w.f32(scale_);
  w.u32(static_cast<uint32_t>(n_features_));
  std::vector<Entry> row;
  for (const Slot& s : slots_) {
    if (s.key == 0) continue;
    if (s.count == kDense) {
      row.clear();
      for (uint32_t c = 0; c < n_classes_; ++c)
        if (dense_[s.offset + c] != 0)
          row.push_back({dense_[s.offset + c], static_cast<uint16_t>(c)});
    } else {
      row.assign(entries_.begin() + s.offset, entries_.begin() + s.offset + s.count);
    }
    w.u64(s.key);
    w.u16(static_cast<uint16_t>(row.size()));
    for (const Entry& e : row) {
      w.u16(e.cls);
      w.u16(static_cast<uint16_t>(e.q));
    }
  }
}

WeightTable WeightTable::read(ByteReader& r) {
  WeightTable t;
  t.n_classes_ = r.u32();
  t.scale_ = r.f32();
  if (!(t.scale_ > 0) || !std::isfinite(t.scale_)) r.fail("bad weight scale");
  uint32_t n = r.count(10);
  t.init_slots(n);
  reserve_huge(t.entries_, r.remaining() / 4);
  std::vector<Entry> row;
  for (uint32_t f = 0; f < n; ++f) {
    uint64_t key = r.u64();
    if (key == 0) r.fail("zero feature key");
    uint16_t count = r.u16();
    // One bounds check per row, then the entries are decoded straight from the bytes.
    const auto* p = reinterpret_cast<const unsigned char*>(r.bytes(size_t{count} * 4).data());
    row.resize(count);
    for (uint16_t k = 0; k < count; ++k, p += 4) {
      auto cls = static_cast<uint16_t>(p[0] | p[1] << 8);
      if (cls >= t.n_classes_) r.fail("class index out of range");
      row[k] = Entry{static_cast<int16_t>(static_cast<uint16_t>(p[2] | p[3] << 8)), cls};
    }
    if (count > 0) t.add_row(row.data(), count, key);
  }
  return t;
}

}  // namespace kg
