// kg stats counts what the queries show, and a fact's weight is the number of distinct articles
// stating it (issue 25, items 8 and 9). Extractions are hand-written (`kg load`), names invented.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <map>

#include "cli_fixture.h"
#include "test_support.h"

using namespace kg;
using test::article_json;
using test::EntitySpec;

namespace {

const EntitySpec kLinde{"person:aurel linde", "Aurel Linde", "Person", {"Aurel Linde", "Linde"}};
const EntitySpec kGuild{
    "organization:marrow guild", "Marrow Guild", "Organization", {"Marrow Guild"}};
const EntitySpec kPort{"location:orsk harbour", "Orsk Harbour", "Location", {"Orsk Harbour"}};

// Three articles: the first states "Linde criticised the guild" twice, the second once more, the
// third is a near-copy of the second (a line added) and so states nothing again.
std::string articles() {
  std::vector<std::string> second = {
      "Aurel Linde criticised the Marrow Guild at a meeting in the town hall on Tuesday evening.",
      "The guild had raised its dues twice in a year, members of the council said afterwards.",
      "Several traders told reporters they would close their stalls if the dues rose again."};
  std::vector<std::string> copy = second;
  copy.push_back("Aurel Linde visited Orsk Harbour.");
  return article_json("c1", "2025-06-01",
                      {"Aurel Linde criticised the Marrow Guild.",
                       "Later Linde criticised the Marrow Guild again.",
                       "Aurel Linde visited Orsk Harbour."},
                      {kLinde, kGuild, kPort},
                      {{kLinde.key, "CONDEMN", kGuild.key, "", 0},
                       {kLinde.key, "CONDEMN", kGuild.key, "", 1},
                       {kLinde.key, "VISIT", kPort.key, "", 2}},
                      {{kLinde.key, "criticised the Marrow Guild again", 1}}) +
         article_json("c2", "2025-06-03", second, {kLinde, kGuild},
                      {{kLinde.key, "CONDEMN", kGuild.key, "", 0}}) +
         article_json(
             "c3", "2025-06-04", copy, {kLinde, kGuild, kPort},
             {{kLinde.key, "CONDEMN", kGuild.key, "", 0}, {kLinde.key, "VISIT", kPort.key, "", 3}});
}

rapidjson::Document json_of(const std::string& text) {
  rapidjson::Document json;
  json.Parse(text.c_str());
  REQUIRE(!json.HasParseError());
  return json;
}

int64_t total_of(const std::string& command) {
  auto result = test::run(command);
  INFO(command << "\n" << result.output);
  REQUIRE(result.exit_code == 0);
  return json_of(result.output)["total"].GetInt64();
}

}  // namespace

TEST_CASE("kg stats counts what the queries list", "[cli]") {
  test::TempDir dir;
  test::write_file(dir.file("in.jsonl"), articles());
  std::string db = " --db " + dir.file("kg.db");
  std::string kg = test::kg_binary() + " ";
  REQUIRE(test::run(kg + "load " + dir.file("in.jsonl") + db).exit_code == 0);
  auto stats = test::run(kg + "stats --json" + db);
  INFO(stats.output);
  REQUIRE(stats.exit_code == 0);
  rapidjson::Document json = json_of(stats.output);
  std::map<std::string, int64_t> count;
  for (const auto& row : json["rows"].GetArray())
    count[std::string(row["what"].GetString()) + "/" +
          (row["name"].IsNull() ? "" : row["name"].GetString())] = row["count"].GetInt64();

  CHECK(count["articles/"] == total_of(kg + "articles --json" + db));
  CHECK(count["entities/"] == total_of(kg + "entities --json" + db));
  CHECK(count["relations/"] == total_of(kg + "relations --json" + db));
  CHECK(count["quotes/"] == total_of(kg + "quotes --json" + db));
  CHECK(count["relations/"] == 2);          // two facts ...
  CHECK(count["relation mentions/"] == 4);  // ... from four sentences
  for (const char* relation : {"CONDEMN", "VISIT"})
    CHECK(count["relation/" + std::string(relation)] ==
          total_of(kg + "relations --relation " + relation + " --json" + db));
  for (const char* type : {"Person", "Organization", "Location"})
    CHECK(count["entity type/" + std::string(type)] ==
          total_of(kg + "entities --type " + type + " --json" + db));
}

TEST_CASE("a fact weighs as many articles as state it, not mentions or copies", "[cli]") {
  test::TempDir dir;
  test::write_file(dir.file("in.jsonl"), articles());
  std::string db = " --db " + dir.file("kg.db");
  std::string kg = test::kg_binary() + " ";
  auto loaded = test::run(kg + "load " + dir.file("in.jsonl") + db);
  INFO(loaded.output);
  REQUIRE(loaded.exit_code == 0);
  auto listed = test::run(kg + "relations --json" + db);
  INFO(listed.output);
  rapidjson::Document json = json_of(listed.output);
  REQUIRE(json["rows"].Size() == 2);
  const auto& condemn = json["rows"][0];
  CHECK(std::string(condemn["relation"].GetString()) == "CONDEMN");
  CHECK(condemn["articles"].GetInt() == 2);  // c1 and c2; c3 is a copy of c2
  CHECK(condemn["mentions"].GetInt() == 3);  // c1 says it twice
  CHECK(json["rows"][1]["articles"].GetInt() == 1);
  // --min-weight counts articles: the fact said twice in one article is not of weight 2.
  CHECK(total_of(kg + "relations --min-weight 2 --json" + db) == 1);
  // The exports weigh edges the same way.
  auto exported = test::run(kg + "export --format gexf -o " + dir.file("g.gexf") + db);
  REQUIRE(exported.exit_code == 0);
  std::string gexf = test::read_file(dir.file("g.gexf"));
  CHECK_THAT(gexf, Catch::Contains("label=\"CONDEMN\" weight=\"2\""));
  CHECK_THAT(gexf, Catch::Contains("label=\"VISIT\" weight=\"1\""));
}
