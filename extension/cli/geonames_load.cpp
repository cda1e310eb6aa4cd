// clio authority DB cities15000.txt (or allCountries.txt, a country's XX.txt; plain, .gz or .bz2):
// GeoNames' tab-separated dump, one place a line, no header, 19 columns:
//   geonameid, name, asciiname, alternatenames (comma-separated), latitude, longitude, feature
//   class, feature code, country code, cc2, admin1..admin4, population, elevation, dem, timezone,
//   modification date.
// Each line becomes a clio_place (id "geonames:<geonameid>", the name) with its ASCII name and
// alternate names as clio_place_alias rows. --country takes ISO country codes here (RU, UA, PL);
// --instance takes feature classes or codes (P for populated places, PPLC for capitals, A, H).
// Streamed and committed every 10,000 places, as the Wikidata reader does.
#include <algorithm>
#include <cstdio>
#include <unordered_set>

#include "commands.hpp"
#include "database.hpp"
#include "line_reader.hpp"

namespace clio::cli {

bool is_geonames_dump(const std::string& file) {
  std::string base = file.substr(file.find_last_of('/') == std::string::npos ? 0 : file.find_last_of('/') + 1);
  for (const char* ext : {".gz", ".bz2"})
    if (base.size() > std::char_traits<char>::length(ext) &&
        base.compare(base.size() - std::char_traits<char>::length(ext), std::string::npos, ext) == 0)
      base.resize(base.size() - std::char_traits<char>::length(ext));
  // cities500.txt .. cities15000.txt, allCountries.txt, and the per-country files (RU.txt)
  if (base.rfind("cities", 0) == 0 && base.size() > 10 && base.compare(base.size() - 4, 4, ".txt") == 0) return true;
  if (base == "allCountries.txt") return true;
  return base.size() == 6 && std::isupper(static_cast<unsigned char>(base[0])) &&
         std::isupper(static_cast<unsigned char>(base[1])) && base.compare(2, 4, ".txt") == 0;
}

void load_geonames(Database& db, const std::string& file, const AuthorityOptions& o) {
  LineReader in(file);
  auto place = db.prepare("INSERT INTO clio_place(id, name) VALUES (?, ?) ON CONFLICT(id) DO UPDATE SET name = excluded.name");
  auto clear = db.prepare("DELETE FROM clio_place_alias WHERE place_id = ?");
  auto alias = db.prepare("INSERT INTO clio_place_alias(place_id, alias) VALUES (?, ?)");
  std::string line;
  std::size_t lines = 0, places = 0, aliases = 0, bad = 0;
  auto tx = std::make_unique<Transaction>(db);
  std::vector<std::string_view> f;
  while (in.next(line)) {
    ++lines;
    f.clear();
    std::string_view rest(line);
    for (std::size_t at; (at = rest.find('\t')) != std::string_view::npos; rest.remove_prefix(at + 1))
      f.push_back(rest.substr(0, at));
    f.push_back(rest);
    if (f.size() < 9 || f[0].empty() || f[1].empty()) {
      if (!line.empty() && ++bad <= 5)
        std::fprintf(stderr, "clio authority: %s:%zu: skipped, not a GeoNames line (19 tab-separated columns)\n",
                     file.c_str(), lines);
      continue;
    }
    auto wanted = [](const std::vector<std::string>& list, std::string_view a, std::string_view b = {}) {
      return list.empty() || std::find(list.begin(), list.end(), a) != list.end() ||
             (!b.empty() && std::find(list.begin(), list.end(), b) != list.end());
    };
    if (!wanted(o.countries, f[8]) || !wanted(o.instances, f[6], f[7])) continue;
    std::string id = "geonames:" + std::string(f[0]);
    place.bind(1, std::string_view(id)).bind(2, f[1]).run();
    clear.bind(1, std::string_view(id)).run();
    std::unordered_set<std::string_view> seen{f[1]};
    auto add = [&](std::string_view a) {
      while (!a.empty() && a.front() == ' ') a.remove_prefix(1);
      while (!a.empty() && a.back() == ' ') a.remove_suffix(1);
      if (a.empty() || !seen.insert(a).second) return;
      alias.bind(1, std::string_view(id)).bind(2, a).run();
      ++aliases;
    };
    add(f[2]);
    for (std::string_view names = f[3]; !names.empty();) {
      auto comma = names.find(',');
      add(names.substr(0, comma));
      if (comma == std::string_view::npos) break;
      names.remove_prefix(comma + 1);
    }
    if (++places % 10000 == 0) {
      tx->commit();
      tx = std::make_unique<Transaction>(db);
    }
  }
  tx->commit();
  if (bad > 5) std::fprintf(stderr, "clio authority: %s: %zu lines skipped in all\n", file.c_str(), bad);
  std::printf("%s: %zu GeoNames places, %zu aliases\n", file.c_str(), places, aliases);
}

}  // namespace clio::cli
