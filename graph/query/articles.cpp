#include "graph/query/articles.h"

#include <tuple>
#include <vector>

#include "extractor/core/error.h"
#include "graph/store/store_sql.h"

namespace kg {
namespace {

// An article's public id: its ext_id, else (standard input without an id) its content hash.
constexpr const char* kPublicId = "coalesce(a.ext_id, a.content_hash)";

int64_t count_of(sql::Database& db, const std::string& sql, int64_t article) {
  sql::Statement st(db, sql.c_str());
  st.bind(1, article);
  st.step();
  return st.int_at(0);
}

int64_t run_changes(sql::Database& db, const char* sql, int64_t id) {
  sql::Statement st(db, sql);
  st.bind(1, id).run();
  return db.changes();
}

}  // namespace

ResultTable list_articles(Store& store, int limit, int64_t* total) {
  sql::Database& db = store_database(store);
  ResultTable table({"id", "title", "date", "source", "facts", "quotes", "mentions", "copy_of"},
                    {CellKind::Text, CellKind::Optional, CellKind::Optional, CellKind::Optional,
                     CellKind::Number, CellKind::Number, CellKind::Number, CellKind::Optional});
  // One grouped pass over each table rather than a look-up per article (facts and quotes have no
  // index by article).
  std::string sql = std::string("SELECT ") + kPublicId +
                    ", coalesce(a.title, ''), coalesce(substr(a.published, 1, 10), ''), "
                    "coalesce(a.source, ''), coalesce(r.n, 0), coalesce(q.n, 0), coalesce(m.n, 0), "
                    "coalesce(c.ext_id, c.content_hash, '') FROM articles a "
                    "LEFT JOIN (SELECT article_id, count(*) AS n FROM relations GROUP BY "
                    "article_id) r ON r.article_id = a.id "
                    "LEFT JOIN (SELECT article_id, count(*) AS n FROM quotes GROUP BY article_id) "
                    "q ON q.article_id = a.id "
                    "LEFT JOIN (SELECT article_id, count(*) AS n FROM mentions GROUP BY "
                    "article_id) m ON m.article_id = a.id "
                    "LEFT JOIN articles c ON c.id = a.copy_of ORDER BY a.id LIMIT ?";
  sql::Statement st(db, sql.c_str());
  st.bind(1, limit > 0 ? limit : -1);
  while (st.step())
    table.rows.push_back({st.text_at(0), st.text_at(1), st.text_at(2), st.text_at(3),
                          std::to_string(st.int_at(4)), std::to_string(st.int_at(5)),
                          std::to_string(st.int_at(6)), st.text_at(7)});
  if (total) {
    sql::Statement n(db, "SELECT count(*) FROM articles");
    n.step();
    *total = n.int_at(0);
  }
  return table;
}

int64_t resolve_article(Store& store, const std::string& id) {
  sql::Database& db = store_database(store);
  // The id first; then the content hash; then the row number.
  for (const char* sql : {"SELECT id FROM articles WHERE ext_id = ?1 ORDER BY id",
                          "SELECT id FROM articles WHERE content_hash = ?1",
                          "SELECT id FROM articles WHERE CAST(id AS TEXT) = ?1"}) {
    sql::Statement st(db, sql);
    st.bind(1, id);
    std::vector<int64_t> ids;
    while (st.step()) ids.push_back(st.int_at(0));
    if (ids.size() > 1)
      throw Error(ErrorKind::Usage, "'" + id + "' names " + std::to_string(ids.size()) +
                                        " articles (stored by an older kg); give its content hash "
                                        "(kg articles show lists it)");
    if (!ids.empty()) return ids.front();
  }
  throw Error(ErrorKind::Usage, "no article with id '" + id + "' (kg articles lists them)");
}

ResultTable show_article(Store& store, const std::string& id) {
  sql::Database& db = store_database(store);
  int64_t article = resolve_article(store, id);
  ResultTable table({"field", "value"}, {false, false});
  sql::Statement st(db, (std::string("SELECT ") + kPublicId +
                         ", a.content_hash, coalesce(a.title, ''), coalesce(a.published, ''), "
                         "coalesce(a.author, ''), coalesce(a.url, ''), coalesce(a.source, ''), "
                         "coalesce(c.ext_id, c.content_hash, ''), length(a.text) "
                         "FROM articles a LEFT JOIN articles c ON c.id = a.copy_of WHERE a.id = ?")
                            .c_str());
  st.bind(1, article);
  st.step();
  const char* fields[] = {"id",     "content_hash", "title",  "published",
                          "author", "url",          "source", "copy_of"};
  for (int i = 0; i < 8; ++i) table.rows.push_back({fields[i], st.text_at(i)});
  table.rows.push_back({"bytes", std::to_string(st.int_at(8))});
  std::string copies;
  sql::Statement copy_ids(db, (std::string("SELECT ") + kPublicId +
                               " FROM articles a WHERE a.copy_of = ? ORDER BY a.id")
                                  .c_str());
  copy_ids.bind(1, article);
  while (copy_ids.step()) copies += (copies.empty() ? "" : ", ") + copy_ids.text_at(0);
  table.rows.push_back({"copies", copies});
  for (auto [name, sql] : {std::pair{"sentences",
                                     "SELECT count(*) FROM sentences WHERE "
                                     "article_id = ?"},
                           {"facts", "SELECT count(*) FROM relations WHERE article_id = ?"},
                           {"quotes", "SELECT count(*) FROM quotes WHERE article_id = ?"},
                           {"mentions", "SELECT count(*) FROM mentions WHERE article_id = ?"},
                           {"entities",
                            "SELECT count(DISTINCT entity_id) FROM mentions WHERE "
                            "article_id = ?"}})
    table.rows.push_back({name, std::to_string(count_of(db, sql, article))});
  return table;
}

RemovalReport remove_article(Store& store, const std::string& id, bool with_copies) {
  sql::Database& db = store_database(store);
  sql::Transaction transaction(db);
  int64_t article = resolve_article(store, id);
  RemovalReport report;
  report.id = id;

  std::vector<int64_t> copies;
  {
    sql::Statement st(db, "SELECT id FROM articles WHERE copy_of = ?");
    st.bind(1, article);
    while (st.step()) copies.push_back(st.int_at(0));
  }
  if (!copies.empty() && !with_copies)
    throw Error(ErrorKind::Usage, "article '" + id + "' has " + std::to_string(copies.size()) +
                                      " cop" + (copies.size() == 1 ? "y" : "ies") +
                                      " (kg articles show " + id +
                                      " lists them); give --with-copies to remove them too");
  for (int64_t copy : copies)
    report.copies += run_changes(db, "DELETE FROM articles WHERE id = ?", copy);

  std::vector<int64_t> touched;  // entities the article refers to
  {
    sql::Statement st(
        db,
        "SELECT entity_id FROM mentions WHERE article_id = ?1 "
        "UNION SELECT subject_id FROM relations WHERE article_id = ?1 "
        "UNION SELECT object_id FROM relations WHERE article_id = ?1 "
        "UNION SELECT attributed_to FROM relations WHERE article_id = ?1 AND attributed_to IS NOT "
        "NULL UNION SELECT speaker_id FROM quotes WHERE article_id = ?1 AND speaker_id IS NOT NULL "
        "UNION SELECT entity_id FROM article_aliases WHERE article_id = ?1");
    st.bind(1, article);
    while (st.step()) touched.push_back(st.int_at(0));
  }
  report.shared_facts = count_of(
      db,
      "SELECT count(*) FROM (SELECT DISTINCT subject_id, relation, object_id FROM relations r "
      "WHERE r.article_id = ?1 AND EXISTS (SELECT 1 FROM relations o WHERE o.subject_id = "
      "r.subject_id AND o.relation = r.relation AND o.object_id = r.object_id AND o.article_id <> "
      "?1))",
      article);

  // The aliases it gave: their counts go down; an alias no article gives any more goes; one
  // still given is written as the earliest remaining article wrote it (as an ingest would).
  std::vector<std::tuple<int64_t, std::string, int64_t>> given;
  {
    sql::Statement st(db,
                      "SELECT entity_id, norm, count(*) FROM article_aliases WHERE article_id = ? "
                      "GROUP BY entity_id, norm");
    st.bind(1, article);
    while (st.step()) given.emplace_back(st.int_at(0), st.text_at(1), st.int_at(2));
  }
  run_changes(db, "DELETE FROM article_aliases WHERE article_id = ?", article);
  sql::Statement current(db, "SELECT alias, count FROM aliases WHERE entity_id = ? AND norm = ?");
  sql::Statement earliest(db,
                          "SELECT alias FROM article_aliases WHERE entity_id = ? AND norm = ? "
                          "ORDER BY rowid LIMIT 1");
  sql::Statement drop_alias(db, "DELETE FROM aliases WHERE entity_id = ? AND norm = ?");
  sql::Statement set_alias(db,
                           "UPDATE aliases SET alias = ?3, count = ?4 WHERE entity_id = ?1 AND "
                           "norm = ?2");
  sql::Statement drop_search(db, "DELETE FROM alias_search WHERE entity_id = ? AND alias = ?");
  sql::Statement add_search(db, "INSERT INTO alias_search (alias, entity_id) VALUES (?, ?)");
  for (const auto& [entity, norm, n] : given) {
    current.bind(1, entity).bind(2, norm);
    if (!current.step()) {
      current.reset();
      continue;
    }
    std::string alias = current.text_at(0);
    int64_t left = current.int_at(1) - n;
    current.reset();
    earliest.bind(1, entity).bind(2, norm);
    std::string written = earliest.step() ? earliest.text_at(0) : alias;
    earliest.reset();
    if (left <= 0) {
      drop_alias.bind(1, entity).bind(2, norm).run();
      drop_search.bind(1, entity).bind(2, alias).run();
      continue;
    }
    set_alias.bind(1, entity).bind(2, norm).bind(3, written).bind(4, left).run();
    if (written != alias) {
      drop_search.bind(1, entity).bind(2, alias).run();
      add_search.bind(1, written).bind(2, entity).run();
    }
  }

  report.facts = run_changes(db, "DELETE FROM relations WHERE article_id = ?", article);
  report.quotes = run_changes(db, "DELETE FROM quotes WHERE article_id = ?", article);
  report.mentions = run_changes(db, "DELETE FROM mentions WHERE article_id = ?", article);
  run_changes(db, "DELETE FROM sentences WHERE article_id = ?", article);
  run_changes(db, "DELETE FROM article_bands WHERE article_id = ?", article);
  run_changes(db, "DELETE FROM articles WHERE id = ?", article);

  // Entities left with nothing go, unless a user's merge or split names them.
  sql::Statement unused(
      db,
      "SELECT NOT EXISTS (SELECT 1 FROM mentions WHERE entity_id = ?1) "
      "AND NOT EXISTS (SELECT 1 FROM relations WHERE subject_id = ?1 OR object_id = ?1 OR "
      "attributed_to = ?1) AND NOT EXISTS (SELECT 1 FROM quotes WHERE speaker_id = ?1) "
      "AND NOT EXISTS (SELECT 1 FROM entity_redirects WHERE to_id = ?1) "
      "AND NOT EXISTS (SELECT 1 FROM alias_splits WHERE from_id = ?1 OR to_id = ?1)");
  for (int64_t entity : touched) {
    unused.bind(1, entity);
    bool gone = unused.step() && unused.int_at(0) != 0;
    unused.reset();
    if (!gone) continue;
    run_changes(db, "DELETE FROM alias_search WHERE entity_id = ?", entity);
    run_changes(db, "DELETE FROM article_aliases WHERE entity_id = ?", entity);
    report.entities += run_changes(db, "DELETE FROM entities WHERE id = ?", entity);
  }
  transaction.commit();
  return report;
}

}  // namespace kg
