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

std::vector<std::string> list_items(const std::string& cell) {
  std::vector<std::string> items;
  size_t begin = 0;
  while (!cell.empty()) {
    size_t end = cell.find(kListSeparator, begin);
    items.push_back(cell.substr(begin, end - begin));
    if (end == std::string::npos) break;
    begin = end + 1;
  }
  return items;
}

// A cell as text for tables and CSV: flags as `yes`/`no`, lists joined by "; ".
std::string as_text(const std::string& cell, CellKind kind) {
  if (kind == CellKind::Flag) return cell == "1" ? "yes" : "no";
  if (kind != CellKind::List) return cell;
  std::string out;
  for (const std::string& item : list_items(cell)) out += (out.empty() ? "" : "; ") + item;
  return out;
}

template <typename Writer>
void write_string(Writer& w, const std::string& text) {
  w.String(text.c_str(), static_cast<rapidjson::SizeType>(text.size()));
}

template <typename Writer>
void write_row(Writer& w, const ResultTable& table, const std::vector<std::string>& row) {
  w.StartObject();
  for (size_t c = 0; c < table.columns.size() && c < row.size(); ++c) {
    w.Key(table.columns[c].c_str());
    const std::string& cell = row[c];
    switch (table.kinds[c]) {
      case CellKind::Text:
        write_string(w, cell);
        break;
      case CellKind::Optional:
        if (cell.empty())
          w.Null();
        else
          write_string(w, cell);
        break;
      case CellKind::Number:
        if (cell.empty())
          w.Null();
        else
          w.Int64(std::strtoll(cell.c_str(), nullptr, 10));
        break;
      case CellKind::Flag:
        w.Bool(cell == "1");
        break;
      case CellKind::List:
        w.StartArray();
        for (const std::string& item : list_items(cell)) write_string(w, item);
        w.EndArray();
        break;
    }
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
  int64_t total = table.row_total(), shown = static_cast<int64_t>(table.rows.size());
  // A cut is never silent: JSON carries the counts, the other formats say so on standard error.
  if (total > shown && format != OutputFormat::Json)
    std::fprintf(stderr, "kg: showing %lld of %lld rows (--limit N for more, --limit 0 for all)\n",
                 static_cast<long long>(shown), static_cast<long long>(total));
  switch (format) {
    case OutputFormat::Table: {
      std::vector<std::string> header;
      for (size_t c = 0; c < table.columns.size(); ++c)
        if (!table.hidden[c]) header.push_back(table.columns[c]);
      std::vector<std::vector<std::string>> rows;
      for (const auto& row : table.rows) {
        rows.emplace_back();
        for (size_t c = 0; c < row.size() && c < table.columns.size(); ++c)
          if (!table.hidden[c]) rows.back().push_back(as_text(row[c], table.kinds[c]));
      }
      print_table(header, rows);
      return;
    }
    case OutputFormat::Json: {
      rapidjson::StringBuffer buffer;
      rapidjson::PrettyWriter<rapidjson::StringBuffer> w(buffer);
      w.SetIndent(' ', 1);
      w.StartObject();
      w.Key("rows");
      w.StartArray();
      for (const auto& row : table.rows) write_row(w, table, row);
      w.EndArray();
      w.Key("shown");
      w.Int64(shown);
      w.Key("total");
      w.Int64(total);
      w.EndObject();
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
      auto print_line = [&table](const std::vector<std::string>& cells, bool header) {
        std::string line;
        for (size_t c = 0; c < cells.size() && c < table.kinds.size(); ++c) {
          CellKind kind = table.kinds[c];
          line += (c ? "," : "") + csv_cell(header ? cells[c] : as_text(cells[c], kind),
                                            !header && kind == CellKind::Number);
        }
        std::printf("%s\r\n", line.c_str());
      };
      print_line(table.columns, true);
      for (const auto& row : table.rows) print_line(row, false);
      return;
    }
  }
}

}  // namespace kg::cli
