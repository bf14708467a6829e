#include "extractor/tokenize/sentence_splitter.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

#include "extractor/core/utf8.h"
#include "extractor/tokenize/token_shapes.h"

namespace kg {
namespace {

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }

// Double quotes typed as two single ones ('' ‘’ ’’ ‘‘) are one token and work both ways.
bool is_double_single_quote(std::string_view f) {
  return f == "''" || f == "\xE2\x80\x98\xE2\x80\x99" || f == "\xE2\x80\x99\xE2\x80\x99" ||
         f == "\xE2\x80\x98\xE2\x80\x98";
}

bool is_closing(std::string_view f) {
  return f == "\"" || f == "'" || f == ")" || f == "]" || f == "}" || f == "\xE2\x80\x9D" ||
         f == "\xE2\x80\x99" || f == "\xC2\xBB" || is_double_single_quote(f);
}

bool is_opening(std::string_view f) {
  return f == "\"" || f == "'" || f == "(" || f == "[" || f == "{" || f == "\xE2\x80\x9C" ||
         f == "\xE2\x80\x98" || f == "``" || f == "`" || f == "\xC2\xAB" ||
         is_double_single_quote(f);
}

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";

// Both are asked of every token, so the first byte rejects words before any other work.
inline bool is_terminal(std::string_view f) {
  if (f.empty() || (f[0] != '.' && f[0] != '!' && f[0] != '?' && f[0] != '\xE2')) return false;
  if (f.substr(0, 3) == kEllipsis) f.remove_prefix(3);  // "…" and "…."
  for (char c : f)
    if (c != '.' && c != '!' && c != '?') return false;
  return true;
}

// A separator line ("***", "=====", "______") is a sentence of its own.
inline bool is_separator(std::string_view f) {
  if (f.size() < 3) return false;
  char c = f[0];
  if (c != '*' && c != '=' && c != '_' && c != '-' && c != '~' && c != '#') return false;
  return f.find_first_not_of(c) == std::string_view::npos;
}

bool starts_upper_or_digit(std::string_view f) {
  if (f.empty()) return false;
  unsigned char c = static_cast<unsigned char>(f[0]);
  if (c < 0x80) return (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  CodePoint cp = decode_utf8(f, 0);
  auto cat = utf8proc_category(cp.cp);
  return cat == UTF8PROC_CATEGORY_LU || cat == UTF8PROC_CATEGORY_LT || cat == UTF8PROC_CATEGORY_LO;
}

bool starts_lower(std::string_view f) {
  if (f.empty()) return false;
  CodePoint cp = decode_utf8(f, 0);
  return utf8proc_category(cp.cp) == UTF8PROC_CATEGORY_LL;
}

// Words that commonly start a sentence; used after an abbreviation such as "U.S." or "Inc.",
// where a capitalised word alone is not enough evidence of a new sentence.
constexpr std::array<std::string_view, 44> kSentenceStarters = {
    "The", "A",   "An",    "He",    "She",     "It",    "They",      "We",      "I",
    "You", "In",  "But",   "And",   "This",    "That",  "These",     "Those",   "There",
    "His", "Her", "Their", "Its",   "Our",     "On",    "At",        "For",     "After",
    "As",  "If",  "When",  "While", "Some",    "Many",  "According", "However", "Meanwhile",
    "Yet", "So",  "Still", "Last",  "Earlier", "Later", "Also",      "What"};

// Sentence boundary decision after the terminal token at i (whose closing quotes and brackets
// end at j - 1; `closed` when there are any). `next` is the first token of the candidate next
// sentence.
bool starts_new_sentence(const Token& term, const Token& next, bool closed) {
  std::string_view f = term.form;
  std::string_view n = next.form;
  if (is_terminal(n)) return false;  // ". . ." and "? !" end the sentence at their last mark
  if (maybe_emoticon(f)) return starts_upper_or_digit(n);
  if (is_terminal(f)) {
    bool ellipsis =
        f.substr(0, 3) == kEllipsis || (f.size() >= 2 && f.find_first_not_of('.') == f.npos);
    if (ellipsis) return starts_upper_or_digit(n) && !is_digit(n[0]);
    // Informal text often starts sentences in lower case; a lower-case word continues the
    // sentence only after a closed quotation or bracket ("Why?" he asked).
    return !closed || !starts_lower(n);
  }
  // An abbreviation that kept its full stop.
  AbbrevKind kind = abbreviation_kind(f.substr(0, f.size() - 1));
  if (kind == AbbrevKind::Title || kind == AbbrevKind::Initial) return false;
  return std::find(kSentenceStarters.begin(), kSentenceStarters.end(), n) !=
         kSentenceStarters.end();
}

bool ends_with_terminal(std::string_view line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  if (line.empty()) return false;
  // Look past closing quotes and brackets.
  while (!line.empty()) {
    char c = line.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      line.remove_suffix(1);
    } else if (line.size() >= 3 && (line.substr(line.size() - 3) == "\xE2\x80\x9D" ||
                                    line.substr(line.size() - 3) == "\xE2\x80\x99")) {
      line.remove_suffix(3);
    } else {
      break;
    }
  }
  if (line.empty()) return false;
  char c = line.back();
  return c == '.' || c == '!' || c == '?' ||
         (line.size() >= 3 && line.substr(line.size() - 3) == "\xE2\x80\xA6");
}

// A single line break ends the sentence when the line has no terminal punctuation and the next
// line starts a new block: it does not continue in lower case, the line does not end with a
// comma-like mark, and the line is short (hard-wrapped prose has long lines).
bool line_break_ends_sentence(std::string_view line, std::string_view next_line) {
  while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r'))
    line.remove_suffix(1);
  size_t k = 0;
  while (k < next_line.size() && (next_line[k] == ' ' || next_line[k] == '\t')) ++k;
  next_line.remove_prefix(k);
  if (line.empty() || next_line.empty()) return true;
  if (ends_with_terminal(line)) return false;  // the punctuation rules decide
  char last = line.back();
  if (last == ',' || last == ';' || last == ':' || last == '(' || last == '-' || last == '&')
    return false;
  if (starts_lower(next_line)) return false;
  return line.size() < 70;
}

// The line of `text` that holds offset `at` (at must not be a line break), without its break.
std::string_view line_at(std::string_view text, size_t at) {
  size_t b = text.rfind('\n', at);
  b = b == std::string_view::npos ? 0 : b + 1;
  size_t e = text.find('\n', at);
  if (e == std::string_view::npos) e = text.size();
  return text.substr(b, e - b);
}

// What separates token i from the next: a space, a single line break, or a blank line (the end
// of a paragraph; also after the last token).
enum class Gap { Space, LineBreak, Blank };

Gap gap_after(const Document& doc, size_t i, uint32_t* line_break) {
  if (i + 1 >= doc.tokens.size()) return Gap::Blank;
  size_t breaks = 0;
  for (uint32_t k = doc.tokens[i].end; k < doc.tokens[i + 1].begin; ++k) {
    if (doc.text[k] == '\n' && breaks++ == 0) *line_break = k;
  }
  return breaks == 0 ? Gap::Space : breaks == 1 ? Gap::LineBreak : Gap::Blank;
}

}  // namespace

void split_sentences(Document& doc) {
  doc.sentences.clear();
  const std::string_view text = doc.text;
  const size_t n = doc.tokens.size();
  uint32_t paragraph = 0;
  size_t start = 0;
  uint32_t at = 0;
  auto add_sentence = [&](size_t end) {
    Sentence s;
    s.first_token = static_cast<uint32_t>(start);
    s.end_token = static_cast<uint32_t>(end);
    s.begin = doc.tokens[start].begin;
    s.end = doc.tokens[end - 1].end;
    s.paragraph = paragraph;
    doc.sentences.push_back(s);
    start = end;
  };
  // One pass; the text between tokens says where paragraphs end and which line breaks end a
  // sentence (headlines, datelines).
  for (size_t i = 0; i < n; ++i) {
    Gap gap = gap_after(doc, i, &at);
    bool boundary = gap == Gap::Blank ||
                    (gap == Gap::LineBreak &&
                     line_break_ends_sentence(line_at(text, at - 1), line_at(text, at + 1)));
    if (is_separator(doc.tokens[i].form)) {
      if (i > start) add_sentence(i);
      boundary = true;
    }
    if (!boundary) {
      const Token& tok = doc.tokens[i];
      bool term = is_terminal(tok.form) || maybe_emoticon(tok.form) ||
                  (tok.form.size() > 1 && tok.form.back() == '.' &&
                   abbreviation_kind(std::string_view(tok.form).substr(0, tok.form.size() - 1)) !=
                       AbbrevKind::None);
      if (term) {
        // Look past closing quotes and brackets and emoticons within the paragraph.
        size_t j = i + 1;
        while (j < n && gap != Gap::Blank && !doc.tokens[j - 1].space_after &&
               is_closing(doc.tokens[j].form))
          gap = gap_after(doc, j++, &at);
        // An emoticon after the punctuation still belongs to the sentence.
        while (j < n && gap != Gap::Blank && maybe_emoticon(doc.tokens[j].form))
          gap = gap_after(doc, j++, &at);
        // A straight quote after a space may open the next sentence; only attached ones close.
        if (gap == Gap::Blank) {
          i = j - 1;
          boundary = true;
        } else if (starts_new_sentence(tok, doc.tokens[j], j > i + 1) ||
                   (is_terminal(tok.form) && is_opening(doc.tokens[j].form) &&
                    doc.tokens[j - 1].space_after)) {
          i = j - 1;
          boundary = true;
        }
      }
    }
    if (boundary) {
      add_sentence(i + 1);
      if (gap == Gap::Blank) ++paragraph;
    }
  }
}

}  // namespace kg
