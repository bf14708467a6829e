// A query's answer as rows of cells under named columns, ready for any output format (aligned
// table, JSON, JSON Lines, CSV). Columns marked numeric print as numbers in JSON.
#pragma once

#include <string>
#include <vector>

namespace kg {

struct ResultTable {
  std::vector<std::string> columns;
  std::vector<bool> numeric;  // one flag per column
  std::vector<std::vector<std::string>> rows;

  ResultTable(std::vector<std::string> names, std::vector<bool> is_numeric)
      : columns(std::move(names)), numeric(std::move(is_numeric)) {}
};

}  // namespace kg
