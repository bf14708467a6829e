// Reading articles into Documents: plain text (one article per file), JSON Lines (one article per
// line: id, title, published, author, url, text), directories (recursively) and standard input.
// Plain-text layouts (title, date, author) are read by input/plain_text_layout.h.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/core/error.h"
#include "extractor/core/utf8.h"
#include "extractor/input/plain_text_layout.h"

namespace kg {

// Largest article text accepted (bytes); longer ones are refused with a clear message.
inline constexpr size_t kMaxArticleBytes = 8 * 1024 * 1024;

// Builds a Document from one article's raw bytes: checks UTF-8 (throws kg::Error(Input) naming
// `source` and the byte offset), drops a byte-order mark, turns CRLF into LF, reads the layout.
Document document_from_text(std::string text, const std::string& source);

// Calls `on_article` for every article under `paths` ("-" is standard input; directories are
// walked recursively in name order, taking *.txt and *.jsonl files). Whatever cannot be read (a
// missing path, an unreadable or invalid file, a malformed JSON Lines record, with "FILE:LINE:")
// is passed to `on_bad_record` as a kg::Error(Input), and reading goes on.
void read_articles(const std::vector<std::string>& paths,
                   const std::function<void(Document&&)>& on_article,
                   const std::function<void(const Error&)>& on_bad_record);

}  // namespace kg
