// The SQLite schema of a kg store, written down once for reader and writer.
//
// A kg database carries PRAGMA application_id = kApplicationId and PRAGMA user_version = the
// number of migrations applied. Opening a database runs the migrations it lacks, in order, each in
// its own transaction; a database with a newer user_version or a foreign application_id is refused.
//
// Version history:
//   1  articles, sentences, entities, aliases, mentions, relations, quotes.
//   2  entity_redirects: user corrections (`kg entities merge`) that hold for later ingests.
//   3  full-text search (FTS5) over entity aliases and quotes, kept up to date by triggers.
//   4  alias_splits: user corrections (`kg entities split`) that hold for later ingests.
//   5  relations.day, covering fact indexes.
//   6  articles as things of their own: copy_of (a near-copy of a stored article, stored without
//      facts), article_aliases (the aliases each article gave, so that removing it takes them
//      back), article_bands (MinHash keys of near_copies.h), ext_id indexed.
//   7  the merge log, so that `kg entities unmerge` can reverse a merge: merges (the entity
//      merged away), merge_rows (the rows it had then), merge_aliases, merge_facts (the facts
//      between the two, dropped by the merge), merge_rules (redirects and splits it changed),
//      and redirected_rows (rows later ingests stored through a merge's redirect).
#pragma once

#include <array>
#include <cstdint>

namespace kg::schema {

inline constexpr int32_t kApplicationId = 0x6B67'0001;  // "kg" + format family 1

inline constexpr std::array<const char*, 7> kMigrations = {
    // 1
    R"sql(
CREATE TABLE articles (
  id           INTEGER PRIMARY KEY,
  content_hash TEXT NOT NULL UNIQUE,   -- FNV-1a 64 of the text, hex
  ext_id       TEXT,                   -- id given by the input (JSON Lines) or the file name
  source       TEXT,
  title        TEXT,
  published    TEXT,
  author       TEXT,
  url          TEXT,
  text         TEXT NOT NULL
);
CREATE TABLE sentences (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  idx        INTEGER NOT NULL,
  begin      INTEGER NOT NULL,        -- byte offsets into articles.text
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (article_id, idx)
) WITHOUT ROWID;
CREATE TABLE entities (
  id   INTEGER PRIMARY KEY,
  key  TEXT NOT NULL UNIQUE,            -- canonical id: country:PRK, person:kim jong-un
  name TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  norm      TEXT NOT NULL,              -- normalised form, for look-ups
  alias     TEXT NOT NULL,              -- as first written
  count     INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (entity_id, norm)
) WITHOUT ROWID;
CREATE INDEX aliases_by_norm ON aliases(norm);
CREATE TABLE mentions (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id  INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  sentence   INTEGER NOT NULL,
  begin      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX mentions_by_entity ON mentions(entity_id);
CREATE INDEX mentions_by_article ON mentions(article_id);
CREATE TABLE relations (
  id            INTEGER PRIMARY KEY,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_id    INTEGER NOT NULL REFERENCES entities(id),
  object_id     INTEGER NOT NULL REFERENCES entities(id),
  relation      TEXT NOT NULL,
  predicate     TEXT NOT NULL,
  date          TEXT,
  negated       INTEGER NOT NULL DEFAULT 0,
  hedged        INTEGER NOT NULL DEFAULT 0,
  attributed_to INTEGER REFERENCES entities(id),
  confidence    REAL NOT NULL,
  arguments     TEXT,                   -- JSON array of {role, text, entity}
  sentence      INTEGER NOT NULL,
  begin         INTEGER NOT NULL,
  end           INTEGER NOT NULL
);
CREATE INDEX relations_by_subject ON relations(subject_id, relation);
CREATE INDEX relations_by_object ON relations(object_id, relation);
CREATE INDEX relations_by_class ON relations(relation);
CREATE TABLE quotes (
  id         INTEGER PRIMARY KEY,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  speaker_id INTEGER REFERENCES entities(id),
  text       TEXT NOT NULL,
  cue        TEXT,
  sentence   INTEGER NOT NULL,
  begin      INTEGER NOT NULL,
  end        INTEGER NOT NULL
);
CREATE INDEX quotes_by_speaker ON quotes(speaker_id);
)sql",
    // 2
    R"sql(
CREATE TABLE entity_redirects (
  from_key TEXT PRIMARY KEY,            -- a key the extractor may produce
  to_id    INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE
);
)sql",
    // 3
    R"sql(
CREATE VIRTUAL TABLE alias_search USING fts5(alias, entity_id UNINDEXED);
INSERT INTO alias_search (alias, entity_id) SELECT alias, entity_id FROM aliases;
CREATE TRIGGER alias_search_insert AFTER INSERT ON aliases BEGIN
  INSERT INTO alias_search (alias, entity_id) VALUES (new.alias, new.entity_id);
END;
CREATE VIRTUAL TABLE quote_search USING fts5(text, content = 'quotes', content_rowid = 'id');
INSERT INTO quote_search (rowid, text) SELECT id, text FROM quotes;
CREATE TRIGGER quote_search_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quote_search (rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER quote_search_delete AFTER DELETE ON quotes BEGIN
  INSERT INTO quote_search (quote_search, rowid, text) VALUES ('delete', old.id, old.text);
END;
)sql",
    // 4
    R"sql(
CREATE TABLE alias_splits (
  from_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  norm    TEXT NOT NULL,                -- mentions written so ...
  to_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,  -- ... belong here
  PRIMARY KEY (from_id, norm)
) WITHOUT ROWID;
)sql",
    // 5: each fact keeps its day (its clause's date, else its article's publication day), and the
    // fact indexes cover the other end, the predicate and the day: a query on an entity's facts
    // and a path search read the index alone.
    R"sql(
ALTER TABLE relations ADD COLUMN day TEXT NOT NULL DEFAULT '';
UPDATE relations SET day = coalesce(date,
  (SELECT substr(published, 1, 10) FROM articles a WHERE a.id = relations.article_id), '');
DROP INDEX relations_by_subject;
DROP INDEX relations_by_object;
CREATE INDEX relations_by_subject ON relations(subject_id, relation, object_id, predicate, day);
CREATE INDEX relations_by_object ON relations(object_id, relation, subject_id, predicate, day);
)sql",
    // 6 (the MinHash keys of articles stored before are filled in by Store::migrate)
    R"sql(
ALTER TABLE articles ADD COLUMN copy_of INTEGER REFERENCES articles(id);
CREATE INDEX articles_by_ext_id ON articles(ext_id);
CREATE INDEX articles_by_copy ON articles(copy_of) WHERE copy_of IS NOT NULL;
CREATE TABLE article_aliases (
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  entity_id  INTEGER NOT NULL,          -- follows merges and splits
  norm       TEXT NOT NULL,
  alias      TEXT NOT NULL              -- as this article wrote it
);
CREATE INDEX article_aliases_by_article ON article_aliases(article_id);
CREATE INDEX article_aliases_by_entity ON article_aliases(entity_id, norm);
CREATE TABLE article_bands (
  band       INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  PRIMARY KEY (band, article_id)
) WITHOUT ROWID;
)sql",
    // 7 (merges made before it have no log: they cannot be undone)
    R"sql(
CREATE TABLE merges (
  id        INTEGER PRIMARY KEY,
  into_id   INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  from_id   INTEGER NOT NULL,           -- the id the merged entity had (given back on unmerge)
  from_key  TEXT NOT NULL,
  from_name TEXT NOT NULL,
  from_type TEXT NOT NULL
);
CREATE INDEX merges_by_into ON merges(into_id);
CREATE TABLE merge_rows (
  merge_id   INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
  kind       TEXT NOT NULL,             -- mention, subject, object, attributed, speaker, alias
  row_id     INTEGER NOT NULL,          -- mentions/article_aliases rowid, relations/quotes id
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX merge_rows_by_merge ON merge_rows(merge_id, kind);
CREATE INDEX merge_rows_by_article ON merge_rows(article_id);
CREATE TABLE merge_aliases (
  merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
  norm     TEXT NOT NULL,
  alias    TEXT NOT NULL,
  count    INTEGER NOT NULL,
  given    INTEGER NOT NULL,            -- of the count, rows in article_aliases then
  PRIMARY KEY (merge_id, norm)
) WITHOUT ROWID;
CREATE TABLE merge_facts (
  merge_id      INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
  id            INTEGER NOT NULL,
  article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  subject_id    INTEGER NOT NULL,
  object_id     INTEGER NOT NULL,
  relation      TEXT NOT NULL,
  predicate     TEXT NOT NULL,
  date          TEXT,
  negated       INTEGER NOT NULL,
  hedged        INTEGER NOT NULL,
  attributed_to INTEGER,
  confidence    REAL NOT NULL,
  arguments     TEXT,
  sentence      INTEGER NOT NULL,
  begin         INTEGER NOT NULL,
  end           INTEGER NOT NULL,
  day           TEXT NOT NULL
);
CREATE INDEX merge_facts_by_article ON merge_facts(article_id);
CREATE TABLE merge_rules (
  merge_id INTEGER NOT NULL REFERENCES merges(id) ON DELETE CASCADE,
  kind     TEXT NOT NULL,     -- redirect (key), split (key = norm, from_id, to_id), kept split, merge
  key      TEXT,
  from_id  INTEGER,
  to_id    INTEGER
);
CREATE INDEX merge_rules_by_merge ON merge_rules(merge_id);
CREATE TABLE redirected_rows (
  via_key    TEXT NOT NULL,             -- the key the extractor gave, redirected by a merge
  kind       TEXT NOT NULL,             -- as merge_rows.kind
  row_id     INTEGER NOT NULL,
  article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE
);
CREATE INDEX redirected_rows_by_key ON redirected_rows(via_key, kind);
CREATE INDEX redirected_rows_by_article ON redirected_rows(article_id);
)sql",
};

inline constexpr int kSchemaVersion = static_cast<int>(kMigrations.size());

}  // namespace kg::schema
