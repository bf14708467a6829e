// A handful of CoNLL-U sentences for training tiny models inside tests.
#pragma once

#include <string>

namespace kg::test {

inline const std::string kTinyTreebank =
    "# sent_id = 1\n"
    "# text = The minister said the talks would resume.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\tminister\tminister\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
    "3\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "4\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
    "5\ttalks\ttalk\tNOUN\tNNS\t_\t7\tnsubj\t_\t_\n"
    "6\twould\twould\tAUX\tMD\t_\t7\taux\t_\t_\n"
    "7\tresume\tresume\tVERB\tVB\t_\t3\tccomp\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 2\n"
    "# text = Kim visited Seoul on Monday.\n"
    "1\tKim\tKim\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
    "2\tvisited\tvisit\tVERB\tVBD\t_\t0\troot\t_\t_\n"
    "3\tSeoul\tSeoul\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
    "4\ton\ton\tADP\tIN\t_\t5\tcase\t_\t_\n"
    "5\tMonday\tMonday\tPROPN\tNNP\t_\t2\tobl\t_\tSpaceAfter=No\n"
    "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 3\n"
    "# text = The talks were held in Geneva.\n"
    "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
    "2\ttalks\ttalk\tNOUN\tNNS\t_\t4\tnsubj:pass\t_\t_\n"
    "3\twere\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
    "4\theld\thold\tVERB\tVBN\t_\t0\troot\t_\t_\n"
    "5\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
    "6\tGeneva\tGeneva\tPROPN\tNNP\t_\t4\tobl\t_\tSpaceAfter=No\n"
    "7\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n"
    "# sent_id = 4\n"
    "# text = He doesn't like the new plan.\n"
    "1\tHe\the\tPRON\tPRP\t_\t4\tnsubj\t_\t_\n"
    "2-3\tdoesn't\t_\t_\t_\t_\t_\t_\t_\t_\n"
    "2\tdoes\tdo\tAUX\tVBZ\t_\t4\taux\t_\t_\n"
    "3\tn't\tnot\tPART\tRB\t_\t4\tadvmod\t_\t_\n"
    "4\tlike\tlike\tVERB\tVB\t_\t0\troot\t_\t_\n"
    "5\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "6\tnew\tnew\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
    "7\tplan\tplan\tNOUN\tNN\t_\t4\tobj\t_\tSpaceAfter=No\n"
    "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n"
    "\n";

}  // namespace kg::test
