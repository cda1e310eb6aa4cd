#include "sqlite/connection_state.hpp"

#include <fmt/format.h>

#include <unordered_map>

#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"
#include "sqlite/glue.hpp"

namespace clio::sql {
namespace {

constexpr const char* kHowToCreate =
    "create the authority tables with sql/authority.sql (.read sql/authority.sql) "
    "or SELECT clio_authority_install()";

// Prepares a statement that reads the authority; throws SqlError (a missing table says how to
// create it).
sqlite3_stmt* prepare_authority_read(sqlite3* db, const char* sql, const char* function) {
  sqlite3_stmt* stmt = nullptr;
  const int rc = sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr);
  if (rc == SQLITE_OK) return stmt;
  sqlite3_finalize(stmt);
  if (rc == SQLITE_NOMEM) throw std::bad_alloc();
  const std::string msg = sqlite3_errmsg(db);
  if (msg.find("no such table") != std::string::npos) {
    throw SqlError(fmt::format("{}: {}; {}", function, msg, kHowToCreate));
  }
  throw SqlError(fmt::format("{}: cannot read the authority: {}", function, msg));
}

// Steps a statement that reads the authority: true while there is a row; throws on errors.
bool step_authority_read(sqlite3* db, sqlite3_stmt* stmt, const char* function) {
  const int rc = sqlite3_step(stmt);
  if (rc == SQLITE_ROW) return true;
  if (rc == SQLITE_DONE) return false;
  if (rc == SQLITE_NOMEM) throw std::bad_alloc();
  throw SqlError(fmt::format("{}: cannot read the authority: {}", function, sqlite3_errmsg(db)));
}

std::string_view column_text(sqlite3_stmt* stmt, int col) {
  const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(stmt, col));
  return p ? std::string_view(p, static_cast<std::size_t>(sqlite3_column_bytes(stmt, col))) : std::string_view();
}

// A prepared statement that is always finalized, so no statement outlives the call.
class Statement {
 public:
  Statement(sqlite3* db, const char* sql, const char* function) : stmt_(prepare_authority_read(db, sql, function)) {}
  ~Statement() { sqlite3_finalize(stmt_); }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;

  // True while there is a row; throws on errors.
  bool step(sqlite3* db, const char* function) { return step_authority_read(db, stmt_, function); }
  std::string_view text(int col) const { return column_text(stmt_, col); }
  bool is_null(int col) const { return sqlite3_column_type(stmt_, col) == SQLITE_NULL; }
  double number(int col) const { return sqlite3_column_double(stmt_, col); }
  int columns() const { return sqlite3_column_count(stmt_); }

 private:
  sqlite3_stmt* stmt_ = nullptr;
};

// born/died: EDTF first (what careful users store), then any date expression clio reads.
std::optional<dates::DateValue> life_date(std::string_view s) {
  if (s.empty()) return std::nullopt;
  if (auto v = dates::parse_edtf(s)) return v;
  static const dates::ParseOptions kDefaults;
  return dates::parse_date(s, kDefaults);
}

// Reads an authority of the shape (id, name[, born, died]) + (owner_id, alias).
std::shared_ptr<const names::Authority> load_authority(sqlite3* db, const char* function, const char* entities,
                                                       const char* aliases, bool with_dates) {
  std::vector<names::PersonRecord> records;
  std::unordered_map<std::string, std::size_t> by_id;
  {
    Statement rows(db, entities, function);
    while (rows.step(db, function)) {
      if (rows.is_null(0) || rows.is_null(1)) continue;  // an entity without id or name names nobody
      names::PersonRecord r;
      r.id = rows.text(0);
      r.name = rows.text(1);
      if (with_dates) {
        r.born = life_date(rows.text(2));
        r.died = life_date(rows.text(3));
        if (rows.columns() > 4 && !rows.is_null(4)) r.prominence = rows.number(4);  // the optional column
      }
      by_id.emplace(r.id, records.size());
      records.push_back(std::move(r));
    }
  }
  {
    Statement rows(db, aliases, function);
    while (rows.step(db, function)) {
      auto it = by_id.find(std::string(rows.text(0)));
      if (it == by_id.end() || rows.is_null(1)) continue;  // dangling alias: ignored
      records[it->second].aliases.emplace_back(rows.text(1));
    }
  }
  return std::make_shared<const names::Authority>(names::Authority::build(std::move(records)));
}

}  // namespace

std::string ConnectionState::read_stamp(const char* function, StampReader* reader) {
  static constexpr const char* kSql = "SELECT stamp FROM main.clio_authority_stamp";
  std::string stamp = "\x01";  // an empty stamp table is a state of its own
  if (!reader) {
    Statement stmt(db_, kSql, function);
    if (stmt.step(db_, function)) stamp = stmt.text(0);
    return stamp;
  }
  if (!reader->stmt_) reader->stmt_ = prepare_authority_read(db_, kSql, function);
  // Reset after the read, even a failed one: a statement left stepping would hold its read.
  struct ResetAfter {
    sqlite3_stmt* stmt;
    ~ResetAfter() { sqlite3_reset(stmt); }
  } reset{reader->stmt_};
  if (step_authority_read(db_, reader->stmt_, function)) stamp = column_text(reader->stmt_, 0);
  return stamp;
}

void ConnectionState::refresh(const char* function, StampReader* reader) {
  unsigned data_version = 0;
  const bool have_version =
      sqlite3_file_control(db_, "main", SQLITE_FCNTL_DATA_VERSION, &data_version) == SQLITE_OK;
  const int total_changes = sqlite3_total_changes(db_);
  // The data version reflects other connections' commits only once this connection holds a
  // read transaction on main (the pager checks the file when one starts); a statement that
  // reads no table of main holds none, so then only the stamp itself can tell.
  const bool reading = sqlite3_txn_state(db_, "main") != SQLITE_TXN_NONE;
  if (!stamp_.empty() && settled_ && have_version && reading && sqlite3_get_autocommit(db_) &&
      data_version == data_version_ && total_changes == total_changes_) {
    return;
  }
  std::string stamp = read_stamp(function, reader);
  // Settled: no change of ours can be undone behind our back. Inside an explicit transaction a
  // later ROLLBACK (TO) may restore an older stamp without moving the data version or the
  // change counter, so only a read made outside one, with no change since the read before it,
  // lets the next calls skip the stamp.
  settled_ = total_changes == total_changes_ && sqlite3_get_autocommit(db_);
  data_version_ = data_version;
  total_changes_ = total_changes;
  if (stamp != stamp_) {
    persons_.reset();
    places_.reset();
    topics_.reset();
    stamp_ = std::move(stamp);
  }
}

std::shared_ptr<const names::Authority> ConnectionState::persons(const char* function) {
  refresh(function);
  return current_persons(function);
}

std::shared_ptr<const names::Authority> ConnectionState::places(const char* function) {
  refresh(function);
  return current_places(function);
}

std::shared_ptr<const passages::TopicMatcher> ConnectionState::topics(const char* function) {
  refresh(function);
  return current_topics(function);
}

std::shared_ptr<const names::Authority> ConnectionState::current_persons(const char* function) {
  if (!persons_) {
    // clio_person.prominence is optional (prior.hpp): read when the table has it.
    const bool prominence = sqlite3_table_column_metadata(db_, "main", "clio_person", "prominence", nullptr, nullptr,
                                                          nullptr, nullptr, nullptr) == SQLITE_OK;
    persons_ = load_authority(db_, function,
                              prominence ? "SELECT id, name, born, died, prominence FROM main.clio_person"
                                         : "SELECT id, name, born, died FROM main.clio_person",
                              "SELECT person_id, alias FROM main.clio_alias", true);
  }
  return persons_;
}

std::shared_ptr<const names::Authority> ConnectionState::current_places(const char* function) {
  if (!places_) {
    places_ = load_authority(db_, function, "SELECT id, name FROM main.clio_place",
                             "SELECT place_id, alias FROM main.clio_place_alias", false);
  }
  return places_;
}

std::shared_ptr<const passages::TopicMatcher> ConnectionState::current_topics(const char* function) {
  if (!topics_) {
    auto matcher = std::make_shared<passages::TopicMatcher>();
    Statement rows(db_, "SELECT topic, pattern FROM main.clio_topic", function);
    while (rows.step(db_, function)) {
      if (rows.is_null(0) || rows.is_null(1)) continue;
      if (!matcher->add(rows.text(0), rows.text(1))) {
        throw SqlError(fmt::format("{}: clio_topic pattern '{}' (topic '{}') is not a word or phrase with an optional "
                                   "trailing *",
                                   function, rows.text(1), rows.text(0)));
      }
    }
    topics_ = std::move(matcher);
  }
  return topics_;
}

bool ConnectionState::has_authority() const noexcept {
  return sqlite3_table_column_metadata(db_, "main", "clio_authority_stamp", nullptr, nullptr, nullptr, nullptr,
                                       nullptr, nullptr) == SQLITE_OK;
}

passages::MentionTagger& ConnectionState::tagger(const char* function, unsigned kinds, StampReader* reader) {
  using passages::kind_bit;
  using passages::MentionKind;
  passages::TagSources sources;
  std::shared_ptr<const names::Authority> persons, places;
  std::shared_ptr<const passages::TopicMatcher> topics;
  if ((kinds & (kind_bit(MentionKind::person) | kind_bit(MentionKind::place) | kind_bit(MentionKind::topic))) &&
      has_authority()) {
    refresh(function, reader);  // once for the three indexes: the stamp read is most of a short call's cost
    if (kinds & kind_bit(MentionKind::person)) sources.persons = (persons = current_persons(function)).get();
    if (kinds & kind_bit(MentionKind::place)) sources.places = (places = current_places(function)).get();
    if (kinds & kind_bit(MentionKind::topic)) sources.topics = (topics = current_topics(function)).get();
  }
  if (!tagger_ || persons != tagger_persons_ || places != tagger_places_ || topics != tagger_topics_) {
    tagger_.reset();
    tagger_ = std::make_unique<passages::MentionTagger>(sources);
    tagger_persons_ = std::move(persons);
    tagger_places_ = std::move(places);
    tagger_topics_ = std::move(topics);
  }
  return *tagger_;
}

}  // namespace clio::sql
