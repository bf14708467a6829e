#include "extractor/syntax/sum_cache.h"

#include <algorithm>

#include "extractor/syntax/perceptron.h"

namespace kg {

void SumCache::clear() {
  std::fill(slots_.begin(), slots_.end(), 0u);
  row_hash_.clear();
  row_start_.clear();
  keys_.clear();
}

bool SumCache::equal(uint32_t row, uint32_t group, const uint64_t* key, size_t n) const {
  const uint64_t* k = &keys_[row_start_[row]];
  return k[0] == group && k[1] == n && std::equal(key, key + n, k + 2);
}

std::pair<uint32_t, bool> SumCache::find_or_add(uint32_t group, const uint64_t* key, size_t n) {
  // One multiply per value and one mix at the end: keys are a few small integers.
  uint64_t h = group + 1;
  for (size_t i = 0; i < n; ++i) h = (h ^ key[i]) * 0x9E3779B97F4A7C15ULL + (h >> 29);
  h = mix64(h);
  const size_t mask = slots_.size() - 1;
  size_t i = h & mask;
  for (; slots_[i] != 0; i = (i + 1) & mask) {
    uint32_t row = slots_[i] - 1;
    if (row_hash_[row] == h && equal(row, group, key, n)) return {row, false};
  }
  const uint32_t row = size();
  slots_[i] = row + 1;
  row_hash_.push_back(h);
  row_start_.push_back(static_cast<uint32_t>(keys_.size()));
  keys_.push_back(group);
  keys_.push_back(n);
  keys_.insert(keys_.end(), key, key + n);
  if (2 * row_hash_.size() > slots_.size()) grow();
  return {row, true};
}

void SumCache::grow() {
  slots_.assign(slots_.size() * 2, 0u);
  const size_t mask = slots_.size() - 1;
  for (uint32_t row = 0; row < size(); ++row) {
    size_t i = row_hash_[row] & mask;
    while (slots_[i] != 0) i = (i + 1) & mask;
    slots_[i] = row + 1;
  }
}

}  // namespace kg
