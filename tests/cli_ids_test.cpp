// JSON-LD identifiers of articles, facts and quotes are stable across stores (issue 25, item 9):
// two stores of the same articles, loaded in different orders, name each thing alike.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "cli_fixture.h"
#include "test_support.h"

using namespace kg;

namespace {

// @id -> what the node says (headline, statement sentence and class, quote text), for every
// article, statement and quote of an export.
std::map<std::string, std::string> identified(const std::string& path) {
  rapidjson::Document json;
  json.Parse(test::read_file(path).c_str());
  REQUIRE(!json.HasParseError());
  std::map<std::string, std::string> out;
  for (const auto& node : json["@graph"].GetArray()) {
    if (!node["@type"].IsString()) continue;  // entities have a list of types
    std::string type = node["@type"].GetString(), id = node["@id"].GetString();
    std::string what;
    if (type == "NewsArticle") what = node["headline"].GetString();
    if (type == "rdf:Statement")
      what = std::string(node["rdf:predicate"]["@id"].GetString()) + " " +
             node["rdf:subject"]["@id"].GetString() + " " + node["kg:sentence"].GetString();
    if (type == "Quotation") what = node["text"].GetString();
    if (what.empty()) continue;
    INFO(id);
    CHECK(out.emplace(id, what).second);  // one node per identifier
  }
  return out;
}

}  // namespace

TEST_CASE("JSON-LD ids do not depend on the order articles were stored in", "[cli][export]") {
  test::TempDir dir;
  std::istringstream lines(test::cli_fixture_jsonl());
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  test::write_file(dir.file("forward.jsonl"), first + "\n" + second + "\n");
  test::write_file(dir.file("backward.jsonl"), second + "\n" + first + "\n");
  std::map<std::string, std::string> ids[2];
  int i = 0;
  for (const char* name : {"forward", "backward"}) {
    std::string db = " --db " + dir.file(std::string(name) + ".db");
    auto loaded =
        test::run(test::kg_binary() + " load " + dir.file(std::string(name) + ".jsonl") + db);
    REQUIRE(loaded.exit_code == 0);
    std::string out = dir.file(std::string(name) + ".jsonld");
    auto exported = test::run(test::kg_binary() + " export --format jsonld -o " + out + db);
    INFO(exported.output);
    REQUIRE(exported.exit_code == 0);
    ids[i++] = identified(out);
  }
  CHECK(ids[0] == ids[1]);
  int articles = 0, facts = 0, quotes = 0;
  for (const auto& [id, what] : ids[0]) {
    articles += id.rfind("urn:kg:article:", 0) == 0;
    facts += id.rfind("urn:kg:fact:", 0) == 0;
    quotes += id.rfind("urn:kg:quote:", 0) == 0;
  }
  CHECK(articles == 2);
  CHECK(facts == 4);
  CHECK(quotes == 1);
}
