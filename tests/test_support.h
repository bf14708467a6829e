// Shared helpers for the tests: temporary folders, running the kg binary, a small hand-made
// article with its extraction (so store, graph and exporter tests do not depend on the model).
#pragma once

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"

namespace kg::test {

// A fresh folder under the system temporary folder, removed when the object goes.
class TempDir {
 public:
  TempDir() {
    std::random_device rd;
    path_ = std::filesystem::temp_directory_path() / ("kg-test-" + std::to_string(rd()));
    std::filesystem::create_directories(path_);
  }
  ~TempDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  std::string file(const std::string& name) const { return (path_ / name).string(); }
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

inline void write_file(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

struct RunResult {
  int exit_code = -1;
  std::string output;  // standard output and standard error together
};

// Runs a shell command line and captures what it prints.
inline RunResult run(const std::string& command) {
  RunResult result;
  FILE* pipe = popen((command + " 2>&1").c_str(), "r");
  if (!pipe) return result;
  std::array<char, 4096> buffer;
  size_t n;
  while ((n = fread(buffer.data(), 1, buffer.size(), pipe)) > 0)
    result.output.append(buffer.data(), n);
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline std::string kg_binary() { return KG_BINARY; }
inline std::string source_dir() { return KG_SOURCE_DIR; }
inline std::string shared_dir() { return KG_SHARED_DIR; }

// Data a clone of the repository lacks (UD treebanks, schemas, CaRB, the HTML test pages):
// $KG_DATA_DIR, else ../shared/data beside the source tree.
inline std::string data_dir() {
  const char* env = std::getenv("KG_DATA_DIR");
  return env && *env ? std::string(env) : shared_dir() + "/data";
}
// The evaluation kit (design article gold, dev set, score.py): $KG_EVAL_DIR, else the folder eval
// beside the data folder.
inline std::string eval_dir() {
  const char* env = std::getenv("KG_EVAL_DIR");
  return env && *env ? std::string(env) : data_dir() + "/../eval";
}

inline bool in_ci() {
  const char* ci = std::getenv("CI");
  return ci && std::string(ci) == "true";
}

// Skips the current test because data it needs is absent: ctest reports it as skipped (the
// "KG-SKIP:" line matches the tests' SKIP_REGULAR_EXPRESSION, tests/CMakeLists.txt) with the
// reason. In CI (CI=true) the data is there, so a skip is a failure: nothing is skipped silently.
#define KG_SKIP(reason)                                            \
  do {                                                             \
    if (kg::test::in_ci()) FAIL("data missing in CI: " << reason); \
    WARN("KG-SKIP: " << reason);                                   \
    return;                                                        \
  } while (0)

// Adds an entity mentioned at the first occurrence of `surface` in the text.
inline int add_entity(const Document& doc, Extraction& ex, const std::string& key,
                      const std::string& name, EntityType type, const std::string& surface) {
  Entity e;
  e.key = key;
  e.name = name;
  e.type = type;
  e.aliases = {name};
  if (surface != name) e.aliases.push_back(surface);
  auto at = doc.text.find(surface);
  e.mentions.push_back({0, static_cast<uint32_t>(at), static_cast<uint32_t>(at + surface.size())});
  ex.entities.push_back(e);
  return static_cast<int>(ex.entities.size()) - 1;
}

inline int add_fact(const Document& doc, Extraction& ex, int subject, const std::string& relation,
                    const std::string& predicate, int object, const std::string& date = "") {
  Relation r;
  r.subject = subject;
  r.object = object;
  r.relation = relation;
  r.predicate = predicate;
  r.date = date;
  r.confidence = 0.8;
  r.span = {0, 0, static_cast<uint32_t>(doc.text.size())};
  ex.relations.push_back(r);
  return static_cast<int>(ex.relations.size()) - 1;
}

// A one-sentence article with two countries and a condemnation, hand-annotated.
inline std::pair<Document, Extraction> small_article(const std::string& text,
                                                     const std::string& published) {
  Document doc;
  doc.text = text;
  doc.meta.title = "A test article";
  doc.meta.published = published;
  doc.meta.source = "test.txt";
  doc.sentences.push_back({0, 0, 0, static_cast<uint32_t>(text.size()), 0});
  Extraction ex;
  int a = add_entity(doc, ex, "country:PRK", "North Korea", EntityType::Country, "DPRK");
  int b = add_entity(doc, ex, "country:JPN", "Japan", EntityType::Country, "Japan");
  add_fact(doc, ex, b, "CONDEMN", "condemn", a);
  Quote q;
  q.speaker = b;
  q.text = "unacceptable";
  q.cue = "say";
  q.span = {0, 0, 5};
  ex.quotes.push_back(q);
  return {doc, ex};
}

}  // namespace kg::test
