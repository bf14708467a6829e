// Relations carried by a noun, a controlled verb or a handover (invented names): legal actions
// filed against a party read as accusations, threats to use a means on a party, and things
// returned to a party.
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("'X filed a lawsuit against Y' accuses Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru filed a lawsuit against Ivo Marsh.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tfiled\tfile\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tlawsuit\tlawsuit\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tagainst\tagainst\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tIvo\tIvo\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
      "7\tMarsh\tMarsh\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "ACCUSE", "Ivo Marsh"));
  // A lawsuit filed on someone's behalf accuses nobody named.
  auto y = kg::test::extract_conllu(
      "# text = Peru filed a lawsuit on behalf of Ivo Marsh.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tfiled\tfile\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tlawsuit\tlawsuit\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tbehalf\tbehalf\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
      "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tIvo\tIvo\tPROPN\tNNP\t_\t6\tnmod\t_\t_\n"
      "9\tMarsh\tMarsh\tPROPN\tNNP\t_\t8\tflat\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Peru", "ACCUSE", "Ivo Marsh"));
}

TEST_CASE("'lawsuits filed by X against Y' accuse Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Lawsuits filed by Ivo Marsh against Chile were dismissed.\n"
      "1\tLawsuits\tlawsuit\tNOUN\tNNS\t_\t9\tnsubj:pass\t_\t_\n"
      "2\tfiled\tfile\tVERB\tVBN\t_\t1\tacl\t_\t_\n"
      "3\tby\tby\tADP\tIN\t_\t4\tcase\t_\t_\n"
      "4\tIvo\tIvo\tPROPN\tNNP\t_\t2\tobl:agent\t_\t_\n"
      "5\tMarsh\tMarsh\tPROPN\tNNP\t_\t4\tflat\t_\t_\n"
      "6\tagainst\tagainst\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tChile\tChile\tPROPN\tNNP\t_\t4\tnmod\t_\t_\n"
      "8\twere\tbe\tAUX\tVBD\t_\t9\taux:pass\t_\t_\n"
      "9\tdismissed\tdismiss\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n");
  INFO(describe(x));
  // (The parse hangs "against Chile" on the agent, as parsers often do.)
  CHECK(has_fact(x, "Ivo Marsh", "ACCUSE", "Chile"));
}

TEST_CASE("'X threatened to use missiles against Y' threatens Y, not the missiles", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Chile threatened to use missiles against Peru.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tthreatened\tthreaten\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tPART\tTO\t_\t4\tmark\t_\t_\n"
      "4\tuse\tuse\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "5\tmissiles\tmissile\tNOUN\tNNS\t_\t4\tobj\t_\t_\n"
      "6\tagainst\tagainst\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tPeru\tPeru\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Chile", "THREATEN", "Peru"));
  bool means = false;
  for (const auto& r : x.relations)
    means |= r.relation == "THREATEN" && x.entities[r.object].name != "Peru";
  CHECK_FALSE(means);
}

TEST_CASE("'X returned the island to Y' transfers to Y; 'X returned to Y' does not",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru returned the island to Chile.\n"
      "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\treturned\treturn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tisland\tisland\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tChile\tChile\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "TRANSFER", "Chile"));
  auto y = kg::test::extract_conllu(
      "# text = Ivo Marsh returned to Chile.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\treturned\treturn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tto\tto\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Ivo Marsh", "TRANSFER", "Chile"));
}
