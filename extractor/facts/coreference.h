// Within-article coreference: groups mentions (entities.h) into entities, one node per thing.
// Merges acronyms with their expansions (also initials of countries named in the article),
// demonyms and acting capitals with their country, surnames with the full name seen, "the North"
// with the country it abbreviates, "the Council" with the council named before, state media with
// the news agency named; and gives each entity a stable key and every surface form as an alias.
// Stateless over immutable lexicons; thread-safe.
#pragma once

#include <vector>

#include "extractor/core/dependency_tree.h"
#include "extractor/facts/mention_index.h"
#include "extractor/facts/mentions.h"

namespace kg {

// Fills each mention's `entity` and returns the entities.
std::vector<Entity> resolve_entities(const DependencyTree& tree, std::vector<Mention>& mentions,
                                     const Gazetteer& gazetteer, const Lexicon& lexicon);

}  // namespace kg
