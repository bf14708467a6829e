// What the named-entity tagger (Token::ner) says of a mention the rules could not type: the
// gazetteers, lexicons and title or role cues decide first; the tagger's type stands only where
// the rules would default an unknown capitalised name to a person. Stateless; thread-safe.
#pragma once

#include <vector>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"
#include "extractor/facts/mentions.h"

namespace kg {

// The type the tagger gives every token of the mention (Person, Organization or Location), or
// Concept when it gives none or the tokens disagree.
EntityType ner_type_of(const Document& doc, const Mention& m);

// Retypes unknown multiword names the rules typed Person by default (no key, no title or role
// cue): an event by its last word ("the Korean War", names_event()), else the organisation the
// tagger reads in their context. Places are left to the rules' place positions ("in X"): on the
// dev set the tagger's places among such names were half persons (its UNER test F1 is 73 for
// LOC), which cost quotes their speakers.
void type_names_by_ner(const Document& doc, std::vector<Mention>& mentions);

// The sentences (ascending, each once) holding a mention type_names_by_ner() may retype, or a
// lone unknown capitalised word (which coreference, finding it in a place position, asks the
// tagger about: "sold to X"): only their labels are ever read, so only they need the tagger.
std::vector<uint32_t> sentences_to_type(const Document& doc, const std::vector<Mention>& mentions);

}  // namespace kg
