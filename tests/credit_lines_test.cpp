// Photo credits and captions ("Jane Doe / Getty Images") are no clause a pronoun goes back to, and
// a quote whose "he said" stays unresolved is given by the named reporter after it, on hand-made
// analyses (lexicons only).
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;
using kg::test::speaker_of;

namespace {
// "<first sentence>" then "He criticized Chile." (the pronoun's antecedent is looked for in the
// first).
std::string with_he_criticized_chile(const std::string& first) {
  return first +
         "# text = He criticized Chile.\n"
         "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
         "2\tcriticized\tcriticize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
         "3\tChile\tChile\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
         "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
}
}  // namespace

TEST_CASE("a pronoun never goes back to a name in a photo credit", "[relations]") {
  auto credit = kg::test::extract_conllu(
      with_he_criticized_chile("# text = John Smith / Getty Images\n"
                               "1\tJohn\tJohn\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
                               "2\tSmith\tSmith\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
                               "3\t/\t/\tSYM\tSYM\t_\t4\tcc\t_\t_\n"
                               "4\tGetty\tGetty\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
                               "5\tImages\tImages\tPROPN\tNNPS\t_\t0\troot\t_\t_\n\n"));
  INFO(describe(credit));
  CHECK_FALSE(has_fact(credit, "John Smith", "CONDEMN", "Chile"));
  // The same name in a clause is the antecedent.
  auto clause = kg::test::extract_conllu(
      with_he_criticized_chile("# text = John Smith arrived.\n"
                               "1\tJohn\tJohn\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
                               "2\tSmith\tSmith\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
                               "3\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
                               "4\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n"));
  INFO(describe(clause));
  CHECK(has_fact(clause, "John Smith", "CONDEMN", "Chile"));
}

TEST_CASE("'he said, \"...,\" the company said' with 'he' unknown is the company's", "[quotes]") {
  auto x = kg::test::extract_conllu(
      "# text = He said, \"the plan will fail,\" Acme Corporation said.\n"
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tsaid\tsay\tVERB\tVBD\t_\t13\tccomp\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "4\t\"\t\"\tPUNCT\t``\t_\t8\tpunct\t_\tSpaceAfter=No\n"
      "5\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\tplan\tplan\tNOUN\tNN\t_\t8\tnsubj\t_\t_\n"
      "7\twill\twill\tAUX\tMD\t_\t8\taux\t_\t_\n"
      "8\tfail\tfail\tVERB\tVB\t_\t2\tccomp\t_\tSpaceAfter=No\n"
      "9\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\tSpaceAfter=No\n"
      "10\t\"\t\"\tPUNCT\t''\t_\t8\tpunct\t_\t_\n"
      "11\tAcme\tAcme\tPROPN\tNNP\t_\t12\tcompound\t_\t_\n"
      "12\tCorporation\tCorporation\tPROPN\tNNP\t_\t13\tnsubj\t_\t_\n"
      "13\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "14\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(speaker_of(x, "the plan will fail") == "Acme Corporation");
}
