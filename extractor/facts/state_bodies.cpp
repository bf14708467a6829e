#include <algorithm>
#include <array>

#include "extractor/facts/relations.h"

namespace kg {

bool is_state_body_word(std::string_view word) {
  static constexpr std::array<std::string_view, 30> kWords = {
      "administration", "agency",     "army",        "assembly",  "authority", "bureau",
      "cabinet",        "central",    "commission",  "committee", "congress",  "council",
      "court",          "department", "directorate", "embassy",   "force",     "forces",
      "government",     "guard",      "military",    "ministry",  "navy",      "office",
      "official",       "parliament", "police",      "senate",    "service",   "state"};
  return std::find(kWords.begin(), kWords.end(), word) != kWords.end();
}

}  // namespace kg
