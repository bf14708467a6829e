// Scores one article's extraction against its hand-made gold, by the rules of the gold format
// (../shared/eval/README.md; the same figures as the evaluation kit's score.py):
// - entities: recall over named gold entities (Person, Country, Organization, Location,
//   Resolution, Group), precision over system entities of named types; a capital kept as a city
//   (matched only through a metonym, typed as a place) is neither a hit nor an error; `split`
//   counts gold entities that came out as several entities, `conflated` system entities that
//   swallowed two;
// - relations: recall over required gold relations (alt subjects/objects, symmetric facts);
//   precision over system relations whose two ends resolve to gold entities; classes outside the
//   vocabulary are counted apart, neither hit nor error;
// - quotes: the speaker resolves to a gold speaker and the text holds at least 80% of the gold
//   words without being much longer;
// - metadata: title and author equal after normalisation, published date as a prefix.
#pragma once

#include <rapidjson/document.h>

#include <string>
#include <utility>
#include <vector>

#include "extractor/eval/vocabulary.h"

namespace kg::eval {

struct Accuracy {
  double precision = 0, recall = 0, f1 = 0;
};

struct EntityScore : Accuracy {
  int split = 0, conflated = 0;
  double type_accuracy = 0;
};

struct RelationScore : Accuracy {
  int scored = 0, unscored = 0, outside_vocabulary = 0;
};

struct QuoteScore : Accuracy {
  double text_recall = 0;  // the quoted words found, whoever they are given to
};

// What went wrong, for --verbose: names as the gold and the system write them.
struct ScoreDetails {
  std::vector<std::string> false_entities, missed_entities;
  std::vector<std::pair<std::string, std::vector<std::string>>> split_entities;  // gold -> system
  std::vector<std::pair<std::string, std::vector<std::string>>>
      conflated_entities;  // system -> gold
  std::vector<std::string> missed_relations, wrong_relations, missed_quotes;
};

struct ArticleScore {
  EntityScore entities;
  RelationScore relations;
  QuoteScore quotes;
  double metadata_accuracy = 0;
  double overall_f1 = 0;  // mean of the entity, relation and quote F1
  ScoreDetails details;
};

// `gold` is a gold file's object, `system` what `kg extract --format json` prints. Throws
// kg::Error(Input) prefixed with `gold_name` when the gold lacks a required field.
ArticleScore score_article(const rapidjson::Value& gold, const rapidjson::Value& system,
                           const RelationVocabulary& vocabulary, const std::string& gold_name);

}  // namespace kg::eval
