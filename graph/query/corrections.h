// User corrections of entity resolution, kept in the store so that they hold for every later
// ingest: `merge` folds one entity into another (its key is redirected), `split` moves one alias
// (and the mentions written that way, with the facts and quotes that rest on them) to an entity
// of its own (a rule the store applies to new articles).
#pragma once

#include <string>
#include <vector>

#include "graph/query/result_table.h"
#include "graph/store/store.h"

namespace kg {

struct CorrectionReport {
  std::string kept;   // the entity that remains (merge) or the one split from (split)
  std::string other;  // the entity merged away (merge) or the new one (split)
  int mentions_moved = 0;
  int relations_moved = 0;
  int quotes_moved = 0;
};

// Folds entity `from` into entity `into` (names resolved through aliases; each must name exactly
// one entity). Throws kg::Error(Usage) when a name is unknown, ambiguous, or both are the same.
CorrectionReport merge_entities(Store& store, const std::string& into, const std::string& from);

// Moves the named aliases of `entity` to one entity of their own, named and keyed after the
// first (the existing one with that key, if any).
CorrectionReport split_entity(Store& store, const std::string& entity,
                              const std::vector<std::string>& aliases);
inline CorrectionReport split_entity(Store& store, const std::string& entity,
                                     const std::string& alias) {
  return split_entity(store, entity, std::vector<std::string>{alias});
}

// Reverses the merge of `from` into `into` (unmerge.cpp): `into` names the entity kept, `from`
// the merged one by its id, name or an alias it had. The merged entity gets back its id, rows,
// aliases, the facts between the two, its redirects and split rules, and what later ingests
// stored through its redirects. Throws kg::Error(Usage) when no such merge is logged (merges made
// before schema version 7 have no log).
CorrectionReport unmerge_entities(Store& store, const std::string& into, const std::string& from);

// The corrections in force, merges then splits: kind, the key merged away or the entity split
// from, the alias split off (empty for a merge), and the entity they now belong to (name, key).
ResultTable list_corrections(Store& store);

}  // namespace kg
