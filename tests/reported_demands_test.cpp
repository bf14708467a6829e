// Demands in reported speech on hand-made analyses (lexicons only): "X said Y must ...".
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

namespace {
kg::Extraction said(const std::string& modal) {
  return kg::test::extract_conllu("# text = Peru said Chile " + modal +
                                  " withdraw.\n"
                                  "1\tPeru\tPeru\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
                                  "2\tsaid\tsay\tVERB\tVBD\t_\t0\troot\t_\t_\n"
                                  "3\tChile\tChile\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
                                  "4\t" +
                                  modal + "\t" + modal +
                                  "\tAUX\tMD\t_\t5\taux\t_\t_\n"
                                  "5\twithdraw\twithdraw\tVERB\tVB\t_\t2\tccomp\t_\tSpaceAfter=No\n"
                                  "6\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
}
}  // namespace

TEST_CASE("'X said Y must/should withdraw' is a demand on Y; 'would' is none", "[relations]") {
  for (const char* modal : {"must", "should"}) {
    auto x = said(modal);
    INFO(modal << "\n" << describe(x));
    CHECK(has_fact(x, "Peru", "DEMAND", "Chile"));
  }
  auto y = said("would");
  INFO(describe(y));
  REQUIRE(kg::test::find_entity(y, "Chile") >= 0);
  CHECK_FALSE(has_fact(y, "Peru", "DEMAND", "Chile"));
}
