// Finding a page's article among its blocks by evidence rather than by tag: every block of
// text scores its ancestors by length and commas; candidates are weighted by class/id words
// (article, content, story... up; comment, sidebar, related, promo... down), by schema.org
// articleBody and <article> hints, and by their link density. The best subtree is taken with the
// siblings that belong to it, and link lists, forms and empty boxes inside it are dropped. The
// ideas come from readability.js (scores, sibling rule, conditional cleaning, retries with looser
// rules), jusText (link density, short blocks) and trafilatura (articleBody as a first guess).
#pragma once

#include <libxml/tree.h>

#include <string>

namespace kg {

// The article text of the page under `body` (paragraphs separated by blank lines). Modifies no
// node but uses the nodes' _private field for its bookkeeping.
std::string article_text(xmlNode* body);

}  // namespace kg
