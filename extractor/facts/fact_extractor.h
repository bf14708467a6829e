// Extraction: from an analysed Document (tokens, tags and parse filled in) to entities, facts
// and quotes (see extraction.h).
//
// An FactExtractor holds the lexicons it reads (the country gazetteer and the general word lists
// under models/). It is immutable after load: extract() is const and thread-safe.
#pragma once

#include <memory>
#include <string>

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
};

// $KG_LEXICONS when set, else the source tree's models/ folder.
std::string default_lexicon_dir();

}  // namespace kg
