// clio authority DB FILE...: persons, places, aliases and topic rules from CSV/TSV files with a
// header row, told apart by the header:
//   persons:       id, name, born, died, aliases   (born/died: any date clio reads)
//   places:        id, name, aliases
//   aliases:       person_id, alias   or   place_id, alias     (the layout of samples/authority)
//   topic rules:   topic, pattern
//   Wikidata:      the JSON dump (.json, .json.gz, .json.bz2): see wikidata_load.cpp
//   GeoNames:      cities15000.txt, allCountries.txt, RU.txt ... (also .gz, .bz2): geonames_load.cpp
// `aliases` holds several aliases separated by --alias-sep (default '|'). An id, name file is
// persons when its header has born or died, or when --kind person says so; places otherwise.
// Persons and places are loaded before the alias files that refer to them. Rows whose id is
// already there are updated (their aliases replaced), so a corrected file can be loaded again.
#include <algorithm>
#include <cstdio>

#include "commands.hpp"
#include "database.hpp"
#include "schema.hpp"
#include "table_file.hpp"

namespace clio::cli {

namespace {

int column(const Table& t, const char* name) {
  auto it = std::find(t.header.begin(), t.header.end(), name);
  return it == t.header.end() ? -1 : static_cast<int>(it - t.header.begin());
}

std::vector<std::string> split(const std::string& s, const std::string& sep) {
  std::vector<std::string> out;
  std::size_t at = 0;
  while (at <= s.size()) {
    auto next = s.find(sep, at);
    if (next == std::string::npos) next = s.size();
    std::string part = s.substr(at, next - at);
    auto b = part.find_first_not_of(" \t"), e = part.find_last_not_of(" \t");
    if (b != std::string::npos) out.push_back(part.substr(b, e - b + 1));
    at = next + sep.size();
  }
  return out;
}

}  // namespace

namespace {

// What a file holds, by its header (or --kind), in the order files are loaded: persons and places
// before the aliases that refer to them.
enum class Kind { person, place, person_alias, place_alias, topic };

Kind kind_of(const Table& t, const std::string& file, const std::string& forced) {
  if (!forced.empty() && forced != "person" && forced != "place")
    throw Error("--kind takes person or place, not " + forced);
  if (column(t, "person_id") >= 0 && column(t, "alias") >= 0) return Kind::person_alias;
  if (column(t, "place_id") >= 0 && column(t, "alias") >= 0) return Kind::place_alias;
  if (column(t, "topic") >= 0 && column(t, "pattern") >= 0) return Kind::topic;
  if (column(t, "id") < 0 || column(t, "name") < 0)
    throw Error(file + ": the header needs `id` and `name` (persons: id, name, born, died, aliases; places: id, "
                "name, aliases), or is `person_id, alias`, `place_id, alias` or `topic, pattern`");
  if (forced == "person" || (forced.empty() && (column(t, "born") >= 0 || column(t, "died") >= 0))) return Kind::person;
  return Kind::place;
}

const char* kind_name(Kind k) {
  switch (k) {
    case Kind::person: return "persons";
    case Kind::place: return "places";
    case Kind::person_alias: return "person aliases";
    case Kind::place_alias: return "place aliases";
    case Kind::topic: return "topic rules";
  }
  return "";
}

std::optional<std::string> field(const std::vector<std::string>& row, int col) {
  return col >= 0 && !row[static_cast<std::size_t>(col)].empty() ? std::optional<std::string>(row[col]) : std::nullopt;
}

// Alias and topic rows: two columns, inserted as they are.
std::size_t load_pairs(Database& db, const Table& t, Kind kind) {
  const char* sql = kind == Kind::person_alias ? "INSERT INTO clio_alias(person_id, alias) VALUES (?, ?)"
                    : kind == Kind::place_alias ? "INSERT INTO clio_place_alias(place_id, alias) VALUES (?, ?)"
                                                : "INSERT INTO clio_topic(topic, pattern) VALUES (?, ?)";
  int a = column(t, kind == Kind::person_alias ? "person_id" : kind == Kind::place_alias ? "place_id" : "topic");
  int b = column(t, kind == Kind::topic ? "pattern" : "alias");
  auto ins = db.prepare(sql);
  std::size_t n = 0;
  for (const auto& row : t.rows)
    if (auto x = field(row, a), y = field(row, b); x && y) {
      ins.bind(1, std::string_view(*x)).bind(2, std::string_view(*y)).run();
      ++n;
    }
  return n;
}

bool is_wikidata_dump(const std::string& file) {
  for (const char* ext : {".json", ".json.gz", ".json.bz2", ".ndjson", ".jsonl", ".jsonl.gz", ".jsonl.bz2"}) {
    std::string e(ext);
    if (file.size() >= e.size() && file.compare(file.size() - e.size(), e.size(), e) == 0) return true;
  }
  return false;
}

}  // namespace

void authority(const AuthorityOptions& o) {
  Database db(o.db, false);
  require_schema(db);
  std::vector<std::pair<Kind, std::string>> order;
  std::vector<Table> tables;
  std::vector<std::string> dumps;
  for (const auto& file : o.files) {
    if (is_wikidata_dump(file) || is_geonames_dump(file)) {
      dumps.push_back(file);
      continue;
    }
    tables.push_back(read_table_file(file));
    order.emplace_back(kind_of(tables.back(), file, o.kind), file);
  }
  std::vector<std::size_t> idx(order.size());
  for (std::size_t i = 0; i < idx.size(); ++i) idx[i] = i;
  std::stable_sort(idx.begin(), idx.end(), [&](std::size_t x, std::size_t y) { return order[x].first < order[y].first; });
  for (const auto& file : dumps) {
    if (is_geonames_dump(file)) load_geonames(db, file, o);
    else load_wikidata(db, file, o);
  }
  for (std::size_t i : idx) {
    const auto& [kind, file] = order[i];
    const Table& t = tables[i];
    if (kind != Kind::person && kind != Kind::place) {
      Transaction tx(db);
      std::size_t n = load_pairs(db, t, kind);
      tx.commit();
      std::printf("%s: %zu %s\n", file.c_str(), n, kind_name(kind));
      continue;
    }
    int id = column(t, "id"), name = column(t, "name"), born = column(t, "born"), died = column(t, "died"),
        aliases = column(t, "aliases");
    bool persons = kind == Kind::person;
    Transaction tx(db);
    auto upsert = db.prepare(persons ? "INSERT INTO clio_person(id, name, born, died) VALUES (?, ?, ?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name, born = excluded.born, "
                                       "died = excluded.died"
                                     : "INSERT INTO clio_place(id, name) VALUES (?, ?) "
                                       "ON CONFLICT(id) DO UPDATE SET name = excluded.name");
    auto clear = db.prepare(persons ? "DELETE FROM clio_alias WHERE person_id = ?"
                                    : "DELETE FROM clio_place_alias WHERE place_id = ?");
    auto alias = db.prepare(persons ? "INSERT INTO clio_alias(person_id, alias) VALUES (?, ?)"
                                    : "INSERT INTO clio_place_alias(place_id, alias) VALUES (?, ?)");
    std::size_t rows = 0, alias_rows = 0, line = 1;
    for (const auto& row : t.rows) {
      ++line;
      if (row[id].empty() || row[name].empty()) {
        std::fprintf(stderr, "clio authority: %s:%zu: skipped, no id or name\n", file.c_str(), line);
        continue;
      }
      upsert.bind(1, std::string_view(row[id])).bind(2, std::string_view(row[name]));
      if (persons) {
        upsert.bind_optional(3, field(row, born));
        upsert.bind_optional(4, field(row, died));
      }
      upsert.run();
      clear.bind(1, std::string_view(row[id])).run();
      if (aliases >= 0)
        for (const auto& a : split(row[aliases], o.alias_sep)) {
          alias.bind(1, std::string_view(row[id])).bind(2, std::string_view(a)).run();
          ++alias_rows;
        }
      ++rows;
    }
    tx.commit();
    std::printf("%s: %zu %s, %zu aliases\n", file.c_str(), rows, persons ? "persons" : "places", alias_rows);
  }
}

}  // namespace clio::cli
