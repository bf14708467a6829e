#include "extractor/core/document.h"

#include <algorithm>

namespace kg {

int Document::sentence_of(uint32_t t) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), t,
                             [](uint32_t tok, const Sentence& s) { return tok < s.first_token; });
  if (it == sentences.begin()) return -1;
  --it;
  return t < it->end_token ? static_cast<int>(it - sentences.begin()) : -1;
}

}  // namespace kg
