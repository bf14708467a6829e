#include "extractor/facts/dates.h"

#include <array>
#include <cstdio>
#include <string_view>

#include "extractor/lexicon/lexicon.h"

namespace kg {
namespace {

struct Ymd {
  int y = 0, m = 0, d = 0;
};

// Days since 1970-01-01 (Howard Hinnant's algorithm) and back.
long days_from_civil(Ymd v) {
  int y = v.y - (v.m <= 2);
  long era = (y >= 0 ? y : y - 399) / 400;
  unsigned yoe = static_cast<unsigned>(y - era * 400);
  unsigned doy = (153 * (v.m + (v.m > 2 ? -3 : 9)) + 2) / 5 + v.d - 1;
  unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<long>(doe) - 719468;
}

Ymd civil_from_days(long z) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  unsigned doe = static_cast<unsigned>(z - era * 146097);
  unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  int y = static_cast<int>(yoe) + static_cast<int>(era) * 400;
  unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  unsigned mp = (5 * doy + 2) / 153;
  int d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  return {y + (m <= 2), m, d};
}

bool parse_ymd(const std::string& s, Ymd* out) {
  return s.size() >= 10 && std::sscanf(s.c_str(), "%4d-%2d-%2d", &out->y, &out->m, &out->d) == 3 &&
         out->m >= 1 && out->m <= 12 && out->d >= 1 && out->d <= 31;
}

std::string format(Ymd v) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", v.y, v.m, v.d);
  return buf;
}

int month_of(std::string_view w) {
  static constexpr std::array<std::string_view, 12> names = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  std::string l = to_lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  if (l == "sept") l = "sep";
  for (int i = 0; i < 12; ++i) {
    if (l == names[i]) return i + 1;
    // Abbreviations ("Jan", "Dec"); "May" and "March" are written out; "mar" alone is too risky.
    if (l.size() == 3 && names[i].substr(0, 3) == l && w.size() == 4 && w.back() == '.')
      return i + 1;
  }
  return 0;
}

int weekday_of(std::string_view w) {
  static constexpr std::array<std::string_view, 7> names = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  std::string l = to_lower(w);
  for (int i = 0; i < 7; ++i)
    if (l == names[i]) return i;
  return -1;
}

int number(const std::string& s, int max) {
  if (s.empty() || s.size() > 4) return -1;
  int v = 0;
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
    v = v * 10 + (c - '0');
  }
  return v <= max ? v : -1;
}

}  // namespace

std::string resolve_weekday(const std::string& published, int weekday, bool last, bool upcoming) {
  Ymd p;
  if (!parse_ymd(published, &p)) return "";
  long day = days_from_civil(p);
  int pub_weekday = static_cast<int>(((day % 7) + 7 + 3) % 7);  // 1970-01-01 was a Thursday
  int back = (pub_weekday - weekday + 7) % 7;
  if (upcoming) return format(civil_from_days(day + (weekday - pub_weekday + 7) % 7));
  if (last && back == 0) back = 7;
  return format(civil_from_days(day - back));
}

std::vector<DateMention> find_dates(const Document& doc) {
  std::vector<DateMention> out;
  Ymd pub;
  bool have_pub = parse_ymd(doc.meta.published, &pub);
  const auto& tk = doc.tokens;
  for (const Sentence& s : doc.sentences) {
    bool future = false;  // "will meet on Friday"
    for (uint32_t i = s.first_token; i < s.end_token; ++i) {
      std::string l = to_lower(tk[i].form);
      if (l == "will" || l == "'ll") future = true;
      if (int m = month_of(tk[i].form); m > 0) {
        uint32_t j = i + 1;
        int day = j < s.end_token ? number(tk[j].form, 31) : -1;
        if (day > 0) {
          ++j;
          int year = -1;
          if (j + 1 < s.end_token && tk[j].form == "," &&
              (year = number(tk[j + 1].form, 2200)) > 1000)
            j += 2;
          else if (j < s.end_token && (year = number(tk[j].form, 2200)) > 1000)
            ++j;
          Ymd v{year, m, day};
          if (year < 0) {
            if (!have_pub) continue;
            v.y = pub.y;
            // A month-day after publication is last year's ("Dec. 30" in a January article).
            if (days_from_civil(v) > days_from_civil(pub) + 1) --v.y;
          }
          out.push_back({i, j, format(v)});
          i = j - 1;
        }
        continue;
      }
      if (!have_pub) continue;
      if (int w = weekday_of(tk[i].form); w >= 0) {
        bool last = i > s.first_token && to_lower(tk[i - 1].form) == "last";
        bool next = i > s.first_token && to_lower(tk[i - 1].form) == "next";
        out.push_back({last ? i - 1 : i, i + 1,
                       resolve_weekday(doc.meta.published, w, last, future || next)});
      } else if (l == "yesterday" || l == "today") {
        out.push_back(
            {i, i + 1, format(civil_from_days(days_from_civil(pub) - (l == "yesterday")))});
      }
    }
  }
  return out;
}

}  // namespace kg
