// The general word lists under models/lexicon/ (see models/README.md): organisation, place and
// resolution name heads, titles and roles, concept nouns, speech verbs and relation cues.
//
// Immutable after load; thread-safe for lookups. Lookups take lower-case lemmas unless said.
#pragma once

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "extractor/core/extraction.h"
#include "extractor/core/text.h"

namespace kg {

struct Role {
  std::string relation;  // affiliation class the role implies ("LEADER_OF"), or empty
  std::string kind;      // honorific | role | modifier | place
};

struct ConceptWord {
  EntityType type = EntityType::Concept;
  std::string plural;
  bool generic = false;  // a cover word ("weapons") for the article's main thing of that type
};

// A common noun that names a party without a proper name ("protesters", "the court").
struct GroupHead {
  EntityType type = EntityType::Group;
  bool people = false;  // a kind of person: a party only in the plural
  bool state = false;   // a government-like body: a party only when named by its place
  bool office = false;  // one holder of an office ("a judge"): singular, named by its place
  std::string same_as;  // the lemma of the word for the same party ("demonstrator": "protester")
};

struct Cue {
  std::string relation;  // relation class
  std::string cameo;     // CAMEO code or empty
};

// A CAMEO verb pattern (cameo_verbs.tsv): the object noun and preposition it needs (empty when
// none; alternatives space-separated), its CAMEO code and project class.
struct VerbPattern {
  std::string object, prep, cameo, relation;
};

class Lexicon {
 public:
  // Reads every list from `dir` (models/lexicon). Throws kg::Error (Model) naming the file and
  // line; when `known_class` is given, a relation class it does not know is such an error.
  void load(const std::string& dir,
            const std::function<bool(std::string_view)>& known_class = nullptr);

  bool is_org_head(std::string_view form) const { return org_heads_.count(std::string(form)) > 0; }
  bool is_location_head(std::string_view lower) const;
  // A word that starts a place name before a country's name ("Lake" Chad, "Cape" Verde).
  bool is_place_prefix(std::string_view form) const {
    return place_prefixes_.count(std::string(form)) > 0;
  }
  bool is_resolution_head(std::string_view form) const;
  // A language's name as written ("Dutch", "Arabic"; languages.tsv).
  bool is_language(std::string_view form) const { return languages_.count(std::string(form)) > 0; }
  // Roles for a lower-case word ("spokesperson"); several kinds may share a word ("chief").
  const std::vector<Role>* roles(std::string_view lower) const;
  bool has_role_kind(std::string_view lower, std::string_view kind) const;
  const ConceptWord* concept_word(std::string_view lemma) const;
  // A common noun naming a party of people or a body (group_heads.tsv), or null.
  const GroupHead* group_head(std::string_view lemma) const;
  bool is_classifier(std::string_view lower) const;
  // "say", "report", "think" or empty.
  std::string_view speech_family(std::string_view lemma) const;
  const std::vector<Cue>* verb_cues(std::string_view lemma) const;
  const std::vector<Cue>* noun_cues(std::string_view lemma) const;
  const std::vector<Cue>* light_noun(std::string_view lemma) const;
  bool is_light_verb(std::string_view lemma) const;
  // Every verb lemma the lists name (relation cues, CAMEO patterns, speech verbs), sorted.
  std::vector<std::string> verb_lemmas() const;
  // The CAMEO patterns of a verb lemma, or null.
  const std::vector<VerbPattern>* verb_patterns(std::string_view lemma) const;

 private:
  using CueMap = std::unordered_map<std::string, std::vector<Cue>>;
  std::unordered_set<std::string> org_heads_, location_heads_, resolution_heads_, classifiers_,
      light_verbs_, place_prefixes_, languages_;
  std::unordered_map<std::string, std::vector<Role>> roles_;
  std::unordered_map<std::string, ConceptWord> concepts_;
  std::unordered_map<std::string, GroupHead> group_heads_;
  std::unordered_map<std::string, std::string> speech_;
  CueMap verb_cues_, noun_cues_, light_nouns_;
  std::unordered_map<std::string, std::vector<VerbPattern>> verb_patterns_;
};

// Calls `row(fields, line)` for each non-blank, non-# line of a TAB-separated file, after checking
// it has at least `min_fields` fields. Throws kg::Error (Model) naming the file and line.
void for_each_row(const std::string& path, size_t min_fields,
                  const std::function<void(const std::vector<std::string>&, int)>& row);

}  // namespace kg
