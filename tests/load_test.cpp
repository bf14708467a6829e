// The scale-out path: kg extract --format jsonl as a streaming filter, kg load to store the result.
#include <catch2/catch.hpp>

#include "test_support.h"

using namespace kg;

namespace {

std::string store_line(const std::string& out) {
  size_t at = out.find("store:");
  return at == std::string::npos ? "" : out.substr(at, out.find('\n', at) - at);
}

}  // namespace

TEST_CASE("extract --format jsonl then load gives the store ingest gives", "[cli][load]") {
  test::TempDir dir;
  std::string kg = test::kg_binary();
  std::string samples = test::source_dir() + "/samples";
  // A streaming filter: JSON Lines articles in on standard input, extractions out.
  auto filtered = test::run("cat " + samples + "/briefs.jsonl | " + kg +
                            " extract --format jsonl - > " + dir.file("briefs.out.jsonl"));
  REQUIRE(filtered.exit_code == 0);
  std::string briefs = test::read_file(dir.file("briefs.out.jsonl"));
  CHECK(std::count(briefs.begin(), briefs.end(), '\n') == 2);

  REQUIRE(test::run(kg + " extract --format jsonl " + samples + " > " + dir.file("all.jsonl"))
              .exit_code == 0);
  auto ingested = test::run(kg + " ingest " + samples + " --db " + dir.file("ingest.db"));
  auto loaded = test::run(kg + " load " + dir.file("all.jsonl") + " --db " + dir.file("load.db"));
  INFO(loaded.output);
  REQUIRE(loaded.exit_code == 0);
  CHECK_THAT(loaded.output, Catch::Contains("loaded 6 new articles (0 already stored, 0 failed)"));
  CHECK(store_line(loaded.output) == store_line(ingested.output));
  auto again = test::run(kg + " load " + dir.file("all.jsonl") + " --db " + dir.file("load.db"));
  CHECK_THAT(again.output, Catch::Contains("loaded 0 new articles (6 already stored, 0 failed)"));

  // A damaged line is reported with its file and line; the others are stored.
  std::string lines = test::read_file(dir.file("all.jsonl"));
  size_t second = lines.find('\n') + 1;
  lines.insert(second, "{\"document\": {\"title\": \"no text\"}}\n{broken\n");
  test::write_file(dir.file("damaged.jsonl"), lines);
  auto damaged =
      test::run(kg + " load " + dir.file("damaged.jsonl") + " --db " + dir.file("damaged.db"));
  INFO(damaged.output);
  CHECK(damaged.exit_code == 3);
  CHECK_THAT(damaged.output,
             Catch::Contains(dir.file("damaged.jsonl") + ":2: extraction has no document text"));
  CHECK_THAT(damaged.output, Catch::Contains(dir.file("damaged.jsonl") + ":3: malformed JSON"));
  CHECK_THAT(damaged.output, Catch::Contains("loaded 6 new articles (0 already stored, 2 failed)"));
}
