// A name the rules typed a person by default takes the tagger's place reading only when nothing
// in the article says it is a person: no mention is a clause subject (or hangs on one) and its
// last word never stands alone ("Pell said"). Hand-made analyses with hand-set tagger labels.
#include <catch2/catch.hpp>

#include "extraction_support.h"
#include "extractor/formats/conllu.h"

using kg::test::describe;
using kg::test::find_entity;

namespace {
// Extracts from `conllu` with the tokens whose forms are in `places` labelled B-LOC/I-LOC.
kg::Extraction extract_with_places(const std::string& conllu,
                                   const std::vector<std::string>& places) {
  kg::Document doc = kg::document_from_conllu(kg::parse_conllu(conllu, "hand-made.conllu"));
  doc.meta.published = "2024-01-10";
  for (size_t t = 0; t < doc.tokens.size(); ++t)
    for (const std::string& p : places)
      if (doc.tokens[t].form == p)
        doc.tokens[t].ner =
            (t > 0 && doc.tokens[t - 1].ner != kg::NerTag::O) ? kg::NerTag::ILoc : kg::NerTag::BLoc;
  return kg::test::fact_extractor().extract(doc);
}

kg::EntityType type_of(const kg::Extraction& x, const std::string& name) {
  int e = find_entity(x, name);
  REQUIRE(e >= 0);
  return x.entities[e].type;
}
}  // namespace

TEST_CASE("a name tagged a place in an oblique role is a place", "[entities][ner]") {
  auto x = extract_with_places(
      "# text = Ana Pell moved to Vennor Halsby.\n"
      "1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tPell\tPell\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tmoved\tmove\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tVennor\tVennor\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
      "6\tHalsby\tHalsby\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n",
      {"Vennor", "Halsby", "Ana", "Pell"});
  INFO(describe(x));
  CHECK(type_of(x, "Vennor Halsby") == kg::EntityType::Location);
  // The subject keeps the person reading though the tagger called it a place.
  CHECK(type_of(x, "Ana Pell") == kg::EntityType::Person);
}

TEST_CASE("a name tagged a place whose last word stands alone is a person", "[entities][ner]") {
  auto x = extract_with_places(
      "# text = Workers met Tomas Verl in the yard.\n"
      "1\tWorkers\tworker\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tTomas\tTomas\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\tVerl\tVerl\tPROPN\tNNP\t_\t3\tflat\t_\t_\n"
      "5\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tyard\tyard\tNOUN\tNN\t_\t2\tobl\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
      "# text = It is safe, Verl said.\n"
      "1\tIt\tit\tPRON\tPRP\t_\t3\tnsubj\t_\t_\n"
      "2\tis\tbe\tAUX\tVBZ\t_\t3\tcop\t_\t_\n"
      "3\tsafe\tsafe\tADJ\tJJ\t_\t6\tccomp\t_\tSpaceAfter=No\n"
      "4\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "5\tVerl\tVerl\tPROPN\tNNP\t_\t6\tnsubj\t_\t_\n"
      "6\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n",
      {"Tomas", "Verl"});
  INFO(describe(x));
  CHECK(type_of(x, "Tomas Verl") == kg::EntityType::Person);
}

TEST_CASE("a name tagged a place that hangs on a subject stays a person", "[entities][ner]") {
  auto x = extract_with_places(
      "# text = The envoy Lida Marsk arrived.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tenvoy\tenvoy\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
      "3\tLida\tLida\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "4\tMarsk\tMarsk\tPROPN\tNNP\t_\t2\tappos\t_\t_\n"
      "5\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n",
      {"Lida", "Marsk"});
  INFO(describe(x));
  CHECK(type_of(x, "Lida Marsk") == kg::EntityType::Person);
}
