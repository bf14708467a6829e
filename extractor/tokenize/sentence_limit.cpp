#include "extractor/tokenize/sentence_limit.h"

#include <algorithm>
#include <string>

namespace kg {
namespace {

bool is_break(const std::string& form) {
  return form == "," || form == ";" || form == ":" || form == "-" || form == "\xE2\x80\x93" ||
         form == "\xE2\x80\x94";
}

// End (exclusive) of the piece starting at `first`: after the last break in the second half of
// the window, else at the window's end.
uint32_t piece_end(const Document& doc, uint32_t first, uint32_t end, uint32_t max_tokens) {
  if (end - first <= max_tokens) return end;
  uint32_t limit = first + max_tokens;
  for (uint32_t t = limit; t > first + max_tokens / 2; --t)
    if (is_break(doc.tokens[t - 1].form)) return t;
  return limit;
}

}  // namespace

size_t split_long_sentences(Document& doc, uint32_t max_tokens) {
  max_tokens = std::max<uint32_t>(max_tokens, 2);
  bool any = std::any_of(doc.sentences.begin(), doc.sentences.end(),
                         [&](const Sentence& s) { return s.size() > max_tokens; });
  if (!any) return 0;
  size_t split = 0;
  std::vector<Sentence> out;
  out.reserve(doc.sentences.size() + doc.tokens.size() / max_tokens);
  for (const Sentence& s : doc.sentences) {
    if (s.size() <= max_tokens) {
      out.push_back(s);
      continue;
    }
    size_t pieces = 0;
    for (uint32_t first = s.first_token; first < s.end_token; ++pieces) {
      Sentence piece = s;
      piece.first_token = first;
      piece.end_token = piece_end(doc, first, s.end_token, max_tokens);
      piece.begin = doc.tokens[piece.first_token].begin;
      piece.end = doc.tokens[piece.end_token - 1].end;
      out.push_back(piece);
      first = piece.end_token;
    }
    ++split;
    size_t line =
        1 + static_cast<size_t>(std::count(doc.text.begin(), doc.text.begin() + s.begin, '\n'));
    doc.warnings.push_back(doc.meta.source + ": text line " + std::to_string(line) +
                           ": sentence of " + std::to_string(s.size()) +
                           " tokens is longer than the limit of " + std::to_string(max_tokens) +
                           "; parsed as " + std::to_string(pieces) + " pieces");
  }
  doc.sentences = std::move(out);
  return split;
}

}  // namespace kg
