// The trained syntactic pipeline behind kg::Analyzer: tagger, lemmatizer and parser read from one
// model file (see model_format.md), plus the rule-based tokenizer.
//
// Besides analyze() (raw text), it annotates already tokenized documents, which evaluation on
// gold tokens and benchmarks need. Immutable after load; all const methods are thread-safe.
#pragma once

#include <memory>
#include <string>

#include "extractor/syntax/analyzer.h"
#include "extractor/syntax/lemmatizer.h"
#include "extractor/syntax/parser.h"
#include "extractor/syntax/tagger.h"

namespace kg {

enum class Stage { Tag, Lemma, Parse };
// Where annotate() takes UPOS and XPOS from: the tagger, or the tokens themselves (gold tags, to
// measure what tagging errors cost the lemmatizer and the parser).
enum class Tags { Predict, Given };

class SyntaxModel : public Analyzer {
 public:
  SyntaxModel(Tagger tagger, Lemmatizer lemmatizer, Parser parser)
      : tagger_(std::move(tagger)),
        lemmatizer_(std::move(lemmatizer)),
        parser_(std::move(parser)) {}

  // Throws kg::Error (ErrorKind::Model) naming the file when it is missing, truncated, corrupt,
  // of another format version or of another feature fingerprint.
  static std::unique_ptr<SyntaxModel> load(const std::string& path);
  // Writes the model file (temporary file + rename). Throws kg::Error (ErrorKind::Output).
  void save(const std::string& path) const;

  void analyze(Document& doc) const override;
  void add_verbs(const std::vector<std::string>& lemmas) override {
    lemmatizer_.add_base_forms("VB", lemmas);
  }
  // Tags (and lemmatizes and parses, up to `upto`) the existing tokens and sentences of `doc`.
  // With Tags::Given the tokens keep their upos and xpos; tags the model does not know reach the
  // parser as "none". With `headlines` the document is an article: its headlines (headlines.h)
  // are tagged as headlines are written.
  void annotate(Document& doc, Stage upto = Stage::Parse, Tags tags = Tags::Predict,
                bool headlines = false) const;

  // Hash of the feature-template versions and the tag and label inventories.
  uint64_t fingerprint() const;

  const Tagger& tagger() const { return tagger_; }
  const Lemmatizer& lemmatizer() const { return lemmatizer_; }
  const Parser& parser() const { return parser_; }
  // Decodes with another parser beam width than the model's (speed/accuracy trade-off).
  void set_parser_beam(int width) { parser_.set_beam(width); }
  void set_parser_beam_margin(float margin) { parser_.set_beam_margin(margin); }

 private:
  Tagger tagger_;
  Lemmatizer lemmatizer_;
  Parser parser_;
};

}  // namespace kg
