// Graphviz DOT, drawn to be read: nodes filled with their type's colour and sized by mentions,
// edges labelled with their relation class and thickened by weight, and a legend of the types
// present. Node ids are positional ("n0"); names are labels.
//
// Escaping: every text is a double-quoted DOT string. Backslash and double quote are escaped,
// newlines become "\n" line breaks, '&' becomes "&amp;" (Graphviz reads HTML entities in labels),
// and what Graphviz cannot carry (invalid UTF-8, control characters) becomes U+FFFD. The legend
// is an HTML-like label, escaped as XML.
#include <algorithm>
#include <cmath>
#include <map>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "exporters/xml_text.h"
#include "extractor/core/error.h"

namespace kg {
namespace {

std::string dot_string(std::string_view text) {
  std::string safe = xml_safe(text);
  std::string out = "\"";
  for (char c : safe) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        break;
      case '\t':
        out += ' ';
        break;
      case '&':
        out += "&amp;";
        break;
      default:
        out += c;
    }
  }
  out += '"';
  return out;
}

class DotExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store&, ExportSink& sink) const override {
    std::ostream& out = sink.open("");
    const Graph& g = kg.graph();
    out << "digraph kg {\n"
        << "  graph [rankdir=LR, overlap=false, splines=true, nodesep=0.3, ranksep=0.6, "
           "fontname=\"Helvetica\", fontsize=11, outputorder=edgesfirst];\n"
        << "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\", fontsize=10, "
           "color=\"#333333\", penwidth=0.6, margin=\"0.08,0.04\"];\n"
        << "  edge [fontname=\"Helvetica\", fontsize=8, color=\"#666666\", fontcolor=\"#222222\", "
           "arrowsize=0.6];\n";
    int max_mentions = 1;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
      max_mentions = std::max(max_mentions, g[v].mentions);
    std::map<std::string, Rgb> legend;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g))) {
      const EntityNode& e = g[v];
      Rgb colour = type_colour(e.type);
      legend.emplace(e.type, colour);
      double scale = std::sqrt(static_cast<double>(std::max(e.mentions, 0)) / max_mentions);
      out << "  n" << v << " [label=" << dot_string(e.name) << ", fillcolor=\""
          << hex_colour(colour) << "\", fontcolor=\"" << (light(colour) ? "#000000" : "#FFFFFF")
          << "\", fontsize=" << std::lround(9 + 7 * scale) << ", tooltip="
          << dot_string(e.key + " (" + e.type + ", " + std::to_string(e.mentions) + " mentions)")
          << "];\n";
    }
    for (Edge edge : boost::make_iterator_range(boost::edges(g))) {
      const FactEdge& f = g[edge];
      double width = 0.8 + std::min(4.0, std::log2(1.0 + f.weight));
      out << "  n" << boost::source(edge, g) << " -> n" << boost::target(edge, g)
          << " [label=" << dot_string(f.relation) << ", penwidth=" << std::round(width * 10) / 10
          << ", tooltip="
          << dot_string(
                 f.predicate + " (" + std::to_string(f.weight) + " articles, " +
                 std::to_string(f.evidence.size()) + " mentions" +
                 (f.first_date.empty() ? "" : ", " + f.first_date) +
                 (f.last_date.empty() || f.last_date == f.first_date ? "" : " to " + f.last_date) +
                 ")")
          << "];\n";
    }
    if (!legend.empty()) {
      out << "  subgraph cluster_legend {\n    label=\"Entity types\"; fontsize=10; "
             "style=rounded; color=\"#999999\";\n    legend [shape=plain, style=\"\", label=<"
             "<table border=\"0\" cellborder=\"0\" cellspacing=\"2\">";
      for (const auto& [type, colour] : legend)
        out << "<tr><td bgcolor=\"" << hex_colour(colour)
            << "\" width=\"14\"></td><td align=\"left\">" << xml_escape(type) << "</td></tr>";
      out << "</table>>];\n  }\n";
    }
    out << "}\n";
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "dot"; }

 private:
  static bool light(Rgb c) { return 0.299 * c.r + 0.587 * c.g + 0.114 * c.b > 150; }
};

}  // namespace

std::unique_ptr<Exporter> make_dot_exporter() { return std::make_unique<DotExporter>(); }

}  // namespace kg
