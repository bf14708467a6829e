#include "extractor/tokenize/tokenizer.h"

#include <utf8proc.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "extractor/core/utf8.h"
#include "extractor/tokenize/sentence_splitter.h"
#include "extractor/tokenize/token_shapes.h"

namespace kg {
namespace {

inline bool is_word_cp(int32_t cp) {
  if (cp < 0x80) {
    return (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9');
  }
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU:
    case UTF8PROC_CATEGORY_LL:
    case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM:
    case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN:
    case UTF8PROC_CATEGORY_MC:
    case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL:
    case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

inline bool is_digit(char c) { return c >= '0' && c <= '9'; }
inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + 32) : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

bool istarts_with(std::string_view s, std::string_view p) {
  return s.size() >= p.size() && iequals(s.substr(0, p.size()), p);
}

// Apostrophe-like code points: ' and the right single quotation mark used as an apostrophe.
constexpr std::string_view kRsquo = "\xE2\x80\x99";
constexpr std::string_view kLsquo = "\xE2\x80\x98";

// Length in bytes of an apostrophe at position i of s, or 0.
inline uint32_t apostrophe_at(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == '\'') return 1;
  if (i + 3 <= s.size() && s.substr(i, 3) == kRsquo) return 3;
  return 0;
}

struct Split {
  std::string_view word;
  uint32_t at;
};
// Contractions written without their apostrophe, split as EWT does.
constexpr std::array<Split, 30> kSplits = {
    {{"cannot", 3},  {"youll", 3},   {"theyre", 4},   {"im", 1},    {"ive", 1},    {"cant", 2},
     {"wont", 2},    {"thats", 4},   {"hes", 2},      {"youre", 3}, {"theres", 5}, {"whats", 4},
     {"alot", 1},    {"outta", 3},   {"gonna", 3},    {"wanna", 3}, {"gotta", 3},  {"dont", 2},
     {"didnt", 3},   {"doesnt", 4},  {"isnt", 2},     {"wasnt", 3}, {"arent", 3},  {"werent", 4},
     {"couldnt", 5}, {"wouldnt", 5}, {"shouldnt", 6}, {"hasnt", 3}, {"havent", 4}, {"hadnt", 3}}};

// Every short word is checked against kSplits and "its", "your", "lets"; a table of the
// (length, first letter) pairs that occur there turns most words away at once.
constexpr std::array<uint32_t, 9> kContractionShapes = [] {
  std::array<uint32_t, 9> bits{};
  auto add = [&](std::string_view w) { bits[w.size()] |= 1u << (w[0] - 'a'); };
  for (const Split& sp : kSplits) add(sp.word);
  for (std::string_view w : {"its", "your", "lets"}) add(w);
  return bits;
}();

bool may_be_contraction(std::string_view s) {
  if (s.size() >= kContractionShapes.size()) return false;
  char c = static_cast<char>(s[0] | 0x20);  // ASCII lower case
  return c >= 'a' && c <= 'z' && (kContractionShapes[s.size()] >> (c - 'a') & 1u) != 0;
}

class ChunkSplitter {
 public:
  ChunkSplitter(std::string_view text, std::vector<Token>& out) : t_(text), out_(out) {}

  void split(uint32_t b, uint32_t e) {
    if (maybe_emoticon(t_.substr(b, e - b))) {
      emit(b, e);
      return;
    }
    uint32_t address = address_start(b, e);
    if (address < e) {
      split_plain(b, address);  // what is glued before an e-mail address: "Name"<a@b.com>
      split_url(address, e);
      return;
    }
    split_plain(b, e);
  }

 private:
  void split_plain(uint32_t b, uint32_t e) {
    uint32_t piece = b;
    uint32_t i = b;
    while (i < e) {
      CodePoint c = decode_utf8(t_, i);
      uint32_t hard_end = hard_punct_end(i, e, c, piece);
      if (hard_end == 0) {
        i += c.len;
        continue;
      }
      flush_piece(piece, i);
      emit(i, hard_end);
      i = hard_end;
      piece = i;
    }
    flush_piece(piece, e);
  }

  void emit(uint32_t b, uint32_t e) {
    if (b >= e) return;
    Token tok;
    tok.begin = b;
    tok.end = e;
    tok.form.assign(t_.data() + b, e - b);
    out_.push_back(std::move(tok));
  }

  // Where a URL or an e-mail address starts in the chunk [b, e) (b when only brackets and quotes
  // precede it), or e when there is none.
  uint32_t address_start(uint32_t b, uint32_t e) const {
    std::string_view s = t_.substr(b, e - b);
    size_t start = 0;
    while (start < s.size() && std::strchr("([{<\"'", s[start]) != nullptr) ++start;
    s = s.substr(start);
    if (istarts_with(s, "http://") || istarts_with(s, "https://") || istarts_with(s, "www.") ||
        istarts_with(s, "ftp://") || istarts_with(s, "mailto:"))
      return s.size() > 6 ? b : e;
    size_t at = s.find('@');
    if (at == std::string_view::npos || at == 0) return e;
    size_t dot = s.find('.', at);
    if (dot == std::string_view::npos || dot <= at + 1 || dot + 1 >= s.size() ||
        !is_alpha(s[dot + 1]))
      return e;
    // The local part is letters, digits and . _ % + -; anything before it is not the address.
    size_t local = at;
    while (local > 0 && (is_alpha(s[local - 1]) || is_digit(s[local - 1]) ||
                         std::strchr("._%+-", s[local - 1]) != nullptr))
      --local;
    if (local == at) return e;
    return local == 0 ? b : b + static_cast<uint32_t>(start + local);
  }

  void split_url(uint32_t b, uint32_t e) {
    while (b < e && std::strchr("([{<\"'", t_[b]) != nullptr) {
      emit(b, b + 1);
      ++b;
    }
    std::vector<uint32_t> trail;  // start offsets of trailing tokens, last first
    std::string_view core = t_.substr(b, e - b);
    bool has_open_paren = core.find('(') != std::string_view::npos;
    while (e > b) {
      char c = t_[e - 1];
      if (std::strchr(".,;:!?]}>\"'", c) != nullptr || (c == ')' && !has_open_paren)) {
        --e;
        trail.push_back(e);
      } else {
        break;
      }
    }
    emit(b, e);
    for (size_t k = trail.size(); k-- > 0;) emit(trail[k], trail[k] + 1);
  }

  // When the code point at i starts a token of its own, returns the end of that token; else 0.
  uint32_t hard_punct_end(uint32_t i, uint32_t e, CodePoint c, uint32_t piece) const {
    int32_t cp = c.cp;
    if (cp < 0x80) {
      char ch = static_cast<char>(cp);
      if (is_alpha(ch) || is_digit(ch)) return 0;
      if (uint32_t j = symbol_art_end(i, e)) return j;
      switch (ch) {
        case '!':
        case '?':
        case '.': {
          // A run of terminal marks is one token ("?!", "!.", "..?"), but an ellipsis stays
          // apart from the marks after it ("...?" is "..." "?").
          uint32_t dots = i;
          while (dots < e && t_[dots] == '.') ++dots;
          if (dots - i >= 3) return dots;
          uint32_t j = i;
          while (j < e && (t_[j] == '.' || t_[j] == '!' || t_[j] == '?')) ++j;
          if (ch != '.') return j;
          if (j - i == 1) return 0;  // a full stop inside a word or at its end: decided per piece
          // An abbreviation keeps its full stop before other marks: "Inc." ".", "T.V." "?".
          if (i > piece && abbreviation_kind(t_.substr(piece, i - piece)) != AbbrevKind::None)
            return 0;
          return j;
        }
        case '-': {
          uint32_t j = i;
          while (j < e && t_[j] == '-') ++j;
          if (j - i >= 2) return j;
          bool prev_word = i > piece && is_word_before(i);
          bool next_word = i + 1 < e && is_word_at(i + 1);
          if (prev_word && next_word) return 0;  // hyphenated word
          if (!prev_word && next_word && i + 1 < e && is_digit(t_[i + 1])) return 0;  // -5
          return i + 1;
        }
        case '/': {
          // Between two words ("and/or", "he/she") the slash is a token of its own; in dates,
          // fractions, abbreviations ("w/o") and between capitals ("LONDON/BRUSSELS" datelines,
          // "USD/JPY") it stays inside. At the start or end of a chunk it is a token ("/MWh",
          // "duties/").
          if (i == piece || i + 1 == e) return i + 1;
          uint32_t before = letters_before(i, piece), after = letters_after(i + 1, e);
          if (before < 2 || after < 2) return 0;
          auto capitals = [&](uint32_t b, uint32_t n) {
            return std::all_of(t_.begin() + b, t_.begin() + b + n,
                               [](char x) { return x >= 'A' && x <= 'Z'; });
          };
          return capitals(i - before, before) && capitals(i + 1, after) ? 0 : i + 1;
        }
        case '#':
          if (i == piece && i + 1 < e && is_alpha(t_[i + 1])) return 0;  // #hashtag
          [[fallthrough]];
        case '*':
        case '$':
        case '<':
        case '>':
        case '|': {  // a run of the same symbol ("***", "<<", "$$$") is one token
          uint32_t j = i;
          while (j < e && t_[j] == ch) ++j;
          return j;
        }
        case '+': {
          // Trailing pluses are a token ("A+", "18+", "A++"); a sign or "1+1" stays inside.
          uint32_t j = i;
          while (j < e && t_[j] == '+') ++j;
          bool after_word = i > piece && is_word_before(i);
          return after_word && (j == e || !is_word_at(j)) ? j : 0;
        }
        case ':':
        case ';':
          if (uint32_t end = glued_emoticon_end(i, e)) return end;
          if (ch == ';') return i + 1;
          [[fallthrough]];
        case ',': {
          bool num = i > piece && is_digit(t_[i - 1]) && i + 1 < e && is_digit(t_[i + 1]);
          return num ? 0 : i + 1;
        }
        case '\'':
        case '`':
        case '&':
        case '@':
        case '_':
        case '=':
        case '~':
        case '^':
        case '\\':
          return 0;  // decided per piece (apostrophes) or kept inside words
        default:
          return i + 1;  // brackets, double quotes, %
      }
    }
    if (cp == 0x2019 || cp == 0x2018) return 0;  // curly single quotes: like '
    if (is_word_cp(cp)) return 0;
    if (cp == 0x2026) {  // …, and "…." as one token
      uint32_t j = i + c.len;
      while (j < e && t_[j] == '.') ++j;
      return j;
    }
    if (cp == 0x2014 || cp == 0x2013 || cp == 0x2012 || cp == 0x2015) {
      uint32_t j = i + c.len;
      while (j < e) {
        CodePoint d = decode_utf8(t_, j);
        if (d.cp != cp) break;
        j += d.len;
      }
      return j;
    }
    return i + c.len;
  }

  // Arrows and separator art ("->", "<--", "===>", "----==", "|---+--->") and runs of "=" are
  // one token; "<>" stays two.
  uint32_t symbol_art_end(uint32_t i, uint32_t e) const {
    auto is_art = [](char c) {
      return c == '-' || c == '=' || c == '_' || c == '~' || c == '*' || c == '+' || c == '<' ||
             c == '>' || c == '|';
    };
    if (!is_art(t_[i])) return 0;
    uint32_t j = i + 1;
    bool mixed = false;
    while (j < e && is_art(t_[j])) {
      mixed |= t_[j] != t_[i];
      ++j;
    }
    if (j - i < 2 || (!mixed && t_[i] != '=')) return 0;
    return t_.substr(i, j - i) == "<>" ? 0 : j;
  }

  // An emoticon glued to the word before it or to the punctuation after it ("nice:)", ":).").
  // Its mouth must not be a letter: "Note:D" is more likely a label than ":D".
  uint32_t glued_emoticon_end(uint32_t i, uint32_t e) const {
    for (uint32_t len = std::min<uint32_t>(4, e - i); len >= 2; --len) {
      uint32_t end = i + len;
      if (std::strchr(")(][|", t_[end - 1]) == nullptr) continue;
      if (end < e && std::strchr(".,!?", t_[end]) == nullptr) continue;
      if (is_emoticon(t_.substr(i, len))) return end;
    }
    return 0;
  }

  // Length of the word of letters that ends at i (starts at i), 0 when digits touch it.
  static bool is_letter_byte(char c) {
    return is_alpha(c) || static_cast<unsigned char>(c) >= 0x80;
  }
  uint32_t letters_before(uint32_t i, uint32_t piece) const {
    uint32_t j = i;
    while (j > piece && is_letter_byte(t_[j - 1])) --j;
    return j > piece && is_digit(t_[j - 1]) ? 0 : i - j;
  }
  uint32_t letters_after(uint32_t i, uint32_t e) const {
    uint32_t j = i;
    while (j < e && is_letter_byte(t_[j])) ++j;
    return j < e && is_digit(t_[j]) ? 0 : j - i;
  }

  bool is_word_at(uint32_t i) const { return is_word_cp(decode_utf8(t_, i).cp); }
  bool is_word_before(uint32_t i) const {
    uint32_t j = i - 1;
    while (j > 0 && (static_cast<unsigned char>(t_[j]) & 0xC0) == 0x80) --j;
    return is_word_cp(decode_utf8(t_, j).cp);
  }

  // A piece holds word characters, apostrophes, full stops and in-word punctuation.
  void flush_piece(uint32_t b, uint32_t e) {
    if (b >= e) return;
    // Leading quotes and backticks.
    while (b < e) {
      std::string_view s = t_.substr(b, e - b);
      uint32_t q = single_quote_at(s, 0);
      if (q != 0) q += single_quote_at(s, q);  // two single quotes ('' ‘’) make a double one
      if (q == 0 && s[0] == '`') q = (s.size() >= 2 && s[1] == '`') ? 2 : 1;
      if (q == 0 || q == s.size()) break;
      std::string_view rest = s.substr(q);
      if (is_digit(rest[0])) break;  // '90s
      if (q < 3 && s[0] == '\'' && is_clitic(rest)) break;
      if (q == 3 && s.substr(0, 3) == kRsquo && is_clitic(rest)) break;
      emit(b, b + q);
      b += q;
    }
    // Trailing apostrophes (closing quotes, plural possessives) and full stops.
    std::vector<std::pair<uint32_t, uint32_t>> trail;
    while (e > b) {
      std::string_view s = t_.substr(b, e - b);
      // A closing double quote made of two single ones ('' ’’).
      uint32_t q = single_quote_before(s, s.size());
      uint32_t q2 = q == 0 ? 0 : single_quote_before(s, s.size() - q);
      if (q2 != 0) {
        if (s.size() == q + q2) break;
        trail.emplace_back(e - q - q2, e);
        e -= q + q2;
        continue;
      }
      if (s.size() > 1 && s.back() == '\'') {
        trail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      if (s.size() > 3 && (s.substr(s.size() - 3) == kRsquo || s.substr(s.size() - 3) == kLsquo)) {
        trail.emplace_back(e - 3, e);
        e -= 3;
        continue;
      }
      if (s.size() > 1 && s.back() == '.') {
        std::string_view word = s.substr(0, s.size() - 1);
        // "No." is the number sign only before a number ("No. 2"); else it is the word no.
        bool number_sign = iequals(word, "No") || iequals(word, "Nos");
        if (abbreviation_kind(word) != AbbrevKind::None && (!number_sign || number_follows(e)))
          break;
        trail.emplace_back(e - 1, e);
        --e;
        continue;
      }
      break;
    }
    split_clitics(b, e);
    for (size_t k = trail.size(); k-- > 0;) emit(trail[k].first, trail[k].second);
  }

  bool number_follows(uint32_t i) const {
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t')) ++i;
    return i < t_.size() && is_digit(t_[i]);
  }

  // Length of a single quotation mark or apostrophe (' ‘ ’) at s[i] or ending at s[end], or 0.
  static uint32_t single_quote_at(std::string_view s, size_t i) {
    if (uint32_t q = apostrophe_at(s, i)) return q;
    return i + 3 <= s.size() && s.substr(i, 3) == kLsquo ? 3 : 0;
  }
  static uint32_t single_quote_before(std::string_view s, size_t end) {
    if (end >= 1 && s[end - 1] == '\'') return 1;
    if (end >= 3 && (s.substr(end - 3, 3) == kRsquo || s.substr(end - 3, 3) == kLsquo)) return 3;
    return 0;
  }

  static bool is_clitic(std::string_view s) {
    return iequals(s, "s") || iequals(s, "re") || iequals(s, "ve") || iequals(s, "ll") ||
           iequals(s, "m") || iequals(s, "d");
  }

  // A number with a unit or a time of day glued on ("5km", "$3bn", "7:30pm", "24hrs") is two
  // tokens; ordinals and decades ("21st", "1990s") and single letters that are more often part
  // of a name or label ("3D", "5a") stay whole. Returns the length of the number or 0.
  static uint32_t number_before_unit(std::string_view s) {
    size_t k = 0;
    while (k < s.size() && (is_digit(s[k]) || s[k] == '.' || s[k] == ',' || s[k] == ':')) ++k;
    if (k == 0 || k == s.size() || !is_digit(s[k - 1])) return 0;
    std::string_view unit = s.substr(k);
    if (!std::all_of(unit.begin(), unit.end(), is_alpha)) return 0;
    if (unit.size() == 1) {
      // thousand, million, billion, pence, times
      return std::strchr("kKmMbBpPxX", unit[0]) != nullptr ? static_cast<uint32_t>(k) : 0;
    }
    for (std::string_view suffix : {"st", "nd", "rd", "th"})
      if (iequals(unit, suffix)) return 0;
    return static_cast<uint32_t>(k);
  }

  void split_clitics(uint32_t b, uint32_t e) {
    if (b >= e) return;
    std::string_view s = t_.substr(b, e - b);
    if (is_digit(s[0])) {
      if (uint32_t n = number_before_unit(s)) {
        emit(b, b + n);
        emit(b + n, e);
        return;
      }
    }
    // n't / n’t
    for (uint32_t alen : {1u, 3u}) {
      size_t n = 2 + alen;  // "n" + apostrophe + "t"
      if (s.size() > n && lower(s[s.size() - n]) == 'n' &&
          apostrophe_at(s, s.size() - n + 1) == alen && lower(s.back()) == 't') {
        emit(b, e - static_cast<uint32_t>(n));
        emit(e - static_cast<uint32_t>(n), e);
        return;
      }
    }
    // 's 're 've 'll 'm 'd
    for (size_t k = s.size(); k-- > 1;) {
      uint32_t alen = apostrophe_at(s, k);
      if (alen == 0 && s[k] == '`' && k + 2 == s.size()) alen = 1;  // mama`s: a typed apostrophe
      if (alen == 0) continue;
      std::string_view rest = s.substr(k + alen);
      // Decades and ages keep their 's: "the 1960's", "in our 20's".
      if (iequals(rest, "s") && s[k - 1] == '0' && std::all_of(s.begin(), s.begin() + k, is_digit))
        break;
      if (is_clitic(rest) && is_word_cp(decode_utf8(s, static_cast<uint32_t>(k - 1)).cp)) {
        // k-1 may point inside a multibyte character; decode handles only its first byte, so
        // accept any byte that is not punctuation.
        emit(b, b + static_cast<uint32_t>(k));
        emit(b + static_cast<uint32_t>(k), e);
        return;
      }
      break;
    }
    // Lower case or capitalised only: "IM" and "CANT" are more likely names or acronyms.
    if (may_be_contraction(s) &&
        std::none_of(s.begin() + 1, s.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
      for (const Split& sp : kSplits) {
        if (iequals(s, sp.word)) {
          emit(b, b + sp.at);
          emit(b + sp.at, e);
          return;
        }
      }
      if (uint32_t at = contraction_by_context(s, e)) {
        emit(b, b + at);
        emit(b + at, e);
        return;
      }
    }
    emit(b, e);
  }

  // "its", "your" and "Lets" written for "it's", "you're" and "Let's": split (as EWT does) only
  // when the next word cannot follow the possessive or the verb: "its a", "your not", "Lets go".
  // Returns where to split `s` (which ends at text offset e), or 0.
  uint32_t contraction_by_context(std::string_view s, uint32_t e) const {
    static constexpr std::array<std::string_view, 41> kAfterIts = {
        "a",        "an",         "the",      "this", "that",  "my",     "your",
        "his",      "her",        "their",    "our",  "me",    "you",    "him",
        "them",     "not",        "never",    "been", "going", "gonna",  "getting",
        "in",       "on",         "at",       "for",  "from",  "like",   "about",
        "so",       "too",        "really",   "just", "all",   "also",   "always",
        "probably", "definitely", "actually", "ok",   "okay",  "nothing"};
    static constexpr std::array<std::string_view, 17> kAfterYour = {
        "a",  "an",  "the",    "not",  "never", "going", "gonna", "getting", "being",
        "so", "too", "really", "just", "in",    "on",    "at",    "welcome"};
    bool its = iequals(s, "its"), your = iequals(s, "your"), lets = s == "Lets";
    if (!its && !your && !lets) return 0;
    // The next word: letters after spaces, not part of a hyphenated word ("its so-called").
    uint32_t i = e;
    while (i < t_.size() && (t_[i] == ' ' || t_[i] == '\t')) ++i;
    uint32_t j = i;
    while (j < t_.size() && is_alpha(t_[j])) ++j;
    if (j == i || i == e || (j < t_.size() && (t_[j] == '-' || t_[j] == '\'' || is_digit(t_[j]))))
      return 0;
    std::string_view next = t_.substr(i, j - i);
    if (lets) return next[0] >= 'a' && next[0] <= 'z' ? 3 : 0;
    auto listed = [&](const auto& list) {
      return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return w == next; });
    };
    if (its && listed(kAfterIts)) return 2;
    if (your && listed(kAfterYour)) return 3;
    return 0;
  }

  std::string_view t_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize_span(std::string_view text, uint32_t begin, uint32_t end, std::vector<Token>& out) {
  ChunkSplitter splitter(text, out);
  uint32_t i = begin;
  while (i < end) {
    CodePoint c = decode_utf8(text, i);
    if (is_space_cp(c.cp)) {
      i += c.len;
      continue;
    }
    uint32_t j = i;
    while (j < end) {
      CodePoint d = decode_utf8(text, j);
      if (is_space_cp(d.cp)) break;
      j += d.len;
    }
    size_t first = out.size();
    splitter.split(i, j);
    for (size_t k = first; k + 1 < out.size(); ++k) out[k].space_after = false;
    i = j;
  }
}

void tokenize(Document& doc) {
  doc.tokens.clear();
  doc.sentences.clear();
  const std::string_view text = doc.text;
  if (text.size() >= UINT32_MAX) return;
  tokenize_span(text, 0, static_cast<uint32_t>(text.size()), doc.tokens);
  // space_after: whether whitespace follows the token in the text.
  for (Token& tok : doc.tokens) {
    if (tok.end >= text.size()) {
      tok.space_after = true;  // CoNLL-U does not mark the end of the text
      continue;
    }
    tok.space_after = is_space_cp(decode_utf8(text, tok.end).cp);
  }
  split_sentences(doc);
}

}  // namespace kg
