// One person, one node across articles: name variants of a person join the node the store knows,
// and people who merely share part of a name stay apart. All names are invented.
#include "graph/store/person_names.h"

#include <catch2/catch.hpp>
#include <fstream>

#include "extractor/lexicon/gazetteer.h"
#include "graph/store/store.h"
#include "test_support.h"

using namespace kg;

namespace {

std::string person(const std::string& name) { return entity_key(EntityType::Person, name); }

// A one-sentence article naming one person, hand-annotated.
std::pair<Document, Extraction> article_naming(const std::string& name) {
  Document doc;
  doc.text = name + " spoke on Monday.";
  doc.meta.published = "2024-01-10";
  doc.sentences.push_back({0, 0, 0, static_cast<uint32_t>(doc.text.size()), 0});
  Extraction ex;
  test::add_entity(doc, ex, person(name), name, EntityType::Person, name);
  return {doc, ex};
}

}  // namespace

TEST_CASE("a middle initial or an honorific does not split a person", "[store][names]") {
  PersonIndex index;
  index.add(1, person("Orla Venn"));
  CHECK(index.find(person("Orla T. Venn")) == 1);
  CHECK(index.find(person("Mrs Orla Venn")) == 1);
  CHECK_FALSE(index.find(person("Orla Vennick")));
  CHECK_FALSE(index.find(person("Ida Venn")));
}

TEST_CASE("different middle initials are different people", "[store][names]") {
  PersonIndex index;
  index.add(1, person("Harlan Q. Dobbs"));
  CHECK_FALSE(index.find(person("Harlan R. Q. Dobbs")));
  index.add(2, person("Harlan R. Q. Dobbs"));
  CHECK(index.find(person("Harlan Q. Dobbs")) == 1);
  CHECK(index.find(person("Harlan R. Q. Dobbs")) == 2);
  // Without initials the name fits both: neither.
  CHECK_FALSE(index.find(person("Harlan Dobbs")));
  // A node joined by an initial is known by it: another initial no longer fits.
  index.add(3, person("Mira Saltz"));
  index.add(3, person("Mira K. Saltz"));
  CHECK_FALSE(index.find(person("Mira L. Saltz")));
}

TEST_CASE("a bare surname joins the one full name the store knows for it", "[store][names]") {
  PersonIndex index;
  index.add(1, person("Teodor Blish"));
  CHECK(index.find(person("Blish")) == 1);
  index.add(2, person("Wanda Blish"));
  CHECK_FALSE(index.find(person("Blish")));   // two Blishes: no guess
  CHECK_FALSE(index.find(person("Teodor")));  // a given name alone is nobody in particular
}

TEST_CASE("the store merges a person's name variants across articles, not namesakes",
          "[store][names]") {
  Store store(":memory:");
  for (const char* name :
       {"Orla Venn", "Orla T. Venn", "Venn", "Harlan Q. Dobbs", "Harlan R. Q. Dobbs"}) {
    auto [doc, ex] = article_naming(name);
    REQUIRE(store.add_article(doc, ex));
  }
  CHECK(store.counts().entities == 3);
  CHECK(store.find_entities("Orla T. Venn") == store.find_entities("Orla Venn"));
  CHECK(store.find_entities("Harlan Q. Dobbs") != store.find_entities("Harlan R. Q. Dobbs"));
}

TEST_CASE("kg entities shows one node for a person two articles name differently", "[cli]") {
  test::TempDir dir;
  std::string db = " --db " + dir.file("kg.db");
  std::ofstream(dir.file("a.txt")) << "Port plan approved\n\nBy Ann Example\n\n"
                                      "Mayor Ulrich P. Brandvold approved the port plan on "
                                      "Monday. Brandvold said the work would start soon.\n";
  std::ofstream(dir.file("b.txt")) << "Port works begin\n\nBy Ann Example\n\n"
                                      "Ulrich Brandvold opened the port works on Friday.\n";
  std::string kg = test::kg_binary();
  auto ingest = test::run(kg + " ingest " + dir.file("a.txt") + " " + dir.file("b.txt") + db);
  INFO(ingest.output);
  REQUIRE(ingest.exit_code == 0);
  auto entities = test::run(kg + " entities" + db);
  INFO(entities.output);
  REQUIRE(entities.exit_code == 0);
  size_t lines = 0;  // one line per node
  for (size_t at = 0, end; at < entities.output.size(); at = end + 1) {
    end = entities.output.find('\n', at);
    if (end == std::string::npos) end = entities.output.size();
    lines += entities.output.substr(at, end - at).find("Brandvold") != std::string::npos;
  }
  CHECK(lines == 1);
}
