// kg export --format F : write the merged graph for Gephi, Neo4j, NetworkX, linked-data tools...
// kg render -o FILE.svg : draw it through Graphviz.
// Both take the same filters (GraphFilter).
#include <cstdio>
#include <iostream>

#include "cli/arguments.h"
#include "cli/commands.h"
#include "cli/common.h"
#include "exporters/exporter.h"
#include "exporters/render.h"
#include "extractor/core/error.h"

namespace kg::cli {
namespace {

struct ExportOptions {
  std::string format;
  std::string db;
  std::string output;
  GraphFilter filter;
};

void add_filter_options(CLI::App& command, GraphFilter& filter) {
  command.add_option("--type", filter.types, "only entities of this type (repeat or T1,T2)")
      ->delimiter(',')
      ->transform(entity_types_check());
  command.add_option("--relation", filter.relation, "only facts of this class")
      ->transform(single_relation_check());
  command.add_option("--since", filter.since, "only facts dated on or after YYYY-MM-DD")
      ->transform(day_check());
  command.add_option("--until", filter.until, "only facts dated on or before YYYY-MM-DD")
      ->transform(day_check());
  command.add_option("--min-weight", filter.min_weight,
                     "only facts stated by N+ distinct articles");
  command.add_option("--article", filter.article,
                     "only one article's entities and facts (ext_id or id)");
  command.add_option("--ego", filter.ego, "only the entities within --depth hops of this one");
  command.add_option("--depth", filter.depth, "hops around --ego (default 1)")
      ->check(CLI::NonNegativeNumber);
}

void run_export(const ExportOptions& options) {
  std::unique_ptr<Exporter> exporter = make_exporter(options.format);
  if (exporter->writes_folder() && (options.output.empty() || options.output == "-"))
    throw Error(ErrorKind::Usage,
                options.format + " writes several files: give a folder with -o DIR");
  Store store(options.db, Store::Mode::ReadOnly);
  KnowledgeGraph graph = load_graph(store, options.filter);
  if (options.output.empty() || options.output == "-") {
    exporter->write(graph, store, std::cout);
    std::cout.flush();
    return;
  }
  // FileSink writes beside the targets and renames, so a failed export never leaves half a file.
  FileSink sink(options.output);
  try {
    exporter->write(graph, store, sink);
    sink.commit();
  } catch (const Error& e) {
    std::string message = e.what();
    if (message.find(options.output) == std::string::npos)
      message = options.output + ": " + message;
    bool keep = e.kind() == ErrorKind::Usage || e.kind() == ErrorKind::Model;  // html: no d3
    throw Error(keep ? e.kind() : ErrorKind::Output, message);
  }
  std::printf("wrote %s (%zu nodes, %zu edges)\n", options.output.c_str(), graph.vertex_count(),
              graph.edge_count());
}

void run_render(const ExportOptions& options) {
  Store store(options.db, Store::Mode::ReadOnly);
  KnowledgeGraph graph = load_graph(store, options.filter);
  render_graph(graph, store, options.output);
  std::printf("wrote %s (%zu nodes, %zu edges)\n", options.output.c_str(), graph.vertex_count(),
              graph.edge_count());
}

}  // namespace

// Registers `export` and `render`: they share options and filters.
void add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand(
      "export", "Write the graph as GraphML, GEXF, JSON-LD, Cypher, Neo4j CSV or DOT");
  command->add_option("--format", options->format, "export format")
      ->required()
      ->check(CLI::IsMember(exporter_formats()));
  options->db = default_db();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  command->add_option("-o,--output", options->output,
                      "output file, or folder for neo4j-csv (default: standard output)");
  add_filter_options(*command, options->filter);
  command->add_option("--top", options->filter.top, "only the N entities with the most facts");
  // A Gephi user filtering by relation wants the connected graph: lone entities only on request.
  options->filter.keep_isolated = false;
  command->add_flag("--all-entities", options->filter.keep_isolated,
                    "keep entities that have no fact after filtering");
  command->callback([options] { run_export(*options); });

  auto render = std::make_shared<ExportOptions>();
  CLI::App* render_command =
      app.add_subcommand("render", "Draw the graph with Graphviz to an SVG, PNG or PDF file");
  render->db = default_db();
  render->filter.top = 60;
  render->filter.keep_isolated = false;  // a picture shows facts: leave out lone entities
  render_command->add_option("--db", render->db, "SQLite database (default $KG_DB or kg.db)");
  render_command->add_option("-o,--output", render->output, "picture file: .svg, .png or .pdf")
      ->required();
  add_filter_options(*render_command, render->filter);
  render_command->add_option("--top", render->filter.top,
                             "only the N entities with the most facts (default 60; 0 = all)");
  render_command->callback([render] { run_render(*render); });
}

}  // namespace kg::cli
