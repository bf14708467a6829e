// The merged knowledge graph: one vertex per real-world entity, one edge per distinct
// (subject, relation class, object) fact, as a Boost.Graph bidirectional adjacency_list with
// bundled properties. Built from a Store (load_graph) for exports and queries.
//
// A KnowledgeGraph owns its data; it is not thread-safe for writing, and safe to read from many
// threads once built.
#pragma once

#include <boost/graph/adjacency_list.hpp>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace kg {

class Store;

struct EntityNode {
  int64_t id = 0;   // entities.id in the store
  std::string key;  // canonical id: country:PRK
  std::string name;
  std::string type;                  // EntityType name
  std::vector<std::string> aliases;  // most frequent first
  int mentions = 0;
  std::string first_seen;  // earliest / latest publication date of its articles
  std::string last_seen;
};

struct FactEdge {
  std::string relation;           // relation class
  std::string predicate;          // the most frequent predicate lemma
  int weight = 0;                 // number of distinct articles that support it (not mentions)
  std::vector<int64_t> evidence;  // relations.id of every supporting mention
  std::string first_date;         // earliest / latest fact date (or publication date)
  std::string last_date;
  double confidence = 0.0;  // highest confidence among the mentions
};

using Graph =
    boost::adjacency_list<boost::vecS, boost::vecS, boost::bidirectionalS, EntityNode, FactEdge>;
using Vertex = boost::graph_traits<Graph>::vertex_descriptor;
using Edge = boost::graph_traits<Graph>::edge_descriptor;

// What part of the store to load; empty fields do not filter. Filters combine (AND).
struct GraphFilter {
  std::string relation;            // only facts of this class (case-insensitive)
  std::string since;               // only facts dated on or after (YYYY-MM-DD)
  std::string until;               // only facts dated on or before
  int min_weight = 1;              // only edges with at least this many mentions
  std::vector<std::string> types;  // only entities of these types (case-insensitive), and facts
                                   // between them
  std::string article;             // only this article's entities and facts: ext_id or numeric id
  std::string ego;                 // only the entities within `depth` hops of this one (a name,
                    // alias or key, resolved with resolve_entity), in either direction
  int depth = 1;
  int top = 0;                // when > 0, only the `top` entities with the most facts (ties:
                              // more mentions, then store order), and the facts between them
  bool keep_isolated = true;  // keep entities that have no fact after filtering
};

class KnowledgeGraph {
 public:
  // Adds the entity if its store id is new; returns its vertex either way.
  Vertex add_entity(const EntityNode& node);
  // Merges one fact mention into the edge (subject, relation, object), creating it if needed.
  Edge add_fact(Vertex subject, Vertex object, const std::string& relation,
                const std::string& predicate, int64_t evidence_id, int64_t article_id,
                const std::string& date, double confidence);
  // Drops edges lighter than min_weight and, unless keep_isolated, vertices left without edges.
  void prune(int min_weight, bool keep_isolated);

  const Graph& graph() const { return graph_; }
  Graph& graph() { return graph_; }
  size_t vertex_count() const { return boost::num_vertices(graph_); }
  size_t edge_count() const { return boost::num_edges(graph_); }

 private:
  Graph graph_;
  std::unordered_map<int64_t, Vertex> by_id_;
  std::unordered_map<std::string, Edge> by_fact_;
  std::unordered_map<std::string, std::unordered_map<std::string, int>> predicate_counts_;
  std::unordered_map<std::string, std::unordered_set<int64_t>> fact_articles_;  // weight's
};

// Loads the part of the store that `filter` selects. Throws kg::Error(Usage) when the filter names
// an article or an ego entity that the store does not have.
KnowledgeGraph load_graph(Store& store, const GraphFilter& filter = {});

}  // namespace kg
