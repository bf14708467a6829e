#include "graph/store/store.h"

#include <catch2/catch.hpp>

#include "extractor/core/error.h"
#include "graph/knowledge_graph.h"
#include "graph/query/queries.h"
#include "graph/store/names.h"
#include "graph/store/near_copies.h"
#include "graph/store/schema.h"
#include "graph/store/store_sql.h"
#include "test_support.h"

using namespace kg;

TEST_CASE("names normalise across spelling variants", "[store]") {
  CHECK(normalize_name("the U.S.") == "us");
  CHECK(normalize_name("Kim Jong-un") == normalize_name("kim jong un"));
  CHECK(normalize_name("People\xE2\x80\x99s Republic") == "people's republic");
  CHECK(normalize_name("  NORTH   Korea ") == "north korea");
}

TEST_CASE("an article is stored once, with versioned schema", "[store]") {
  Store store(":memory:");
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  auto id = store.add_article(doc, ex);
  REQUIRE(id);
  StoreCounts counts = store.counts();
  CHECK(counts.articles == 1);
  CHECK(counts.entities == 2);
  CHECK(counts.relations == 1);
  CHECK(counts.quotes == 1);
  CHECK(counts.mentions == 2);
  // The same text again changes nothing.
  CHECK_FALSE(store.add_article(doc, ex));
  CHECK(store.counts().articles == 1);
  CHECK(store.counts().relations == 1);

  sql::Statement version(store_database(store), "PRAGMA user_version");
  version.step();
  CHECK(version.int_at(0) == schema::kSchemaVersion);
  sql::Statement app(store_database(store), "PRAGMA application_id");
  app.step();
  CHECK(app.int_at(0) == schema::kApplicationId);
}

TEST_CASE("entities merge across articles on their key; aliases resolve", "[store]") {
  Store store(":memory:");
  auto [doc1, ex1] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  auto [doc2, ex2] = test::small_article("Japan again condemned the DPRK on Monday.", "2024-02-01");
  REQUIRE(store.add_article(doc1, ex1));
  REQUIRE(store.add_article(doc2, ex2));
  CHECK(store.counts().entities == 2);
  CHECK(store.find_entities("dprk").size() == 1);
  CHECK(store.find_entities("North Korea") == store.find_entities("DPRK"));
  CHECK(store.find_entities("country:PRK") == store.find_entities("DPRK"));

  std::vector<FactRow> facts = query_relations(store, {.subject = "japan", .relation = "condemn"});
  REQUIRE(facts.size() == 1);
  CHECK(facts[0].object == "North Korea");
  CHECK(facts[0].weight == 2);
  CHECK(facts[0].first_date == "2024-01-10");
  CHECK(facts[0].last_date == "2024-02-01");
  CHECK(query_relations(store, {.object = "Japan"}).empty());
  CHECK(query_relations(store, {.since = "2024-01-15"}).at(0).weight == 1);
}

TEST_CASE("an unknown name is an error with suggestions", "[store]") {
  Store store(":memory:");
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  store.add_article(doc, ex);
  try {
    query_relations(store, {.subject = "North"});
    FAIL("no error");
  } catch (const Error& e) {
    CHECK(e.kind() == ErrorKind::Usage);
    CHECK_THAT(e.what(), Catch::Contains("no entity named 'North'") &&
                             Catch::Contains("did you mean: North Korea"));
  }
}

TEST_CASE("a failed article leaves nothing behind", "[store]") {
  Store store(":memory:");
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  // A trigger makes the quote insert fail after the article, entities and relations went in.
  store_database(store).exec(
      "CREATE TRIGGER fail_quotes BEFORE INSERT ON quotes BEGIN SELECT RAISE(ABORT, 'boom'); END");
  CHECK_THROWS_AS(store.add_article(doc, ex), Error);
  StoreCounts counts = store.counts();
  CHECK(counts.articles == 0);
  CHECK(counts.relations == 0);
  CHECK(counts.mentions == 0);
  store_database(store).exec("DROP TRIGGER fail_quotes");
  CHECK(store.add_article(doc, ex));
}

TEST_CASE("a foreign or newer database is refused with its path", "[store]") {
  test::TempDir dir;
  {
    sql::Database other(dir.file("other.db"), true);
    other.exec("CREATE TABLE t (x)");
  }
  CHECK_THROWS_WITH(Store(dir.file("other.db")), Catch::Contains("other.db: not a kg database"));
  {
    Store store(dir.file("new.db"));
    store_database(store).exec("PRAGMA user_version = 99");
  }
  CHECK_THROWS_WITH(Store(dir.file("new.db")), Catch::Contains("newer than this kg supports"));
  test::write_file(dir.file("garbage.db"), std::string(4096, 'x'));
  CHECK_THROWS_AS(Store(dir.file("garbage.db")), Error);
}

// A store as an older kg wrote it: the first `version` migrations, then `rows`.
static void write_old_store(const std::string& path, int version, const char* rows) {
  sql::Database db(path, true);
  for (int v = 0; v < version; ++v) db.exec(schema::kMigrations[static_cast<size_t>(v)]);
  db.exec(("PRAGMA application_id = " + std::to_string(schema::kApplicationId)).c_str());
  db.exec(("PRAGMA user_version = " + std::to_string(version)).c_str());
  db.exec(rows);
}

TEST_CASE("a store of an older schema is upgraded even when opened for reading", "[store]") {
  test::TempDir dir;
  // Schema 4: no fact day, fact indexes without the other end.
  write_old_store(dir.file("old.db"), 4,
                  "INSERT INTO articles (id, content_hash, published, text) VALUES (1, 'h', "
                  "'2024-03-05T10:00', 'Japan condemned the DPRK.');"
                  "INSERT INTO entities VALUES (1, 'country:JPN', 'Japan', 'Country'), "
                  "(2, 'country:PRK', 'North Korea', 'Country');"
                  "INSERT INTO relations (article_id, subject_id, object_id, relation, predicate, "
                  "confidence, sentence, begin, end) VALUES (1, 1, 2, 'CONDEMN', 'condemn', 0.9, "
                  "0, 0, 25);");
  Store store(dir.file("old.db"), Store::Mode::ReadOnly);
  sql::Statement version(store_database(store), "PRAGMA user_version");
  REQUIRE(version.step());
  CHECK(version.int_at(0) == schema::kSchemaVersion);
  sql::Statement columns(store_database(store),
                         "SELECT count(*) FROM pragma_index_info('relations_by_subject')");
  REQUIRE(columns.step());
  CHECK(columns.int_at(0) == 5);
  sql::Statement day(store_database(store), "SELECT day FROM relations");
  REQUIRE(day.step());
  CHECK(day.text_at(0) == "2024-03-05");
}

TEST_CASE("a store of schema 5 (before articles of their own) is upgraded", "[store]") {
  test::TempDir dir;
  const char* body =
      "Delegates from Norway and Sweden walked out of the talks in the town of Velmora on Monday "
      "after a dispute over fishing rights, and officials said new talks could begin next month.";
  write_old_store(dir.file("old.db"), 5,
                  (std::string("INSERT INTO articles (id, content_hash, ext_id, text) VALUES (1, "
                               "'h', 'talks', '") +
                   body + "');")
                      .c_str());
  Store store(dir.file("old.db"));
  sql::Statement bands(store_database(store), "SELECT count(*) FROM article_bands");
  REQUIRE(bands.step());
  CHECK(bands.int_at(0) == kg::kBands);
  // A later copy of the old article is found through the keys the upgrade wrote.
  auto [doc, ex] = test::small_article(std::string(body) + " A line was added.", "2024-03-05");
  auto added = store.add_article(doc, ex);
  REQUIRE(added);
  CHECK(added->copy_of == std::optional<int64_t>(1));
}

TEST_CASE("the graph merges mentions into weighted edges", "[graph]") {
  Store store(":memory:");
  auto [doc1, ex1] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  auto [doc2, ex2] = test::small_article("Japan condemned DPRK again.", "2024-03-01");
  test::add_fact(doc2, ex2, 0, "TRANSFER", "supply", 1, "2024-02-20");
  store.add_article(doc1, ex1);
  store.add_article(doc2, ex2);

  KnowledgeGraph kg = load_graph(store);
  CHECK(kg.vertex_count() == 2);
  REQUIRE(kg.edge_count() == 2);
  const Graph& g = kg.graph();
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    if (g[e].relation == "CONDEMN") {
      CHECK(g[e].weight == 2);
      CHECK(g[e].evidence.size() == 2);
      CHECK(g[e].first_date == "2024-01-10");
      CHECK(g[e].last_date == "2024-03-01");
      CHECK(g[boost::source(e, g)].name == "Japan");
    } else {
      CHECK(g[e].relation == "TRANSFER");
      CHECK(g[e].first_date == "2024-02-20");
    }
  }
  CHECK(load_graph(store, {.relation = "TRANSFER"}).edge_count() == 1);
  CHECK(load_graph(store, {.min_weight = 2}).edge_count() == 1);
  CHECK(load_graph(store, {.min_weight = 3, .keep_isolated = false}).vertex_count() == 0);
}
