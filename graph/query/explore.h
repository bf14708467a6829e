// Questions about the merged graph beyond one relation: an entity's neighbourhood, the shortest
// chain of facts between two entities, an entity's facts in date order, the evidence for one fact,
// quotes, entity search and corpus statistics. Names are resolved through aliases
// (resolve_entity); every answer that states a fact carries its evidence sentence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/query/result_table.h"
#include "graph/store/store.h"

namespace kg {

// Entities within `depth` hops (facts in either direction), nearest first.
ResultTable neighbors(Store& store, const std::string& name, int depth,
                      const std::string& relation);

// The shortest chain of facts from A to B (either direction per hop), one row per hop with its
// strongest fact and evidence. Empty when no chain of at most `max_depth` hops exists.
ResultTable shortest_path(Store& store, const std::string& from, const std::string& to,
                          int max_depth);

// The entities of a shortest chain of facts (either direction per hop) from any of `sources` to
// any of `targets`, both ends included; empty when none has at most `max_depth` hops. A
// bidirectional breadth-first search with one indexed query per expanded entity, so its cost
// follows the neighbourhoods it explores, not the size of the store.
std::vector<int64_t> shortest_chain(Store& store, const std::vector<int64_t>& sources,
                                    const std::vector<int64_t>& targets, int max_depth);

// Every fact the entity takes part in, in date order.
ResultTable timeline(Store& store, const std::string& name);

// Every sentence supporting (A, RELATION, B), with article, date and who claims it.
ResultTable explain(Store& store, const std::string& subject, const std::string& relation,
                    const std::string& object);

// Quotes, optionally by one speaker and/or containing words (full-text search).
ResultTable quotes(Store& store, const std::string& speaker, const std::string& search);

// Entities, optionally of one type and/or matching words in their names and aliases.
ResultTable entities(Store& store, const std::string& type, const std::string& search, int limit);

// Counts by entity type and by relation class, articles and their date range.
ResultTable statistics(Store& store);

}  // namespace kg
