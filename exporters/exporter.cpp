#include "exporters/exporter.h"

#include "extractor/core/error.h"

namespace kg {
namespace {

struct Format {
  const char* name;
  std::unique_ptr<Exporter> (*make)();
};

constexpr Format kFormats[] = {
    {"graphml", make_graphml_exporter},     {"gexf", make_gexf_exporter},
    {"jsonld", make_jsonld_exporter},       {"cypher", make_cypher_exporter},
    {"neo4j-csv", make_neo4j_csv_exporter}, {"dot", make_dot_exporter},
    {"html", make_html_exporter},
};

}  // namespace

std::ostream& StreamSink::open(const std::string& name) {
  if (!name.empty())
    throw Error(ErrorKind::Usage, "this format writes several files (" + name +
                                      ", ...): give an output folder with -o DIR");
  return out_;
}

FileSink::~FileSink() {
  if (committed_) return;
  if (current_.is_open()) current_.close();
  std::error_code ec;
  for (const auto& part : parts_) std::filesystem::remove(part.first, ec);
}

void FileSink::close_current() {
  if (!current_.is_open()) return;
  current_.close();
  if (!current_) throw Error(ErrorKind::Output, parts_.back().second.string() + ": write failed");
}

std::ostream& FileSink::open(const std::string& name) {
  close_current();
  std::filesystem::path final_path = path_;
  if (!name.empty()) {
    std::error_code ec;
    std::filesystem::create_directories(path_, ec);
    if (ec || !std::filesystem::is_directory(path_))
      throw Error(ErrorKind::Output, path_.string() + ": cannot create the output folder");
    final_path = path_ / name;
  }
  std::filesystem::path temporary = final_path;
  temporary += ".tmp";
  parts_.emplace_back(temporary, final_path);
  current_.clear();
  current_.open(temporary, std::ios::binary | std::ios::trunc);
  if (!current_) throw Error(ErrorKind::Output, final_path.string() + ": cannot open for writing");
  return current_;
}

void FileSink::commit() {
  close_current();
  for (const auto& [temporary, final_path] : parts_) {
    std::error_code ec;
    std::filesystem::rename(temporary, final_path, ec);
    if (ec) throw Error(ErrorKind::Output, final_path.string() + ": cannot write: " + ec.message());
  }
  committed_ = true;
}

std::vector<std::string> exporter_formats() {
  std::vector<std::string> names;
  for (const Format& format : kFormats) names.emplace_back(format.name);
  return names;
}

std::unique_ptr<Exporter> make_exporter(std::string_view name) {
  for (const Format& format : kFormats)
    if (name == format.name) return format.make();
  std::string known;
  for (const Format& format : kFormats)
    known += (known.empty() ? "" : ", ") + std::string(format.name);
  throw Error(ErrorKind::Usage,
              "unknown export format '" + std::string(name) + "' (known: " + known + ")");
}

}  // namespace kg
