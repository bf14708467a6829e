#include "graph/knowledge_graph.h"

#include <algorithm>

#include "graph/store.h"

namespace kg {

Vertex KnowledgeGraph::add_entity(const EntityNode& node) {
  auto [it, inserted] = by_id_.try_emplace(node.id);
  if (inserted) it->second = boost::add_vertex(node, graph_);
  return it->second;
}

Edge KnowledgeGraph::add_fact(Vertex subject, Vertex object, const std::string& relation,
                              const std::string& predicate, int64_t evidence_id,
                              const std::string& date, double confidence) {
  std::string key = std::to_string(subject) + '\x1f' + relation + '\x1f' + std::to_string(object);
  auto [it, inserted] = by_fact_.try_emplace(key);
  if (inserted) {
    FactEdge fact;
    fact.relation = relation;
    it->second = boost::add_edge(subject, object, fact, graph_).first;
  }
  FactEdge& fact = graph_[it->second];
  fact.weight += 1;
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

KnowledgeGraph load_graph(Store& store, const GraphFilter& filter) {
  KnowledgeGraph kg;
  sql::Database& db = store.db();

  // Entities with their mention counts and the dates of the articles that mention them.
  sql::Statement entities(db,
                          "SELECT e.id, e.key, e.name, e.type, "
                          "(SELECT count(*) FROM mentions m WHERE m.entity_id = e.id), "
                          "(SELECT min(a.published) FROM mentions m JOIN articles a "
                          " ON a.id = m.article_id WHERE m.entity_id = e.id), "
                          "(SELECT max(a.published) FROM mentions m JOIN articles a "
                          " ON a.id = m.article_id WHERE m.entity_id = e.id) "
                          "FROM entities e ORDER BY e.id");
  sql::Statement aliases(db, "SELECT alias FROM aliases WHERE entity_id = ? ORDER BY count DESC, alias");
  while (entities.step()) {
    EntityNode node;
    node.id = entities.int_at(0);
    node.key = entities.text_at(1);
    node.name = entities.text_at(2);
    node.type = entities.text_at(3);
    node.mentions = static_cast<int>(entities.int_at(4));
    node.first_seen = entities.text_at(5).substr(0, 10);
    node.last_seen = entities.text_at(6).substr(0, 10);
    aliases.bind(1, node.id);
    while (aliases.step()) node.aliases.push_back(aliases.text_at(0));
    aliases.reset();
    kg.add_entity(node);
  }

  // A fact's date is its clause's date, else its article's publication date.
  sql::Statement facts(db,
                       "SELECT r.id, r.subject_id, r.object_id, r.relation, r.predicate, "
                       "coalesce(r.date, substr(a.published, 1, 10), ''), r.confidence "
                       "FROM relations r JOIN articles a ON a.id = r.article_id "
                       "WHERE (?1 = '' OR r.relation = ?1) "
                       "AND (?2 = '' OR coalesce(r.date, substr(a.published, 1, 10), '') >= ?2) "
                       "AND (?3 = '' OR coalesce(r.date, substr(a.published, 1, 10), '') <= ?3) "
                       "ORDER BY r.id");
  facts.bind(1, filter.relation).bind(2, filter.since).bind(3, filter.until);
  while (facts.step()) {
    EntityNode subject, object;
    subject.id = facts.int_at(1);
    object.id = facts.int_at(2);
    kg.add_fact(kg.add_entity(subject), kg.add_entity(object), facts.text_at(3), facts.text_at(4),
                facts.int_at(0), facts.text_at(5), facts.double_at(6));
  }
  kg.prune(filter.min_weight, filter.keep_isolated);
  return kg;
}

}  // namespace kg
