// Reading IOB2 named-entity files (Universal NER's CoNLL-style layout) and scoring the NER tagger
// on them: exact-span precision, recall and F1 per type (PER, ORG, LOC) and overall, as conlleval.
//
// Stateless functions; thread-safe for distinct inputs.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/syntax/ner_tagger.h"
#include "extractor/syntax/syntax_model.h"

namespace kg {

struct NerSentence {
  std::vector<std::string> forms;
  std::vector<NerTag> tags;  // gold; labels other than PER, ORG and LOC ("B-OTH", "B-O") read as O
  std::vector<std::string> upos;  // given tags, when no tagger is to run (empty from IOB2 files)
};

// One sentence per block: "# ..." comment lines, then "index<TAB>form<TAB>label[<TAB>...]" lines,
// a blank line after each sentence. Throws kg::Error (ErrorKind::Input) naming the file and line.
std::vector<NerSentence> parse_iob2(const std::string& content, const std::string& name);
std::vector<NerSentence> read_iob2(const std::string& path);

// Spans [first, last) with type 1 PER, 2 ORG, 3 LOC; an I- without its B- opens a span (conlleval).
struct NerSpan {
  size_t first, last;
  int type;
  bool operator==(const NerSpan&) const = default;
};
std::vector<NerSpan> ner_spans(const std::vector<NerTag>& tags);

struct NerCounts {
  size_t gold = 0, predicted = 0, correct = 0;
  double precision() const { return predicted ? double(correct) / double(predicted) : 0.0; }
  double recall() const { return gold ? double(correct) / double(gold) : 0.0; }
  double f1() const {
    double p = precision(), r = recall();
    return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
  }
};
struct NerScores {
  std::array<NerCounts, 4> by_type;  // 0: all types, 1 PER, 2 ORG, 3 LOC
};

// Tags each sentence's forms with `syntax`'s tagger (UPOS) then labels them with `ner`.
std::vector<NerTag> ner_label(const SyntaxModel& syntax, const NerTagger& ner,
                              const std::vector<std::string>& forms);
NerScores evaluate_ner(const SyntaxModel& syntax, const NerTagger& ner,
                       const std::vector<NerSentence>& gold);

}  // namespace kg
