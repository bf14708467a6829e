// Small things users notice (issue 25, item 9): kg path says when there is no chain; folders are
// read with extensions in any case and the summary counts the files skipped; an empty folder is
// an error; a text that is not English is named in a warning; exports leave out lone entities
// unless --all-entities.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace kg;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

}  // namespace

TEST_CASE("folders, empty folders, non-English texts, path without chain, lone entities", "[cli]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  std::filesystem::create_directories(dir.path() / "empty");
  auto empty = test::run(kg_command("ingest -q " + dir.file("empty") + db));
  CHECK(empty.exit_code == 3);
  CHECK_THAT(empty.output, Catch::Contains("no articles in this folder"));

  std::filesystem::create_directories(dir.path() / "mix");
  test::write_file(dir.file("mix/ONE.TXT"),
                   "Peru signed a trade agreement with Chile on Friday.\n");
  test::write_file(dir.file("mix/two.txt"), "Norway condemned Sweden on Monday.\n");
  test::write_file(dir.file("mix/notes.pdf"), "%PDF");
  test::write_file(dir.file("mix/README"), "notes");
  test::write_file(dir.file("mix/fr.txt"),
                   "Le gouvernement a annoncé mardi une nouvelle série de mesures pour soutenir "
                   "les agriculteurs touchés par la sécheresse. Selon le ministre, les aides "
                   "seront versées avant la fin du mois et concerneront plusieurs milliers "
                   "d'exploitations dans le sud du pays. Les syndicats agricoles ont salué une "
                   "avancée mais réclament des efforts supplémentaires pour les éleveurs.\n");
  auto mixed = test::run(kg_command("ingest " + dir.file("mix") + db));
  INFO(mixed.output);
  CHECK(mixed.exit_code == 0);
  CHECK_THAT(mixed.output, Catch::Contains("ingested 3 new articles") &&
                               Catch::Contains("skipped 2 files") &&
                               Catch::Contains("(1 .pdf, 1 no extension)"));
  CHECK_THAT(mixed.output, Catch::Contains("fr.txt: does not look like English"));
  CHECK_THAT(mixed.output, !Catch::Contains("ONE.TXT: does not look"));

  auto path = test::run(kg_command("path Peru Norway" + db));
  CHECK(path.exit_code == 0);
  CHECK_THAT(path.output, Catch::Contains("no chain of at most 6 facts between Peru and Norway"));

  // Filtering by one relation: only the entities of its facts, unless --all-entities.
  auto connected = test::run(kg_command("export --format graphml --relation CONDEMN" + db));
  CHECK_THAT(connected.output, Catch::Contains("Norway") && !Catch::Contains("Peru"));
  auto all =
      test::run(kg_command("export --format graphml --relation CONDEMN --all-entities" + db));
  CHECK_THAT(all.output, Catch::Contains("Norway") && Catch::Contains("Peru"));
}
