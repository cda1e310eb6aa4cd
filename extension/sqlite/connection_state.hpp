// Per-connection state: the indexes clio builds from the user's authority tables
// (clio_person/clio_alias, clio_place/clio_place_alias, clio_topic; schema in sql/authority.sql).
//
// FRESHNESS. Every call must see the authority exactly as its own transaction does: after any
// insert, update or delete - committed, rolled back, in a savepoint, or by another connection.
// The triggers of sql/authority.sql give clio_authority_stamp a new random value on every change;
// the stamp is table data, so a rollback restores it with the authority. An index is valid while
// the stamp it was built from is the stamp the current transaction reads.
// Reading the stamp costs a prepared statement (clio cannot keep one in the connection's state:
// an unfinalized statement would make the host's sqlite3_close() fail; a table-valued function's
// cursor may keep one for its own statement, see StampReader), so a cheap test comes first: when no
// explicit transaction is open, the running statement holds a read transaction on main (so the
// pager has looked for other connections' commits), the database's data version (which moves
// with every commit, by this or another connection) and this connection's change counter are
// both unchanged since the last stamp read, and that read itself was a settled one (no change of
// this connection was in flight: the counter had not moved since the read before it), the index
// is still valid.
//
// THREADS. A connection is used by one thread at a time (SQLite serializes it); indexes are
// immutable and shared by pointer, so a query keeps the index it started with.
#pragma once

#include <cstdint>
#include <memory>
#include <string>

#include "names/authority.hpp"
#include "passages/mentions.hpp"
#include "passages/topics.hpp"
#include "sqlite/sqlite_api.hpp"

namespace clio::sql {

// The statement that reads the authority stamp, kept by a table-valued function's cursor for the
// SQL statement it serves: preparing it again for every row of the outer table (every source a
// fill tags) cost more than the read. The cursor is closed before its statement is finalized,
// and the host can close the connection only after that, so the prepared statement never
// outlives what the host can see.
class StampReader {
 public:
  StampReader() = default;
  ~StampReader() { sqlite3_finalize(stmt_); }
  StampReader(const StampReader&) = delete;
  StampReader& operator=(const StampReader&) = delete;

 private:
  friend class ConnectionState;
  sqlite3_stmt* stmt_ = nullptr;
};

class ConnectionState {
 public:
  explicit ConnectionState(sqlite3* db) noexcept : db_(db) {}
  sqlite3* db() const noexcept { return db_; }

  // The indexes as the current transaction sees the tables; `function` names the caller in
  // errors (a missing table says how to create it). Throws SqlError.
  std::shared_ptr<const names::Authority> persons(const char* function);
  std::shared_ptr<const names::Authority> places(const char* function);
  std::shared_ptr<const passages::TopicMatcher> topics(const char* function);

  // True when the main database has clio's authority tables (sql/authority.sql).
  bool has_authority() const noexcept;
  // A mention tagger over the current persons, places and topics (those of `kinds` only; none
  // when the database has no authority), reused while the authority is unchanged. The tagger
  // keeps caches, so it serves one call at a time: SQLite runs a connection on one thread.
  // `reader`, when given, keeps the stamp's prepared statement between calls (see StampReader).
  passages::MentionTagger& tagger(const char* function, unsigned kinds, StampReader* reader = nullptr);

 private:
  // Rebuilds what is stale; afterwards the members below match the current stamp.
  void refresh(const char* function, StampReader* reader = nullptr);
  // The indexes for the stamp of the last refresh(), built if missing.
  std::shared_ptr<const names::Authority> current_persons(const char* function);
  std::shared_ptr<const names::Authority> current_places(const char* function);
  std::shared_ptr<const passages::TopicMatcher> current_topics(const char* function);
  std::string read_stamp(const char* function, StampReader* reader);

  sqlite3* db_;
  std::string stamp_;                 // stamp the indexes were built from ("" = none yet)
  bool settled_ = false;              // the last stamp read saw no change of ours in flight
  unsigned data_version_ = 0;         // SQLITE_FCNTL_DATA_VERSION at the last stamp read
  int total_changes_ = -1;            // sqlite3_total_changes() at the last stamp read
  std::shared_ptr<const names::Authority> persons_;  // built lazily, dropped on change
  std::shared_ptr<const names::Authority> places_;
  std::shared_ptr<const passages::TopicMatcher> topics_;
  // The tagger and the indexes it was built over, kept alive with it (so a new index can never
  // reuse an old one's address and pass for it).
  std::unique_ptr<passages::MentionTagger> tagger_;
  std::shared_ptr<const names::Authority> tagger_persons_, tagger_places_;
  std::shared_ptr<const passages::TopicMatcher> tagger_topics_;
};

}  // namespace clio::sql
