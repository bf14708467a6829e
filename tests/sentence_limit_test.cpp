#include "extractor/tokenize/sentence_limit.h"

#include <catch2/catch.hpp>
#include <string>

#include "extractor/tokenize/tokenizer.h"

using namespace kg;

namespace {

Document tokenized(const std::string& text) {
  Document doc;
  doc.text = text;
  doc.meta.source = "list.txt";
  tokenize(doc);
  return doc;
}

}  // namespace

TEST_CASE("a sentence over the limit is cut into pieces that keep every token",
          "[sentence_limit]") {
  std::string text = "Headline of the page\n\nShort first sentence here.\n\n";
  for (int i = 0; i < 1000; ++i) text += (i % 250 == 249) ? "item, " : "item ";
  text += "end.\n";
  Document doc = tokenized(text);
  REQUIRE(doc.sentences.size() == 3);
  size_t tokens = doc.tokens.size();

  CHECK(split_long_sentences(doc, 300) == 1);
  REQUIRE(doc.sentences.size() == 2 + 4);
  uint32_t next = 0;
  for (const Sentence& s : doc.sentences) {
    CHECK(s.first_token == next);
    CHECK(s.size() <= 300);
    CHECK(s.begin == doc.tokens[s.first_token].begin);
    CHECK(s.end == doc.tokens[s.end_token - 1].end);
    next = s.end_token;
  }
  CHECK(next == tokens);
  // The cut falls after a comma when one is in the second half of the window.
  CHECK(doc.tokens[doc.sentences[2].end_token - 1].form == ",");
  REQUIRE(doc.warnings.size() == 1);
  CHECK(doc.warnings[0] ==
        "list.txt: text line 5: sentence of 1006 tokens is longer than the limit of 300; parsed as "
        "4 pieces");
}

TEST_CASE("sentences within the limit are left alone, without warnings", "[sentence_limit]") {
  Document doc = tokenized("Officials met in Oslo on Monday. They agreed on a plan, aides said.\n");
  auto before = doc.sentences;
  CHECK(split_long_sentences(doc) == 0);
  REQUIRE(doc.sentences.size() == before.size());
  for (size_t i = 0; i < before.size(); ++i)
    CHECK(doc.sentences[i].end_token == before[i].end_token);
  CHECK(doc.warnings.empty());
}

TEST_CASE("without any break, a long sentence is cut at the limit", "[sentence_limit]") {
  std::string text;
  for (int i = 0; i < 650; ++i) text += "word ";
  Document doc = tokenized(text);
  CHECK(split_long_sentences(doc, 300) == 1);
  REQUIRE(doc.sentences.size() == 3);
  CHECK(doc.sentences[0].size() == 300);
  CHECK(doc.sentences[1].size() == 300);
  CHECK(doc.sentences[2].size() == 50);
}
