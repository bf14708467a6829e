// A Cypher script for Neo4j 5's cypher-shell (`cypher-shell -f graph.cypher`): a uniqueness
// constraint on Entity.id, then the entities and the facts in batches of UNWIND [...] AS row with
// MERGE on the entity id, so running the script twice changes nothing. Each entity gets the label
// Entity plus one label for its type; each fact becomes a relationship whose type is its relation
// class. Labels and relationship types cannot be parameters in Neo4j 5, so batches are grouped by
// type and by class.
//
// Escaping: every string is a single-quoted Cypher literal (backslash, both quote kinds, newline,
// carriage return, tab, backspace, form feed escaped; other control characters as \uXXXX; invalid
// UTF-8 as U+FFFD); labels and types are backtick-quoted with backticks doubled. No text from the
// store is ever written outside a literal.
#include <charconv>
#include <cmath>
#include <cstdio>
#include <map>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "extractor/core/error.h"

namespace kg {
namespace {

constexpr size_t kBatch = 500;

std::string cypher_string(std::string_view text) {
  std::string safe = valid_utf8(text);
  std::string out = "'";
  for (char ch : safe) {
    unsigned char c = static_cast<unsigned char>(ch);
    switch (ch) {
      case '\\':
        out += "\\\\";
        break;
      case '\'':
        out += "\\'";
        break;
      case '"':
        out += "\\\"";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\b':
        out += "\\b";
        break;
      case '\f':
        out += "\\f";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04X", c);
          out += buffer;
        } else {
          out += ch;
        }
    }
  }
  out += '\'';
  return out;
}

// A label or relationship type: backtick-quoted, backticks doubled, control characters dropped.
std::string cypher_name(std::string_view name) {
  std::string safe = valid_utf8(name);
  std::string out = "`";
  for (char ch : safe) {
    if (ch == '`')
      out += "``";
    else if (static_cast<unsigned char>(ch) >= 0x20 && ch != 0x7F)
      out += ch;
  }
  if (out.size() == 1) out += "Unknown";
  out += '`';
  return out;
}

std::string cypher_double(double value) {
  if (!std::isfinite(value)) value = 0.0;
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  std::string text(buffer, ec == std::errc() ? end : buffer);
  // Cypher reads "1" as an integer: keep a float a float.
  if (text.find_first_of(".eE") == std::string::npos) text += ".0";
  return text;
}

void write_date(std::ostream& out, const char* key, const std::string& value) {
  if (is_iso_date(value)) out << ", " << key << ": date('" << value << "')";
}

class CypherExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store&, ExportSink& sink) const override {
    std::ostream& out = sink.open("");
    const Graph& g = kg.graph();
    out << "// kg knowledge graph for Neo4j 5: cypher-shell -f FILE (safe to run twice)\n"
        << "CREATE CONSTRAINT kg_entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;\n";

    std::map<std::string, std::vector<Vertex>> by_type;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) by_type[g[v].type].push_back(v);
    for (const auto& [type, vertices] : by_type) {
      for (size_t first = 0; first < vertices.size(); first += kBatch) {
        out << "UNWIND [\n";
        size_t last = std::min(vertices.size(), first + kBatch);
        for (size_t i = first; i < last; ++i) {
          const EntityNode& e = g[vertices[i]];
          out << "  {id: " << cypher_string(e.key) << ", name: " << cypher_string(e.name)
              << ", type: " << cypher_string(e.type) << ", aliases: [";
          for (size_t a = 0; a < e.aliases.size(); ++a)
            out << (a ? ", " : "") << cypher_string(e.aliases[a]);
          out << "], mentions: " << e.mentions << ", store_id: " << e.id;
          write_date(out, "first_seen", e.first_seen);
          write_date(out, "last_seen", e.last_seen);
          out << '}' << (i + 1 < last ? "," : "") << '\n';
        }
        out << "] AS row\nMERGE (n:Entity {id: row.id})\nSET n += row, n:" << cypher_name(type)
            << ";\n";
      }
    }

    std::map<std::string, std::vector<Edge>> by_relation;
    for (Edge edge : boost::make_iterator_range(boost::edges(g)))
      by_relation[g[edge].relation].push_back(edge);
    for (const auto& [relation, edges] : by_relation) {
      for (size_t first = 0; first < edges.size(); first += kBatch) {
        out << "UNWIND [\n";
        size_t last = std::min(edges.size(), first + kBatch);
        for (size_t i = first; i < last; ++i) {
          const FactEdge& f = g[edges[i]];
          out << "  {from: " << cypher_string(g[boost::source(edges[i], g)].key)
              << ", to: " << cypher_string(g[boost::target(edges[i], g)].key)
              << ", props: {predicate: " << cypher_string(f.predicate) << ", weight: " << f.weight
              << ", confidence: " << cypher_double(f.confidence) << ", evidence: [";
          for (size_t a = 0; a < f.evidence.size(); ++a) out << (a ? ", " : "") << f.evidence[a];
          out << ']';
          write_date(out, "first_date", f.first_date);
          write_date(out, "last_date", f.last_date);
          out << "}}" << (i + 1 < last ? "," : "") << '\n';
        }
        out << "] AS row\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\n"
            << "MERGE (a)-[r:" << cypher_name(relation) << "]->(b)\nSET r += row.props;\n";
      }
    }
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "cypher"; }
};

}  // namespace

std::unique_ptr<Exporter> make_cypher_exporter() { return std::make_unique<CypherExporter>(); }

}  // namespace kg
