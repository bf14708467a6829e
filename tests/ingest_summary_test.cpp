// The ingest summary's table: facts ranked by supporting articles, then mentions, without bylines.
#include <catch2/catch.hpp>

#include "graph/query/summary.h"
#include "test_support.h"

using namespace kg;

TEST_CASE("top facts rank by supporting articles, then mentions, and leave out excluded classes",
          "[query][summary]") {
  Store store(":memory:");
  // Article 1: Japan condemns North Korea twice, a byline; article 2: Japan condemns it again.
  auto [doc, ex] =
      test::small_article("Japan condemned DPRK. Japan condemned DPRK again.", "2024-01-10");
  int writer =
      test::add_entity(doc, ex, "person:ada quill", "Ada Quill", EntityType::Person, "Japan");
  test::add_fact(doc, ex, 1, "CONDEMN", "condemn", 0);
  test::add_fact(doc, ex, writer, "AUTHOR_OF", "write", 0);
  test::add_fact(doc, ex, writer, "AUTHOR_OF", "write", 1);
  test::add_fact(doc, ex, writer, "AUTHOR_OF", "write", 1);
  store.add_article(doc, ex);
  auto [doc2, ex2] = test::small_article("Japan condemned DPRK on Monday.", "2024-02-01");
  test::add_fact(doc2, ex2, 0, "ACCUSE", "accuse", 1);
  test::add_fact(doc2, ex2, 0, "ACCUSE", "accuse", 1);
  test::add_fact(doc2, ex2, 0, "ACCUSE", "accuse", 1);
  store.add_article(doc2, ex2);

  std::vector<TopFact> top = top_facts(store, 10, {"AUTHOR_OF"});
  REQUIRE(top.size() == 2);
  CHECK(top[0].relation == "CONDEMN");  // 2 articles beat 3 mentions in one
  CHECK(top[0].articles == 2);
  CHECK(top[0].mentions == 3);
  CHECK(top[1].relation == "ACCUSE");
  CHECK(top[1].articles == 1);
  CHECK(top[1].mentions == 3);
  CHECK(top_facts(store, 10, {}).size() == 4);
  CHECK(top_facts(store, 1, {"AUTHOR_OF"}).size() == 1);
}
