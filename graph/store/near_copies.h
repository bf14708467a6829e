// Near-copies of an article: a wire story republished with a line added, cut or retouched. Two
// bodies are compared by the Jaccard similarity of their sets of word 5-grams ("shingles"); the
// stored articles that may be copies are found without comparing against each one through
// MinHash locality-sensitive hashing (kBands bands of kRows minimum hashes: a pair at Jaccard 0.5
// shares a band with probability 0.997, a pair at 0.05 with 0.05), then confirmed on the exact
// Jaccard. The threshold was measured on invented and perturbed pairs (README, "Copies").
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kg {

inline constexpr size_t kShingleWords = 5;
inline constexpr int kBands = 20;
inline constexpr int kRows = 2;
// At or above this Jaccard over shingles, an article is a copy of the stored one. Measured: a line
// added 0.98, a paragraph cut 0.97, one word in 20 changed 0.61, 70% of the text kept 0.58;
// different articles at most 0.11 (synthetic corpus sharing paragraphs), 0.001 (real ones).
inline constexpr double kCopyThreshold = 0.5;
// Fewer shingles than this (a brief of a few lines): too little text to call anything a copy.
inline constexpr size_t kMinShingles = 20;

// The hashes of the body's word 5-grams (words: runs of letters and digits, ASCII case-folded),
// sorted and unique.
std::vector<uint64_t> shingles(std::string_view text);

// |A & B| / |A | B| of two sorted, unique hash sets (0 when both are empty).
double jaccard(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b);

// The kBands locality-sensitive keys of a shingle set (band number folded in); empty when the set
// has fewer than kMinShingles shingles.
std::vector<int64_t> band_keys(const std::vector<uint64_t>& shingle_set);

}  // namespace kg
