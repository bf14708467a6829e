// The kg binary refuses wrong input with exit 2 and says what it expected (issue 25, item 1),
// and reports a failed write of its output with exit 6 (item 2).
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace kg;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

}  // namespace

TEST_CASE("unknown classes, types and malformed dates are usage errors", "[cli]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  REQUIRE(test::run(kg_command("ingest " + test::source_dir() + "/samples" + db)).exit_code == 0);

  auto relation = test::run(kg_command("relations --relation CONDEMNS" + db));
  CHECK(relation.exit_code == 2);
  CHECK_THAT(relation.output, Catch::Contains("did you mean CONDEMN?") &&
                                  Catch::Contains("valid: SAY, REPORT, CONDEMN"));
  auto type = test::run(kg_command("entities --type Persons" + db));
  CHECK(type.exit_code == 2);
  CHECK_THAT(type.output, Catch::Contains("did you mean Person?"));
  for (std::string date : {"2016-13-45", "yesterday", "2023-02-29", "2024-1-5"}) {
    auto since = test::run(kg_command("relations --since " + date + db));
    INFO(date << ": " << since.output);
    CHECK(since.exit_code == 2);
    CHECK_THAT(since.output, Catch::Contains("expected YYYY-MM-DD"));
  }
  CHECK(test::run(kg_command("relations --until 2024-02-29" + db)).exit_code == 0);
  auto exported = test::run(kg_command("export --format dot --relation CONDEMNS" + db));
  CHECK(exported.exit_code == 2);
  CHECK_THAT(exported.output, Catch::Contains("did you mean CONDEMN?"));
  CHECK(test::run(kg_command("neighbors Russia --relation TRANSFERS" + db)).exit_code == 2);
  CHECK(test::run(kg_command("explain Russia condem Japan" + db)).exit_code == 2);

  // A comma list of classes, in any case, gives the facts of each class.
  auto both = test::run(kg_command("relations --relation condemn,transfer --csv" + db));
  INFO(both.output);
  CHECK(both.exit_code == 0);
  CHECK_THAT(both.output, Catch::Contains(",CONDEMN,") && Catch::Contains(",TRANSFER,"));
  CHECK_THAT(both.output, !Catch::Contains(",SUPPORT,"));
  // Types too, in any case.
  auto types = test::run(kg_command("entities --type person,COUNTRY --limit 0 --csv" + db));
  CHECK(types.exit_code == 0);
  CHECK_THAT(types.output, Catch::Contains(",Person,") && Catch::Contains(",Country,"));
  CHECK_THAT(types.output, !Catch::Contains(",Organization,"));
}

TEST_CASE("kg vocabulary lists the relation classes with CAMEO codes, and the types", "[cli]") {
  auto table = test::run(kg_command("vocabulary"));
  CHECK(table.exit_code == 0);
  CHECK_THAT(table.output, Catch::Contains("CONDEMN") && Catch::Contains("111") &&
                               Catch::Contains("denounces") && Catch::Contains("Organization"));
  auto json = test::run(kg_command("vocabulary --json"));
  CHECK_THAT(json.output,
             Catch::Contains("\"kind\": \"type\"") && Catch::Contains("\"name\": \"Person\""));
}

TEST_CASE("every command that prints reports a failed write with exit 6", "[cli]") {
  if (!std::filesystem::exists("/dev/full")) KG_SKIP("needs /dev/full to make writes fail");
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  REQUIRE(test::run(kg_command("ingest " + test::source_dir() + "/samples" + db)).exit_code == 0);
  for (std::string command :
       {"relations" + db, "quotes --json" + db, "entities --csv" + db, "stats" + db,
        "export --format graphml" + db, "vocabulary" + std::string(),
        "extract " + test::source_dir() + "/samples/nk-russia-arms-transfer.txt"}) {
    // The parentheses keep standard error on the pipe while standard output goes to the full disk.
    auto result = test::run("(" + kg_command(command) + " > /dev/full)");
    INFO(command << ": " << result.output);
    CHECK(result.exit_code == 6);
    CHECK_THAT(result.output, Catch::Contains("kg: "));
  }
}

TEST_CASE("CSV cells a spreadsheet would run as formulas are neutralised; kg --version", "[cli]") {
  test::TempDir dir;
  test::write_file(dir.file("a.txt"),
                   "=HYPERLINK(\"http://example.invalid\") Ministers meet\n\n"
                   "March 3, 2025 | Lena Ortiz\n\n"
                   "\"We will build the bridge together,\" Foreign Minister Ana Pell said.\n");
  std::string db = " --db " + dir.file("kg.db");
  REQUIRE(test::run(kg_command("ingest " + dir.file("a.txt") + db)).exit_code == 0);
  auto csv = test::run(kg_command("quotes --csv" + db));
  INFO(csv.output);
  CHECK(csv.exit_code == 0);
  CHECK_THAT(csv.output, Catch::Contains(",\"'=HYPERLINK(\"\"http://example.invalid\"\")"));
  CHECK_THAT(csv.output, !Catch::Contains(",=HYPERLINK"));
  auto version = test::run(kg_command("--version"));
  CHECK(version.exit_code == 0);
  CHECK_THAT(version.output, Catch::StartsWith("kg ") && Catch::Contains("."));
}
