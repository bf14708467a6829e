// Affiliations and places read off the words around names, on hand-made analyses (lexicons only):
// a bracketed ticker between an owner and a title, "X-based" before an organisation that only
// qualifies a person, "the court's spokesman" resolved by the owner's name, "Org in City".
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::flat;
using kg::test::has_fact;

namespace {

// Whether anything is placed in `place` (a glued "X-based" may stay inside the company's name).
bool located_in(const kg::Extraction& x, const std::string& place) {
  int o = kg::test::find_entity(x, place);
  for (const auto& r : x.relations)
    if (r.relation == "LOCATED_IN" && r.object == o && o >= 0) return true;
  return false;
}
}  // namespace

TEST_CASE("'Acme Corp's (ACME.N) Chief Executive X' works for Acme", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {"'s", "'s", "PART"},
                                          {"(", "(", "PUNCT"},
                                          {"ACM.N", "ACM.N", "PROPN"},
                                          {")", ")", "PUNCT"},
                                          {"Chief", "chief", "PROPN"},
                                          {"Executive", "executive", "PROPN"},
                                          {"John", "John", "PROPN"},
                                          {"Smith", "Smith", "PROPN"},
                                          {"said", "say", "VERB"},
                                          {"so", "so", "ADV"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "John Smith", "WORKS_FOR", "Acme Corporation"));
}

TEST_CASE("'a Peru-based Acme executive' places the person, not the company", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"Peru", "Peru", "PROPN"},
                                          {"fined", "fine", "VERB"},
                                          {"a", "a", "DET"},
                                          {"Peru-based", "Peru-based", "ADJ"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {"executive", "executive", "NOUN"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK_FALSE(located_in(x, "Peru"));
  auto y = kg::test::extract_conllu(flat({{"Peru", "Peru", "PROPN"},
                                          {"fined", "fine", "VERB"},
                                          {"the", "the", "DET"},
                                          {"Peru-based", "Peru-based", "ADJ"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(y));
  CHECK(located_in(y, "Peru"));
}

TEST_CASE("'X, the court's spokesman' speaks for the court named before", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"The", "the", "DET"},
                                          {"Northland", "Northland", "PROPN"},
                                          {"High", "High", "PROPN"},
                                          {"Court", "Court", "PROPN"},
                                          {"ruled", "rule", "VERB"},
                                          {".", ".", "PUNCT"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {"appealed", "appeal", "VERB"},
                                          {".", ".", "PUNCT"},
                                          {"John", "John", "PROPN"},
                                          {"Smith", "Smith", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"the", "the", "DET"},
                                          {"court", "court", "NOUN"},
                                          {"'s", "'s", "PART"},
                                          {"spokesman", "spokesman", "NOUN"},
                                          {",", ",", "PUNCT"},
                                          {"said", "say", "VERB"},
                                          {"so", "so", "ADV"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "John Smith", "SPOKESPERSON_OF", "Northland High Court"));
  CHECK_FALSE(has_fact(x, "John Smith", "SPOKESPERSON_OF", "Acme Corporation"));
}

TEST_CASE("'the X Court in Y' and 'X, based in Y' place the organisation", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"Jane", "Jane", "PROPN"},
                                          {"Doe", "Doe", "PROPN"},
                                          {"appeared", "appear", "VERB"},
                                          {"at", "at", "ADP"},
                                          {"the", "the", "DET"},
                                          {"Northland", "Northland", "PROPN"},
                                          {"High", "High", "PROPN"},
                                          {"Court", "Court", "PROPN"},
                                          {"in", "in", "ADP"},
                                          {"Peru", "Peru", "PROPN"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "Northland High Court", "LOCATED_IN", "Peru"));
  auto y = kg::test::extract_conllu(flat({{"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"based", "base", "VERB"},
                                          {"in", "in", "ADP"},
                                          {"Peru", "Peru", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"grew", "grow", "VERB"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(y));
  CHECK(has_fact(y, "Acme Corporation", "LOCATED_IN", "Peru"));
}

TEST_CASE("'<company> in <place>' alone places nothing", "[relations]") {
  // A company's dealings in a place are no seat: only institutions that stand in one place.
  auto x = kg::test::extract_conllu(flat({{"Jane", "Jane", "PROPN"},
                                          {"Doe", "Doe", "PROPN"},
                                          {"sued", "sue", "VERB"},
                                          {"Acme", "Acme", "PROPN"},
                                          {"Corporation", "Corporation", "PROPN"},
                                          {"in", "in", "ADP"},
                                          {"Peru", "Peru", "PROPN"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK_FALSE(has_fact(x, "Acme Corporation", "LOCATED_IN", "Peru"));
}

TEST_CASE("'A and B were chosen to join the other members of X' makes each a member",
          "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Acme Corporation and Delta Holdings were chosen to join the other members of the "
      "Northern Trade Council.\n"
      "1\tAcme\tAcme\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
      "2\tCorporation\tCorporation\tPROPN\tNNP\t_\t7\tnsubj:pass\t_\t_\n"
      "3\tand\tand\tCCONJ\tCC\t_\t5\tcc\t_\t_\n"
      "4\tDelta\tDelta\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "5\tHoldings\tHoldings\tPROPN\tNNPS\t_\t2\tconj\t_\t_\n"
      "6\twere\tbe\tAUX\tVBD\t_\t7\taux:pass\t_\t_\n"
      "7\tchosen\tchoose\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "8\tto\tto\tPART\tTO\t_\t9\tmark\t_\t_\n"
      "9\tjoin\tjoin\tVERB\tVB\t_\t7\txcomp\t_\t_\n"
      "10\tthe\tthe\tDET\tDT\t_\t12\tdet\t_\t_\n"
      "11\tother\tother\tADJ\tJJ\t_\t12\tamod\t_\t_\n"
      "12\tmembers\tmember\tNOUN\tNNS\t_\t9\tobj\t_\t_\n"
      "13\tof\tof\tADP\tIN\t_\t17\tcase\t_\t_\n"
      "14\tthe\tthe\tDET\tDT\t_\t17\tdet\t_\t_\n"
      "15\tNorthern\tNorthern\tPROPN\tNNP\t_\t17\tcompound\t_\t_\n"
      "16\tTrade\tTrade\tPROPN\tNNP\t_\t17\tcompound\t_\t_\n"
      "17\tCouncil\tCouncil\tPROPN\tNNP\t_\t12\tnmod\t_\tSpaceAfter=No\n"
      "18\t.\t.\tPUNCT\t.\t_\t7\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Acme Corporation", "MEMBER_OF", "Northern Trade Council"));
  CHECK(has_fact(x, "Delta Holdings", "MEMBER_OF", "Northern Trade Council"));
}

TEST_CASE("a court's conviction or sentence is a sanction by the court", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Jane Doe was convicted by Peruvian judges of fraud.\n"
      "1\tJane\tJane\tPROPN\tNNP\t_\t4\tnsubj:pass\t_\t_\n"
      "2\tDoe\tDoe\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
      "4\tconvicted\tconvict\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tPeruvian\tPeruvian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
      "7\tjudges\tjudge\tNOUN\tNNS\t_\t4\tobl:agent\t_\t_\n"
      "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tfraud\tfraud\tNOUN\tNN\t_\t4\tobl\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Peru", "SANCTION", "Jane Doe"));
  auto y = kg::test::extract_conllu(
      "# text = The Northland High Court sentenced John Smith.\n"
      "1\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "2\tNorthland\tNorthland\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "3\tHigh\tHigh\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "4\tCourt\tCourt\tPROPN\tNNP\t_\t5\tnsubj\t_\t_\n"
      "5\tsentenced\tsentence\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "6\tJohn\tJohn\tPROPN\tNNP\t_\t5\tobj\t_\t_\n"
      "7\tSmith\tSmith\tPROPN\tNNP\t_\t6\tflat\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t5\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Northland High Court", "SANCTION", "John Smith"));
  // A company is no court: its jailing someone is read as no verdict.
  auto z = kg::test::extract_conllu(
      "# text = John Smith was jailed by Acme Corporation.\n"
      "1\tJohn\tJohn\tPROPN\tNNP\t_\t4\tnsubj:pass\t_\t_\n"
      "2\tSmith\tSmith\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
      "4\tjailed\tjail\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\tAcme\tAcme\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
      "7\tCorporation\tCorporation\tPROPN\tNNP\t_\t4\tobl:agent\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  INFO(describe(z));
  CHECK_FALSE(has_fact(z, "Acme Corporation", "SANCTION", "John Smith"));
}

TEST_CASE("'Y, led by X' and 'X, who heads Y' make X the leader of Y", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = The Nordic Grain Council, led by Anna Berg, met.\n"
      "1\tThe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "2\tNordic\tNordic\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "3\tGrain\tGrain\tPROPN\tNNP\t_\t4\tcompound\t_\t_\n"
      "4\tCouncil\tCouncil\tPROPN\tNNP\t_\t11\tnsubj\t_\tSpaceAfter=No\n"
      "5\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "6\tled\tlead\tVERB\tVBN\t_\t4\tacl\t_\t_\n"
      "7\tby\tby\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tAnna\tAnna\tPROPN\tNNP\t_\t6\tobl:agent\t_\t_\n"
      "9\tBerg\tBerg\tPROPN\tNNP\t_\t8\tflat\t_\tSpaceAfter=No\n"
      "10\t,\t,\tPUNCT\t,\t_\t6\tpunct\t_\t_\n"
      "11\tmet\tmeet\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "12\t.\t.\tPUNCT\t.\t_\t11\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Anna Berg", "LEADER_OF", "Nordic Grain Council"));
  auto y = kg::test::extract_conllu(
      "# text = Ivo Marsh, who heads the Delta Policy Institute, spoke.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t11\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
      "5\theads\thead\tVERB\tVBZ\t_\t1\tacl:relcl\t_\t_\n"
      "6\tthe\tthe\tDET\tDT\t_\t8\tdet\t_\t_\n"
      "7\tDelta\tDelta\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "8\tPolicy\tPolicy\tPROPN\tNNP\t_\t9\tcompound\t_\t_\n"
      "9\tInstitute\tInstitute\tPROPN\tNNP\t_\t5\tobj\t_\tSpaceAfter=No\n"
      "10\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "11\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "12\t.\t.\tPUNCT\t.\t_\t11\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Ivo Marsh", "LEADER_OF", "Delta Policy Institute"));
  // A country is led too ("X led Peru for a decade").
  auto z = kg::test::extract_conllu(
      "# text = Ivo Marsh led Peru.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tled\tlead\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tPeru\tPeru\tPROPN\tNNP\t_\t3\tobj\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(z));
  CHECK(has_fact(z, "Ivo Marsh", "LEADER_OF", "Peru"));
  // Leading talks with a country leads no country.
  auto w = kg::test::extract_conllu(
      "# text = Ivo Marsh led talks with Peru.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\t_\n"
      "3\tled\tlead\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\ttalks\ttalk\tNOUN\tNNS\t_\t3\tobj\t_\t_\n"
      "5\twith\twith\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "6\tPeru\tPeru\tPROPN\tNNP\t_\t4\tnmod\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  INFO(describe(w));
  CHECK_FALSE(has_fact(w, "Ivo Marsh", "LEADER_OF", "Peru"));
}

TEST_CASE("'the city's X district' lies in the city named before, not its country",
          "[relations][model]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(*kg_pipeline,
                                  "Eastport, a port city in Peru, was shelled on Monday, and a "
                                  "school in the city's Harbour district burned.");
  INFO(describe(x));
  CHECK(has_fact(x, "Harbour district", "LOCATED_IN", "Eastport"));
  CHECK_FALSE(has_fact(x, "Harbour district", "LOCATED_IN", "Peru"));
}

TEST_CASE("'Peru-based X' places X even when X was taken for a person", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"Peru", "Peru", "PROPN"},
                                          {"fined", "fine", "VERB"},
                                          {"it", "it", "PRON"},
                                          {".", ".", "PUNCT"},
                                          {"Peru-based", "Peru-based", "ADJ"},
                                          {"Zelko", "Zelko", "PROPN"},
                                          {"Mavric", "Mavric", "PROPN"},
                                          {"said", "say", "VERB"},
                                          {"so", "so", "ADV"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  int e = kg::test::find_entity(x, "Peru-based Zelko Mavric");
  REQUIRE(e >= 0);
  CHECK(x.entities[e].type == kg::EntityType::Person);  // the case this reads
  CHECK(located_in(x, "Peru"));
}

TEST_CASE("'Peru's president, X,' leads Peru; 'X, who works for Y' works for Y", "[relations]") {
  auto x = kg::test::extract_conllu(flat({{"Peru", "Peru", "PROPN"},
                                          {"'s", "'s", "PART"},
                                          {"new", "new", "ADJ"},
                                          {"president", "president", "NOUN"},
                                          {",", ",", "PUNCT"},
                                          {"Maria", "Maria", "PROPN"},
                                          {"Lopez", "Lopez", "PROPN"},
                                          {",", ",", "PUNCT"},
                                          {"said", "say", "VERB"},
                                          {"so", "so", "ADV"},
                                          {".", ".", "PUNCT"}}));
  INFO(describe(x));
  CHECK(has_fact(x, "Maria Lopez", "LEADER_OF", "Peru"));
  auto y = kg::test::extract_conllu(
      "# text = Ivo Marsh, who works for Acme Corporation, spoke.\n"
      "1\tIvo\tIvo\tPROPN\tNNP\t_\t10\tnsubj\t_\t_\n"
      "2\tMarsh\tMarsh\tPROPN\tNNP\t_\t1\tflat\t_\tSpaceAfter=No\n"
      "3\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "4\twho\twho\tPRON\tWP\t_\t5\tnsubj\t_\t_\n"
      "5\tworks\twork\tVERB\tVBZ\t_\t1\tacl:relcl\t_\t_\n"
      "6\tfor\tfor\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "7\tAcme\tAcme\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "8\tCorporation\tCorporation\tPROPN\tNNP\t_\t5\tobl\t_\tSpaceAfter=No\n"
      "9\t,\t,\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "10\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "11\t.\t.\tPUNCT\t.\t_\t10\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(has_fact(y, "Ivo Marsh", "WORKS_FOR", "Acme Corporation"));
}
