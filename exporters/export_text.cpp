#include "exporters/export_text.h"

#include <cctype>
#include <cstdio>

#include "extractor/core/utf8.h"

namespace kg {

std::string valid_utf8(std::string_view text) {
  static constexpr std::string_view kReplacement = "\xEF\xBF\xBD";
  std::string out;
  out.reserve(text.size());
  while (!text.empty()) {
    size_t valid = find_invalid_utf8(text).value_or(text.size());
    out.append(text.substr(0, valid));
    if (valid == text.size()) break;
    out += kReplacement;
    text.remove_prefix(valid + 1);
  }
  return out;
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
    if (!std::isdigit(static_cast<unsigned char>(text[i]))) return false;
  int month = (text[5] - '0') * 10 + (text[6] - '0');
  int day = (text[8] - '0') * 10 + (text[9] - '0');
  return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

Rgb type_colour(std::string_view type) {
  // A qualitative palette (ColorBrewer Set1/Set3 tones), readable on white.
  if (type == "Person") return {228, 26, 28};
  if (type == "Country") return {55, 126, 184};
  if (type == "Organization") return {77, 175, 74};
  if (type == "Location") return {152, 78, 163};
  if (type == "Resolution") return {255, 127, 0};
  if (type == "Group") return {166, 86, 40};
  if (type == "Document") return {247, 129, 191};
  if (type == "Weapon") return {80, 80, 80};
  if (type == "Facility") return {102, 194, 165};
  if (type == "Event") return {230, 171, 2};
  return {153, 153, 153};  // Concept and anything else
}

std::string hex_colour(Rgb colour) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "#%02X%02X%02X", colour.r, colour.g, colour.b);
  return buffer;
}

std::string join(const std::vector<std::string>& items, std::string_view separator) {
  std::string out;
  for (const std::string& item : items) {
    if (!out.empty()) out += separator;
    out += item;
  }
  return out;
}

}  // namespace kg
