#include "extractor/tokenize/token_shapes.h"

#include <algorithm>
#include <array>
#include <cstring>

namespace kg {
namespace {

inline bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Abbreviations that keep their full stop. Titles and the like never end a sentence.
constexpr std::array<std::string_view, 40> kTitles = {
    "Mr",     "Mrs",  "Ms",  "Dr",   "Prof", "Sr",  "Jr",   "St",   "Mt",   "Gov",
    "Sen",    "Rep",  "Gen", "Col",  "Lt",   "Sgt", "Capt", "Cmdr", "Adm",  "Maj",
    "Pres",   "Supt", "Det", "Insp", "Rev",  "Hon", "No",   "Nos",  "Vol",  "vs",
    "Messrs", "Mmes", "Fr",  "Brig", "Cpl",  "Pvt", "Ft",   "Gens", "Reps", "Sens"};
constexpr std::array<std::string_view, 64> kAbbreviations = {
    "Jan",   "Feb",  "Mar",  "Apr",  "Jun", "Jul",  "Aug",  "Sep",   "Sept", "Oct",    "Nov",
    "Dec",   "Mon",  "Tue",  "Tues", "Wed", "Thu",  "Thur", "Thurs", "Fri",  "Sat",    "Sun",
    "etc",   "Inc",  "Corp", "Ltd",  "Co",  "Bros", "Ave",  "Blvd",  "Rd",   "approx", "dept",
    "Dept",  "est",  "fig",  "Fig",  "p",   "pp",   "cf",   "al",    "Ala",  "Ariz",   "Ark",
    "Calif", "Colo", "Conn", "Del",  "Fla", "Ga",   "Ill",  "Ind",   "Kan",  "Ky",     "La",
    "Md",    "Mich", "Minn", "Miss", "Mo",  "Neb",  "Nev",  "Okla",  "Tenn"};
constexpr std::array<std::string_view, 18> kMoreAbbreviations = {
    "Ore",  "Pa",   "Tex", "Va",  "Vt",  "Wash", "Wis", "Wyo", "Univ",
    "Assn", "Attn", "ext", "Sts", "Drs", "eg",   "ie",  "Cal", "PS"};
// Abbreviations also written in capitals ("GEN.", "LTD."). State names are left out: "LA." and
// "ILL." in shouted text are more often words than abbreviations.
constexpr std::array<std::string_view, 8> kCompanyAbbreviations = {"Inc",  "Ltd",  "Corp", "Co",
                                                                   "Bros", "Dept", "Assn", "Attn"};

template <size_t N>
bool in_list(const std::array<std::string_view, N>& list, std::string_view w) {
  return std::find(list.begin(), list.end(), w) != list.end();
}

}  // namespace

AbbrevKind abbreviation_kind(std::string_view w) {
  if (w.empty()) return AbbrevKind::None;
  if (w.size() == 1 && is_alpha(w[0])) return AbbrevKind::Initial;
  if (in_list(kTitles, w)) return AbbrevKind::Title;
  if (in_list(kAbbreviations, w) || in_list(kMoreAbbreviations, w)) return AbbrevKind::Other;
  if (w.size() >= 2 && w.size() <= 6 &&
      std::all_of(w.begin(), w.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) {
    char buf[6];
    buf[0] = w[0];
    for (size_t i = 1; i < w.size(); ++i) buf[i] = static_cast<char>(w[i] + 32);
    std::string_view title(buf, w.size());
    if (in_list(kTitles, title)) return AbbrevKind::Title;
    if (in_list(kCompanyAbbreviations, title)) return AbbrevKind::Other;
  }
  if (w.find('.') != std::string_view::npos) {
    // U.S, U.N, a.m, e.g, Ph.D: dot-separated segments of one or two letters.
    size_t seg = 0;
    for (char c : w) {
      if (c == '.') {
        if (seg == 0) return AbbrevKind::None;
        seg = 0;
      } else if (is_alpha(c)) {
        if (++seg > 2) return AbbrevKind::None;
      } else {
        return AbbrevKind::None;
      }
    }
    return seg > 0 ? AbbrevKind::Dotted : AbbrevKind::None;
  }
  return AbbrevKind::None;
}

bool is_emoticon(std::string_view s) {
  if (s.size() < 2 || s.size() > 4) return false;
  size_t k = 0;
  if (s[k] != ':' && s[k] != ';' && s[k] != '=') return false;
  ++k;
  if (k < s.size() && (s[k] == '-' || s[k] == '\'')) ++k;
  if (k == s.size()) return false;
  for (; k < s.size(); ++k)
    if (std::strchr(")(DPpO/|][", s[k]) == nullptr) return false;
  return true;
}

}  // namespace kg
