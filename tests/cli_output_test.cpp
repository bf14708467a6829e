// Output a person can read (issue 25, item 5): control characters escaped in tables, tables cut to
// the terminal's width (KG_WIDTH stands in for a terminal here), and --limit cuts that say so.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "cli_fixture.h"

using namespace kg;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

size_t longest_line(const std::string& text) {
  size_t longest = 0, begin = 0;
  while (begin < text.size()) {
    size_t end = text.find('\n', begin);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(begin, end - begin);
    size_t width = 0;  // code points: the fixture's wide text is Latin
    for (char c : line) width += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    longest = std::max(longest, width);
    begin = end + 1;
  }
  return longest;
}

}  // namespace

TEST_CASE("tables show control characters escaped, never raw", "[cli]") {
  test::TempDir dir;
  std::string db = test::load_cli_fixture(dir);
  for (std::string command : {"quotes", "timeline country:DEU", "explain FRA CONDEMN DEU"}) {
    auto table = test::run(kg_command(command + db));
    INFO(command << ": " << table.output);
    CHECK(table.exit_code == 0);
    CHECK(table.output.find('\x1b') == std::string::npos);
    CHECK_THAT(table.output, Catch::Contains("\\x1b["));
  }
  // Scripts get the text as stored: JSON escapes it its own way.
  auto json = test::run(kg_command("quotes --json" + db));
  CHECK_THAT(json.output, Catch::Contains("\\u001B[31mtoday"));
}

TEST_CASE("tables fit the terminal width, cutting long cells with an ellipsis", "[cli]") {
  test::TempDir dir;
  std::string db = test::load_cli_fixture(dir);
  auto wide = test::run(kg_command("relations --evidence" + db));
  CHECK(longest_line(wide.output) > 150);  // not a terminal: nothing is cut
  CHECK_THAT(wide.output, Catch::Contains("before the autumn."));
  auto narrow = test::run("KG_WIDTH=80 " + kg_command("relations --evidence" + db));
  INFO(narrow.output);
  CHECK(narrow.exit_code == 0);
  CHECK(longest_line(narrow.output) <= 80);
  CHECK_THAT(narrow.output, Catch::Contains("\u2026") && Catch::Contains("France"));
  CHECK_THAT(narrow.output, !Catch::Contains("before the autumn."));
  // The full text stays in JSON.
  auto json = test::run("KG_WIDTH=80 " + kg_command("relations --json" + db));
  CHECK_THAT(json.output, Catch::Contains("before the autumn."));
}

TEST_CASE("every list command takes --limit and says when it cuts", "[cli]") {
  test::TempDir dir;
  std::string db = test::load_cli_fixture(dir);
  for (std::string command : {"relations", "entities", "neighbors country:DEU",
                              "timeline country:DEU", "quotes", "explain FRA CONDEMN DEU"}) {
    auto all = test::run(kg_command(command + " --limit 0 --json" + db));
    INFO(command << ": " << all.output);
    REQUIRE(all.exit_code == 0);
    rapidjson::Document full;
    full.Parse(all.output.c_str());
    REQUIRE(full.IsObject());
    int64_t total = full["total"].GetInt64();
    CHECK(full["shown"].GetInt64() == total);
    if (total < 2) continue;  // nothing to cut
    auto cut = test::run(kg_command(command + " --limit 1 --json" + db));
    rapidjson::Document one;
    one.Parse(cut.output.c_str());
    REQUIRE(one.IsObject());
    CHECK(one["rows"].Size() == 1);
    CHECK(one["shown"].GetInt64() == 1);
    CHECK(one["total"].GetInt64() == total);
    auto table = test::run(kg_command(command + " --limit 1" + db));
    CHECK_THAT(table.output, Catch::Contains("showing 1 of " + std::to_string(total) + " rows"));
  }
  // entities cuts at 50 by default; a store this small is not cut, and says nothing.
  auto entities = test::run(kg_command("entities" + db));
  CHECK_THAT(entities.output, !Catch::Contains("showing"));
  auto relations = test::run(kg_command("relations --limit 2 --csv" + db));
  CHECK_THAT(relations.output, Catch::Contains("showing 2 of 4 rows"));
}
