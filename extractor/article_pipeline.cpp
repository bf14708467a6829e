#include "extractor/article_pipeline.h"

namespace kg {

ArticlePipeline ArticlePipeline::load(const std::string& model_path,
                                      const std::string& lexicon_dir) {
  return ArticlePipeline(Analyzer::load(model_path), FactExtractor::load(lexicon_dir));
}

Extraction ArticlePipeline::run(Document& doc) const {
  syntax_->analyze(doc);
  return facts_->extract(doc);
}

}  // namespace kg
