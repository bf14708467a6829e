// Units of organisations on hand-made analyses (lexicons only): "X, a subsidiary of Y",
// "X, a Y unit", "Y, which owns X", and what they never read (a person's company, a unit
// commander).
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::flat;
using kg::test::has_fact;

TEST_CASE("'X, a subsidiary of Y' and 'X, a Y unit' are parts of Y", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"Delta", "Delta", "PROPN"},
                                          {"Holdings", "Holdings", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"a", "a", "DET"},
                                          {"wholly", "wholly", "ADV"},
                                          {"owned", "own", "VERB"},
                                          {"subsidiary", "subsidiary", "NOUN"},
                                          {"of", "of", "ADP"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"grew", "grow", "VERB"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "Delta Holdings", "PART_OF", "Acme Corporation"));
  auto y = kg::test::extract_conllu(flat({{"Delta", "Delta", "PROPN"},
                                          {"Holdings", "Holdings", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"an", "a", "DET"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {"unit", "unit", "NOUN"},
                                          {",", ",", "PUNCT"},
                                          {"grew", "grow", "VERB"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(y));
  CHECK(has_fact(y, "Delta Holdings", "PART_OF", "Acme Corporation"));
}

TEST_CASE("'X, a unit commander of Y' makes no part", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"John", "John", "PROPN"},
                                          {"Smith", "Smith", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"a", "a", "DET"},
                                          {"unit", "unit", "NOUN"},
                                          {"commander", "commander", "NOUN"},
                                          {"of", "of", "ADP"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"spoke", "speak", "VERB"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK_FALSE(has_fact(x, "John Smith", "PART_OF", "Acme Corporation"));
}

TEST_CASE("'Y, which owns X' makes X part of Y; a person's company is no part", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Acme Corporation, which owns Delta Holdings, grew.\n"
      "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\tCorporation\tCorporation\tPROPN\tNNP\t_\t9\tnsubj\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "4\twhich\twhich\tPRON\tWDT\t_\t5\tnsubj\t_\t_\n"
      "5\towns\town\tVERB\tVBZ\t_\t2\tacl:relcl\t_\t_\n"
      "6\tDelta\tDelta\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
      "7\tHoldings\tHoldings\tPROPN\tNNPS\t_\t5\tobj\t_\tSpaceAfter=No\n"
      "8\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "9\tgrew\tgrow\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Delta Holdings", "PART_OF", "Acme Corporation"));
  auto y = kg::test::extract_conllu(
      "# text = John Smith owns Delta Holdings.\n"
      "1\tJohn\tJohn\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tSmith\tSmith\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\towns\town\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "4\tDelta\tDelta\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "5\tHoldings\tHoldings\tPROPN\tNNPS\t_\t3\tobj\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Delta Holdings", "PART_OF", "John Smith"));
}

TEST_CASE("'X was admitted to Y', 'A and B were selected for Y' make members of Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru was admitted to the Andean Trade Council.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
      "3\tadmitted\tadmit\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "5\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "6\tAndean\tAndean\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "7\tTrade\tTrade\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "8\tCouncil\tCouncil\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "MEMBER_OF", "Andean Trade Council"));
  auto y = kg::test::extract_conllu(
      "# text = Acme Corporation and Delta Holdings were selected for the Ocean Cargo Program.\n"
      "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\tCorporation\tCorporation\tPROPN\tNNP\t_\t7\tnsubj:pass\t_\t_\n"
      "3\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "4\tDelta\tDelta\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "5\tHoldings\tHoldings\tPROPN\tNNPS\t_\t2\tconj\t_\t_\n"
      "6\twere\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n"
      "7\tselected\tselect\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "8\tfor\tfor\tADP\tIN\t_\t12\tcase\t_\t_\n"
      "9\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\t_\n"
      "10\tOcean\tOcean\tPROPN\tNNP\t_\t12\tcompound\t_\t_\n"
      "11\tCargo\tCargo\tPROPN\tNNP\t_\t12\tcompound\t_\t_\n"
      "12\tProgram\tProgram\tPROPN\tNNP\t_\t7\tobl\t_\tSpaceAfter=No\n"
      "13\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Acme Corporation", "MEMBER_OF", "Ocean Cargo Program"));
  CHECK(has_fact(y, "Delta Holdings", "MEMBER_OF", "Ocean Cargo Program"));
}

TEST_CASE("'A and B are members of Y' makes each a member; 'are not' none", "[relations]") {
  auto parse = [](const std::string& negation) {
    std::string n = negation.empty()
                        ? ""
                        : "5\t" + negation + "\t" + negation + "\tPART\tRB\t_\t6\tadvmod\t_\t_\n";
    int shift = negation.empty() ? 0 : 1;
    auto id = [&](int i) { return std::to_string(i + (i >= 5 ? shift : 0)); };
    return kg::test::extract_conllu(
        "# text = Peru and Chile are " + negation + (negation.empty() ? "" : " ") +
        "members of the Andean Trade Council.\n"
        "1\tPeru\tPeru\tPROPN\tNNP\t_\t" +
        id(5) +
        "\tnsubj\t_\t_\n"
        "2\tand\tand\tCCONJ\tCC\t_\t3\tcc\t_\t_\n"
        "3\tChile\tChile\tPROPN\tNNP\t_\t1\tconj\t_\t_\n"
        "4\tare\tbe\tAUX\tVBP\t_\t" +
        id(5) + "\tcop\t_\t_\n" + n + id(5) + "\tmembers\tmember\tNOUN\tNNS\t_\t0\troot\t_\t_\n" +
        id(6) + "\tof\tof\tADP\tIN\t_\t" + id(10) + "\tcase\t_\t_\n" + id(7) +
        "\tthe\tthe\tDET\tDT\t_\t" + id(10) + "\tdet\t_\t_\n" + id(8) +
        "\tAndean\tAndean\tPROPN\tNNP\t_\t" + id(10) + "\tcompound\t_\t_\n" + id(9) +
        "\tTrade\tTrade\tPROPN\tNNP\t_\t" + id(10) + "\tcompound\t_\t_\n" + id(10) +
        "\tCouncil\tCouncil\tPROPN\tNNP\t_\t" + id(5) + "\tnmod\t_\tSpaceAfter=No\n" + id(11) +
        "\t.\t.\tPUNCT\t.\t_\t" + id(5) + "\tpunct\t_\t_\n\n");
  };
  auto x = parse("");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "MEMBER_OF", "Andean Trade Council"));
  CHECK(has_fact(x, "Chile", "MEMBER_OF", "Andean Trade Council"));
  auto y = parse("not");
  INFO(describe(y));
  REQUIRE(kg::test::find_entity(y, "Andean Trade Council") >= 0);
  CHECK_FALSE(has_fact(y, "Peru", "MEMBER_OF", "Andean Trade Council"));
  CHECK_FALSE(has_fact(y, "Chile", "MEMBER_OF", "Andean Trade Council"));
}
