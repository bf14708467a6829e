// The kg store: articles, their sentences, and what was extracted from them, in one SQLite file
// (schema.h). Entities merge across articles on their canonical key, and a person also on a
// variant of the name the store knows (person_names.h); user corrections (entity_redirects) are
// honoured on every later ingest.
//
// One Store is one connection, used from one thread at a time. Several processes may open the
// same file: WAL mode lets readers run beside one writer.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "extractor/core/document.h"
#include "extractor/core/extraction.h"
#include "graph/store/person_names.h"
#include "graph/store/sqlite.h"

namespace kg {

struct StoreCounts {
  int64_t articles = 0;
  int64_t entities = 0;
  int64_t relations = 0;
  int64_t quotes = 0;
  int64_t mentions = 0;
};

// What add_article stored.
struct AddedArticle {
  int64_t id = 0;
  std::string ext_id;              // the id it is known by (made distinct when already taken)
  std::optional<int64_t> copy_of;  // a near-copy of this stored article: its facts are not stored
  std::vector<std::string> warnings;
};

// FNV-1a 64 of the text, as 16 hex digits: the article identity used to skip re-ingests.
std::string content_hash(std::string_view text);

class Store {
 public:
  enum class Mode { ReadWrite, ReadOnly };

  // Opens or creates the database and brings its schema up to date. Throws kg::Error(Store)
  // naming the file when it is not a kg database, is newer than this kg, corrupt or locked.
  explicit Store(const std::string& path, Mode mode = Mode::ReadWrite);
  ~Store();

  // Stores the article and its extraction in one transaction (a savepoint inside a batch): whole
  // or not at all. Returns nullopt when an article with the same text is already stored. An
  // article nearly the same as a stored one (near_copies.h) is stored as its copy, without
  // sentences, mentions, facts or quotes; when the copy has a publication date and the stored one
  // has none, the stored one takes the copy's date, title, author and URL. An id (ext_id) already
  // taken by another article gets the content hash's first 8 digits ("report~1a2b3c4d") and a
  // warning.
  std::optional<AddedArticle> add_article(const Document& doc, const Extraction& extraction);

  // Groups the following add_article() calls into one transaction, for speed; each article is
  // still stored whole or not at all. commit_batch() makes them durable.
  void begin_batch();
  void commit_batch();
  bool in_batch() const { return in_batch_; }
  // The content hashes of every stored article (to skip re-ingests without a query each).
  std::vector<std::string> content_hashes();
  bool contains(std::string_view hash);

  StoreCounts counts();
  // Entity ids whose alias, name or key matches `name` after normalize_name().
  std::vector<int64_t> find_entities(std::string_view name);

 private:
  // The handle is the schema's; only the SQL layers reach it (graph/store/store_sql.h).
  friend sql::Database& store_database(Store& store);
  // The stored entity for an extracted one; `redirected` says a user's merge redirected its key.
  int64_t entity_id(const Entity& entity, bool& redirected);
  std::optional<int64_t> find_copy(const std::vector<uint64_t>& shingle_set,
                                   const std::vector<int64_t>& bands);
  void store_copy(int64_t original, const Document& doc);
  PersonIndex& persons();
  void migrate();
  void fill_bands();

  sql::Database db_;
  bool in_batch_ = false;
  struct Statements;
  std::unique_ptr<Statements> st_;
  std::unique_ptr<PersonIndex> persons_;  // loaded on first use; dropped when an article fails
};

}  // namespace kg
