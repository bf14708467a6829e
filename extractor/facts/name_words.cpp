#include "extractor/facts/name_words.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace kg {
namespace {

constexpr std::array<std::string_view, 38> kDateWords = {
    "January",   "February", "March",    "April",    "May",    "June", "July",   "August",
    "September", "October",  "November", "December", "Jan.",   "Feb.", "Mar.",   "Apr.",
    "Aug.",      "Sep.",     "Sept.",    "Oct.",     "Nov.",   "Dec.", "Monday", "Tuesday",
    "Wednesday", "Thursday", "Friday",   "Saturday", "Sunday", "Jan",  "Feb",    "Aug",
    "Sep",       "Sept",     "Oct",      "Nov",      "Dec",    "I"};

// Clock words, time zones and the labels of a page's date line ("8:41 AM UTC", "UPDATED:"):
// never part of a name.
constexpr std::array<std::string_view, 22> kTimeWords = {
    "AM",  "PM",  "GMT", "UTC",  "EST", "EDT", "CST",  "CDT",  "MST",       "MDT",     "PST",
    "PDT", "BST", "CET", "CEST", "IST", "JST", "AEST", "AEDT", "PUBLISHED", "UPDATED", "POSTED"};

// Capitalised function words that open sentences but never a name ("When X arrived", "Many Y").
constexpr std::array<std::string_view, 52> kOpeners = {
    "When",     "Where",   "While",   "After",     "Before",  "If",      "As",        "Then",
    "Now",      "Here",    "There",   "Why",       "How",     "Also",    "Still",     "Yet",
    "So",       "Once",    "Since",   "Although",  "Though",  "Because", "Until",     "Unless",
    "Whether",  "What",    "Who",     "Which",     "Some",    "Many",    "Most",      "Both",
    "Each",     "Every",   "All",     "During",    "Despite", "Even",    "Only",      "This",
    "That",     "These",   "Those",   "Meanwhile", "However", "Like",    "Yesterday", "Today",
    "Tomorrow", "Tonight", "Earlier", "Later"};

// Lower-case particles inside personal and place names ("Porto de Lenha", "Ludwig van Dorn").
constexpr std::array<std::string_view, 19> kParticles = {
    "de",  "da",  "do",  "dos", "das", "du",  "del", "della", "di", "van",
    "von", "der", "den", "ter", "bin", "ibn", "al",  "el",    "la"};

// "Oslo-based", "Lagos-born": a place name glued to a participle that locates something.
constexpr std::array<std::string_view, 5> kPlaceSuffixes = {"-based", "-headquartered", "-born",
                                                            "-registered", "-listed"};

}  // namespace

bool is_date_word(const std::string& form) {
  return std::find(kDateWords.begin(), kDateWords.end(), form) != kDateWords.end() ||
         std::find(kTimeWords.begin(), kTimeWords.end(), form) != kTimeWords.end();
}

// "al-Rashid", "el-Sayed", "bin-Ali": an Arabic article or patronymic glued to a capitalised name.
bool particle_prefixed(const std::string& form) {
  for (std::string_view p : {"al-", "el-", "ad-", "as-", "ash-", "bin-", "ben-", "abu-"})
    if (form.size() > p.size() + 1 && form.compare(0, p.size(), p) == 0 && form[p.size()] >= 'A' &&
        form[p.size()] <= 'Z')
      return true;
  return false;
}

bool is_connector(const Token& t) {
  return t.form == "of" || t.form == "for" || t.form == "and" || t.form == "&" || t.form == "'s" ||
         t.form == "’s";
}

size_t place_suffix_at(const std::string& form) {
  for (auto suffix : kPlaceSuffixes)
    if (form.size() > suffix.size() + 1 && form.ends_with(suffix))
      return form.size() - suffix.size();
  return std::string::npos;
}

bool is_sentence_opener(const std::string& form) {
  return std::find(kOpeners.begin(), kOpeners.end(), form) != kOpeners.end();
}

bool is_name_particle(const std::string& form) {
  return std::find(kParticles.begin(), kParticles.end(), form) != kParticles.end();
}

bool is_capitalised(const std::string& form) {
  if (form.empty()) return false;
  unsigned char c = form[0];
  if (c >= 'A' && c <= 'Z') return true;
  // "G7": a digit-led form counts only with capitals in it.
  return false;
}

bool is_legal_form(const std::string& w) {
  static constexpr std::array<std::string_view, 36> kForms = {
      "Ltd", "Ltd.",   "Inc",  "Inc.", "Corp", "Corp.", "Co",      "Co.",         "LLC",
      "LLP", "PLC",    "plc",  "GmbH", "AG",   "SA",    "S.A.",    "NV",          "N.V.",
      "SE",  "ASA",    "AB",   "A/S",  "BV",   "B.V.",  "Oyj",     "SpA",         "S.p.A.",
      "SRL", "S.r.l.", "SARL", "PJSC", "JSC",  "Bhd",   "Limited", "Corporation", "Incorporated"};
  return std::find(kForms.begin(), kForms.end(), w) != kForms.end();
}

bool agent_suffix(const std::string& s) {
  return s == "-led" || s == "-backed" || s == "-ruled" || s == "-controlled" ||
         s == "-sponsored" || s == "-brokered" || s == "-funded" || s == "-allied" ||
         s == "-supported";
}

bool is_all_caps_word(const std::string& form) {
  int letters = 0;
  for (unsigned char c : form) {
    if (c >= 'A' && c <= 'Z')
      ++letters;
    else if (!(c == '.' || (c >= '0' && c <= '9')))
      return false;
  }
  return letters >= 2 && form.size() <= 8;
}

bool camel_case_brand(const std::string& form) {
  auto upper = [](char c) { return c >= 'A' && c <= 'Z'; };
  auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
  if (form.size() < 4 || !upper(form[0])) return false;
  for (const char* prefix : {"Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von"})
    if (form.starts_with(prefix) && form.size() > std::strlen(prefix) &&
        upper(form[std::strlen(prefix)]))
      return false;
  for (size_t i = 1; i < form.size(); ++i) {
    if (!lower(form[i]) && !upper(form[i])) return false;  // "O'Brien", "Al-Jazeera": no brand
    if (upper(form[i]) && lower(form[i - 1])) return true;
  }
  return false;
}

bool lone_body_word(const std::string& form) {
  for (const char* w : {"Congress", "Parliament", "Senate", "Pentagon", "Knesset", "Duma",
                        "Bundestag", "Majlis", "Politburo"})
    if (form == w) return true;
  return false;
}

}  // namespace kg
