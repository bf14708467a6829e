// Investigations and legal actions on hand-made analyses (lexicons only): "X faces
// investigations in Y", "Y launched an investigation into X", "Y sued X", "Y indicted X".
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("'X faces investigations in Y' is monitoring of X by the country Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Acme Corporation faces investigations in Peru.\n"
      "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\tCorporation\tCorporation\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "3\tfaces\tface\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "4\tinvestigations\tinvestigation\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
      "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "MONITOR", "Acme Corporation"));
  CHECK_FALSE(has_fact(x, "Acme Corporation", "MONITOR", "Peru"));
}

TEST_CASE("'Y launched an investigation into X' is monitoring of X by Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru launched an investigation into Acme Corporation.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tan\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tinvestigation\tinvestigation\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tinto\tinto\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tAcme\tAcme\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
      "7\tCorporation\tCorporation\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "MONITOR", "Acme Corporation"));
}

TEST_CASE("'Y sued X' and 'Y indicted X' accuse X", "[relations]") {
  for (const char* verb : {"sued sue", "indicted indict"}) {
    std::string form(verb, std::string(verb).find(' '));
    std::string lemma(std::string(verb).substr(form.size() + 1));
    auto x = kg::test::extract_conllu(
        "# text = Peru " + form +
        " Acme Corporation.\n"
        "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
        "2\t" +
        form + "\t" + lemma +
        "\tVERB\tVBD\t_\t0\troot\t_\t_\n"
        "3\tAcme\tAcme\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
        "4\tCorporation\tCorporation\tPROPN\tNNP\t_\t2\tobj\t_\tSpaceAfter=No\n"
        "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
    INFO(describe(x));
    CHECK(has_fact(x, "Peru", "ACCUSE", "Acme Corporation"));
  }
}
