// Person names in SQL.
//
//   clio_resolve(name [, context])      id of the clio_person meant by `name`, or NULL
//   SELECT * FROM clio_candidates(name [, context])   person_id, name, score, reason, best first
//   clio_name_key(name)                 the folded, transliterated comparison key
//   clio_translit(text [, scheme])      Cyrillic, Greek, Georgian -> Latin (bgn, lc, iso9,
//                                       scholarly, german, french, polish)
//   clio_phonetic(name)                 Slavic-aware phonetic codes
//   (clio_name_key and clio_phonetic give NULL when the text has no name in it: '', ' ', '...';
//   clio_phonetic also for names without letters such as '1917')
//   clio_authority_install()            creates the authority tables and change tracking
//                                       (sql/authority.sql) where they are missing
//
// `context` is the date of the passage: a year, an ISO day, EDTF or any date expression clio
// reads ('1880', 'summer 1880'); it decides between namesakes (a Dumas of 1880 is the son).
//
// Flags: the helpers depend on their arguments alone: DETERMINISTIC|INNOCUOUS. clio_resolve and
// clio_candidates read the user's tables, so their answer changes when the tables do: they are
// neither deterministic (an index on them would go stale) nor innocuous (they read data the
// arguments do not name). clio_authority_install() changes the schema: DIRECTONLY.
//
// NULL, empty or all-whitespace names give NULL (no rows); names longer than kMaxNameBytes name
// nobody (NULL) and cost nothing; a missing authority table is an error that says how to make it.
#include <fmt/format.h>

#include <vector>

#include "clio/authority_sql.hpp"
#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"
#include "names/authority.hpp"
#include "names/parse.hpp"
#include "names/translit.hpp"
#include "sqlite/connection_state.hpp"
#include "sqlite/glue.hpp"
#include "sqlite/table_function.hpp"

namespace clio::sql {
namespace {

constexpr int kPure = SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS;
constexpr std::size_t kMaxNameBytes = 1024;

// The name argument, or nullopt when it cannot name anyone (NULL, blank, absurdly long).
std::optional<std::string_view> name_arg(sqlite3_value* v, const char* function) {
  auto name = value_text(v, function, "name");
  if (!name || name->size() > kMaxNameBytes) return std::nullopt;
  if (name->find_first_not_of(" \t\r\n\f\v") == std::string_view::npos) return std::nullopt;
  return name;
}

std::optional<dates::DateValue> context_arg(sqlite3_value* v, const char* function) {
  const auto text = value_text(v, function, "context");
  if (!text) return std::nullopt;
  if (auto edtf = dates::parse_edtf(*text)) return edtf;
  static const dates::ParseOptions kDefaults;
  if (auto d = dates::parse_date(*text, kDefaults)) return d;
  throw SqlError(fmt::format("{}: the context argument '{}' is not a date: give a year, an ISO day or a date "
                             "expression such as 'summer 1880'",
                             function, quote_input(*text, 80)));
}

void resolve(const Call& call) {
  const auto name = name_arg(call.value(0), call.name());
  if (!name) return;
  const auto context = context_arg(call.value(1), call.name());
  const auto authority = call.connection().persons(call.name());
  if (auto i = authority->resolve(*name, context)) call.result_text(authority->person(*i).id);
}

// An empty key or code means the text holds no name (empty, blank, punctuation; for the phonetic
// code also digits only, as in '1917'): NULL, like the other name functions, so that
// `WHERE clio_name_key(a) = clio_name_key(b)` never pairs two non-names.
void name_key(const Call& call) {
  const auto name = call.text(0, "name");
  if (!name) return;
  std::string key = names::name_key(*name);
  if (!key.empty()) call.result_text(key);
}

void phonetic(const Call& call) {
  const auto name = call.text(0, "name");
  if (!name) return;
  std::string code = names::phonetic(*name);
  if (!code.empty()) call.result_text(code);
}

void translit(const Call& call) {
  const auto text = call.text(0, "text");
  if (!text) return;
  names::Scheme scheme = names::Scheme::bgn;
  if (const auto s = call.text(1, "scheme")) {
    const auto parsed = names::scheme_from_name(*s);
    if (!parsed) {
      throw SqlError(fmt::format("{}: unknown scheme '{}': use bgn, lc, iso9, scholarly, german, french or polish",
                                 call.name(), quote_input(*s, 40)));
    }
    scheme = *parsed;
  }
  call.result_text(names::translit(*text, scheme));
}

void authority_install(const Call& call) {
  char* err = nullptr;
  const int rc = sqlite3_exec(call.connection().db(), kAuthoritySql, nullptr, nullptr, &err);
  if (rc != SQLITE_OK) {
    std::string msg = fmt::format("{}: {}", call.name(), err ? err : sqlite3_errstr(rc));
    sqlite3_free(err);
    if (rc == SQLITE_NOMEM) throw std::bad_alloc();
    throw SqlError(msg);
  }
  call.result_int(1);
}

constexpr FunctionSpec kFunctions[] = {
    {"clio_resolve", 1, 2, 0, resolve},
    {"clio_name_key", 1, 1, kPure, name_key},
    {"clio_phonetic", 1, 1, kPure, phonetic},
    {"clio_translit", 1, 2, kPure, translit},
    {"clio_authority_install", 0, 0, SQLITE_DIRECTONLY, authority_install},
};

// clio_candidates(name [, context]): the persons `name` may mean, best first.
struct CandidatesTable {
  static constexpr const char* kName = "clio_candidates";
  static constexpr const char* kSchema =
      "CREATE TABLE x(person_id TEXT, name TEXT, score REAL, reason TEXT, name_arg HIDDEN, context HIDDEN)";
  static constexpr int kFirstArgColumn = 4;
  static constexpr int kArgCount = 2;
  static constexpr int kRequiredArgs = 1;
  static constexpr const char* kUsage = "SELECT * FROM clio_candidates(name [, context])";
  static constexpr bool kInnocuous = false;  // reads the authority tables
  static constexpr std::size_t kLimit = 20;

  struct Cursor {
    std::shared_ptr<const names::Authority> authority;
    std::vector<names::Authority::Candidate> rows;
    std::size_t at = 0;

    void filter(ConnectionState& conn, sqlite3_value* const* args) {
      const auto name = name_arg(args[0], kName);
      if (!name) return;
      const auto context = context_arg(args[1], kName);
      authority = conn.persons(kName);
      rows = authority->candidates(*name, context, kLimit);
    }
    bool eof() const { return at >= rows.size(); }
    void next() { ++at; }
    void column(sqlite3_context* ctx, int col) const {
      const auto& c = rows[at];
      const auto& p = authority->person(c.person);
      switch (col) {
        case 0: sqlite3_result_text64(ctx, p.id.data(), p.id.size(), SQLITE_TRANSIENT, SQLITE_UTF8); break;
        case 1: sqlite3_result_text64(ctx, p.name.data(), p.name.size(), SQLITE_TRANSIENT, SQLITE_UTF8); break;
        case 2: sqlite3_result_double(ctx, c.confidence); break;  // calibrated (names/calibration.hpp)
        case 3: sqlite3_result_text64(ctx, c.reason.data(), c.reason.size(), SQLITE_TRANSIENT, SQLITE_UTF8); break;
        default: break;
      }
    }
  };
};

const ModuleSpec kModules[] = {
    {CandidatesTable::kName, TableFunction<CandidatesTable>::module()},
};

}  // namespace

std::span<const FunctionSpec> name_functions() { return kFunctions; }
std::span<const ModuleSpec> name_modules() { return kModules; }

}  // namespace clio::sql
