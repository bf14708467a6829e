// The query commands on a store of samples/, through the kg binary, with expected facts.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>

#include "test_support.h"

using namespace kg;

namespace {

// samples/ ingested once for all the query tests.
const std::string& samples_db() {
  static test::TempDir dir;
  static std::string db = [] {
    std::string path = dir.file("samples.db");
    auto result =
        test::run(test::kg_binary() + " ingest -q " + test::source_dir() + "/samples --db " + path);
    if (result.exit_code != 0) FAIL("ingest failed: " << result.output);
    return path;
  }();
  return db;
}

test::RunResult query(const std::string& args) {
  return test::run(test::kg_binary() + " " + args + " --db " + samples_db());
}

rapidjson::Document json_of(const test::RunResult& result) {
  rapidjson::Document doc;
  doc.Parse(result.output.c_str());
  INFO(result.output);
  REQUIRE_FALSE(doc.HasParseError());
  // --json prints {"rows": [...], "shown": N, "total": M} (cli/json-shapes.md).
  REQUIRE(doc.IsObject());
  REQUIRE(doc.HasMember("rows"));
  REQUIRE(doc["rows"].IsArray());
  rapidjson::Document rows;
  rows.CopyFrom(doc["rows"], rows.GetAllocator());
  return rows;
}

bool has_row(const rapidjson::Document& rows, const std::string& key, const std::string& value) {
  for (const auto& row : rows.GetArray())
    if (row.HasMember(key.c_str()) && row[key.c_str()].IsString() &&
        value == row[key.c_str()].GetString())
      return true;
  return false;
}

}  // namespace

TEST_CASE("entities: by type and by full-text search", "[query]") {
  auto people = json_of(query("entities --type person --limit 0 --json"));
  CHECK(has_row(people, "name", "Kim Jong-un"));
  for (const auto& row : people.GetArray()) CHECK(std::string(row["type"].GetString()) == "Person");
  auto search = json_of(query("entities --search korea --json"));
  CHECK(has_row(search, "id", "country:PRK"));
  CHECK(has_row(search, "id", "country:KOR"));
  CHECK_FALSE(has_row(search, "id", "country:RUS"));
}

TEST_CASE("neighbors: one hop and two hops", "[query]") {
  auto one = json_of(query("neighbors DPRK --json"));
  CHECK(has_row(one, "neighbor", "Russia"));
  for (const auto& row : one.GetArray()) CHECK(row["distance"].GetInt() == 1);
  auto two = json_of(query("neighbors \"Kim Jong-un\" --depth 2 --json"));
  CHECK(has_row(two, "neighbor", "North Korea"));
  CHECK(has_row(two, "neighbor", "Russia"));  // Kim -> North Korea -> Russia
  auto filtered = json_of(query("neighbors \"North Korea\" --relation transfer --json"));
  for (const auto& row : filtered.GetArray())
    CHECK(std::string(row["relation"].GetString()) == "TRANSFER");
}

TEST_CASE("path: a chain of facts with evidence", "[query]") {
  auto path = json_of(query("path \"Kim Jong-un\" Russia --json"));
  REQUIRE(path.Size() == 2);
  CHECK(std::string(path[0]["subject"].GetString()) == "Kim Jong-un");
  CHECK(std::string(path[1]["object"].GetString()) == "Russia");
  for (const auto& hop : path.GetArray())
    CHECK(std::string(hop["evidence"].GetString()).size() > 10);
  auto none = query("path \"Kim Jong-un\" Russia --max-depth 1");
  CHECK(none.exit_code == 0);
  CHECK_THAT(none.output, !Catch::Contains("Russia  "));
}

TEST_CASE("quotes: by speaker and by words", "[query]") {
  auto kim = json_of(query("quotes --speaker Kim --json"));
  REQUIRE(kim.Size() >= 3);
  for (const auto& row : kim.GetArray())
    CHECK(std::string(row["speaker"].GetString()) == "Kim Jong-un");
  auto words = json_of(query("quotes --search \"production process\" --json"));
  REQUIRE(words.Size() >= 1);
  CHECK_THAT(words[0]["quote"].GetString(), Catch::Contains("production process"));
}

TEST_CASE("explain, timeline and stats", "[query]") {
  auto explained = json_of(query("explain \"north korea\" transfer russia --json"));
  REQUIRE(explained.Size() >= 1);
  CHECK_THAT(explained[0]["evidence"].GetString(), Catch::Contains("Russia"));
  auto timeline = json_of(query("timeline Russia --json"));
  REQUIRE(timeline.Size() >= 2);
  for (size_t i = 1; i < timeline.Size(); ++i)
    CHECK(std::string(timeline[i - 1]["date"].GetString()) <= timeline[i]["date"].GetString());
  auto stats = json_of(query("stats --json"));
  CHECK(has_row(stats, "what", "articles"));
  CHECK(stats[0]["count"].GetInt() == 6);
}

TEST_CASE("output formats: CSV and JSON Lines", "[query]") {
  auto csv = query("relations --subject DPRK --csv");
  CHECK_THAT(csv.output, Catch::StartsWith("subject,relation,predicate,object,mentions,"));
  auto jsonl = query("relations --subject DPRK --jsonl");
  size_t lines = std::count(jsonl.output.begin(), jsonl.output.end(), '\n');
  CHECK(lines >= 2);
  rapidjson::Document first;
  first.Parse(jsonl.output.substr(0, jsonl.output.find('\n')).c_str());
  CHECK(std::string(first["subject"].GetString()) == "North Korea");
}

TEST_CASE("relations --limit keeps the heaviest facts in order, with their evidence", "[query]") {
  auto all = json_of(query("relations --json"));
  auto top = json_of(query("relations --limit 3 --json"));
  REQUIRE(all.Size() > 3);
  REQUIRE(top.Size() == 3);
  for (rapidjson::SizeType i = 0; i < 3; ++i)
    for (const char* field : {"subject", "relation", "object", "predicate", "mentions", "evidence"})
      CHECK(top[i][field] == all[i][field]);
  CHECK(top[0]["mentions"].GetInt() >= top[2]["mentions"].GetInt());
}
