#include "cli/output.h"

#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "cli/common.h"

namespace kg::cli {

void add_output_options(CLI::App& command, OutputFormat& format) {
  command.add_flag_callback(
      "--json", [&format] { format = OutputFormat::Json; }, "print a JSON array");
  command.add_flag_callback(
      "--jsonl", [&format] { format = OutputFormat::Jsonl; }, "print JSON Lines");
  command.add_flag_callback(
      "--csv", [&format] { format = OutputFormat::Csv; }, "print CSV");
}

namespace {

template <typename Writer>
void write_row(Writer& w, const ResultTable& table, const std::vector<std::string>& row) {
  w.StartObject();
  for (size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
    w.Key(table.columns[c].c_str());
    if (table.numeric[c] && !row[c].empty())
      w.Int64(std::strtoll(row[c].c_str(), nullptr, 10));
    else
      w.String(row[c].c_str(), static_cast<rapidjson::SizeType>(row[c].size()));
  }
  w.EndObject();
}

// OWASP's CSV injection rule: a text cell a spreadsheet would read as a formula (= + - @, tab,
// carriage return first) gets a leading apostrophe and quotes, so it shows as text.
std::string csv_cell(const std::string& cell, bool numeric) {
  bool formula = !numeric && !cell.empty() &&
                 std::string_view("=+-@\t\r").find(cell[0]) != std::string_view::npos;
  if (!formula && cell.find_first_of(",\"\n\r") == std::string::npos) return cell;
  std::string out = formula ? "\"'" : "\"";
  for (char c : cell) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

}  // namespace

void print_result(const ResultTable& table, OutputFormat format) {
  switch (format) {
    case OutputFormat::Table:
      print_table(table.columns, table.rows);
      return;
    case OutputFormat::Json: {
      rapidjson::StringBuffer buffer;
      rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
      w.SetIndent(' ', 1);
      w.StartArray();
      for (const auto& row : table.rows) write_row(w, table, row);
      w.EndArray();
      std::printf("%s\n", buffer.GetString());
      return;
    }
    case OutputFormat::Jsonl:
      for (const auto& row : table.rows) {
        rapidjson::StringBuffer buffer;
        rapidjson::Writer<rapidjson::StringBuffer> w(buffer);
        write_row(w, table, row);
        std::printf("%s\n", buffer.GetString());
      }
      return;
    case OutputFormat::Csv: {
      auto print_line = [&table](const std::vector<std::string>& cells) {
        std::string line;
        for (size_t c = 0; c < cells.size(); ++c)
          line += (c ? "," : "") + csv_cell(cells[c], c < table.numeric.size() && table.numeric[c]);
        std::printf("%s\r\n", line.c_str());
      };
      print_line(table.columns);
      for (const auto& row : table.rows) print_line(row);
      return;
    }
  }
}

}  // namespace kg::cli
