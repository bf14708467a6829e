// kg load FILE... : store extractions made elsewhere (`kg extract --format jsonl`, run in parallel
// by GNU parallel or Spark's pipe), each article whole or not at all.
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/core/error.h"
#include "extractor/formats/extraction_json.h"
#include "graph/store/store.h"

namespace kg::cli {
namespace {

struct LoadOptions {
  std::vector<std::string> files;
  std::string db = default_db();
};

std::string read_all(const std::string& name) {
  std::ostringstream buffer;
  if (name == "-") {
    buffer << std::cin.rdbuf();
  } else {
    std::ifstream in(name, std::ios::binary);
    if (!in) throw Error(ErrorKind::Input, name + ": cannot open for reading");
    buffer << in.rdbuf();
  }
  return std::move(buffer).str();
}

void run(const LoadOptions& options) {
  Store store(options.db);
  size_t added = 0, unchanged = 0, failed = 0;
  store.begin_batch();
  for (const std::string& name : options.files) {
    std::string text;
    try {
      text = read_all(name);
    } catch (const Error& e) {
      std::fprintf(stderr, "kg: skipped %s\n", e.what());
      ++failed;
      continue;
    }
    // One JSON object after another: JSON Lines, or the indented objects of --format json.
    size_t pos = 0;
    while (true) {
      while (pos < text.size() && std::isspace(static_cast<unsigned char>(text[pos]))) ++pos;
      if (pos >= text.size()) break;
      std::string where =
          name + ":" +
          std::to_string(1 + std::count(text.begin(), text.begin() + static_cast<long>(pos), '\n'));
      rapidjson::Document json;
      rapidjson::StringStream stream(text.c_str() + pos);
      json.ParseStream<rapidjson::kParseStopWhenDoneFlag>(stream);
      if (json.HasParseError()) {
        std::fprintf(stderr, "kg: skipped %s: malformed JSON: %s\n", where.c_str(),
                     rapidjson::GetParseError_En(json.GetParseError()));
        ++failed;
        size_t next_line = text.find('\n', pos + json.GetErrorOffset());
        pos = next_line == std::string::npos ? text.size() : next_line + 1;
        continue;
      }
      pos += stream.Tell();
      try {
        Document doc;
        Extraction extraction;
        extraction_from_json(json, where, doc, extraction);
        if (auto stored = store.add_article(doc, extraction)) {
          ++added;
          for (const std::string& warning : stored->warnings)
            std::fprintf(stderr, "kg: warning: %s\n", warning.c_str());
        } else {
          ++unchanged;
        }
      } catch (const Error& e) {
        if (e.kind() != ErrorKind::Input) throw;
        std::fprintf(stderr, "kg: skipped %s\n", e.what());
        ++failed;
      }
    }
  }
  store.commit_batch();
  StoreCounts counts = store.counts();
  std::printf("loaded %zu new article%s (%zu already stored, %zu failed) into %s\n", added,
              added == 1 ? "" : "s", unchanged, failed, options.db.c_str());
  std::printf("store: %lld articles, %lld entities, %lld relations, %lld quotes\n",
              static_cast<long long>(counts.articles), static_cast<long long>(counts.entities),
              static_cast<long long>(counts.relations), static_cast<long long>(counts.quotes));
  if (failed) throw CLI::RuntimeError(static_cast<int>(ErrorKind::Input));
}

}  // namespace

void add_load_command(CLI::App& app) {
  auto options = std::make_shared<LoadOptions>();
  CLI::App* command =
      app.add_subcommand("load", "Store extraction files made by kg extract --format jsonl");
  command->add_option("files", options->files, "extraction files (JSON Lines), - for stdin")
      ->required();
  command->add_option("--db", options->db, "SQLite database (default $KG_DB or kg.db)");
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
