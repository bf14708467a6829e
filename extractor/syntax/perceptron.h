// Run-time weights of an averaged perceptron: a hashed feature key -> sparse list of
// (class, weight). Used by the tagger and the parser.
//
// Feature keys are 64-bit hashes built with feature_key() from a template id and up to three
// values; they are platform independent, so a model trained on one machine scores the same on
// another. A WeightTable is immutable after construction and safe to read from many threads.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

#include "extractor/syntax/row_add.h"

namespace kg {

class ByteReader;
class ByteWriter;

inline uint64_t mix64(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

inline uint64_t feature_key(uint32_t tmpl, uint64_t a, uint64_t b = 0, uint64_t c = 0) {
  uint64_t h = mix64(a + 0x9E3779B97F4A7C15ULL * (tmpl + 1));
  h = mix64(h ^ (b + 0x632BE59BD9B4E019ULL));
  if (c != 0) h = mix64(h ^ (c + 0x85EBCA77C2B2AE63ULL));
  return h == 0 ? 1 : h;
}

class WeightTable {
 public:
  // One feature with its non-zero class weights, as training produces them.
  struct Row {
    uint64_t key;
    std::vector<std::pair<uint16_t, float>> weights;  // (class, weight)
  };

  WeightTable() = default;
  // Quantises the weights to 16 bits (weight = q * scale()); weights that round to 0 are dropped.
  WeightTable(const std::vector<Row>& rows, uint32_t n_classes);

  // Adds the weights of `key` to scores[cls]; unknown keys add nothing.
  void add_scores(uint64_t key, float* scores) const { score(&key, 1, scores); }

  // scores[cls] += weights of every key, in units of scale(): only the order of scores matters to
  // the tagger and parser, so the multiplication is left out. Prefetches all slots first: the
  // tables are far larger than the caches, so overlapping the misses matters most for speed.
  void score(const uint64_t* keys, size_t n, float* scores) const;
  // The same for keys that go to different score rows: keys[k] adds to
  // scores[rows[k] * n_classes() + cls]. One call for several rows overlaps more misses.
  void score_rows(const uint64_t* keys, const uint32_t* rows, size_t n, float* scores) const;

  uint32_t n_classes() const { return n_classes_; }
  float scale() const { return scale_; }
  size_t n_features() const { return n_features_; }
  size_t n_weights() const { return n_weights_; }

  // Serialised (format 7) as: u32 n_classes, f32 scale, u32 n_features, u8 log2 of the slot
  // count, u32 pool size, the slot-occupancy bitmap, then per occupied slot in slot order u32 tag
  // (the key's high half), u16 count, count x (u16 class, i16 quantised weight) by class; weight =
  // quantised * scale. `format` < 7 reads the older layout: rows by full key.
  void write(ByteWriter& w) const;
  static WeightTable read(ByteReader& r, uint32_t format);
  // The rows, weights multiplied back by scale() (training code: merging tables). Only for tables
  // built from rows or read from a format before 7: later files do not keep the full keys.
  std::vector<Row> rows() const;

 private:
  struct Entry {
    int16_t q;
    uint16_t cls;
  };
  // An open-addressing slot, 8 bytes so that the table of a large model stays mostly in the
  // last-level cache. `tag` = high half of the key (never 0; 0 = empty): a lookup compares tags
  // only, so an unknown key whose tag and probe run match a stored one (about 1 lookup in 10^9)
  // borrows its weights, which is harmless for scoring. `data`: with the top bit set, the row's
  // single weight inline (class in bits 16-30, quantised weight in bits 0-15), else the offset of
  // the row in pool_ (bits 0-29) and, in bit 30, kDense: a dense row is n_classes weights, a
  // sparse one a count then count x (class, weight).
  struct Slot {
    uint32_t tag = 0;
    uint32_t data = 0;
  };
  static constexpr uint32_t kInline = 0x80000000u;
  // Rows with weights for at least an eighth of the classes (and 16 classes or more) are stored
  // densely: adding all classes in a vectorised loop beats a scattered add of the few weights
  // (measured on the parser: the rows it reads are mostly frequent features with many weights).
  static constexpr uint32_t kDense = 0x40000000u;
  static uint32_t tag_of(uint64_t key) {
    auto t = static_cast<uint32_t>(key >> 32);
    return t == 0 ? 1 : t;
  }
  template <class OutOf>
  void score_keys(const uint64_t* keys, size_t n, OutOf out_of) const;
  static size_t capacity_for(size_t n_features);
  void init_slots(size_t capacity, bool with_keys);
  void row_at(size_t slot, std::vector<Entry>& row) const;
  // Inserts a row by probing for its key (needs keys_).
  void add_row(const Entry* e, uint32_t count, uint64_t key);
  // Fills `slot` with the row, appending it to the pool unless inline; false if the pool is full.
  bool store_row(const Entry* e, uint32_t count, Slot& slot);
  // How many pool entries the row of a slot with this `data` takes.
  uint32_t pool_entries(uint32_t data) const;
  void read_keyed_rows(ByteReader& r);
  void read_slots(ByteReader& r);

  std::vector<Slot> slots_;
  // Full key of each slot (0 = empty), kept for inserting and rows(); empty in a table read
  // from a format-7 file.
  std::vector<uint64_t> keys_;
  std::vector<uint16_t> pool_;
  uint64_t mask_ = 0;
  float scale_ = 1.0f;
  uint32_t n_classes_ = 0;
  WeightRowAdder add_dense_row_ = weight_row_adder();  // chosen for this machine
  size_t n_weights_ = 0;
  size_t n_features_ = 0;
};

}  // namespace kg
