// User corrections of entity resolution hold for articles ingested afterwards.
#include "graph/query/corrections.h"

#include <catch2/catch.hpp>

#include "extractor/core/error.h"
#include "graph/query/queries.h"
#include "test_support.h"

using namespace kg;

namespace {

int64_t entity_count(Store& store) { return store.counts().entities; }

}  // namespace

TEST_CASE("merge folds one entity into another, and later articles follow", "[corrections]") {
  Store store(":memory:");
  auto [doc1, ex1] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  ex1.entities[0].key = "country:north-korea-typo";  // an extractor mistake: two keys, one country
  store.add_article(doc1, ex1);
  auto [doc2, ex2] = test::small_article("Japan again condemned the DPRK.", "2024-01-11");
  store.add_article(doc2, ex2);
  REQUIRE(entity_count(store) == 3);
  REQUIRE(store.find_entities("DPRK").size() == 2);

  CHECK_THROWS_WITH(merge_entities(store, "DPRK", "Japan"), Catch::Contains("names 2 entities"));
  CorrectionReport report = merge_entities(store, "country:PRK", "country:north-korea-typo");
  CHECK(report.mentions_moved == 1);
  CHECK(report.relations_moved == 1);
  CHECK(entity_count(store) == 2);
  CHECK(store.find_entities("DPRK").size() == 1);
  auto facts = query_relations(store, {.subject = "Japan"});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].weight == 2);

  // A new article whose extractor makes the same mistake lands on the merged entity.
  auto [doc3, ex3] = test::small_article("Japan condemned DPRK a third time.", "2024-01-12");
  ex3.entities[0].key = "country:north-korea-typo";
  store.add_article(doc3, ex3);
  CHECK(entity_count(store) == 2);
  CHECK(query_relations(store, {.subject = "Japan"}).at(0).weight == 3);
  CHECK_THROWS_AS(merge_entities(store, "DPRK", "North Korea"), Error);  // already one entity
}

TEST_CASE("split gives an alias its own entity, and later articles follow", "[corrections]") {
  Store store(":memory:");
  auto [doc1, ex1] = test::small_article("Pyongyang was condemned by Japan.", "2024-01-10");
  ex1.entities[0].aliases = {"North Korea", "Pyongyang"};
  ex1.entities[0].mentions = {{0, 0, 9}};  // "Pyongyang"
  store.add_article(doc1, ex1);
  CHECK_THROWS_WITH(split_entity(store, "North Korea", "Seoul"), Catch::Contains("not an alias"));
  CHECK_THROWS_WITH(split_entity(store, "North Korea", "north korea"), Catch::Contains("own name"));

  CorrectionReport report = split_entity(store, "North Korea", "Pyongyang");
  CHECK(report.mentions_moved == 1);
  CHECK(report.relations_moved == 1);
  CHECK(entity_count(store) == 3);
  CHECK(store.find_entities("Pyongyang") != store.find_entities("North Korea"));
  CHECK(query_relations(store, {.object = "Pyongyang"}).size() == 1);

  // In a new article the extractor again folds "Pyongyang" into North Korea: the rule holds.
  auto [doc2, ex2] = test::small_article("Pyongyang drew criticism from Japan.", "2024-02-10");
  ex2.entities[0].aliases = {"North Korea", "Pyongyang"};
  ex2.entities[0].mentions = {{0, 0, 9}};
  store.add_article(doc2, ex2);
  CHECK(entity_count(store) == 3);
  auto facts = query_relations(store, {.object = "Pyongyang"});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].weight == 2);
  CHECK(query_relations(store, {.object = "North Korea"}).empty());
}
