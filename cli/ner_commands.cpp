// kg train-ner | eval-ner: wiring of the named-entity tagger (extractor/syntax/ner_tagger.h).
#include <chrono>
#include <cstdio>
#include <iostream>

#include "cli/commands.h"
#include "extractor/core/error.h"
#include "extractor/syntax/ner_eval.h"
#include "extractor/syntax/syntax_model.h"
#include "extractor/syntax/train/ner_trainer.h"

namespace kg::cli {
namespace {

void add_train_ner(CLI::App& app) {
  auto* cmd = app.add_subcommand("train-ner",
                                 "Train the named-entity tagger (PER, ORG, LOC) from IOB2 files");
  struct Args {
    std::string train, dev, output, model;
    NerTrainOptions options;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("--train", a->train, "training sentences (IOB2: index, form, label)")->required();
  cmd->add_option("--dev", a->dev, "development sentences for epoch selection (IOB2)");
  cmd->add_option("-o,--output", a->output, "NER model file to write")->required();
  cmd->add_option("--model", a->model,
                  "syntax model whose UPOS and word clusters the features read (default: "
                  "$KG_MODEL or models/en_ewt.kgm)");
  cmd->add_option("--epochs", a->options.epochs, "epochs")
      ->check(CLI::PositiveNumber)
      ->capture_default_str();
  cmd->add_option("--seed", a->options.seed, "random seed")->capture_default_str();
  cmd->add_option("--prune", a->options.prune, "drop averaged weights below this")
      ->capture_default_str();
  cmd->callback([a]() {
    auto t0 = std::chrono::steady_clock::now();
    auto syntax = SyntaxModel::load(a->model.empty() ? default_model_path() : a->model);
    std::vector<NerSentence> train = read_iob2(a->train);
    std::vector<NerSentence> dev;
    if (!a->dev.empty()) dev = read_iob2(a->dev);
    std::cerr << "train: " << train.size() << " sentences; dev: " << dev.size() << " sentences"
              << std::endl;
    NerTagger ner = train_ner(train, dev, syntax.get(), a->options, &std::cerr);
    ner.save(a->output);
    std::fprintf(stderr, "wrote %s (%zu features) in %.1f s\n", a->output.c_str(),
                 ner.weights().n_features(),
                 std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count());
  });
}

void add_eval_ner(CLI::App& app) {
  auto* cmd = app.add_subcommand(
      "eval-ner", "Score the named-entity tagger on a gold IOB2 file (span F1 per type)");
  struct Args {
    std::string gold, model, ner;
    bool json = false;
  };
  auto a = std::make_shared<Args>();
  cmd->add_option("gold", a->gold, "gold IOB2 file")->required();
  cmd->add_option("--model", a->model, "syntax model (default: $KG_MODEL or models/en_ewt.kgm)");
  cmd->add_option("--ner", a->ner,
                  "NER model (default: the _ner.kgm file beside the syntax model)");
  cmd->add_flag("--json", a->json, "print a JSON object");
  cmd->callback([a]() {
    std::string model = a->model.empty() ? default_model_path() : a->model;
    auto syntax = SyntaxModel::load(model);
    NerTagger ner = NerTagger::load(a->ner.empty() ? ner_model_path_for(model) : a->ner);
    std::vector<NerSentence> gold = read_iob2(a->gold);
    if (gold.empty()) throw Error(ErrorKind::Input, a->gold + ": no sentences to evaluate");
    NerScores s = evaluate_ner(*syntax, ner, gold);
    const char* names[] = {"all", "PER", "ORG", "LOC"};
    if (a->json) {
      std::printf("{");
      for (int t = 0; t < 4; ++t)
        std::printf(
            "%s\"%s\": {\"gold\": %zu, \"predicted\": %zu, \"precision\": %.2f, "
            "\"recall\": %.2f, \"f1\": %.2f}",
            t ? ", " : "", names[t], s.by_type[t].gold, s.by_type[t].predicted,
            100 * s.by_type[t].precision(), 100 * s.by_type[t].recall(), 100 * s.by_type[t].f1());
      std::printf("}\n");
      return;
    }
    std::printf("type   gold  pred      P      R     F1\n");
    for (int t : {1, 2, 3, 0})
      std::printf("%-4s %6zu %5zu  %5.2f  %5.2f  %5.2f\n", names[t], s.by_type[t].gold,
                  s.by_type[t].predicted, 100 * s.by_type[t].precision(),
                  100 * s.by_type[t].recall(), 100 * s.by_type[t].f1());
  });
}

}  // namespace

void add_ner_commands(CLI::App& app) {
  add_train_ner(app);
  add_eval_ner(app);
}

}  // namespace kg::cli
