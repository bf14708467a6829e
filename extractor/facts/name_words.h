// What one word is, for the name finders: a date or clock word, a sentence opener, a particle
// inside names, a connector between names, a place glued to "-based", a company's legal form.
// Spelling alone, no context; stateless.
#pragma once

#include <cstddef>
#include <string>

#include "extractor/core/document.h"

namespace kg {

// Months, weekdays, clock words, time zones and date-line labels ("UPDATED"): never in a name.
bool is_date_word(const std::string& form);
// Capitalised function words that open sentences but never a name ("When", "Many").
bool is_sentence_opener(const std::string& form);
// Lower-case particles inside names ("de", "van", "bin").
bool is_name_particle(const std::string& form);
// "al-Rashid", "bin-Ali": an Arabic article or patronymic glued to a capitalised name.
bool particle_prefixed(const std::string& form);
// "of", "for", "and", "&", "'s": the words that join the parts of a longer name.
bool is_connector(const Token& t);
// "-led", "-backed", "-funded" (with the dash): a hyphened suffix whose stem leads or backs.
bool agent_suffix(const std::string& suffix);
// Where the place part of "Oslo-based", "Lagos-born" ends, or npos.
size_t place_suffix_at(const std::string& form);

bool is_capitalised(const std::string& form);
bool is_all_caps_word(const std::string& form);
// "YouTube", "SpaceX", "BlackRock": a capital after a lower-case letter inside one word, written
// like a brand; not the surnames so written ("McCain", "DeSantis", "LeBlanc", "MacArthur").
bool camel_case_brand(const std::string& form);
// "Congress", "Parliament", "Senate", "Knesset": a body named by its word alone.
bool lone_body_word(const std::string& form);
// Company legal forms that may be left off a name ("Ltd", "Inc.", "AG").
bool is_legal_form(const std::string& word);

}  // namespace kg
