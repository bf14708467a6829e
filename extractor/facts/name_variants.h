// Variants of one name the article may print: its initials ("RIMS" for "Royal Institute for
// Maritime Studies"), hyphenation, and the words that mark armed forces.
#pragma once

#include <string>
#include <vector>

#include "extractor/core/extraction.h"
#include "extractor/core/text.h"
#include "extractor/facts/mentions.h"

namespace kg {

// The words of `s` split at spaces, empty pieces dropped.
std::vector<std::string> words_of(const std::string& s);
bool is_function_word(const std::string& w);
// Initials variants of a name: "Royal Institute for Maritime Studies" -> {"RIMS", "RIFMS"};
// all-capital words contribute whole ("UN Security Council" -> "UNSC").
std::vector<std::string> initials(const std::string& name);
// "Coastal Union Peace and Security Board (PSB)": the acronym spells the name's last words.
bool initials_end_with(const std::string& name, const std::string& acronym);
// The key with hyphens as spaces ("Kim Jong Un" is "Kim Jong-un").
std::string hyphen_folded(std::string key);
// "Coalition of Coastal Nations (CNC)": an acronym in parentheses right after an organisation's
// name abbreviates it even when it spells another language's words, if the first letters agree.
bool names_foreign_acronym(const Entity& e, const std::string& acronym);
// Armed forces named as such ("Ghanaian Armed Forces", "Kenyan Army").
bool is_armed_forces_name(const std::string& name);

}  // namespace kg
