// Helpers shared by the commands: the database path, the pipeline options, aligned tables.
#pragma once

#include <CLI/CLI.hpp>
#include <memory>
#include <string>
#include <vector>

#include "extractor/article_pipeline.h"

namespace kg::cli {

// --db default: $KG_DB when set, else kg.db in the current directory.
std::string default_db();

// Adds --model and --lexicons options bound to the two strings (defaults filled in).
void add_pipeline_options(CLI::App& command, std::string& model, std::string& lexicons);

// Prints rows under a header with columns padded to their widest cell (display width), control
// characters escaped, and cells cut with an ellipsis to fit table_width() (cli/terminal.h).
void print_table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows);

}  // namespace kg::cli
