#include "graph/query/explore.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <unordered_map>

#include "extractor/core/error.h"
#include "graph/query/queries.h"
#include "graph/store/store_sql.h"

namespace kg {
namespace {

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

// The facts touching `ids`, as (other entity, relation, direction) for the neighbourhood walk.
struct Link {
  int64_t other;
  std::string relation;
  bool outgoing;
  int weight;
};

std::vector<Link> links_of(sql::Statement& st, int64_t id) {
  st.bind(1, id);
  std::vector<Link> links;
  while (st.step())
    links.push_back(
        {st.int_at(0), st.text_at(1), st.int_at(2) != 0, static_cast<int>(st.int_at(3))});
  st.reset();
  return links;
}

constexpr const char* kLinksSql =
    "SELECT object_id, relation, 1, count(*) FROM relations WHERE subject_id = ?1 "
    "AND (?2 = '' OR instr(?2, ',' || relation || ',')) GROUP BY object_id, relation "
    "UNION ALL SELECT subject_id, relation, 0, count(*) FROM relations WHERE object_id = ?1 "
    "AND (?2 = '' OR instr(?2, ',' || relation || ',')) GROUP BY subject_id, relation";

// One side of a bidirectional breadth-first search: entity -> (parent toward the side's start,
// distance from it), and the entities found at the last distance.
struct SearchSide {
  std::unordered_map<int64_t, std::pair<int64_t, int>> seen;
  std::vector<int64_t> frontier;
  int depth = 0;

  explicit SearchSide(const std::vector<int64_t>& starts) {
    for (int64_t id : starts)
      if (seen.emplace(id, std::pair<int64_t, int>{-1, 0}).second) frontier.push_back(id);
  }
  // The entities from `id` back to the side's start.
  std::vector<int64_t> walk(int64_t id) const {
    std::vector<int64_t> out;
    for (; id >= 0; id = seen.at(id).first) out.push_back(id);
    return out;
  }
};

}  // namespace

std::vector<int64_t> shortest_chain(Store& store, const std::vector<int64_t>& sources,
                                    const std::vector<int64_t>& targets, int max_depth) {
  SearchSide forward(sources), backward(targets);
  for (int64_t id : sources)
    if (backward.seen.count(id)) return {id};
  sql::Statement adjacent(store_database(store),
                          "SELECT object_id FROM relations WHERE subject_id = ?1 "
                          "UNION SELECT subject_id FROM relations WHERE object_id = ?1");
  while (forward.depth + backward.depth < max_depth && !forward.frontier.empty() &&
         !backward.frontier.empty()) {
    // Grow the smaller frontier by one level; a hub on one side then costs one level, not two.
    bool grow_forward = forward.frontier.size() <= backward.frontier.size();
    SearchSide& grow = grow_forward ? forward : backward;
    const SearchSide& other = grow_forward ? backward : forward;
    ++grow.depth;
    std::vector<int64_t> next;
    int64_t meet = -1;
    int meet_distance = 0;
    for (int64_t id : grow.frontier) {
      adjacent.bind(1, id);
      while (adjacent.step()) {
        int64_t found = adjacent.int_at(0);
        if (!grow.seen.emplace(found, std::pair<int64_t, int>{id, grow.depth}).second) continue;
        next.push_back(found);
        auto hit = other.seen.find(found);
        // The closest meeting point to the other side gives the shortest chain of this level.
        if (hit != other.seen.end() && (meet < 0 || hit->second.second < meet_distance)) {
          meet = found;
          meet_distance = hit->second.second;
        }
      }
      adjacent.reset();
    }
    if (meet >= 0) {
      std::vector<int64_t> chain = forward.walk(meet);
      std::reverse(chain.begin(), chain.end());
      std::vector<int64_t> rest = backward.walk(meet);
      chain.insert(chain.end(), rest.begin() + 1, rest.end());
      return chain;
    }
    grow.frontier = std::move(next);
  }
  return {};
}

ResultTable neighbors(Store& store, const std::string& name, int depth,
                      const std::string& relation) {
  std::vector<int64_t> start = resolve_entity(store, name);
  using K = CellKind;
  // Ids last, so CSV columns keep their places from before they were added.
  ResultTable table(
      {"distance", "from", "relation", "direction", "neighbor", "type", "mentions", "from_id",
       "neighbor_id"},
      {K::Number, K::Text, K::Text, K::Text, K::Text, K::Text, K::Number, K::Text, K::Text},
      {false, false, false, false, false, false, false, true, true});
  sql::Statement links(store_database(store), kLinksSql);
  links.bind(2, class_set(relation));
  sql::Statement info(store_database(store), "SELECT name, type, key FROM entities WHERE id = ?");
  std::unordered_map<int64_t, int> distance;
  std::deque<int64_t> queue;
  for (int64_t id : start) {
    distance[id] = 0;
    queue.push_back(id);
  }
  struct Names {
    std::string name, type, key;
  };
  std::unordered_map<int64_t, Names> names;
  auto describe = [&](int64_t id) -> const Names& {
    auto it = names.find(id);
    if (it != names.end()) return it->second;
    info.bind(1, id);
    Names value;
    if (info.step()) value = {info.text_at(0), info.text_at(1), info.text_at(2)};
    info.reset();
    return names[id] = value;
  };
  while (!queue.empty()) {
    int64_t id = queue.front();
    queue.pop_front();
    int d = distance[id];
    if (d >= depth) continue;
    links.bind(2, class_set(relation));
    std::vector<Link> found = links_of(links, id);
    std::sort(found.begin(), found.end(),
              [](const Link& a, const Link& b) { return a.weight > b.weight; });
    for (const Link& link : found) {
      bool first_visit = distance.emplace(link.other, d + 1).second;
      if (!first_visit && distance[link.other] <= d) continue;  // an edge back toward the start
      const Names& from = describe(id);
      const Names& other = describe(link.other);
      table.rows.push_back({std::to_string(d + 1), from.name, link.relation,
                            link.outgoing ? "->" : "<-", other.name, other.type,
                            std::to_string(link.weight), from.key, other.key});
      if (first_visit) queue.push_back(link.other);
    }
  }
  return table;
}

ResultTable shortest_path(Store& store, const std::string& from, const std::string& to,
                          int max_depth) {
  std::vector<int64_t> chain =
      shortest_chain(store, resolve_entity(store, from), resolve_entity(store, to), max_depth);
  using K = CellKind;
  ResultTable table(
      {"hop", "subject", "relation", "object", "mentions", "evidence", "subject_id", "object_id"},
      {K::Number, K::Text, K::Text, K::Text, K::Number, K::Optional, K::Text, K::Text},
      {false, false, false, false, false, false, true, true});
  sql::Statement fact(
      store_database(store),
      "SELECT s.name, r.relation, o.name, count(*), s.key, o.key, "
      " (SELECT text FROM sentences t WHERE t.article_id = r.article_id AND t.idx = r.sentence) "
      "FROM relations r JOIN entities s ON s.id = r.subject_id "
      "JOIN entities o ON o.id = r.object_id "
      "WHERE (r.subject_id = ?1 AND r.object_id = ?2) OR (r.subject_id = ?2 AND r.object_id = ?1) "
      "GROUP BY r.subject_id, r.relation, r.object_id ORDER BY count(*) DESC LIMIT 1");
  for (size_t i = 0; i + 1 < chain.size(); ++i) {
    fact.bind(1, chain[i]).bind(2, chain[i + 1]);
    if (fact.step())
      table.rows.push_back({std::to_string(i + 1), fact.text_at(0), fact.text_at(1),
                            fact.text_at(2), std::to_string(fact.int_at(3)), fact.text_at(6),
                            fact.text_at(4), fact.text_at(5)});
    fact.reset();
  }
  return table;
}

ResultTable timeline(Store& store, const std::string& name) {
  std::string ids = id_list(resolve_entity(store, name));
  using K = CellKind;
  ResultTable table(
      {"date", "subject", "relation", "object", "article", "evidence", "subject_id", "object_id"},
      {K::Optional, K::Text, K::Text, K::Text, K::Text, K::Optional, K::Text, K::Text},
      {false, false, false, false, false, false, true, true});
  std::string sql =
      "SELECT r.day, s.name, r.relation, o.name, "
      "coalesce(a.title, a.ext_id, a.source, ''), t.text, s.key, o.key "
      "FROM relations r JOIN articles a ON a.id = r.article_id "
      "JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id "
      "LEFT JOIN sentences t ON t.article_id = r.article_id AND t.idx = r.sentence "
      "WHERE r.subject_id IN (" +
      ids + ") OR r.object_id IN (" + ids +
      ") "
      "ORDER BY 1, r.id";
  sql::Statement st(store_database(store), sql.c_str());
  while (st.step()) {
    table.rows.emplace_back();
    for (int c = 0; c < 8; ++c) table.rows.back().push_back(st.text_at(c));
  }
  return table;
}

ResultTable explain(Store& store, const std::string& subject, const std::string& relation,
                    const std::string& object) {
  std::string subjects = id_list(resolve_entity(store, subject));
  std::string objects = id_list(resolve_entity(store, object));
  using K = CellKind;
  // The subject, relation and object are the command's own arguments: for scripts only.
  ResultTable table(
      {"date", "article", "predicate", "claimed_by", "hedged", "negated", "evidence", "subject",
       "subject_id", "relation", "object", "object_id", "claimed_by_id"},
      {K::Optional, K::Text, K::Text, K::Optional, K::Flag, K::Flag, K::Optional, K::Text, K::Text,
       K::Text, K::Text, K::Text, K::Optional},
      {false, false, false, false, false, false, false, true, true, true, true, true, true});
  std::string sql =
      "SELECT r.day, coalesce(a.title, a.ext_id, a.source, ''), r.predicate, "
      "coalesce(c.name, ''), r.hedged, r.negated, t.text, s.name, s.key, r.relation, o.name, "
      "o.key, coalesce(c.key, '') FROM relations r JOIN articles a ON a.id = r.article_id "
      "JOIN entities s ON s.id = r.subject_id JOIN entities o ON o.id = r.object_id "
      "LEFT JOIN entities c ON c.id = r.attributed_to "
      "LEFT JOIN sentences t ON t.article_id = r.article_id AND t.idx = r.sentence "
      "WHERE r.subject_id IN (" +
      subjects + ") AND r.object_id IN (" + objects +
      ") "
      "AND r.relation = ?1 ORDER BY 1, r.id";
  sql::Statement st(store_database(store), sql.c_str());
  st.bind(1, upper(relation));
  while (st.step()) {
    table.rows.emplace_back();
    for (int c = 0; c < 13; ++c)
      table.rows.back().push_back(c == 4 || c == 5 ? std::to_string(st.int_at(c) != 0)
                                                   : st.text_at(c));
  }
  return table;
}

namespace {

// Words for an FTS5 MATCH: each word quoted, so user text is never read as query syntax, and with
// `prefixes` each a word prefix ("North Kor" finds North Korea). FTS5's tokenizer ignores case and
// accents ("Francois" finds François).
std::string fts_query(const std::string& text, bool prefixes) {
  std::string query, word;
  auto flush = [&] {
    if (word.empty()) return;
    if (!query.empty()) query += ' ';
    query += '"' + word + (prefixes ? "\"*" : "\"");
    word.clear();
  };
  for (char c : text) {
    if (std::isspace(static_cast<unsigned char>(c)) || c == '"') {
      flush();
    } else {
      word += c;
    }
  }
  flush();
  return query;
}

}  // namespace

ResultTable quotes(Store& store, const std::string& speaker, const std::string& search) {
  using K = CellKind;
  ResultTable table({"speaker", "quote", "cue", "date", "article", "speaker_id"},
                    {K::Optional, K::Text, K::Optional, K::Optional, K::Text, K::Optional},
                    {false, false, false, false, false, true});
  std::string where = "1";
  if (!speaker.empty())
    where += " AND q.speaker_id IN (" + id_list(resolve_entity(store, speaker)) + ")";
  if (!search.empty())
    where += " AND q.id IN (SELECT rowid FROM quote_search WHERE quote_search MATCH ?1)";
  std::string sql =
      "SELECT coalesce(e.name, ''), q.text, coalesce(q.cue, ''), substr(coalesce(a.published, ''), "
      "1, 10), "
      "coalesce(a.title, a.ext_id, a.source, ''), coalesce(e.key, '') FROM quotes q "
      "JOIN articles a ON a.id = "
      "q.article_id "
      "LEFT JOIN entities e ON e.id = q.speaker_id WHERE " +
      where + " ORDER BY a.published, q.id";
  sql::Statement st(store_database(store), sql.c_str());
  if (!search.empty()) st.bind(1, fts_query(search, false));
  while (st.step()) {
    table.rows.emplace_back();
    for (int c = 0; c < 6; ++c) table.rows.back().push_back(st.text_at(c));
  }
  return table;
}

ResultTable entities(Store& store, const std::string& type, const std::string& search, int limit) {
  using K = CellKind;
  ResultTable table({"name", "type", "id", "mentions", "aliases"},
                    {K::Text, K::Text, K::Text, K::Number, K::List});
  std::string sql =
      "SELECT e.name, e.type, e.key, (SELECT count(*) FROM mentions m WHERE m.entity_id = e.id) AS "
      "n, "
      "(SELECT group_concat(alias, char(31)) FROM (SELECT alias FROM aliases WHERE entity_id = "
      "e.id "
      " ORDER BY count DESC, alias)) FROM entities e WHERE (?1 = '' OR instr(lower(?1), ',' || "
      "lower(e.type) || ',')) ";
  if (!search.empty())
    sql += "AND e.id IN (SELECT entity_id FROM alias_search WHERE alias_search MATCH ?2) ";
  std::string count_sql = "SELECT count(*) " + sql.substr(sql.find("FROM entities e"));
  sql += "ORDER BY n DESC, e.name LIMIT ?3";
  for (bool counting : {false, true}) {
    sql::Statement st(store_database(store), (counting ? count_sql : sql).c_str());
    st.bind(1, type.empty() ? type : "," + type + ",");
    if (!search.empty()) st.bind(2, fts_query(search, true));
    if (counting) {
      st.step();
      table.total = st.int_at(0);  // to say "showing 50 of 215"
      break;
    }
    st.bind(3, limit > 0 ? limit : -1);
    while (st.step())
      table.rows.push_back({st.text_at(0), st.text_at(1), st.text_at(2),
                            std::to_string(st.int_at(3)), st.text_at(4)});
    if (limit <= 0 || table.rows.size() < static_cast<size_t>(limit)) break;
  }
  return table;
}

ResultTable statistics(Store& store) {
  ResultTable table({"what", "name", "count"},
                    {CellKind::Text, CellKind::Optional, CellKind::Number});
  sql::Statement totals(
      store_database(store),
      "SELECT 'articles', '', count(*) FROM articles "
      "UNION ALL SELECT 'entities', '', count(*) FROM entities "
      "UNION ALL SELECT 'relations', '', count(*) FROM (SELECT DISTINCT subject_id, relation, "
      "object_id FROM relations) "
      "UNION ALL SELECT 'relation mentions', '', count(*) FROM relations "
      "UNION ALL SELECT 'quotes', '', count(*) FROM quotes "
      "UNION ALL SELECT 'published', coalesce(min(substr(published, 1, 10)), '') || ' to ' || "
      " coalesce(max(substr(published, 1, 10)), ''), count(published) FROM articles "
      "UNION ALL SELECT * FROM (SELECT 'entity type', type, count(*) FROM entities GROUP BY type "
      "ORDER BY 3 DESC, 2) "
      "UNION ALL SELECT * FROM (SELECT 'relation', relation, count(*) FROM (SELECT DISTINCT "
      "subject_id, relation, object_id FROM relations) GROUP BY relation ORDER BY 3 DESC, 2)");
  while (totals.step())
    table.rows.push_back({totals.text_at(0), totals.text_at(1), std::to_string(totals.int_at(2))});
  return table;
}

}  // namespace kg
