#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <rapidjson/document.h>
#include <sstream>

#include "exporters/exporter.h"
#include "exporters/xml_text.h"
#include "test_support.h"

using namespace kg;

namespace {

// A store with one article whose names are hostile to every format.
Store& hostile_store(Store& store) {
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  ex.entities[0].name = "North \"Korea\" <b>&amp;</b> 'x' \\ `y` \x01\n'}) DETACH DELETE n //";
  ex.entities[0].aliases.push_back("bad \xFF byte");
  ex.quotes[0].text = "He said \"no\" </text> & left\\";
  store.add_article(doc, ex);
  auto [doc2, ex2] = test::small_article("Japan condemned DPRK.", "2024-02-01");
  store.add_article(doc2, ex2);
  return store;
}

struct ReadBack {
  std::string label, type, entity_id, aliases;
  int mentions = 0;
};
struct ReadBackEdge {
  std::string relation, predicate;
  int weight = 0;
};
using ReadGraph = boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadBack, ReadBackEdge>;

}  // namespace

TEST_CASE("xml_safe replaces what XML cannot carry", "[export]") {
  CHECK(xml_safe("a\x01" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(xml_safe("tab\tnew\nline") == "tab\tnew\nline");
  CHECK(xml_safe("bad \xFF end") == "bad \xEF\xBF\xBD end");
  CHECK(xml_safe("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("unknown export formats are refused with the list", "[export]") {
  CHECK_THROWS_WITH(make_exporter("pdf"), Catch::Contains("known: graphml, jsonld"));
}

TEST_CASE("GraphML reads back with boost::read_graphml", "[export]") {
  Store store(":memory:");
  hostile_store(store);
  KnowledgeGraph kg = load_graph(store);
  std::ostringstream out;
  make_exporter("graphml")->write(kg, store, out);

  ReadGraph g;
  boost::dynamic_properties dp(boost::ignore_other_properties);
  dp.property("label", boost::get(&ReadBack::label, g));
  dp.property("type", boost::get(&ReadBack::type, g));
  dp.property("entity_id", boost::get(&ReadBack::entity_id, g));
  dp.property("aliases", boost::get(&ReadBack::aliases, g));
  dp.property("mentions", boost::get(&ReadBack::mentions, g));
  dp.property("relation", boost::get(&ReadBackEdge::relation, g));
  dp.property("predicate", boost::get(&ReadBackEdge::predicate, g));
  dp.property("weight", boost::get(&ReadBackEdge::weight, g));
  std::istringstream in(out.str());
  boost::read_graphml(in, g, dp);

  REQUIRE(boost::num_vertices(g) == kg.vertex_count());
  REQUIRE(boost::num_edges(g) == kg.edge_count());
  const Graph& original = kg.graph();
  for (size_t v = 0; v < boost::num_vertices(g); ++v) {
    CHECK(g[v].entity_id == original[v].key);
    CHECK(g[v].type == original[v].type);
    CHECK(g[v].mentions == original[v].mentions);
    CHECK(g[v].label == xml_safe(original[v].name));
  }
  auto edge = *boost::edges(g).first;
  CHECK(g[edge].relation == "CONDEMN");
  CHECK(g[edge].predicate == "condemn");
  CHECK(g[edge].weight == 2);
}

TEST_CASE("GraphML validates against the GraphML schema", "[export]") {
  std::string schema = test::shared_dir() + "/data/schemas/graphml/graphml.xsd";
  if (!std::filesystem::exists(schema) || test::run("command -v xmllint").exit_code != 0) {
    WARN("GraphML schema or xmllint not available; validation skipped");
    return;
  }
  Store store(":memory:");
  hostile_store(store);
  test::TempDir dir;
  std::ofstream out(dir.file("g.graphml"));
  make_exporter("graphml")->write(load_graph(store), store, out);
  out.close();
  auto result = test::run("XML_CATALOG_FILES=" + test::shared_dir() +
                          "/data/schemas/graphml/catalog.xml xmllint --nonet --noout --schema " +
                          schema + " " + dir.file("g.graphml"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
}

TEST_CASE("JSON-LD parses, and rdflib reads the triples", "[export]") {
  Store store(":memory:");
  hostile_store(store);
  KnowledgeGraph kg = load_graph(store);
  test::TempDir dir;
  {
    std::ofstream out(dir.file("g.jsonld"));
    make_exporter("jsonld")->write(kg, store, out);
  }
  rapidjson::Document json;
  json.Parse(test::read_file(dir.file("g.jsonld")).c_str());
  REQUIRE_FALSE(json.HasParseError());
  REQUIRE(json.HasMember("@context"));
  const auto& graph = json["@graph"];
  // 2 entities, 2 articles, 2 fact statements, 2 quotes.
  CHECK(graph.Size() == 8);
  CHECK(std::string(graph[0]["name"].GetString()) == kg.graph()[0].name);

  const char* python = "/usr/bin/python3";
  if (test::run(std::string(python) + " -c 'import rdflib'").exit_code != 0) {
    WARN("python3-rdflib not installed; JSON-LD RDF check skipped");
    return;
  }
  auto result = test::run(std::string(python) +
                          " -c 'import rdflib,sys; g=rdflib.Graph(); "
                          "g.parse(sys.argv[1], format=\"json-ld\"); "
                          "print(len(g)); "
                          "print(len(list(g.triples((None, rdflib.URIRef(\"https://kg.invalid/vocab#CONDEMN\"), None)))))' " +
                          dir.file("g.jsonld"));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  std::istringstream lines(result.output);
  int triples = 0, condemn = 0;
  lines >> triples >> condemn;
  CHECK(triples > 40);
  CHECK(condemn == 1);  // one merged direct triple Japan kg:CONDEMN North Korea
}
