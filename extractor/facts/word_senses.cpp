#include "extractor/facts/word_senses.h"

#include <string>

#include "extractor/core/text.h"
#include "extractor/facts/name_words.h"

namespace kg {

bool aircraft_cue(const DependencyTree& tree, uint32_t t) {
  static const char* const kCues[] = {"jet",     "aircraft", "plane",    "warplane",
                                      "stealth", "bomber",   "squadron", "multirole"};
  const Document& doc = tree.doc();
  auto cue = [&](uint32_t u) {
    std::string l = to_lower(tree.lemma(u));
    std::string f = to_lower(doc.tokens[u].form);
    for (const char* c : kCues)
      if (l == c || f == c) return true;
    // A model code: "F-16", "Su-27", "J-20".
    const std::string& form = doc.tokens[u].form;
    return is_capitalised(form) && form.find_first_of("0123456789") != std::string::npos;
  };
  const Sentence& s = doc.sentences[doc.sentence_of(t)];
  if (t > s.first_token && cue(t - 1)) return true;
  if (t + 1 < s.end_token && cue(t + 1)) return true;
  for (uint32_t m : tree.children(t))
    if (cue(m)) return true;
  return false;
}

}  // namespace kg
