// The body a person leads or joins is no person: a default-typed name there is an organisation,
// and a fact that makes a titled person the body is dropped. Names invented.
#include "extractor/facts/role_bodies.h"

#include <catch2/catch.hpp>

#include "extractor/lexicon/gazetteer.h"
#include "tests/extraction_support.h"

using kg::test::describe;
using kg::test::extract_text;
using kg::test::find_entity;
using kg::test::has_fact;

namespace {

// Entities 0 (a titled person), 1 (a name typed a person by default), 2 (another titled person),
// each with one name mention; the document holds the tokens the mentions point at.
struct Article {
  kg::Document doc;
  std::vector<kg::Mention> mentions;
  kg::Extraction x;
};

Article three_people() {
  Article a;
  for (const char* w : {"President", "Ana", "Pell", "of", "Varnex", "Ivo", "Dran"}) {
    kg::Token t;
    t.form = w;
    a.doc.tokens.push_back(t);
  }
  auto add = [&](const char* name, uint32_t first, uint32_t last, bool cue) {
    kg::Entity e;
    e.name = name;
    e.type = kg::EntityType::Person;
    e.key = kg::entity_key(e.type, name);
    a.x.entities.push_back(e);
    kg::Mention m;
    m.first = first;
    m.last = last;
    m.surface = name;
    m.type = kg::EntityType::Person;
    m.person_cue = cue;
    m.entity = static_cast<int>(a.x.entities.size()) - 1;
    a.mentions.push_back(m);
  };
  add("Ana Pell", 1, 3, true);
  add("Varnex", 4, 5, true);  // the cue is the title's "of": "President of Varnex"
  add("Ivo Dran", 5, 7, true);
  return a;
}

kg::Relation fact(int subject, const char* relation, int object) {
  kg::Relation r;
  r.subject = subject;
  r.relation = relation;
  r.object = object;
  return r;
}

}  // namespace

TEST_CASE("a name typed a person by default that a person leads is an organisation",
          "[facts][types]") {
  Article a = three_people();
  a.x.relations = {fact(0, "LEADER_OF", 1), fact(0, "WORKS_FOR", 2), fact(0, "MEMBER_OF", 2)};
  kg::type_role_bodies(a.doc, a.mentions, a.x);
  CHECK(a.x.entities[1].type == kg::EntityType::Organization);
  CHECK(a.x.entities[1].key == kg::entity_key(kg::EntityType::Organization, "Varnex"));
  // One may work for a person ("an adviser to Ivo Dran") but join or lead none.
  REQUIRE(a.x.relations.size() == 2);
  CHECK(a.x.relations[0].relation == "LEADER_OF");
  CHECK(a.x.relations[1].relation == "WORKS_FOR");
  CHECK(a.x.entities[2].type == kg::EntityType::Person);
}

TEST_CASE("the CEO of an unknown name leads an organisation, through the pipeline",
          "[facts][types]") {
  KG_NEED_MODEL();
  auto x = extract_text(*kg_pipeline,
                        "Ana Pell is the CEO of Varnex, a start-up that sells shoes in Lisbon.");
  INFO(describe(x));
  CHECK(has_fact(x, "Ana Pell", "LEADER_OF", "Varnex"));
  int varnex = find_entity(x, "Varnex");
  REQUIRE(varnex >= 0);
  CHECK(x.entities[varnex].type == kg::EntityType::Organization);
}
