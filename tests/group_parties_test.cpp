// Parties named by a common noun phrase ("Macau police", "residents", "cable operators"): when they
// are entities, how they are named and merged, and what never becomes one.
#include "tests/extraction_support.h"

using kg::test::describe;
using kg::test::extract_text;
using kg::test::find_entity;
using kg::test::has_fact;

namespace {

// "Veltro Telecom <verb> the cable operators."
std::string object_sentence(const std::string& form, const std::string& lemma) {
  return "# text = Veltro Telecom " + form +
         " the cable operators.\n"
         "1\tVeltro\tVeltro\tPROPN\tNNP\t_\t2\tcompound\t_\t_\n"
         "2\tTelecom\tTelecom\tPROPN\tNNP\t_\t3\tnsubj\t_\t_\n"
         "3\t" +
         form + "\t" + lemma +
         "\tVERB\tVBD\t_\t0\troot\t_\t_\n"
         "4\tthe\tthe\tDET\tDT\t_\t6\tdet\t_\t_\n"
         "5\tcable\tcable\tNOUN\tNN\t_\t6\tcompound\t_\t_\n"
         "6\toperators\toperator\tNOUN\tNNS\t_\t3\tobj\t_\tSpaceAfter=No\n"
         "7\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n";
}

bool takes_part(const kg::Extraction& x, int e) {
  for (const auto& r : x.relations)
    if (r.subject == e || r.object == e) return true;
  return false;
}

}  // namespace

TEST_CASE("a place's police is a party of its own, part of the place, led by its commissioner",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Macau police detained six activists on Friday. Police said the activists "
                        "had blocked a bridge. Dana Okafor, Macau's new police commissioner, said "
                        "the bridge was open again.");
  INFO(describe(x));
  int police = find_entity(x, "Macau police");
  REQUIRE(police >= 0);
  CHECK(x.entities[police].type == kg::EntityType::Organization);
  CHECK(find_entity(x, "police") == police);  // the bare head later is the same police
  CHECK(find_entity(x, "Macau") != police);   // the place stays a node of its own
  CHECK(has_fact(x, "Macau police", "PART_OF", "Macau"));
  CHECK(has_fact(x, "Dana Okafor", "LEADER_OF", "Macau police"));
}

TEST_CASE("a bare 'police' with two police forces named stays no party",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Macau police and Lima police arrested dozens of people. Police said the "
                        "arrests were lawful.");
  INFO(describe(x));
  CHECK(find_entity(x, "Macau police") >= 0);
  CHECK(find_entity(x, "police") < 0);
  CHECK(find_entity(x, "Police") < 0);
}

TEST_CASE("a kind of people is a party when it is the subject of the story, not in passing",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Residents blocked the road to the mine on Monday. Residents accused "
                        "Kaldor Mines Ltd of polluting the river. Officials said the mine would "
                        "reopen.");
  INFO(describe(x));
  int residents = find_entity(x, "residents");
  REQUIRE(residents >= 0);
  CHECK(x.entities[residents].type == kg::EntityType::Group);
  CHECK(takes_part(x, residents));
  CHECK(find_entity(x, "Officials") < 0);  // one "officials said" is no party
  CHECK(find_entity(x, "officials") < 0);
}

TEST_CASE("pronouns, bare generic nouns and descriptions are never parties",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "People fled the town. They said soldiers had fired on the crowd. "
                        "Peruvian police said rival governments and Kaldor-linked militants had "
                        "fought near the border.");
  INFO(describe(x));
  for (const char* name : {"People", "people", "They", "they", "soldiers", "rival governments",
                           "Kaldor-linked militants", "militants", "Peruvian police"})
    CHECK(find_entity(x, name) < 0);
  CHECK(find_entity(x, "Peru") >= 0);  // "Peruvian police" stands for the country
}

TEST_CASE("a party's name drops determiners, numbers and ranking adjectives",
          "[entities][groups]") {
  // "The five main cable operators sued Veltro Telecom in May."
  auto x = kg::test::extract_conllu(
      "# text = The five main cable operators sued Veltro Telecom in May.\n"
      "1\tThe\tthe\tDET\tDT\t_\t5\tdet\t_\t_\n"
      "2\tfive\tfive\tNUM\tCD\t_\t5\tnummod\t_\t_\n"
      "3\tmain\tmain\tADJ\tJJ\t_\t5\tamod\t_\t_\n"
      "4\tcable\tcable\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
      "5\toperators\toperator\tNOUN\tNNS\t_\t6\tnsubj\t_\t_\n"
      "6\tsued\tsue\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "7\tVeltro\tVeltro\tPROPN\tNNP\t_\t8\tcompound\t_\t_\n"
      "8\tTelecom\tTelecom\tPROPN\tNNP\t_\t6\tobj\t_\t_\n"
      "9\tin\tin\tADP\tIN\t_\t10\tcase\t_\t_\n"
      "10\tMay\tMay\tPROPN\tNNP\t_\t6\tobl\t_\tSpaceAfter=No\n"
      "11\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  INFO(describe(x));
  int operators = find_entity(x, "cable operators");
  REQUIRE(operators >= 0);
  CHECK(x.entities[operators].name == "cable operators");
  CHECK(x.entities[operators].type == kg::EntityType::Group);
  CHECK(takes_part(x, operators));
}

TEST_CASE("a party takes part in a clause; one that only stands by is no entity",
          "[entities][groups]") {
  // A party with no place or name in it, only an object: an entity when the clause is a fact.
  auto x = kg::test::extract_conllu(object_sentence("sued", "sue"));
  INFO(describe(x));
  int operators = find_entity(x, "cable operators");
  REQUIRE(operators >= 0);
  CHECK(takes_part(x, operators));
  auto w = kg::test::extract_conllu(object_sentence("mentioned", "mention"));
  INFO(describe(w));
  CHECK(find_entity(w, "cable operators") < 0);
  // Inside another noun's complement ("a meeting of cable operators") it only stands by.
  auto y = kg::test::extract_conllu(
      "# text = A meeting of cable operators ended.\n"
      "1\tA\ta\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tmeeting\tmeeting\tNOUN\tNN\t_\t6\tnsubj\t_\t_\n"
      "3\tof\tof\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "4\tcable\tcable\tNOUN\tNN\t_\t5\tcompound\t_\t_\n"
      "5\toperators\toperator\tNOUN\tNNS\t_\t2\tnmod\t_\t_\n"
      "6\tended\tend\tVERB\tVBD\t_\t0\troot\t_\tSpaceAfter=No\n"
      "7\t.\t.\tPUNCT\t.\t_\t6\tpunct\t_\t_\n\n");
  INFO(describe(y));
  CHECK(find_entity(y, "cable operators") < 0);
  // A bare kind of people, subject of one clause only, is a passing mention.
  auto z = kg::test::extract_conllu(
      "# text = Investors sold shares.\n"
      "1\tInvestors\tinvestor\tNOUN\tNNS\t_\t2\tnsubj\t_\t_\n"
      "2\tsold\tsell\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tshares\tshare\tNOUN\tNNS\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  INFO(describe(z));
  CHECK(find_entity(z, "Investors") < 0);
  CHECK(find_entity(z, "investors") < 0);
}

TEST_CASE("a judge named by a place below a country is a party; a country's judge is not",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "A judge in the northern province of Varnia ordered Acme Motors Ltd to "
                        "close its plant. The same judge in Varnia fined the company in May.");
  INFO(describe(x));
  int judge = find_entity(x, "judge in Varnia");
  REQUIRE(judge >= 0);
  CHECK(x.entities[judge].type == kg::EntityType::Organization);
  CHECK(find_entity(x, "Varnia") != judge);
  CHECK_FALSE(has_fact(x, "judge in Varnia", "LOCATED_IN", "Varnia"));  // its name says so
  auto y = extract_text(*kg_pipeline,
                        "A U.S. judge approved the settlement, and a French judge ordered a "
                        "review.");
  INFO(describe(y));
  CHECK(find_entity(y, "U.S. judge") < 0);
  CHECK(find_entity(y, "French judge") < 0);
}

TEST_CASE("'the automaker' is the organisation it introduced; 'called for X to act' demands of X",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Swedish automaker Norrvik Motors AB recalled 40,000 cars on Monday. "
                        "Consumer groups called on Tuesday for the automaker to repay drivers.");
  INFO(describe(x));
  int maker = find_entity(x, "Norrvik Motors AB");
  REQUIRE(maker >= 0);
  CHECK(find_entity(x, "automaker") == maker);
  CHECK(has_fact(x, "consumer groups", "DEMAND", "Norrvik Motors AB"));
}

TEST_CASE("counted states keep their country in the name; a led coalition is named by its leader",
          "[entities][groups][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Acme Motors Ltd settled with at least 12 Mexican states on Monday. A "
                        "Kenyan-led coalition attacked the rebels' base in March.");
  INFO(describe(x));
  int states = find_entity(x, "12 Mexican states");
  REQUIRE(states >= 0);
  CHECK(x.entities[states].type == kg::EntityType::Group);
  int coalition = find_entity(x, "Kenyan-led coalition");
  REQUIRE(coalition >= 0);
  CHECK(coalition != find_entity(x, "Kenya"));
}

TEST_CASE("the agent of a passive is a party as a subject is", "[entities][groups]") {
  auto x = kg::test::extract_conllu(
      "# text = The report was read by aid workers.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\treport\treport\tNOUN\tNN\t_\t4\tnsubj:pass\t_\t_\n"
      "3\twas\tbe\tAUX\tVBD\t_\t4\taux:pass\t_\t_\n"
      "4\tread\tread\tVERB\tVBN\t_\t0\troot\t_\t_\n"
      "5\tby\tby\tADP\tIN\t_\t7\tcase\t_\t_\n"
      "6\taid\taid\tNOUN\tNN\t_\t7\tcompound\t_\t_\n"
      "7\tworkers\tworker\tNOUN\tNNS\t_\t4\tobl:agent\t_\tSpaceAfter=No\n"
      "8\t.\t.\tPUNCT\t.\t_\t4\tpunct\t_\t_\n\n");
  INFO(describe(x));
  int workers = find_entity(x, "aid workers");
  REQUIRE(workers >= 0);
  CHECK(x.entities[workers].type == kg::EntityType::Group);
}
