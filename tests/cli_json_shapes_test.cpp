// One JSON shape (issue 25, item 6): every query command's --json rows have exactly the fields,
// in the order and of the JSON types, that cli/json-shapes.md documents.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <map>
#include <sstream>
#include <utility>
#include <vector>

#include "cli_fixture.h"

using namespace kg;

namespace {

using Fields = std::vector<std::pair<std::string, std::string>>;  // name, documented type

// "## kg relations" sections of "| `field` | type | meaning |" rows.
std::map<std::string, Fields> documented_shapes() {
  std::istringstream doc(test::read_file(test::source_dir() + "/cli/json-shapes.md"));
  std::map<std::string, Fields> shapes;
  std::string line, command;
  while (std::getline(doc, line)) {
    if (line.rfind("## kg ", 0) == 0) command = line.substr(6);
    if (command.empty() || line.rfind("| `", 0) != 0) continue;
    size_t name_end = line.find('`', 3);
    size_t type_begin = line.find("| ", name_end) + 2;
    std::string type = line.substr(type_begin, line.find(" |", type_begin) - type_begin);
    shapes[command].emplace_back(line.substr(3, name_end - 3), type);
  }
  return shapes;
}

bool has_type(const rapidjson::Value& value, const std::string& type) {
  if (type == "string") return value.IsString();
  if (type == "string or null") return value.IsString() || value.IsNull();
  if (type == "integer") return value.IsInt64();
  if (type == "boolean") return value.IsBool();
  if (type == "array of strings") {
    if (!value.IsArray()) return false;
    for (const auto& item : value.GetArray())
      if (!item.IsString()) return false;
    return true;
  }
  FAIL("json-shapes.md names an unknown type: " << type);
  return false;
}

}  // namespace

TEST_CASE("every query command's --json rows have the documented shape", "[cli]") {
  test::TempDir dir;
  std::string db = test::load_cli_fixture(dir);
  std::map<std::string, Fields> shapes = documented_shapes();
  REQUIRE(shapes.size() == 11);
  // Each documented command, run so that it has rows (nulls included: an undated fact, a quote
  // without a date).
  const std::vector<std::pair<std::string, std::string>> runs = {
      {"relations", "relations"},
      {"entities", "entities"},
      {"neighbors", "neighbors country:DEU"},
      {"path", "path \"person:lena marchetti\" \"person:dario marchetti\""},
      {"quotes", "quotes"},
      {"explain", "explain \"Lena Marchetti\" MEET \"Dario Marchetti\""},
      {"explain", "explain FRA condemn DEU"},
      {"timeline", "timeline country:DEU"},
      {"stats", "stats"},
      {"vocabulary", "vocabulary"},
      {"articles", "articles"},
  };
  std::map<std::string, int> rows_checked;
  auto check = [&](const std::string& command, const std::string& args) {
    REQUIRE(shapes.count(command));
    auto result = test::run(test::kg_binary() + " " + args + " --json" +
                            (command == "vocabulary" ? "" : db));  // vocabulary needs no store
    INFO(args << ": " << result.output);
    REQUIRE(result.exit_code == 0);
    rapidjson::Document json;
    json.Parse(result.output.c_str());
    REQUIRE_FALSE(json.HasParseError());
    REQUIRE(json.IsObject());
    REQUIRE(json.MemberCount() == 3);
    REQUIRE((json.HasMember("rows") && json["rows"].IsArray()));
    REQUIRE((json.HasMember("shown") && json["shown"].IsInt64()));
    REQUIRE((json.HasMember("total") && json["total"].IsInt64()));
    CHECK(json["shown"].GetInt64() == static_cast<int64_t>(json["rows"].Size()));
    CHECK(json["total"].GetInt64() >= json["shown"].GetInt64());
    const Fields& fields = shapes[command];
    for (const auto& row : json["rows"].GetArray()) {
      REQUIRE(row.IsObject());
      REQUIRE(row.MemberCount() == fields.size());
      size_t i = 0;
      for (const auto& member : row.GetObject()) {
        INFO("field " << i << " of " << command);
        CHECK(member.name.GetString() == fields[i].first);
        CHECK(has_type(member.value, fields[i].second));
        ++i;
      }
      ++rows_checked[command];
    }
  };
  for (const auto& [command, args] : runs) check(command, args);
  // Corrections, last: they change the store the other commands read.
  REQUIRE(
      test::run(test::kg_binary() + " entities merge country:FRA location:paris" + db).exit_code ==
      0);
  REQUIRE(test::run(test::kg_binary() + " entities split country:DEU Berlin" + db).exit_code == 0);
  check("entities corrections", "entities corrections");
  for (const auto& [command, fields] : shapes) {
    INFO(command << " has no rows to check");
    CHECK(rows_checked[command] > 0);
  }
  // The nulls are real: an undated fact and a quote from an undated article.
  auto quotes = test::run(test::kg_binary() + " quotes --json" + db);
  CHECK_THAT(quotes.output, Catch::Contains("\"date\": null"));
  auto entities = test::run(test::kg_binary() + " entities --search Marchetti --json" + db);
  CHECK_THAT(entities.output,
             Catch::Contains("\"aliases\": [") && Catch::Contains("\"Marchetti\""));
}
