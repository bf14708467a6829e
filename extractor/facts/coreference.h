// Within-article coreference: groups mentions (entities.h) into entities, one node per thing.
// Merges acronyms with their expansions (also initials of countries named in the article),
// demonyms and acting capitals with their country, surnames with the full name seen, "the North"
// with the country it abbreviates, "the Council" with the council named before, state media with
// the news agency named; and gives each entity a stable key and every surface form as an alias.
// Stateless over immutable lexicons; thread-safe.
#pragma once

#include <vector>

#include "extractor/core/dependency_tree.h"
#include "extractor/facts/mentions.h"

namespace kg {

class MentionIndex {
 public:
  MentionIndex(const Document& doc, const std::vector<Mention>& mentions);
  // Entity of the mention covering token `t`, or -1.
  int entity_at(uint32_t t) const;
  const Mention* mention_at(uint32_t t) const;
  // Nearest compatible antecedent of a third-person pronoun at token `t`, or -1.
  int pronoun_antecedent(uint32_t t, const std::vector<Entity>& entities) const;

 private:
  const Document& doc_;
  const std::vector<Mention>& mentions_;
  std::vector<int> by_token_;
};

// Fills each mention's `entity` and returns the entities.
std::vector<Entity> resolve_entities(const DependencyTree& tree, std::vector<Mention>& mentions,
                                     const Gazetteer& gazetteer, const Lexicon& lexicon);

}  // namespace kg
