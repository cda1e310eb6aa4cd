#include <simdjson.h>

#include <algorithm>
#include <charconv>
#include <unordered_set>

#include "error.hpp"
#include "dates/calendar.hpp"
#include "wikidata.hpp"

namespace clio::cli {

namespace {

using simdjson::dom::array;
using simdjson::dom::element;
using simdjson::dom::object;

constexpr const char* kMonths[] = {"January", "February", "March",     "April",   "May",      "June",
                                   "July",    "August",   "September", "October", "November", "December"};

std::string ordinal(long long n) {
  long long t = n % 100;
  const char* suffix = (t >= 11 && t <= 13) ? "th" : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
  return std::to_string(n) + suffix;
}

// The string at `e`, or "" when it is missing or not a string (never throws: a
// simdjson_result holding an error is read through get(), not converted).
std::string_view str(simdjson::simdjson_result<element> e) {
  std::string_view s;
  return e.get(s) == simdjson::SUCCESS ? s : std::string_view();
}

// The statements of a property, preferred rank first, deprecated ones left out.
std::vector<element> statements(object claims, const char* property) {
  std::vector<element> out, preferred;
  array list;
  if (claims[property].get(list) != simdjson::SUCCESS) return out;
  for (element st : list) {
    std::string_view rank = str(st["rank"]);
    if (rank == "deprecated") continue;
    (rank == "preferred" ? preferred : out).push_back(st);
  }
  preferred.insert(preferred.end(), out.begin(), out.end());
  return preferred;
}

// The value of a statement's main snak, if it has one ("somevalue"/"novalue" have none).
bool main_value(element st, element& value) {
  return st["mainsnak"]["datavalue"]["value"].get(value) == simdjson::SUCCESS;
}

std::vector<std::string> item_ids(object claims, const char* property) {
  std::vector<std::string> out;
  for (element st : statements(claims, property)) {
    element v;
    if (main_value(st, v)) {
      std::string_view id = str(v["id"]);
      if (!id.empty()) out.emplace_back(id);
    }
  }
  return out;
}

std::optional<std::string> first_date(object claims, const char* property, long long* year) {
  for (element st : statements(claims, property)) {
    element v;
    if (!main_value(st, v)) continue;
    int64_t precision = 0;
    if (v["precision"].get(precision) != simdjson::SUCCESS) continue;
    if (auto d = wikidata_date(str(v["time"]), precision, str(v["calendarmodel"]), year)) return d;
  }
  return std::nullopt;
}

}  // namespace

bool parse_entity(std::string_view line, const std::vector<std::string>& languages, WikidataEntity& out);

std::optional<std::string> wikidata_date(std::string_view time, long long precision, std::string_view calendar,
                                         long long* year_out) {
  // [+-]YYYY...-MM-DDT...: the year may have more than four digits.
  if (time.size() < 11 || (time[0] != '+' && time[0] != '-')) return std::nullopt;
  bool bce = time[0] == '-';
  auto dash = time.find('-', 1);
  if (dash == std::string_view::npos || dash + 6 > time.size()) return std::nullopt;
  long long year = 0;
  int month = 0, day = 0;
  if (std::from_chars(time.data() + 1, time.data() + dash, year).ec != std::errc() ||
      std::from_chars(time.data() + dash + 1, time.data() + dash + 3, month).ec != std::errc() ||
      std::from_chars(time.data() + dash + 4, time.data() + dash + 6, day).ec != std::errc())
    return std::nullopt;
  if (year == 0 || precision < 7 || precision > 11) return std::nullopt;
  if (precision >= 10 && (month < 1 || month > 12)) precision = 9;
  if (precision == 11 && day < 1) precision = 10;
  long long astro = bce ? 1 - year : year;  // historical -> astronomical numbering
  if (precision == 11) {
    // Julian calendar model: the same day in the proleptic Gregorian calendar.
    bool julian = calendar.size() >= 8 && calendar.substr(calendar.size() - 8) == "Q1985786";
    auto cal = julian ? dates::Calendar::julian : dates::Calendar::gregorian;
    if (!dates::is_valid_ymd({astro, month, day}, cal)) return std::nullopt;
    dates::Ymd g = dates::from_jdn(dates::to_jdn({astro, month, day}, cal), dates::Calendar::gregorian);
    astro = g.year;
    month = g.month;
    day = g.day;
  }
  if (year_out) *year_out = astro;
  long long shown = astro <= 0 ? 1 - astro : astro;  // historical again, for "BC"
  std::string bc = astro <= 0 ? " BC" : "";
  char buf[64];
  switch (precision) {
    case 11:
      if (astro <= 0) return std::to_string(day) + " " + kMonths[month - 1] + " " + std::to_string(shown) + bc;
      std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", astro, month, day);
      return std::string(buf);
    case 10:
      if (astro <= 0) return std::string(kMonths[month - 1]) + " " + std::to_string(shown) + bc;
      std::snprintf(buf, sizeof buf, "%04lld-%02d", astro, month);
      return std::string(buf);
    case 9:
      if (astro <= 0) return std::to_string(shown) + bc;
      std::snprintf(buf, sizeof buf, "%04lld", astro);
      return std::string(buf);
    case 8:  // the decade: 1670s (BCE decades are written as their years)
      if (astro <= 0) return std::to_string(shown) + bc;
      return std::to_string(astro - astro % 10) + "s";
    default:  // 7, the century: 1801-1900 is the 19th
      return ordinal((shown - 1) / 100 + 1) + " century" + bc;
  }
}

bool parse_wikidata_line(std::string_view line, const std::vector<std::string>& languages, WikidataEntity& out) {
  try {
    return parse_entity(line, languages, out);
  } catch (const simdjson::simdjson_error& e) {  // a value of an unexpected type deep inside
    throw Error(std::string("not a Wikidata entity: ") + e.what());
  }
}

bool parse_entity(std::string_view line, const std::vector<std::string>& languages, WikidataEntity& out) {
  while (!line.empty() && (line.back() == ',' || line.back() == ' ' || line.back() == '\r')) line.remove_suffix(1);
  while (!line.empty() && line.front() == ' ') line.remove_prefix(1);
  if (line.empty() || line == "[" || line == "]") return false;
  static thread_local simdjson::dom::parser parser;
  element doc;
  if (auto err = parser.parse(line.data(), line.size(), true).get(doc); err != simdjson::SUCCESS)
    throw Error(std::string("not a JSON entity: ") + simdjson::error_message(err));
  object root;
  if (doc.get(root) != simdjson::SUCCESS) throw Error("not a JSON object");
  out = WikidataEntity();
  out.id = std::string(str(root["id"]));
  if (out.id.empty()) return false;
  object labels, aliases, claims, sitelinks;
  bool has_labels = root["labels"].get(labels) == simdjson::SUCCESS;
  for (const auto& lang : languages) {
    if (!has_labels) break;
    element l;
    if (labels[lang].get(l) == simdjson::SUCCESS) {
      out.name = std::string(str(l["value"]));
      break;
    }
  }
  std::unordered_set<std::string_view> seen;
  std::vector<std::string_view> all;
  if (has_labels)
    for (auto field : labels) {
      std::string_view v = str(field.value["value"]);
      if (!v.empty() && seen.insert(v).second) all.push_back(v);
    }
  if (root["aliases"].get(aliases) == simdjson::SUCCESS)
    for (auto field : aliases) {
      array list;
      if (field.value.get(list) != simdjson::SUCCESS) continue;
      for (element a : list) {
        std::string_view v = str(a["value"]);
        if (!v.empty() && seen.insert(v).second) all.push_back(v);
      }
    }
  if (out.name.empty() && !all.empty()) out.name = std::string(all.front());  // no label in the languages asked
  for (auto v : all)
    if (v != out.name) out.names.emplace_back(v);
  if (root["sitelinks"].get(sitelinks) == simdjson::SUCCESS) out.sitelinks = static_cast<long long>(sitelinks.size());
  if (root["claims"].get(claims) == simdjson::SUCCESS) {
    out.instance_of = item_ids(claims, "P31");
    out.human = std::find(out.instance_of.begin(), out.instance_of.end(), "Q5") != out.instance_of.end();
    out.located = !statements(claims, "P625").empty();
    out.country = item_ids(claims, out.human ? "P27" : "P17");
    if (out.human) {
      long long y = 0;
      out.born = first_date(claims, "P569", &y);
      if (out.born) out.born_year = y;
      out.died = first_date(claims, "P570", nullptr);
    }
  }
  return true;
}

}  // namespace clio::cli
