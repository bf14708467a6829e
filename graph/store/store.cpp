#include "graph/store/store.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>
#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <exception>
#include <unordered_map>

#include "extractor/core/error.h"
#include "graph/store/names.h"
#include "graph/store/near_copies.h"
#include "graph/store/schema.h"
#include "graph/store/store_sql.h"

namespace kg {

std::string content_hash(std::string_view text) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : text) {
    h ^= c;
    h *= 0x100000001b3ULL;
  }
  char buffer[17];
  std::snprintf(buffer, sizeof buffer, "%016llx", static_cast<unsigned long long>(h));
  return buffer;
}

namespace {

// The one integer a statement returns; the statement is finalised before the caller goes on (a
// live statement would block the DROP INDEX of a migration).
int64_t single_int(sql::Database& db, const char* sql) {
  sql::Statement st(db, sql);
  st.step();
  return st.int_at(0);
}

}  // namespace

// Prepared once per connection: ingest runs these for every article.
struct Store::Statements {
  explicit Statements(sql::Database& db)
      : has_article(db, "SELECT 1 FROM articles WHERE content_hash = ?"),
        insert_article(db,
                       "INSERT INTO articles (content_hash, ext_id, source, title, published, "
                       "author, url, text, copy_of) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        ext_id_user(db, "SELECT source FROM articles WHERE ext_id = ? LIMIT 1"),
        insert_article_alias(db,
                             "INSERT INTO article_aliases (article_id, entity_id, norm, alias) "
                             "VALUES (?, ?, ?, ?)"),
        band_articles(db, "SELECT article_id FROM article_bands WHERE band = ?"),
        insert_band(db, "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)"),
        article_text(db, "SELECT text FROM articles WHERE id = ?"),
        insert_sentence(db,
                        "INSERT INTO sentences (article_id, idx, begin, end, text) "
                        "VALUES (?, ?, ?, ?, ?)"),
        redirect(db, "SELECT to_id FROM entity_redirects WHERE from_key = ?"),
        entity_by_key(db, "SELECT id FROM entities WHERE key = ?"),
        insert_entity(db, "INSERT INTO entities (key, name, type) VALUES (?, ?, ?)"),
        upsert_alias(db,
                     "INSERT INTO aliases (entity_id, norm, alias) VALUES (?, ?, ?) "
                     "ON CONFLICT (entity_id, norm) DO UPDATE SET count = count + 1"),
        insert_mention(db,
                       "INSERT INTO mentions (article_id, entity_id, sentence, begin, end) "
                       "VALUES (?, ?, ?, ?, ?)"),
        insert_relation(
            db,
            "INSERT INTO relations (article_id, subject_id, object_id, relation, "
            "predicate, date, negated, hedged, attributed_to, confidence, arguments, "
            "sentence, begin, end, day) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        split_rules(db, "SELECT norm, to_id FROM alias_splits WHERE from_id = ?"),
        insert_quote(db,
                     "INSERT INTO quotes (article_id, speaker_id, text, cue, sentence, begin, end) "
                     "VALUES (?, ?, ?, ?, ?, ?, ?)"),
        insert_redirected(db,
                          "INSERT INTO redirected_rows (via_key, kind, row_id, article_id) "
                          "VALUES (?, ?, ?, ?)") {}

  sql::Statement has_article, insert_article, ext_id_user, insert_article_alias, band_articles,
      insert_band, article_text, insert_sentence, redirect, entity_by_key, insert_entity,
      upsert_alias, insert_mention, insert_relation, split_rules, insert_quote, insert_redirected;
};

Store::Store(const std::string& path, Mode mode)
    : db_(path, mode == Mode::ReadWrite, mode == Mode::ReadOnly) {
  db_.exec("PRAGMA foreign_keys = ON");
  if (mode == Mode::ReadWrite) {
    // A file that is not SQLite at all fails here with "file is not a database".
    db_.exec("PRAGMA journal_mode = WAL");
    db_.exec("PRAGMA synchronous = NORMAL");
    // The writer updates indexes keyed by entity all over a large file: a 64 MiB page cache keeps
    // their inner pages in memory (SQLite's default is 2 MiB).
    db_.exec("PRAGMA cache_size = -65536");
  }
  int64_t application_id = single_int(db_, "PRAGMA application_id");
  int64_t user_version = single_int(db_, "PRAGMA user_version");
  if (application_id != 0 && application_id != schema::kApplicationId)
    throw Error(ErrorKind::Store, path + ": not a kg database (application_id " +
                                      std::to_string(application_id) + ")");
  if (application_id == 0) {
    if (single_int(db_, "SELECT count(*) FROM sqlite_schema") != 0)
      throw Error(ErrorKind::Store, path + ": not a kg database (it holds other tables)");
  }
  if (user_version > schema::kSchemaVersion)
    throw Error(ErrorKind::Store, path + ": database schema version " +
                                      std::to_string(user_version) +
                                      " is newer than this kg supports (" +
                                      std::to_string(schema::kSchemaVersion) + ")");
  if (user_version < schema::kSchemaVersion) {
    if (mode == Mode::ReadOnly && user_version == 0)
      throw Error(ErrorKind::Store, path + ": not a kg database (no kg schema)");
    if (mode == Mode::ReadOnly) {
      // A store written by an older kg: upgrade it through a writing connection, so that
      // queries work after an upgrade of kg without an ingest first.
      if (access(path.c_str(), W_OK) != 0)
        throw Error(ErrorKind::Store, path + ": database schema version " +
                                          std::to_string(user_version) +
                                          " needs upgrading, and the file is not writable");
      Store upgrade(path, Mode::ReadWrite);
    } else {
      migrate();
    }
  }
  if (mode == Mode::ReadWrite) st_ = std::make_unique<Statements>(db_);
}

Store::~Store() {
  // An unfinished batch (an exception unwinding) is rolled back: nothing half-written.
  if (in_batch_) sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Store::migrate() {
  sql::Transaction transaction(db_);
  int64_t from = single_int(db_, "PRAGMA user_version");
  for (int64_t v = from; v < schema::kSchemaVersion; ++v)
    db_.exec(schema::kMigrations[static_cast<size_t>(v)]);
  if (from > 0 && from < 6) fill_bands();
  db_.exec(("PRAGMA application_id = " + std::to_string(schema::kApplicationId)).c_str());
  db_.exec(("PRAGMA user_version = " + std::to_string(schema::kSchemaVersion)).c_str());
  transaction.commit();
}

// Articles stored before version 6 get their MinHash keys, so later copies of them are found.
void Store::fill_bands() {
  sql::Statement articles(db_, "SELECT id, text FROM articles WHERE copy_of IS NULL");
  sql::Statement insert(db_,
                        "INSERT OR IGNORE INTO article_bands (band, article_id) VALUES (?, ?)");
  while (articles.step())
    for (int64_t band : band_keys(shingles(articles.text_at(1))))
      insert.bind(1, band).bind(2, articles.int_at(0)).run();
}

bool Store::contains(std::string_view hash) {
  if (!st_) throw Error(ErrorKind::Store, db_.path() + ": opened read-only");
  st_->has_article.bind(1, hash);
  bool found = st_->has_article.step();
  st_->has_article.reset();
  return found;
}

int64_t Store::entity_id(const Entity& entity, bool& redirected) {
  auto lookup = [](sql::Statement& statement, const std::string& key) -> std::optional<int64_t> {
    statement.bind(1, key);
    std::optional<int64_t> id;
    if (statement.step()) id = statement.int_at(0);
    statement.reset();
    return id;
  };
  redirected = false;
  if (auto id = lookup(st_->redirect, entity.key)) {
    redirected = true;
    return *id;
  }
  if (auto id = lookup(st_->entity_by_key, entity.key)) return *id;
  bool person = entity.type == EntityType::Person;
  if (person) {
    if (auto id = persons().find(entity.key)) {
      persons().add(*id, entity.key);
      return *id;
    }
  }
  st_->insert_entity.bind(1, entity.key).bind(2, entity.name).bind(3, to_string(entity.type)).run();
  int64_t id = db_.last_insert_id();
  if (person) persons().add(id, entity.key);
  return id;
}

PersonIndex& Store::persons() {
  if (!persons_) {
    persons_ = std::make_unique<PersonIndex>();
    sql::Statement all(db_, "SELECT id, key FROM entities WHERE type = ?");
    all.bind(1, to_string(EntityType::Person));
    while (all.step()) persons_->add(all.int_at(0), all.text_at(1));
  }
  return *persons_;
}

namespace {

std::string arguments_json(const Relation& relation, const std::vector<int64_t>& ids) {
  rapidjson::StringBuffer buffer;
  rapidjson::Writer<rapidjson::StringBuffer> writer(buffer);
  writer.StartArray();
  for (const Argument& argument : relation.arguments) {
    writer.StartObject();
    writer.Key("role");
    writer.String(argument.role.c_str(), static_cast<rapidjson::SizeType>(argument.role.size()));
    writer.Key("text");
    writer.String(argument.text.c_str(), static_cast<rapidjson::SizeType>(argument.text.size()));
    if (argument.entity >= 0) {
      writer.Key("entity");
      writer.Int64(ids[static_cast<size_t>(argument.entity)]);
    }
    writer.EndObject();
  }
  writer.EndArray();
  return buffer.GetString();
}

}  // namespace

std::optional<int64_t> Store::find_copy(const std::vector<uint64_t>& shingle_set,
                                        const std::vector<int64_t>& bands) {
  // Candidates share a band; the ones sharing most are checked first, on the exact Jaccard.
  std::unordered_map<int64_t, int> shared;
  for (int64_t band : bands) {
    st_->band_articles.bind(1, band);
    while (st_->band_articles.step()) ++shared[st_->band_articles.int_at(0)];
    st_->band_articles.reset();
  }
  std::vector<std::pair<int, int64_t>> candidates;
  for (auto [id, n] : shared) candidates.emplace_back(-n, id);
  std::sort(candidates.begin(), candidates.end());
  if (candidates.size() > 8) candidates.resize(8);
  std::optional<int64_t> best;
  double best_similarity = kCopyThreshold;
  for (auto [n, id] : candidates) {
    st_->article_text.bind(1, id);
    double similarity = st_->article_text.step()
                            ? jaccard(shingle_set, shingles(st_->article_text.text_at(0)))
                            : 0.0;
    st_->article_text.reset();
    if (similarity >= best_similarity) best = id, best_similarity = similarity;
  }
  return best;
}

// The stored article takes a dated copy's metadata when it has no date of its own (its undated
// facts take the date as their day).
void Store::store_copy(int64_t original, const Document& doc) {
  const ArticleMeta& meta = doc.meta;
  if (meta.published.empty()) return;
  sql::Statement update(
      db_,
      "UPDATE articles SET published = ?2, title = coalesce(?3, title), author = coalesce(?4, "
      "author), url = coalesce(?5, url) WHERE id = ?1 AND coalesce(published, '') = ''");
  update.bind(1, original)
      .bind(2, meta.published)
      .bind_optional(3, meta.title)
      .bind_optional(4, meta.author)
      .bind_optional(5, meta.url)
      .run();
  if (db_.changes() == 0) return;
  sql::Statement days(db_, "UPDATE relations SET day = ?2 WHERE article_id = ?1 AND date IS NULL");
  days.bind(1, original).bind(2, meta.published.substr(0, 10)).run();
}

std::optional<AddedArticle> Store::add_article(const Document& doc, const Extraction& extraction) {
  if (!st_) throw Error(ErrorKind::Store, db_.path() + ": opened read-only");
  std::string hash = content_hash(doc.text);
  sql::Transaction transaction(
      db_, in_batch_ ? sql::Transaction::Kind::Savepoint : sql::Transaction::Kind::Immediate);
  if (contains(hash)) return std::nullopt;
  // A failed article's rows are rolled back: the person index forgets them too (reloads).
  struct ForgetOnFailure {
    std::unique_ptr<PersonIndex>& persons;
    int exceptions = std::uncaught_exceptions();
    ~ForgetOnFailure() {
      if (std::uncaught_exceptions() > exceptions) persons.reset();
    }
  } forget{persons_};

  const ArticleMeta& meta = doc.meta;
  AddedArticle added;
  added.ext_id = meta.id;
  if (!meta.id.empty()) {
    st_->ext_id_user.bind(1, meta.id);
    if (st_->ext_id_user.step()) {
      // Two JSON Lines records with one id, two files of one name in different folders: the
      // later one gets a distinct id that stays the same on every ingest of the same text.
      added.ext_id = meta.id + "~" + hash.substr(0, 8);
      added.warnings.push_back(meta.source + ": article id '" + meta.id + "' is taken (by " +
                               st_->ext_id_user.text_at(0) + "); stored as '" + added.ext_id + "'");
    }
    st_->ext_id_user.reset();
  }
  std::vector<uint64_t> shingle_set = shingles(doc.text);
  std::vector<int64_t> bands = band_keys(shingle_set);
  if (!bands.empty()) added.copy_of = find_copy(shingle_set, bands);

  st_->insert_article.bind(1, hash)
      .bind_optional(2, added.ext_id)
      .bind_optional(3, meta.source)
      .bind_optional(4, meta.title)
      .bind_optional(5, meta.published)
      .bind_optional(6, meta.author)
      .bind_optional(7, meta.url)
      .bind(8, doc.text);
  if (added.copy_of)
    st_->insert_article.bind(9, *added.copy_of);
  else
    st_->insert_article.bind_null(9);
  st_->insert_article.run();
  int64_t article = db_.last_insert_id();
  added.id = article;
  if (added.copy_of) {
    store_copy(*added.copy_of, doc);
    transaction.commit();
    return added;
  }
  for (int64_t band : bands) st_->insert_band.bind(1, band).bind(2, article).run();

  for (size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    st_->insert_sentence.bind(1, article)
        .bind(2, static_cast<int64_t>(i))
        .bind(3, static_cast<int64_t>(s.begin))
        .bind(4, static_cast<int64_t>(s.end))
        .bind(5, doc.sentence_text(s))
        .run();
  }

  std::vector<int64_t> ids;
  ids.reserve(extraction.entities.size());
  std::unordered_map<int, std::unordered_map<int, int64_t>> sentence_ids;
  // Rows stored through a merge's redirect are logged, so that an unmerge takes them back.
  std::vector<const std::string*> via(extraction.entities.size(), nullptr);
  auto log_redirected = [&](int index, int64_t stored_id, const char* kind, int64_t row) {
    if (index < 0 || static_cast<size_t>(index) >= via.size() || !via[static_cast<size_t>(index)])
      return;
    if (stored_id != ids[static_cast<size_t>(index)]) return;  // a split rule sent it elsewhere
    st_->insert_redirected.bind(1, *via[static_cast<size_t>(index)])
        .bind(2, kind)
        .bind(3, row)
        .bind(4, article)
        .run();
  };
  for (const Entity& entity : extraction.entities) {
    bool redirected = false;
    int64_t id = entity_id(entity, redirected);
    if (redirected) via[ids.size()] = &entity.key;
    ids.push_back(id);
    int index = static_cast<int>(ids.size() - 1);
    // A user's split rules for this entity: mentions written as a split alias go elsewhere.
    std::unordered_map<std::string, int64_t> rules;
    st_->split_rules.bind(1, id);
    while (st_->split_rules.step()) rules[st_->split_rules.text_at(0)] = st_->split_rules.int_at(1);
    st_->split_rules.reset();
    auto target = [&](std::string_view surface) {
      if (rules.empty()) return id;
      auto it = rules.find(normalize_name(surface));
      return it == rules.end() ? id : it->second;
    };
    for (const std::string& alias : entity.aliases) {
      std::string norm = normalize_name(alias);
      if (norm.empty()) continue;
      int64_t to = target(alias);
      st_->upsert_alias.bind(1, to).bind(2, norm).bind(3, alias).run();
      st_->insert_article_alias.bind(1, article).bind(2, to).bind(3, norm).bind(4, alias).run();
      log_redirected(index, to, "alias", db_.last_insert_id());
    }
    std::unordered_map<int, int64_t> by_sentence;  // the one target of all mentions in a sentence
    for (const Span& span : entity.mentions) {
      int64_t to = span.end <= doc.text.size() && span.begin < span.end
                       ? target(doc.span_text(span.begin, span.end))
                       : id;
      auto [it, inserted] = by_sentence.try_emplace(span.sentence, to);
      if (!inserted && it->second != to) it->second = id;
      st_->insert_mention.bind(1, article)
          .bind(2, to)
          .bind(3, span.sentence)
          .bind(4, static_cast<int64_t>(span.begin))
          .bind(5, static_cast<int64_t>(span.end))
          .run();
      log_redirected(index, to, "mention", db_.last_insert_id());
    }
    if (!rules.empty()) sentence_ids[index] = std::move(by_sentence);
  }

  // Facts and quotes follow a split when every mention in their sentence went the same way.
  auto id_in = [&](int index, int sentence) {
    auto entity = sentence_ids.find(index);
    if (entity != sentence_ids.end()) {
      auto it = entity->second.find(sentence);
      if (it != entity->second.end()) return it->second;
    }
    return ids[static_cast<size_t>(index)];
  };
  auto valid = [&](int index) { return index >= 0 && static_cast<size_t>(index) < ids.size(); };
  for (const Relation& r : extraction.relations) {
    if (!valid(r.subject) || !valid(r.object)) continue;
    auto& st = st_->insert_relation;
    int64_t subject = id_in(r.subject, r.span.sentence), object = id_in(r.object, r.span.sentence);
    st.bind(1, article)
        .bind(2, subject)
        .bind(3, object)
        .bind(4, r.relation)
        .bind(5, r.predicate)
        .bind_optional(6, r.date)
        .bind(7, r.negated ? 1 : 0)
        .bind(8, r.hedged ? 1 : 0);
    if (valid(r.attributed_to))
      st.bind(9, ids[static_cast<size_t>(r.attributed_to)]);
    else
      st.bind_null(9);
    st.bind(10, r.confidence)
        .bind(11, arguments_json(r, ids))
        .bind(12, r.span.sentence)
        .bind(13, static_cast<int64_t>(r.span.begin))
        .bind(14, static_cast<int64_t>(r.span.end))
        .bind(15, r.date.empty() ? doc.meta.published.substr(0, 10) : r.date)
        .run();
    int64_t row = db_.last_insert_id();
    log_redirected(r.subject, subject, "subject", row);
    log_redirected(r.object, object, "object", row);
    if (valid(r.attributed_to))
      log_redirected(r.attributed_to, ids[static_cast<size_t>(r.attributed_to)], "attributed", row);
  }

  for (const Quote& q : extraction.quotes) {
    auto& st = st_->insert_quote;
    st.bind(1, article);
    int64_t speaker = valid(q.speaker) ? id_in(q.speaker, q.span.sentence) : 0;
    if (valid(q.speaker))
      st.bind(2, speaker);
    else
      st.bind_null(2);
    st.bind(3, q.text)
        .bind_optional(4, q.cue)
        .bind(5, q.span.sentence)
        .bind(6, static_cast<int64_t>(q.span.begin))
        .bind(7, static_cast<int64_t>(q.span.end))
        .run();
    if (valid(q.speaker)) log_redirected(q.speaker, speaker, "speaker", db_.last_insert_id());
  }
  transaction.commit();
  return added;
}

void Store::begin_batch() {
  if (in_batch_) return;
  db_.exec("BEGIN IMMEDIATE");
  in_batch_ = true;
}

void Store::commit_batch() {
  if (!in_batch_) return;
  in_batch_ = false;
  db_.exec("COMMIT");
}

std::vector<std::string> Store::content_hashes() {
  sql::Statement st(db_, "SELECT content_hash FROM articles");
  std::vector<std::string> hashes;
  while (st.step()) hashes.push_back(st.text_at(0));
  return hashes;
}

StoreCounts Store::counts() {
  sql::Statement st(db_,
                    "SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM entities), "
                    "(SELECT count(*) FROM relations), (SELECT count(*) FROM quotes), "
                    "(SELECT count(*) FROM mentions)");
  st.step();
  return {st.int_at(0), st.int_at(1), st.int_at(2), st.int_at(3), st.int_at(4)};
}

std::vector<int64_t> Store::find_entities(std::string_view name) {
  std::string norm = normalize_name(name);
  sql::Statement st(db_,
                    "SELECT entity_id FROM aliases WHERE norm = ?1 "
                    "UNION SELECT id FROM entities WHERE key = ?2 "
                    "UNION SELECT to_id FROM entity_redirects WHERE from_key = ?2");
  st.bind(1, norm).bind(2, name);
  std::vector<int64_t> ids;
  while (st.step()) ids.push_back(st.int_at(0));
  return ids;
}

sql::Database& store_database(Store& store) { return store.db_; }

}  // namespace kg
