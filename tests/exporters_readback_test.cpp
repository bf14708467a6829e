// Every export format, read back by the tools its users load it with: NetworkX and igraph
// (GraphML, GEXF), xmllint with the published schemas, jsonld.js and rdflib (JSON-LD), Neo4j's
// Cypher parser (Cypher), Python's csv module (Neo4j CSV), Graphviz (DOT). The store holds names,
// quotes and a relation class that are hostile to every format.
//
// A reader that is missing makes its test FAIL when CI=true (CI must not skip silently), and
// WARN and skip elsewhere. .ci/install-deps installs them all.
#include <rapidjson/document.h>

#include <catch2/catch.hpp>
#include <cstdlib>
#include <map>
#include <set>
#include <sstream>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "exporters/xml_text.h"
#include "graph/store/store_sql.h"
#include "test_support.h"

using namespace kg;

namespace {

const std::string kHostileName =
    "North \"Korea\" <b>&amp;</b> 'x' \\ `y` \x01\n'}) DETACH DELETE n //";
const std::string kHostileAlias = "bad \xFF byte; semi";
const std::string kHostileQuote = "He said \"no\" </text> & left\\ `x` '}) DETACH DELETE n //";
const std::string kHostileRelation = "SAY`S 'Q' \"&<>\\";

// Two articles: a condemnation seen twice (weight 2), and a hostile relation class from a person.
void fill_hostile(Store& store) {
  auto [doc, ex] = test::small_article("DPRK was condemned by Japan.", "2024-01-10");
  doc.meta.id = "first-article";
  ex.entities[0].name = kHostileName;
  ex.entities[0].aliases.push_back(kHostileAlias);
  ex.quotes[0].text = kHostileQuote;
  int person = test::add_entity(doc, ex, "person:fumio kishida", "Fumio `K` Kishida",
                                EntityType::Person, "Japan");
  test::add_fact(doc, ex, person, kHostileRelation, "say", 0, "2024-01-09");
  ex.relations.back().attributed_to = 1;
  store.add_article(doc, ex);
  auto [doc2, ex2] = test::small_article("Japan condemned DPRK.", "2024-02-01");
  doc2.meta.id = "second-article";
  store.add_article(doc2, ex2);
}

// True when the reader is there; otherwise fails under CI, warns elsewhere.
bool reader_available(bool present, const std::string& what) {
  if (present) return true;
  if (test::in_ci())
    FAIL(what + " is missing: CI must run this test (.ci/install-deps installs it)");
  WARN(what + " is missing; test skipped (run .ci/install-deps)");
  return false;
}

const std::string kPython = "/usr/bin/python3";

bool python_has(const std::string& module) {
  return test::run(kPython + " -c 'import " + module + "'").exit_code == 0;
}

bool node_has(const std::string& package) {
  return test::run("command -v node").exit_code == 0 &&
         test::run("cd " + test::source_dir() + "/tests && node -e \"require.resolve('" + package +
                   "')\"")
                 .exit_code == 0;
}

std::string reader(const std::string& name) {
  return test::source_dir() + "/tests/readers/" + name;
}

// Writes `format` for the whole hostile store into `dir` and returns the path.
std::string export_to(const test::TempDir& dir, Store& store, const std::string& format,
                      const GraphFilter& filter = {}) {
  auto exporter = make_exporter(format);
  std::string path =
      dir.file(format == "neo4j-csv" ? "neo4j" : "g." + std::string(exporter->extension()));
  FileSink sink(path);
  exporter->write(load_graph(store, filter), store, sink);
  sink.commit();
  return path;
}

rapidjson::Document parse_json(const std::string& text) {
  rapidjson::Document json;
  json.Parse(text.c_str());
  INFO(text.substr(0, 2000));
  REQUIRE_FALSE(json.HasParseError());
  return json;
}

std::string str(const rapidjson::Value& v) {
  return std::string(v.GetString(), v.GetStringLength());
}

// Compares a reader's view (read_graph.py's JSON) with the graph: counts, node attributes by
// entity id, edges by (source, relation, target).
void check_same_graph(const rapidjson::Document& seen, const KnowledgeGraph& kg) {
  const Graph& g = kg.graph();
  REQUIRE(seen["nodes"].Size() == kg.vertex_count());
  REQUIRE(seen["edges"].Size() == kg.edge_count());
  std::map<std::string, const EntityNode*> by_key;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) by_key[g[v].key] = &g[v];
  for (const auto& node : seen["nodes"].GetArray()) {
    INFO(str(node["entity_id"]));
    REQUIRE(by_key.count(str(node["entity_id"])));
    const EntityNode& e = *by_key[str(node["entity_id"])];
    CHECK(str(node["label"]) == xml_safe(e.name));
    CHECK(str(node["type"]) == e.type);
    CHECK(node["mentions"].GetInt() == e.mentions);
  }
  std::map<std::string, const FactEdge*> by_fact;
  for (Edge edge : boost::make_iterator_range(boost::edges(g)))
    by_fact[g[boost::source(edge, g)].key + "|" + g[edge].relation + "|" +
            g[boost::target(edge, g)].key] = &g[edge];
  for (const auto& edge : seen["edges"].GetArray()) {
    std::string key = str(edge["source"]) + "|" + str(edge["relation"]) + "|" + str(edge["target"]);
    INFO(key);
    REQUIRE(by_fact.count(key));
    CHECK(str(edge["predicate"]) == by_fact[key]->predicate);
    CHECK(edge["weight"].GetDouble() == by_fact[key]->weight);
  }
}

// What a JSON-LD export must hold, in RDF triples, derived from the graph and the store the way
// the format (exporters/FORMATS.md) describes it.
size_t expected_jsonld_triples(const KnowledgeGraph& kg, Store& store) {
  const Graph& g = kg.graph();
  std::set<int64_t> in_graph;
  for (Vertex v : boost::make_iterator_range(boost::vertices(g))) in_graph.insert(g[v].id);
  size_t triples = 0;
  // Entity: two types, name, identifier, mentions, its aliases, one direct triple per fact.
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    triples += 5 + std::set<std::string>(g[v].aliases.begin(), g[v].aliases.end()).size() +
               boost::out_degree(v, g);
  std::set<int64_t> articles;
  // Statement: type, subject, predicate, object, kg:predicate, source, 4 numbers, and the
  // sentence, date and attribution when known.
  sql::Statement fact(
      store_database(store),
      "SELECT r.article_id, s.text IS NOT NULL, r.date IS NOT NULL, r.attributed_to "
      "FROM relations r LEFT JOIN sentences s ON s.article_id = r.article_id AND "
      "s.idx = r.sentence WHERE r.id = ?");
  for (Edge edge : boost::make_iterator_range(boost::edges(g)))
    for (int64_t id : g[edge].evidence) {
      fact.reset();
      fact.bind(1, id);
      REQUIRE(fact.step());
      articles.insert(fact.int_at(0));
      triples += 10 + fact.int_at(1) + fact.int_at(2) +
                 (!fact.is_null(3) && in_graph.count(fact.int_at(3)) ? 1 : 0);
    }
  // Quotation of a speaker in the graph: type, text, speaker, article, and the cue when known.
  sql::Statement quotes(
      store_database(store),
      "SELECT speaker_id, article_id, cue IS NOT NULL FROM quotes WHERE speaker_id IS NOT NULL");
  while (quotes.step())
    if (in_graph.count(quotes.int_at(0))) {
      triples += 4 + quotes.int_at(2);
      articles.insert(quotes.int_at(1));
    }
  // Article: type and the metadata it has; an author is a node with a type and a name.
  sql::Statement article(
      store_database(store),
      "SELECT (ext_id IS NOT NULL) + (title IS NOT NULL) + (published IS NOT NULL) + "
      "(url IS NOT NULL) + 3 * (author IS NOT NULL) FROM articles WHERE id = ?");
  for (int64_t id : articles) {
    article.reset();
    article.bind(1, id);
    REQUIRE(article.step());
    triples += 1 + article.int_at(0);
  }
  return triples;
}

// A Cypher script read the way the language defines it: statements end at ';' outside string
// literals, backtick names and comments; string literals are unescaped.
struct CypherScript {
  std::vector<std::string> statements;  // with literals and names replaced by 'S' and `N`
  std::vector<std::string> literals;    // every string literal, unescaped
  std::vector<std::string> names;       // every backtick-quoted name, unescaped
};

void append_utf8(std::string& out, unsigned code) {
  if (code < 0x80) {
    out += static_cast<char>(code);
  } else if (code < 0x800) {
    out += static_cast<char>(0xC0 | (code >> 6));
    out += static_cast<char>(0x80 | (code & 0x3F));
  } else {
    out += static_cast<char>(0xE0 | (code >> 12));
    out += static_cast<char>(0x80 | ((code >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (code & 0x3F));
  }
}

CypherScript parse_cypher(const std::string& text) {
  CypherScript script;
  std::string current;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '/' && i + 1 < text.size() && text[i + 1] == '/') {
      while (i < text.size() && text[i] != '\n') ++i;
    } else if (c == '\'' || c == '"') {
      std::string value;
      for (++i;; ++i) {
        REQUIRE(i < text.size());  // an unterminated literal
        if (text[i] == c) break;
        REQUIRE(text[i] != '\n');  // a raw newline in a literal
        if (text[i] != '\\') {
          value += text[i];
          continue;
        }
        REQUIRE(++i < text.size());
        switch (text[i]) {
          case '\\':
            value += '\\';
            break;
          case '\'':
            value += '\'';
            break;
          case '"':
            value += '"';
            break;
          case 'n':
            value += '\n';
            break;
          case 'r':
            value += '\r';
            break;
          case 't':
            value += '\t';
            break;
          case 'b':
            value += '\b';
            break;
          case 'f':
            value += '\f';
            break;
          case 'u': {
            REQUIRE(i + 4 < text.size());
            append_utf8(value,
                        static_cast<unsigned>(std::stoul(text.substr(i + 1, 4), nullptr, 16)));
            i += 4;
            break;
          }
          default:
            FAIL("unknown escape \\" << text[i]);
        }
      }
      script.literals.push_back(value);
      current += "'S'";
    } else if (c == '`') {
      std::string name;
      for (++i;; ++i) {
        REQUIRE(i < text.size());
        if (text[i] == '`') {
          if (i + 1 < text.size() && text[i + 1] == '`') {
            name += '`';
            ++i;
            continue;
          }
          break;
        }
        name += text[i];
      }
      script.names.push_back(name);
      current += "`N`";
    } else if (c == ';') {
      script.statements.push_back(current);
      current.clear();
    } else {
      current += c;
    }
  }
  std::string rest;
  for (char c : current)
    if (!std::isspace(static_cast<unsigned char>(c))) rest += c;
  CHECK(rest.empty());  // nothing after the last ';'
  return script;
}

bool contains(const std::vector<std::string>& items, const std::string& item) {
  return std::find(items.begin(), items.end(), item) != items.end();
}

}  // namespace

TEST_CASE("GraphML reads back in NetworkX and igraph with the store's counts and attributes",
          "[export][readback]") {
  Store store(":memory:");
  fill_hostile(store);
  KnowledgeGraph kg = load_graph(store);
  test::TempDir dir;
  std::string path = export_to(dir, store, "graphml");
  for (std::string name : {"networkx", "igraph"}) {
    if (!reader_available(python_has(name), "python3-" + name)) continue;
    auto result =
        test::run(kPython + " " + reader("read_graph.py") + " graphml-" + name + " " + path);
    INFO(name << ": " << result.output);
    REQUIRE(result.exit_code == 0);
    rapidjson::Document seen = parse_json(result.output);
    check_same_graph(seen, kg);
    if (name == "igraph") CHECK(seen["directed"].GetBool());
  }
}

TEST_CASE("GEXF reads back in NetworkX with its timeline and viz, and its structure validates",
          "[export][readback]") {
  Store store(":memory:");
  fill_hostile(store);
  KnowledgeGraph kg = load_graph(store);
  test::TempDir dir;
  std::string path = export_to(dir, store, "gexf");
  std::string text = test::read_file(path);
  CHECK_THAT(text, Catch::Contains("mode=\"dynamic\"") && Catch::Contains("timeformat=\"date\"") &&
                       Catch::Contains("xmlns:viz=\"http://www.gexf.net/1.2draft/viz\""));

  if (reader_available(python_has("networkx"), "python3-networkx")) {
    auto result = test::run(kPython + " " + reader("read_graph.py") + " gexf-networkx " + path);
    INFO(result.output);
    REQUIRE(result.exit_code == 0);
    rapidjson::Document seen = parse_json(result.output);
    check_same_graph(seen, kg);
    const Graph& g = kg.graph();
    for (const auto& node : seen["nodes"].GetArray()) {
      Rgb colour = type_colour(str(node["type"]));
      CHECK(node["color"]["r"].GetInt() == colour.r);
      CHECK(node["color"]["g"].GetInt() == colour.g);
      CHECK(node["color"]["b"].GetInt() == colour.b);
      CHECK(node["size"].GetDouble() >= 4.0);
      REQUIRE(node["start"].IsString());
    }
    for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
      if (g[v].key == "country:PRK") {
        // Seen in articles of 2024-01-10 and 2024-02-01, in a fact dated 2024-01-09.
        for (const auto& node : seen["nodes"].GetArray())
          if (str(node["entity_id"]) == "country:PRK") {
            CHECK(str(node["start"]) == "2024-01-09");
            CHECK(str(node["end"]) == "2024-02-01");
          }
      }
    for (const auto& edge : seen["edges"].GetArray())
      if (str(edge["relation"]) == "CONDEMN") {
        CHECK(str(edge["start"]) == "2024-01-10");
        CHECK(str(edge["end"]) == "2024-02-01");
        CHECK(edge["confidence"].GetDouble() == Approx(0.8));
      }
  }

  if (reader_available(test::run("command -v xmllint").exit_code == 0, "xmllint (libxml2-utils)")) {
    // The 1.2draft schemas put viz elements in the GEXF namespace: validate without them.
    std::istringstream lines(text);
    std::string line, structure;
    while (std::getline(lines, line))
      if (line.find("<viz:") == std::string::npos) structure += line + "\n";
    test::write_file(dir.file("structure.gexf"), structure);
    std::string schemas = test::source_dir() + "/tests/data/schemas/gexf-1.2draft/";
    auto xsd = test::run("xmllint --nonet --noout --schema " + schemas + "gexf.xsd " +
                         dir.file("structure.gexf"));
    INFO(xsd.output);
    CHECK(xsd.exit_code == 0);
    auto rng = test::run("xmllint --nonet --noout --relaxng " + schemas + "gexf.rng " +
                         dir.file("structure.gexf"));
    INFO(rng.output);
    CHECK(rng.exit_code == 0);
  }
}

TEST_CASE("JSON-LD: jsonld.js and rdflib find the triples the store implies",
          "[export][readback]") {
  Store store(":memory:");
  fill_hostile(store);
  KnowledgeGraph kg = load_graph(store);
  test::TempDir dir;
  std::string path = export_to(dir, store, "jsonld");
  size_t expected = expected_jsonld_triples(kg, store);
  CHECK(expected > 50);

  rapidjson::Document json = parse_json(test::read_file(path));
  REQUIRE(json.HasMember("@context"));
  CHECK(json["@context"].IsObject());  // embedded, nothing to fetch

  if (reader_available(node_has("jsonld"),
                       "node with the npm package jsonld (tests/package-lock.json)")) {
    auto result = test::run("node " + reader("jsonld_nquads.js") + " " + path);
    INFO(result.output.substr(0, 3000));
    REQUIRE(result.exit_code == 0);
    size_t lines = std::count(result.output.begin(), result.output.end(), '\n');
    CHECK(lines == expected);
    // Facts: the direct triple, the statement with its provenance, the quotation's speaker.
    CHECK_THAT(result.output,
               Catch::Contains("<urn:kg:entity:country%3AJPN> <https://kg.invalid/vocab#CONDEMN> "
                               "<urn:kg:entity:country%3APRK>"));
    CHECK_THAT(result.output,
               Catch::Contains("<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "
                               "<http://www.w3.org/1999/02/22-rdf-syntax-ns#Statement>"));
    CHECK_THAT(result.output,
               Catch::Contains("<http://www.w3.org/ns/prov#wasDerivedFrom> <urn:kg:article:"));
    CHECK_THAT(result.output,
               Catch::Contains("<http://www.w3.org/ns/prov#wasAttributedTo> <urn:kg:entity:"));
    CHECK_THAT(
        result.output,
        Catch::Contains(
            "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://schema.org/Quotation>"));
    CHECK_THAT(
        result.output,
        Catch::Contains("<https://schema.org/spokenByCharacter> <urn:kg:entity:country%3AJPN>"));
    CHECK_THAT(result.output, Catch::Contains("<https://schema.org/Country>"));
  }
  if (reader_available(python_has("rdflib"), "python3-rdflib")) {
    auto result = test::run(
        kPython +
        " -c 'import json,sys,rdflib; g=rdflib.Graph(); "
        "g.parse(sys.argv[1], format=\"json-ld\"); "
        "names=sorted(str(o) for o in g.objects(None, "
        "rdflib.URIRef(\"https://schema.org/name\"))); "
        "texts=[str(o) for o in g.objects(None, rdflib.URIRef(\"https://schema.org/text\"))]; "
        "print(json.dumps({\"triples\": len(g), \"names\": names, \"texts\": texts}))' " +
        path);
    INFO(result.output.substr(0, 3000));
    REQUIRE(result.exit_code == 0);
    rapidjson::Document seen = parse_json(result.output);
    CHECK(seen["triples"].GetUint64() == expected);
    std::vector<std::string> names, texts;
    for (const auto& n : seen["names"].GetArray()) names.push_back(str(n));
    for (const auto& t : seen["texts"].GetArray()) texts.push_back(str(t));
    CHECK(contains(names, kHostileName));  // JSON carries control characters escaped
    CHECK(contains(texts, kHostileQuote));
  }
}

TEST_CASE("Cypher: Neo4j's parser accepts the script, and hostile strings round-trip",
          "[export][readback]") {
  Store store(":memory:");
  fill_hostile(store);
  KnowledgeGraph kg = load_graph(store);
  test::TempDir dir;
  std::string path = export_to(dir, store, "cypher");
  std::string text = test::read_file(path);

  CypherScript script = parse_cypher(text);
  // A constraint, one node batch per type (Country, Person), one relationship batch per class.
  REQUIRE(script.statements.size() == 5);
  CHECK_THAT(
      script.statements[0],
      Catch::Contains(
          "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE"));
  size_t nodes = 0, edges = 0;
  for (size_t i = 1; i < script.statements.size(); ++i) {
    const std::string& s = script.statements[i];
    INFO(s);
    CHECK_THAT(s, Catch::StartsWith("\nUNWIND [") || Catch::StartsWith("UNWIND ["));
    CHECK(std::count(s.begin(), s.end(), '[') == std::count(s.begin(), s.end(), ']'));
    CHECK(std::count(s.begin(), s.end(), '{') == std::count(s.begin(), s.end(), '}'));
    CHECK(std::count(s.begin(), s.end(), '(') == std::count(s.begin(), s.end(), ')'));
    // No text from the store outside a literal.
    CHECK_THAT(s,
               !Catch::Contains("DETACH") && !Catch::Contains("Korea") && !Catch::Contains("\\"));
    if (s.find("MERGE (n:Entity {id: row.id})") != std::string::npos) {
      CHECK_THAT(s, Catch::EndsWith("SET n += row, n:`N`"));
      nodes += std::count(s.begin(), s.end(), '\n') - 4;  // one row per line between the brackets
    } else {
      CHECK_THAT(
          s, Catch::Contains("MERGE (a)-[r:`N`]->(b)") && Catch::EndsWith("SET r += row.props"));
      edges += std::count(s.begin(), s.end(), '\n') - 6;
    }
  }
  CHECK(nodes == kg.vertex_count());
  CHECK(edges == kg.edge_count());
  CHECK(contains(script.literals, kHostileName));
  CHECK(contains(script.literals, valid_utf8(kHostileAlias)));
  CHECK(contains(script.literals, "Fumio `K` Kishida"));
  CHECK(contains(script.names, kHostileRelation));
  CHECK(contains(script.names, "Country"));

  if (reader_available(node_has("@neo4j-cypher/language-support"),
                       "node with the npm package @neo4j-cypher/language-support")) {
    // The parser does see errors: a broken script beside the export fails.
    test::write_file(dir.file("broken.cypher"),
                     "UNWIND [{id: 'a\\'}] AS row MERGE (n:Entity {id: row.id});\n");
    auto result = test::run("node " + reader("cypher_lint.js") + " " + path + " " +
                            dir.file("broken.cypher"));
    INFO(result.output);
    CHECK_THAT(result.output, Catch::Contains(path + ": statements 5, errors 0"));
    CHECK_THAT(result.output, Catch::Contains("broken.cypher: statements 1, errors ") &&
                                  !Catch::Contains("broken.cypher: statements 1, errors 0"));
    CHECK(result.exit_code == 1);
  }
}

TEST_CASE("Neo4j CSV reads back with Python's csv module, with the headers neo4j-admin expects",
          "[export][readback]") {
  Store store(":memory:");
  fill_hostile(store);
  KnowledgeGraph kg = load_graph(store);
  test::TempDir dir;
  std::string path = export_to(dir, store, "neo4j-csv");
  // Nothing left half-written beside the files.
  CHECK(std::distance(std::filesystem::directory_iterator(path),
                      std::filesystem::directory_iterator()) == 2);
  if (!reader_available(test::run(kPython + " -c 'import csv'").exit_code == 0, "python3")) return;
  auto result = test::run(kPython + " " + reader("read_graph.py") + " neo4j-csv " + path);
  INFO(result.output.substr(0, 3000));
  REQUIRE(result.exit_code == 0);
  rapidjson::Document seen = parse_json(result.output);
  std::vector<std::string> node_header, edge_header;
  for (const auto& h : seen["nodes_header"].GetArray()) node_header.push_back(str(h));
  for (const auto& h : seen["relationships_header"].GetArray()) edge_header.push_back(str(h));
  CHECK(node_header == std::vector<std::string>{"id:ID", ":LABEL", "name", "type",
                                                "aliases:string[]", "mentions:int", "store_id:long",
                                                "first_seen:date", "last_seen:date"});
  CHECK(edge_header == std::vector<std::string>{":START_ID", ":END_ID", ":TYPE", "predicate",
                                                "weight:int", "confidence:double",
                                                "evidence:long[]", "first_date:date",
                                                "last_date:date"});
  REQUIRE(seen["nodes"].Size() == kg.vertex_count());
  REQUIRE(seen["relationships"].Size() == kg.edge_count());
  std::set<std::string> ids;
  bool found_hostile = false;
  for (const auto& node : seen["nodes"].GetArray()) {
    ids.insert(str(node["id:ID"]));
    CHECK_THAT(str(node[":LABEL"]), Catch::StartsWith("Entity;"));
    if (str(node["id:ID"]) == "country:PRK") {
      found_hostile = true;
      CHECK(str(node["name"]) == xml_safe(kHostileName));  // the newline survives, quoted
      CHECK_THAT(str(node["aliases:string[]"]),
                 Catch::Contains("bad \xEF\xBF\xBD byte\xEF\xBC\x9B semi"));
      CHECK(str(node[":LABEL"]) == "Entity;Country");
      CHECK(str(node["first_seen:date"]) == "2024-01-10");
    }
  }
  CHECK(found_hostile);
  for (const auto& edge : seen["relationships"].GetArray()) {
    CHECK(ids.count(str(edge[":START_ID"])));
    CHECK(ids.count(str(edge[":END_ID"])));
    if (str(edge[":TYPE"]) == "CONDEMN") {
      CHECK(str(edge["weight:int"]) == "2");
      CHECK(str(edge["evidence:long[]"]).find(';') != std::string::npos);
    } else {
      CHECK(str(edge[":TYPE"]) == "SAYSQ");  // only letters, digits and '_' in a type
    }
  }
}

TEST_CASE("DOT: Graphviz draws the hostile graph, and kg render writes an SVG",
          "[export][readback]") {
  test::TempDir dir;
  {
    Store store(dir.file("kg.db"));
    fill_hostile(store);
    std::string path = export_to(dir, store, "dot");
    std::string text = test::read_file(path);
    CHECK_THAT(text, Catch::Contains("label=\"North \\\"Korea\\\" <b>&amp;amp;</b> 'x' \\\\ `y` "
                                     "\xEF\xBF\xBD\\n'}) DETACH DELETE n //\""));
    CHECK_THAT(text, Catch::Contains("cluster_legend"));
    if (!reader_available(test::run("command -v dot").exit_code == 0, "Graphviz (dot)")) return;
    auto drawn = test::run("dot -Tsvg -o " + dir.file("g.svg") + " " + path);
    INFO(drawn.output);
    REQUIRE(drawn.exit_code == 0);
    std::string svg = test::read_file(dir.file("g.svg"));
    CHECK_THAT(svg, Catch::Contains("&amp;amp;") && Catch::Contains("DETACH DELETE n //"));
  }
  auto render = test::run(test::kg_binary() + " render --db " + dir.file("kg.db") + " -o " +
                          dir.file("r.svg"));
  INFO(render.output);
  REQUIRE(render.exit_code == 0);
  CHECK_THAT(render.output, Catch::StartsWith("wrote " + dir.file("r.svg")));
  std::string svg = test::read_file(dir.file("r.svg"));
  CHECK_THAT(svg, Catch::Contains("<svg") && Catch::Contains("CONDEMN") &&
                      Catch::Contains("Entity types"));
  CHECK_FALSE(std::filesystem::exists(dir.file("r.svg.tmp")));
  auto top = test::run(test::kg_binary() + " render --top 1 --db " + dir.file("kg.db") + " -o " +
                       dir.file("top.svg"));
  CHECK_THAT(top.output, Catch::Contains("(1 nodes, 0 edges)"));
  auto bad = test::run(test::kg_binary() + " render --db " + dir.file("kg.db") + " -o " +
                       dir.file("r.txt"));
  CHECK(bad.exit_code == 2);
}
