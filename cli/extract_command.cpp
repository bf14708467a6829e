// kg extract FILE : print what the extractor finds in one article, as the scorer's JSON.
#include <cstdio>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/article_reader.h"
#include "extractor/error.h"
#include "extractor/extraction_json.h"

namespace kg::cli {
namespace {

struct ExtractOptions {
  std::vector<std::string> paths;
  std::string format = "json";
  std::string model;
  std::string lexicons;
};

void run(const ExtractOptions& options) {
  LoadedModels pipeline = LoadedModels::load(options.model, options.lexicons);
  bool jsonl = options.format == "jsonl";
  int failures = 0;
  read_articles(
      options.paths,
      [&](Document&& doc) {
        Extraction extraction = pipeline.run(doc);
        std::string json = extraction_to_json(doc, extraction, !jsonl);
        std::fwrite(json.data(), 1, json.size(), stdout);
        std::fputc('\n', stdout);
      },
      [&](const Error& e) {
        std::fprintf(stderr, "kg: %s\n", e.what());
        ++failures;
      });
  std::fflush(stdout);
  if (failures) throw CLI::RuntimeError(static_cast<int>(ErrorKind::Input));
}

}  // namespace

void add_extract_command(CLI::App& app) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* command = app.add_subcommand("extract", "Print the entities, facts and quotes of articles");
  command->add_option("paths", options->paths, "article files (.txt, .jsonl) or - for stdin")
      ->required();
  command->add_option("--format", options->format, "json (one indented object per article) or jsonl")
      ->check(CLI::IsMember({"json", "jsonl"}))
      ->capture_default_str();
  add_pipeline_options(*command, options->model, options->lexicons);
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
