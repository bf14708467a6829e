// Acts named by nouns and the clauses around them, on hand-made analyses (lexicons only):
// "airstrikes by X on Y", "the shelling of Y by X", "with the support of X", "X launched strikes
// on Y", "X held talks with Y", "X blamed the attack on Y", coordinated verbs sharing an object.
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("'airstrikes by X on Y' is an attack by X on Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Airstrikes by Peru on Chile killed dozens.\n"
      "1\tAirstrikes\tairstrike\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
      "2\tby\tby\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "3\tPeru\tPeru\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
      "4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t1\tnmod\t_\t_\n"
      "6\tkilled\tkill\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\tdozens\tdozen\tNOUN\tNNS\t_\t6\tobj\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "ATTACK", "Chile"));
  CHECK_FALSE(has_fact(x, "Chile", "ATTACK", "Peru"));
}

TEST_CASE("'the shelling of Y by X' is an attack by X on Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = The shelling of Chile by Peru continued.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tshelling\tshelling\tNOUN\tNN\t_\t7\tnsubj\t_\t_\n"
      "3\tof\tof\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tChile\tChile\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnmod\t_\t_\n"
      "7\tcontinued\tcontinue\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "ATTACK", "Chile"));
}

TEST_CASE("'With the support of X, Y attacked Z': X supports Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = With the support of Peru, Chile attacked Bolivia.\n"
      "1\tWith\twith\tADP\tIN\t_\t3\tcase\t_\t_\n"
      "2\tthe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "3\tsupport\tsupport\tNOUN\tNN\t_\t8\tobl\t_\t_\n"
      "4\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tPeru\tPeru\tPROPN\tNNP\t_\t3\tnmod\t_\tSpaceAfter=No\n"
      "6\t,\t,\tPUNCT\t,\t_\t3\tpunct\t_\t_\n"
      "7\tChile\tChile\tPROPN\tNNP\t_\t8\tnsubj\t_\t_\n"
      "8\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "9\tBolivia\tBolivia\tPROPN\tNNP\t_\t8\tobj\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t8\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "SUPPORT", "Chile"));
  CHECK_FALSE(has_fact(x, "Peru", "SUPPORT", "Bolivia"));
  CHECK(has_fact(x, "Chile", "ATTACK", "Bolivia"));
}

TEST_CASE("'the Peru-backed Front' is supported by Peru", "[relations][model]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(
      *kg_pipeline, "Peru denied it. The Peru-backed Andean Liberation Front seized the town.");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "SUPPORT", "Andean Liberation Front"));
}

TEST_CASE("'X launched strikes on Y', 'X made threats against Y': X does the act", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru launched airstrikes on Chile.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tlaunched\tlaunch\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tairstrikes\tairstrike\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "ATTACK", "Chile"));
  auto y = kg::test::extract_conllu(
      "# text = Peru made threats against Chile.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tmade\tmake\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthreats\tthreat\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tagainst\tagainst\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t3\tnmod\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Peru", "THREATEN", "Chile"));
  // Condemning an attack does not make one the attacker.
  auto z = kg::test::extract_conllu(
      "# text = Peru condemned the attack on Chile.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tattack\tattack\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tChile\tChile\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(z));
  CHECK_FALSE(has_fact(z, "Peru", "ATTACK", "Chile"));
}

TEST_CASE("'X blamed the attack on Y' accuses Y, never the deed's target", "[relations]") {
  for (const char* on_head : {"2", "4"}) {  // "on Y" hung on the verb, or on the deed
    auto x = kg::test::extract_conllu(std::string("# text = Peru blamed the attack on Chile.\n"
                                                  "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                                  "2\tblamed\tblame\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                                  "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
                                                  "4\tattack\tattack\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
                                                  "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
                                                  "6\tChile\tChile\tPROPN\tNNP\t_\t") +
                                      on_head + (std::string(on_head) == "2" ? "\tobl" : "\tnmod") +
                                      "\t_\tSpaceAfter=No\n"
                                      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
    INFO(describe(x));
    CHECK(has_fact(x, "Peru", "ACCUSE", "Chile"));
    CHECK_FALSE(has_fact(x, "Peru", "ATTACK", "Chile"));
  }
}

TEST_CASE("'X attacked and occupied Y' attacks Y; a second subject keeps its own", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru attacked and occupied Bolivia.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tattacked\tattack\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tand\tand\tCCONJ\tCC\t_\t4\tcc\t_\t_\n"
      "4\toccupied\toccupy\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
      "5\tBolivia\tBolivia\tPROPN\tNNP\t_\t4\tobj\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "ATTACK", "Bolivia"));
  auto y = kg::test::extract_conllu(
      "# text = Peru protested and Chile attacked Bolivia.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tprotested\tprotest\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "4\tChile\tChile\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "5\tattacked\tattack\tVERB\tVBD\t_\t2\tconj\t_\t_\n"
      "6\tBolivia\tBolivia\tPROPN\tNNP\t_\t5\tobj\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Chile", "ATTACK", "Bolivia"));
  CHECK_FALSE(has_fact(y, "Peru", "ATTACK", "Bolivia"));
  for (const auto& r : y.relations) CHECK(r.subject != kg::test::find_entity(y, "Peru"));
}

TEST_CASE("'X held talks with Y' is a meeting of X and Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru held talks with Chile.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\theld\thold\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ttalks\ttalk\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\twith\twith\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t3\tnmod\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK((has_fact(x, "Peru", "MEET", "Chile") || has_fact(x, "Chile", "MEET", "Peru")));
}

TEST_CASE("a person who 'arrived in X' visits X; a people arriving does not", "[relations]") {
  auto arrived = [](const std::string& who, const std::string& upos) {
    return kg::test::extract_conllu("# text = " + who +
                                    " arrived in Ghana.\n"
                                    "1\t" +
                                    who + "\t" + who + "\t" + upos +
                                    "\tNNP\t_\t2\tnsubj\t_\t_\n"
                                    "2\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                    "3\tin\tin\tADP\tIN\t_\t4\tcase\t_\t_\n"
                                    "4\tGhana\tGhana\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
                                    "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  };
  auto x = kg::test::extract_conllu(
      "# text = Anna Berg arrived in Ghana.\n"
      "1\tAnna\tAnna\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tBerg\tBerg\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tarrived\tarrive\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tin\tin\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tGhana\tGhana\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Anna Berg", "VISIT", "Ghana"));
  auto y = arrived("Peruvians", "PROPN");
  INFO(describe(y));
  REQUIRE(kg::test::find_entity(y, "Peru") >= 0);  // the demonym stands for the country
  for (const auto& r : y.relations) CHECK(r.relation != "VISIT");
}
