// Thin RAII wrappers over the SQLite C API: a connection, prepared statements, transactions.
//
// Every failure throws kg::Error(ErrorKind::Store) with SQLite's message and the database path.
// A Database is used from one thread at a time (open one per thread).
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kg::sql {

class Database {
 public:
  // Opens (and with `create`, creates) the database file; ":memory:" for a private in-memory one.
  Database(const std::string& path, bool create, bool read_only = false);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  void exec(const char* sql);
  int64_t last_insert_id() const { return sqlite3_last_insert_rowid(db_); }
  int changes() const { return sqlite3_changes(db_); }
  const std::string& path() const { return path_; }
  sqlite3* handle() const { return db_; }
  [[noreturn]] void fail(std::string_view what) const;

 private:
  sqlite3* db_ = nullptr;
  std::string path_;
};

class Statement {
 public:
  Statement(Database& db, const char* sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, const char* text) { return bind(index, std::string_view(text)); }
  Statement& bind(int index, const std::string& text) {
    return bind(index, std::string_view(text));
  }
  Statement& bind(int index, int64_t value);
  Statement& bind(int index, int value) { return bind(index, static_cast<int64_t>(value)); }
  Statement& bind(int index, double value);
  Statement& bind_null(int index);
  // Binds NULL for an empty optional / empty string where the column allows it.
  Statement& bind_optional(int index, std::string_view text);

  // Advances to the next row; false when done. Resets automatically on the next bind after done.
  bool step();
  // Runs a statement that returns no rows, then resets it for reuse.
  void run();
  void reset();

  int64_t int_at(int column) const { return sqlite3_column_int64(stmt_, column); }
  double double_at(int column) const { return sqlite3_column_double(stmt_, column); }
  std::string text_at(int column) const;
  bool is_null(int column) const { return sqlite3_column_type(stmt_, column) == SQLITE_NULL; }
  int parameter_count() const { return sqlite3_bind_parameter_count(stmt_); }
  int column_count() const { return sqlite3_column_count(stmt_); }

 private:
  Database& db_;
  sqlite3_stmt* stmt_ = nullptr;
};

// Commits on commit(); rolls back if destroyed without it (an exception unwinding). A Savepoint
// nests inside an open transaction and rolls back only its own work.
class Transaction {
 public:
  enum class Kind { Deferred, Immediate, Savepoint };
  explicit Transaction(Database& db, Kind kind = Kind::Immediate);
  ~Transaction();
  void commit();

 private:
  Database& db_;
  Kind kind_;
  bool done_ = false;
};

}  // namespace kg::sql
