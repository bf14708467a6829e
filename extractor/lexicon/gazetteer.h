// Names the extractor knows before reading an article: countries (models/countries.tsv, built by
// `kg make-gazetteer`), well-known organisations and groups (models/lexicon/organizations.tsv) and
// regions, states and provinces (models/lexicon/places.tsv) and cities that are not capitals
// (models/lexicon/cities.tsv).
//
// Lookup is by surface form as written (case-sensitive, curly apostrophes folded, runs of spaces
// folded). Immutable after load; thread-safe for lookups.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "extractor/core/extraction.h"

namespace kg {

enum class NameKind : uint8_t { Name, Official, Alt, Demonym, Capital };

struct KnownName {
  EntityType type = EntityType::Country;
  NameKind kind = NameKind::Name;
  std::string key;        // canonical entity key ("country:PRK", "organization:european union")
  std::string canonical;  // display name ("North Korea")
};

class Gazetteer {
 public:
  // Each throws kg::Error (Model) naming the file and line when it is missing or malformed.
  void load_countries(const std::string& path);
  void load_names(const std::string& path);  // name<TAB>type[<TAB>short forms]

  const KnownName* find(std::string_view surface) const;
  // Canonical name of a country key ("country:PRK" -> "North Korea"); empty when unknown.
  const std::string& country_name(const std::string& key) const;
  // Every name of the entity `key` (used to match initials and compass forms).
  const std::vector<std::string>& names_of(const std::string& key) const;
  size_t max_tokens() const { return 8; }

  // Folds curly apostrophes and whitespace runs so that text and lexicon spellings compare.
  static std::string normalise(std::string_view surface);

 private:
  void add(const std::string& surface, KnownName name);
  std::unordered_map<std::string, KnownName> names_;
  std::unordered_map<std::string, std::vector<std::string>> by_key_;
};

// "person:kim jong-un": lower-case, dots dropped, apostrophes folded, a leading "the" dropped.
std::string entity_key(EntityType type, std::string_view name);

}  // namespace kg
