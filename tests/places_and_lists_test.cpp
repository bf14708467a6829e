// Places and lists on hand-made analyses (invented names): "the Ruritanian city of X" lies in
// that country, "the Acme Institute in Y" lies in Y, the names listed in apposition to a noun an
// organisation qualifies belong to it, and a common noun stands for the names in apposition to it.
#include <catch2/catch.hpp>

#include "extraction_support.h"

using kg::test::describe;
using kg::test::has_fact;

TEST_CASE("'the Peruvian city of X' lies in that country", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Rain fell in the northern Peruvian city of Quellca.\n"
      "1\tRain\train\tNOUN\tNN\t_\t2\tnsubj\t_\t_\n"
      "2\tfell\tfall\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
      "5\tnorthern\tnorthern\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
      "6\tPeruvian\tPeruvian\tADJ\tJJ\t_\t7\tamod\t_\t_\n"
      "7\tcity\tcity\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "8\tof\tof\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tQuellca\tQuellca\tPROPN\tNNP\t_\t7\tnmod\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Quellca", "LOCATED_IN", "Peru"));
}

TEST_CASE("'the US state of X' lies in that country; a capital never in another", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = She lives in the US state of Norvada.\n"
      "1\tShe\tshe\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tlives\tlive\tVERB\tVBZ\t_\t0\troot\t_\t_\n"
      "3\tin\tin\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "5\tUS\tUS\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
      "6\tstate\tstate\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tNorvada\tNorvada\tPROPN\tNNP\t_\t6\tnmod\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Norvada", "LOCATED_IN", "United States"));
  auto y = kg::test::extract_conllu(
      "# text = He flew to the Chilean city of Lima.\n"
      "1\tHe\the\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
      "2\tflew\tfly\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tto\tto\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "5\tChilean\tChilean\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tcity\tcity\tNOUN\tNN\t_\t2\tobl\t_\t_\n"
      "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tLima\tLima\tPROPN\tNNP\t_\t6\tnmod\t_\tSpaceAfter=No\n"
      "9\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK_FALSE(has_fact(y, "Lima", "LOCATED_IN", "Chile"));
}

TEST_CASE("an organisation the parse places with 'in' lies there", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = Students left the Varnholt Institute in Peru.\n"
      "1\tStudents\tstudent\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tleft\tleave\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "4\tVarnholt\tVarnholt\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "5\tInstitute\tInstitute\tPROPN\tNNP\t_\t2\tobj\t_\t_\n"
      "6\tin\tin\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "7\tPeru\tPeru\tPROPN\tNNP\t_\t5\tnmod\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Varnholt Institute", "LOCATED_IN", "Peru"));
}

namespace {
// (No "and" in the list: "Velantis Group and Korvo Industries" reads as one company's name.)
const char* const kList =
    "# text = They join the nine Orbis Alliance companies: Dexcor Systems, Velantis Group, "
    "Korvo Industries.\n"
    "1\tThey\tthey\tPRON\tPRP\t_\t2\tnsubj\t_\t_\n"
    "2\tjoin\tjoin\tVERB\tVBP\t_\t0\troot\t_\t_\n"
    "3\tthe\tthe\tDET\tDT\t_\t7\tdet\t_\t_\n"
    "4\tnine\tnine\tNUM\tCD\t_\t7\tnummod\t_\t_\n"
    "5\tOrbis\tOrbis\tPROPN\tNNP\t_\t6\tcompound\t_\t_\n"
    "6\tAlliance\tAlliance\tPROPN\tNNP\t_\t7\tcompound\t_\t_\n"
    "7\tcompanies\tcompany\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No\n"
    "8\t:\t:\tPUNCT\t:\t_\t10\tpunct\t_\t_\n"
    "9\tDexcor\tDexcor\tPROPN\tNNP\t_\t10\tcompound\t_\t_\n"
    "10\tSystems\tSystems\tPROPN\tNNPS\t_\t7\tappos\t_\tSpaceAfter=No\n"
    "11\t,\t,\tPUNCT\t,\t_\t13\tpunct\t_\t_\n"
    "12\tVelantis\tVelantis\tPROPN\tNNP\t_\t13\tcompound\t_\t_\n"
    "13\tGroup\tGroup\tPROPN\tNNP\t_\t10\tconj\t_\t_\n"
    "14\t,\t,\tPUNCT\t,\t_\t16\tpunct\t_\t_\n"
    "15\tKorvo\tKorvo\tPROPN\tNNP\t_\t16\tcompound\t_\t_\n"
    "16\tIndustries\tIndustries\tPROPN\tNNPS\t_\t10\tconj\t_\tSpaceAfter=No\n"
    "17\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n";
}  // namespace

TEST_CASE("names listed in apposition to 'the Acme companies' belong to Acme", "[relations]") {
  auto x = kg::test::extract_conllu(kList);
  INFO(describe(x));
  CHECK(has_fact(x, "Dexcor Systems", "MEMBER_OF", "Orbis Alliance"));
  CHECK(has_fact(x, "Velantis Group", "MEMBER_OF", "Orbis Alliance"));
  CHECK(has_fact(x, "Korvo Industries", "MEMBER_OF", "Orbis Alliance"));
  // The members of a list do not belong to each other.
  CHECK_FALSE(has_fact(x, "Dexcor Systems", "MEMBER_OF", "Velantis Group"));
}

TEST_CASE("a common noun stands for the names in apposition to it", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = The two countries - Chile and Peru - condemned Bolivia.\n"
      "1\tThe\tthe\tDET\tDT\t_\t3\tdet\t_\t_\n"
      "2\ttwo\ttwo\tNUM\tCD\t_\t3\tnummod\t_\t_\n"
      "3\tcountries\tcountry\tNOUN\tNNS\t_\t9\tnsubj\t_\t_\n"
      "4\t-\t-\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "5\tChile\tChile\tPROPN\tNNP\t_\t3\tappos\t_\t_\n"
      "6\tand\tand\tCCONJ\tCC\t_\t7\tcc\t_\t_\n"
      "7\tPeru\tPeru\tPROPN\tNNP\t_\t5\tconj\t_\t_\n"
      "8\t-\t-\tPUNCT\t,\t_\t5\tpunct\t_\t_\n"
      "9\tcondemned\tcondemn\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "10\tBolivia\tBolivia\tPROPN\tNNP\t_\t9\tobj\t_\tSpaceAfter=No\n"
      "11\t.\t.\tPUNCT\t.\t_\t9\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Chile", "CONDEMN", "Bolivia"));
  CHECK(has_fact(x, "Peru", "CONDEMN", "Bolivia"));
}

TEST_CASE("'The mayor of the city of X, NAME,' leads X", "[relations]") {
  auto x = kg::test::extract_conllu(
      "# text = The mayor of the Peruvian city of Quellca, Juan Ortiz, spoke.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tmayor\tmayor\tNOUN\tNN\t_\t13\tnsubj\t_\t_\n"
      "3\tof\tof\tADP\tIN\t_\t6\tcase\t_\t_\n"
      "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
      "5\tPeruvian\tPeruvian\tADJ\tJJ\t_\t6\tamod\t_\t_\n"
      "6\tcity\tcity\tNOUN\tNN\t_\t2\tnmod\t_\t_\n"
      "7\tof\tof\tADP\tIN\t_\t8\tcase\t_\t_\n"
      "8\tQuellca\tQuellca\tPROPN\tNNP\t_\t6\tnmod\t_\tSpaceAfter=No\n"
      "9\t,\t,\tPUNCT\t,\t_\t10\tpunct\t_\t_\n"
      "10\tJuan\tJuan\tPROPN\tNNP\t_\t8\tappos\t_\t_\n"
      "11\tOrtiz\tOrtiz\tPROPN\tNNP\t_\t10\tflat\t_\tSpaceAfter=No\n"
      "12\t,\t,\tPUNCT\t,\t_\t2\tpunct\t_\t_\n"
      "13\tspoke\tspeak\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "14\t.\t.\tPUNCT\t.\t_\t13\tpunct\t_\t_\n\n");
  INFO(describe(x));
  CHECK(has_fact(x, "Juan Ortiz", "LEADER_OF", "Quellca"));
  CHECK(has_fact(x, "Quellca", "LOCATED_IN", "Peru"));
}

TEST_CASE("'X, also known as Y, a commander in Z': the role after the alias holds", "[relations]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(
      *kg_pipeline,
      "Abu Karim, also known as Karim Haddad, a senior commander in the Hamsa Brigades, was "
      "killed.");
  INFO(describe(x));
  CHECK(has_fact(x, "Abu Karim", "LEADER_OF", "Hamsa Brigades"));
}

TEST_CASE("a lone word named as a place later is that place earlier too", "[relations]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(*kg_pipeline, "Quellca was quiet. The planes struck in Quellca.");
  INFO(describe(x));
  CHECK(x.entities.size() == 1);
  CHECK(x.entities.front().aliases.size() == 1);
  CHECK(x.entities.front().mentions.size() == 2);
}

TEST_CASE("'X is a reporter for Y' works for Y", "[relations]") {
  KG_NEED_MODEL();
  auto x =
      kg::test::extract_text(*kg_pipeline, "Dana Morvel is a reporter for the Varnholt Institute.");
  INFO(describe(x));
  CHECK(has_fact(x, "Dana Morvel", "WORKS_FOR", "Varnholt Institute"));
}

TEST_CASE("'president and chief operating officer of Y' reads past the participle", "[relations]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(
      *kg_pipeline,
      "Dana Morvel, president and chief operating officer of Korvo Industries, said so.");
  INFO(describe(x));
  CHECK(has_fact(x, "Dana Morvel", "LEADER_OF", "Korvo Industries"));
}

TEST_CASE("a trade word closing a name makes it a company", "[relations]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(*kg_pipeline, "Dana Morvel is a reporter for Korvo News.");
  INFO(describe(x));
  CHECK(has_fact(x, "Dana Morvel", "WORKS_FOR", "Korvo News"));
  int e = kg::test::find_entity(x, "Korvo News");
  REQUIRE(e >= 0);
  CHECK(x.entities[e].type == kg::EntityType::Organization);
}

TEST_CASE("a title inside a name's mention is read like one before it", "[relations]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(*kg_pipeline,
                                  "Charges were dropped against two leaders - Peruvian President "
                                  "Juan Ortega and Chilean President Marco Diaz.");
  INFO(describe(x));
  bool peru = false;
  for (const auto& r : x.relations)
    if (r.relation == "LEADER_OF" && x.entities[r.object].name == "Peru" &&
        x.entities[r.subject].name.find("Juan Ortega") != std::string::npos)
      peru = true;
  CHECK(peru);
  CHECK(has_fact(x, "Marco Diaz", "LEADER_OF", "Chile"));
}

TEST_CASE("a person owns a staff role, never a leader's", "[relations]") {
  KG_NEED_MODEL();
  auto x = kg::test::extract_text(*kg_pipeline,
                                  "Juan Ortega's legal adviser Dana Morvel said he would appeal.");
  INFO(describe(x));
  CHECK(has_fact(x, "Dana Morvel", "WORKS_FOR", "Juan Ortega"));
}
