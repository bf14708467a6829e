// A query's answer as rows of cells under named columns, ready for any output format (aligned
// table, JSON, JSON Lines, CSV). Each column has a kind, which fixes its JSON type; the shapes
// every command prints are written down in cli/json-shapes.md.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace kg {

enum class CellKind {
  Text,      // a JSON string
  Optional,  // a JSON string, or null when the cell is empty (a missing date, no speaker)
  Number,    // a JSON integer (null when empty)
  Flag,      // a JSON boolean: the cell is "1" or "0"
  List,      // a JSON array of strings: the cell joins them with kListSeparator
};

// Joins the items of a List cell (the ASCII unit separator: never in a name).
inline constexpr char kListSeparator = '\x1f';

struct ResultTable {
  std::vector<std::string> columns;
  std::vector<CellKind> kinds;  // one per column
  std::vector<bool> hidden;     // one per column: for scripts only, left out of aligned tables
  std::vector<std::vector<std::string>> rows;
  int64_t total = -1;  // rows the answer had before a --limit cut; -1 = rows.size()

  // Text and Number columns, all shown.
  ResultTable(std::vector<std::string> names, const std::vector<bool>& is_numeric)
      : columns(std::move(names)), hidden(columns.size(), false) {
    for (bool numeric : is_numeric) kinds.push_back(numeric ? CellKind::Number : CellKind::Text);
  }
  ResultTable(std::vector<std::string> names, std::vector<CellKind> cell_kinds,
              std::vector<bool> script_only = {})
      : columns(std::move(names)), kinds(std::move(cell_kinds)), hidden(std::move(script_only)) {
    hidden.resize(columns.size(), false);
  }

  // Keeps the first `limit` rows (0 = all), remembering how many there were.
  void cut(int limit) {
    if (total < 0) total = static_cast<int64_t>(rows.size());
    if (limit > 0 && rows.size() > static_cast<size_t>(limit)) rows.resize(limit);
  }
  int64_t row_total() const { return total < 0 ? static_cast<int64_t>(rows.size()) : total; }
};

}  // namespace kg
