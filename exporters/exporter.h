// Exporters write the merged graph in the formats other tools read. Each format lives in its own
// file with its own escaping rules; make_exporter() picks one by name.
//
// An Exporter writes to a stream as it walks the graph (and, for formats that carry evidence,
// the store's rows), so memory stays bounded by the graph, not by the corpus text.
#pragma once

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/store.h"

namespace kg {

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Writes `graph` (loaded from `store`) to `out`. Throws kg::Error(Output) on a write failure.
  virtual void write(const KnowledgeGraph& graph, Store& store, std::ostream& out) const = 0;
  // The usual file extension, without the dot.
  virtual std::string_view extension() const = 0;
};

// "graphml" or "jsonld"; throws kg::Error(Usage) listing the formats for any other name.
std::unique_ptr<Exporter> make_exporter(std::string_view format);
std::vector<std::string> exporter_formats();

// Per-format factories, defined in each format's file.
std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_jsonld_exporter();

}  // namespace kg
