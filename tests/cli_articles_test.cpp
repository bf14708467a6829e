// Articles as things of their own (issue 25, item 7): kg articles lists, shows and removes them;
// removing one leaves the store an ingest of the others would make; duplicate ids get distinct
// stable ids; near-copies of a stored article (item 8) are kept as copies without facts.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace kg;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

// Three invented articles: the first two share a fact (Norway ACCUSE the front).
void write_articles(const test::TempDir& dir) {
  std::filesystem::create_directories(dir.path() / "in");
  test::write_file(dir.file("in/a1.txt"),
                   "Norway condemns border attacks\n\nKandor Velsi, the foreign minister of "
                   "Norway, condemned the Brask Liberation Front on Monday. \"The attacks must "
                   "stop,\" Velsi said. Norway accused the Brask Liberation Front of shelling "
                   "villages near the border.\n");
  test::write_file(dir.file("in/a2.txt"),
                   "Fresh condemnation\n\nNorway condemned the Brask Liberation Front again on "
                   "Thursday. Mirela Tosk, a spokeswoman for the Halvern Institute, said the group "
                   "had violated the ceasefire. Norway accused the Brask Liberation Front of "
                   "shelling villages. Sweden pledged aid to Norway.\n");
  test::write_file(
      dir.file("in/a3.txt"),
      "Trade pact signed\n\nPeru signed a trade agreement with Chile on Friday. \"This "
      "is a new start,\" said Oren Dalby, the trade minister of Peru.\n");
}

const char* kTalks =
    "Delegates from Norway and Sweden walked out of the talks in the town of Velmora on Monday "
    "after a dispute over fishing rights. Norway accused Sweden of breaking the agreement signed "
    "last spring. \"We came here in good faith and we were met with threats,\" said Arvid Lenk, "
    "the head of the Norwegian delegation. Sweden rejected the accusation and said the quotas had "
    "been set by an independent panel. Officials from both countries said new talks could begin "
    "next month if the panel published its figures.\n";

}  // namespace

TEST_CASE("kg articles lists, shows and removes articles; removal leaves the others' store",
          "[cli]") {
  test::TempDir dir;
  write_articles(dir);
  std::string all = " --db " + dir.file("all.db"), two = " --db " + dir.file("two.db");
  REQUIRE(test::run(kg_command("ingest -q " + dir.file("in") + all)).exit_code == 0);

  auto listed = test::run(kg_command("articles --csv" + all));
  INFO(listed.output);
  CHECK(listed.exit_code == 0);
  CHECK_THAT(listed.output,
             Catch::StartsWith("id,title,date,source,facts,quotes,mentions,copy_of"));
  CHECK_THAT(listed.output, Catch::Contains("a1,Norway condemns border attacks,,") &&
                                Catch::Contains("a2,") && Catch::Contains("a3,"));
  auto limited = test::run(kg_command("articles --limit 1 --json" + all));
  CHECK_THAT(limited.output, Catch::Contains("\"id\": \"a1\"") && !Catch::Contains("\"a2\"") &&
                                 Catch::Contains("\"total\": 3"));
  CHECK_THAT(test::run(kg_command("articles --limit 1" + all)).output,
             Catch::Contains("showing 1 of 3 rows"));
  auto shown = test::run(kg_command("articles show a3 --csv" + all));
  CHECK(shown.exit_code == 0);
  CHECK_THAT(shown.output,
             Catch::Contains("title,Trade pact signed") && Catch::Contains("quotes,1"));
  CHECK(test::run(kg_command("articles show nosuch" + all)).exit_code == 2);

  auto removed = test::run(kg_command("articles remove a2" + all));
  INFO(removed.output);
  CHECK(removed.exit_code == 0);
  CHECK_THAT(removed.output, Catch::Contains("removed article a2") &&
                                 Catch::Contains("(1 facts still supported by other articles)"));
  REQUIRE(test::run(
              kg_command("ingest -q " + dir.file("in/a1.txt") + " " + dir.file("in/a3.txt") + two))
              .exit_code == 0);
  for (std::string query : {"entities --limit 0 --csv", "relations --csv", "quotes --csv",
                            "stats --csv", "articles --csv"}) {
    auto after = test::run(kg_command(query + all));
    auto fresh = test::run(kg_command(query + two));
    INFO(query);
    CHECK(after.exit_code == 0);
    CHECK(after.output == fresh.output);
  }
  auto gone = test::run(kg_command("entities --search Halvern --csv" + all));
  CHECK_THAT(gone.output, !Catch::Contains("Halvern Institute"));
}

TEST_CASE("duplicate article ids get distinct stable ids and a warning", "[cli]") {
  test::TempDir dir;
  std::filesystem::create_directories(dir.path() / "x");
  std::filesystem::create_directories(dir.path() / "y");
  test::write_file(dir.file("x/report.txt"), "Peru signed a trade agreement with Chile.\n");
  test::write_file(dir.file("y/report.txt"), "Chile condemned Peru on Sunday.\n");
  test::write_file(dir.file("w.jsonl"),
                   "{\"id\": \"w1\", \"text\": \"Ghana praised Togo on Monday.\"}\n"
                   "{\"id\": \"w1\", \"text\": \"Togo thanked Ghana on Tuesday.\"}\n");
  std::string inputs = " " + dir.file("x") + " " + dir.file("y") + " " + dir.file("w.jsonl");
  auto first = test::run(kg_command("ingest -q" + inputs + " --db " + dir.file("1.db")));
  INFO(first.output);
  CHECK(first.exit_code == 0);
  CHECK_THAT(first.output, Catch::Contains("article id 'report' is taken") &&
                               Catch::Contains("article id 'w1' is taken"));
  auto ids = [&](const std::string& db) {
    auto out = test::run(kg_command("articles --csv --db " + db)).output;
    std::string firsts;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);)
      firsts += line.substr(0, line.find(',')) + " ";
    return firsts;
  };
  std::string once = ids(dir.file("1.db"));
  CHECK_THAT(once, Catch::Matches("id report report~[0-9a-f]{8} w1 w1~[0-9a-f]{8} "));
  // The same input into another store gives the same ids.
  test::run(kg_command("ingest -q" + inputs + " --db " + dir.file("2.db")));
  CHECK(ids(dir.file("2.db")) == once);
}

TEST_CASE("a near-copy of a stored article is kept as its copy, its facts not counted", "[cli]") {
  test::TempDir dir;
  test::write_file(dir.file("c1.txt"), std::string("Talks collapse in Velmora\n\n") + kTalks);
  // The wire copy: a date line and an added last line.
  test::write_file(dir.file("c2.txt"), std::string("Talks collapse in Velmora\n\nPublished: "
                                                   "2024-03-05\n\n") +
                                           kTalks +
                                           "\nThis story has been updated with comment from the "
                                           "panel.\n");
  std::string db = " --db " + dir.file("kg.db"), alone = " --db " + dir.file("alone.db");
  REQUIRE(test::run(kg_command("ingest -q " + dir.file("c1.txt") + db)).exit_code == 0);
  REQUIRE(test::run(kg_command("ingest -q " + dir.file("c1.txt") + alone)).exit_code == 0);
  auto copy = test::run(kg_command("ingest " + dir.file("c2.txt") + db));
  INFO(copy.output);
  CHECK(copy.exit_code == 0);
  CHECK_THAT(copy.output, Catch::Contains("1 of the new articles are near-copies"));
  auto listed = test::run(kg_command("articles --csv" + db)).output;
  INFO(listed);
  // The stored article takes the copy's date; the copy holds no facts and names what it copies.
  CHECK_THAT(listed, Catch::Contains("c1,Talks collapse in Velmora,2024-03-05,"));
  CHECK_THAT(listed, Catch::Contains(",0,0,0,c1"));
  // Facts and their weights (subject, relation, predicate, object, mentions) are those of the one
  // article; only their dates differ, the copy's date being the stored article's now.
  auto facts = [](const std::string& out) {
    std::string kept;
    std::istringstream lines(out);
    for (std::string line; std::getline(lines, line);) {
      size_t end = 0;
      for (int field = 0; field < 5 && end != std::string::npos; ++field)
        end = line.find(',', end + (field > 0));
      kept += line.substr(0, end) + "\n";
    }
    return kept;
  };
  CHECK(facts(test::run(kg_command("relations --csv" + db)).output) ==
        facts(test::run(kg_command("relations --csv" + alone)).output));
  // The original goes only with its copies.
  CHECK(test::run(kg_command("articles remove c1" + db)).exit_code == 2);
  auto both = test::run(kg_command("articles remove c1 --with-copies" + db));
  CHECK(both.exit_code == 0);
  CHECK_THAT(both.output, Catch::Contains("1 copies"));
  CHECK_THAT(test::run(kg_command("stats --csv" + db)).output, Catch::Contains("articles,,0"));
}

TEST_CASE("kg entities corrections lists the merges and splits in force", "[cli]") {
  test::TempDir dir;
  write_articles(dir);
  std::string db = " --db " + dir.file("kg.db");
  REQUIRE(test::run(kg_command("ingest -q " + dir.file("in") + db)).exit_code == 0);
  auto none = test::run(kg_command("entities corrections --csv" + db));
  CHECK(none.exit_code == 0);
  CHECK_THAT(none.output, Catch::StartsWith("kind,from,alias,into,into_id") &&
                              !Catch::Contains("merge,") && !Catch::Contains("split,"));
  REQUIRE(test::run(kg_command("entities merge \"Kandor Velsi\" \"Oren Dalby\"" + db)).exit_code ==
          0);
  auto merged = test::run(kg_command("entities corrections --csv" + db));
  INFO(merged.output);
  CHECK_THAT(merged.output,
             Catch::Contains("merge,person:oren dalby,,Kandor Velsi,person:kandor velsi"));
}
