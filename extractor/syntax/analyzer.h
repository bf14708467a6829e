// The syntactic pipeline: raw text -> sentences and tokens -> UPOS/XPOS tags -> lemmas -> a UD
// dependency tree per sentence, all written into the Document (see document.h).
//
// An Analyzer owns one loaded model file (tagger, lemmatizer and parser weights). It is immutable
// after load: analyze() is const and may be called from many threads at once.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "extractor/core/document.h"

namespace kg {

class Analyzer {
 public:
  // Loads a model written by `kg train`. Throws kg::Error (ErrorKind::Model) naming the file when
  // it is missing, truncated, corrupt or of another format version.
  static std::unique_ptr<Analyzer> load(const std::string& model_path);
  virtual ~Analyzer() = default;

  // Fills doc.sentences and doc.tokens from doc.text, then tags, lemmatizes and parses them.
  virtual void analyze(Document& doc) const = 0;
  // Verbs known besides the model's (the extraction lexicons' lemmas): an unknown inflected form
  // of one gets it as its lemma. Called while loading, before any analyze().
  virtual void add_verbs(const std::vector<std::string>& lemmas) = 0;
};

// The shipped model: $KG_MODEL when set, else models/en_ewt.kgm of the source tree.
std::string default_model_path();

}  // namespace kg
