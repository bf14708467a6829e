// kg ingest PATH... : read articles, extract, store each whole or not at all, print a summary.
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/article_reader.h"
#include "extractor/error.h"
#include "graph/queries.h"
#include "graph/store.h"

namespace kg::cli {
namespace {

struct IngestOptions {
  std::vector<std::string> paths;
  std::string db;
  std::string model;
  std::string lexicons;
  bool strict = false;
  bool quiet = false;
};

void print_summary(Store& store, size_t added, size_t unchanged, size_t failed,
                   const std::string& db) {
  StoreCounts counts = store.counts();
  std::printf("ingested %zu new article%s (%zu already stored, %zu failed) into %s\n", added,
              added == 1 ? "" : "s", unchanged, failed, db.c_str());
  std::printf("store: %lld articles, %lld entities, %lld relations, %lld quotes\n",
              static_cast<long long>(counts.articles), static_cast<long long>(counts.entities),
              static_cast<long long>(counts.relations), static_cast<long long>(counts.quotes));
  std::vector<FactRow> facts = query_relations(store, {});
  if (facts.empty()) return;
  std::printf("\ntop relations:\n");
  std::vector<std::vector<std::string>> rows;
  for (size_t i = 0; i < facts.size() && i < 10; ++i)
    rows.push_back({facts[i].subject, facts[i].relation, facts[i].object,
                    std::to_string(facts[i].weight)});
  print_table({"subject", "relation", "object", "mentions"}, rows);
}

int run(const IngestOptions& options) {
  Pipeline pipeline = Pipeline::load(options.model, options.lexicons);
  Store store(options.db);
  size_t added = 0, unchanged = 0, failed = 0;
  read_articles(
      options.paths,
      [&](Document&& doc) {
        if (store.contains(content_hash(doc.text))) {
          ++unchanged;
          return;
        }
        Extraction extraction = pipeline.run(doc);
        if (store.add_article(doc, extraction))
          ++added;
        else
          ++unchanged;
      },
      [&](const Error& e) {
        if (options.strict) throw e;
        std::fprintf(stderr, "kg: skipped %s\n", e.what());
        ++failed;
      });
  if (!options.quiet) print_summary(store, added, unchanged, failed, options.db);
  // Partly bad input still stores the good articles, but the exit code tells a script.
  return failed == 0 ? 0 : static_cast<int>(ErrorKind::Input);
}

}  // namespace

void add_ingest_command(CLI::App& app) {
  auto options = std::make_shared<IngestOptions>();
  CLI::App* command = app.add_subcommand(
      "ingest", "Read articles (.txt, .jsonl, folders, - for stdin), extract and store them");
  command->add_option("paths", options->paths, "files or folders to read")->required();
  options->db = default_db();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  add_pipeline_options(*command, options->model, options->lexicons);
  command->add_flag("--strict", options->strict, "stop at the first bad input");
  command->add_flag("-q,--quiet", options->quiet, "print no summary");
  command->callback([options] {
    int code = run(*options);
    if (code != 0) throw CLI::RuntimeError(code);
  });
}

}  // namespace kg::cli
