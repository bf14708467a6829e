// Open triples: one relation phrase with its arguments per clause of a parsed Document, in the
// style of Open IE systems (OpenIE-4, ClausIE) and of the CaRB benchmark, with or without entities.
//
//   "Quillon was born in Hawaii in 1961."  ->  (Quillon; was born in; Hawaii; [T] in 1961)
//   "The house, a ruin, is old."         ->  (The house; is; old), (The house; is; a ruin)
//
// Covered: active clauses (subject + verb + object / prepositional / clausal complements),
// copular clauses, passives (agent folded as "was VERB by"), the first prepositional complement
// folded into the relation when there is no direct object ("taught at"), coordination (every
// conjoined verb, subject and object gets its own triple), relative clauses (the head noun as
// subject or object), appositions ("X, a Y" -> X is Y), participial modifiers ("a man called X"),
// controlled verbs ("wants to buy"), auxiliaries, negation and modals kept in the relation phrase.
//
// Arguments are phrases of the text; each keeps its token indices, and its byte span covers them
// (a phrase may skip a relative clause or an apposition inside that span). Relation phrases are
// built from the sentence's own tokens in text order, except a folded preposition, which follows
// the verb; an apposition's relation is the word "is", which has no token (empty span at the
// end of arg1). The extraction reads only tokens, tags and the parse (no lexicons, no entities).
//
// Pure function of the Document; thread-safe for distinct or shared documents.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "extractor/core/document.h"

namespace kg {

enum class OpenArgRole {
  Subject,   // arg1
  Object,    // arg2 and further complements
  Context,   // the clause is embedded: "analysts said" for a reported clause
  Time,      // a temporal modifier ("in 1941", "last year")
  Location,  // a place modifier ("at Kettering")
};

const char* to_string(OpenArgRole role);

struct OpenPhrase {
  std::string text;  // token forms joined by single spaces (text as written)
  std::vector<uint32_t>
      tokens;          // document-wide token indices, ascending (a folded preposition last)
  uint32_t begin = 0;  // byte span in Document::text covering the tokens
  uint32_t end = 0;
};

struct OpenArg {
  OpenPhrase phrase;
  OpenArgRole role = OpenArgRole::Object;
};

struct OpenTriple {
  uint32_t sentence = 0;      // index into Document::sentences
  OpenPhrase relation;        // "was born in", "is not accepted as", "wants to buy"
  OpenArg arg1;               // the subject side
  std::vector<OpenArg> args;  // arg2, arg3...: objects and complements, then time / location /
                              // context arguments, in text order within each group
  double confidence = 0.0;    // in (0, 1); higher is more likely right
};

// Open triples of every sentence of `doc`, sentence by sentence. Requires the parse (head,
// deprel), tags and lemmas; sentences without a parse yield nothing.
std::vector<OpenTriple> extract_open_triples(const Document& doc);

}  // namespace kg
