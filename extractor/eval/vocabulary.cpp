#include "extractor/eval/vocabulary.h"

#include <fstream>

#include "extractor/core/error.h"
#include "extractor/core/text.h"

namespace kg::eval {
RelationVocabulary RelationVocabulary::load(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw Error(ErrorKind::Input, path + ": cannot open the relation vocabulary");
  RelationVocabulary vocabulary;
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (trim(line).empty() || line[0] == '#') continue;
    std::vector<std::string> fields = split(line, '\t');
    if (fields.size() != 4 || trim(fields[0]).empty())
      throw Error(ErrorKind::Input, path + ":" + std::to_string(number) +
                                        ": expected CLASS, family, cue words and meaning "
                                        "separated by tabs");
    std::set<std::string>& cues = vocabulary.cues_[fields[0]];
    for (const std::string& word : split(fields[2], ','))
      if (std::string_view w = trim(word); !w.empty()) cues.emplace(w);
    vocabulary.family_[fields[0]] = fields[1];
  }
  if (vocabulary.family_.empty())
    throw Error(ErrorKind::Input, path + ": no relation class in the vocabulary");
  return vocabulary;
}

std::string RelationVocabulary::family(const std::string& relation_class) const {
  auto it = family_.find(relation_class);
  return it == family_.end() ? std::string() : it->second;
}

bool RelationVocabulary::is_cue(const std::string& relation_class, const std::string& lemma) const {
  auto it = cues_.find(relation_class);
  return it != cues_.end() && it->second.count(lemma);
}

}  // namespace kg::eval
