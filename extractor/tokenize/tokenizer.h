// Tokenizer for raw UTF-8 news text, following the conventions of the UD English treebanks:
// punctuation and clitics ('s, n't, 're, 'll, 've, 'm, 'd) are split off, "cannot" becomes
// "can" + "not", "gonna" "gon" + "na"; straight and curly quotes are tokens; abbreviations (Mr.,
// Jan., U.S.), initials, numbers (1,000  3.5  14:57), hyphenated words (Jong-un, war-torn), URLs
// and e-mail addresses stay whole. Sentences are split by sentence_splitter.h.
//
// Stateless: all functions are thread-safe.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "extractor/core/document.h"

namespace kg {

// Replaces doc.tokens and doc.sentences with the tokens and sentences (split_sentences) of
// doc.text. Tag, lemma and parse fields of the new tokens are empty (head = -1). Every token has
// byte offsets into doc.text; `form` is the text as written.
void tokenize(Document& doc);

// Appends the tokens of text[begin, end) to `out` without sentence splitting; offsets are
// relative to the start of `text`.
void tokenize_span(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out);

}  // namespace kg
