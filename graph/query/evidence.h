// Evidence rows for exporters: the articles, the supporting mentions of facts and the quotes,
// read from the store so that exporters never see its schema or its database handle.
#pragma once

#include <cstdint>
#include <functional>
#include <optional>
#include <string>

#include "graph/store/store.h"

namespace kg {

struct ArticleRow {
  int64_t id = 0;
  std::string content_hash;  // the article's identity in every store (store.h)
  std::optional<std::string> ext_id, title, published, author, url;
};

// One supporting mention of a fact, with the sentence it was read from.
struct FactMention {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string article_hash;  // the article's content hash
  int64_t subject_id = 0;
  int64_t object_id = 0;
  std::string relation;
  std::string predicate;
  std::optional<std::string> date;
  double confidence = 0;
  std::optional<int64_t> attributed_to;        // entity id of who claims it
  std::optional<std::string> attributed_name;  // and that entity's name
  bool hedged = false;                         // "may have", "reportedly"
  bool negated = false;                        // "did not"
  int64_t begin = 0, end = 0;                  // byte offsets in the article text
  int64_t sentence = 0;                        // sentence index in the article
  std::optional<std::string> sentence_text;
};

struct QuoteRow {
  int64_t id = 0;
  int64_t article_id = 0;
  std::string article_hash;  // the article's content hash
  int64_t begin = 0, end = 0;
  int64_t speaker_id = 0;
  std::string text;
  std::optional<std::string> cue;
};

// Reads evidence by id through prepared statements kept for the reader's lifetime. One reader is
// used from one thread, like its Store.
class EvidenceReader {
 public:
  explicit EvidenceReader(Store& store);
  ~EvidenceReader();

  std::optional<ArticleRow> article(int64_t id);
  std::optional<FactMention> mention(int64_t relation_row_id);
  // Every quote with a speaker, in id order.
  void for_each_quote(const std::function<void(const QuoteRow&)>& on_quote);

 private:
  struct Statements;
  std::unique_ptr<Statements> st_;
};

}  // namespace kg
