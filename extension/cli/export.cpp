// clio export DB --format csv|jsonl|tei [--out DIR] (TEI: tei_export.cpp): every mention with its source's metadata and, for
// persons and places, the authority's name: a table a spreadsheet opens (CSV, RFC 4180, UTF-8) or
// one JSON object per line for other tools. Offsets are 1-based characters of the source's text, as
// substr() counts them. Without --out the rows go to standard output.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>

#include "commands.hpp"
#include "text/json.hpp"
#include "database.hpp"
#include "schema.hpp"

namespace clio::cli {

namespace {

constexpr const char* kMentions = R"(
SELECT m.source_id, s.title AS source_title, s.date AS source_date, s.lang AS source_lang, s.url AS source_url,
       f.path AS source_path, m.passage_n, m.start, m.length, m.surface, m.kind, m.value,
       CASE m.kind WHEN 'person' THEN pe.name WHEN 'place' THEN pl.name END AS name,
       m.earliest, m.latest, m.calendar, m.score
FROM mention m
JOIN source s ON s.id = m.source_id
LEFT JOIN source_file f ON f.source_id = m.source_id
LEFT JOIN clio_person pe ON m.kind = 'person' AND pe.id = m.value
LEFT JOIN clio_place pl ON m.kind = 'place' AND pl.id = m.value
ORDER BY m.source_id, m.start, m.length DESC, m.kind)";

std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

std::string json_string(const std::string& v) {
  std::string out;
  clio::text::append_json_string(out, v);
  return out;
}

}  // namespace

void export_mentions(const ExportOptions& o) {
  if (o.format != "csv" && o.format != "jsonl" && o.format != "tei")
    throw Error("--format takes csv, jsonl or tei, not '" + o.format + "'");
  if (o.format == "tei" && o.out.empty()) throw Error("--format tei writes one file per source: give --out DIR");
  Database db(o.db, false);
  require_schema(db);
  if (o.format == "tei") {
    export_tei(db, o.out);
    return;
  }
  std::ofstream file;
  std::string out_path;
  if (!o.out.empty()) {
    std::filesystem::create_directories(o.out);
    out_path = (std::filesystem::path(o.out) / ("mentions." + o.format)).string();
    file.open(out_path, std::ios::binary);
    if (!file) throw Error("cannot write " + out_path);
  }
  std::ostream& out = o.out.empty() ? std::cout : file;
  auto s = db.prepare(kMentions);
  std::size_t rows = 0;
  int n = s.columns();
  if (o.format == "csv") {
    for (int i = 0; i < n; ++i) out << (i ? "," : "") << s.name(i);
    out << "\r\n";
  }
  while (s.step()) {
    ++rows;
    if (o.format == "csv") {
      for (int i = 0; i < n; ++i) out << (i ? "," : "") << (s.is_null(i) ? "" : csv_field(s.text(i)));
      out << "\r\n";
    } else {
      out << '{';
      for (int i = 0; i < n; ++i) {
        out << (i ? "," : "") << json_string(s.name(i)) << ':';
        switch (s.type(i)) {
          case SQLITE_NULL: out << "null"; break;
          case SQLITE_INTEGER: out << s.integer(i); break;
          case SQLITE_FLOAT: {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.6g", s.real(i));
            out << buf;
            break;
          }
          default: out << json_string(s.text(i));
        }
      }
      out << "}\n";
    }
  }
  out.flush();
  if (!o.out.empty()) std::printf("%s: %zu mentions\n", out_path.c_str(), rows);
}

}  // namespace clio::cli
