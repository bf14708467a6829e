#include "extractor/eval/normalize.h"

#include <utf8proc.h>

#include <cstdint>

#include "extractor/core/utf8.h"

namespace kg::eval {
namespace {

// White space as the scorer's regular expressions see it (Unicode's, as Python's str.isspace).
bool is_space(int32_t c) {
  return (c >= 9 && c <= 13) || (c >= 0x1C && c <= 0x20) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
         (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
         c == 0x3000;
}

// A word character: a letter or a number of any script, or the underscore.
bool is_word(int32_t c) {
  if (c == '_') return true;
  switch (utf8proc_category(c)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

std::vector<int32_t> lower_code_points(std::string_view text) {
  std::vector<int32_t> out;
  out.reserve(text.size());
  for (uint32_t i = 0; i < text.size();) {
    CodePoint cp = decode_utf8(text, i);
    i += cp.len;
    int32_t c = utf8proc_tolower(cp.cp);
    if (c == 0x2018 || c == 0x2019) c = '\'';
    if (c == 0x201C || c == 0x201D) c = '"';
    out.push_back(c);
  }
  return out;
}

bool starts_with_word(const std::vector<int32_t>& s, std::string_view word) {
  if (s.size() <= word.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (s[i] != word[i]) return false;
  return is_space(s[word.size()]);
}

}  // namespace

std::string normalize_name(std::string_view text) {
  std::vector<int32_t> in = lower_code_points(text);
  std::vector<int32_t> s;
  s.reserve(in.size());
  for (size_t i = 0; i < in.size(); ++i) {
    int32_t c = in[i];
    if (c == '\'' && i + 1 < in.size() && in[i + 1] == 's' &&
        (i + 2 == in.size() || !is_word(in[i + 2]))) {
      ++i;  // a possessive 's
      continue;
    }
    if (c == '.' || c == '"' || c == '\'' || c == ',' || c == '(' || c == ')') continue;
    if (c == '-' || c == 0x2013 || c == 0x2014 || c == '_' || c == '/') c = ' ';
    s.push_back(c);
  }
  size_t begin = 0;
  while (begin < s.size() && is_space(s[begin])) ++begin;
  s.erase(s.begin(), s.begin() + static_cast<long>(begin));
  while (!s.empty() && is_space(s.back())) s.pop_back();
  for (std::string_view article : {"the", "a", "an"}) {
    if (!starts_with_word(s, article)) continue;
    size_t end = article.size();
    while (end < s.size() && is_space(s[end])) ++end;
    s.erase(s.begin(), s.begin() + static_cast<long>(end));
    break;
  }
  std::string out;
  bool pending_space = false;
  for (int32_t c : s) {
    if (is_space(c)) {
      pending_space = !out.empty();
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    utf8proc_uint8_t buffer[4];
    utf8proc_ssize_t n = utf8proc_encode_char(c, buffer);
    out.append(reinterpret_cast<const char*>(buffer), static_cast<size_t>(n));
  }
  return out;
}

std::vector<std::string> quote_words(std::string_view text) {
  std::vector<std::string> words;
  std::string word;
  for (char c : normalize_name(text)) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
      word += c;
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  return words;
}

}  // namespace kg::eval
