#include "extractor/analyzer.h"

#include <cstdlib>
#include <fstream>

#include "extractor/error.h"
#include "extractor/tokenizer.h"

namespace kg {
namespace {

// Stage-1 analyzer: tokenizes and splits sentences only (the tagger and parser land next).
class TokenizingAnalyzer : public Analyzer {
 public:
  void analyze(Document& doc) const override { tokenize(doc); }
};

}  // namespace

std::unique_ptr<Analyzer> Analyzer::load(const std::string& model_path) {
  std::ifstream in(model_path, std::ios::binary);
  if (!in) throw Error(ErrorKind::Model, "cannot open model file " + model_path);
  return std::make_unique<TokenizingAnalyzer>();
}

std::string default_model_path() {
  const char* env = std::getenv("KG_MODEL");
  if (env != nullptr && *env != '\0') return env;
  return std::string(KG_SOURCE_DIR) + "/models/en_ewt.kgm";
}

}  // namespace kg
