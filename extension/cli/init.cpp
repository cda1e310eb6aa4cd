// clio init DB: the authority tables (sql/authority.sql) and the sources schema (sql/sources.sql),
// exactly as a sqlite3-shell user creates them with .read. Running it again changes nothing.
#include <cstdio>

#include "commands.hpp"
#include "database.hpp"
#include "schema.hpp"
#include "sql_scripts.hpp"

namespace clio::cli {

void require_schema(Database& db) {
  for (const char* table : {"source", "passage", "mention", "source_file", "tag_state", "correction"})
    if (!db.has_table(table))
      throw Error("the database " + db.path() + " has no table `" + table +
                  "`: create the schema with `clio init " + db.path() + "`");
  for (const char* table : {"clio_person", "clio_alias", "clio_place", "clio_place_alias"})
    if (!db.has_table(table))
      throw Error("the database " + db.path() + " has no authority table `" + table +
                  "`: create it with `clio init " + db.path() + "`");
}

std::string content_hash(std::string_view bytes) {
  std::uint64_t h = 1469598103934665603ull;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ull;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

void init(const std::string& path) {
  Database db(path, true);
  Transaction tx(db);
  db.exec(sql::kAuthority);
  db.exec(sql::kSources);
  tx.commit();
  std::printf("%s: sources schema and authority tables ready\n", path.c_str());
  std::printf("next: clio import %s FILES...   clio authority %s persons.csv\n", path.c_str(), path.c_str());
}

}  // namespace clio::cli
