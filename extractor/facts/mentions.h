// Mention detection: the spans of a Document that name or stand for an entity (country names,
// demonyms and capitals from the gazetteer, proper-name chains typed by their heads and cues,
// acronyms, resolutions, counted groups, concept nouns). Coreference (coreference.h) then groups
// mentions into entities. Stateless over immutable lexicons; thread-safe.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extractor/core/dependency_tree.h"
#include "extractor/core/extraction.h"
#include "extractor/facts/name_words.h"
#include "extractor/lexicon/gazetteer.h"
#include "extractor/lexicon/lexicon.h"

namespace kg {

enum class MentionKind : uint8_t {
  Name,         // a name (gazetteer, lexicon or proper-name chain)
  Acronym,      // an all-capitals word not known to the gazetteer ("RIMS")
  Demonym,      // "North Korean", "Russian forces"
  Capital,      // a capital city; stands for its country when it acts
  Surname,      // a lone capitalised word, typed later (surname, place or source)
  Compass,      // "the North", "the South"
  HeadOnly,     // "the Council": an organisation named by its head word alone
  StateMedia,   // "state media", "state-run media"
  Nominal,      // a concept noun phrase ("ballistic missiles", "joint statement")
  Military,     // "the army", "Ghana's military": a country's armed forces, named or not
  Party,        // "rebel forces", "the appeals court": people or a body named by a common noun
  Description,  // "the automaker": the organisation introduced as "automaker Acme Motors"
};

struct Mention {
  uint32_t first = 0, last = 0;  // tokens [first, last)
  uint32_t begin = 0, end = 0;   // bytes (may lie inside a token: "NK-Russia")
  uint32_t head = 0;             // the token that carries the mention's syntactic role
  EntityType type = EntityType::Concept;
  MentionKind kind = MentionKind::Name;
  std::string surface;      // as written, a leading "the" dropped
  std::string key;          // canonical key when known (gazetteer, lexicon, concept head)
  std::string name;         // canonical name when known
  std::string container;    // key of a country or organisation the name begins with ("Kenyan
                            // Foreign Ministry" -> "country:MRT"), for PART_OF
  bool person_cue = false;  // a title or role stands before the name
  bool generic = false;     // concept cover word ("weapons")
  int entity = -1;          // index into Extraction::entities once resolved
};

// Mentions in document order. Needs tokens with tags; uses the parse where present.
std::vector<Mention> find_mentions(const DependencyTree& tree, const Gazetteer& gazetteer,
                                   const Lexicon& lexicon);

// Adds the parties named by a common noun phrase ("rebel forces", "Ostland police", "protesters";
// group_mentions.cpp) that take part in a clause as its subject, object or agent, each with its
// normalised name as key (determiners and quantifiers dropped, place modifiers kept); a bare head
// ("police") takes the key of the one modified party of that head in the article. Also adds "the
// automaker" after "automaker Acme Motors" (MentionKind::Description, resolved by coreference).
// Keeps `mentions` in document order.
void add_group_mentions(const DependencyTree& tree, const Lexicon& lexicon,
                        std::vector<Mention>& mentions);

}  // namespace kg
