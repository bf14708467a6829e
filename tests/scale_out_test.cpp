// The README's scale-out path: GNU parallel runs `kg extract --format jsonl` as a filter over
// pieces of a JSON Lines corpus, `kg load` stores the pieces, and the store holds exactly what
// `kg ingest` stores from the same corpus.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "test_support.h"

using namespace kg;

namespace {

// A JSON Lines corpus made of the samples' paragraphs: one article per paragraph, with an id.
std::string paragraph_corpus() {
  std::string corpus;
  int n = 0;
  for (const auto& entry : std::filesystem::directory_iterator(test::source_dir() + "/samples")) {
    if (entry.path().extension() != ".txt") continue;
    std::ifstream in(entry.path());
    std::stringstream text;
    text << in.rdbuf();
    std::string body = text.str(), block;
    for (size_t start = 0; start < body.size();) {
      size_t end = body.find("\n\n", start);
      if (end == std::string::npos) end = body.size();
      block = body.substr(start, end - start);
      start = end + 2;
      if (block.size() < 200) continue;
      rapidjson::StringBuffer buffer;
      rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
      w.StartObject();
      w.Key("id");
      w.String(("piece-" + std::to_string(++n)).c_str());
      w.Key("published");
      w.String("2024-03-01");
      w.Key("text");
      w.String(block.c_str(), static_cast<rapidjson::SizeType>(block.size()));
      w.EndObject();
      corpus += std::string(buffer.GetString()) + "\n";
    }
  }
  return corpus;
}

}  // namespace

TEST_CASE("parallel extract + load stores exactly what ingest stores", "[cli][scale]") {
  if (test::run("command -v parallel").exit_code != 0)
    KG_SKIP("needs GNU parallel (Debian package parallel; .ci/install-deps installs it)");
  test::TempDir dir;
  std::string corpus = dir.file("corpus.jsonl");
  std::string text = paragraph_corpus();
  test::write_file(corpus, text);
  REQUIRE(std::count(text.begin(), text.end(), '\n') >= 10);
  std::string kg = test::kg_binary();

  auto ingest = test::run(kg + " ingest " + corpus + " --db " + dir.file("ingest.db"));
  INFO(ingest.output);
  REQUIRE(ingest.exit_code == 0);
  // Pieces of 3 articles, two jobs of one thread at a time, each a filter over standard input.
  auto extract =
      test::run("parallel --will-cite --pipe -N 3 -j 2 --keep-order " + kg +
                " extract -j 1 --format jsonl < " + corpus + " > " + dir.file("extractions.jsonl"));
  INFO(extract.output);
  REQUIRE(extract.exit_code == 0);
  auto load =
      test::run(kg + " load " + dir.file("extractions.jsonl") + " --db " + dir.file("loaded.db"));
  INFO(load.output);
  REQUIRE(load.exit_code == 0);

  auto stats_ingest = test::run(kg + " stats --json --db " + dir.file("ingest.db"));
  auto stats_loaded = test::run(kg + " stats --json --db " + dir.file("loaded.db"));
  REQUIRE(stats_ingest.exit_code == 0);
  REQUIRE(stats_loaded.exit_code == 0);
  CHECK_THAT(stats_ingest.output, Catch::Contains("\"articles\""));
  CHECK(stats_loaded.output == stats_ingest.output);
}

TEST_CASE("kg extract with no path is a filter over standard input", "[cli]") {
  test::TempDir dir;
  test::write_file(dir.file("a.jsonl"),
                   "{\"id\": \"x\", \"text\": \"France condemned the strike on Monday.\"}\n");
  auto piped = test::run(test::kg_binary() + " extract --format jsonl < " + dir.file("a.jsonl"));
  INFO(piped.output);
  CHECK(piped.exit_code == 0);
  CHECK_THAT(piped.output, Catch::Contains("\"France\""));
}
