// Pictures of the graph through Graphviz's `dot` program (Debian package graphviz): the DOT
// export, laid out and drawn to SVG, PNG or PDF.
#pragma once

#include <string>

#include "graph/knowledge_graph.h"
#include "graph/store/store.h"

namespace kg {

// Draws `graph` to `output`; the picture format is the file's extension (svg, png or pdf). Writes
// beside the target and renames, so a failure leaves no half picture. Throws kg::Error(Usage) for
// another extension and kg::Error(Output) when `dot` is missing, fails (with its message), or the
// file cannot be written.
void render_graph(const KnowledgeGraph& graph, Store& store, const std::string& output);

}  // namespace kg
