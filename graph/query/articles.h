// Articles as things of their own: the list of stored articles with what was drawn from each, one
// article's record, and removing one so that the store is as if it had never been ingested.
#pragma once

#include <cstdint>
#include <string>

#include "graph/query/result_table.h"
#include "graph/store/store.h"

namespace kg {

// One row per stored article, in ingest order: id (its ext_id, else its content hash), title,
// date, source, counts of facts, quotes and mentions, and the id of the article it copies.
// `limit` > 0 keeps the first `limit`; `total` receives the number of articles.
ResultTable list_articles(Store& store, int limit, int64_t* total = nullptr);

// The store row of an article named by its id, its content hash or its row number; throws
// kg::Error(Usage) when none matches.
int64_t resolve_article(Store& store, const std::string& id);

// One article's record as field/value rows, with its copies and counts.
ResultTable show_article(Store& store, const std::string& id);

struct RemovalReport {
  std::string id;
  int64_t facts = 0;         // fact mentions removed
  int64_t shared_facts = 0;  // of the facts it supported, those other articles still support
  int64_t quotes = 0;
  int64_t mentions = 0;
  int64_t entities = 0;  // entities left with nothing, removed
  int64_t copies = 0;    // copies of it removed with it
};

// Removes the article with its sentences, mentions, facts and quotes; takes back the aliases it
// gave (an alias no other article gives goes); removes the entities left with no mention, fact
// or quote (those a user correction names stay). An article with copies is removed only with
// `with_copies` (copies hold no facts of their own); one transaction.
RemovalReport remove_article(Store& store, const std::string& id, bool with_copies);

}  // namespace kg
