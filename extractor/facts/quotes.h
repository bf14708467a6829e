// Quotations: spans in straight or curly quotation marks (a quote left open at a paragraph's end
// runs to that end, as news style continues quotes across paragraphs), each with its speaker and
// cue verb: "X said" / "said X" / "X was quoted as saying" / "the statement read", "according to
// X", the subject of the clause holding a partial quote, or the previous quote's speaker for a
// bare quote paragraph. Stateless over immutable lexicons; thread-safe.
#pragma once

#include <vector>

#include "extractor/facts/arguments.h"

namespace kg {

// Quotes in document order. Returns also, through `first_person`, the speaker of the quote
// covering each token (-1 elsewhere), so that "we" inside a quote resolves to its speaker.
std::vector<Quote> find_quotes(const DependencyTree& tree, const ArgumentResolver& args,
                               const Lexicon& lexicon, std::vector<int>* first_person);

}  // namespace kg
