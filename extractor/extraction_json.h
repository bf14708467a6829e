// The JSON form of one article's extraction, as `kg extract --format json` prints it and
// ../shared/eval/score.py reads it:
//   {"document": {id, title, published, author, url, source},
//    "entities": [{id (the canonical key), name, type, aliases, mentions}],
//    "relations": [{subject, relation, predicate, object (entity keys), date, negated, hedged,
//                   attributed_to, confidence, arguments, sentence, begin, end, evidence}],
//    "quotes": [{speaker (entity key or null), text, cue, sentence, begin, end}]}
// Offsets are UTF-8 byte offsets into the article text.
#pragma once

#include <string>

#include "extractor/document.h"
#include "extractor/extraction.h"

namespace kg {

// One JSON object; `pretty` indents it, otherwise it fits on one line (JSON Lines).
std::string extraction_to_json(const Document& doc, const Extraction& extraction, bool pretty);

}  // namespace kg
