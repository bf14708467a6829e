// Cues of what a capitalised word names, read from its tokens and the parse alone: a language
// after "in", a city by the noun it modifies, a plural proper noun that names a people, a compass
// word before "of". Coreference (coreference.h) reads them to type mentions the gazetteer does not
// know. Stateless; thread-safe.
#pragma once

#include <cstdint>
#include <string>

#include "extractor/core/dependency_tree.h"
#include "extractor/facts/mentions.h"
#include "extractor/lexicon/gazetteer.h"
#include "extractor/lexicon/lexicon.h"

namespace kg {

// "north", "southwest", "north-east" (lower case).
bool is_compass_word(const std::string& lower);

// "a letter in Dutch", "translated into Arabic": a language, neither a place nor a people.
bool names_language(const DependencyTree& tree, const Lexicon& lex, const Mention& m);

// "the siege of Tarsk", "a Tarsk museum": a name that modifies a lower-case common noun or follows
// it with "of".
bool city_by_its_noun(const DependencyTree& tree, const Mention& m);

// "against the Kessans": a lone plural proper noun inside a sentence that names people, by its
// ending ("-ans", "-ists", "-ites") or by its singular written as a modifier elsewhere ("a Druze
// elder"); never a title-case heading's word ("Wars", "Headers") or a surname ending in "s".
bool names_plural_people(const DependencyTree& tree, const Lexicon& lex, const Mention& m);

// "the Gulf War", "the Malayan Emergency", "the Davis Cup": a name ending in a word for a war, a
// crisis, a contest or a gathering names an event, not a person.
bool names_event(const Document& doc, const Mention& m);

// "Ostland Druzes", "Eastern Kessans": adjectives or demonyms before such a plural; or any name
// ending in a plural that names people ("House Republicans", "Brenmark Shareholders").
bool names_plural_group(const DependencyTree& tree, const Gazetteer& gaz, const Lexicon& lex,
                        const Mention& m);

}  // namespace kg
