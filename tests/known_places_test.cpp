// Places the gazetteer knows beyond countries and capitals (states, provinces, large cities:
// models/lexicon/places.tsv and cities.tsv), and the names that merely start with a place's
// name: a given name ("Jordan Peterson"), a paper, a team or a body ("Los Angeles Times").
// The people, papers and bodies are invented or general; the places are general geography.
#include "tests/extraction_support.h"

using kg::EntityType;
using kg::test::describe;
using kg::test::extract_text;
using kg::test::find_entity;
using kg::test::has_fact;
using kg::test::type_of;

TEST_CASE("states, provinces and large cities are places wherever they stand",
          "[entities][places][model]") {
  KG_NEED_MODEL();
  // As subjects and in lists they had no place cue: the words were dropped, or taken for people.
  auto x =
      extract_text(*kg_pipeline,
                   "Ohio sued the federal government on Monday. Protesters marched through "
                   "Chennai and Osaka, and farmers in Saskatchewan lost their crops. Farmers "
                   "in Central Iowa lost theirs. Police in Medellin said the roads were closed.");
  INFO(describe(x));
  CHECK(type_of(x, "Ohio") == EntityType::Location);
  CHECK(type_of(x, "Chennai") == EntityType::Location);
  CHECK(type_of(x, "Osaka") == EntityType::Location);
  CHECK(type_of(x, "Saskatchewan") == EntityType::Location);
  // A compass word before a known place makes a place of its own.
  CHECK(type_of(x, "Central Iowa") == EntityType::Location);
  // Spelt without its accent, a city keeps its own name.
  CHECK(type_of(x, "Medellín") == EntityType::Location);
}

TEST_CASE("a place's name followed by a name-word starts a person's, a paper's or a body's name",
          "[entities][places][model]") {
  KG_NEED_MODEL();
  auto x =
      extract_text(*kg_pipeline,
                   "Jordan Petersen said on Monday that he would sue. The Los Angeles Times "
                   "and the Osaka Herald reported the deal, and the Los Angeles Public Library "
                   "closed its doors.");
  INFO(describe(x));
  CHECK(type_of(x, "Jordan Petersen") == EntityType::Person);
  CHECK(find_entity(x, "Jordan") < 0);
  CHECK(type_of(x, "Los Angeles Times") == EntityType::Organization);
  CHECK(type_of(x, "Osaka Herald") == EntityType::Organization);
  CHECK(type_of(x, "Los Angeles Public Library") == EntityType::Organization);
  CHECK(find_entity(x, "Public Library") < 0);
}

TEST_CASE("a title, an abbreviation or a person after a place's name keeps them apart",
          "[entities][places][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Ohio Governor Maren Tolliver met Peru's ambassador to Chile Ana Morales "
                        "Quispe on Tuesday. The U.S. Embassy said the talks went well.");
  INFO(describe(x));
  CHECK(type_of(x, "Ohio") == EntityType::Location);
  CHECK(type_of(x, "Maren Tolliver") == EntityType::Person);
  CHECK(type_of(x, "Chile") == EntityType::Country);
  CHECK(find_entity(x, "Ana Morales Quispe") >= 0);
  CHECK(find_entity(x, "Chile Ana Morales Quispe") < 0);
  CHECK(find_entity(x, "U.S. Embassy") < 0);
  CHECK(type_of(x, "United States") == EntityType::Country);
}

TEST_CASE("'Times Square and Red Square' are two squares, not a paper",
          "[entities][places][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline, "Crowds filled Times Square and Red Square on Sunday.");
  INFO(describe(x));
  CHECK(type_of(x, "Times Square") == EntityType::Location);
  CHECK(type_of(x, "Red Square") == EntityType::Location);
  CHECK(find_entity(x, "Times") < 0);
}

TEST_CASE("places in a list do not lie in one another; 'Mosul, Iraq' does",
          "[relations][places][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "The reporter asked him to name the envoys of Chechnya, Taiwan, Peru "
                        "and Chile. Fighting raged in Mosul, Iraq, on Monday.");
  INFO(describe(x));
  CHECK_FALSE(has_fact(x, "Chechnya", "LOCATED_IN", "Taiwan"));
  CHECK(has_fact(x, "Mosul", "LOCATED_IN", "Iraq"));
}

TEST_CASE("an office holder named by a state is no part of that state",
          "[relations][places][model]") {
  KG_NEED_MODEL();
  auto x =
      extract_text(*kg_pipeline, "An Ohio state judge ordered Brantwell Motors to pay $2 million.");
  INFO(describe(x));
  int judge = find_entity(x, "Ohio state judge");
  REQUIRE(judge >= 0);
  CHECK_FALSE(has_fact(x, "Ohio state judge", "PART_OF", "Ohio"));
}

TEST_CASE("a city's name after a given name is a surname; a country's stays apart",
          "[entities][places][model]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Delia Houston sang the anthem. Officials at Immigration Canada declined "
                        "to comment.");
  INFO(describe(x));
  CHECK(type_of(x, "Delia Houston") == EntityType::Person);
  CHECK(find_entity(x, "Houston") < 0);
  CHECK(type_of(x, "Canada") == EntityType::Country);
}
