// Token shapes that the tokenizer and the sentence splitter must agree on: abbreviations that
// keep their full stop (and whether they can end a sentence) and emoticons.
//
// Stateless: all functions are thread-safe.
#pragma once

#include <string_view>

namespace kg {

enum class AbbrevKind {
  None,
  Title,    // Mr, Gov, No: never ends a sentence
  Initial,  // a single letter: N. Korean
  Dotted,   // U.S, e.g, Ph.D
  Other,    // Jan, Inc, etc, Calif
};

// What kind of abbreviation `word` is; `word` is a token without its final full stop.
AbbrevKind abbreviation_kind(std::string_view word);

// An emoticon written as a whole chunk (":)", ":-(", ";P", ":D").
bool is_emoticon(std::string_view s);

// is_emoticon with the common case (not an emoticon) decided inline: it is asked of every token.
inline bool maybe_emoticon(std::string_view s) {
  return s.size() >= 2 && s.size() <= 4 && (s[0] == ':' || s[0] == ';' || s[0] == '=') &&
         is_emoticon(s);
}

}  // namespace kg
