#include "extractor/syntax/train/perceptron_trainer.h"

#include <cmath>

namespace kg {

int64_t PerceptronTrainer::find(uint64_t key) const {
  uint64_t mask = slot_keys_.size() - 1;
  uint64_t i = key & mask;
  while (true) {
    if (slot_keys_[i] == key) return slot_rows_[i];
    if (slot_keys_[i] == 0) return -1;
    i = (i + 1) & mask;
  }
}

uint32_t PerceptronTrainer::find_or_insert(uint64_t key) {
  if (rows_.size() * 2 >= slot_keys_.size()) grow();
  uint64_t mask = slot_keys_.size() - 1;
  uint64_t i = key & mask;
  while (true) {
    if (slot_keys_[i] == key) return slot_rows_[i];
    if (slot_keys_[i] == 0) break;
    i = (i + 1) & mask;
  }
  slot_keys_[i] = key;
  slot_rows_[i] = static_cast<uint32_t>(rows_.size());
  row_keys_.push_back(key);
  rows_.emplace_back();
  return slot_rows_[i];
}

void PerceptronTrainer::grow() {
  size_t cap = slot_keys_.size() * 2;
  slot_keys_.assign(cap, 0);
  slot_rows_.assign(cap, 0);
  uint64_t mask = cap - 1;
  for (uint32_t r = 0; r < row_keys_.size(); ++r) {
    uint64_t i = row_keys_[r] & mask;
    while (slot_keys_[i] != 0) i = (i + 1) & mask;
    slot_keys_[i] = row_keys_[r];
    slot_rows_[i] = r;
  }
}

void PerceptronTrainer::score(const uint64_t* keys, size_t n, float* scores) const {
  for (size_t k = 0; k < n; ++k) {
    int64_t r = find(keys[k]);
    if (r < 0) continue;
    for (const Param& p : rows_[static_cast<size_t>(r)]) scores[p.cls] += p.w;
  }
}

void PerceptronTrainer::score_rows(const uint64_t* keys, const uint32_t* rows, size_t n,
                                   float* scores) const {
  for (size_t k = 0; k < n; ++k) score(keys + k, 1, scores + size_t{rows[k]} * n_classes_);
}

void PerceptronTrainer::bump(std::vector<Param>& row, uint16_t cls, float delta) {
  for (Param& p : row) {
    if (p.cls == cls) {
      p.total += static_cast<double>(time_ - p.ts) * p.w;
      p.ts = static_cast<uint32_t>(time_);
      p.w += delta;
      return;
    }
  }
  Param p;
  p.cls = cls;
  p.ts = static_cast<uint32_t>(time_);
  p.w = delta;
  row.push_back(p);
}

void PerceptronTrainer::update(const uint64_t* keys, size_t n, uint16_t good, uint16_t bad,
                               float step) {
  if (good == bad) return;
  for (size_t k = 0; k < n; ++k) {
    std::vector<Param>& row = rows_[find_or_insert(keys[k])];
    bump(row, good, step);
    bump(row, bad, -step);
  }
}

void PerceptronTrainer::add(const uint64_t* keys, size_t n, uint16_t cls, float step) {
  for (size_t k = 0; k < n; ++k) bump(rows_[find_or_insert(keys[k])], cls, step);
}

WeightTable PerceptronTrainer::averaged(float prune) const {
  std::vector<WeightTable::Row> out;
  out.reserve(rows_.size());
  for (size_t r = 0; r < rows_.size(); ++r) {
    WeightTable::Row row;
    row.key = row_keys_[r];
    for (const Param& p : rows_[r]) {
      double total = p.total + static_cast<double>(time_ - p.ts) * p.w;
      auto avg = static_cast<float>(total / static_cast<double>(time_));
      if (std::fabs(avg) >= prune && avg != 0) row.weights.emplace_back(p.cls, avg);
    }
    if (!row.weights.empty()) out.push_back(std::move(row));
  }
  return WeightTable(out, n_classes_);
}

}  // namespace kg
