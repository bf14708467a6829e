// Training of the named-entity tagger (ner_tagger.h) from IOB2 sentences. Training code only
// (library kg_syntax_train). Deterministic: a fixed seed drives the shuffling.
#pragma once

#include <cstdint>
#include <iosfwd>
#include <vector>

#include "extractor/syntax/ner_eval.h"
#include "extractor/syntax/ner_tagger.h"
#include "extractor/syntax/syntax_model.h"

namespace kg {

struct NerTrainOptions {
  int epochs = 12;
  uint64_t seed = 1;
  // Averaged weights below this are dropped: what keeps the file small (rare features end with
  // tiny averages).
  float prune = 0.05f;
  unsigned threads = 0;  // for tagging the training sentences with `syntax` (0: one per core)
};

// The features read `syntax`'s UPOS (its tagger runs on every sentence) and its word clusters,
// which the NER tagger keeps a copy of; with a null `syntax`, the sentences' own `upos` and no
// clusters. With a non-empty dev set, keeps the epoch with the best overall span F1, else the
// last one. `log` may be null.
NerTagger train_ner(const std::vector<NerSentence>& train, const std::vector<NerSentence>& dev,
                    const SyntaxModel* syntax, const NerTrainOptions& options, std::ostream* log);

}  // namespace kg
