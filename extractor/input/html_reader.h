// Reading a news web page: the article's main text without navigation, scripts and styles, and
// its title, date and author from <meta> tags and from an embedded schema.org NewsArticle JSON-LD
// block when the page has one. Uses libxml2's forgiving HTML parser; thread-safe.
#pragma once

#include <string>

#include "extractor/core/document.h"

namespace kg {

// A page of at least kThinPageBytes giving fewer than kThinPageWords words of body text gets a
// warning naming it in Document::warnings (it is still read).
inline constexpr size_t kThinPageBytes = 10 * 1024;
inline constexpr size_t kThinPageWords = 50;

// The page's text becomes the Document text: the headline, then one paragraph per block element
// (paragraphs separated by blank lines). Throws kg::Error(Input) naming `source` when the page
// cannot be parsed or holds no text.
Document document_from_html(const std::string& html, const std::string& source);

}  // namespace kg
