// kg export --format F : write the merged graph for Gephi, NetworkX, linked-data tools...
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "cli/commands.h"
#include "cli/common.h"
#include "exporters/exporter.h"
#include "extractor/error.h"

namespace kg::cli {
namespace {

struct ExportOptions {
  std::string format;
  std::string db;
  std::string output;
  GraphFilter filter;
};

void run(const ExportOptions& options) {
  std::unique_ptr<Exporter> exporter = make_exporter(options.format);
  Store store(options.db, Store::Mode::ReadOnly);
  KnowledgeGraph graph = load_graph(store, options.filter);
  if (options.output.empty() || options.output == "-") {
    exporter->write(graph, store, std::cout);
    std::cout.flush();
    return;
  }
  // Write beside the target and rename, so a failed export never leaves half a file.
  std::string temporary = options.output + ".tmp";
  {
    std::ofstream out(temporary, std::ios::binary | std::ios::trunc);
    if (!out) throw Error(ErrorKind::Output, options.output + ": cannot open for writing");
    try {
      exporter->write(graph, store, out);
      out.close();
      if (!out) throw Error(ErrorKind::Output, "write failed");
    } catch (const Error& e) {
      std::filesystem::remove(temporary);
      throw Error(ErrorKind::Output, options.output + ": " + e.what());
    }
  }
  std::error_code ec;
  std::filesystem::rename(temporary, options.output, ec);
  if (ec) throw Error(ErrorKind::Output, options.output + ": cannot write: " + ec.message());
  std::printf("wrote %s (%zu nodes, %zu edges)\n", options.output.c_str(), graph.vertex_count(),
              graph.edge_count());
}

}  // namespace

void add_export_command(CLI::App& app) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* command = app.add_subcommand("export", "Write the graph as GraphML or JSON-LD");
  command->add_option("--format", options->format, "export format")
      ->required()
      ->check(CLI::IsMember(exporter_formats()));
  options->db = default_db();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  command->add_option("-o,--output", options->output, "output file (default: standard output)");
  command->add_option("--relation", options->filter.relation, "only facts of this class");
  command->add_option("--since", options->filter.since, "only facts dated on or after YYYY-MM-DD");
  command->add_option("--until", options->filter.until, "only facts dated on or before YYYY-MM-DD");
  command->add_option("--min-weight", options->filter.min_weight, "only facts with N+ mentions");
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
