// Affiliations as news writes them, on hand-made analyses (lexicons only): "X, the company's
// chief executive", "X, an Acme spokesman"-style organisation modifiers, "president and chief
// operating officer of Y", "President X" resolved to its sentence's one country, "the capital X".
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

namespace {
// One token a line: form, lemma, UPOS, head, relation (a flat tree is enough for these rules,
// which read the surface).
std::string conllu(const std::string& text,
                   const std::vector<std::tuple<std::string, std::string, std::string>>& toks) {
  std::string out = "# text = " + text + "\n";
  for (size_t i = 0; i < toks.size(); ++i) {
    const auto& [form, lemma, upos] = toks[i];
    out += std::to_string(i + 1) + "\t" + form + "\t" + lemma + "\t" + upos + "\t_\t_\t" +
           (i == 0 ? "0\troot" : "1\tdep") + "\t_\t_\n";
  }
  return out + "\n";
}
}  // namespace

TEST_CASE("'President X' takes the one country its sentence names", "[relations]") {
  auto x = kg::test::extract_conllu(
      conllu("President John Smith said Canada would act .", {{"President", "president", "PROPN"},
                                                              {"John", "John", "PROPN"},
                                                              {"Smith", "Smith", "PROPN"},
                                                              {"said", "say", "VERB"},
                                                              {"Canada", "Canada", "PROPN"},
                                                              {"would", "would", "AUX"},
                                                              {"act", "act", "VERB"},
                                                              {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "John Smith", "LEADER_OF", "Canada"));
  auto y = kg::test::extract_conllu(conllu("President John Smith said Canada and Peru would act .",
                                           {{"President", "president", "PROPN"},
                                            {"John", "John", "PROPN"},
                                            {"Smith", "Smith", "PROPN"},
                                            {"said", "say", "VERB"},
                                            {"Canada", "Canada", "PROPN"},
                                            {"and", "and", "CCONJ"},
                                            {"Peru", "Peru", "PROPN"},
                                            {"would", "would", "AUX"},
                                            {"act", "act", "VERB"},
                                            {".", ".", "PUNCT"}}));
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "John Smith", "LEADER_OF", "Canada"));
  CHECK_FALSE(has_fact(y, "John Smith", "LEADER_OF", "Peru"));
}

TEST_CASE("'the capital X' lies in the gazetteer's country only", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Chile met Peru in the capital Lima.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tPeru\tPeru\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "6\tcapital\tcapital\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
      "7\tLima\tLima\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Lima", "LOCATED_IN", "Peru"));
  CHECK_FALSE(has_fact(x, "Lima", "LOCATED_IN", "Chile"));
}

TEST_CASE("'X, the company's chief executive' works for the company named before", "[relations]") {
  auto x = kg::test::extract_conllu(
      conllu("Acme Corporation grew . John Smith , the company 's chief executive , said so .",
             {{"Acme", "Acme", "PROPN"},
              {"Corporation", "Corporation", "PROPN"},
              {"grew", "grow", "VERB"},
              {".", ".", "PUNCT"},
              {"John", "John", "PROPN"},
              {"Smith", "Smith", "PROPN"},
              {",", ",", "PUNCT"},
              {"the", "the", "DET"},
              {"company", "company", "NOUN"},
              {"'s", "'s", "PART"},
              {"chief", "chief", "ADJ"},
              {"executive", "executive", "NOUN"},
              {",", ",", "PUNCT"},
              {"said", "say", "VERB"},
              {"so", "so", "ADV"},
              {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "John Smith", "WORKS_FOR", "Acme Corporation"));
}

TEST_CASE("'X, president and chief operating officer of Y' leads Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      conllu("John Smith , president and chief operating officer of Acme Corporation , said so .",
             {{"John", "John", "PROPN"},
              {"Smith", "Smith", "PROPN"},
              {",", ",", "PUNCT"},
              {"president", "president", "NOUN"},
              {"and", "and", "CCONJ"},
              {"chief", "chief", "ADJ"},
              {"operating", "operating", "NOUN"},
              {"officer", "officer", "NOUN"},
              {"of", "of", "ADP"},
              {"Acme", "Acme", "PROPN"},
              {"Corporation", "Corporation", "PROPN"},
              {",", ",", "PUNCT"},
              {"said", "say", "VERB"},
              {"so", "so", "ADV"},
              {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "John Smith", "LEADER_OF", "Acme Corporation"));
}

TEST_CASE("'Peru's ambassador to Chile X' works for Peru, not Chile", "[relations]") {
  auto x = kg::test::extract_conllu(conllu("Peru 's ambassador to Chile John Smith said so .",
                                           {{"Peru", "Peru", "PROPN"},
                                            {"'s", "'s", "PART"},
                                            {"ambassador", "ambassador", "NOUN"},
                                            {"to", "to", "ADP"},
                                            {"Chile", "Chile", "PROPN"},
                                            {"John", "John", "PROPN"},
                                            {"Smith", "Smith", "PROPN"},
                                            {"said", "say", "VERB"},
                                            {"so", "so", "ADV"},
                                            {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "John Smith", "WORKS_FOR", "Peru"));
  CHECK_FALSE(has_fact(x, "John Smith", "WORKS_FOR", "Chile"));
}

TEST_CASE("'the European Union's Joint Research Centre' is part of the union", "[relations]") {
  auto x = kg::test::extract_conllu(conllu("The European Union 's Joint Research Centre said so .",
                                           {{"The", "the", "DET"},
                                            {"European", "European", "PROPN"},
                                            {"Union", "Union", "PROPN"},
                                            {"'s", "'s", "PART"},
                                            {"Joint", "Joint", "PROPN"},
                                            {"Research", "Research", "PROPN"},
                                            {"Centre", "Centre", "PROPN"},
                                            {"said", "say", "VERB"},
                                            {"so", "so", "ADV"},
                                            {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "Joint Research Centre", "PART_OF", "European Union"));
}
