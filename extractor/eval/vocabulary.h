// The scored relation vocabulary (models/relations.tsv): each class with its family and the lemmas
// and cue words that express it. A system relation matches a gold one of class C when its class is
// C, when both are affiliations, or when its predicate lemma is one of C's cue words.
#pragma once

#include <map>
#include <set>
#include <string>

namespace kg::eval {

class RelationVocabulary {
 public:
  // Reads lines "CLASS<TAB>family<TAB>cue,words<TAB>meaning" ('#' starts a comment). Throws
  // kg::Error(Input) naming the file and line of a malformed row.
  static RelationVocabulary load(const std::string& path);

  bool scored(const std::string& relation_class) const { return family_.count(relation_class); }
  std::string family(const std::string& relation_class) const;
  bool is_cue(const std::string& relation_class, const std::string& lemma) const;
  size_t size() const { return family_.size(); }

 private:
  std::map<std::string, std::string> family_;
  std::map<std::string, std::set<std::string>> cues_;
};

}  // namespace kg::eval
