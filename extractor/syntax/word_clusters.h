// Word clusters: each word of a large vocabulary belongs to one cluster at each of a few
// granularities, learned from word embeddings trained on unlabelled text (k-means; see
// word_clusters_builder.cpp). Words used alike share clusters, so the tagger and the parser
// can carry what the treebank teaches about one word over to words it never saw or saw rarely
// (Koo et al. 2008 did this with Brown clusters; Guo et al. 2014 with clustered embeddings).
//
// Immutable after construction; lookups are thread-safe.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <unordered_map>

namespace kg {

class ByteReader;
class ByteWriter;

class WordClusters {
 public:
  static constexpr int kLevels = 3;  // coarse to fine
  using Ids = std::array<uint16_t, kLevels>;

  // Adds a word (hash of its normalize_form()) with its cluster ids, each 1-based.
  void add(uint64_t norm, const Ids& ids);
  // The word's ids packed 16 bits per level (level k in bits 16k..16k+15); 0 when unknown.
  uint64_t packed(uint64_t norm) const {
    auto it = ids_.find(norm);
    return it == ids_.end() ? 0 : it->second;
  }
  bool empty() const { return ids_.empty(); }
  size_t size() const { return ids_.size(); }

  // u32 n, n x (u64 hash, kLevels x u16 id), sorted by hash.
  void write(ByteWriter& w) const;
  static WordClusters read(ByteReader& r);

 private:
  std::unordered_map<uint64_t, uint64_t> ids_;
};

// Level k (0 = coarsest) of a packed cluster value: 1-based id, 0 for an unknown word.
inline uint64_t cluster_at(uint64_t packed, int level) { return (packed >> (16 * level)) & 0xFFFF; }

}  // namespace kg
