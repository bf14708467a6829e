// Printing a ResultTable the way the user asked: an aligned table (default), JSON (one array),
// JSON Lines (one object per line) or CSV (RFC 4180).
#pragma once

#include <CLI/CLI.hpp>
#include <string>

#include "graph/query/result_table.h"

namespace kg::cli {

enum class OutputFormat { Table, Json, Jsonl, Csv };

// Adds --json, --jsonl and --csv flags that set `format`.
void add_output_options(CLI::App& command, OutputFormat& format);

// Tables leave out the script-only columns; --json prints {"rows": [...], "shown": N, "total": M}
// (cli/json-shapes.md); when a --limit cut rows, the other formats say "showing N of M" on
// standard error.
void print_result(const ResultTable& table, OutputFormat format);

}  // namespace kg::cli
