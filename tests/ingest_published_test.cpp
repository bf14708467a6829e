// `kg ingest --published DATE`: the date given on the command line fills articles whose text
// gives none, and never overrides a date the layout gives.
#include <catch2/catch.hpp>
#include <fstream>

#include "nlp_test_data.h"
#include "test_support.h"

using namespace kg;

TEST_CASE("ingest --published dates an article that has no date of its own", "[cli]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  std::ofstream(dir.file("a.txt")) << "Council approves new budget plan\n\nBy Ann Example\n\n"
                                      "The council approved the budget on Monday.\n";
  std::string kg = test::kg_binary();
  auto ingest = test::run(kg + " ingest " + dir.file("a.txt") + db + " --published 2016-03-24");
  INFO(ingest.output);
  REQUIRE(ingest.exit_code == 0);
  auto rows = test::run(kg + " relations --relation AUTHOR_OF --csv" + db);
  INFO(rows.output);
  CHECK_THAT(rows.output, Catch::Contains("2016-03-24"));
  auto bad = test::run(kg + " ingest " + dir.file("a.txt") + db + " --published soon");
  CHECK(bad.exit_code == 2);
}
