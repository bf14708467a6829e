// Training of the syntactic pipeline (tagger, lemmatizer, parser) from CoNLL-U treebanks.
// Training code only (the *_trainer.cpp files, library kg_trainer); never in the run-time path.
//
// Training is deterministic: a fixed seed drives shuffling and oracle exploration through a
// platform-independent generator. Not thread-safe; one training per thread.
#pragma once

#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <vector>

#include "extractor/formats/conllu.h"
#include "extractor/syntax/lemmatizer.h"
#include "extractor/syntax/parser.h"
#include "extractor/syntax/syntax_model.h"
#include "extractor/syntax/tagger.h"

namespace kg {

struct TrainOptions {
  int tagger_epochs = 12;
  int tagger_passes = 1;  // 2: the tagger tags twice, the second pass seeing the first's guesses
  int parser_epochs = 15;
  int jackknife_folds = 4;  // parser trains on tags predicted by taggers that did not see them
  uint64_t seed = 1;
  double explore_p = 0.9;  // dynamic oracle: follow a wrong prediction with this probability
  int explore_after = 1;   // ... from this epoch on (1-based epochs after this one)
  float prune = 0.0f;      // drop averaged weights with |w| below this
  int beam = 1;            // parser beam width (1 = greedy with the dynamic oracle)
  // Word clusters (when given) in the tagger too, not only the parser.
  bool tagger_clusters = false;
  int parsers = 1;  // parsers trained (seeds seed, seed + 1000, ...) and averaged
};

// Splitmix64: the training random generator (same sequence on every platform).
class TrainRng {
 public:
  explicit TrainRng(uint64_t seed) : state_(seed) {}
  uint64_t next();
  double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
  template <class T>
  void shuffle(std::vector<T>& v) {
    for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[next() % i]);
  }

 private:
  uint64_t state_;
};

// Calls fn(i) for every i in [0, n) on up to `threads` threads (0: one per core). fn must write
// only results of its own index, so that the outcome does not depend on the schedule.
void parallel_for(size_t n, unsigned threads, const std::function<void(size_t)>& fn);

struct TaggerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  int passes = 1;        // 2: a second pass trained on jackknifed first-pass guesses
  unsigned threads = 0;  // for the jackknifed guesses (0: one per core)
};

// Tagger: trains options.epochs epochs per pass; with a non-empty dev set keeps the epoch with
// the best UPOS accuracy (the first pass's reported in *best_epoch), else the last one. `log` may
// be null. With word clusters the tagger uses their feature templates too.
Tagger train_tagger(const std::vector<ConlluSentence>& train,
                    const std::vector<ConlluSentence>& dev, const TaggerTrainOptions& options,
                    std::ostream* log, int* best_epoch,
                    std::shared_ptr<const WordClusters> clusters = nullptr);

Lemmatizer train_lemmatizer(const std::vector<ConlluSentence>& train);

// A sentence prepared for the parser: predicted tags, gold (projectivised) tree.
struct ParserExample {
  std::vector<ParserToken> tokens;
  std::vector<int> heads;   // sentence-relative, -1 for the root
  std::vector<int> labels;  // index into the label list, -1 for the root
};

// Lifts non-projective arcs until the tree is projective; returns the number of lifts.
int projectivize(std::vector<int>& heads);

// `clusters` (may be null): the examples' tokens carry these word clusters, and the parser uses
// their templates. With options.parsers > 1, that many parsers are trained in parallel threads
// with different seeds and their weights averaged (their linear ensemble, at the cost of one).
Parser train_parser(const std::vector<ParserExample>& train, const std::vector<ParserExample>& dev,
                    const std::vector<std::string>& labels,
                    const std::shared_ptr<const WordClusters>& clusters,
                    const TrainOptions& options, std::ostream* log);

// The whole pipeline; `dev` may be empty (then the last epochs are kept). With word clusters
// (non-null, non-empty), the parser uses them (and the tagger too with
// options.tagger_clusters), and the model file keeps them.
std::unique_ptr<SyntaxModel> train_pipeline(const std::vector<ConlluSentence>& train,
                                            const std::vector<ConlluSentence>& dev,
                                            const TrainOptions& options, std::ostream* log,
                                            std::shared_ptr<const WordClusters> clusters = nullptr);

}  // namespace kg
