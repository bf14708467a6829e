#include "cli/common.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace kg::cli {

std::string default_db() {
  const char* env = std::getenv("KG_DB");
  return env && *env ? env : "kg.db";
}

void add_pipeline_options(CLI::App& command, std::string& model, std::string& lexicons) {
  model = default_model_path();
  lexicons = default_lexicon_dir();
  command.add_option("--model", model, "tagger and parser model file")->capture_default_str();
  command.add_option("--lexicons", lexicons, "folder of the gazetteer and lexicons")
      ->capture_default_str();
}

namespace {

// Display width: code points, counting continuation bytes out.
size_t width(const std::string& s) {
  return static_cast<size_t>(
      std::count_if(s.begin(), s.end(), [](char c) { return (c & 0xC0) != 0x80; }));
}

}  // namespace

void print_table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
  std::vector<size_t> widths(header.size());
  for (size_t c = 0; c < header.size(); ++c) widths[c] = width(header[c]);
  for (const auto& row : rows)
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], width(row[c]));
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t c = 0; c < row.size(); ++c) {
      line += row[c];
      if (c + 1 < row.size()) line += std::string(widths[c] - width(row[c]) + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  };
  print_row(header);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.emplace_back(w, '-');
  print_row(rule);
  for (const auto& row : rows) print_row(row);
}

}  // namespace kg::cli
