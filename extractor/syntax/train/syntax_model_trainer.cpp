// Orchestrates training of the whole pipeline: tagger (epoch chosen on dev), jackknifed tags for
// the parser's training data, lemmatizer, parser (epoch chosen on dev).
#include <algorithm>
#include <ostream>

#include "extractor/syntax/model_file.h"
#include "extractor/syntax/train/trainer.h"

namespace kg {
namespace {

std::vector<ParserExample> parser_examples(const std::vector<ConlluSentence>& sents,
                                           const Tagger& tagger, const WordClusters* clusters,
                                           const std::vector<std::string>& labels, bool projective,
                                           int* lifted) {
  std::vector<ParserExample> out;
  out.reserve(sents.size());
  std::vector<Token> toks;
  std::vector<uint16_t> classes;
  for (const ConlluSentence& s : sents) {
    size_t n = s.words.size();
    toks.assign(n, Token{});
    for (size_t i = 0; i < n; ++i) toks[i].form = s.words[i].form;
    classes.resize(n);
    tagger.tag(toks, 0, static_cast<uint32_t>(n), classes.data());
    ParserExample ex;
    ex.tokens.resize(n);
    bool ok = true;
    for (size_t i = 0; i < n; ++i) {
      ex.tokens[i] = parser_token(tagger, clusters, s.words[i].form, classes[i]);
      const ConlluWord& w = s.words[i];
      if (w.head < 0) ok = false;
      ex.heads.push_back(w.head - 1);
      auto it = std::find(labels.begin(), labels.end(), w.deprel);
      ex.labels.push_back(
          w.head == 0 || it == labels.end() ? -1 : static_cast<int>(it - labels.begin()));
    }
    if (!ok) continue;
    int roots = static_cast<int>(std::count(ex.heads.begin(), ex.heads.end(), -1));
    if (roots != 1) continue;
    if (projective) {
      int l = projectivize(ex.heads);
      if (lifted) *lifted += l;
    }
    out.push_back(std::move(ex));
  }
  return out;
}

}  // namespace

std::unique_ptr<SyntaxModel> train_pipeline(const std::vector<ConlluSentence>& train,
                                            const std::vector<ConlluSentence>& dev,
                                            const TrainOptions& options, std::ostream* log,
                                            std::shared_ptr<const WordClusters> clusters) {
  if (clusters && clusters->empty()) clusters = nullptr;
  const std::shared_ptr<const WordClusters> tagger_clusters =
      options.tagger_clusters ? clusters : nullptr;
  int best_epoch = options.tagger_epochs;
  TaggerTrainOptions tagger_options{options.tagger_epochs, options.seed, options.tagger_passes};
  Tagger tagger = train_tagger(train, dev, tagger_options, log, &best_epoch, tagger_clusters);
  if (log) *log << "tagger: best epoch " << best_epoch << std::endl;

  std::vector<std::string> labels = {"root"};
  for (const ConlluSentence& s : train)
    for (const ConlluWord& w : s.words)
      if (w.head != 0 && !w.deprel.empty() && w.deprel != "_" &&
          std::find(labels.begin(), labels.end(), w.deprel) == labels.end())
        labels.push_back(w.deprel);
  std::sort(labels.begin(), labels.end());

  // Jackknifing: each fold is tagged by a tagger trained on the other folds.
  std::vector<ParserExample> train_examples;
  int lifted = 0;
  int folds = options.jackknife_folds;
  if (folds >= 2 && train.size() >= static_cast<size_t>(folds) * 2) {
    std::vector<std::vector<ParserExample>> by_fold(folds);
    std::vector<int> fold_lifted(folds, 0);
    // The fold taggers train in parallel, each on one thread.
    parallel_for(static_cast<size_t>(folds), 0, [&](size_t f) {
      std::vector<ConlluSentence> rest, held;
      for (size_t i = 0; i < train.size(); ++i)
        (i % static_cast<size_t>(folds) == f ? held : rest).push_back(train[i]);
      TaggerTrainOptions fold_options{best_epoch, options.seed + 1 + f, options.tagger_passes, 1};
      Tagger fold_tagger = train_tagger(rest, {}, fold_options, nullptr, nullptr, tagger_clusters);
      // Classes of the fold tagger differ from the final tagger's; examples carry XPOS/UPOS
      // indices, so map them to the final tag set by name.
      std::vector<ParserExample> ex =
          parser_examples(held, fold_tagger, clusters.get(), labels, true, &fold_lifted[f]);
      const TagSet& from = fold_tagger.tags();
      const TagSet& to = tagger.tags();
      auto remap = [](const std::vector<std::string>& a, const std::vector<std::string>& b,
                      uint16_t v) -> uint16_t { return v == 0 ? 0 : tag_code(b, a[v - 1]); };
      for (ParserExample& e : ex)
        for (ParserToken& t : e.tokens) {
          t.xpos = remap(from.xpos, to.xpos, t.xpos);
          t.upos = remap(from.upos, to.upos, t.upos);
        }
      by_fold[f] = std::move(ex);
    });
    for (int f = 0; f < folds; ++f) lifted += fold_lifted[f];
    if (log) *log << "jackknife: " << folds << " fold taggers trained" << std::endl;
    // Restore the original sentence order (fold f holds sentences i with i % folds == f).
    std::vector<size_t> pos(folds, 0);
    for (size_t i = 0; i < train.size(); ++i) {
      int f = static_cast<int>(i % folds);
      if (pos[f] < by_fold[f].size()) train_examples.push_back(std::move(by_fold[f][pos[f]++]));
    }
  } else {
    train_examples = parser_examples(train, tagger, clusters.get(), labels, true, &lifted);
  }
  if (log)
    *log << "parser: " << train_examples.size() << " training sentences, " << lifted
         << " arcs lifted to projectivise" << std::endl;
  std::vector<ParserExample> dev_examples =
      parser_examples(dev, tagger, clusters.get(), labels, false, nullptr);

  Lemmatizer lemmatizer = train_lemmatizer(train);
  Parser parser = train_parser(train_examples, dev_examples, labels, clusters, options, log);
  return std::make_unique<SyntaxModel>(std::move(tagger), std::move(lemmatizer), std::move(parser));
}

}  // namespace kg
