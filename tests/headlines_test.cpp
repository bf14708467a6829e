// Headlines read as the clauses they are (extractor/syntax/headlines.h, headline_verbs.cpp):
// which lines are headlines, what the tagger is shown of a title-cased one, and, with the shipped
// model, a present-tense verb read as a verb, not as part of a name.
#include "extractor/syntax/headlines.h"

#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "extraction_support.h"
#include "extractor/syntax/model_file.h"
#include "extractor/tokenize/tokenizer.h"

namespace {

kg::Document tokenized(const std::string& text) {
  kg::Document doc;
  doc.text = text;
  kg::tokenize(doc);
  return doc;
}

// The analysed first sentence's token with form `form`.
const kg::Token* token(const kg::Document& doc, const std::string& form) {
  for (uint32_t t = doc.sentences[0].first_token; t < doc.sentences[0].end_token; ++t)
    if (doc.tokens[t].form == form) return &doc.tokens[t];
  return nullptr;
}

bool has_finite_verb(const kg::Document& doc, size_t sentence) {
  const kg::Sentence& s = doc.sentences[sentence];
  for (uint32_t t = s.first_token; t < s.end_token; ++t) {
    const std::string& x = doc.tokens[t].xpos;
    if (x == "VBZ" || x == "VBP" || x == "VBD" || x == "MD") return true;
  }
  return false;
}

}  // namespace

TEST_CASE("headlines are the opening lines before the first paragraph of prose", "[headlines]") {
  kg::Document doc = tokenized(
      "Share\nPrint\n\nHarbour board approves new crane contract\n\n"
      "Dock workers welcome the decision\n\n"
      "The harbour board voted on Monday to buy four cranes. The order is worth $40 million.\n\n"
      "A second order is expected\n");
  std::vector<bool> h = kg::find_headlines(doc);
  REQUIRE(h.size() == doc.sentences.size());
  REQUIRE(doc.sentences.size() == 7);
  CHECK(h == std::vector<bool>{true, true, true, true, false, false, false});

  // An article that opens with its body has no headline; nor has a long line without a stop.
  CHECK(kg::find_headlines(tokenized("The board voted on Monday.\n\nCranes arrive soon\n")) ==
        std::vector<bool>{false, false});
  std::string long_line;
  for (int i = 0; i < 40; ++i) long_line += "word ";
  CHECK(kg::find_headlines(tokenized(long_line + "\n\nThe board voted.\n")) ==
        std::vector<bool>{false, false});
}

TEST_CASE("a title-cased headline reaches the tagger in sentence case, its names kept",
          "[headlines]") {
  kg::Document doc = tokenized(
      "Orvania Condemns Budget Of Tessaly Council\n\n"
      "The Tessaly council passed the budget on Monday.\n");
  std::vector<bool> h = kg::find_headlines(doc);
  REQUIRE(h == std::vector<bool>{true, false});
  REQUIRE(kg::is_title_case(doc, doc.sentences[0]));
  CHECK_FALSE(
      kg::is_title_case(tokenized("Orvania condemns budget of Tessaly council\n"),
                        tokenized("Orvania condemns budget of Tessaly council\n").sentences[0]));

  // UPOS bits: 0 PROPN, 1 NOUN, 2 VERB, 3 ADP.
  auto key = [](const std::string& w) { return kg::fnv1a64(kg::normalize_form(w)); };
  kg::AmbiguityTable amb{{key("orvania"), 1u}, {key("condemn"), 4u}, {key("budget"), 2u},
                         {key("of"), 8u},      {key("tessaly"), 2u}, {key("council"), 2u | 1u}};
  std::vector<std::string> forms = kg::sentence_case_forms(doc, doc.sentences[0], h, amb, 0);
  // "Orvania": known only as a proper noun; "Condemns": unknown, its stem a verb; "Tessaly":
  // a common noun to the treebank, but capitalised inside the body, so a name; "Council":
  // written in lower case by the body.
  CHECK(forms ==
        std::vector<std::string>{"Orvania", "condemns", "budget", "of", "Tessaly", "council"});
}

TEST_CASE("a headline's present-tense verb is read as its verb", "[headlines][model]") {
  KG_NEED_MODEL();
  auto analysed = [&](const std::string& headline) {
    kg::Document doc;
    doc.text = headline + "\n\nOfficials gave no details on Monday.\n";
    kg_pipeline->analyze(doc);
    return doc;
  };
  // Sentence case: "tours" after the subject, not a plural noun of a compound.
  kg::Document a = analysed("Zambian minister tours border posts near Malawi");
  const kg::Token* tours = token(a, "tours");
  REQUIRE(tours);
  CHECK(tours->upos == "VERB");
  CHECK(tours->xpos == "VBZ");
  CHECK(tours->deprel == "root");
  CHECK(tours->lemma == "tour");
  const kg::Token* minister = token(a, "minister");
  REQUIRE(minister);
  CHECK(minister->deprel == "nsubj");

  // Title case: the verb is no part of a name, and the tokens keep their written forms.
  kg::Document b = analysed("Port Authority Condemns Budget Plan Over Dock Fees");
  const kg::Token* condemns = token(b, "Condemns");
  REQUIRE(condemns);
  CHECK(condemns->upos == "VERB");
  CHECK(condemns->lemma == "condemn");
  CHECK(token(b, "Budget"));

  // A headline of noun phrases gets no verb; body sentences are tagged as before.
  kg::Document c = analysed("Record harvest for rice farmers in the north");
  CHECK_FALSE(has_finite_verb(c, 0));
  CHECK(has_finite_verb(c, 1));
}

TEST_CASE("a leader's role noun stands for the one leader the article names",
          "[headlines][model]") {
  KG_NEED_MODEL();
  kg::Extraction x = kg::test::extract_text(
      *kg_pipeline,
      "Zambian leader visits Malawi\n\n"
      "Zambian leader Mwila Banda arrived in Lilongwe on Monday for two days of talks.\n");
  CHECK(kg::test::has_fact(x, "Mwila Banda", "VISIT", "Malawi"));
  CHECK_FALSE(kg::test::has_fact(x, "Zambia", "VISIT", "Malawi"));

  // Two people named in the role: neither is guessed.
  kg::Extraction y = kg::test::extract_text(
      *kg_pipeline,
      "Zambian leader visits Malawi\n\n"
      "Zambian leader Mwila Banda met former Zambian leader Chanda Phiri on Monday.\n");
  CHECK_FALSE(kg::test::has_fact(y, "Mwila Banda", "VISIT", "Malawi"));
  CHECK_FALSE(kg::test::has_fact(y, "Chanda Phiri", "VISIT", "Malawi"));
}
