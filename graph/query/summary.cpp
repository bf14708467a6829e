#include "graph/query/summary.h"

#include "graph/store/store_sql.h"

namespace kg {

std::vector<TopFact> top_facts(Store& store, int limit, const std::vector<std::string>& excluded) {
  std::string placeholders;
  for (size_t i = 0; i < excluded.size(); ++i)
    placeholders += (i ? ", ?" : "?") + std::to_string(i + 2);
  std::string sql =
      "SELECT s.name, g.relation, o.name, g.articles, g.mentions FROM (SELECT r.subject_id, "
      "r.relation, r.object_id, count(DISTINCT r.article_id) AS articles, count(*) AS mentions, "
      "min(r.id) AS first_id FROM relations r" +
      (excluded.empty() ? std::string() : " WHERE r.relation NOT IN (" + placeholders + ")") +
      " GROUP BY r.subject_id, r.relation, r.object_id ORDER BY articles DESC, mentions DESC, "
      "first_id LIMIT ?1) g JOIN entities s ON s.id = g.subject_id "
      "JOIN entities o ON o.id = g.object_id ORDER BY g.articles DESC, g.mentions DESC, g.first_id";
  sql::Statement st(store_database(store), sql.c_str());
  st.bind(1, limit);
  for (size_t i = 0; i < excluded.size(); ++i) st.bind(static_cast<int>(i + 2), excluded[i]);
  std::vector<TopFact> rows;
  while (st.step())
    rows.push_back({st.text_at(0), st.text_at(1), st.text_at(2), static_cast<int>(st.int_at(3)),
                    static_cast<int>(st.int_at(4))});
  return rows;
}

}  // namespace kg
