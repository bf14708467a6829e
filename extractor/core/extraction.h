// What extraction finds in one Document: entities, facts (relations) and quotes.
//
// Every item carries a Span back into the document it came from. Entities are referred to by
// their index in Extraction::entities; an entity's `key` is its stable canonical id across
// articles ("country:PRK", "person:kim jong-un"), which the store and graph merge on.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kg {

enum class EntityType : uint8_t {
  Person,
  Country,
  Organization,
  Location,
  Resolution,
  Group,
  Document,
  Weapon,
  Facility,
  Event,
  Concept,
};

std::string_view to_string(EntityType type);
std::optional<EntityType> entity_type_from_string(std::string_view name);

// Where an item was found: sentence index and byte offsets into Document::text.
struct Span {
  int sentence = -1;
  uint32_t begin = 0;
  uint32_t end = 0;
};

struct Entity {
  std::string key;   // canonical id, stable across articles
  std::string name;  // canonical display name
  EntityType type = EntityType::Concept;
  std::vector<std::string> aliases;  // every surface form seen (name included)
  std::vector<Span> mentions;
};

// A further argument of a fact: recipient, instrument, location, time...
struct Argument {
  std::string role;
  std::string text;
  int entity = -1;  // index into Extraction::entities, or -1 when no entity
};

struct Relation {
  int subject = -1;  // index into Extraction::entities
  int object = -1;
  std::string relation;   // relation class (relations.tsv vocabulary), e.g. "CONDEMN"
  std::string predicate;  // predicate lemma as written, e.g. "condemnation"
  std::string date;       // "YYYY-MM-DD" of the clause, or empty
  bool negated = false;
  bool hedged = false;
  int attributed_to = -1;  // entity the fact is reported by, or -1
  double confidence = 1.0;
  std::vector<Argument> arguments;
  Span span;  // the sentence (or clause) the fact was read from
};

struct Quote {
  int speaker = -1;  // index into Extraction::entities, or -1 when unknown
  std::string text;  // the quoted words, without the quotation marks
  std::string cue;   // the speech verb lemma ("say", "according to", "read")
  Span span;         // the quoted words' offsets
};

struct Extraction {
  std::vector<Entity> entities;
  std::vector<Relation> relations;
  std::vector<Quote> quotes;
};

}  // namespace kg
