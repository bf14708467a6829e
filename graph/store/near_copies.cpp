#include "graph/store/near_copies.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <limits>

namespace kg {
namespace {

// splitmix64's finaliser: a cheap, well-mixed 64-bit hash step.
uint64_t mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

bool word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

}  // namespace

std::vector<uint64_t> shingles(std::string_view text) {
  std::vector<uint64_t> words;
  for (size_t i = 0; i < text.size();) {
    if (!word_byte(static_cast<unsigned char>(text[i]))) {
      ++i;
      continue;
    }
    uint64_t h = 0xcbf29ce484222325ULL;  // FNV-1a over the case-folded word
    for (; i < text.size() && word_byte(static_cast<unsigned char>(text[i])); ++i) {
      h ^= static_cast<unsigned char>(std::tolower(static_cast<unsigned char>(text[i])));
      h *= 0x100000001b3ULL;
    }
    words.push_back(h);
  }
  std::vector<uint64_t> out;
  if (words.size() < kShingleWords) return out;
  out.reserve(words.size() - kShingleWords + 1);
  for (size_t i = 0; i + kShingleWords <= words.size(); ++i) {
    uint64_t h = 0;
    for (size_t k = 0; k < kShingleWords; ++k) h = mix(h ^ words[i + k]);
    out.push_back(h);
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  size_t common = 0;
  for (size_t i = 0, j = 0; i < a.size() && j < b.size();) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++common, ++i, ++j;
    }
  }
  size_t all = a.size() + b.size() - common;
  return all == 0 ? 0.0 : static_cast<double>(common) / static_cast<double>(all);
}

std::vector<int64_t> band_keys(const std::vector<uint64_t>& shingle_set) {
  if (shingle_set.size() < kMinShingles) return {};
  // One minimum per hash function; function k hashes a shingle as mix(shingle ^ seed_k).
  std::array<uint64_t, kBands * kRows> minimum;
  minimum.fill(std::numeric_limits<uint64_t>::max());
  std::array<uint64_t, kBands * kRows> seed;
  for (size_t k = 0; k < seed.size(); ++k) seed[k] = mix(0x6b67ULL + k);
  for (uint64_t s : shingle_set)
    for (size_t k = 0; k < minimum.size(); ++k) minimum[k] = std::min(minimum[k], mix(s ^ seed[k]));
  std::vector<int64_t> keys;
  keys.reserve(kBands);
  for (int band = 0; band < kBands; ++band) {
    uint64_t h = mix(static_cast<uint64_t>(band));
    for (int r = 0; r < kRows; ++r) h = mix(h ^ minimum[static_cast<size_t>(band * kRows + r)]);
    keys.push_back(static_cast<int64_t>(h));
  }
  return keys;
}

}  // namespace kg
