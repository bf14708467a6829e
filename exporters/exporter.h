// Exporters write the merged graph in the formats other tools read. Each format lives in its own
// file with its own escaping rules; make_exporter() picks one by name. exporters/FORMATS.md
// describes every format and its version history.
//
// An Exporter writes to an ExportSink as it walks the graph (and, for formats that carry
// evidence, the store's rows), so memory stays bounded by the graph, not by the corpus text. Most
// formats are one file; a format that is a folder of files (neo4j-csv) asks the sink for one
// stream per file name. Exporters hold no state: one may be used from several threads at once
// on different sinks.
#pragma once

#include <filesystem>
#include <fstream>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "graph/knowledge_graph.h"
#include "graph/store/store.h"

namespace kg {

// Where an export goes. open() returns the stream for one named part; the reference stays valid
// until the next open() or until the sink goes.
class ExportSink {
 public:
  virtual ~ExportSink() = default;
  // `name` is a file name inside the output folder (neo4j-csv: "nodes.csv"), or "" for the
  // single part of a one-file format. Throws kg::Error(Output) when it cannot be opened.
  virtual std::ostream& open(const std::string& name) = 0;
};

// A sink over one stream: a one-file format's output (standard output, a string stream).
class StreamSink : public ExportSink {
 public:
  explicit StreamSink(std::ostream& out) : out_(out) {}
  // Throws kg::Error(Usage) for a named part: folder formats need a DirectorySink.
  std::ostream& open(const std::string& name) override;

 private:
  std::ostream& out_;
};

// A sink that writes each part to `dir/name.tmp` and renames it into place on commit(), so a
// failed export never leaves half a file; uncommitted parts are removed when the sink goes.
// A one-file part ("") is written to `file` instead, which then names the output file.
class FileSink : public ExportSink {
 public:
  // `path` is the output file (one-file formats) or folder (folder formats; created if missing).
  explicit FileSink(std::filesystem::path path) : path_(std::move(path)) {}
  ~FileSink() override;
  std::ostream& open(const std::string& name) override;
  // Flushes, checks and renames every part. Throws kg::Error(Output) naming the file on failure.
  void commit();

 private:
  void close_current();

  std::filesystem::path path_;
  std::ofstream current_;
  std::vector<std::pair<std::filesystem::path, std::filesystem::path>> parts_;  // temporary, final
  bool committed_ = false;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Writes `graph` (loaded from `store`) to `sink`. Throws kg::Error(Output) on a write failure.
  virtual void write(const KnowledgeGraph& graph, Store& store, ExportSink& sink) const = 0;
  // The usual file extension, without the dot ("" for folder formats).
  virtual std::string_view extension() const = 0;
  // True when the format is a folder of files (the output path names a folder).
  virtual bool writes_folder() const { return false; }

  // Convenience for one-file formats: writes to one stream.
  void write(const KnowledgeGraph& graph, Store& store, std::ostream& out) const {
    StreamSink sink(out);
    write(graph, store, sink);
  }
};

// "graphml", "gexf", "jsonld", "cypher", "neo4j-csv", "dot" or "html"; throws kg::Error(Usage)
// listing the formats for any other name.
std::unique_ptr<Exporter> make_exporter(std::string_view format);
std::vector<std::string> exporter_formats();

// Per-format factories, defined in each format's file.
std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_gexf_exporter();
std::unique_ptr<Exporter> make_jsonld_exporter();
std::unique_ptr<Exporter> make_cypher_exporter();
std::unique_ptr<Exporter> make_neo4j_csv_exporter();
std::unique_ptr<Exporter> make_dot_exporter();
std::unique_ptr<Exporter> make_html_exporter();

}  // namespace kg
