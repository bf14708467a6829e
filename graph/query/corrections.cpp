#include "graph/query/corrections.h"

#include <map>
#include <set>
#include <tuple>

#include "extractor/core/error.h"
#include "graph/query/queries.h"
#include "graph/store/names.h"
#include "graph/store/store_sql.h"

namespace kg {
namespace {

int64_t one_entity(Store& store, const std::string& name) {
  return resolve_entity(store, name).front();  // one entity, or a usage error listing them
}

struct EntityRow {
  std::string key, name, type;
};

EntityRow entity_row(Store& store, int64_t id) {
  sql::Statement st(store_database(store), "SELECT key, name, type FROM entities WHERE id = ?");
  st.bind(1, id);
  if (!st.step()) throw Error(ErrorKind::Usage, "no entity with id " + std::to_string(id));
  return {st.text_at(0), st.text_at(1), st.text_at(2)};
}

// Runs an update with ?1 = the entity kept and ?2 = the other one; returns the rows changed.
int run_changes(Store& store, const char* sql, int64_t a, int64_t b) {
  sql::Statement st(store_database(store), sql);
  st.bind(1, a);
  if (st.parameter_count() >= 2) st.bind(2, b);
  st.run();
  return store_database(store).changes();
}

// Writes down what merging `gone` into `keep` changes, before it is changed, so that
// unmerge_entities can give it back: the rows `gone` has, its aliases, the facts between the two
// (a fact of an entity with itself is meaningless: the merge drops them), and the redirects,
// splits and earlier merges that name it.
void log_merge(Store& store, int64_t keep, int64_t gone, const EntityRow& merged) {
  sql::Database& db = store_database(store);
  sql::Statement insert(db,
                        "INSERT INTO merges (into_id, from_id, from_key, from_name, from_type) "
                        "VALUES (?, ?, ?, ?, ?)");
  insert.bind(1, keep).bind(2, gone).bind(3, merged.key).bind(4, merged.name).bind(5, merged.type);
  insert.run();
  int64_t merge = db.last_insert_id();
  auto log = [&](const char* sql) {
    sql::Statement st(db, sql);
    st.bind(1, merge).bind(2, gone);
    if (st.parameter_count() >= 3) st.bind(3, keep);
    st.run();
  };
  log("INSERT INTO merge_facts SELECT ?1, id, article_id, subject_id, object_id, relation, "
      "predicate, date, negated, hedged, attributed_to, confidence, arguments, sentence, begin, "
      "end, day FROM relations WHERE subject_id IN (?2, ?3) AND object_id IN (?2, ?3)");
  log("DELETE FROM relations WHERE subject_id IN (?2, ?3) AND object_id IN (?2, ?3)");
  log("INSERT INTO merge_rows SELECT ?1, 'mention', rowid, article_id FROM mentions "
      "WHERE entity_id = ?2");
  log("INSERT INTO merge_rows SELECT ?1, 'subject', id, article_id FROM relations "
      "WHERE subject_id = ?2");
  log("INSERT INTO merge_rows SELECT ?1, 'object', id, article_id FROM relations "
      "WHERE object_id = ?2");
  log("INSERT INTO merge_rows SELECT ?1, 'attributed', id, article_id FROM relations "
      "WHERE attributed_to = ?2");
  log("INSERT INTO merge_rows SELECT ?1, 'speaker', id, article_id FROM quotes "
      "WHERE speaker_id = ?2");
  log("INSERT INTO merge_rows SELECT ?1, 'alias', rowid, article_id FROM article_aliases "
      "WHERE entity_id = ?2");
  log("INSERT INTO merge_aliases SELECT ?1, norm, alias, count, (SELECT count(*) FROM "
      "article_aliases g WHERE g.entity_id = ?2 AND g.norm = a.norm) FROM aliases a "
      "WHERE entity_id = ?2");
  log("INSERT INTO merge_rules (merge_id, kind, key) SELECT ?1, 'redirect', from_key "
      "FROM entity_redirects WHERE to_id = ?2");
  log("INSERT INTO merge_rules (merge_id, kind, key, from_id, to_id) SELECT ?1, 'split', norm, "
      "from_id, to_id FROM alias_splits WHERE from_id = ?2 OR to_id = ?2");
  // The kept entity's own split rules, which a rule of the merged one gave way to.
  log("INSERT INTO merge_rules (merge_id, kind, key, from_id) SELECT ?1, 'kept split', norm, "
      "from_id FROM alias_splits WHERE from_id = ?3");
  log("INSERT INTO merge_rules (merge_id, kind, from_id) SELECT ?1, 'merge', id FROM merges "
      "WHERE into_id = ?2");
}

}  // namespace

CorrectionReport merge_entities(Store& store, const std::string& into, const std::string& from) {
  sql::Transaction transaction(store_database(store));
  int64_t keep = one_entity(store, into);
  int64_t gone = one_entity(store, from);
  if (keep == gone)
    throw Error(ErrorKind::Usage, "'" + into + "' and '" + from + "' are one entity already");
  EntityRow kept = entity_row(store, keep), merged = entity_row(store, gone);
  CorrectionReport report{kept.name, merged.name, 0, 0, 0};
  log_merge(store, keep, gone, merged);

  report.mentions_moved =
      run_changes(store, "UPDATE mentions SET entity_id = ?1 WHERE entity_id = ?2", keep, gone);
  report.relations_moved =
      run_changes(store, "UPDATE relations SET subject_id = ?1 WHERE subject_id = ?2", keep, gone) +
      run_changes(store, "UPDATE relations SET object_id = ?1 WHERE object_id = ?2", keep, gone);
  run_changes(store, "UPDATE relations SET attributed_to = ?1 WHERE attributed_to = ?2", keep,
              gone);
  report.quotes_moved =
      run_changes(store, "UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2", keep, gone);
  run_changes(store,
              "INSERT INTO aliases (entity_id, norm, alias, count) SELECT ?1, norm, alias, count "
              "FROM aliases WHERE entity_id = ?2 "
              "ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + excluded.count",
              keep, gone);
  run_changes(store, "DELETE FROM alias_search WHERE entity_id = ?2", keep, gone);
  // The aliases each article gave follow, so that removing the article takes them back.
  run_changes(store, "UPDATE article_aliases SET entity_id = ?1 WHERE entity_id = ?2", keep, gone);
  run_changes(store, "UPDATE entity_redirects SET to_id = ?1 WHERE to_id = ?2", keep, gone);
  // Earlier merges into the merged entity now hold for the kept one (their logs stay undoable).
  run_changes(store, "UPDATE merges SET into_id = ?1 WHERE into_id = ?2", keep, gone);
  run_changes(store, "UPDATE alias_splits SET to_id = ?1 WHERE to_id = ?2", keep, gone);
  run_changes(store, "UPDATE OR IGNORE alias_splits SET from_id = ?1 WHERE from_id = ?2", keep,
              gone);
  run_changes(store, "DELETE FROM alias_splits WHERE from_id = to_id OR from_id = ?2", keep, gone);
  sql::Statement redirect(
      store_database(store),
      "INSERT OR REPLACE INTO entity_redirects (from_key, to_id) VALUES (?, ?)");
  redirect.bind(1, merged.key).bind(2, keep).run();
  run_changes(store, "DELETE FROM entities WHERE id = ?2", keep, gone);
  transaction.commit();
  return report;
}

CorrectionReport split_entity(Store& store, const std::string& entity,
                              const std::vector<std::string>& aliases) {
  sql::Transaction transaction(store_database(store));
  int64_t from = one_entity(store, entity);
  EntityRow source = entity_row(store, from);
  if (aliases.empty()) throw Error(ErrorKind::Usage, "name an alias to split off");
  std::vector<std::pair<std::string, std::string>> moved;  // norm, as written
  for (const std::string& alias : aliases) {
    std::string norm = normalize_name(alias);
    sql::Statement has_alias(store_database(store),
                             "SELECT alias FROM aliases WHERE entity_id = ? AND norm = ?");
    has_alias.bind(1, from).bind(2, norm);
    if (!has_alias.step())
      throw Error(ErrorKind::Usage, "'" + alias + "' is not an alias of " + source.name);
    if (normalize_name(source.name) == norm)
      throw Error(ErrorKind::Usage, "'" + alias + "' is " + source.name +
                                        "'s own name; split off one of its other aliases");
    bool repeated = false;
    for (const auto& m : moved) repeated = repeated || m.first == norm;
    if (!repeated) moved.emplace_back(norm, has_alias.text_at(0));
  }
  std::set<std::string> norms;
  for (const auto& m : moved) norms.insert(m.first);
  const std::string& written = moved.front().second;

  // The new entity: same type, keyed by type and the first alias; an existing one with that key
  // is reused.
  std::string type_lower = source.type;
  for (char& c : type_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  std::string key = type_lower + ":" + moved.front().first;
  sql::Statement find(store_database(store), "SELECT id FROM entities WHERE key = ?");
  find.bind(1, key);
  int64_t to;
  if (find.step()) {
    to = find.int_at(0);
  } else {
    sql::Statement insert(store_database(store),
                          "INSERT INTO entities (key, name, type) VALUES (?, ?, ?)");
    insert.bind(1, key).bind(2, written).bind(3, source.type).run();
    to = store_database(store).last_insert_id();
  }
  CorrectionReport report{source.name, written, 0, 0, 0};

  // Mentions written as one of the aliases (compared on the article's bytes) move to the new
  // entity.
  sql::Statement mentions(
      store_database(store),
      "SELECT m.rowid, CAST(substr(CAST(a.text AS BLOB), m.begin + 1, m.end - m.begin) AS TEXT), "
      "m.article_id, m.sentence FROM mentions m JOIN articles a ON a.id = m.article_id "
      "WHERE m.entity_id = ?");
  mentions.bind(1, from);
  std::vector<std::tuple<int64_t, int64_t, int64_t, bool>> rows;  // rowid, article, sentence, moves
  while (mentions.step())
    rows.emplace_back(mentions.int_at(0), mentions.int_at(2), mentions.int_at(3),
                      norms.count(normalize_name(mentions.text_at(1))) > 0);
  sql::Statement move(store_database(store), "UPDATE mentions SET entity_id = ? WHERE rowid = ?");
  std::map<std::pair<int64_t, int64_t>, int> sentence_state;  // 1 all moved, 2 mixed
  for (auto& [rowid, article, sentence, moves] : rows) {
    auto [it, inserted] = sentence_state.try_emplace({article, sentence}, moves ? 1 : 2);
    if (!inserted && (it->second == 1) != moves) it->second = 2;
    if (moves) {
      move.bind(1, to).bind(2, rowid).run();
      ++report.mentions_moved;
    }
  }
  // Facts and quotes whose sentence mentions the entity only through the alias follow it.
  sql::Statement subject(store_database(store),
                         "UPDATE relations SET subject_id = ?1 WHERE subject_id = ?2 AND "
                         "article_id = ?3 AND sentence = ?4");
  sql::Statement object(store_database(store),
                        "UPDATE relations SET object_id = ?1 WHERE object_id = ?2 AND article_id = "
                        "?3 AND sentence = ?4");
  sql::Statement speaker(store_database(store),
                         "UPDATE quotes SET speaker_id = ?1 WHERE speaker_id = ?2 AND article_id = "
                         "?3 AND sentence = ?4");
  for (const auto& [place, state] : sentence_state) {
    if (state != 1) continue;
    for (sql::Statement* st : {&subject, &object, &speaker}) {
      st->bind(1, to).bind(2, from).bind(3, place.first).bind(4, place.second).run();
      (st == &speaker ? report.quotes_moved : report.relations_moved) +=
          store_database(store).changes();
    }
  }
  sql::Statement alias_move(
      store_database(store),
      "INSERT INTO aliases (entity_id, norm, alias, count) SELECT ?1, norm, alias, count "
      "FROM aliases WHERE entity_id = ?2 AND norm = ?3 "
      "ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + excluded.count");
  sql::Statement alias_drop(store_database(store),
                            "DELETE FROM aliases WHERE entity_id = ? AND norm = ?");
  sql::Statement given(store_database(store),
                       "UPDATE article_aliases SET entity_id = ? WHERE entity_id = ? AND norm = ?");
  sql::Statement search_drop(store_database(store),
                             "DELETE FROM alias_search WHERE entity_id = ? AND alias = ?");
  sql::Statement rule(
      store_database(store),
      "INSERT OR REPLACE INTO alias_splits (from_id, norm, to_id) VALUES (?, ?, ?)");
  for (const auto& [norm, as_written] : moved) {
    alias_move.bind(1, to).bind(2, from).bind(3, norm).run();
    alias_drop.bind(1, from).bind(2, norm).run();
    given.bind(1, to).bind(2, from).bind(3, norm).run();
    search_drop.bind(1, from).bind(2, as_written).run();
    rule.bind(1, from).bind(2, norm).bind(3, to).run();
  }
  transaction.commit();
  return report;
}

ResultTable list_corrections(Store& store) {
  using K = CellKind;
  ResultTable table({"kind", "from", "alias", "into", "into_id"},
                    {K::Text, K::Text, K::Optional, K::Text, K::Text});
  sql::Statement st(store_database(store),
                    "SELECT 'merge', r.from_key, '', e.name, e.key FROM entity_redirects r "
                    "JOIN entities e ON e.id = r.to_id "
                    "UNION ALL SELECT 'split', a.key, s.norm, b.name, b.key FROM alias_splits s "
                    "JOIN entities a ON a.id = s.from_id JOIN entities b ON b.id = s.to_id "
                    "ORDER BY 1, 2, 3");
  while (st.step())
    table.rows.push_back(
        {st.text_at(0), st.text_at(1), st.text_at(2), st.text_at(3), st.text_at(4)});
  return table;
}

}  // namespace kg
