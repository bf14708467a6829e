#include "extractor/article_pipeline.h"

#include <cstdlib>
#include <filesystem>

namespace kg {

ArticlePipeline ArticlePipeline::load(const std::string& model_path,
                                      const std::string& lexicon_dir) {
  std::unique_ptr<NerTagger> ner;
  // A file named by $KG_NER_MODEL must load; the default one beside the model may be absent.
  const char* env = std::getenv("KG_NER_MODEL");
  if (std::string path = ner_model_path_for(model_path);
      (env != nullptr && *env != '\0') || std::filesystem::exists(path))
    ner = std::make_unique<NerTagger>(NerTagger::load(path));
  std::unique_ptr<Analyzer> syntax = Analyzer::load(model_path);
  std::unique_ptr<FactExtractor> facts = FactExtractor::load(lexicon_dir);
  // "applauded", "convened": the lexicons' verbs that the treebank never shows.
  syntax->add_verbs(facts->verb_lemmas());
  return ArticlePipeline(std::move(syntax), std::move(facts), std::move(ner));
}

void ArticlePipeline::analyze(Document& doc) const {
  syntax_->analyze(doc);
  if (ner_) ner_->tag(doc);
}

Extraction ArticlePipeline::run(Document& doc) const {
  syntax_->analyze(doc);
  if (!ner_) return facts_->extract(doc);
  // The tagger runs only on the sentences whose labels extraction reads.
  return facts_->extract(doc, [this](Document& d, uint32_t s) {
    ner_->tag(d.tokens, d.sentences[s].first_token, d.sentences[s].end_token);
  });
}

}  // namespace kg
