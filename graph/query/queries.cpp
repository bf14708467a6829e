#include "graph/query/queries.h"

#include <algorithm>
#include <cctype>

#include "extractor/core/error.h"
#include "graph/store/names.h"
#include "graph/store/store_sql.h"

namespace kg {

namespace {

std::vector<int64_t> ids_of(sql::Statement& st) {
  std::vector<int64_t> ids;
  while (st.step())
    if (std::find(ids.begin(), ids.end(), st.int_at(0)) == ids.end()) ids.push_back(st.int_at(0));
  return ids;
}

// An entity id typed as such ("country:USA", "person:ana pell"), or a key a merge redirected,
// exactly or ignoring case.
std::vector<int64_t> by_key(sql::Database& db, const std::string& name) {
  if (name.find(':') == std::string::npos) return {};
  sql::Statement st(db,
                    "SELECT id FROM entities WHERE key = ?1 "
                    "UNION SELECT to_id FROM entity_redirects WHERE from_key = ?1");
  st.bind(1, name);
  std::vector<int64_t> ids = ids_of(st);
  if (!ids.empty()) return ids;
  sql::Statement nocase(
      db,
      "SELECT id FROM entities WHERE lower(key) = lower(?1) "
      "UNION SELECT to_id FROM entity_redirects WHERE lower(from_key) = lower(?1)");
  nocase.bind(1, name);
  return ids_of(nocase);
}

// Entities with an alias equal to `name` once both are normalised and stripped of accents.
std::vector<int64_t> by_alias(sql::Database& db, const std::string& name) {
  std::string norm = normalize_name(name), folded = fold_accents(name);
  sql::Statement st(db, "SELECT entity_id FROM aliases WHERE norm = ?1 OR norm = ?2");
  st.bind(1, norm).bind(2, folded);
  std::vector<int64_t> ids = ids_of(st);
  // Stored forms with accents (non-ASCII) are folded here, as the store keeps them as written.
  sql::Statement accented(db, "SELECT entity_id, norm FROM aliases WHERE norm GLOB '*[^ -~]*'");
  while (accented.step())
    if (fold_accents(accented.text_at(1)) == folded &&
        std::find(ids.begin(), ids.end(), accented.int_at(0)) == ids.end())
      ids.push_back(accented.int_at(0));
  return ids;
}

// A country's ISO 3166 alpha-3 code ("USA", "fra"): in capitals always, in other cases only when
// no alias is written so (a person called "Ben" is not Benin).
std::vector<int64_t> by_iso_code(sql::Database& db, const std::string& name, bool other_match) {
  if (name.size() != 3 || !std::all_of(name.begin(), name.end(), [](char c) {
        return std::isalpha(static_cast<unsigned char>(c));
      }))
    return {};
  bool capitals = std::all_of(name.begin(), name.end(),
                              [](char c) { return std::isupper(static_cast<unsigned char>(c)); });
  if (!capitals && other_match) return {};
  std::string key = "country:";
  for (char c : name) key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  sql::Statement st(db, "SELECT id FROM entities WHERE key = ?1");
  st.bind(1, key);
  return ids_of(st);
}

[[noreturn]] void no_match(sql::Database& db, const std::string& name) {
  // Suggest names that contain the query, or share its first word.
  std::string norm = normalize_name(name);
  std::string first_word = norm.substr(0, norm.find(' '));
  sql::Statement st(db,
                    "SELECT e.name FROM aliases a JOIN entities e ON e.id = a.entity_id "
                    "WHERE a.norm LIKE '%' || ?1 || '%' OR a.norm LIKE ?2 || '%' "
                    "GROUP BY e.id ORDER BY sum(a.count) DESC LIMIT 3");
  st.bind(1, norm).bind(2, first_word);
  std::string suggestions;
  while (st.step()) {
    if (!suggestions.empty()) suggestions += ", ";
    suggestions += st.text_at(0);
  }
  throw Error(ErrorKind::Usage,
              "no entity named '" + name + "'" +
                  (suggestions.empty() ? "" : "; did you mean: " + suggestions + "?"));
}

// Several entities answer to the name: list them (most mentioned first) with the ids that name
// each one alone, rather than answering for all of them or for a guess.
[[noreturn]] void ambiguous(sql::Database& db, const std::string& name,
                            const std::vector<int64_t>& ids) {
  constexpr int kShown = 10;
  sql::Statement st(db, ("SELECT e.key, e.type, e.name, (SELECT count(*) FROM mentions m WHERE "
                         "m.entity_id = e.id) AS n FROM entities e WHERE e.id IN (" +
                         id_list(ids) + ") ORDER BY n DESC, e.key LIMIT " + std::to_string(kShown))
                            .c_str());
  std::string message = "'" + name + "' names " + std::to_string(ids.size()) +
                        " entities; give one of these ids instead:";
  while (st.step())
    message += "\n  " + st.text_at(0) + "  (" + st.text_at(1) + " " + st.text_at(2) +
               ", mentions: " + std::to_string(st.int_at(3)) + ")";
  if (ids.size() > kShown)
    message += "\n  ... and " + std::to_string(ids.size() - kShown) + " more";
  throw Error(ErrorKind::Usage, message);
}

}  // namespace

std::vector<int64_t> resolve_entity(Store& store, const std::string& name) {
  sql::Database& db = store_database(store);
  std::vector<int64_t> ids = by_key(db, name);
  if (ids.size() == 1) return ids;
  ids = by_alias(db, name);
  for (int64_t id : by_iso_code(db, name, !ids.empty()))
    if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
  if (ids.empty()) no_match(db, name);
  if (ids.size() > 1) ambiguous(db, name, ids);
  return ids;
}

std::string id_list(const std::vector<int64_t>& ids) {
  std::string out;
  for (int64_t id : ids) {
    if (!out.empty()) out += ',';
    out += std::to_string(id);
  }
  return out;
}

std::string class_set(const std::string& classes) {
  if (classes.empty()) return "";
  std::string out = "," + classes + ",";
  for (char& c : out)
    c = c == ' ' ? ',' : static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

namespace {

// The WHERE clause on relations r for a query: ?1 the class set, ?2 and ?3 the day bounds.
std::string relations_where(Store& store, const RelationQuery& query) {
  std::string where = "1";
  // Ids are integers from the store, safe to inline; text goes through bound parameters.
  if (!query.subject.empty())
    where += " AND r.subject_id IN (" + id_list(resolve_entity(store, query.subject)) + ")";
  if (!query.object.empty())
    where += " AND r.object_id IN (" + id_list(resolve_entity(store, query.object)) + ")";
  return where +
         " AND (?1 = '' OR instr(?1, ',' || r.relation || ',')) AND (?2 = '' OR r.day >= ?2) "
         "AND (?3 = '' OR r.day <= ?3)";
}

}  // namespace

int64_t count_relations(Store& store, const RelationQuery& query) {
  std::string sql = "SELECT count(*) FROM (SELECT 1 FROM relations r WHERE " +
                    relations_where(store, query) +
                    " GROUP BY r.subject_id, r.relation, r.object_id HAVING count(DISTINCT "
                    "r.article_id) >= ?4)";
  sql::Statement st(store_database(store), sql.c_str());
  st.bind(1, class_set(query.relation))
      .bind(2, query.since)
      .bind(3, query.until)
      .bind(4, query.min_weight);
  st.step();
  return st.int_at(0);
}

std::vector<FactRow> query_relations(Store& store, const RelationQuery& query) {
  std::string where = relations_where(store, query);
  std::string relation = class_set(query.relation);
  // Two aggregations straight off the fact indexes (an entity's facts come in index order, so
  // they stream): the groups with their counts and dates, and the predicates of each group, of
  // which the most frequent wins (ties to the earliest); then names and the group's first sentence.
  std::string sql =
      "WITH groups AS (SELECT r.subject_id, r.relation, r.object_id, count(*) AS weight, "
      "  count(DISTINCT r.article_id) AS articles, "
      "  min(nullif(r.day, '')) AS first_day, max(nullif(r.day, '')) AS last_day, min(r.id) AS "
      "first_id "
      "  FROM relations r WHERE " +
      where +
      " GROUP BY r.subject_id, r.relation, r.object_id "
      "  HAVING articles >= ?4 ORDER BY articles DESC, weight DESC, first_id LIMIT ?5), "
      "predicates AS (SELECT r.subject_id, r.relation, r.object_id, r.predicate, row_number() OVER "
      "("
      "  PARTITION BY r.subject_id, r.relation, r.object_id ORDER BY count(*) DESC, min(r.id)) AS "
      "rank "
      "  FROM relations r WHERE " +
      where +
      " GROUP BY r.subject_id, r.relation, r.object_id, r.predicate) "
      "SELECT s.name, s.key, g.relation, p.predicate, o.name, o.key, g.weight, g.first_day, "
      "  g.last_day, t.text, g.articles "
      "FROM groups g JOIN entities s ON s.id = g.subject_id JOIN entities o ON o.id = g.object_id "
      "JOIN predicates p ON p.subject_id = g.subject_id AND p.relation = g.relation "
      "  AND p.object_id = g.object_id AND p.rank = 1 "
      "JOIN relations f ON f.id = g.first_id "
      "LEFT JOIN sentences t ON t.article_id = f.article_id AND t.idx = f.sentence "
      "ORDER BY g.articles DESC, g.weight DESC, g.first_id";
  sql::Statement st(store_database(store), sql.c_str());
  st.bind(1, relation)
      .bind(2, query.since)
      .bind(3, query.until)
      .bind(4, query.min_weight)
      .bind(5, query.limit > 0 ? query.limit : -1);
  std::vector<FactRow> rows;
  while (st.step()) {
    FactRow row;
    row.subject = st.text_at(0);
    row.subject_key = st.text_at(1);
    row.relation = st.text_at(2);
    row.predicate = st.text_at(3);
    row.object = st.text_at(4);
    row.object_key = st.text_at(5);
    row.weight = static_cast<int>(st.int_at(6));
    row.first_date = st.text_at(7);
    row.last_date = st.text_at(8);
    row.evidence = st.text_at(9);
    row.articles = static_cast<int>(st.int_at(10));
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace kg
