// The one entry point from an article to its facts: the syntax model (tokens, tags, lemmas,
// dependency trees) and the fact extractor (mentions, entities, quotes, dates, relations), each
// loaded once. The CLI, the ingester, the tests and the fuzz targets all run articles through it.
//
// Immutable after load; run() and analyze() are const and may be called from many threads.
#pragma once

#include <memory>
#include <string>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"
#include "extractor/facts/fact_extractor.h"
#include "extractor/syntax/analyzer.h"
#include "extractor/syntax/ner_tagger.h"

namespace kg {

class ArticlePipeline {
 public:
  // Throws kg::Error (ErrorKind::Model) naming the model file or lexicon file that is missing or
  // corrupt. The named-entity tagger is read from the file beside the model
  // (ner_model_path_for()) when there is one; without it names are typed by the rules alone.
  static ArticlePipeline load(const std::string& model_path = default_model_path(),
                              const std::string& lexicon_dir = default_lexicon_dir());

  // Analyses `doc` (fills its sentences, tokens and trees), then extracts from it. The
  // named-entity labels are set only on the sentences extraction reads them of (see
  // FactExtractor::extract); analyze() sets them on all.
  Extraction run(Document& doc) const;
  // The syntactic half alone (what open triples and `kg parse` need), named-entity labels
  // included.
  void analyze(Document& doc) const;
  // The extraction half alone, on a Document already analysed (or read from CoNLL-U).
  const FactExtractor& facts() const { return *facts_; }

 private:
  ArticlePipeline(std::unique_ptr<Analyzer> syntax, std::unique_ptr<FactExtractor> facts,
                  std::unique_ptr<NerTagger> ner)
      : syntax_(std::move(syntax)), facts_(std::move(facts)), ner_(std::move(ner)) {}

  std::unique_ptr<Analyzer> syntax_;
  std::unique_ptr<FactExtractor> facts_;
  std::unique_ptr<NerTagger> ner_;  // null without a NER file
};

}  // namespace kg
