// GraphML through Boost's write_graphml, with typed keys. Boost numbers nodes by position, so the
// stable entity id travels as the `entity_id` property. Values pass through xml_safe(); Boost
// escapes the markup characters.
#include <boost/graph/graphml.hpp>
#include <boost/property_map/function_property_map.hpp>

#include "exporters/export_text.h"
#include "exporters/exporter.h"
#include "exporters/xml_text.h"
#include "extractor/core/error.h"

namespace kg {
namespace {

class GraphmlExporter : public Exporter {
 public:
  void write(const KnowledgeGraph& kg, Store&, ExportSink& sink) const override {
    std::ostream& out = sink.open("");
    const Graph& g = kg.graph();
    boost::dynamic_properties dp;
    auto vertex_text = [&g](std::string EntityNode::*field) {
      return boost::make_function_property_map<Vertex, std::string>(
          [&g, field](Vertex v) { return xml_safe(g[v].*field); });
    };
    auto edge_text = [&g](std::string FactEdge::*field) {
      return boost::make_function_property_map<Edge, std::string>(
          [&g, field](Edge e) { return xml_safe(g[e].*field); });
    };
    dp.property("label", vertex_text(&EntityNode::name));
    dp.property("type", vertex_text(&EntityNode::type));
    dp.property("entity_id", vertex_text(&EntityNode::key));
    dp.property("aliases", boost::make_function_property_map<Vertex, std::string>(
                               [&g](Vertex v) { return xml_safe(join(g[v].aliases, "; ")); }));
    dp.property("mentions", boost::make_function_property_map<Vertex, int>(
                                [&g](Vertex v) { return g[v].mentions; }));
    dp.property("first_seen", vertex_text(&EntityNode::first_seen));
    dp.property("last_seen", vertex_text(&EntityNode::last_seen));

    dp.property("label", edge_text(&FactEdge::relation));
    dp.property("relation", edge_text(&FactEdge::relation));
    dp.property("predicate", edge_text(&FactEdge::predicate));
    dp.property("weight",
                boost::make_function_property_map<Edge, int>([&g](Edge e) { return g[e].weight; }));
    dp.property("first_date", edge_text(&FactEdge::first_date));
    dp.property("last_date", edge_text(&FactEdge::last_date));
    dp.property("confidence", boost::make_function_property_map<Edge, double>(
                                  [&g](Edge e) { return g[e].confidence; }));
    dp.property("evidence_count", boost::make_function_property_map<Edge, int>([&g](Edge e) {
                  return static_cast<int>(g[e].evidence.size());
                }));
    boost::write_graphml(out, g, boost::get(boost::vertex_index, g), dp, true);
    if (!out) throw Error(ErrorKind::Output, "write failed");
  }
  std::string_view extension() const override { return "graphml"; }
};

}  // namespace

std::unique_ptr<Exporter> make_graphml_exporter() { return std::make_unique<GraphmlExporter>(); }

}  // namespace kg
