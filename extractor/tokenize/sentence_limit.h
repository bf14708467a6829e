// The maximum sentence length. A "sentence" of hundreds of tokens is almost always a table, a list
// or text without punctuation; the parser handles it in linear time, but its tree is noise and a
// user should know. Such a sentence is cut into pieces of at most kMaxSentenceTokens tokens (after
// a comma, semicolon, colon or dash when one is near the limit) and a warning names the article and
// the text line; no text is dropped.
#pragma once

#include <cstdint>

#include "extractor/core/document.h"

namespace kg {

// Far above real prose: the longest sentence of the EWT and GUM training sets has 159 tokens.
inline constexpr uint32_t kMaxSentenceTokens = 300;

// Splits every sentence of doc longer than max_tokens and adds one warning per split sentence to
// doc.warnings. Returns the number of sentences split.
size_t split_long_sentences(Document& doc, uint32_t max_tokens = kMaxSentenceTokens);

}  // namespace kg
