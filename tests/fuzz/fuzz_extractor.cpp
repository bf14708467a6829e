// The whole extractor on arbitrary text: the shipped model (kg::default_model_path()) analyses
// the document, the shipped lexicons extract from it, and every index and span the result holds
// must point inside the document and the extraction (see extraction.h).
#include <cstdint>
#include <memory>
#include <string>

#include "extractor/article_pipeline.h"
#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"
#include "fuzz_support.h"

namespace {

// Loaded once: the model takes seconds to read under the sanitizers.
const kg::ArticlePipeline* pipeline = nullptr;

bool index_ok(int index, size_t size) { return index >= -1 && index < static_cast<int>(size); }

void check_span(const kg::Span& span, const kg::Document& doc) {
  KG_FUZZ_CHECK(index_ok(span.sentence, doc.sentences.size()));
  KG_FUZZ_CHECK(span.begin <= span.end);
  KG_FUZZ_CHECK(span.end <= doc.text.size());
}

}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
  pipeline = new kg::ArticlePipeline(kg::ArticlePipeline::load());
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::Document doc;
  try {
    doc = kg::document_from_text(std::string(kg::fuzz::as_text(data, size)), "fuzz.txt");
  } catch (const kg::Error&) {
    return 0;
  }
  pipeline->analyze(doc);
  for (const kg::Sentence& s : doc.sentences) {
    for (uint32_t t = s.first_token; t < s.end_token; ++t) {
      const int head = doc.tokens[t].head;
      KG_FUZZ_CHECK(head == -1 ||
                    (head >= static_cast<int>(s.first_token) &&
                     head < static_cast<int>(s.end_token) && head != static_cast<int>(t)));
    }
  }

  const kg::Extraction x = pipeline->facts().extract(doc);
  const size_t entities = x.entities.size();
  for (const kg::Entity& e : x.entities) {
    KG_FUZZ_CHECK(!e.key.empty());
    for (const kg::Span& m : e.mentions) check_span(m, doc);
  }
  for (const kg::Relation& r : x.relations) {
    KG_FUZZ_CHECK(r.subject >= 0 && r.subject < static_cast<int>(entities));
    KG_FUZZ_CHECK(index_ok(r.object, entities));
    KG_FUZZ_CHECK(index_ok(r.attributed_to, entities));
    for (const kg::Argument& a : r.arguments) KG_FUZZ_CHECK(index_ok(a.entity, entities));
    check_span(r.span, doc);
  }
  for (const kg::Quote& q : x.quotes) {
    KG_FUZZ_CHECK(index_ok(q.speaker, entities));
    check_span(q.span, doc);
  }
  return 0;
}
