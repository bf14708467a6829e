// Tokenizer and sentence splitter on any input the reader accepts: document_from_text checks
// UTF-8 and normalises line breaks exactly as `kg extract` does, then kg::tokenize runs and the
// document model's invariants are checked (see document.h).
#include <cstdint>
#include <string>

#include "extractor/core/error.h"
#include "extractor/input/article_reader.h"
#include "extractor/tokenize/tokenizer.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  kg::Document doc;
  try {
    doc = kg::document_from_text(std::string(kg::fuzz::as_text(data, size)), "fuzz.txt");
  } catch (const kg::Error&) {
    return 0;  // invalid UTF-8: refused with a message, as it should be
  }
  kg::tokenize(doc);

  const size_t n = doc.tokens.size();
  uint32_t previous_end = 0;
  for (const kg::Token& tok : doc.tokens) {
    KG_FUZZ_CHECK(tok.begin < tok.end);
    KG_FUZZ_CHECK(tok.end <= doc.text.size());
    KG_FUZZ_CHECK(tok.begin >= previous_end);
    KG_FUZZ_CHECK(tok.form == doc.span_text(tok.begin, tok.end));
    KG_FUZZ_CHECK(tok.head == -1);
    previous_end = tok.end;
  }
  // Sentences partition the tokens in order, each non-empty and enclosing its tokens' bytes.
  uint32_t next_token = 0;
  uint32_t paragraph = 0;
  for (const kg::Sentence& s : doc.sentences) {
    KG_FUZZ_CHECK(s.first_token == next_token);
    KG_FUZZ_CHECK(s.first_token < s.end_token);
    KG_FUZZ_CHECK(s.end_token <= n);
    KG_FUZZ_CHECK(s.begin <= doc.tokens[s.first_token].begin);
    KG_FUZZ_CHECK(doc.tokens[s.end_token - 1].end <= s.end);
    KG_FUZZ_CHECK(s.end <= doc.text.size());
    KG_FUZZ_CHECK(s.paragraph >= paragraph);
    paragraph = s.paragraph;
    next_token = s.end_token;
  }
  KG_FUZZ_CHECK(next_token == n);
  for (uint32_t t = 0; t < n; ++t) {
    const int s = doc.sentence_of(t);
    KG_FUZZ_CHECK(s >= 0 && static_cast<size_t>(s) < doc.sentences.size());
    KG_FUZZ_CHECK(doc.sentences[s].first_token <= t && t < doc.sentences[s].end_token);
  }
  return 0;
}
