// Reading articles into Documents: plain text (one article per file), JSON Lines (one article per
// line: id, title, published, author, url, text), directories (recursively) and standard input.
// Plain-text layouts (title, date, author) are read by input/plain_text_layout.h.
#pragma once

#include <filesystem>
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

// True for the files a folder is read for: .txt, .jsonl, .html, .htm, in any case (".TXT").
bool is_article_file(const std::filesystem::path& path);

// The share of words that are common English function words ("the", "of", "said"...), 0..1:
// about 0.4 in English news, under 0.1 in other languages. `words` receives the word count.
double english_function_word_share(std::string_view text, size_t* words = nullptr);

// Calls `on_article` for every article under `paths` ("-" is standard input; directories are
// walked recursively in name order, taking *.txt and *.jsonl files). Whatever cannot be read (a
// missing path, an unreadable or invalid file, a malformed JSON Lines record, with "FILE:LINE:")
// is passed to `on_bad_record` as a kg::Error(Input), and reading goes on.
// A folder with no such file is a bad input ("no articles in it"); the files a folder holds that
// are not articles are counted and described to `on_skipped` (one call per folder, if given).
void read_articles(
    const std::vector<std::string>& paths, const std::function<void(Document&&)>& on_article,
    const std::function<void(const Error&)>& on_bad_record,
    const std::function<void(size_t files, const std::string& why)>& on_skipped = {});

}  // namespace kg
