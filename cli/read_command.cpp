// kg read PATH... : print what kg takes from each input (title, published, author, url and the
// body text it will analyse), so a user can see why a page gave the facts it gave. Runs no model.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <cstdio>
#include <memory>
#include <string>
#include <vector>

#include "cli/commands.h"
#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"

namespace kg::cli {
namespace {

struct ReadOptions {
  std::vector<std::string> paths;
  std::string format = "text";
};

// The analysed text starts with the headline; the body is what follows it.
std::string_view body_of(const Document& doc) {
  std::string_view text = doc.text;
  if (!doc.meta.title.empty() && text.rfind(doc.meta.title, 0) == 0) {
    std::string_view rest = text.substr(doc.meta.title.size());
    if (rest.empty() || rest.rfind("\n\n", 0) == 0) {
      text = rest;
      while (!text.empty() && text.front() == '\n') text.remove_prefix(1);
    }
  }
  return text;
}

void print_json(const Document& doc) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  auto field = [&](const char* key, std::string_view value) {
    writer.Key(key);
    writer.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
  };
  writer.StartObject();
  field("source", doc.meta.source);
  field("title", doc.meta.title);
  field("published", doc.meta.published);
  field("author", doc.meta.author);
  field("url", doc.meta.url);
  field("text", body_of(doc));
  writer.Key("warnings");
  writer.StartArray();
  for (const std::string& w : doc.warnings) writer.String(w.c_str());
  writer.EndArray();
  writer.EndObject();
  std::fwrite(buffer.GetString(), 1, buffer.GetSize(), stdout);
  std::fputc('\n', stdout);
}

void print_text(const Document& doc, bool first) {
  std::string out = first ? "" : "\n";
  out += "source: " + doc.meta.source + "\ntitle: " + doc.meta.title +
         "\npublished: " + doc.meta.published + "\nauthor: " + doc.meta.author +
         "\nurl: " + doc.meta.url + "\n\n" + std::string(body_of(doc)) + "\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

void run(const ReadOptions& options) {
  int failures = 0;
  bool first = true;
  read_articles(
      options.paths,
      [&](Document&& doc) {
        for (const std::string& warning : doc.warnings)
          std::fprintf(stderr, "kg: warning: %s\n", warning.c_str());
        if (options.format == "json")
          print_json(doc);
        else
          print_text(doc, first);
        first = false;
      },
      [&](const Error& e) {
        std::fprintf(stderr, "kg: %s\n", e.what());
        ++failures;
      });
  std::fflush(stdout);
  if (failures) throw CLI::RuntimeError(static_cast<int>(ErrorKind::Input));
}

}  // namespace

void add_read_command(CLI::App& app) {
  auto options = std::make_shared<ReadOptions>();
  CLI::App* command = app.add_subcommand(
      "read", "Print the title, date, author, url and body text kg takes from each input");
  command
      ->add_option("paths", options->paths, "pages or articles (.html, .txt, .jsonl), folders, -")
      ->required();
  command
      ->add_option("--format", options->format,
                   "text (fields, a blank line, the body) or json (one object per line)")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
