// CSV files for Neo4j 5's offline bulk importer, written into a folder:
//   nodes.csv          id:ID, :LABEL, name, type, aliases:string[], mentions:int, store_id:long,
//                      first_seen:date, last_seen:date
//   relationships.csv  :START_ID, :END_ID, :TYPE, predicate, weight:int, confidence:double,
//                      evidence:long[], first_date:date, last_date:date
// Import with (see README.md):
//   neo4j-admin database import full --nodes=nodes.csv --relationships=relationships.csv
//     --array-delimiter=";" --multiline-fields=true --overwrite-destination neo4j
//
// RFC 4180: fields separated by commas, records by CRLF; every text field is double-quoted with
// inner double quotes doubled, so commas, quotes and newlines stay data (newlines need the
// importer's --multiline-fields=true). Invalid UTF-8 and control characters other than tab and
// newline become U+FFFD. Arrays are joined with ';', which the importer cannot escape: a ';'
// inside an alias is written as U+FF1B (fullwidth semicolon). Labels and types keep letters,
// digits and '_' only, since ';' separates labels. Dates that are not YYYY-MM-DD are left empty.
#include <cctype>
#include <charconv>
#include <cmath>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "exporters/xml_text.h"
#include "extractor/core/error.h"

namespace kg {
namespace {

std::string csv_field(std::string_view text) {
  // xml_safe() does exactly the repair wanted here: invalid UTF-8 and C0 controls but tab, LF, CR.
  std::string safe = xml_safe(text);
  std::string out = "\"";
  for (char c : safe) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
  return out;
}

std::string csv_array(const std::vector<std::string>& items) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += ';';
    for (char c : item) {
      if (c == ';')
        joined += "\xEF\xBC\x9B";  // U+FF1B
      else
        joined += c;
    }
  }
  return csv_field(joined);
}

std::string token(std::string_view name) {
  std::string out;
  for (unsigned char c : name)
    if (std::isalnum(c) || c == '_') out += static_cast<char>(c);
  return out.empty() ? "Unknown" : out;
}

std::string date_field(const std::string& value) { return is_iso_date(value) ? value : ""; }

std::string number(double value) {
  if (!std::isfinite(value)) value = 0.0;
  char buffer[32];
  auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, ec == std::errc() ? end : buffer);
}

class Neo4jCsvExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store&, ExportSink& sink) const override {
    const Graph& g = kg.graph();
    {
      std::ostream& out = sink.open("nodes.csv");
      out << "id:ID,:LABEL,name,type,aliases:string[],mentions:int,store_id:long,"
             "first_seen:date,last_seen:date\r\n";
      for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
        const EntityNode& e = g[v];
        out << csv_field(e.key) << ',' << csv_field("Entity;" + token(e.type)) << ','
            << csv_field(e.name) << ',' << csv_field(e.type) << ',' << csv_array(e.aliases) << ','
            << e.mentions << ',' << e.id << ',' << date_field(e.first_seen) << ','
            << date_field(e.last_seen) << "\r\n";
      }
      if (!out) throw Error(ErrorKind::Output, "nodes.csv: write failed");
    }
    std::ostream& out = sink.open("relationships.csv");
    out << ":START_ID,:END_ID,:TYPE,predicate,weight:int,confidence:double,evidence:long[],"
           "first_date:date,last_date:date\r\n";
    for (Edge edge : boost::make_iterator_range(boost::edges(g))) {
      const FactEdge& f = g[edge];
      std::string evidence;
      for (int64_t id : f.evidence) evidence += (evidence.empty() ? "" : ";") + std::to_string(id);
      out << csv_field(g[boost::source(edge, g)].key) << ','
          << csv_field(g[boost::target(edge, g)].key) << ',' << csv_field(token(f.relation)) << ','
          << csv_field(f.predicate) << ',' << f.weight << ',' << number(f.confidence) << ','
          << evidence << ',' << date_field(f.first_date) << ',' << date_field(f.last_date)
          << "\r\n";
    }
    if (!out) throw Error(ErrorKind::Output, "relationships.csv: write failed");
  }
  std::string_view extension() const override { return ""; }
  bool writes_folder() const override { return true; }
};

}  // namespace

std::unique_ptr<Exporter> make_neo4j_csv_exporter() { return std::make_unique<Neo4jCsvExporter>(); }

}  // namespace kg
