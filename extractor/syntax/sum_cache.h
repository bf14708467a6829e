// Rows of per-class score sums found by a short key of integers: the parser beam's memory of
// feature-group sums within one sentence. A group of templates that reads only part of a
// configuration (the buffer front, the top of the stack and its children...) has the same keys,
// so the same sum, for every configuration and step that agrees on that part; the beam scores
// it once. Row r of the cache is row r of the caller's sum buffer.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>
#include <vector>

namespace kg {

class SumCache {
 public:
  void clear();
  // The row of (group, key[0..n)), and whether it was added by this call (its sum is then still
  // to be computed).
  std::pair<uint32_t, bool> find_or_add(uint32_t group, const uint64_t* key, size_t n);
  uint32_t size() const { return static_cast<uint32_t>(row_hash_.size()); }

 private:
  void grow();
  bool equal(uint32_t row, uint32_t group, const uint64_t* key, size_t n) const;

  std::vector<uint32_t> slots_ = std::vector<uint32_t>(64, 0);  // row + 1; 0 = empty
  std::vector<uint64_t> row_hash_;
  std::vector<uint32_t> row_start_;  // per row: where its key begins in keys_
  std::vector<uint64_t> keys_;       // per row: group, length, then the key
};

}  // namespace kg
