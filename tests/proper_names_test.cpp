// Proper names cut, lost, merged or invented, on short invented texts through the shipped model
// and lexicons: names with "of" or a possessive inside them, places named once, organisations in
// lists, coordinated names, prefixes of longer names, and words that name no entity (languages,
// two-letter terms).
#include "extractor/formats/extraction_json.h"
#include "tests/extraction_support.h"

using kg::test::describe;
using kg::test::extract_text;
using kg::test::find_entity;

namespace {
bool has_entity_named(const kg::Extraction& x, const std::string& name) {
  for (const auto& e : x.entities)
    if (e.name == name) return true;
  return false;
}
}  // namespace

TEST_CASE("a place word continued by 'of' and a name is one place", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Halvard Ostrem, the chief prosecutor for the Eastern District of Oregon, "
                        "said the case was closed. A judge in the Province of Valdera agreed.");
  INFO(describe(x));
  CHECK(has_entity_named(x, "Eastern District of Oregon"));
  CHECK_FALSE(has_entity_named(x, "Eastern District"));
  CHECK(has_entity_named(x, "Province of Valdera"));
  CHECK_FALSE(has_entity_named(x, "Valdera"));
}

TEST_CASE("'People's' or 'Women's' inside a body's name is no owner of it",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The Ostland People's Defence Army moved north. The Women's League of "
                        "Tarvia protested, and Nordvik's Supervisory Board resigned. He asked "
                        "about the Kessan Brotherhood.");
  INFO(describe(x));
  CHECK(has_entity_named(x, "Ostland People's Defence Army"));
  CHECK_FALSE(has_entity_named(x, "Defence Army"));
  CHECK(has_entity_named(x, "Women's League of Tarvia"));
  // A name before "'s" still owns what follows it.
  CHECK(has_entity_named(x, "Supervisory Board"));
  CHECK_FALSE(has_entity_named(x, "Nordvik's Supervisory Board"));
  int brotherhood = find_entity(x, "Kessan Brotherhood");
  REQUIRE(brotherhood >= 0);
  CHECK(x.entities[brotherhood].type == kg::EntityType::Organization);
}

TEST_CASE("coordinated organisations stay two, listed unknown words are organisations",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The contract went to five firms: Vexor Systems, Quill Systems, Marrow, "
                        "Tern Robotics and Dawnfield. Later the firms Halmstad Labs and Brill "
                        "Systems bid again.");
  INFO(describe(x));
  for (const char* name : {"Marrow", "Dawnfield", "Halmstad Labs", "Brill Systems"}) {
    int e = find_entity(x, name);
    INFO(name);
    REQUIRE(e >= 0);
    CHECK(x.entities[e].type == kg::EntityType::Organization);
  }
  CHECK(find_entity(x, "Halmstad Labs") != find_entity(x, "Brill Systems"));
  CHECK_FALSE(has_entity_named(x, "Halmstad Labs and Brill Systems"));
}

TEST_CASE("'the X' is no short form of a longer name that begins with X",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The probe will fly with a Sun Haulage lander, and then to the Sun on "
                        "Friday.");
  INFO(describe(x));
  int express = find_entity(x, "Sun Haulage");
  int sun = find_entity(x, "Sun");
  REQUIRE(express >= 0);
  REQUIRE(sun >= 0);
  CHECK(sun != express);
  CHECK(x.entities[sun].type == kg::EntityType::Location);
}

TEST_CASE("a capital or an unknown place named once by its noun is a place",
          "[entities][places][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The siege of Zagreb lasted months. Gunmen attacked a Lisbon museum. "
                        "Ana Velk, 41, of Brinton, a village southwest of Marlow, was charged.");
  INFO(describe(x));
  for (const char* name : {"Zagreb", "Lisbon", "Brinton", "Marlow"}) {
    int e = find_entity(x, name);
    INFO(name);
    REQUIRE(e >= 0);
    CHECK(x.entities[e].type == kg::EntityType::Location);
  }
}

TEST_CASE("languages and two-letter terms name no entity", "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "In a letter in Dutch on his website, Ivo Marsh urged readers to block "
                        "TV adverts. The video, in Portuguese, was shared widely in Spain.");
  INFO(describe(x));
  CHECK(find_entity(x, "Portuguese") < 0);
  CHECK(find_entity(x, "Portugal") < 0);
  CHECK(find_entity(x, "Dutch") < 0);
  CHECK(find_entity(x, "Netherlands") < 0);
  CHECK(find_entity(x, "TV") < 0);
  CHECK(find_entity(x, "Spain") >= 0);
  CHECK(find_entity(x, "Ivo Marsh") >= 0);
}

TEST_CASE("'X News' is X; a singular group name that modifies a noun joins its plural",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Ivo Marsh told the HBC on Monday that the talks had failed. The Kessa "
                        "Druze elders met in the hills, and Kessa Druzes fled. Commentary: Ivo "
                        "Marsh, HBC News, Oslo");
  INFO(describe(x));
  int news = find_entity(x, "HBC News");
  REQUIRE(news >= 0);
  CHECK(find_entity(x, "HBC") == news);
  int plural = find_entity(x, "Kessa Druzes");
  REQUIRE(plural >= 0);
  CHECK(find_entity(x, "Kessa Druze") == plural);
}

TEST_CASE("a plural proper noun inside a sentence is a group, and joins the one group it ends",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The militia drove out the Kessans and the Dorvans, officials said. The "
                        "Ostland Druze elders met, and Ostland Druzes fled while many Druzes "
                        "stayed.");
  INFO(describe(x));
  for (const char* name : {"Kessans", "Dorvans"}) {
    int e = find_entity(x, name);
    INFO(name);
    REQUIRE(e >= 0);
    CHECK(x.entities[e].type == kg::EntityType::Group);
  }
  int druzes = find_entity(x, "Ostland Druzes");
  REQUIRE(druzes >= 0);
  CHECK(find_entity(x, "Druzes") == druzes);
  CHECK(find_entity(x, "Ostland Druze") == druzes);
}

TEST_CASE("tagging names only where they may be retyped extracts what tagging all does",
          "[entities][ner][model]") {
  KG_NEED_MODEL();
  const std::string text =
      "Halmstad Vantage signed a deal with Vexor Freight on Monday. Corvin Telemetry hired "
      "staff. The deal was approved by "
      "regulators in Oslo and Paris. Ana Velk, who runs Tarsk Mining, said shares of Brill "
      "Dynamics rose. Prices "
      "fell in the spring, and the weather was mild.";
  kg::Document lazy = kg::document_from_text(text, "a.txt");
  kg::Extraction x = kg_pipeline->run(lazy);
  kg::Document full = kg::document_from_text(text, "a.txt");
  kg_pipeline->analyze(full);
  kg::Extraction y = kg_pipeline->facts().extract(full);
  INFO(describe(x));
  CHECK(kg::extraction_to_json(lazy, x, false) == kg::extraction_to_json(full, y, false));
  // The sentence with known names only ("in Oslo and Paris") was never tagged.
  REQUIRE(lazy.tokens.size() == full.tokens.size());
  size_t skipped = 0;
  for (size_t t = 0; t < full.tokens.size(); ++t)
    skipped += full.tokens[t].ner != kg::NerTag::O && lazy.tokens[t].ner == kg::NerTag::O;
  CHECK(skipped > 0);
}

TEST_CASE("surnames ending in s stay persons; title-case runs are no groups",
          "[entities][names][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Lena Parks met Tom Hollis on Monday. The Kessans sent Hugo Adams to Oslo. "
                        "Related Stories Markets Headers Saturdays");
  INFO(describe(x));
  for (const char* name : {"Lena Parks", "Tom Hollis", "Hugo Adams"}) {
    int e = find_entity(x, name);
    INFO(name);
    REQUIRE(e >= 0);
    CHECK(x.entities[e].type == kg::EntityType::Person);
  }
  int kessans = find_entity(x, "Kessans");
  REQUIRE(kessans >= 0);
  CHECK(x.entities[kessans].type == kg::EntityType::Group);
  for (const auto& e : x.entities) {
    INFO(e.name);
    CHECK_FALSE((e.type == kg::EntityType::Group && e.name.find("Saturdays") != std::string::npos));
  }
}
