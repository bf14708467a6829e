// Sentence splitter over the tokens of a document, following the UD English treebanks.
//
// Sentences end at terminal punctuation (looking past closing quotes and brackets and not after
// abbreviations), at a blank line (a new paragraph), and at a single line break when the line has
// no terminal punctuation and the next line starts a new block (headlines, datelines, captions).
//
// Stateless: all functions are thread-safe.
#pragma once

#include "extractor/core/document.h"

namespace kg {

// Replaces doc.sentences with the sentences of doc.tokens, which must come from the tokenizer
// (offsets into doc.text, in order, space_after set). Every token lands in exactly one sentence.
void split_sentences(Document& doc);

}  // namespace kg
