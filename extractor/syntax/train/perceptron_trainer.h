// Training-time averaged perceptron (Collins 2002) with lazy averaging. Training code only:
// never included by the run-time path. Not thread-safe.
#pragma once

#include <cstdint>
#include <vector>

#include "extractor/syntax/perceptron.h"

namespace kg {

class PerceptronTrainer {
 public:
  explicit PerceptronTrainer(uint32_t n_classes) : n_classes_(n_classes) {}

  // scores[0..n_classes) += the current weights of `keys`.
  void score(const uint64_t* keys, size_t n, float* scores) const;
  // keys[k] adds to scores[rows[k] * n_classes() + cls] (as WeightTable::score_rows).
  void score_rows(const uint64_t* keys, const uint32_t* rows, size_t n, float* scores) const;
  // Moves weights toward `good` and away from `bad` by `step` for every key.
  void update(const uint64_t* keys, size_t n, uint16_t good, uint16_t bad, float step = 1.0f);
  // Adds `step` to the weight of `cls` for every key.
  void add(const uint64_t* keys, size_t n, uint16_t cls, float step);
  // Advances the averaging clock; call once per training instance.
  void tick() { ++time_; }
  // The averaged weights, dropping those with |w| < prune.
  WeightTable averaged(float prune) const;
  size_t n_features() const { return rows_.size(); }
  uint32_t n_classes() const { return n_classes_; }

 private:
  struct Param {
    double total = 0;
    float w = 0;
    uint32_t ts = 0;
    uint16_t cls = 0;
  };
  void bump(std::vector<Param>& row, uint16_t cls, float delta);
  int64_t find(uint64_t key) const;
  uint32_t find_or_insert(uint64_t key);
  void grow();

  uint32_t n_classes_;
  uint64_t time_ = 1;
  std::vector<uint64_t> slot_keys_ = std::vector<uint64_t>(1 << 16, 0);
  std::vector<uint32_t> slot_rows_ = std::vector<uint32_t>(1 << 16, 0);
  std::vector<uint64_t> row_keys_;
  std::vector<std::vector<Param>> rows_;
};

}  // namespace kg
