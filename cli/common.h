// Helpers shared by the commands: the database path, the loaded pipeline, aligned tables.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "extractor/core/extraction.h"
#include "extractor/facts/fact_extractor.h"
#include "extractor/syntax/analyzer.h"

namespace kg::cli {

// --db default: $KG_DB when set, else kg.db in the current directory.
std::string default_db();

// The analyzer and the extractor, loaded once and shared (both are thread-safe).
struct LoadedModels {
  std::unique_ptr<Analyzer> analyzer;
  std::unique_ptr<FactExtractor> extractor;

  static LoadedModels load(const std::string& model_path, const std::string& lexicon_dir);
  Extraction run(Document& doc) const {
    analyzer->analyze(doc);
    return extractor->extract(doc);
  }
};

// Adds --model and --lexicons options bound to the two strings (defaults filled in).
void add_pipeline_options(CLI::App& command, std::string& model, std::string& lexicons);

// Prints rows under a header with columns padded to their widest cell (UTF-8 aware).
void print_table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

}  // namespace kg::cli
