// Facts from the dependency tree: clauses with a cue verb (active, passive with its agent,
// participles and relative clauses, coordination, control), event nouns ("X's export of Y",
// "cooperation between A and B"), light verbs ("expressed their condemnation against X"), and
// affiliations read off titles, appositions and "City, Country" (affiliations.cpp), places and
// units of organisations read off the words around names (surface_places.cpp, surface_parts.cpp).
// Each fact gets its class (models/lexicon/relation_cues.tsv), predicate lemma, arguments,
// negation, hedging, the source it is attributed to, the clause's date and a provenance span.
// Stateless over immutable lexicons; thread-safe.
#pragma once

#include <string_view>
#include <vector>

#include "extractor/facts/arguments.h"
#include "extractor/facts/dates.h"
#include "extractor/lexicon/gazetteer.h"

namespace kg {

struct RelationContext {
  const DependencyTree& tree;
  const ArgumentResolver& args;
  const std::vector<Mention>& mentions;
  const std::vector<Entity>& entities;
  const Lexicon& lexicon;
  const std::vector<int>& quote_speaker;  // speaker of the quote covering each token, or -1
  const std::vector<DateMention>& dates;
  const Gazetteer* gazetteer = nullptr;  // capitals' countries (plain knowledge), when given
};

std::vector<Relation> find_relations(const RelationContext& ctx);
// Affiliations (LEADER_OF, SPOKESPERSON_OF, WORKS_FOR, MEMBER_OF, PART_OF, LOCATED_IN) from
// titles, appositions and place pairs, appended to `out` (affiliations.cpp).
void find_affiliations(const RelationContext& ctx, std::vector<Relation>& out);

// Whether a lower-case word of an organisation's name marks a body of the state ("ministry",
// "army", "embassy"; "official" as in "the country's official news agency").
bool is_state_body_word(std::string_view word);
// LOCATED_IN for organisations from the words after their names: "the X Court in Y", "X, based
// in Y" (surface_places.cpp).
void find_surface_places(const RelationContext& ctx, std::vector<Relation>& out);
// PART_OF for units of organisations: "X, a unit of Y", "Y-owned X", "Y, which owns X"
// (surface_parts.cpp).
void find_surface_parts(const RelationContext& ctx, std::vector<Relation>& out);

// Adds `r` unless the same subject, class and object is already there or subject == object.
void add_relation(std::vector<Relation>& out, Relation r);

}  // namespace kg
