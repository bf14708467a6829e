// Helpers for the extraction tests: the real pipeline (shipped model + lexicons) run on short
// texts, and lookups by name over what it extracted. Tests that need the model call
// KG_NEED_MODEL(): when the model file is absent it fails in CI (CI=true) and is skipped with a
// warning elsewhere.
#pragma once

#include <catch2/catch.hpp>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <tuple>
#include <vector>

#include "extractor/article_pipeline.h"
#include "extractor/formats/conllu.h"
#include "extractor/input/article_reader.h"
#include "test_support.h"

namespace kg::test {

using ExtractionPipeline = ArticlePipeline;

// The shipped pipeline, loaded once; null when the model file is missing.
inline const ExtractionPipeline* extraction_pipeline() {
  static const std::unique_ptr<ExtractionPipeline> pipeline =
      []() -> std::unique_ptr<ExtractionPipeline> {
    std::string model = default_model_path();
    if (!std::filesystem::exists(model)) return nullptr;
    return std::make_unique<ArticlePipeline>(ArticlePipeline::load(model));
  }();
  return pipeline.get();
}

#define KG_NEED_MODEL()                                                              \
  const kg::test::ExtractionPipeline* kg_pipeline = kg::test::extraction_pipeline(); \
  if (!kg_pipeline) {                                                                \
    if (kg::test::in_ci()) FAIL("model file missing: " << kg::default_model_path()); \
    WARN("model file missing, test skipped: " << kg::default_model_path());          \
    return;                                                                          \
  }

// Extracts a short article body (no layout metadata), published on 2024-01-10.
inline Extraction extract_text(const ExtractionPipeline& p, const std::string& text) {
  Document doc;
  doc.text = text;
  doc.meta.published = "2024-01-10";
  return p.run(doc);
}

// The lexicons alone (no model file): what the extraction rules need on a hand-made analysis.
inline const FactExtractor& fact_extractor() {
  static const std::unique_ptr<FactExtractor> extractor =
      FactExtractor::load(default_lexicon_dir());
  return *extractor;
}

// Extracts from a hand-made analysis (CoNLL-U with tags and a tree; no model is loaded or run),
// published on 2024-01-10: rule tests that a retrained model cannot fail or loosen.
inline Extraction extract_conllu(const std::string& conllu) {
  Document doc = document_from_conllu(parse_conllu(conllu, "hand-made.conllu"));
  doc.meta.published = "2024-01-10";
  return fact_extractor().extract(doc);
}
inline Extraction extract_conllu(const ExtractionPipeline&, const std::string& conllu) {
  return extract_conllu(conllu);
}

// Index of the entity whose name or an alias equals `name`, or -1.
inline int find_entity(const Extraction& x, const std::string& name) {
  for (size_t e = 0; e < x.entities.size(); ++e) {
    if (x.entities[e].name == name) return static_cast<int>(e);
    for (const auto& a : x.entities[e].aliases)
      if (a == name) return static_cast<int>(e);
  }
  return -1;
}

// The type of the entity named `name`, which must exist.
inline EntityType type_of(const Extraction& x, const std::string& name) {
  int e = find_entity(x, name);
  INFO(name);
  REQUIRE(e >= 0);
  return x.entities[e].type;
}

// Whether a fact of class `relation` links the entities named `subject` and `object`.
inline bool has_fact(const Extraction& x, const std::string& subject, const std::string& relation,
                     const std::string& object) {
  int s = find_entity(x, subject), o = find_entity(x, object);
  for (const auto& r : x.relations)
    if (r.subject == s && r.object == o && r.relation == relation && s >= 0 && o >= 0) return true;
  return false;
}

// Everything extracted, one line each, for failure messages.
inline std::string describe(const Extraction& x) {
  std::string out;
  auto name = [&](int e) { return e >= 0 ? x.entities[e].name : std::string("?"); };
  for (const auto& e : x.entities) {
    out += "entity " + e.name + " [" + std::string(to_string(e.type)) + "]:";
    for (const auto& a : e.aliases) out += " '" + a + "'";
    out += "\n";
  }
  for (const auto& r : x.relations)
    out += "fact " + name(r.subject) + " " + r.relation + "/" + r.predicate + " " + name(r.object) +
           "\n";
  for (const auto& q : x.quotes) out += "quote " + name(q.speaker) + ": " + q.text + "\n";
  return out;
}

// The speaker's name of the quote holding `words`, "" when none does, "?" when it has no speaker.
inline std::string speaker_of(const Extraction& x, const std::string& words) {
  for (const auto& q : x.quotes)
    if (q.text.find(words) != std::string::npos)
      return q.speaker >= 0 ? x.entities[q.speaker].name : "?";
  return "";
}

// A sentence in CoNLL-U, one token a line (form, lemma, UPOS), as a flat tree: for the rules that
// read the word sequence, not the parse.
inline std::string flat(
    const std::vector<std::tuple<std::string, std::string, std::string>>& toks) {
  std::string text, out;
  for (size_t i = 0; i < toks.size(); ++i) {
    const auto& [form, lemma, upos] = toks[i];
    text += (i ? " " : "") + form;
    out += std::to_string(i + 1) + "\t" + form + "\t" + lemma + "\t" + upos + "\t_\t_\t" +
           (i == 0 ? "0\troot" : "1\tdep") + "\t_\t_\n";
  }
  return "# text = " + text + "\n" + out + "\n";
}

}  // namespace kg::test
