// What an ingest summary shows first: the facts supported by the most articles.
#pragma once

#include <string>
#include <vector>

#include "graph/store/store.h"

namespace kg {

struct TopFact {
  std::string subject, relation, object;
  int articles = 0;  // distinct supporting articles
  int mentions = 0;
};

// The `limit` facts supported by the most articles, then the most mentions (ties: first stored),
// leaving out the relation classes in `excluded` (bylines, affiliations).
std::vector<TopFact> top_facts(Store& store, int limit, const std::vector<std::string>& excluded);

}  // namespace kg
