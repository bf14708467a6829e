// Relation queries over the store: names are resolved through aliases (case-insensitively), and
// every answer carries its supporting evidence.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "graph/store/store.h"

namespace kg {

struct RelationQuery {
  std::string subject;   // entity name, alias or key; empty = any
  std::string relation;  // relation classes, comma-separated, case-insensitive; empty = any
  std::string object;
  std::string since;  // fact date (or publication date) bounds, YYYY-MM-DD
  std::string until;
  int min_weight = 1;
  int limit = 0;  // at most this many facts, heaviest first; 0 = all
};

// One merged fact: every mention of (subject, relation, object) grouped together.
struct FactRow {
  std::string subject;
  std::string subject_key;
  std::string relation;
  std::string predicate;  // the most frequent predicate lemma
  std::string object;
  std::string object_key;
  int weight = 0;    // number of supporting mentions
  int articles = 0;  // number of distinct articles stating it: the fact's weight
  std::string first_date;
  std::string last_date;
  std::string evidence;  // the first supporting sentence
};

// The one entity a user-typed name stands for, as a one-element list: an entity id (key, any
// case), else the entities with that alias (case and accents ignored) or, for a country, that
// ISO 3166 alpha-3 code. Throws kg::Error(Usage) saying "no entity named X" with the closest
// known names ("did you mean ...") when nothing matches, and listing the candidates with their
// ids and types when several do.
std::vector<int64_t> resolve_entity(Store& store, const std::string& name);

// "1,5,9": store ids to inline in an SQL IN (...) list (integers only, so nothing to escape).
std::string id_list(const std::vector<int64_t>& ids);

// "condemn,accuse" -> ",CONDEMN,ACCUSE,": a set of classes that SQL tests with
// instr(set, ',' || relation || ','); "" (any class) stays "".
std::string class_set(const std::string& classes);

// Facts matching the query, heaviest first.
std::vector<FactRow> query_relations(Store& store, const RelationQuery& query);

// How many facts match the query without its limit (to say "showing 50 of 215").
int64_t count_relations(Store& store, const RelationQuery& query);

}  // namespace kg
