// Headlines: the lines an article opens with before its body (headline, sub-headline), written in
// headline style: a present-tense verb, articles dropped, often every word capitalised. The
// treebank the tagger learnt from has few such lines, so the tagger reads "leader tours
// factories" as one noun phrase and "Minister Slams Budget" as a name. Here a headline is found
// and the tagger is shown the forms running text would have (see Tagger::tag_headline).
#pragma once

#include <string>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/syntax/tagger.h"

namespace kg {

// Whether each sentence of `doc` is a headline: the sentences of the first paragraphs before the
// first paragraph of body text, one with a sentence ended by . ! ? (before any closing quotes or
// brackets) or of more than 30 tokens. Lines that open a page ("Share", "Send to") are read as
// headlines too; they hold no verb to find.
std::vector<bool> find_headlines(const Document& doc);

// Whether the headline `s` is written in title case: of its words of four letters or more after
// the first, at least two and three quarters begin with a capital.
bool is_title_case(const Document& doc, const Sentence& s);

// The forms the tagger should see for the title-cased headline `s`: a capitalised word is written
// in lower case unless it looks like a name: written in capitals, with a digit, a period or a
// capital inside, capitalised inside a body sentence, or (when the body does not write it in lower
// case) unknown to the tagger or a proper noun in its training data (`ambiguity`, with
// `propn_bit` the proper-noun UPOS bit).
std::vector<std::string> sentence_case_forms(const Document& doc, const Sentence& s,
                                             const std::vector<bool>& headline,
                                             const AmbiguityTable& ambiguity, uint32_t propn_bit);

}  // namespace kg
