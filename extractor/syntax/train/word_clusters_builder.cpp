#include "extractor/syntax/train/word_clusters_builder.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/filereadstream.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <fstream>
#include <memory>
#include <ostream>
#include <sstream>
#include <thread>
#include <unordered_set>

#include "extractor/core/error.h"
#include "extractor/syntax/model_file.h"
#include "extractor/syntax/tagger.h"

namespace kg {
namespace {

[[noreturn]] void bad_input(const std::string& path, const std::string& what) {
  throw Error(ErrorKind::Input, "embeddings file " + path + ": " + what);
}

Embeddings read_wink_json(const std::string& path, size_t max_words) {
  std::unique_ptr<FILE, int (*)(FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  if (!f) bad_input(path, "cannot open");
  std::vector<char> buffer(1 << 16);
  rapidjson::FileReadStream in(f.get(), buffer.data(), buffer.size());
  rapidjson::Document json;
  json.ParseStream(in);
  if (json.HasParseError())
    bad_input(path, std::string("invalid JSON at byte ") + std::to_string(json.GetErrorOffset()) +
                        ": " + rapidjson::GetParseError_En(json.GetParseError()));
  if (!json.IsObject() || !json.HasMember("words") || !json["words"].IsArray() ||
      !json.HasMember("vectors") || !json["vectors"].IsObject() || !json.HasMember("dimensions") ||
      !json["dimensions"].IsUint())
    bad_input(path, "expected an object with \"words\", \"vectors\" and \"dimensions\"");
  Embeddings e;
  e.dims = json["dimensions"].GetUint();
  if (e.dims == 0) bad_input(path, "\"dimensions\" is 0");
  const rapidjson::Value& vectors = json["vectors"];
  for (const rapidjson::Value& word : json["words"].GetArray()) {
    if (e.words.size() >= max_words) break;
    if (!word.IsString()) bad_input(path, "a word is not a string");
    auto v = vectors.FindMember(word);
    if (v == vectors.MemberEnd()) continue;
    if (!v->value.IsArray() || v->value.Size() < e.dims)
      bad_input(path, "the vector of \"" + std::string(word.GetString()) + "\" is short");
    for (size_t d = 0; d < e.dims; ++d) {
      if (!v->value[static_cast<rapidjson::SizeType>(d)].IsNumber())
        bad_input(path, "the vector of \"" + std::string(word.GetString()) + "\" is not numbers");
      e.vectors.push_back(v->value[static_cast<rapidjson::SizeType>(d)].GetFloat());
    }
    e.words.emplace_back(word.GetString(), word.GetStringLength());
  }
  return e;
}

Embeddings read_text(const std::string& path, size_t max_words) {
  std::ifstream in(path);
  if (!in) bad_input(path, "cannot open");
  Embeddings e;
  std::string line, word;
  size_t line_no = 0;
  std::vector<float> v;
  while (e.words.size() < max_words && std::getline(in, line)) {
    ++line_no;
    std::istringstream fields(line);
    if (!(fields >> word)) continue;
    v.clear();
    float x;
    while (fields >> x) v.push_back(x);
    if (!fields.eof()) bad_input(path + ":" + std::to_string(line_no), "a value is not a number");
    if (line_no == 1 && v.size() == 1) continue;  // word2vec header: "count dims"
    if (e.dims == 0) e.dims = v.size();
    if (v.empty() || v.size() != e.dims)
      bad_input(path + ":" + std::to_string(line_no),
                std::to_string(v.size()) + " values, expected " + std::to_string(e.dims));
    e.words.push_back(word);
    e.vectors.insert(e.vectors.end(), v.begin(), v.end());
  }
  if (e.words.empty()) bad_input(path, "no vectors");
  return e;
}

}  // namespace

Embeddings read_embeddings(const std::string& path, size_t max_words) {
  std::ifstream probe(path);
  if (!probe) bad_input(path, "cannot open");
  char first = 0;
  probe >> first;
  return first == '{' ? read_wink_json(path, max_words) : read_text(path, max_words);
}

std::vector<uint16_t> spherical_kmeans(const std::vector<float>& x, size_t n, size_t dims, size_t k,
                                       int iterations, unsigned threads) {
  k = std::max<size_t>(1, std::min(k, n));
  // Centroids stored dimension-major (dims x k): the inner loop of the assignment then runs
  // over clusters, which vectorises without reordering any floating-point sum.
  std::vector<float> centroids(dims * k);
  for (size_t c = 0; c < k; ++c)
    for (size_t d = 0; d < dims; ++d) centroids[d * k + c] = x[(c * n / k) * dims + d];
  std::vector<uint16_t> assignment(n, 0);
  threads = std::max(1u, threads);
  auto assign = [&](size_t begin, size_t end) {
    std::vector<float> scores(k);
    for (size_t i = begin; i < end; ++i) {
      std::fill(scores.begin(), scores.end(), 0.0f);
      const float* xi = &x[i * dims];
      for (size_t d = 0; d < dims; ++d) {
        const float v = xi[d];
        const float* row = &centroids[d * k];
        for (size_t c = 0; c < k; ++c) scores[c] += v * row[c];
      }
      assignment[i] =
          static_cast<uint16_t>(std::max_element(scores.begin(), scores.end()) - scores.begin());
    }
  };
  for (int it = 0; it < iterations; ++it) {
    std::vector<std::thread> pool;
    for (unsigned t = 0; t < threads; ++t)
      pool.emplace_back(assign, n * t / threads, n * (t + 1) / threads);
    for (std::thread& t : pool) t.join();
    // New centroids: the normalised sums of their members (an empty cluster keeps its own).
    std::vector<double> sums(dims * k, 0.0);
    std::vector<size_t> sizes(k, 0);
    for (size_t i = 0; i < n; ++i) {
      ++sizes[assignment[i]];
      for (size_t d = 0; d < dims; ++d) sums[d * k + assignment[i]] += x[i * dims + d];
    }
    for (size_t c = 0; c < k; ++c) {
      if (sizes[c] == 0) continue;
      double norm = 0;
      for (size_t d = 0; d < dims; ++d) norm += sums[d * k + c] * sums[d * k + c];
      norm = std::sqrt(norm);
      if (norm == 0) continue;
      for (size_t d = 0; d < dims; ++d)
        centroids[d * k + c] = static_cast<float>(sums[d * k + c] / norm);
    }
  }
  return assignment;
}

WordClusters build_word_clusters(const Embeddings& e, const ClusterOptions& options,
                                 std::ostream* log) {
  // Unit vectors of the distinct normalised forms, most frequent first.
  std::vector<uint64_t> keys;
  std::vector<float> unit;
  std::unordered_set<uint64_t> seen;
  for (size_t w = 0; w < e.words.size() && keys.size() < options.max_words; ++w) {
    uint64_t key = fnv1a64(normalize_form(e.words[w]));
    if (!seen.insert(key).second) continue;
    const float* v = &e.vectors[w * e.dims];
    double norm = 0;
    for (size_t d = 0; d < e.dims; ++d) norm += static_cast<double>(v[d]) * v[d];
    if (norm == 0) continue;
    norm = std::sqrt(norm);
    keys.push_back(key);
    for (size_t d = 0; d < e.dims; ++d) unit.push_back(static_cast<float>(v[d] / norm));
  }
  std::vector<WordClusters::Ids> ids(keys.size());
  for (int level = 0; level < WordClusters::kLevels; ++level) {
    std::vector<uint16_t> a = spherical_kmeans(unit, keys.size(), e.dims, options.k[level],
                                               options.iterations, options.threads);
    for (size_t i = 0; i < keys.size(); ++i) ids[i][level] = static_cast<uint16_t>(a[i] + 1);
    if (log)
      *log << "word clusters: " << keys.size() << " words in " << options.k[level] << " clusters"
           << std::endl;
  }
  WordClusters clusters;
  for (size_t i = 0; i < keys.size(); ++i) clusters.add(keys[i], ids[i]);
  return clusters;
}

}  // namespace kg
