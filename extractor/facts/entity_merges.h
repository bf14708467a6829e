// The second half of within-article coreference (coreference.h): once every mention has an
// entity, entities that are one thing merge (a name typed two ways, names the article defines as
// one, "Security Council" and the "UN Security Council", cover words and the thing they stand
// for), and each entity gets its final name, key and aliases.
#pragma once

#include <vector>

#include "extractor/core/dependency_tree.h"
#include "extractor/facts/mentions.h"

namespace kg {

// Merges `entities` (those the mentions point to), re-points the mentions to the entities
// returned, and drops entities no mention names.
std::vector<Entity> merge_entities(const DependencyTree& tree, std::vector<Mention>& mentions,
                                   const Lexicon& lexicon, std::vector<Entity> entities);

}  // namespace kg
