// Evaluation of the pipeline against a gold CoNLL-U treebank, following the CoNLL 2018 shared
// task scorer: punctuation included, multiword-token ranges and empty nodes skipped, LAS compares
// the universal part of the relation (las_full compares it with subtypes).
//
// Stateless functions; thread-safe for distinct inputs.
#pragma once

#include <string>
#include <vector>

#include "extractor/formats/conllu.h"
#include "extractor/syntax/syntax_model.h"

namespace kg {

struct UdScores {
  size_t words = 0;
  size_t sentences_gold = 0;
  double upos = 0, xpos = 0, lemma = 0, uas = 0, las = 0, las_full = 0;  // percentages
  bool raw = false;
  double tokens = 0, sentences = 0;  // F1 percentages, raw mode only
};

// Tags, lemmatizes and parses the gold sentences from their gold tokens. With `raw`, also
// tokenizes the `# text` of the sentences (joined per paragraph, paragraphs separated by a blank
// line) and scores words and sentences by character-offset alignment (F1).
// With Tags::Given the lemmatizer and parser read the gold UPOS and XPOS instead of the tagger's.
UdScores evaluate_ud(const SyntaxModel& pipeline, const std::vector<ConlluSentence>& gold, bool raw,
                     Tags tags = Tags::Predict);

}  // namespace kg
