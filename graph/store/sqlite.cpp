#include "graph/store/sqlite.h"

#include <cstdlib>

#include "extractor/core/error.h"

namespace kg::sql {

Database::Database(const std::string& path, bool create, bool read_only) : path_(path) {
  int flags = read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE;
  if (create && !read_only) flags |= SQLITE_OPEN_CREATE;
  if (sqlite3_open_v2(path.c_str(), &db_, flags | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
    std::string message = db_ ? sqlite3_errmsg(db_) : "out of memory";
    sqlite3_close(db_);
    db_ = nullptr;
    throw Error(ErrorKind::Store, path + ": cannot open database: " + message);
  }
  // Another process may be writing (WAL): wait for it rather than failing at once, up to
  // $KG_BUSY_TIMEOUT milliseconds (default 10 s).
  const char* timeout = std::getenv("KG_BUSY_TIMEOUT");
  sqlite3_busy_timeout(db_, timeout && *timeout ? std::atoi(timeout) : 10000);
  sqlite3_extended_result_codes(db_, 1);
}

Database::~Database() { sqlite3_close_v2(db_); }

void Database::fail(std::string_view what) const {
  throw Error(ErrorKind::Store, path_ + ": " + std::string(what) + ": " + sqlite3_errmsg(db_));
}

void Database::exec(const char* sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql, nullptr, nullptr, &message) != SQLITE_OK) {
    std::string text = message ? message : "unknown error";
    sqlite3_free(message);
    throw Error(ErrorKind::Store, path_ + ": " + text);
  }
}

Statement::Statement(Database& db, const char* sql) : db_(db) {
  if (sqlite3_prepare_v3(db.handle(), sql, -1, SQLITE_PREPARE_PERSISTENT, &stmt_, nullptr) !=
      SQLITE_OK)
    db_.fail("cannot prepare statement");
}

Statement::~Statement() { sqlite3_finalize(stmt_); }

Statement& Statement::bind(int index, std::string_view text) {
  if (sqlite3_bind_text(stmt_, index, text.data(), static_cast<int>(text.size()),
                        SQLITE_TRANSIENT) != SQLITE_OK)
    db_.fail("cannot bind text");
  return *this;
}

Statement& Statement::bind(int index, int64_t value) {
  if (sqlite3_bind_int64(stmt_, index, value) != SQLITE_OK) db_.fail("cannot bind integer");
  return *this;
}

Statement& Statement::bind(int index, double value) {
  if (sqlite3_bind_double(stmt_, index, value) != SQLITE_OK) db_.fail("cannot bind real");
  return *this;
}

Statement& Statement::bind_null(int index) {
  if (sqlite3_bind_null(stmt_, index) != SQLITE_OK) db_.fail("cannot bind null");
  return *this;
}

Statement& Statement::bind_optional(int index, std::string_view text) {
  return text.empty() ? bind_null(index) : bind(index, text);
}

bool Statement::step() {
  int rc = sqlite3_step(stmt_);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  // Take the message, then reset so the statement can be bound and run again after the error.
  std::string message = sqlite3_errmsg(db_.handle());
  sqlite3_reset(stmt_);
  throw Error(ErrorKind::Store, db_.path() + ": query failed: " + message);
}

void Statement::run() {
  while (step()) {
  }
  reset();
}

void Statement::reset() {
  sqlite3_reset(stmt_);
  sqlite3_clear_bindings(stmt_);
}

std::string Statement::text_at(int column) const {
  const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt_, column));
  if (!text) return {};
  return std::string(text, static_cast<size_t>(sqlite3_column_bytes(stmt_, column)));
}

Transaction::Transaction(Database& db, Kind kind) : db_(db), kind_(kind) {
  db_.exec(kind == Kind::Savepoint   ? "SAVEPOINT kg_article"
           : kind == Kind::Immediate ? "BEGIN IMMEDIATE"
                                     : "BEGIN");
}

Transaction::~Transaction() {
  if (done_) return;
  if (kind_ == Kind::Savepoint)
    sqlite3_exec(db_.handle(), "ROLLBACK TO kg_article; RELEASE kg_article", nullptr, nullptr,
                 nullptr);
  else
    sqlite3_exec(db_.handle(), "ROLLBACK", nullptr, nullptr, nullptr);
}

void Transaction::commit() {
  db_.exec(kind_ == Kind::Savepoint ? "RELEASE kg_article" : "COMMIT");
  done_ = true;
}

}  // namespace kg::sql
