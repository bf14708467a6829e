#include "extractor/core/extraction.h"

#include <array>

namespace kg {
namespace {

constexpr std::array<std::string_view, 11> kTypeNames = {
    "Person",   "Country", "Organization", "Location", "Resolution", "Group",
    "Document", "Weapon",  "Facility",     "Event",    "Concept"};

}  // namespace

std::string_view to_string(EntityType type) { return kTypeNames[static_cast<size_t>(type)]; }

std::optional<EntityType> entity_type_from_string(std::string_view name) {
  for (size_t i = 0; i < kTypeNames.size(); ++i) {
    if (kTypeNames[i].size() != name.size()) continue;
    bool same = true;
    for (size_t c = 0; c < name.size() && same; ++c)
      same = (kTypeNames[i][c] | 0x20) == (name[c] | 0x20);
    if (same) return static_cast<EntityType>(i);
  }
  return std::nullopt;
}

}  // namespace kg
