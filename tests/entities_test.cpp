// Mentions and coreference on short texts of our own, through the shipped model and lexicons.
#include "extractor/core/text.h"
#include "tests/extraction_support.h"

using kg::test::describe;
using kg::test::extract_text;
using kg::test::find_entity;

TEST_CASE("an acronym defined in parentheses is the organisation it abbreviates",
          "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The International Maritime Bureau (IMB) said on Monday that piracy had "
                        "risen. The IMB urged shipowners to stay alert.");
  INFO(describe(x));
  int bureau = find_entity(x, "International Maritime Bureau");
  REQUIRE(bureau >= 0);
  CHECK(find_entity(x, "IMB") == bureau);
  CHECK(x.entities[bureau].type == kg::EntityType::Organization);
}

TEST_CASE("an acronym of another language's words still abbreviates the name before it",
          "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Three states formed the Alliance of Sahel States (AES) in 2024. The AES "
                        "held its first summit in July.");
  INFO(describe(x));
  int alliance = find_entity(x, "Alliance of Sahel States");
  REQUIRE(alliance >= 0);
  CHECK(find_entity(x, "AES") == alliance);
}

TEST_CASE("a demonym stands for its country", "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(
      *kg_pipeline, "Norwegian officials said the talks had failed. Norway will send a new envoy.");
  INFO(describe(x));
  int norway = find_entity(x, "Norway");
  REQUIRE(norway >= 0);
  CHECK(find_entity(x, "Norwegian") == norway);
  CHECK(x.entities[norway].type == kg::EntityType::Country);
}

TEST_CASE("usual short names the country data lacks are the country", "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Bosnia recalled its envoy on Monday. Troops from the DRC crossed the "
                        "border.");
  INFO(describe(x));
  int bosnia = find_entity(x, "Bosnia");
  REQUIRE(bosnia >= 0);
  CHECK(x.entities[bosnia].name == "Bosnia and Herzegovina");
  CHECK(x.entities[bosnia].type == kg::EntityType::Country);
  int congo = find_entity(x, "DRC");
  REQUIRE(congo >= 0);
  CHECK(x.entities[congo].type == kg::EntityType::Country);
}

TEST_CASE("a capital that acts is its country; after 'in' it is a place", "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Ottawa condemned the attack on Friday. The minister arrived in Ottawa on "
                        "Saturday.");
  INFO(describe(x));
  int canada = find_entity(x, "Canada");
  REQUIRE(canada >= 0);
  CHECK(x.entities[canada].type == kg::EntityType::Country);
  bool city = false;
  for (const auto& e : x.entities) city |= e.name == "Ottawa" && e.type == kg::EntityType::Location;
  CHECK(city);
}

TEST_CASE("a surname alone is the full name seen before", "[entities][model]") {
  KG_NEED_MODEL();
  auto x =
      extract_text(*kg_pipeline,
                   "Finance Minister Maria Lopez said the budget was balanced. Lopez added that "
                   "taxes would not rise.");
  INFO(describe(x));
  int lopez = find_entity(x, "Maria Lopez");
  REQUIRE(lopez >= 0);
  CHECK(find_entity(x, "Lopez") == lopez);
  CHECK(x.entities[lopez].type == kg::EntityType::Person);
}

TEST_CASE("two people who share a family name stay apart", "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Kim Yo-jong criticised the drills on Monday. Kim Jong-un inspected a "
                        "missile factory on Tuesday.");
  INFO(describe(x));
  int sister = find_entity(x, "Kim Yo-jong"), leader = find_entity(x, "Kim Jong-un");
  REQUIRE(sister >= 0);
  REQUIRE(leader >= 0);
  CHECK(sister != leader);
}

TEST_CASE("a capital's name used as a given name is a person", "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Sofia Lindqvist, an analyst at Crestwood Capital, said prices "
                        "would fall.");
  INFO(describe(x));
  CHECK(find_entity(x, "Bulgaria") < 0);
  int person = find_entity(x, "Sofia Lindqvist");
  REQUIRE(person >= 0);
  CHECK(x.entities[person].type == kg::EntityType::Person);
}

TEST_CASE("a country's army is the armed forces the article names, else the country",
          "[entities][model]") {
  KG_NEED_MODEL();
  auto named =
      extract_text(*kg_pipeline,
                   "The Sudanese Armed Forces (SAF) denied the report. A spokesman for the "
                   "Sudanese army said the drones were destroyed.");
  INFO(describe(named));
  int forces = find_entity(named, "Sudanese Armed Forces");
  REQUIRE(forces >= 0);
  CHECK(find_entity(named, "Sudanese army") == forces);
  CHECK(find_entity(named, "Sudan") != forces);

  auto unnamed = extract_text(*kg_pipeline, "The Malian army said it had repelled the attack.");
  INFO(describe(unnamed));
  int mali = find_entity(unnamed, "Mali");
  REQUIRE(mali >= 0);
  CHECK(find_entity(unnamed, "Malian army") == mali);
}

TEST_CASE("company names are organisations, with or without their legal form",
          "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The rail operator Nordvik Freight Ltd said profits rose. Nordvik Freight "
                        "hired Carrow Partners to advise it.");
  INFO(describe(x));
  int nordvik = find_entity(x, "Nordvik Freight Ltd");
  REQUIRE(nordvik >= 0);
  CHECK(x.entities[nordvik].type == kg::EntityType::Organization);
  CHECK(find_entity(x, "Nordvik Freight") == nordvik);
  int carrow = find_entity(x, "Carrow Partners");
  REQUIRE(carrow >= 0);
  CHECK(x.entities[carrow].type == kg::EntityType::Organization);
}

TEST_CASE("a name particle the tagger takes for a function word stays in the name",
          "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(
      *kg_pipeline, "Foreign Minister Ahmed Ould Salem told reporters that the border was closed.");
  INFO(describe(x));
  int minister = find_entity(x, "Ahmed Ould Salem");
  REQUIRE(minister >= 0);
  CHECK(x.entities[minister].type == kg::EntityType::Person);
  CHECK(find_entity(x, "Ahmed") < 0);  // not split into "Ahmed" and "Salem"
  CHECK(find_entity(x, "Salem") < 0);
}

TEST_CASE("a surname of several words is the full name seen before", "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Prime Minister Pedro Van Dam said the talks had failed. Van Dam added "
                        "that his government would not sign.");
  INFO(describe(x));
  int full = find_entity(x, "Pedro Van Dam");
  REQUIRE(full >= 0);
  CHECK(find_entity(x, "Van Dam") == full);
}

TEST_CASE("clock words and time zones are never entities", "[entities]") {
  auto x = kg::test::extract_conllu(
      "# text = The vote closed at 2 PM GMT in Lisbon.\n"
      "1\tThe\tthe\tDET\tDT\t_\t2\tdet\t_\t_\n"
      "2\tvote\tvote\tNOUN\tNN\t_\t3\tnsubj\t_\t_\n"
      "3\tclosed\tclose\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "4\tat\tat\tADP\tIN\t_\t5\tcase\t_\t_\n"
      "5\t2\t2\tNUM\tCD\t_\t3\tobl\t_\t_\n"
      "6\tPM\tPM\tPROPN\tNNP\t_\t5\tcompound\t_\t_\n"
      "7\tGMT\tGMT\tPROPN\tNNP\t_\t5\tflat\t_\t_\n"
      "8\tin\tin\tADP\tIN\t_\t9\tcase\t_\t_\n"
      "9\tLisbon\tLisbon\tPROPN\tNNP\t_\t3\tobl\t_\tSpaceAfter=No\n"
      "10\t.\t.\tPUNCT\t.\t_\t3\tpunct\t_\t_\n\n");
  CHECK(kg::test::find_entity(x, "GMT") < 0);
  CHECK(kg::test::find_entity(x, "PM GMT") < 0);
  CHECK(kg::test::find_entity(x, "Lisbon") >= 0);
}

TEST_CASE("a word in capitals names the entity it spells, not one of its own", "[entities]") {
  auto x = kg::test::extract_conllu(
      "# text = Norway praised the deal.\n"
      "1\tNorway\tNorway\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tpraised\tpraise\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tthe\tthe\tDET\tDT\t_\t4\tdet\t_\t_\n"
      "4\tdeal\tdeal\tNOUN\tNN\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "5\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n"
      "# text = NORWAY signed it.\n"
      "1\tNORWAY\tNORWAY\tPROPN\tNNP\t_\t2\tnsubj\t_\t_\n"
      "2\tsigned\tsign\tVERB\tVBD\t_\t0\troot\t_\t_\n"
      "3\tit\tit\tPRON\tPRP\t_\t2\tobj\t_\tSpaceAfter=No\n"
      "4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_\n\n");
  size_t named = 0;
  for (const auto& e : x.entities) named += kg::to_lower(e.name) == "norway";
  CHECK(named == 1);
}

TEST_CASE("an amendment or a directive is a legal document, a guild an organisation",
          "[entities][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Lawyers for the Varnish Guild said the Ninth Amendment protects the "
                        "members, and the Pellmark Directive does not apply to them.");
  INFO(describe(x));
  int amendment = find_entity(x, "Ninth Amendment");
  REQUIRE(amendment >= 0);
  CHECK(x.entities[amendment].type == kg::EntityType::Resolution);
  int guild = find_entity(x, "Varnish Guild");
  REQUIRE(guild >= 0);
  CHECK(x.entities[guild].type == kg::EntityType::Organization);
  int directive = find_entity(x, "Pellmark Directive");
  REQUIRE(directive >= 0);
  CHECK(x.entities[directive].type == kg::EntityType::Resolution);
}
