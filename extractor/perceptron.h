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

  uint32_t n_classes() const { return n_classes_; }
  float scale() const { return scale_; }
  size_t n_features() const { return n_features_; }
  size_t n_weights() const { return entries_.size() + dense_.size(); }

  // Serialised as: u32 n_classes, f32 scale, u32 n_features, then per feature u64 key, u16 count,
  // and count x (u16 class, i16 quantised weight); weight = quantised * scale.
  void write(ByteWriter& w) const;
  static WeightTable read(ByteReader& r);

 private:
  struct Entry {
    int16_t q;
    uint16_t cls;
  };
  struct Slot {
    uint64_t key = 0;
    uint32_t offset = 0;
    uint32_t count = 0;
  };
  void init_slots(size_t n_features);
  void insert(uint64_t key, uint32_t offset, uint32_t count);
  // Rows with weights for at least half the classes are stored densely (count == kDense, offset
  // into dense_): as small as the sparse entries, and adding them is a vectorised loop.
  static constexpr uint32_t kDense = 0xFFFFFFFFu;
  void add_row(const Entry* e, uint32_t count, uint64_t key);

  std::vector<Slot> slots_;
  std::vector<Entry> entries_;
  std::vector<int16_t> dense_;
  uint64_t mask_ = 0;
  float scale_ = 1.0f;
  uint32_t n_classes_ = 0;
  size_t n_features_ = 0;
};

}  // namespace kg
