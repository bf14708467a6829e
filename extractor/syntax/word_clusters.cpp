#include "extractor/syntax/word_clusters.h"

#include <algorithm>
#include <vector>

#include "extractor/syntax/model_file.h"

namespace kg {

void WordClusters::add(uint64_t norm, const Ids& ids) {
  uint64_t packed = 0;
  for (int k = 0; k < kLevels; ++k) packed |= static_cast<uint64_t>(ids[k]) << (16 * k);
  ids_[norm] = packed;
}

void WordClusters::write(ByteWriter& w) const {
  std::vector<std::pair<uint64_t, uint64_t>> sorted(ids_.begin(), ids_.end());
  std::sort(sorted.begin(), sorted.end());
  w.u32(static_cast<uint32_t>(sorted.size()));
  for (const auto& [norm, packed] : sorted) {
    w.u64(norm);
    for (int k = 0; k < kLevels; ++k) w.u16(static_cast<uint16_t>(cluster_at(packed, k)));
  }
}

WordClusters WordClusters::read(ByteReader& r) {
  WordClusters c;
  uint32_t n = r.count(8 + 2 * kLevels);
  c.ids_.reserve(n);
  for (uint32_t i = 0; i < n; ++i) {
    uint64_t norm = r.u64();
    Ids ids{};
    for (int k = 0; k < kLevels; ++k) {
      ids[k] = r.u16();
      if (ids[k] == 0) r.fail("word cluster id 0");
    }
    c.add(norm, ids);
  }
  return c;
}

}  // namespace kg
