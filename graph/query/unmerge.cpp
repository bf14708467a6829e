// Reversing a merge from its log (schema version 7): the merged entity comes back with the rows
// it had, the facts between the two, its aliases, redirects and splits, and the rows later ingests
// stored through its redirect. Undoing merges in the reverse order of making them gives back the
// store as it was; rows another correction moved since (a split of the kept entity) stay where
// that correction put them.
#include <map>
#include <optional>
#include <set>
#include <vector>

#include "extractor/core/error.h"
#include "graph/query/corrections.h"
#include "graph/query/queries.h"
#include "graph/store/names.h"
#include "graph/store/store_sql.h"

namespace kg {
namespace {

struct MergeRow {
  int64_t id = 0, from_id = 0;
  std::string key, name, type;
};

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

// The merge into `keep` that `name` names: by the merged entity's key, else its name, else one
// of its aliases. Throws a usage error when none or several do.
MergeRow find_merge(sql::Database& db, int64_t keep, const std::string& kept_name,
                    const std::string& name) {
  sql::Statement st(
      db,
      "SELECT m.id, m.from_id, m.from_key, m.from_name, m.from_type, "
      "EXISTS (SELECT 1 FROM merge_aliases a WHERE a.merge_id = m.id AND a.norm = ?2) "
      "FROM merges m WHERE m.into_id = ?1 ORDER BY m.id");
  std::string norm = normalize_name(name);
  st.bind(1, keep).bind(2, norm);
  std::vector<MergeRow> by_key, by_name, by_alias;
  while (st.step()) {
    MergeRow row{st.int_at(0), st.int_at(1), st.text_at(2), st.text_at(3), st.text_at(4)};
    if (lower(row.key) == lower(name))
      by_key.push_back(row);
    else if (normalize_name(row.name) == norm)
      by_name.push_back(row);
    else if (st.int_at(5) != 0)
      by_alias.push_back(row);
  }
  for (const auto* found : {&by_key, &by_name, &by_alias}) {
    if (found->size() == 1) return found->front();
    if (found->size() > 1) {
      std::string message = "'" + name + "' names " + std::to_string(found->size()) +
                            " merges into " + kept_name + "; give one of these ids instead:";
      for (const MergeRow& row : *found) message += "\n  " + row.key + "  (" + row.name + ")";
      throw Error(ErrorKind::Usage, message);
    }
  }
  sql::Statement unlogged(db,
                          "SELECT 1 FROM entity_redirects WHERE to_id = ? AND lower(from_key) = ?");
  unlogged.bind(1, keep).bind(2, lower(name));
  if (unlogged.step())
    throw Error(ErrorKind::Usage, "'" + name + "' was merged into " + kept_name +
                                      " by a kg older than the merge log; it cannot be undone");
  throw Error(ErrorKind::Usage, "no merge of '" + name + "' into " + kept_name +
                                    " is in force (kg entities corrections lists them)");
}

int changes_of(sql::Database& db, const std::string& sql, int64_t merge, int64_t keep, int64_t back,
               const std::string& key = "") {
  sql::Statement st(db, sql.c_str());
  int n = st.parameter_count();
  st.bind(1, merge);
  if (n >= 2) st.bind(2, keep);
  if (n >= 3) st.bind(3, back);
  if (n >= 4) st.bind(4, key);
  st.run();
  return db.changes();
}

// ?1 merge, ?2 the kept entity, ?3 the entity given back, ?4 its key: rows logged at the merge
// (merge_rows) or stored later through one of the redirects the merge made (redirected_rows).
std::string logged(const char* kind) {
  return std::string("(SELECT row_id FROM merge_rows WHERE merge_id = ?1 AND kind = '") + kind +
         "' UNION SELECT row_id FROM redirected_rows WHERE kind = '" + kind +
         "' AND via_key IN (SELECT ?4 UNION SELECT key FROM merge_rules WHERE merge_id = ?1 AND "
         "kind = 'redirect'))";
}

// Gives `back` the aliases the merge gave `keep` (the ones B had, less those of articles removed
// since, plus those later ingests gave through the redirects), and takes them from `keep`.
void give_back_aliases(sql::Database& db, const MergeRow& merge, int64_t keep, int64_t back) {
  struct Count {
    int64_t n = 0;
    std::optional<std::string> written;  // as the merged entity had it, when nothing was removed
  };
  std::map<std::string, Count> counts;
  {
    sql::Statement st(db,
                      "SELECT a.norm, a.alias, a.count, a.given, (SELECT count(*) FROM merge_rows "
                      "r JOIN article_aliases g ON g.rowid = r.row_id WHERE r.merge_id = ?1 AND "
                      "r.kind = 'alias' AND g.entity_id = ?2 AND g.norm = a.norm) "
                      "FROM merge_aliases a WHERE a.merge_id = ?1");
    st.bind(1, merge.id).bind(2, keep);
    while (st.step()) {
      Count& c = counts[st.text_at(0)];
      c.n = st.int_at(2) - st.int_at(3) + st.int_at(4);
      if (st.int_at(3) == st.int_at(4)) c.written = st.text_at(1);
    }
  }
  {
    sql::Statement st(db,
                      "SELECT g.norm, count(*) FROM redirected_rows r JOIN article_aliases g ON "
                      "g.rowid = r.row_id WHERE r.kind = 'alias' AND g.entity_id = ?2 AND "
                      "r.via_key IN (SELECT ?3 UNION SELECT key FROM merge_rules WHERE merge_id "
                      "= ?1 AND kind = 'redirect') GROUP BY g.norm");
    st.bind(1, merge.id).bind(2, keep).bind(3, merge.key);
    while (st.step()) counts[st.text_at(0)].n += st.int_at(1);
  }
  changes_of(db,
             "UPDATE article_aliases SET entity_id = ?3 WHERE entity_id = ?2 AND rowid IN " +
                 logged("alias"),
             merge.id, keep, back, merge.key);

  sql::Statement current(db, "SELECT alias, count FROM aliases WHERE entity_id = ? AND norm = ?");
  sql::Statement earliest(db,
                          "SELECT alias FROM article_aliases WHERE entity_id = ? AND norm = ? "
                          "ORDER BY rowid LIMIT 1");
  sql::Statement insert(db,
                        "INSERT INTO aliases (entity_id, norm, alias, count) VALUES (?, ?, ?, ?)");
  sql::Statement drop(db, "DELETE FROM aliases WHERE entity_id = ? AND norm = ?");
  sql::Statement set(
      db, "UPDATE aliases SET alias = ?3, count = ?4 WHERE entity_id = ?1 AND norm = ?2");
  sql::Statement drop_search(db, "DELETE FROM alias_search WHERE entity_id = ? AND alias = ?");
  sql::Statement add_search(db, "INSERT INTO alias_search (alias, entity_id) VALUES (?, ?)");
  auto first_written = [&](int64_t entity, const std::string& norm) -> std::optional<std::string> {
    earliest.bind(1, entity).bind(2, norm);
    std::optional<std::string> text;
    if (earliest.step()) text = earliest.text_at(0);
    earliest.reset();
    return text;
  };
  for (auto& [norm, count] : counts) {
    current.bind(1, keep).bind(2, norm);
    if (!current.step()) {  // moved on since (a split of the kept entity): it stays there
      current.reset();
      continue;
    }
    std::string kept_alias = current.text_at(0);
    int64_t kept_count = current.int_at(1);
    current.reset();
    int64_t n = std::min(count.n, kept_count);
    if (n <= 0) continue;
    std::string written =
        count.written ? *count.written : first_written(back, norm).value_or(kept_alias);
    insert.bind(1, back).bind(2, norm).bind(3, written).bind(4, n).run();  // the trigger indexes it
    if (kept_count - n <= 0) {
      drop.bind(1, keep).bind(2, norm).run();
      drop_search.bind(1, keep).bind(2, kept_alias).run();
      continue;
    }
    std::string kept_written = first_written(keep, norm).value_or(kept_alias);
    set.bind(1, keep).bind(2, norm).bind(3, kept_written).bind(4, kept_count - n).run();
    if (kept_written != kept_alias) {
      drop_search.bind(1, keep).bind(2, kept_alias).run();
      add_search.bind(1, kept_written).bind(2, keep).run();
    }
  }
}

// The split rules that named the merged entity come back; the images the merge made of them go.
void give_back_splits(sql::Database& db, const MergeRow& merge, int64_t keep, int64_t back) {
  std::set<std::string> kept_rules;
  {
    sql::Statement st(db, "SELECT key FROM merge_rules WHERE merge_id = ? AND kind = 'kept split'");
    st.bind(1, merge.id);
    while (st.step()) kept_rules.insert(st.text_at(0));
  }
  sql::Statement rules(db,
                       "SELECT key, from_id, to_id FROM merge_rules WHERE merge_id = ? AND kind = "
                       "'split'");
  rules.bind(1, merge.id);
  std::vector<std::tuple<std::string, int64_t, int64_t>> logged_rules;
  while (rules.step())
    logged_rules.emplace_back(rules.text_at(0), rules.int_at(1), rules.int_at(2));
  sql::Statement drop(db, "DELETE FROM alias_splits WHERE from_id = ? AND norm = ? AND to_id = ?");
  sql::Statement restore(db,
                         "INSERT OR REPLACE INTO alias_splits (from_id, norm, to_id) SELECT ?1, "
                         "?2, ?3 WHERE EXISTS (SELECT 1 FROM entities WHERE id = ?1) AND EXISTS "
                         "(SELECT 1 FROM entities WHERE id = ?3)");
  auto image = [&](int64_t id) { return id == merge.from_id ? keep : id; };
  auto restored = [&](int64_t id) { return id == merge.from_id ? back : id; };
  for (const auto& [norm, from, to] : logged_rules) {
    if (!(image(from) == keep && kept_rules.count(norm)))
      drop.bind(1, image(from)).bind(2, norm).bind(3, image(to)).run();
    restore.bind(1, restored(from)).bind(2, norm).bind(3, restored(to)).run();
  }
}

}  // namespace

CorrectionReport unmerge_entities(Store& store, const std::string& into, const std::string& from) {
  sql::Database& db = store_database(store);
  sql::Transaction transaction(db);
  int64_t keep = resolve_entity(store, into).front();
  std::string kept_name;
  {
    sql::Statement st(db, "SELECT name FROM entities WHERE id = ?");
    st.bind(1, keep);
    st.step();
    kept_name = st.text_at(0);
  }
  MergeRow merge = find_merge(db, keep, kept_name, from);
  {
    sql::Statement taken(db, "SELECT 1 FROM entities WHERE key = ?");
    taken.bind(1, merge.key);
    if (taken.step())
      throw Error(ErrorKind::Usage,
                  "cannot unmerge " + merge.key + ": an entity with that id exists again");
  }
  // The entity comes back under its old id when no other entity took it since.
  sql::Statement insert(db,
                        "INSERT INTO entities (id, key, name, type) SELECT CASE WHEN EXISTS "
                        "(SELECT 1 FROM entities WHERE id = ?1) THEN NULL ELSE ?1 END, ?2, ?3, ?4");
  insert.bind(1, merge.from_id).bind(2, merge.key).bind(3, merge.name).bind(4, merge.type).run();
  int64_t back = db.last_insert_id();
  CorrectionReport report{kept_name, merge.name, 0, 0, 0};

  auto run = [&](const std::string& sql) {
    return changes_of(db, sql, merge.id, keep, back, merge.key);
  };
  run("DELETE FROM entity_redirects WHERE from_key = ?4 AND to_id = ?2");
  run("UPDATE entity_redirects SET to_id = ?3 WHERE to_id = ?2 AND from_key IN (SELECT key FROM "
      "merge_rules WHERE merge_id = ?1 AND kind = 'redirect')");
  run("UPDATE merges SET into_id = ?3 WHERE into_id = ?2 AND id IN (SELECT from_id FROM "
      "merge_rules WHERE merge_id = ?1 AND kind = 'merge')");
  give_back_splits(db, merge, keep, back);

  report.mentions_moved = run(
      "UPDATE mentions SET entity_id = ?3 WHERE entity_id = ?2 AND rowid IN " + logged("mention"));
  report.relations_moved =
      run("UPDATE relations SET subject_id = ?3 WHERE subject_id = ?2 AND id IN " +
          logged("subject")) +
      run("UPDATE relations SET object_id = ?3 WHERE object_id = ?2 AND id IN " + logged("object"));
  run("UPDATE relations SET attributed_to = ?3 WHERE attributed_to = ?2 AND id IN " +
      logged("attributed"));
  report.quotes_moved =
      run("UPDATE quotes SET speaker_id = ?3 WHERE speaker_id = ?2 AND id IN " + logged("speaker"));
  give_back_aliases(db, merge, keep, back);

  // The facts between the two, which the merge dropped, come back (with their ids when free).
  sql::Statement facts(
      db,
      "INSERT INTO relations (id, article_id, subject_id, object_id, relation, predicate, date, "
      "negated, hedged, attributed_to, confidence, arguments, sentence, begin, end, day) "
      "SELECT CASE WHEN EXISTS (SELECT 1 FROM relations r WHERE r.id = f.id) THEN NULL ELSE f.id "
      "END, f.article_id, CASE WHEN f.subject_id = ?2 THEN ?3 ELSE f.subject_id END, CASE WHEN "
      "f.object_id = ?2 THEN ?3 ELSE f.object_id END, f.relation, f.predicate, f.date, f.negated, "
      "f.hedged, CASE WHEN f.attributed_to = ?2 THEN ?3 WHEN EXISTS (SELECT 1 FROM entities e "
      "WHERE e.id = f.attributed_to) THEN f.attributed_to END, f.confidence, f.arguments, "
      "f.sentence, f.begin, f.end, f.day FROM merge_facts f WHERE f.merge_id = ?1 ORDER BY f.id");
  facts.bind(1, merge.id).bind(2, merge.from_id).bind(3, back).run();
  report.relations_moved += db.changes();

  // Rows stored through the merged entity's own key are its own again; the merge's log goes.
  run("DELETE FROM redirected_rows WHERE via_key = ?4");
  run("DELETE FROM merges WHERE id = ?1");
  transaction.commit();
  return report;
}

}  // namespace kg
