// clio authority DB dump.json[.gz|.bz2]: humans (P31 = Q5) into clio_person with every other label
// and alias as clio_alias rows, items with coordinates (P625) into clio_place and
// clio_place_alias; the count of sitelinks as `prominence` when clio_person has that column. The
// dump is streamed line by line and committed every 10,000 entities, so memory stays bounded and
// an interrupted load keeps what it committed (loading again replaces rows by id).
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <unordered_set>

#include "commands.hpp"
#include "database.hpp"
#include "line_reader.hpp"
#include "wikidata.hpp"

namespace clio::cli {

namespace {

bool has_column(Database& db, const char* table, const char* column) {
  auto s = db.prepare("SELECT 1 FROM pragma_table_info(?) WHERE name = ?");
  s.bind(1, std::string_view(table)).bind(2, std::string_view(column));
  return s.step();
}

// Q ids given inline or as files of Q ids (one per line or separated by commas/spaces).
std::unordered_set<std::string> qid_set(const std::vector<std::string>& args) {
  std::unordered_set<std::string> out;
  auto add_words = [&](const std::string& text) {
    std::string word;
    for (char c : text + "\n") {
      if (c == ',' || c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        if (!word.empty()) out.insert(word);
        word.clear();
      } else {
        word += c;
      }
    }
  };
  for (const auto& a : args) {
    if (!a.empty() && (a[0] == 'Q' || a[0] == 'q') && a.find('/') == std::string::npos) {
      add_words(a);
      continue;
    }
    std::ifstream in(a);
    if (!in) throw Error("--qids: " + a + " is neither a Q id nor a readable file");
    std::string line;
    while (std::getline(in, line)) add_words(line);
  }
  return out;
}

bool any_of(const std::vector<std::string>& have, const std::vector<std::string>& wanted) {
  if (wanted.empty()) return true;
  for (const auto& h : have)
    if (std::find(wanted.begin(), wanted.end(), h) != wanted.end()) return true;
  return false;
}

}  // namespace

void load_wikidata(Database& db, const std::string& file, const AuthorityOptions& o) {
  LineReader in(file);
  auto only = qid_set(o.qids);
  bool prominence = has_column(db, "clio_person", "prominence");
  auto person = db.prepare(prominence ? "INSERT INTO clio_person(id, name, born, died, prominence) VALUES (?, ?, ?, ?, ?) "
                                        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, born = excluded.born, "
                                        "died = excluded.died, prominence = excluded.prominence"
                                      : "INSERT INTO clio_person(id, name, born, died) VALUES (?, ?, ?, ?) "
                                        "ON CONFLICT(id) DO UPDATE SET name = excluded.name, born = excluded.born, "
                                        "died = excluded.died");
  auto place = db.prepare("INSERT INTO clio_place(id, name) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name");
  auto clear_person = db.prepare("DELETE FROM clio_alias WHERE person_id = ?");
  auto clear_place = db.prepare("DELETE FROM clio_place_alias WHERE place_id = ?");
  auto person_alias = db.prepare("INSERT INTO clio_alias(person_id, alias) VALUES (?, ?)");
  auto place_alias = db.prepare("INSERT INTO clio_place_alias(place_id, alias) VALUES (?, ?)");
  bool tty = isatty(STDERR_FILENO);
  auto started = std::chrono::steady_clock::now();
  auto last_report = started;
  std::string line;
  WikidataEntity e;
  std::size_t lines = 0, entities = 0, persons = 0, places = 0, aliases = 0, bad = 0;
  auto tx = std::make_unique<Transaction>(db);
  while (in.next(line)) {
    ++lines;
    try {
      if (!parse_wikidata_line(line, o.languages, e)) continue;
    } catch (const Error& err) {
      if (++bad <= 5) std::fprintf(stderr, "clio authority: %s:%zu: skipped, %s\n", file.c_str(), lines, err.what());
      continue;
    }
    ++entities;
    if (!only.empty() && !only.count(e.id)) continue;
    if (e.name.empty()) continue;
    if (e.human && !o.places_only) {
      if (!any_of(e.country, o.countries)) continue;
      if ((o.born_after || o.born_before) &&
          (!e.born_year || (o.born_after && *e.born_year < *o.born_after) ||
           (o.born_before && *e.born_year > *o.born_before)))
        continue;
      person.bind(1, std::string_view(e.id)).bind(2, std::string_view(e.name)).bind_optional(3, e.born)
          .bind_optional(4, e.died);
      if (prominence) person.bind(5, static_cast<std::int64_t>(e.sitelinks));
      person.run();
      clear_person.bind(1, std::string_view(e.id)).run();
      for (const auto& a : e.names) person_alias.bind(1, std::string_view(e.id)).bind(2, std::string_view(a)).run();
      aliases += e.names.size();
      ++persons;
    } else if (e.located && !e.human && !o.persons_only) {
      if (!any_of(e.instance_of, o.instances) || !any_of(e.country, o.countries)) continue;
      place.bind(1, std::string_view(e.id)).bind(2, std::string_view(e.name)).run();
      clear_place.bind(1, std::string_view(e.id)).run();
      for (const auto& a : e.names) place_alias.bind(1, std::string_view(e.id)).bind(2, std::string_view(a)).run();
      aliases += e.names.size();
      ++places;
    } else {
      continue;
    }
    if ((persons + places) % 10000 == 0) {
      tx->commit();
      tx = std::make_unique<Transaction>(db);
    }
    auto now = std::chrono::steady_clock::now();
    if (tty && now - last_report > std::chrono::milliseconds(500)) {
      last_report = now;
      double secs = std::chrono::duration<double>(now - started).count();
      double done = static_cast<double>(in.bytes_read()), size = static_cast<double>(in.file_size());
      std::fprintf(stderr, "\r   %zu entities, %.0f/s, %.1f MB/s, %zu persons, %zu places%s   ", entities,
                   entities / secs, done / secs / 1e6, persons, places,
                   size > done && done > 0 ? (", about " + std::to_string(static_cast<long>((size - done) / (done / secs))) +
                                              " s left").c_str()
                                           : "");
    }
  }
  tx->commit();
  if (tty) std::fprintf(stderr, "\n");
  if (bad > 5) std::fprintf(stderr, "clio authority: %s: %zu lines skipped in all\n", file.c_str(), bad);
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
  std::printf("%s: %zu entities read (%.0f/s), %zu persons, %zu places, %zu aliases%s\n", file.c_str(), entities,
              secs > 0 ? entities / secs : 0.0, persons, places, aliases,
              prominence ? ", sitelinks as prominence" : "");
}

}  // namespace clio::cli
