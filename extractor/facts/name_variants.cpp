#include "extractor/facts/name_variants.h"

#include <algorithm>

namespace kg {

std::vector<std::string> words_of(const std::string& s) {
  std::vector<std::string> out;
  for (auto& w : split(s, ' '))
    if (!w.empty()) out.push_back(w);
  return out;
}

bool is_function_word(const std::string& w) {
  return w == "of" || w == "for" || w == "and" || w == "the" || w == "on" || w == "'s";
}

// Initials variants of a name: "Royal Institute for Maritime Studies" -> {"RIMS", "RIFMS"};
// all-capital words contribute whole ("UN Security Council" -> "UNSC").
std::vector<std::string> initials(const std::string& name) {
  std::string without, with;
  for (const auto& w : words_of(name)) {
    std::string clean;
    for (char c : w)
      if (c != '.') clean += c;
    if (clean.empty()) continue;
    if (is_function_word(clean)) {
      if (clean != "'s") with += static_cast<char>(clean[0] - 32);
      continue;
    }
    std::string piece = is_all_caps_word(clean) ? clean : std::string(1, clean[0]);
    // "People's" -> "P", "Democratic" -> "D"
    without += piece;
    with += piece;
  }
  return {without, with};
}

// "Coastal Union Peace and Security Board (PSB)": the acronym spells the name's last words.
bool initials_end_with(const std::string& name, const std::string& acronym) {
  for (const auto& i : initials(name))
    if (i.size() >= acronym.size() &&
        i.compare(i.size() - acronym.size(), acronym.size(), acronym) == 0)
      return true;
  return false;
}

std::string hyphen_folded(std::string key) {
  std::replace(key.begin(), key.end(), '-', ' ');
  return key;
}

// "Coalition of Coastal Nations (CNC)": an acronym in parentheses right after an organisation's
// name abbreviates it even when it spells another language's words, if the first letters agree.
bool names_foreign_acronym(const Entity& e, const std::string& acronym) {
  return e.type == EntityType::Organization && acronym.size() >= 2 && !e.name.empty() &&
         e.name[0] == acronym[0] && !is_all_caps_word(e.name);
}

// Armed forces named as such ("Ghanaian Armed Forces", "Kenyan Army").
bool is_armed_forces_name(const std::string& name) {
  return name.ends_with(" Armed Forces") || name.ends_with(" Army") ||
         name.ends_with(" Military") || name.ends_with(" Defence Forces") ||
         name.ends_with(" Defense Forces");
}

}  // namespace kg
