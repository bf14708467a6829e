// Corrections can be seen and undone (issue 25, item 4): `kg entities unmerge` gives back what a
// merge took, including what later ingests stored through its redirect, so that the store is the
// one no merge would have made; `kg entities split` moves the aliases the user names. The
// extractions are hand-written (`kg load`), every name invented.
#include <catch2/catch.hpp>

#include "cli_fixture.h"
#include "graph/store/store_sql.h"
#include "test_support.h"

using namespace kg;
using test::article_json;
using test::EntitySpec;

namespace {

std::string kg_command(const std::string& args) { return test::kg_binary() + " " + args; }

const EntitySpec kBoard{"organization:velden water board",
                        "Velden Water Board",
                        "Organization",
                        {"Velden Water Board", "the board"}};
const EntitySpec kAuthority{"organization:velden water authority",
                            "Velden Water Authority",
                            "Organization",
                            {"Velden Water Authority", "the authority", "Velden"}};
const EntitySpec kBrandt{"person:oskar brandt", "Oskar Brandt", "Person", {"Oskar Brandt"}};
const EntitySpec kCouncil{
    "organization:harl council", "Harl Council", "Organization", {"Harl Council", "Velden"}};

// Before the merge: the board and the authority (one body the extractor split in two), a fact
// between them, a fact attributed to the authority, a quote of its spokesman.
std::string first_articles() {
  return article_json("w1", "2025-04-01",
                      {"Oskar Brandt of the Velden Water Authority criticised the Harl Council.",
                       "The Velden Water Board met the Velden Water Authority on Monday.",
                       "Velden officials said the Harl Council accused Oskar Brandt."},
                      {kBoard, kAuthority, kBrandt, kCouncil},
                      {{kAuthority.key, "CONDEMN", kCouncil.key, "", 0},
                       {kBoard.key, "MEET", kAuthority.key, "", 1},
                       {kCouncil.key, "ACCUSE", kBrandt.key, kAuthority.key, 2}}) +
         article_json("w2", "2025-04-03",
                      {"The Velden Water Board praised Oskar Brandt.",
                       "Oskar Brandt said the dams were safe."},
                      {kBoard, kBrandt}, {{kBoard.key, "SUPPORT", kBrandt.key, "", 0}},
                      {{kBrandt.key, "the dams were safe", 1}});
}

// After the merge: the extractor again writes the authority's key (redirected to the board).
std::string later_articles() {
  return article_json("w3", "2025-05-02",
                      {"The Velden Water Authority threatened the Harl Council with a lawsuit.",
                       "The Velden Water Board declined to comment on the dispute."},
                      {kAuthority, kCouncil, kBoard},
                      {{kAuthority.key, "THREATEN", kCouncil.key, "", 0}});
}

// The store's content, in a form two stores can be compared by: entities by key, every row with
// the keys of the entities it names.
std::string dump(const std::string& path) {
  Store store(path, Store::Mode::ReadOnly);
  sql::Database& db = store_database(store);
  std::string out;
  auto add = [&](const char* title, const char* sql) {
    out += std::string("## ") + title + "\n";
    sql::Statement st(db, sql);
    while (st.step()) {
      for (int c = 0; c < st.column_count(); ++c)
        out += (c ? "|" : "") + (st.is_null(c) ? std::string("NULL") : st.text_at(c));
      out += "\n";
    }
  };
  add("entities", "SELECT key, name, type FROM entities ORDER BY key");
  add("aliases",
      "SELECT e.key, a.norm, a.alias, a.count FROM aliases a JOIN entities e ON e.id = a.entity_id "
      "ORDER BY 1, 2");
  add("alias search",
      "SELECT s.alias, e.key FROM alias_search s JOIN entities e ON e.id = s.entity_id "
      "ORDER BY 1, 2");
  add("article aliases",
      "SELECT g.rowid, g.article_id, e.key, g.norm, g.alias FROM article_aliases g "
      "JOIN entities e ON e.id = g.entity_id ORDER BY g.rowid");
  add("mentions",
      "SELECT m.rowid, m.article_id, e.key, m.sentence, m.begin, m.end FROM mentions m "
      "JOIN entities e ON e.id = m.entity_id ORDER BY m.rowid");
  add("facts",
      "SELECT r.id, r.article_id, s.key, r.relation, o.key, t.key, r.predicate, r.day, r.sentence "
      "FROM relations r JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = "
      "r.object_id LEFT JOIN entities t ON t.id = r.attributed_to ORDER BY r.id");
  add("quotes",
      "SELECT q.id, q.article_id, e.key, q.text FROM quotes q LEFT JOIN entities e ON e.id = "
      "q.speaker_id ORDER BY q.id");
  add("redirects",
      "SELECT r.from_key, e.key FROM entity_redirects r JOIN entities e ON e.id = r.to_id "
      "ORDER BY 1");
  add("splits",
      "SELECT a.key, s.norm, b.key FROM alias_splits s JOIN entities a ON a.id = s.from_id "
      "JOIN entities b ON b.id = s.to_id ORDER BY 1, 2");
  return out;
}

std::string entity_ids(const std::string& path) {
  Store store(path, Store::Mode::ReadOnly);
  sql::Statement st(store_database(store), "SELECT id, key FROM entities ORDER BY id");
  std::string out;
  while (st.step()) out += std::to_string(st.int_at(0)) + " " + st.text_at(1) + "\n";
  return out;
}

test::RunResult kg_in(const std::string& db, const std::string& args) {
  return test::run(kg_command(args + " --db " + db));
}

}  // namespace

TEST_CASE("kg entities unmerge leaves the store as it was before the merge", "[cli][corrections]") {
  test::TempDir dir;
  test::write_file(dir.file("first.jsonl"), first_articles());
  std::string db = dir.file("kg.db");
  REQUIRE(kg_in(db, "load " + dir.file("first.jsonl")).exit_code == 0);
  std::string before = dump(db), ids_before = entity_ids(db);
  REQUIRE_THAT(before,
               Catch::Contains("organization:velden water authority|Velden Water Authority"));

  auto merged = kg_in(db, "entities merge \"Velden Water Board\" \"Velden Water Authority\"");
  REQUIRE(merged.exit_code == 0);
  std::string after_merge = dump(db);
  CHECK(after_merge != before);
  CHECK_THAT(after_merge, !Catch::Contains("organization:velden water authority|Velden"));
  CHECK_THAT(kg_in(db, "relations --csv").output, !Catch::Contains(",MEET,"));  // with itself

  // Wrong names are usage errors that say what to give.
  auto unknown = kg_in(db, "entities unmerge \"Velden Water Board\" \"Oskar Brandt\"");
  CHECK(unknown.exit_code == 2);
  CHECK_THAT(unknown.output, Catch::Contains("no merge of 'Oskar Brandt'"));

  auto undone = kg_in(db, "entities unmerge \"Velden Water Board\" \"Velden Water Authority\"");
  INFO(undone.output);
  REQUIRE(undone.exit_code == 0);
  CHECK_THAT(undone.output, Catch::Contains("gave back Velden Water Authority from Velden Water "
                                            "Board"));
  CHECK(dump(db) == before);
  CHECK(entity_ids(db) == ids_before);  // the entity has its id again
  CHECK_THAT(kg_in(db, "entities corrections --csv").output, !Catch::Contains("merge,"));
  // Undone once, there is nothing left to undo.
  CHECK(kg_in(db, "entities unmerge \"Velden Water Board\" \"Velden Water Authority\"").exit_code ==
        2);
}

TEST_CASE("merges undone in reverse order leave the store as it was", "[cli][corrections]") {
  test::TempDir dir;
  test::write_file(dir.file("first.jsonl"), first_articles());
  std::string db = dir.file("kg.db");
  REQUIRE(kg_in(db, "load " + dir.file("first.jsonl")).exit_code == 0);
  std::string before = dump(db), ids_before = entity_ids(db);
  REQUIRE(kg_in(db, "entities merge \"Velden Water Board\" \"Velden Water Authority\"").exit_code ==
          0);
  REQUIRE(kg_in(db, "entities merge \"Harl Council\" \"Velden Water Board\"").exit_code == 0);
  auto listed = kg_in(db, "entities corrections --csv").output;
  CHECK_THAT(listed, Catch::Contains("merge,organization:velden water authority,,Harl Council"));
  CHECK_THAT(listed, Catch::Contains("merge,organization:velden water board,,Harl Council"));
  // The first merge now holds for the council: it is undone from there too.
  REQUIRE(kg_in(db, "entities unmerge \"Harl Council\" \"Velden Water Board\"").exit_code == 0);
  auto undone = kg_in(db, "entities unmerge \"Velden Water Board\" \"Velden Water Authority\"");
  INFO(undone.output);
  REQUIRE(undone.exit_code == 0);
  CHECK(dump(db) == before);
  CHECK(entity_ids(db) == ids_before);
}

TEST_CASE("kg entities unmerge takes back what later ingests stored through the merge",
          "[cli][corrections]") {
  test::TempDir dir;
  test::write_file(dir.file("first.jsonl"), first_articles());
  test::write_file(dir.file("later.jsonl"), later_articles());
  std::string merged_db = dir.file("merged.db"), plain_db = dir.file("plain.db");
  for (const std::string& db : {merged_db, plain_db})
    REQUIRE(kg_in(db, "load " + dir.file("first.jsonl")).exit_code == 0);

  REQUIRE(kg_in(merged_db, "entities merge \"Velden Water Board\" \"Velden Water Authority\"")
              .exit_code == 0);
  for (const std::string& db : {merged_db, plain_db})
    REQUIRE(kg_in(db, "load " + dir.file("later.jsonl")).exit_code == 0);
  // The later article's threat landed on the board while the merge held.
  CHECK_THAT(kg_in(merged_db, "relations --relation THREATEN --csv").output,
             Catch::Contains("Velden Water Board,THREATEN,say,Harl Council"));
  auto corrections = kg_in(merged_db, "entities corrections --csv");
  CHECK_THAT(corrections.output, Catch::Contains("merge,organization:velden water authority,,"
                                                 "Velden Water Board"));

  auto undone = kg_in(merged_db,
                      "entities unmerge \"Velden Water Board\" "
                      "\"organization:velden water authority\"");
  INFO(undone.output);
  REQUIRE(undone.exit_code == 0);
  CHECK(dump(merged_db) == dump(plain_db));
  CHECK_THAT(kg_in(merged_db, "relations --relation THREATEN --csv").output,
             Catch::Contains("Velden Water Authority,THREATEN,say,Harl Council"));
}

TEST_CASE("an article removed while a merge holds stays removed when it is undone",
          "[cli][corrections]") {
  test::TempDir dir;
  test::write_file(dir.file("first.jsonl"), first_articles());
  test::write_file(dir.file("later.jsonl"), later_articles());
  std::string db = dir.file("kg.db"), plain_db = dir.file("plain.db");
  REQUIRE(kg_in(plain_db, "load " + dir.file("first.jsonl")).exit_code == 0);
  REQUIRE(kg_in(db, "load " + dir.file("first.jsonl")).exit_code == 0);
  REQUIRE(kg_in(db, "load " + dir.file("later.jsonl")).exit_code == 0);
  REQUIRE(kg_in(db, "entities merge \"Velden Water Board\" \"Velden Water Authority\"").exit_code ==
          0);
  REQUIRE(kg_in(db, "articles remove w3").exit_code == 0);
  auto undone = kg_in(db, "entities unmerge \"Velden Water Board\" \"Velden Water Authority\"");
  INFO(undone.output);
  REQUIRE(undone.exit_code == 0);
  CHECK(dump(db) == dump(plain_db));
}

TEST_CASE("kg entities split moves the aliases the user names, and the listing shows it",
          "[cli][corrections]") {
  test::TempDir dir;
  test::write_file(dir.file("first.jsonl"), first_articles());
  std::string db = dir.file("kg.db");
  REQUIRE(kg_in(db, "load " + dir.file("first.jsonl")).exit_code == 0);
  CHECK(
      kg_in(db, "entities split \"Velden Water Authority\" \"the authority\" \"Harl\"").exit_code ==
      2);  // not its alias: nothing moves
  auto split = kg_in(db, "entities split \"Velden Water Authority\" \"the authority\" Velden");
  INFO(split.output);
  REQUIRE(split.exit_code == 0);
  auto entities = kg_in(db, "entities --json");
  CHECK_THAT(entities.output, Catch::Contains("\"name\": \"the authority\""));
  auto listed = kg_in(db, "entities corrections --csv").output;
  CHECK_THAT(listed,
             Catch::Contains("split,organization:velden water authority,authority,the authority,"));
  CHECK_THAT(listed, Catch::Contains("split,organization:velden water authority,velden,"));
  // Both aliases went to the one new entity; the authority keeps its own name.
  auto aliases = kg_in(db, "entities --search authority --csv").output;
  CHECK_THAT(aliases, Catch::Contains("Velden Water Authority,Organization"));
}
