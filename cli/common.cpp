#include "cli/common.h"

#include <CLI/CLI.hpp>
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include "cli/terminal.h"

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

// Column widths that fit `limit` (0: no limit) with two spaces between columns: narrow columns
// keep their width, the wide ones share what is left equally (never below 3 or their own width).
std::vector<size_t> fit(std::vector<size_t> widths, size_t limit) {
  size_t gaps = widths.empty() ? 0 : 2 * (widths.size() - 1);
  size_t total = gaps;
  for (size_t w : widths) total += w;
  if (limit == 0 || total <= limit) return widths;
  std::vector<size_t> order(widths.size());
  for (size_t i = 0; i < order.size(); ++i) order[i] = i;
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return widths[a] < widths[b]; });
  size_t left = limit > gaps ? limit - gaps : 0;
  for (size_t k = 0; k < order.size(); ++k) {
    size_t share = left / (order.size() - k);
    size_t& w = widths[order[k]];
    w = std::min(w, std::max<size_t>(share, 3));
    left = left > w ? left - w : 0;
  }
  return widths;
}

}  // namespace

void print_table(const std::vector<std::string>& header,
                 const std::vector<std::vector<std::string>>& rows) {
  // Cells as they may reach a terminal: control characters escaped, then cut to the width.
  auto shown = [](const std::vector<std::string>& row) {
    std::vector<std::string> out;
    for (const std::string& cell : row) out.push_back(printable(cell));
    return out;
  };
  std::vector<std::vector<std::string>> cells = {shown(header)};
  for (const auto& row : rows) cells.push_back(shown(row));
  std::vector<size_t> widths(header.size());
  for (const auto& row : cells)
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c)
      widths[c] = std::max(widths[c], display_width(row[c]));
  widths = fit(widths, table_width());
  auto print_row = [&](const std::vector<std::string>& row) {
    std::string line;
    for (size_t c = 0; c < row.size() && c < widths.size(); ++c) {
      std::string cell = cut_to_width(row[c], widths[c]);
      line += cell;
      if (c + 1 < row.size()) line += std::string(widths[c] - display_width(cell) + 2, ' ');
    }
    std::printf("%s\n", line.c_str());
  };
  print_row(cells[0]);
  std::vector<std::string> rule;
  for (size_t w : widths) rule.emplace_back(w, '-');
  print_row(rule);
  for (size_t r = 1; r < cells.size(); ++r) print_row(cells[r]);
}

}  // namespace kg::cli
