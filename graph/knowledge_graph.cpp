#include "graph/knowledge_graph.h"

#include <algorithm>
#include <cctype>
#include <deque>
#include <unordered_set>

#include "extractor/core/error.h"
#include "graph/query/queries.h"
#include "graph/store/store.h"
#include "graph/store/store_sql.h"

namespace kg {

Vertex KnowledgeGraph::add_entity(const EntityNode& node) {
  auto [it, inserted] = by_id_.try_emplace(node.id);
  if (inserted) it->second = boost::add_vertex(node, graph_);
  return it->second;
}

Edge KnowledgeGraph::add_fact(Vertex subject, Vertex object, const std::string& relation,
                              const std::string& predicate, int64_t evidence_id, int64_t article_id,
                              const std::string& date, double confidence) {
  std::string key = std::to_string(subject) + '\x1f' + relation + '\x1f' + std::to_string(object);
  auto [it, inserted] = by_fact_.try_emplace(key);
  if (inserted) {
    FactEdge fact;
    fact.relation = relation;
    it->second = boost::add_edge(subject, object, fact, graph_).first;
  }
  FactEdge& fact = graph_[it->second];
  // An article that states the fact twice supports it once (a near-copy stores no facts at all).
  if (fact_articles_[key].insert(article_id).second) fact.weight += 1;
  fact.evidence.push_back(evidence_id);
  fact.confidence = std::max(fact.confidence, confidence);
  if (!date.empty()) {
    if (fact.first_date.empty() || date < fact.first_date) fact.first_date = date;
    if (fact.last_date.empty() || date > fact.last_date) fact.last_date = date;
  }
  // The edge shows the predicate most often used for it (first seen wins a tie).
  auto& counts = predicate_counts_[key];
  int n = ++counts[predicate];
  if (fact.predicate.empty() || (predicate != fact.predicate && n > counts[fact.predicate]))
    fact.predicate = predicate;
  return it->second;
}

void KnowledgeGraph::prune(int min_weight, bool keep_isolated) {
  if (min_weight > 1)
    boost::remove_edge_if([&](const Edge& e) { return graph_[e].weight < min_weight; }, graph_);
  by_fact_.clear();
  predicate_counts_.clear();
  if (keep_isolated) return;
  // vecS vertices renumber on removal: rebuild rather than remove one by one.
  Graph kept;
  std::vector<Vertex> map(boost::num_vertices(graph_), boost::graph_traits<Graph>::null_vertex());
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_)))
    if (boost::degree(v, graph_) > 0) map[v] = boost::add_vertex(graph_[v], kept);
  for (Edge e : boost::make_iterator_range(boost::edges(graph_)))
    boost::add_edge(map[boost::source(e, graph_)], map[boost::target(e, graph_)], graph_[e], kept);
  graph_ = std::move(kept);
  by_id_.clear();
  for (Vertex v : boost::make_iterator_range(boost::vertices(graph_))) by_id_[graph_[v].id] = v;
}

namespace {

std::string lower(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return text;
}

std::string upper(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  return text;
}

// A copy of `kg` with only the vertices marked in `keep` and the edges between them.
KnowledgeGraph induced_subgraph(const KnowledgeGraph& kg, const std::vector<bool>& keep) {
  KnowledgeGraph out;
  const Graph& g = kg.graph();
  std::vector<Vertex> map(boost::num_vertices(g), boost::graph_traits<Graph>::null_vertex());
  for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
    if (keep[v]) map[v] = out.add_entity(g[v]);
  for (Edge e : boost::make_iterator_range(boost::edges(g))) {
    Vertex s = boost::source(e, g), t = boost::target(e, g);
    if (keep[s] && keep[t]) boost::add_edge(map[s], map[t], g[e], out.graph());
  }
  return out;
}

// An article named by its ext_id (preferred) or its numeric id.
int64_t resolve_article(Store& store, const std::string& article) {
  sql::Statement st(store_database(store),
                    "SELECT id FROM articles WHERE ext_id = ?1 OR CAST(id AS TEXT) = ?1 "
                    "ORDER BY (ext_id IS ?1) DESC, id LIMIT 1");
  st.bind(1, article);
  if (!st.step())
    throw Error(ErrorKind::Usage, "no article '" + article + "' (give its ext_id or numeric id)");
  return st.int_at(0);
}

// Vertices within `depth` hops of any of `roots`, following edges in both directions.
std::vector<bool> neighbourhood(const Graph& g, const std::vector<Vertex>& roots, int depth) {
  std::vector<int> distance(boost::num_vertices(g), -1);
  std::deque<Vertex> queue;
  for (Vertex root : roots) {
    distance[root] = 0;
    queue.push_back(root);
  }
  while (!queue.empty()) {
    Vertex v = queue.front();
    queue.pop_front();
    if (distance[v] >= depth) continue;
    auto visit = [&](Vertex next) {
      if (distance[next] >= 0) return;
      distance[next] = distance[v] + 1;
      queue.push_back(next);
    };
    for (Edge e : boost::make_iterator_range(boost::out_edges(v, g))) visit(boost::target(e, g));
    for (Edge e : boost::make_iterator_range(boost::in_edges(v, g))) visit(boost::source(e, g));
  }
  std::vector<bool> keep(distance.size());
  for (size_t i = 0; i < distance.size(); ++i) keep[i] = distance[i] >= 0;
  return keep;
}

}  // namespace

KnowledgeGraph load_graph(Store& store, const GraphFilter& filter) {
  KnowledgeGraph kg;
  sql::Database& db = store_database(store);

  // Resolve names first, so a typo fails before any work.
  std::vector<int64_t> ego_ids;
  if (!filter.ego.empty()) ego_ids = resolve_entity(store, filter.ego);
  int64_t article_id = filter.article.empty() ? 0 : resolve_article(store, filter.article);
  std::unordered_set<int64_t> in_article;
  if (article_id != 0) {
    sql::Statement st(db,
                      "SELECT entity_id FROM mentions WHERE article_id = ?1 UNION "
                      "SELECT subject_id FROM relations WHERE article_id = ?1 UNION "
                      "SELECT object_id FROM relations WHERE article_id = ?1");
    st.bind(1, article_id);
    while (st.step()) in_article.insert(st.int_at(0));
  }
  std::unordered_set<std::string> types;
  for (const std::string& type : filter.types) types.insert(lower(type));

  // Entities with their mention counts and the dates of the articles that mention them.
  sql::Statement entities(db,
                          "SELECT e.id, e.key, e.name, e.type, "
                          "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id), "
                          "(SELECT min(a.published) FROM mentions m JOIN articles a "
                          " ON a.id = m.article_id WHERE m.entity_id = e.id), "
                          "(SELECT max(a.published) FROM mentions m JOIN articles a "
                          " ON a.id = m.article_id WHERE m.entity_id = e.id) "
                          "FROM entities e ORDER BY e.id");
  sql::Statement aliases(
      db, "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias");
  std::unordered_set<int64_t> loaded;
  while (entities.step()) {
    EntityNode node;
    node.id = entities.int_at(0);
    node.type = entities.text_at(3);
    if (!types.empty() && !types.count(lower(node.type))) continue;
    if (article_id != 0 && !in_article.count(node.id)) continue;
    node.key = entities.text_at(1);
    node.name = entities.text_at(2);
    node.mentions = static_cast<int>(entities.int_at(4));
    node.first_seen = entities.text_at(5).substr(0, 10);
    node.last_seen = entities.text_at(6).substr(0, 10);
    aliases.bind(1, node.id);
    while (aliases.step()) node.aliases.push_back(aliases.text_at(0));
    aliases.reset();
    kg.add_entity(node);
    loaded.insert(node.id);
  }

  // A fact's date is its clause's date, else its article's publication date.
  sql::Statement facts(db,
                       "SELECT r.id, r.subject_id, r.object_id, r.relation, r.predicate, "
                       "r.day, r.confidence, r.article_id FROM relations r "
                       "WHERE (?1 = '' OR r.relation = ?1) "
                       "AND (?2 = '' OR r.day >= ?2) AND (?3 = '' OR r.day <= ?3) "
                       "AND (?4 = 0 OR r.article_id = ?4) "
                       "ORDER BY r.id");
  facts.bind(1, upper(filter.relation))
      .bind(2, filter.since)
      .bind(3, filter.until)
      .bind(4, article_id);
  while (facts.step()) {
    EntityNode subject, object;
    subject.id = facts.int_at(1);
    object.id = facts.int_at(2);
    // Facts whose ends were filtered out go with them.
    if (!loaded.count(subject.id) || !loaded.count(object.id)) continue;
    kg.add_fact(kg.add_entity(subject), kg.add_entity(object), facts.text_at(3), facts.text_at(4),
                facts.int_at(0), facts.int_at(7), facts.text_at(5), facts.double_at(6));
  }
  kg.prune(filter.min_weight, filter.keep_isolated);

  if (!filter.ego.empty()) {
    const Graph& g = kg.graph();
    std::vector<Vertex> roots;
    for (Vertex v : boost::make_iterator_range(boost::vertices(g)))
      if (std::find(ego_ids.begin(), ego_ids.end(), g[v].id) != ego_ids.end()) roots.push_back(v);
    kg = induced_subgraph(kg, neighbourhood(g, roots, std::max(filter.depth, 0)));
  }
  if (filter.top > 0 && kg.vertex_count() > static_cast<size_t>(filter.top)) {
    const Graph& g = kg.graph();
    std::vector<Vertex> order(boost::vertices(g).first, boost::vertices(g).second);
    std::stable_sort(order.begin(), order.end(), [&g](Vertex a, Vertex b) {
      size_t da = boost::degree(a, g), db = boost::degree(b, g);
      return da != db ? da > db : g[a].mentions > g[b].mentions;
    });
    std::vector<bool> keep(order.size());
    for (size_t i = 0; i < static_cast<size_t>(filter.top); ++i) keep[order[i]] = true;
    kg = induced_subgraph(kg, keep);
  }
  return kg;
}

}  // namespace kg
