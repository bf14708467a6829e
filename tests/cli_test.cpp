// The kg binary as a user runs it, on the articles in samples/.
#include <catch2/catch.hpp>

#include "nlp_test_data.h"
#include "test_support.h"

using namespace kg;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

}  // namespace

TEST_CASE("ingest samples, query relations by alias, export", "[cli]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  auto ingest = test::run(kg_command("ingest " + test::source_dir() + "/samples" + db));
  INFO(ingest.output);
  REQUIRE(ingest.exit_code == 0);
  CHECK_THAT(ingest.output,
             Catch::Contains("ingested 6 new articles (0 already stored, 0 failed)"));
  CHECK_THAT(ingest.output, Catch::Contains("top relations:"));

  // Ingesting again stores nothing new and changes no count.
  auto again = test::run(kg_command("ingest " + test::source_dir() + "/samples" + db));
  CHECK_THAT(again.output, Catch::Contains("ingested 0 new articles (6 already stored, 0 failed)"));
  auto store_line = [](const std::string& out) {
    return out.substr(out.find("store:"), out.find('\n', out.find("store:")) - out.find("store:"));
  };
  CHECK(store_line(again.output) == store_line(ingest.output));

  // The design article's facts, asked for through an alias.
  auto relations = test::run(kg_command("relations --subject DPRK" + db));
  INFO(relations.output);
  REQUIRE(relations.exit_code == 0);
  CHECK_THAT(relations.output, Catch::Contains("North Korea") && Catch::Contains("TRANSFER") &&
                                   Catch::Contains("Russia"));
  auto condemn =
      test::run(kg_command("relations --relation condemn --object \"north korea\" --json" + db));
  INFO(condemn.output);
  CHECK(condemn.exit_code == 0);
  CHECK_THAT(condemn.output, Catch::Contains("\"relation\": \"CONDEMN\""));

  auto unknown = test::run(kg_command("relations --subject \"Atlantis\"" + db));
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Catch::Contains("no entity named 'Atlantis'"));

  for (std::string format : {"graphml", "jsonld"}) {
    std::string out = dir.file("g." + format);
    auto exported = test::run(kg_command("export --format " + format + db + " -o " + out));
    INFO(exported.output);
    CHECK(exported.exit_code == 0);
    CHECK_THAT(exported.output, Catch::StartsWith("wrote " + out));
    CHECK(std::filesystem::file_size(out) > 1000);
  }
}

TEST_CASE("extract prints the scorer's JSON with metadata", "[cli]") {
  auto result = test::run(
      kg_command("extract " + test::source_dir() + "/samples/nk-russia-arms-transfer.txt"));
  REQUIRE(result.exit_code == 0);
  CHECK_THAT(result.output,
             Catch::Contains(
                 "\"title\": \"48 countries, EU unite in condemning NK-Russia arms transfer\""));
  CHECK_THAT(result.output, Catch::Contains("\"published\": \"2024-01-10T14:57\""));
  CHECK_THAT(result.output, Catch::Contains("\"author\": \"Ji Da-gyum\""));
}

TEST_CASE("extract on several threads prints what one thread prints, in input order", "[cli]") {
  // The samples (a folder, then one of its files again, then a JSON Lines file) with unreadable
  // files among them: each reported by name in its place, the rest printed.
  test::TempDir dir;
  test::write_file(dir.file("bad.txt"), "Broken \xFF text.");
  const std::string samples = test::source_dir() + "/samples";
  const std::string inputs = samples + " " + dir.file("bad.txt") + " " + samples +
                             "/sahel-border-clash.txt " + dir.file("missing.txt") + " " + samples +
                             "/briefs.jsonl";
  for (std::string format : {"jsonl", "tsv"}) {
    auto extract = [&](int threads) {
      std::string out = dir.file("out" + std::to_string(threads) + "." + format);
      std::string err = dir.file("err" + std::to_string(threads) + "." + format);
      auto result = test::run("(" +
                              kg_command("extract -j " + std::to_string(threads) + " --format " +
                                         format + " " + inputs + " 2> " + err) +
                              ") > " + out);
      return std::tuple{result.exit_code, test::read_file(err), test::read_file(out)};
    };
    auto [code1, messages1, out1] = extract(1);
    auto [code3, messages3, out3] = extract(3);
    INFO(messages1);
    CHECK(code1 == 3);
    CHECK(code3 == 3);
    CHECK_THAT(messages1, Catch::Contains(dir.file("bad.txt") + ": invalid UTF-8 at byte 7"));
    CHECK_THAT(messages1, Catch::Contains(dir.file("missing.txt") + ": no such file"));
    CHECK(messages3 == messages1);
    CHECK(out1.size() > 1000);
    CHECK(out3 == out1);
  }
}

TEST_CASE("parse lemmatizes the lexicons' verbs as extraction does", "[cli]") {
  // "rebuke" and "boycott" are verbs of the extraction lexicons that the treebank never shows
  // inflected: without the lexicons their past forms got suffix-rule guesses ("rebuk").
  test::TempDir dir;
  test::write_file(dir.file("in.txt"), "The minister rebuked the envoy and boycotted the talks.\n");
  auto parsed = test::run(kg_command("parse " + dir.file("in.txt")));
  INFO(parsed.output);
  REQUIRE(parsed.exit_code == 0);
  CHECK_THAT(parsed.output, Catch::Contains("\trebuked\trebuke\tVERB\t"));
  CHECK_THAT(parsed.output, Catch::Contains("\tboycotted\tboycott\tVERB\t"));
}

TEST_CASE("read prints the fields and the body kg takes from a page", "[cli]") {
  test::TempDir dir;
  test::write_file(dir.file("page.html"),
                   "<html><head><title>Rivers rise - Daily Site</title>"
                   "<meta property=\"og:title\" content=\"Rivers rise in the north\">"
                   "<meta property=\"article:published_time\" content=\"2024-03-05T10:00\">"
                   "<meta name=\"author\" content=\"Ann Writer\">"
                   "<meta property=\"og:url\" content=\"https://example.org/rivers\"></head>"
                   "<body><article><h1>Rivers rise in the north</h1>"
                   "<p>The river rose two metres overnight.</p><p>Roads were closed.</p>"
                   "</article></body></html>");
  auto text = test::run(kg_command("read " + dir.file("page.html")));
  REQUIRE(text.exit_code == 0);
  CHECK_THAT(text.output, Catch::Contains("title: Rivers rise in the north\n"));
  CHECK_THAT(text.output, Catch::Contains("published: 2024-03-05T10:00\n"));
  CHECK_THAT(text.output, Catch::Contains("author: Ann Writer\n"));
  CHECK_THAT(text.output, Catch::Contains("url: https://example.org/rivers\n"));
  // The body is its own block, paragraphs separated by a blank line, without the headline.
  CHECK_THAT(text.output,
             Catch::Contains("\n\nThe river rose two metres overnight.\n\nRoads were closed.\n"));
  CHECK_THAT(text.output, !Catch::Contains("north\n\nThe river"));

  auto json = test::run(kg_command("read --format json " + dir.file("page.html")));
  REQUIRE(json.exit_code == 0);
  CHECK_THAT(json.output, Catch::Contains("\"title\":\"Rivers rise in the north\""));
  CHECK_THAT(
      json.output,
      Catch::Contains("\"text\":\"The river rose two metres overnight.\\n\\nRoads were closed.\""));

  test::write_file(dir.file("note.txt"), "Plain headline\n\nBy Ann Writer\n\nA first line.\n");
  auto plain = test::run(kg_command("read " + dir.file("note.txt")));
  REQUIRE(plain.exit_code == 0);
  CHECK_THAT(plain.output, Catch::Contains("A first line."));

  auto missing = test::run(kg_command("read " + dir.file("absent.html")));
  CHECK(missing.exit_code != 0);
}

TEST_CASE("bad input: clear messages, exit codes, nothing half-stored", "[cli]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  test::write_file(dir.file("good.txt"),
                   "Headline about the weather today\n\nIt rained in Oslo on Monday.\n");
  test::write_file(dir.file("bad.txt"), "Broken \xFF text.");
  auto result = test::run(kg_command("ingest " + dir.file("good.txt") + " " + dir.file("bad.txt") +
                                     " " + dir.file("missing.txt") + db));
  INFO(result.output);
  CHECK(result.exit_code == 3);
  CHECK_THAT(result.output, Catch::Contains(dir.file("bad.txt") + ": invalid UTF-8 at byte 7"));
  CHECK_THAT(result.output,
             Catch::Contains(dir.file("missing.txt") + ": no such file or directory"));
  CHECK_THAT(result.output, Catch::Contains("ingested 1 new article (0 already stored, 2 failed)"));

  auto strict = test::run(kg_command("ingest --strict " + dir.file("bad.txt") + db));
  CHECK(strict.exit_code == 3);

  auto no_db = test::run(kg_command("relations --db " + dir.file("nowhere.db")));
  CHECK(no_db.exit_code == 4);
  CHECK_THAT(no_db.output, Catch::Contains("nowhere.db"));

  auto bad_format = test::run(kg_command("export --format pdf" + db));
  CHECK(bad_format.exit_code == 2);

  auto unwritable =
      test::run(kg_command("export --format graphml" + db + " -o /nonexistent/dir/g.graphml"));
  CHECK(unwritable.exit_code == 6);
  CHECK_THAT(unwritable.output, Catch::Contains("/nonexistent/dir/g.graphml"));
}

TEST_CASE("eval-ud scores a CoNLL-U file, from predicted or gold tags", "[cli]") {
  test::TempDir dir;
  // A determiner annotated as a proper noun: the tagger disagrees, --gold-tags keeps it.
  std::string treebank = kg::test::kTinyTreebank;
  size_t det = treebank.find("\tDET\tDT\t");
  REQUIRE(det != std::string::npos);
  treebank.replace(det, 8, "\tPROPN\tNNP\t");
  test::write_file(dir.file("tiny.conllu"), treebank);
  auto predicted = test::run(kg_command("eval-ud --json " + dir.file("tiny.conllu")));
  INFO(predicted.output);
  REQUIRE(predicted.exit_code == 0);
  CHECK_THAT(predicted.output, Catch::Contains("\"uas\": "));
  CHECK_THAT(predicted.output, !Catch::Contains("\"upos\": 100.00"));
  auto gold = test::run(kg_command("eval-ud --json --gold-tags " + dir.file("tiny.conllu")));
  INFO(gold.output);
  REQUIRE(gold.exit_code == 0);
  CHECK_THAT(gold.output, Catch::Contains("\"upos\": 100.00, \"xpos\": 100.00"));
  auto missing = test::run(kg_command("eval-ud " + dir.file("missing.conllu")));
  CHECK(missing.exit_code != 0);
  CHECK_THAT(missing.output, Catch::Contains("missing.conllu"));
}

TEST_CASE("kg bench nlp with no file and no data says what to pass", "[cli]") {
  auto result = test::run("KG_DATA_DIR=/nonexistent-kg-data " + test::kg_binary() + " bench nlp");
  INFO(result.output);
  CHECK(result.exit_code == 2);
  CHECK_THAT(result.output, Catch::Contains("kg bench nlp FILE"));
  CHECK_THAT(result.output, Catch::Contains("KG_DATA_DIR"));
}
