// Relative clauses whose pronoun stands for a name, directive verbs with an infinitive, labels
// after "call X" and sieges (invented names; hand-made parses, so no model is needed).
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("'X, which is backed by Y' reads X as the one backed", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = The Andes Liberation Front, which is backed by Chile, seized the port.\n"
      "1\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "2\tAndes\tAnde\tPROPN\tNNPS\t_\t4\tcompound\t_\t_\n"
      "3\tLiberation\tLiberation\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "4\tFront\tFront\tPROPN\tNNP\t_\t12\tnsubj\t_\tSpaceAfter=No\n"
      "5\t,\t,\tPUNCT\t,\t_\t8\tpunct\t_\t_\n"
      "6\twhich\twhich\tPRON\tWDT\t_\t8\tnsubj:pass\t_\t_\n"
      "7\tis\tbe\tAUX\tVBZ\t_\t8\taux:pass\t_\t_\n"
      "8\tbacked\tback\tVERB\tVBN\t_\t4\tacl:relcl\t_\t_\n"
      "9\tby\tby\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tChile\tChile\tPROPN\tNNP\t_\t8\tobl:agent\t_\tSpaceAfter=No\n"
      "11\t,\t,\tPUNCT\t,\t_\t4\tpunct\t_\t_\n"
      "12\tseized\tseize\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "13\tthe\tthe\tDET\tDT\t_\t14\tdet\t_\t_\n"
      "14\tport\tport\tNOUN\tNN\t_\t12\tobj\t_\tSpaceAfter=No\n"
      "15\t.\t.\tPUNCT\t.\t_\t12\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Chile", "SUPPORT", "Andes Liberation Front"));
}

TEST_CASE("'X, the colonel who heads Y' leads Y, but not as the object of a clause",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Ivo Marsh, the colonel who heads the Andes Guard, was arrested.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t13\tnsubj:pass\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tcolonel\tcolonel\tNOUN\tNN\t_\t1\tappos\t_\t_\n"
      "6\twho\twho\tPRON\tWP\t_\t7\tnsubj\t_\t_\n"
      "7\theads\thead\tVERB\tVBZ\t_\t5\tacl:relcl\t_\t_\n"
      "8\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
      "9\tAndes\tAnde\tPROPN\tNNPS\t_\t10\tcompound\t_\t_\n"
      "10\tGuard\tGuard\tPROPN\tNNP\t_\t7\tobj\t_\tSpaceAfter=No\n"
      "11\t,\t,\tPUNCT\t,\t_\t1\tpunct\t_\t_\n"
      "12\twas\tbe\tAUX\tVBD\t_\t13\taux:pass\t_\t_\n"
      "13\tarrested\tarrest\tVERB\tVBN\t_\t0\troot\t_\tSpaceAfter=No\n"
      "14\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Ivo Marsh", "LEADER_OF", "Andes Guard"));
  // The colonel Ivo Marsh met is someone else: only an appositive noun stands for the name.
  auto y = kg::test::extract_conllu(
      "# text = Ivo Marsh met the colonel who heads the Andes Guard.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "5\tcolonel\tcolonel\tNOUN\tNN\t_\t3\tobj\t_\t_\n"
      "6\twho\twho\tPRON\tWP\t_\t7\tnsubj\t_\t_\n"
      "7\theads\thead\tVERB\tVBZ\t_\t5\tacl:relcl\t_\t_\n"
      "8\tthe\tthe\tDET\tDT\t_\t10\tdet\t_\t_\n"
      "9\tAndes\tAnde\tPROPN\tNNPS\t_\t10\tcompound\t_\t_\n"
      "10\tGuard\tGuard\tPROPN\tNNP\t_\t7\tobj\t_\tSpaceAfter=No\n"
      "11\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Ivo Marsh", "LEADER_OF", "Andes Guard"));
}

TEST_CASE("'X ordered Y to act' and 'Y was instructed by X to act' are demands on Y",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Chile ordered Peru to withdraw its troops.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tordered\torder\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tPeru\tperu\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "4\tto\tto\tPART\tTO\t_\t5\tmark\t_\t_\n"
      "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\txcomp\t_\t_\n"
      "6\tits\tits\tPRON\tPRP$\t_\t7\tnmod:poss\t_\t_\n"
      "7\ttroops\ttroops\tNOUN\tNNS\t_\t5\tobj\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Chile", "DEMAND", "Peru"));
  auto y = kg::test::extract_conllu(
      "# text = Peru was instructed by Chile to pay the debt.\n"
      "1\tPeru\tperu\tPROPN\tNNP\t_\t3\tnsubj:pass\t_\t_\n"
      "2\twas\tbe\tAUX\tVBD\t_\t3\taux:pass\t_\t_\n"
      "3\tinstructed\tinstruct\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "4\tby\tby\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t3\tobl:agent\t_\t_\n"
      "6\tto\tto\tPART\tTO\t_\t7\tmark\t_\t_\n"
      "7\tpay\tpay\tVERB\tVB\t_\t3\txcomp\t_\t_\n"
      "8\tthe\tthe\tDET\tDT\t_\t9\tdet\t_\t_\n"
      "9\tdebt\tdebt\tNOUN\tNN\t_\t7\tobj\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Chile", "DEMAND", "Peru"));
  // Goods ordered from a party ask nothing of it.
  auto z = kg::test::extract_conllu(
      "# text = Chile ordered tanks from Peru.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tordered\torder\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ttanks\ttank\tNOUN\tNNS\t_\t2\tobj\t_\t_\n"
      "4\tfrom\tfrom\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\tPeru\tperu\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
      "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(z));
  CHECK_FALSE(has_fact(z, "Chile", "DEMAND", "Peru"));
}

TEST_CASE("'X besieged Y' and 'X began a siege of Y' attack Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Chile besieged the port of Arica.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tbesieged\tbesiege\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tport\tport\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tArica\tArica\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Chile", "ATTACK", "port"));
  auto y = kg::test::extract_conllu(
      "# text = Chile began a siege of the port.\n"
      "1\tChile\tChile\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tbegan\tbegin\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\ta\ta\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tsiege\tsiege\tNOUN\tNN\t_\t2\tobj\t_\t_\n"
      "5\tof\tof\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tport\tport\tNOUN\tNN\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Chile", "ATTACK", "port"));
}

TEST_CASE("'X called Y a \"traitor\"' designates Y, with the label read as a bare nominal",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Ana Pell called Ivo Marsh a \"traitor\" in a message.\n"
      "1\tAna\tAna\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tPell\tPell\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tIvo\tIvo\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\tMarsh\tMarsh\tPROPN\tNNP\t_\t4\tflat\t_\t_\n"
      "6\ta\ta\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "7\t\"\t\"\tPUNCT\t``\t_\t8\tpunct\t_\tSpaceAfter=No\n"
      "8\ttraitor\ttraitor\tNOUN\tNN\t_\t3\tobl:unmarked\t_\tSpaceAfter=No\n"
      "9\t\"\t\"\tPUNCT\t''\t_\t8\tpunct\t_\t_\n"
      "10\tin\tin\tADP\tIN\t_\t12\tcase\t_\t_\n"
      "11\ta\ta\tDET\tDT\t_\t12\tdet\t_\t_\n"
      "12\tmessage\tmessage\tNOUN\tNN\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "13\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Ana Pell", "DESIGNATE", "Ivo Marsh"));
  // A time word after the object is no label: a telephone call.
  auto y = kg::test::extract_conllu(
      "# text = Ivo Marsh called Ana Pell this week.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tcalled\tcall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tAna\tAna\tPROPN\tNNP\t_\t3\tobj\t_\t_\n"
      "5\tPell\tPell\tPROPN\tNNP\t_\t4\tflat\t_\t_\n"
      "6\tthis\tthis\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "7\tweek\tweek\tNOUN\tNN\t_\t3\tobl:unmarked\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Ivo Marsh", "DESIGNATE", "Ana Pell"));
}
