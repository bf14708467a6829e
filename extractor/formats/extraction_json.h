// The JSON form of one article's extraction, as `kg extract --format json` prints it and
// ../shared/eval/score.py reads it:
//   {"document": {id, title, published, author, url, source, text,
//                 sentences: [[begin, end, paragraph]...]},
//    "entities": [{id (the canonical key), name, type, aliases, mentions: [[sentence, begin,
//    end]...]}], "relations": [{subject, relation, predicate, object (entity keys), date, negated,
//    hedged,
//                   attributed_to, confidence, arguments, sentence, begin, end, evidence}],
//    "quotes": [{speaker (entity key or null), text, cue, sentence, begin, end}]}
// Offsets are UTF-8 byte offsets into the article text. The record holds everything the store
// keeps, so `kg load` can store extractions made elsewhere (`kg extract --format jsonl`).
#pragma once

#include <rapidjson/document.h>

#include <string>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"

namespace kg {

// One JSON object; `pretty` indents it, otherwise it fits on one line (JSON Lines).
std::string extraction_to_json(const Document& doc, const Extraction& extraction, bool pretty);

// Reads one such object back. Throws kg::Error(Input) prefixed with `where` ("FILE:LINE") when a
// field is missing or malformed, an offset lies outside the text, or a reference names no entity.
void extraction_from_json(const rapidjson::Value& json, const std::string& where, Document& doc,
                          Extraction& extraction);

}  // namespace kg
