#include "graph/query/evidence.h"

#include "graph/store/store_sql.h"

namespace kg {
namespace {

std::optional<std::string> text_or_null(sql::Statement& st, int column) {
  if (st.is_null(column)) return std::nullopt;
  return st.text_at(column);
}

}  // namespace

struct EvidenceReader::Statements {
  explicit Statements(sql::Database& db)
      : db(db),
        article(db,
                "SELECT id, ext_id, title, published, author, url, content_hash FROM articles "
                "WHERE id = ?"),
        mention(db,
                "SELECT r.id, r.article_id, r.subject_id, r.object_id, r.relation, "
                "r.predicate, r.date, r.confidence, r.attributed_to, r.begin, r.end, "
                "r.sentence, s.text, c.name, r.hedged, r.negated, a.content_hash FROM "
                "relations r JOIN articles a ON a.id = r.article_id "
                "LEFT JOIN sentences s ON s.article_id = r.article_id AND s.idx = r.sentence "
                "LEFT JOIN entities c ON c.id = r.attributed_to WHERE r.id = ?") {}
  sql::Database& db;
  sql::Statement article, mention;
};

EvidenceReader::EvidenceReader(Store& store)
    : st_(std::make_unique<Statements>(store_database(store))) {}
EvidenceReader::~EvidenceReader() = default;

std::optional<ArticleRow> EvidenceReader::article(int64_t id) {
  sql::Statement& st = st_->article;
  st.reset();
  st.bind(1, id);
  if (!st.step()) return std::nullopt;
  ArticleRow row;
  row.id = st.int_at(0);
  row.ext_id = text_or_null(st, 1);
  row.title = text_or_null(st, 2);
  row.published = text_or_null(st, 3);
  row.author = text_or_null(st, 4);
  row.url = text_or_null(st, 5);
  row.content_hash = st.text_at(6);
  return row;
}

std::optional<FactMention> EvidenceReader::mention(int64_t relation_row_id) {
  sql::Statement& st = st_->mention;
  st.reset();
  st.bind(1, relation_row_id);
  if (!st.step()) return std::nullopt;
  FactMention m;
  m.id = st.int_at(0);
  m.article_id = st.int_at(1);
  m.subject_id = st.int_at(2);
  m.object_id = st.int_at(3);
  m.relation = st.text_at(4);
  m.predicate = st.text_at(5);
  m.date = text_or_null(st, 6);
  m.confidence = st.double_at(7);
  if (!st.is_null(8)) m.attributed_to = st.int_at(8);
  m.begin = st.int_at(9);
  m.end = st.int_at(10);
  m.sentence = st.int_at(11);
  m.sentence_text = text_or_null(st, 12);
  m.attributed_name = text_or_null(st, 13);
  m.hedged = st.int_at(14) != 0;
  m.negated = st.int_at(15) != 0;
  m.article_hash = st.text_at(16);
  return m;
}

void EvidenceReader::for_each_quote(const std::function<void(const QuoteRow&)>& on_quote) {
  sql::Statement st(st_->db,
                    "SELECT q.id, q.article_id, q.speaker_id, q.text, q.cue, a.content_hash, "
                    "q.begin, q.end FROM quotes q JOIN articles a ON a.id = q.article_id "
                    "WHERE q.speaker_id IS NOT NULL ORDER BY q.id");
  while (st.step()) {
    QuoteRow q;
    q.id = st.int_at(0);
    q.article_id = st.int_at(1);
    q.speaker_id = st.int_at(2);
    q.text = st.text_at(3);
    q.cue = text_or_null(st, 4);
    q.article_hash = st.text_at(5);
    q.begin = st.int_at(6);
    q.end = st.int_at(7);
    on_quote(q);
  }
}

}  // namespace kg
