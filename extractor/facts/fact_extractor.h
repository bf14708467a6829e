// Extraction: from an analysed Document (tokens, tags and parse filled in) to entities, facts
// and quotes (see extraction.h).
//
// An FactExtractor holds the lexicons it reads (the country gazetteer and the general word lists
// under models/). It is immutable after load: extract() is const and thread-safe.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"

namespace kg {

class FactExtractor {
 public:
  // Loads the lexicons from `lexicon_dir` (default: the source tree's models/ folder). Throws
  // kg::Error (ErrorKind::Model) naming the file that is missing or malformed.
  static std::unique_ptr<FactExtractor> load(const std::string& lexicon_dir);
  virtual ~FactExtractor() = default;

  virtual Extraction extract(const Document& doc) const = 0;

  // Sets the named-entity labels (Token::ner) of the tokens of sentence `sentence` of `doc`.
  using SentenceLabeler = std::function<void(Document& doc, uint32_t sentence)>;
  // The same extraction as extract(doc) on a Document whose named-entity labels are not set yet:
  // `label` is called only for the sentences holding a name the labels could retype (an unknown
  // name the rules would make a person; see ner_typing.h), the only tokens extraction reads them
  // of. Other sentences keep their labels (O when never labelled).
  virtual Extraction extract(Document& doc, const SentenceLabeler& label) const = 0;

  // The verb lemmas the lexicons name (relation cues, CAMEO patterns, speech verbs), sorted.
  virtual std::vector<std::string> verb_lemmas() const = 0;
};

// $KG_LEXICONS when set, else the source tree's models/ folder.
std::string default_lexicon_dir();

}  // namespace kg
