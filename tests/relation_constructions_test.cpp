// Relation constructions on hand-made analyses (invented names): an event noun of the verb's
// class acting for its agent, "X-based Y" with the place named elsewhere, "X, a town on the side
// of Y", "X, 61, the president of Y", a verb whose preposition follows a particle ("travels on
// to X"), and membership by election ("X is one of the women elected to Y").
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("an event noun subject of its own class acts for its agent", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = A Peruvian air strike targeted Ivo Marsh.\n"
      "1\tA\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "2\tPeruvian\tPeruvian\tADJ\tJJ\t_\t4\tamod\t_\t_\n"
      "3\tair\tair\tNOUN\tNN\t_\t4\tcompound\t_\t_\n"
      "4\tstrike\tstrike\tNOUN\tNN\t_\t5\tnsubj\t_\t_\n"
      "5\ttargeted\ttarget\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\tIvo\tIvo\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "7\tMarsh\tMarsh\tPROPN\tNNP\t_\t6\tflat\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "ATTACK", "Ivo Marsh"));
  // A noun of another class ("sanctions ... targeted") names no attacker.
  auto y = kg::test::extract_conllu(
      "# text = Peruvian sanctions targeted Ivo Marsh.\n"
      "1\tPeruvian\tPeruvian\tADJ\tJJ\t_\t2\tamod\t_\t_\n"
      "2\tsanctions\tsanction\tNOUN\tNNS\t_\t3\tnsubj\t_\t_\n"
      "3\ttargeted\ttarget\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tIvo\tIvo\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\tMarsh\tMarsh\tPROPN\tNNP\t_\t4\tflat\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Peru", "ATTACK", "Ivo Marsh"));
}

TEST_CASE("'X-based Y' places Y in X when X is named elsewhere", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Peru-based Quellca Labs opened an office in Peru.\n"
      "1\tPeru-based\tPeru-based\tADJ\tJJ\t_\t3\tamod\t_\t_\n"
      "2\tQuellca\tQuellca\tPROPN\tNNP\t_\t3\tcompound\t_\t_\n"
      "3\tLabs\tLabs\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "4\topened\topen\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "5\tan\ta\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "6\toffice\toffice\tNOUN\tNN\t_\t4\tobj\t_\t_\n"
      "7\tin\tin\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tPeru\tPeru\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  INFO(describe(x));
  // (Whether the mention keeps the glued word in its name is the mention finder's business.)
  bool placed = false;
  for (const auto& r : x.relations)
    placed |= r.relation == "LOCATED_IN" && x.entities[r.object].name == "Peru" &&
              x.entities[r.subject].name.ends_with("Quellca Labs");
  CHECK(placed);
}

TEST_CASE("'X, a town on the eastern side of Y' lies in Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Cusco, a town on the eastern side of Peru, flooded.\n"
      "1\tCusco\tCusco\tPROPN\tNNP\t_\t12\tnsubj\t_\tSpaceAfter=No\n"
      "2\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\ttown\ttown\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
      "5\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "7\teastern\teastern\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
      "8\tside\tside\tNOUN\tNN\t_\t4\tnmod\t_\t_\n"
      "9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tPeru\tPeru\tPROPN\tNNP\t_\t8\tnmod\t_\tSpaceAfter=No\n"
      "11\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
      "12\tflooded\tflood\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "13\t.\t.\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Cusco", "LOCATED_IN", "Peru"));
}

TEST_CASE("'travels on to X': the preposition after a particle carries the object", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Ivo Marsh travels on to Chile on Sunday.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\ttravels\ttravel\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "4\ton\ton\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "5\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tChile\tChile\tPROPN\tNNP\t_\t3\tobl\t_\t_\n"
      "7\ton\ton\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tSunday\tSunday\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Ivo Marsh", "VISIT", "Chile"));
}

TEST_CASE("'X, 61, the former president of Y': an age between commas keeps the apposition",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Ivo Marsh, 61, the former president of Zentrix Corporation resigned.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t12\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
      "4\t61\t61\tNUM\tCD\t_\t1\tamod\t_\tSpaceAfter=No\n"
      "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "7\tformer\tformer\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
      "8\tpresident\tpresident\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
      "9\tof\tof\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tZentrix\tZentrix\tPROPN\tNNP\t_\t8\tnmod\t_\t_\n"
      "11\tCorporation\tCorporation\tPROPN\tNNP\t_\t10\tflat\t_\t_\n"
      "12\tresigned\tresign\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "13\t.\t.\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Ivo Marsh", "LEADER_OF", "Zentrix Corporation"));
}

TEST_CASE("'elected to Y': the one chosen is a member, the voters are not", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Ivo Marsh is one of the first women elected to the Norvel Council.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t4\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tis\tbe\tAUX\tVBZ\t_\t4\tcop\t_\t_\n"
      "4\tone\tone\tNUM\tCD\t_\t0\troot\t_\t_\n"
      "5\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "7\tfirst\tfirst\tADJ\tJJ\t_\t8\tamod\t_\t_\n"
      "8\twomen\twoman\tNOUN\tNNS\t_\t4\tnmod\t_\t_\n"
      "9\telected\telect\tVERB\tVBN\t_\t8\tacl\t_\t_\n"
      "10\tto\tto\tADP\tIN\t_\t13\tcase\t_\t_\n"
      "11\tthe\tthe\tDET\tDT\t_\t13\tdet\t_\t_\n"
      "12\tNorvel\tNorvel\tPROPN\tNNP\t_\t13\tcompound\t_\t_\n"
      "13\tCouncil\tCouncil\tPROPN\tNNP\t_\t9\tobl\t_\tSpaceAfter=No\n"
      "14\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Ivo Marsh", "MEMBER_OF", "Norvel Council"));
  auto y = kg::test::extract_conllu(
      "# text = Zentrix Corporation elected Ivo Marsh to the Norvel Council.\n"
      "1\tZentrix\tZentrix\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tCorporation\tCorporation\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\telected\telect\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tIvo\tIvo\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\tMarsh\tMarsh\tPROPN\tNNP\t_\t4\tflat\t_\t_\n"
      "6\tto\tto\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "7\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
      "8\tNorvel\tNorvel\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
      "9\tCouncil\tCouncil\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Ivo Marsh", "MEMBER_OF", "Norvel Council"));
  CHECK_FALSE(has_fact(y, "Zentrix Corporation", "MEMBER_OF", "Norvel Council"));
}
