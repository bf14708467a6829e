// GEXF 1.2draft (the version Gephi and NetworkX both read) for Gephi's timeline: a dynamic graph
// with timeformat="date". A node lives from the first to the last date it is seen (its articles'
// publication dates, widened to cover its facts' dates); an edge from its first to its last fact
// date. Attributes are declared in <attributes>; colour (by type) and size (by mentions) go in the
// viz namespace. Node ids are the store's entity ids; the canonical key travels as `entity_id`.
// Every text goes through xml_escape() (markup, whitespace and what XML cannot carry).
#include <algorithm>
#include <cmath>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "exporters/xml_text.h"
#include "extractor/core/error.h"

namespace kg {
namespace {

constexpr const char* kNamespace = "http://www.gexf.net/1.2draft";
constexpr const char* kVizNamespace = "http://www.gexf.net/1.2draft/viz";

// Node attribute ids (n0...) and edge attribute ids (e0...), in declaration order.
constexpr const char* kNodeAttributes[][2] = {
    {"type", "string"}, {"entity_id", "string"}, {"aliases", "string"}, {"mentions", "integer"}};
constexpr const char* kEdgeAttributes[][2] = {{"relation", "string"},
                                              {"predicate", "string"},
                                              {"weight", "integer"},
                                              {"confidence", "double"}};

struct Interval {
  std::string start, end;
  void widen(const std::string& date) {
    if (!is_iso_date(date)) return;
    if (start.empty() || date < start) start = date;
    if (end.empty() || date > end) end = date;
  }
};

void write_interval(std::ostream& out, const Interval& interval) {
  if (!interval.start.empty()) out << " start=\"" << interval.start << '"';
  if (!interval.end.empty()) out << " end=\"" << interval.end << '"';
}

void write_attvalue(std::ostream& out, const char* prefix, int index, const std::string& value) {
  out << "          <attvalue for=\"" << prefix << index << "\" value=\"" << xml_escape(value)
      << "\"/>\n";
}

class GexfExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store&, ExportSink& sink) const override {
    std::ostream& out = sink.open("");
    const Graph& g = kg.graph();
    out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        << "<gexf xmlns=\"" << kNamespace << "\" xmlns:viz=\"" << kVizNamespace
        << "\" version=\"1.2\">\n"
        << "  <meta>\n    <creator>kg</creator>\n"
        << "    <description>Knowledge graph extracted from news articles</description>\n"
        << "  </meta>\n"
        << "  <graph mode=\"dynamic\" defaultedgetype=\"directed\" timeformat=\"date\">\n";
    write_declarations(out, "node", "n", kNodeAttributes);
    write_declarations(out, "edge", "e", kEdgeAttributes);

    int max_mentions = 1;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
      max_mentions = std::max(max_mentions, g[v].mentions);

    out << "    <nodes count=\"" << boost::num_vertices(g) << "\">\n";
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      const EntityNode& e = g[v];
      Interval life;
      life.widen(e.first_seen);
      life.widen(e.last_seen);
      for (Edge edge : boost::make_iterator_range(boost::out_edges(v, g))) {
        life.widen(g[edge].first_date);
        life.widen(g[edge].last_date);
      }
      for (Edge edge : boost::make_iterator_range(boost::in_edges(v, g))) {
        life.widen(g[edge].first_date);
        life.widen(g[edge].last_date);
      }
      out << "      <node id=\"" << e.id << "\" label=\"" << xml_escape(e.name) << '"';
      write_interval(out, life);
      out << ">\n        <attvalues>\n";
      write_attvalue(out, "n", 0, e.type);
      write_attvalue(out, "n", 1, e.key);
      write_attvalue(out, "n", 2, join(e.aliases, "; "));
      write_attvalue(out, "n", 3, std::to_string(e.mentions));
      out << "        </attvalues>\n";
      Rgb colour = type_colour(e.type);
      // Sizes from 4 to 40, by the square root of mentions so that hubs do not hide the rest.
      double size =
          4.0 + 36.0 * std::sqrt(static_cast<double>(std::max(e.mentions, 0)) / max_mentions);
      out << "        <viz:color r=\"" << int(colour.r) << "\" g=\"" << int(colour.g) << "\" b=\""
          << int(colour.b) << "\"/>\n"
          << "        <viz:size value=\"" << std::round(size * 10) / 10 << "\"/>\n"
          << "      </node>\n";
    }
    out << "    </nodes>\n";

    out << "    <edges count=\"" << boost::num_edges(g) << "\">\n";
    size_t id = 0;
    for (Edge edge : boost::make_iterator_range(boost::edges(g))) {
      const FactEdge& f = g[edge];
      Interval life;
      life.widen(f.first_date);
      life.widen(f.last_date);
      out << "      <edge id=\"" << id++ << "\" source=\"" << g[boost::source(edge, g)].id
          << "\" target=\"" << g[boost::target(edge, g)].id << "\" label=\""
          << xml_escape(f.relation) << "\" weight=\"" << f.weight << '"';
      write_interval(out, life);
      out << ">\n        <attvalues>\n";
      write_attvalue(out, "e", 0, f.relation);
      write_attvalue(out, "e", 1, f.predicate);
      write_attvalue(out, "e", 2, std::to_string(f.weight));
      write_attvalue(out, "e", 3, std::to_string(f.confidence));
      out << "        </attvalues>\n      </edge>\n";
    }
    out << "    </edges>\n  </graph>\n</gexf>\n";
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "gexf"; }

 private:
  template <size_t N>
  static void write_declarations(std::ostream& out, const char* kind, const char* prefix,
                                 const char* const (&attributes)[N][2]) {
    out << "    <attributes class=\"" << kind << "\" mode=\"static\">\n";
    for (size_t i = 0; i < N; ++i)
      out << "      <attribute id=\"" << prefix << i << "\" title=\"" << attributes[i][0]
          << "\" type=\"" << attributes[i][1] << "\"/>\n";
    out << "    </attributes>\n";
  }
};

}  // namespace

std::unique_ptr<Exporter> make_gexf_exporter() { return std::make_unique<GexfExporter>(); }

}  // namespace kg
