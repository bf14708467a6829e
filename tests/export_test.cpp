#include <rapidjson/document.h>

#include <algorithm>
#include <boost/graph/graphml.hpp>
#include <catch2/catch.hpp>
#include <set>
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
using ReadGraph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::directedS, ReadBack, ReadBackEdge>;

}  // namespace

TEST_CASE("xml_safe replaces what XML cannot carry", "[export]") {
  CHECK(xml_safe("a\x01"
                 "b") ==
        "a\xEF\xBF\xBD"
        "b");
  CHECK(xml_safe("tab\tnew\nline") == "tab\tnew\nline");
  CHECK(xml_safe("bad \xFF end") == "bad \xEF\xBF\xBD end");
  CHECK(xml_safe("caf\xC3\xA9") == "caf\xC3\xA9");
}

TEST_CASE("unknown export formats are refused with the list", "[export]") {
  CHECK_THROWS_WITH(make_exporter("pdf"),
                    Catch::Contains("known: graphml, gexf, jsonld, cypher, neo4j-csv, dot"));
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
    // Boost's reader parses with trim_whitespace, which folds the newline into a space; NetworkX
    // and igraph read it exactly (exporters_readback_test.cpp).
    std::string name = xml_safe(original[v].name);
    std::replace(name.begin(), name.end(), '\n', ' ');
    CHECK(g[v].label == name);
  }
  auto edge = *boost::edges(g).first;
  CHECK(g[edge].relation == "CONDEMN");
  CHECK(g[edge].predicate == "condemn");
  CHECK(g[edge].weight == 2);
}

TEST_CASE("GraphML validates against the GraphML schema", "[export]") {
  // The GraphML schemas state no licence, so they are read from the data folder, not kept here.
  std::string schemas = test::data_dir() + "/schemas/graphml/";
  std::string schema = schemas + "graphml.xsd";
  if (!std::filesystem::exists(schema))
    KG_SKIP("needs the GraphML 1.1 schemas in " << schemas << " (set KG_DATA_DIR)");
  REQUIRE(test::run("command -v xmllint").exit_code == 0);  // .ci/install-deps installs it
  Store store(":memory:");
  hostile_store(store);
  test::TempDir dir;
  std::ofstream out(dir.file("g.graphml"));
  make_exporter("graphml")->write(load_graph(store), store, out);
  out.close();
  auto result =
      test::run("XML_CATALOG_FILES=" + schemas + "catalog.xml xmllint --nonet --noout --schema " +
                schema + " " + dir.file("g.graphml"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
}

TEST_CASE("GraphML validates against the project's RELAX NG grammar of GraphML 1.1", "[export]") {
  // tests/data/schemas/graphml-rng: written for kg, so that a clone alone validates its GraphML.
  std::string grammar = test::source_dir() + "/tests/data/schemas/graphml-rng/graphml.rng";
  REQUIRE(test::run("command -v xmllint").exit_code == 0);  // .ci/install-deps installs it
  Store store(":memory:");
  hostile_store(store);
  test::TempDir dir;
  {
    std::ofstream out(dir.file("g.graphml"));
    make_exporter("graphml")->write(load_graph(store), store, out);
  }
  auto result =
      test::run("xmllint --nonet --noout --relaxng " + grammar + " " + dir.file("g.graphml"));
  INFO(result.output);
  CHECK(result.exit_code == 0);
  // The grammar rejects what GraphML does not allow.
  std::string text = test::read_file(dir.file("g.graphml"));
  text.replace(text.find("edgedefault=\"directed\""), 22, "edgedefault=\"sideways\"");
  test::write_file(dir.file("bad.graphml"), text);
  CHECK(test::run("xmllint --nonet --noout --relaxng " + grammar + " " + dir.file("bad.graphml"))
            .exit_code != 0);
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
  // 2 entities, 2 fact statements, 2 quotes, 2 articles.
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
                          "print(len(list(g.triples((None, "
                          "rdflib.URIRef(\"https://kg.invalid/vocab#CONDEMN\"), None)))))' " +
                          dir.file("g.jsonld"));
  INFO(result.output);
  REQUIRE(result.exit_code == 0);
  std::istringstream lines(result.output);
  int triples = 0, condemn = 0;
  lines >> triples >> condemn;
  CHECK(triples > 40);
  CHECK(condemn == 1);  // one merged direct triple Japan kg:CONDEMN North Korea
}

namespace {

// Two articles: a1 (2024-01-10) with Japan CONDEMN North Korea; a2 (2024-02-01) with the same
// condemnation, Kim LEADER_OF North Korea and Japan MEMBER_OF the UN.
void fill_filter_store(Store& store) {
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  doc.meta.id = "a1";
  store.add_article(doc, ex);
  auto [doc2, ex2] = test::small_article(
      "Japan condemned DPRK. Kim leads DPRK. Japan joined the UN.", "2024-02-01");
  doc2.meta.id = "a2";
  int kim = test::add_entity(doc2, ex2, "person:kim", "Kim", EntityType::Person, "Kim");
  int un = test::add_entity(doc2, ex2, "organization:un", "United Nations",
                            EntityType::Organization, "UN");
  test::add_fact(doc2, ex2, kim, "LEADER_OF", "lead", 0);
  test::add_fact(doc2, ex2, 1, "MEMBER_OF", "join", un);
  store.add_article(doc2, ex2);
}

std::set<std::string> keys(const KnowledgeGraph& kg) {
  std::set<std::string> out;
  for (Vertex v : boost::make_iterator_range(boost::vertices(kg.graph())))
    out.insert(kg.graph()[v].key);
  return out;
}

std::set<std::string> relations(const KnowledgeGraph& kg) {
  std::set<std::string> out;
  for (Edge e : boost::make_iterator_range(boost::edges(kg.graph())))
    out.insert(kg.graph()[e].relation);
  return out;
}

}  // namespace

TEST_CASE("filters: type, relation, dates, weight, article, ego and top", "[export][filter]") {
  Store store(":memory:");
  fill_filter_store(store);
  KnowledgeGraph all = load_graph(store);
  REQUIRE(all.vertex_count() == 4);
  REQUIRE(all.edge_count() == 3);
  using Keys = std::set<std::string>;

  SECTION("--type") {
    GraphFilter f;
    f.types = {"country"};
    KnowledgeGraph kg = load_graph(store, f);
    CHECK(keys(kg) == Keys{"country:JPN", "country:PRK"});
    CHECK(relations(kg) == Keys{"CONDEMN"});
    f.types = {"Country", "Person"};
    CHECK(load_graph(store, f).edge_count() == 2);
  }
  SECTION("--relation") {
    GraphFilter f;
    f.relation = "condemn";
    KnowledgeGraph kg = load_graph(store, f);
    CHECK(relations(kg) == Keys{"CONDEMN"});
    CHECK(kg.vertex_count() == 4);  // entities stay, without their other facts
  }
  SECTION("--since and --until") {
    GraphFilter f;
    f.since = "2024-02-01";
    KnowledgeGraph kg = load_graph(store, f);
    CHECK(kg.edge_count() == 3);
    for (Edge e : boost::make_iterator_range(boost::edges(kg.graph())))
      CHECK(kg.graph()[e].weight == 1);
    f.since.clear();
    f.until = "2024-01-31";
    kg = load_graph(store, f);
    CHECK(relations(kg) == Keys{"CONDEMN"});
    CHECK(kg.graph()[*boost::edges(kg.graph()).first].first_date == "2024-01-10");
  }
  SECTION("--min-weight") {
    GraphFilter f;
    f.min_weight = 2;
    CHECK(relations(load_graph(store, f)) == Keys{"CONDEMN"});
  }
  SECTION("--article by ext_id or numeric id") {
    GraphFilter f;
    f.article = "a1";
    KnowledgeGraph kg = load_graph(store, f);
    CHECK(keys(kg) == Keys{"country:JPN", "country:PRK"});
    REQUIRE(kg.edge_count() == 1);
    CHECK(kg.graph()[*boost::edges(kg.graph()).first].weight == 1);
    f.article = "2";
    CHECK(load_graph(store, f).edge_count() == 3);
    f.article = "nowhere";
    CHECK_THROWS_WITH(load_graph(store, f), Catch::Contains("no article 'nowhere'"));
  }
  SECTION("--ego and --depth, names through aliases") {
    GraphFilter f;
    f.ego = "Kim";
    CHECK(keys(load_graph(store, f)) == Keys{"person:kim", "country:PRK"});
    f.depth = 2;
    KnowledgeGraph two = load_graph(store, f);
    CHECK(keys(two) == Keys{"person:kim", "country:PRK", "country:JPN"});
    CHECK(relations(two) == Keys{"CONDEMN", "LEADER_OF"});
    f.ego = "dprk";  // an alias, any case
    f.depth = 1;
    CHECK(keys(load_graph(store, f)) == Keys{"person:kim", "country:PRK", "country:JPN"});
    f.depth = 0;
    CHECK(keys(load_graph(store, f)) == Keys{"country:PRK"});
    f.ego = "Atlantis";
    CHECK_THROWS_WITH(load_graph(store, f), Catch::Contains("no entity named 'Atlantis'"));
  }
  SECTION("--top") {
    GraphFilter f;
    f.top = 2;
    KnowledgeGraph kg = load_graph(store, f);
    CHECK(keys(kg) == Keys{"country:JPN", "country:PRK"});
    CHECK(relations(kg) == Keys{"CONDEMN"});
  }
}

TEST_CASE("kg export: filters on the command line, folders for neo4j-csv", "[export][cli]") {
  test::TempDir dir;
  {
    Store store(dir.file("kg.db"));
    fill_filter_store(store);
  }
  std::string kg = test::kg_binary() + " export --db " + dir.file("kg.db");
  auto ego = test::run(kg + " --format graphml --ego DPRK --depth 1 -o " + dir.file("ego.graphml"));
  INFO(ego.output);
  CHECK(ego.exit_code == 0);
  CHECK_THAT(ego.output, Catch::Contains("(3 nodes, 2 edges)"));
  auto typed = test::run(kg + " --format gexf --type Country,Person --since 2024-02-01 -o " +
                         dir.file("t.gexf"));
  CHECK_THAT(typed.output, Catch::Contains("(3 nodes, 2 edges)"));
  auto article = test::run(kg + " --format cypher --article a1 --min-weight 1 --relation CONDEMN");
  CHECK(article.exit_code == 0);
  CHECK_THAT(article.output, Catch::Contains("MERGE (a)-[r:`CONDEMN`]->(b)"));
  auto folder = test::run(kg + " --format neo4j-csv -o " + dir.file("neo4j"));
  CHECK(folder.exit_code == 0);
  CHECK(std::filesystem::exists(dir.file("neo4j/nodes.csv")));
  CHECK(std::filesystem::exists(dir.file("neo4j/relationships.csv")));
  CHECK_FALSE(std::filesystem::exists(dir.file("neo4j/nodes.csv.tmp")));
  auto no_folder = test::run(kg + " --format neo4j-csv");
  CHECK(no_folder.exit_code == 2);
  CHECK_THAT(no_folder.output, Catch::Contains("-o DIR"));
  auto no_article = test::run(kg + " --format dot --article zz");
  CHECK(no_article.exit_code == 2);
}

TEST_CASE("a folder format refuses a single stream", "[export]") {
  Store store(":memory:");
  fill_filter_store(store);
  std::ostringstream out;
  CHECK_THROWS_WITH(make_exporter("neo4j-csv")->write(load_graph(store), store, out),
                    Catch::Contains("-o DIR"));
}
