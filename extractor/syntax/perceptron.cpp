#include "extractor/syntax/perceptron.h"

#include <sys/mman.h>

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include "extractor/syntax/model_file.h"

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

// out_of(k): the score row keys[k] adds to.
template <class OutOf>
void WeightTable::score_keys(const uint64_t* keys, size_t n, OutOf out_of) const {
  if (slots_.empty()) return;  // a table with no features
  constexpr size_t kBatch = 256;
  uint32_t rows[kBatch];
  float* outs[kBatch];
  const size_t dense_bytes = n_classes_ * sizeof(uint16_t);
  for (size_t start = 0; start < n; start += kBatch) {
    size_t m = std::min(kBatch, n - start);
    for (size_t k = 0; k < m; ++k) __builtin_prefetch(&slots_[keys[start + k] & mask_]);
    size_t found = 0;
    for (size_t k = 0; k < m; ++k) {
      uint64_t key = keys[start + k];
      uint32_t tag = tag_of(key);
      for (uint64_t i = key & mask_; slots_[i].tag != 0; i = (i + 1) & mask_) {
        const Slot s = slots_[i];
        if (s.tag != tag) continue;
        if (s.data & kInline) {
          out_of(start + k)[(s.data >> 16) & 0x7FFF] +=
              static_cast<float>(static_cast<int16_t>(s.data));
          break;
        }
        outs[found] = out_of(start + k);
        rows[found++] = s.data;
        // Sparse rows are rarely longer than two cache lines; dense parser rows span four.
        const char* row = reinterpret_cast<const char*>(&pool_[s.data & ~kDense]);
        __builtin_prefetch(row);
        __builtin_prefetch(row + 64);
        if (s.data & kDense)
          for (size_t o = 128; o < dense_bytes; o += 64) __builtin_prefetch(row + o);
        break;
      }
    }
    for (size_t f = 0; f < found; ++f) {
      const uint16_t* row = pool_.data() + (rows[f] & ~kDense);
      float* out = outs[f];
      if (rows[f] & kDense) {
        add_dense_row_(row, out, n_classes_);
        continue;
      }
      const uint16_t* e = row + 1;
      for (uint32_t k = 0; k < row[0]; ++k, e += 2)
        out[e[0]] += static_cast<float>(static_cast<int16_t>(e[1]));
    }
  }
}

void WeightTable::score(const uint64_t* keys, size_t n, float* scores) const {
  score_keys(keys, n, [scores](size_t) { return scores; });
}

void WeightTable::score_rows(const uint64_t* keys, const uint32_t* rows, size_t n,
                             float* scores) const {
  const size_t stride = n_classes_;
  score_keys(keys, n, [=](size_t k) { return scores + size_t{rows[k]} * stride; });
}

void WeightTable::init_slots(size_t capacity, bool with_keys) {
  reserve_huge(slots_, capacity);
  slots_.assign(capacity, Slot{});
  if (with_keys) keys_.assign(capacity, 0);
  mask_ = capacity - 1;
}

size_t WeightTable::capacity_for(size_t n_features) {
  // Load factor at most 2/3: linear probing then stays within one or two slots of 8 per line.
  size_t cap = 16;
  while (cap * 2 < n_features * 3) cap <<= 1;
  return cap;
}

WeightTable::WeightTable(const std::vector<Row>& rows, uint32_t n_classes) : n_classes_(n_classes) {
  float max_abs = 0;
  size_t total = 0;
  for (const Row& r : rows) {
    total += r.weights.size();
    for (const auto& [cls, w] : r.weights) max_abs = std::max(max_abs, std::fabs(w));
  }
  scale_ = max_abs > 0 ? max_abs / 32767.0f : 1.0f;
  init_slots(capacity_for(rows.size()), true);
  reserve_huge(pool_, total * 2 + rows.size());
  // Rows by key and weights by class, so that the layout, and the bytes written, do not depend
  // on the order rows come in.
  std::vector<const Row*> order;
  order.reserve(rows.size());
  for (const Row& r : rows) order.push_back(&r);
  std::stable_sort(order.begin(), order.end(),
                   [](const Row* a, const Row* b) { return a->key < b->key; });
  std::vector<Entry> row;
  for (const Row* r : order) {
    row.clear();
    for (const auto& [cls, w] : r->weights) {
      long q = std::lround(w / scale_);
      if (q != 0) row.push_back(Entry{static_cast<int16_t>(std::clamp(q, -32767L, 32767L)), cls});
    }
    std::stable_sort(row.begin(), row.end(),
                     [](const Entry& a, const Entry& b) { return a.cls < b.cls; });
    if (!row.empty()) add_row(row.data(), static_cast<uint32_t>(row.size()), r->key);
  }
}

void WeightTable::add_row(const Entry* e, uint32_t count, uint64_t key) {
  uint64_t i = key & mask_;
  while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & mask_;
  if (keys_[i] == 0) {
    ++n_features_;
  } else {
    // A repeated key replaces its row; the old one stays in the pool, unreferenced.
    n_weights_ -= slots_[i].data & kInline  ? 1
                  : slots_[i].data & kDense ? n_classes_
                                            : pool_[slots_[i].data];
  }
  keys_[i] = key;
  slots_[i].tag = tag_of(key);
  if (!store_row(e, count, slots_[i])) throw std::length_error("weight table too large");
}

bool WeightTable::store_row(const Entry* e, uint32_t count, Slot& slot) {
  if (count == 1 && e[0].cls < 0x8000) {
    slot.data = kInline | uint32_t{e[0].cls} << 16 | static_cast<uint16_t>(e[0].q);
    ++n_weights_;
    return true;
  }
  if (pool_.size() >= kDense) return false;
  auto offset = static_cast<uint32_t>(pool_.size());
  if (count * 8 >= n_classes_ && n_classes_ >= 16) {
    pool_.resize(pool_.size() + n_classes_, 0);
    for (uint32_t k = 0; k < count; ++k) pool_[offset + e[k].cls] = static_cast<uint16_t>(e[k].q);
    slot.data = kDense | offset;
    n_weights_ += n_classes_;
    return true;
  }
  pool_.push_back(static_cast<uint16_t>(count));
  for (uint32_t k = 0; k < count; ++k) {
    pool_.push_back(e[k].cls);
    pool_.push_back(static_cast<uint16_t>(e[k].q));
  }
  slot.data = offset;
  n_weights_ += count;
  return true;
}

uint32_t WeightTable::pool_entries(uint32_t data) const {
  if (data & kInline) return 0;
  if (data & kDense) return n_classes_;
  return 1 + 2 * uint32_t{pool_[data]};
}

void WeightTable::row_at(size_t slot, std::vector<Entry>& row) const {
  uint32_t data = slots_[slot].data;
  row.clear();
  if (data & kInline) {
    row.push_back({static_cast<int16_t>(data), static_cast<uint16_t>((data >> 16) & 0x7FFF)});
  } else if (data & kDense) {
    const uint16_t* d = &pool_[data & ~kDense];
    for (uint32_t c = 0; c < n_classes_; ++c)
      if (d[c] != 0) row.push_back({static_cast<int16_t>(d[c]), static_cast<uint16_t>(c)});
  } else {
    const uint16_t* e = &pool_[data];
    for (uint32_t k = 0; k < e[0]; ++k)
      row.push_back({static_cast<int16_t>(e[2 + 2 * k]), e[1 + 2 * k]});
  }
}

void WeightTable::write(ByteWriter& w) const {
  // The slots in their order, so that reading places each row without probing (see
  // model_format.md). Rows and the weights within them are canonical whatever the input order
  // (see the constructor), so a table read back and written again gives the same bytes.
  w.u32(n_classes_);
  w.f32(scale_);
  w.u32(static_cast<uint32_t>(n_features_));
  size_t cap = slots_.empty() ? capacity_for(0) : slots_.size();
  w.u8(static_cast<uint8_t>(__builtin_ctzll(cap)));
  std::vector<Entry> row;
  uint64_t pool_size = 0;
  std::string bitmap(cap / 8, '\0');
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].tag == 0) continue;
    bitmap[i / 8] = static_cast<char>(bitmap[i / 8] | 1 << (i % 8));
    pool_size += pool_entries(slots_[i].data);
  }
  w.u32(static_cast<uint32_t>(pool_size));
  w.raw(bitmap);
  for (size_t i = 0; i < slots_.size(); ++i) {
    if (slots_[i].tag == 0) continue;
    row_at(i, row);
    w.u32(slots_[i].tag);
    w.u16(static_cast<uint16_t>(row.size()));
    for (const Entry& e : row) {
      w.u16(e.cls);
      w.u16(static_cast<uint16_t>(e.q));
    }
  }
}

std::vector<WeightTable::Row> WeightTable::rows() const {
  if (keys_.empty() && n_features_ > 0)
    throw std::logic_error("WeightTable::rows: a table read from a file has no full keys");
  std::vector<Row> out;
  out.reserve(n_features_);
  std::vector<Entry> row;
  for (size_t i = 0; i < keys_.size(); ++i) {
    if (keys_[i] == 0) continue;
    row_at(i, row);
    Row r{keys_[i], {}};
    for (const Entry& e : row) r.weights.emplace_back(e.cls, static_cast<float>(e.q) * scale_);
    out.push_back(std::move(r));
  }
  return out;
}

namespace {

// Decodes `count` (u16 class, i16 weight) pairs in place, one bounds check for the row.
template <class Entry>
void read_entries(ByteReader& r, uint16_t count, uint32_t n_classes, std::vector<Entry>& row) {
  const auto* p = reinterpret_cast<const unsigned char*>(r.bytes(size_t{count} * 4).data());
  row.resize(count);
  for (uint16_t k = 0; k < count; ++k, p += 4) {
    auto cls = static_cast<uint16_t>(p[0] | p[1] << 8);
    if (cls >= n_classes) r.fail("class index out of range");
    row[k] = Entry{static_cast<int16_t>(static_cast<uint16_t>(p[2] | p[3] << 8)), cls};
  }
}

}  // namespace

WeightTable WeightTable::read(ByteReader& r, uint32_t format) {
  WeightTable t;
  t.n_classes_ = r.u32();
  t.scale_ = r.f32();
  if (!(t.scale_ > 0) || !std::isfinite(t.scale_)) r.fail("bad weight scale");
  if (format < 7) {
    t.read_keyed_rows(r);
  } else {
    t.read_slots(r);
  }
  return t;
}

// Formats 3 to 6: rows by key, each inserted by probing (slow: a cache miss per row).
void WeightTable::read_keyed_rows(ByteReader& r) {
  uint32_t n = r.count(10);
  init_slots(capacity_for(n), true);
  reserve_huge(pool_, r.remaining() / 2);
  std::vector<Entry> row;
  for (uint32_t f = 0; f < n; ++f) {
    uint64_t key = r.u64();
    if (key == 0) r.fail("zero feature key");
    uint16_t count = r.u16();
    read_entries(r, count, n_classes_, row);
    if (count > 0) add_row(row.data(), count, key);
  }
}

// Format 7: the slot layout itself, so rows are placed in order without probing. The full keys
// are not stored (scoring compares tags only), so such a table cannot give rows() back.
void WeightTable::read_slots(ByteReader& r) {
  uint32_t n = r.u32();
  uint8_t log2_cap = r.u8();
  if (log2_cap < 4 || log2_cap > 31) r.fail("bad weight-table size");
  size_t cap = size_t{1} << log2_cap;
  // At least one empty slot, or the lookup of an unknown key would never end.
  if (n >= cap) r.fail("weight table too full");
  uint32_t pool_size = r.u32();
  if (pool_size >= kDense) r.fail("weight pool too large");
  const auto* bitmap = reinterpret_cast<const unsigned char*>(r.bytes(cap / 8).data());
  if (size_t{n} * 10 > r.remaining()) r.fail("weight table shorter than its feature count");
  init_slots(cap, false);
  reserve_huge(pool_, pool_size);
  std::vector<Entry> row;
  size_t seen = 0;
  for (size_t byte = 0; byte < cap / 8; ++byte) {
    for (unsigned bits = bitmap[byte]; bits != 0; bits &= bits - 1) {
      if (++seen > n) r.fail("more weight rows than features");
      Slot& slot = slots_[byte * 8 + __builtin_ctz(bits)];
      slot.tag = r.u32();
      if (slot.tag == 0) r.fail("zero feature tag");
      uint16_t count = r.u16();
      if (count == 0) r.fail("empty weight row");
      read_entries(r, count, n_classes_, row);
      if (!store_row(row.data(), count, slot) || pool_.size() > pool_size)
        r.fail("weight rows larger than their pool");
    }
  }
  if (seen != n) r.fail("fewer weight rows than features");
  if (pool_.size() != pool_size) r.fail("weight rows smaller than their pool");
  n_features_ = n;
}

}  // namespace kg
