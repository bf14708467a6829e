#include "extractor/input/plain_text_layout.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <vector>

#include "extractor/core/text.h"

namespace kg {

namespace {

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) !=
        std::tolower(static_cast<unsigned char>(prefix[i])))
      return false;
  return true;
}

// Month number for a month name or its abbreviation ("Jan", "Sept"), 0 when none.
int month_number(std::string_view word) {
  static constexpr std::array<std::string_view, 12> kMonths = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (word.size() < 3) return 0;
  std::string lower;
  for (char c : word) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (lower == kMonths[m]) return static_cast<int>(m) + 1;
    if (lower.size() <= 4 && kMonths[m].substr(0, lower.size()) == lower &&
        (lower.size() == 3 || lower == "sept"))
      return static_cast<int>(m) + 1;
  }
  return 0;
}

size_t read_number(std::string_view s, size_t& pos, size_t max_digits) {
  size_t start = pos;
  size_t value = 0;
  while (pos < s.size() && pos - start < max_digits &&
         std::isdigit(static_cast<unsigned char>(s[pos])))
    value = value * 10 + static_cast<size_t>(s[pos++] - '0');
  return pos == start ? SIZE_MAX : value;
}

void skip_spaces(std::string_view s, size_t& pos) {
  while (pos < s.size() && (s[pos] == ' ' || s[pos] == '\t')) ++pos;
}

std::string format_date(size_t year, size_t month, size_t day) {
  char buffer[16];
  std::snprintf(buffer, sizeof buffer, "%04zu-%02zu-%02zu", year, month, day);
  return buffer;
}

// Skips an ordinal suffix after a day ("20th", "1st", "22nd") and a following " of" ("20th of
// March"); nothing when the letters go on into a word.
void skip_ordinal(std::string_view s, size_t& pos) {
  auto lower = [&](size_t i) {
    return i < s.size() ? static_cast<char>(std::tolower(static_cast<unsigned char>(s[i]))) : '\0';
  };
  std::string suffix{lower(pos), lower(pos + 1)};
  if (suffix != "st" && suffix != "nd" && suffix != "rd" && suffix != "th") return;
  if (std::isalpha(static_cast<unsigned char>(lower(pos + 2)))) return;
  pos += 2;
  if (lower(pos) == ' ' && lower(pos + 1) == 'o' && lower(pos + 2) == 'f' && lower(pos + 3) == ' ')
    pos += 3;
}

}  // namespace

std::optional<std::pair<std::string, size_t>> parse_date_prefix(std::string_view s) {
  size_t pos = 0;
  size_t year = 0, month = 0, day = 0;
  if (s.size() >= 10 && std::isdigit(static_cast<unsigned char>(s[0])) && s[4] == '-') {
    year = read_number(s, pos, 4);
    if (pos != 4 || s[pos++] != '-') return std::nullopt;
    month = read_number(s, pos, 2);
    if (pos >= s.size() || s[pos++] != '-') return std::nullopt;
    day = read_number(s, pos, 2);
  } else if (!s.empty() && std::isdigit(static_cast<unsigned char>(s[0]))) {  // 10 January 2024
    day = read_number(s, pos, 2);
    skip_ordinal(s, pos);
    skip_spaces(s, pos);
    size_t word = pos;
    while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
    month = static_cast<size_t>(month_number(s.substr(word, pos - word)));
    if (pos < s.size() && s[pos] == '.') ++pos;
    if (pos < s.size() && s[pos] == ',') ++pos;
    skip_spaces(s, pos);
    year = read_number(s, pos, 4);
  } else {  // Jan. 10, 2024
    while (pos < s.size() && std::isalpha(static_cast<unsigned char>(s[pos]))) ++pos;
    month = static_cast<size_t>(month_number(s.substr(0, pos)));
    if (month == 0) return std::nullopt;
    if (pos < s.size() && s[pos] == '.') ++pos;
    skip_spaces(s, pos);
    day = read_number(s, pos, 2);
    skip_ordinal(s, pos);
    if (pos < s.size() && s[pos] == ',') ++pos;
    skip_spaces(s, pos);
    year = read_number(s, pos, 4);
  }
  if (year == SIZE_MAX || day == SIZE_MAX || year < 1800 || year > 2200 || month < 1 ||
      month > 12 || day < 1 || day > 31)
    return std::nullopt;
  std::string date = format_date(year, month, day);
  // An optional time: "- 14:57", "14:57", "T14:57", ", 09:30".
  size_t after_date = pos;
  size_t t = pos;
  while (t < s.size() && (s[t] == ' ' || s[t] == '-' || s[t] == ',' || s[t] == 'T' || s[t] == '|'))
    ++t;
  size_t hour_pos = t;
  size_t hour = read_number(s, t, 2);
  if (hour != SIZE_MAX && t < s.size() && s[t] == ':' && hour < 24) {
    ++t;
    size_t minute_start = t;
    size_t minute = read_number(s, t, 2);
    if (minute != SIZE_MAX && t - minute_start == 2 && minute < 60) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "T%02zu:%02zu", hour, minute);
      return std::make_pair(date + buffer, t);
    }
  }
  (void)hour_pos;
  return std::make_pair(date, after_date);
}

namespace {

// A word printed in capitals ("MOWAT") in its usual case ("Mowat"); other words unchanged.
std::string usual_case(std::string_view word) {
  size_t letters = 0;
  for (char c : word) {
    if (std::islower(static_cast<unsigned char>(c))) return std::string(word);
    if (std::isalpha(static_cast<unsigned char>(c))) ++letters;
  }
  std::string out(word);
  if (letters < 2) return out;
  bool start = true;
  for (char& c : out) {
    bool alpha = std::isalpha(static_cast<unsigned char>(c));
    if (alpha && !start) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    start = !alpha && c != '\'';
  }
  return out;
}

// The first date anywhere in `s` ("PUBLISHED: 10:48, Tue, Nov 19, 2019"), tried at each word.
std::string find_date(std::string_view s) {
  for (size_t i = 0; i < s.size(); ++i) {
    if (i > 0 && std::isalnum(static_cast<unsigned char>(s[i - 1]))) continue;
    if (!std::isalnum(static_cast<unsigned char>(s[i]))) continue;
    if (auto date = parse_date_prefix(s.substr(i))) return date->first;
  }
  return {};
}

// Skips what may follow a date before the byline: times ("8:41"), "AM"/"PM", time zones (GMT,
// UTC, EST, "ist": short words in capitals) and separators ("/", "|", "-", dashes, commas).
std::string_view skip_time_and_separators(std::string_view s) {
  for (;;) {
    s = trim(s);
    if (s.empty()) return s;
    if (s.front() == '/' || s.front() == '|' || s.front() == '-' || s.front() == ',') {
      s.remove_prefix(1);
      continue;
    }
    if (s.substr(0, 3) == "\xE2\x80\x94" || s.substr(0, 3) == "\xE2\x80\x93") {  // dashes
      s.remove_prefix(3);
      continue;
    }
    size_t end = 0;
    while (end < s.size() && !std::isspace(static_cast<unsigned char>(s[end])) && s[end] != ',' &&
           s[end] != '/' && s[end] != '|')
      ++end;
    std::string_view word = s.substr(0, end);
    bool time = !word.empty() && std::isdigit(static_cast<unsigned char>(word[0])) &&
                word.find(':') != std::string_view::npos;
    bool zone = word.size() >= 2 && word.size() <= 4 &&
                std::all_of(word.begin(), word.end(),
                            [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
    bool lower_zone = word == "am" || word == "pm" || word == "ist" || word == "a.m." ||
                      word == "p.m." || word == "AM" || word == "PM";
    if (!time && !zone && !lower_zone) return s;
    s.remove_prefix(end);
  }
}

// A byline name: one to five capitalised words (initials, hyphens and apostrophes allowed).
std::string read_name(std::string_view s) {
  s = trim(s);
  std::string name;
  int words = 0;
  size_t pos = 0;
  while (pos < s.size() && words < 5) {
    size_t start = pos;
    while (pos < s.size() && s[pos] != ' ' && s[pos] != ',' && s[pos] != '|') ++pos;
    std::string_view word = s.substr(start, pos - start);
    bool capitalised = !word.empty() && (std::isupper(static_cast<unsigned char>(word[0])) ||
                                         static_cast<unsigned char>(word[0]) >= 0x80);
    // Lower-case particles belong to a name when a capitalised word follows: "Pieter de Vries".
    static constexpr std::string_view kParticles[] = {"de", "van", "von", "der", "den", "da", "di",
                                                      "du", "del", "la",  "le",  "bin", "al"};
    bool particle =
        !name.empty() &&
        std::find(std::begin(kParticles), std::end(kParticles), word) != std::end(kParticles) &&
        pos + 1 < s.size() && std::isupper(static_cast<unsigned char>(s[pos + 1]));
    // A label ("PUBLISHED:") or a separator ends the name.
    bool label = !word.empty() && (word.back() == ':' || word.substr(0, 2) == "\xE2\x80");
    if ((!capitalised && !particle) || word == "And" || label) break;
    if (!name.empty()) name += ' ';
    name += usual_case(word);
    ++words;
    if (pos >= s.size() || s[pos] != ' ') break;
    ++pos;
  }
  return words >= 1 ? name : std::string();
}

// A byline's names: "A", "A, Agency", "A and B, Agency", "A, B and C" (joined by ", "); an
// agency after the last name's comma is no author. Only the names before a date or label count.
std::string byline_names(std::string_view s) {
  size_t stop = std::min(s.find_first_of("|:0123456789"), s.find("\xE2\x80"));
  size_t and_pos = s.find(" and ");
  if (and_pos == std::string_view::npos || and_pos > stop) return read_name(s);
  std::string names;
  for (std::string_view piece : split(s.substr(0, and_pos), ',')) {
    std::string name = read_name(piece);
    if (name.empty()) return read_name(s);
    names += (names.empty() ? "" : ", ") + name;
  }
  std::string last = read_name(s.substr(and_pos + 5));
  return last.empty() ? read_name(s) : names + ", " + last;
}

struct DatelineParts {
  std::string date;
  std::string author;
};

// Reads "DATE [- TIME] [By NAME]", "DATE | NAME", "By NAME[, Agency]", "Published: DATE".
std::optional<DatelineParts> read_dateline(std::string_view line) {
  DatelineParts parts;
  std::string_view rest = line;
  for (std::string_view label : {"published:", "updated:", "posted:", "published", "updated"})
    if (starts_with_ci(rest, label)) {
      rest = trim(rest.substr(label.size()));
      break;
    }
  if (starts_with_ci(rest, "by ")) {
    parts.author = byline_names(rest.substr(3));
    if (parts.author.empty()) return std::nullopt;
    parts.date = find_date(rest.substr(3));
    return parts;
  }
  auto date = parse_date_prefix(rest);
  if (!date) return std::nullopt;
  parts.date = date->first;
  rest = skip_time_and_separators(rest.substr(date->second));
  if (starts_with_ci(rest, "by ")) rest = rest.substr(3);
  if (!rest.empty()) parts.author = read_name(rest);
  return parts;
}

size_t word_count(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    bool space = std::isspace(static_cast<unsigned char>(c));
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

}  // namespace

// The names of one credit ("Ann Lee and Bo Park", "A, B and C"), joined by ", ";
// a place after "in" is no name ("A in Washington").
std::string credit_names(std::string_view s) {
  std::string names;
  size_t pos = 0;
  while (pos < s.size()) {
    size_t end = s.find(',', pos);
    size_t and_pos = s.find(" and ", pos);
    size_t cut = std::min(end, and_pos);
    std::string_view piece =
        trim(s.substr(pos, cut == std::string_view::npos ? s.npos : cut - pos));
    size_t in = piece.find(" in ");
    if (in != std::string_view::npos) piece = piece.substr(0, in);
    if (piece.substr(0, 4) == "and ") piece.remove_prefix(4);
    std::string name = read_name(piece);
    if (!name.empty()) names += (names.empty() ? "" : ", ") + name;
    if (cut == std::string_view::npos) break;
    pos = cut + (cut == and_pos ? 5 : 1);
  }
  return names;
}

// The wire credit line closing an article: "(Reporting by A; Writing by B; Editing by C)". The
// author is the writer, else the reporters; editors and "additional reporting" are no authors.
std::string read_credit_author(std::string_view text) {
  std::string_view body = trim(text);
  size_t line_start = body.rfind('\n');
  std::string_view line = trim(line_start == body.npos ? body : body.substr(line_start + 1));
  if (line.size() < 4 || line.front() != '(' || line.back() != ')') return {};
  line = line.substr(1, line.size() - 2);
  std::string writers, reporters;
  size_t pos = 0;
  while (pos <= line.size()) {
    size_t end = line.find(';', pos);
    std::string_view part = trim(line.substr(pos, end == line.npos ? line.npos : end - pos));
    if (starts_with_ci(part, "writing by "))
      writers = credit_names(part.substr(11));
    else if (starts_with_ci(part, "reporting by "))
      reporters = credit_names(part.substr(13));
    if (end == line.npos) break;
    pos = end + 1;
  }
  return writers.empty() ? reporters : writers;
}

ArticleMeta read_layout_metadata(std::string_view text) {
  ArticleMeta meta;
  // The header is the lines before the first long paragraph; look no further than a few lines.
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < 12) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = trim(text.substr(pos, end - pos));
    pos = end + 1;
    if (line.empty()) continue;
    lines.push_back(line);
  }
  std::string first_title;
  for (std::string_view line : lines) {
    if (line.size() > 160) break;  // body text: the header is over
    if (auto parts = read_dateline(line)) {
      if (meta.published.empty()) meta.published = parts->date;
      if (meta.author.empty()) meta.author = parts->author;
      continue;
    }
    // The headline: the first line of a few words that is not a sentence of body text.
    if (meta.title.empty() && meta.published.empty() && meta.author.empty() &&
        word_count(line) >= 3 && line.back() != '.')
      meta.title = std::string(line);
  }
  if (meta.published.empty() && meta.author.empty()) {
    // No header found: take a title only when the first line plainly stands alone.
    meta.title.clear();
    if (!lines.empty() && lines.front().size() <= 160 && lines.front().back() != '.' &&
        word_count(lines.front()) >= 3)
      meta.title = std::string(lines.front());
  }
  if (meta.author.empty()) meta.author = read_credit_author(text);
  return meta;
}

}  // namespace kg
