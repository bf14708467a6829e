// Names as newsrooms print them: titles outside names, particles inside, legal forms, tickers,
// acronyms and place cues, on short invented texts through the shipped model and lexicons.
#include "tests/extraction_support.h"

using kg::test::describe;
using kg::test::extract_text;
using kg::test::find_entity;

TEST_CASE("a name particle stays inside the name and the surname alone joins it",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The mayor of the town, Samir al-Kadiri, told reporters the market was "
                        "calm. Kadiri said the roads were open. She moved to Porto de Lenha.");
  INFO(describe(x));
  int mayor = find_entity(x, "Samir al-Kadiri");
  REQUIRE(mayor >= 0);
  CHECK(x.entities[mayor].type == kg::EntityType::Person);
  CHECK(find_entity(x, "Kadiri") == mayor);
  CHECK(find_entity(x, "Samir") < 0);
  CHECK(find_entity(x, "Porto de Lenha") >= 0);
  CHECK(find_entity(x, "Lenha") < 0);
}

TEST_CASE("titles before and after a name are roles, not part of it", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Critics named Croatian President Tomas Velko and Dutch President Ana "
                        "Marsh. Mr Velko declined to comment. The Brantwell CEO met Secretary of "
                        "State Lina Horvat on Monday.");
  INFO(describe(x));
  int velko = find_entity(x, "Tomas Velko");
  REQUIRE(velko >= 0);
  CHECK(find_entity(x, "Velko") == velko);
  CHECK(find_entity(x, "President Tomas Velko") < 0);
  CHECK(find_entity(x, "Mr Velko") < 0);
  CHECK(find_entity(x, "Ana Marsh") >= 0);
  CHECK(find_entity(x, "Brantwell CEO") < 0);
  CHECK(find_entity(x, "Lina Horvat") >= 0);
  CHECK(find_entity(x, "State Lina Horvat") < 0);
}

TEST_CASE("a sentence opener is no part of the name after it", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Lena Dravic won the vote. When Dravic arrived, the hall cheered.");
  INFO(describe(x));
  CHECK(find_entity(x, "When Dravic") < 0);
  CHECK(find_entity(x, "Dravic") == find_entity(x, "Lena Dravic"));
}

TEST_CASE("companies end at their legal forms and keep their tickers and short forms",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "German carmaker Voltwerk AG (VOLT_p.DE) will pay $2 billion. The deal "
                        "resembles cases involving Alder Motors Co and Brandt Motor Corp "
                        "last year. VW shares fell, Voltwerk said.");
  INFO(describe(x));
  int voltwerk = find_entity(x, "Voltwerk AG");
  REQUIRE(voltwerk >= 0);
  CHECK(x.entities[voltwerk].type == kg::EntityType::Organization);
  CHECK(find_entity(x, "VOLT_p.DE") == voltwerk);
  int alder = find_entity(x, "Alder Motors Co");
  int brandt = find_entity(x, "Brandt Motor Corp");
  CHECK(alder >= 0);
  CHECK(brandt >= 0);
  CHECK(alder != brandt);
  // An Italian legal form in capitals is no dateline: the first company keeps its name.
  x = extract_text(*kg_pipeline, "Brenmark SRL and Halvex LLC signed a supply deal.");
  INFO(describe(x));
  CHECK(find_entity(x, "Brenmark SRL") >= 0);
  CHECK(find_entity(x, "Halvex LLC") >= 0);
  CHECK(find_entity(x, "and Halvex LLC") < 0);
}

TEST_CASE("an acronym whose letters skip a word of the name is that name",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The International Tribunal for the Former Ostland ruled on Tuesday. "
                        "Critics of the ITO say it was slow.");
  INFO(describe(x));
  int court = find_entity(x, "International Tribunal for the Former Ostland");
  REQUIRE(court >= 0);
  CHECK(find_entity(x, "ITO") == court);
}

TEST_CASE("a place noun makes an unknown word a place", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Jets struck Marnak, a town near the border, and then the city of "
                        "Ostrava. The talks will be held in The Hollows.");
  INFO(describe(x));
  for (const char* name : {"Marnak", "Ostrava", "Hollows"}) {
    int e = find_entity(x, name);
    INFO(name);
    REQUIRE(e >= 0);
    CHECK(x.entities[e].type == kg::EntityType::Location);
  }
}

TEST_CASE("a subhead in capitals gives no entities of its own", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The council met on Monday.\n\nANGRY VOTERS\n\nThe vote was delayed.");
  INFO(describe(x));
  CHECK(find_entity(x, "ANGRY") < 0);
  CHECK(find_entity(x, "VOTERS") < 0);
}

TEST_CASE("names the article defines are one entity", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x =
      extract_text(*kg_pipeline,
                   "Police arrested Karim Dassa, also known as Abu Tarek, on Monday. Officials "
                   "said Nova Ostland (the Ostland Republic) had protested.");
  INFO(describe(x));
  int dassa = find_entity(x, "Karim Dassa");
  REQUIRE(dassa >= 0);
  CHECK(find_entity(x, "Abu Tarek") == dassa);
  int nova = find_entity(x, "Nova Ostland");
  REQUIRE(nova >= 0);
  CHECK(find_entity(x, "Ostland Republic") == nova);
}

TEST_CASE("an acronym the article says stands for a name joins it", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "\"The attack weakened the NDR,\" the ministry said, using an acronym for "
                        "Ostland Rising Front. Fighters of Ostland Rising Front fled.");
  INFO(describe(x));
  int front = find_entity(x, "Ostland Rising Front");
  REQUIRE(front >= 0);
  CHECK(find_entity(x, "NDR") == front);
}

TEST_CASE("a hyphenated given name starts the name and its speaker speaks",
          "[entities][names][quotes][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "\"The accused acted alone,\" said presiding judge Ji-Won Seo, in a "
                        "reference to the trial.\n\nRIVALS DIVIDED\n\nThe verdict came on Monday.");
  INFO(describe(x));
  int judge = find_entity(x, "Ji-Won Seo");
  REQUIRE(judge >= 0);
  CHECK(x.entities[judge].type == kg::EntityType::Person);
  CHECK(kg::test::speaker_of(x, "The accused acted alone") == "Ji-Won Seo");
  CHECK(find_entity(x, "RIVALS DIVIDED") < 0);
}

TEST_CASE("a country glued to '-led' or '-backed' is named", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline, "They backed an Italian-led plan and a Kenyan-backed truce.");
  INFO(describe(x));
  CHECK(find_entity(x, "Italy") >= 0);
  CHECK(find_entity(x, "Kenya") >= 0);
}
