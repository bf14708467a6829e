// kg eval : score extractions against hand-made gold files (extractor/eval; the gold format is in
// README.md, "Measuring extraction quality").
//   kg eval GOLD.json SYSTEM.json      an extraction made by `kg extract --format json`
//   kg eval GOLD.json ARTICLE          extracts the article (.txt, .html, .jsonl), then scores it
//   kg eval --dir DIR...               every NAME.gold.json with its NAME.txt/.html/.jsonl beside
//   it
#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <optional>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/core/error.h"
#include "extractor/eval/score_report.h"
#include "extractor/eval/scorer.h"
#include "extractor/facts/fact_extractor.h"
#include "extractor/formats/extraction_json.h"
#include "extractor/input/article_reader.h"

namespace kg::cli {
namespace {

namespace fs = std::filesystem;

struct EvalOptions {
  std::vector<std::string> files;
  std::vector<std::string> dirs;
  bool verbose = false;
  bool json = false;
  std::string vocabulary;
  std::string model;
  std::string lexicons;
};

rapidjson::Document read_json(const std::string& path) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) throw Error(ErrorKind::Input, path + ": cannot open");
  std::string text;
  char buffer[65536];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) text.append(buffer, n);
  std::fclose(f);
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError())
    throw Error(ErrorKind::Input,
                path + ": not JSON: " + rapidjson::GetParseError_En(doc.GetParseError()) +
                    " (byte " + std::to_string(doc.GetErrorOffset()) + ")");
  return doc;
}

// Extracts and scores articles, loading the model only when an article needs it.
class Evaluator {
 public:
  explicit Evaluator(const EvalOptions& options)
      : options_(options), vocabulary_(eval::RelationVocabulary::load(options.vocabulary)) {}

  eval::ArticleScore score(const std::string& gold_path, const std::string& system_or_article) {
    rapidjson::Document gold = read_json(gold_path);
    rapidjson::Document system = system_or_article.ends_with(".json") ? read_json(system_or_article)
                                                                      : extract(system_or_article);
    return eval::score_article(gold, system, vocabulary_, gold_path);
  }

 private:
  rapidjson::Document extract(const std::string& article) {
    if (!pipeline_) pipeline_ = ArticlePipeline::load(options_.model, options_.lexicons);
    std::string json;
    int articles = 0;
    read_articles(
        {article},
        [&](Document&& doc) {
          if (++articles == 1) json = extraction_to_json(doc, pipeline_->run(doc), false);
        },
        [](const Error& e) { throw e; });
    if (articles != 1)
      throw Error(ErrorKind::Input, article + ": holds " + std::to_string(articles) +
                                        " articles; a gold file describes one");
    rapidjson::Document doc;
    doc.Parse(json.c_str(), json.size());
    return doc;
  }

  const EvalOptions& options_;
  eval::RelationVocabulary vocabulary_;
  std::optional<ArticlePipeline> pipeline_;
};

// The article beside NAME.gold.json: NAME.txt, .html, .htm or .jsonl.
std::optional<fs::path> article_for(const fs::path& gold) {
  std::string stem = gold.filename().string();
  stem.erase(stem.size() - std::string(".gold.json").size());
  for (const char* ext : {".txt", ".html", ".htm", ".jsonl"}) {
    fs::path candidate = gold.parent_path() / (stem + ext);
    if (fs::exists(candidate)) return candidate;
  }
  return std::nullopt;
}

void print(const std::string& text) {
  if (std::fwrite(text.data(), 1, text.size(), stdout) != text.size() || std::fflush(stdout) != 0)
    throw Error(ErrorKind::Output, "standard output: write failed");
}

void run_dirs(const EvalOptions& options) {
  Evaluator evaluator(options);
  std::vector<eval::ScoredArticle> scored;
  for (const std::string& dir : options.dirs) {
    if (!fs::is_directory(dir)) throw Error(ErrorKind::Input, dir + ": not a folder");
    std::vector<fs::path> golds;
    for (const auto& entry : fs::directory_iterator(dir))
      if (entry.path().filename().string().ends_with(".gold.json")) golds.push_back(entry.path());
    std::sort(golds.begin(), golds.end());
    for (const fs::path& gold : golds) {
      std::optional<fs::path> article = article_for(gold);
      std::string name = gold.filename().string();
      name.erase(name.size() - std::string(".gold.json").size());
      if (!article) {
        std::fprintf(stderr, "kg: warning: %s: no %s.txt, .html or .jsonl beside it\n",
                     gold.string().c_str(), name.c_str());
        continue;
      }
      scored.push_back({name, evaluator.score(gold.string(), article->string())});
    }
  }
  if (scored.empty())
    throw Error(ErrorKind::Input,
                "no NAME.gold.json with its article beside it in the folders given");
  print(options.json ? eval::folder_json(scored) : eval::folder_text(scored, options.verbose));
}

void run(const EvalOptions& options) {
  if (!options.dirs.empty()) {
    if (!options.files.empty())
      throw Error(ErrorKind::Usage,
                  "kg eval: give either --dir DIR... or GOLD.json SYSTEM.json|ARTICLE");
    run_dirs(options);
    return;
  }
  if (options.files.size() != 2)
    throw Error(
        ErrorKind::Usage,
        "kg eval: give GOLD.json and SYSTEM.json (or the ARTICLE to extract), or --dir DIR...");
  Evaluator evaluator(options);
  eval::ArticleScore score = evaluator.score(options.files[0], options.files[1]);
  print(options.json ? eval::score_json(score) : eval::score_text(score, options.verbose));
}

}  // namespace

void add_eval_command(CLI::App& app) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* command = app.add_subcommand(
      "eval", "Score extractions against gold files (entities, relations, quotes, metadata)");
  command->add_option(
      "files", options->files,
      "GOLD.json, then SYSTEM.json (kg extract --format json) or the article itself");
  command->add_option(
      "--dir", options->dirs,
      "folders of NAME.gold.json beside NAME.txt (.html, .jsonl): a row per article "
      "and the mean");
  command->add_flag("--verbose", options->verbose, "also list the missed and wrong items");
  command->add_flag("--json", options->json, "print the scores as JSON");
  options->vocabulary = default_lexicon_dir() + "/relations.tsv";
  command->add_option("--vocabulary", options->vocabulary, "the scored relation vocabulary")
      ->capture_default_str();
  add_pipeline_options(*command, options->model, options->lexicons);
  command->callback([options] { run(*options); });
}

}  // namespace kg::cli
