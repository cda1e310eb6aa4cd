// clio export DB --format tei --out DIR: one TEI P5 document per source, from what the database
// holds (the tags with their corrections, not a fresh tagging):
//   teiHeader  fileDesc (the source's title, author, date and url as the bibl of sourceDesc),
//              encodingDesc (the Julian calendar that @calendar="#julian" points to), langUsage
//   text/body  the passages of `passage`: heading -> head, boilerplate -> fw type="boilerplate",
//              text -> p; a heading that follows paragraphs opens a new div (TEI allows head only
//              at the top of a division). Mentions: persName/placeName with @ref="#id" (none when
//              unlinked), date with @when (a day, month or year) or @notBefore/@notAfter and
//              @calendar="#julian" where the source wrote it Old Style, term type="topic" @key.
//   standOff   listPerson and listPlace of the persons and places the document refers to, with
//              xml:ids the @refs point to, names, and birth/death where the authority has them.
// Mentions that overlap an earlier one or cross a passage's end are left out of the markup (XML
// nests). docs/tei/clio-tei.rng is the schema of exactly this subset of TEI; tests/cli validates
// every exported document against it with jing.
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "commands.hpp"
#include "database.hpp"
#include "dates/calendar.hpp"
#include "schema.hpp"

namespace clio::cli {

namespace {

std::string esc(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

// An xml:id for an authority id: an NCName, the same for the @ref and its target.
std::string xml_id(const std::string& id) {
  std::string out;
  for (unsigned char c : id) out += (std::isalnum(c) || c == '_' || c == '-' || c == '.' || c >= 0x80) ? char(c) : '_';
  if (out.empty() || !(std::isalpha(static_cast<unsigned char>(out[0])) || out[0] == '_' ||
                       static_cast<unsigned char>(out[0]) >= 0x80))
    out = "id_" + out;
  return out;
}

// Byte offset of each code point (and of the end), so character offsets can cut the UTF-8 text.
std::vector<std::size_t> char_offsets(const std::string& text) {
  std::vector<std::size_t> at;
  at.reserve(text.size() + 1);
  for (std::size_t i = 0; i < text.size(); ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) at.push_back(i);
  at.push_back(text.size());
  return at;
}

struct Span {
  std::int64_t start, length;  // 1-based characters
  std::string kind, value, earliest, latest, calendar;
  bool has_value = false;
};

// TEI date attributes (att.datable.w3c) from a Gregorian interval of ISO days: @when for a whole
// day, month or year, else @notBefore/@notAfter. BCE days are left out (W3C years before 1 need the
// astronomical numbering, which readers of TEI rarely expect).
std::string when_attributes(const std::string& earliest, const std::string& latest) {
  if (earliest.size() < 10 || latest.size() < 10 || earliest[0] == '-' || latest[0] == '-') return "";
  auto year_of = [](const std::string& d) { return d.substr(0, d.size() - 6); };
  auto month_of = [](const std::string& d) { return d.substr(0, d.size() - 3); };
  if (earliest == latest) return " when=\"" + earliest + "\"";
  bool first_day = earliest.compare(earliest.size() - 2, 2, "01") == 0;
  if (year_of(earliest) == year_of(latest) && earliest.compare(earliest.size() - 5, 5, "01-01") == 0 &&
      latest.compare(latest.size() - 5, 5, "12-31") == 0)
    return " when=\"" + year_of(earliest) + "\"";
  if (month_of(earliest) == month_of(latest) && first_day) {  // a whole month: first to last day
    long long y = std::stoll(year_of(latest));
    int m = std::stoi(latest.substr(latest.size() - 5, 2)), d = std::stoi(latest.substr(latest.size() - 2));
    if (d == dates::days_in_month(y, m, dates::Calendar::gregorian)) return " when=\"" + month_of(earliest) + "\"";
  }
  return " notBefore=\"" + earliest + "\" notAfter=\"" + latest + "\"";
}

std::string date_attributes(const Span& m) {
  std::string out = when_attributes(m.earliest, m.latest);
  if (m.calendar == "julian") out += " calendar=\"#julian\"";
  return out;
}

const char* element_of(const std::string& kind) {
  if (kind == "person") return "persName";
  if (kind == "place") return "placeName";
  if (kind == "date") return "date";
  if (kind == "topic") return "term";
  return nullptr;
}

std::string life_event(const char* element, const std::string& earliest, const std::string& latest) {
  std::string when = when_attributes(earliest, latest);
  return when.empty() ? "" : std::string("<") + element + when + "/>";
}

}  // namespace

void export_tei(Database& db, const std::string& dir) {
  std::filesystem::create_directories(dir);
  auto sources = db.prepare("SELECT id, coalesce(title, ''), coalesce(author, ''), coalesce(date, ''), "
                            "coalesce(url, ''), coalesce(lang, ''), text FROM source ORDER BY id");
  auto passages = db.prepare("SELECT start, length, kind FROM passage WHERE source_id = ? ORDER BY n");
  auto mentions = db.prepare(
      "SELECT start, length, kind, value, coalesce(earliest, ''), coalesce(latest, ''), coalesce(calendar, '') "
      "FROM mention WHERE source_id = ? AND kind IN ('person', 'place', 'date', 'topic') "
      "ORDER BY start, length DESC");
  auto person = db.prepare(
      "SELECT name, coalesce(clio_date_earliest(born), ''), coalesce(clio_date_latest(born), ''), "
      "coalesce(clio_date_earliest(died), ''), coalesce(clio_date_latest(died), '') FROM clio_person WHERE id = ?");
  auto place = db.prepare("SELECT name FROM clio_place WHERE id = ?");
  std::size_t files = 0;
  while (sources.step()) {
    std::int64_t id = sources.integer(0);
    std::string title = sources.text(1), author = sources.text(2), date = sources.text(3), url = sources.text(4),
                lang = sources.text(5), text = sources.text(6);
    auto at = char_offsets(text);
    auto byte = [&](std::int64_t ch) {  // the byte where 1-based character ch starts (or the end)
      return at[std::min<std::size_t>(static_cast<std::size_t>(std::max<std::int64_t>(ch, 1) - 1), at.size() - 1)];
    };
    std::vector<Span> ms;
    mentions.bind(1, id);
    while (mentions.step())
      ms.push_back({mentions.integer(0), mentions.integer(1), mentions.text(2), mentions.text(3), mentions.text(4),
                    mentions.text(5), mentions.text(6), !mentions.is_null(3)});
    mentions.reset();
    std::set<std::string> persons, places;
    bool julian = false;
    std::string body;
    bool div_open = false, div_has_block = false;
    std::size_t mi = 0;
    passages.bind(1, id);
    while (passages.step()) {
      std::int64_t ps = passages.integer(0), pl = passages.integer(1);
      std::string kind = passages.text(2);
      std::string tag = kind == "heading" ? "head" : kind == "boilerplate" ? "fw" : "p";
      if (tag == "head" && div_has_block) {  // TEI: head only at the top of a division
        body += "</div>\n";
        div_open = div_has_block = false;
      }
      if (!div_open) {
        body += "<div>\n";
        div_open = true;
      }
      if (tag == "p") div_has_block = true;
      body += tag == "fw" ? "<fw type=\"boilerplate\">" : "<" + tag + ">";
      std::int64_t pos = ps, pend = ps + pl;
      while (mi < ms.size() && ms[mi].start < ps) ++mi;  // mentions outside any passage
      for (; mi < ms.size() && ms[mi].start < pend; ++mi) {
        const Span& m = ms[mi];
        const char* el = element_of(m.kind);
        if (m.start < pos || m.start + m.length > pend || !el || tag == "fw") continue;  // overlapping, crossing
        body += esc(std::string_view(text).substr(byte(pos), byte(m.start) - byte(pos)));
        body += "<";
        body += el;
        if ((m.kind == "person" || m.kind == "place") && m.has_value) {
          body += " ref=\"#" + esc(xml_id(m.value)) + "\"";
          (m.kind == "person" ? persons : places).insert(m.value);
        } else if (m.kind == "topic") {
          body += " type=\"topic\"";
          if (m.has_value) body += " key=\"" + esc(m.value) + "\"";
        } else if (m.kind == "date") {
          body += date_attributes(m);
          julian = julian || m.calendar == "julian";
        }
        body += ">" + esc(std::string_view(text).substr(byte(m.start), byte(m.start + m.length) - byte(m.start)));
        body += std::string("</") + el + ">";
        pos = m.start + m.length;
      }
      body += esc(std::string_view(text).substr(byte(pos), byte(pend) - byte(pos)));
      body += "</" + tag + ">\n";
    }
    passages.reset();
    if (div_open && !div_has_block) body += "<p/>\n";  // a division holds at least one paragraph
    if (div_open) body += "</div>\n";
    if (body.empty()) body = "<div>\n<p/>\n</div>\n";

    std::string doc = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<TEI xmlns=\"http://www.tei-c.org/ns/1.0\"";
    if (!lang.empty()) doc += " xml:lang=\"" + esc(lang) + "\"";
    doc += ">\n<teiHeader>\n<fileDesc>\n<titleStmt>\n<title>" + esc(title.empty() ? "Source " + std::to_string(id) : title) +
           "</title>\n";
    if (!author.empty()) doc += "<author>" + esc(author) + "</author>\n";
    doc += "</titleStmt>\n<publicationStmt>\n<p>Exported by clio " CLIO_VERSION " from " + esc(db.path()) +
           ", source " + std::to_string(id) + ".</p>\n</publicationStmt>\n<sourceDesc>\n<bibl>";
    doc += "<title>" + esc(title) + "</title>";
    if (!author.empty()) doc += "<author>" + esc(author) + "</author>";
    if (!date.empty()) doc += "<date>" + esc(date) + "</date>";
    if (!url.empty()) doc += "<ref target=\"" + esc(url) + "\">" + esc(url) + "</ref>";
    doc += "</bibl>\n</sourceDesc>\n</fileDesc>\n";
    if (julian)
      doc += "<encodingDesc>\n<calendarDesc>\n<calendar xml:id=\"julian\"><p>The Julian calendar (Old Style): "
             "@when and @notBefore/@notAfter give the Gregorian day.</p></calendar>\n</calendarDesc>\n</encodingDesc>\n";
    if (!lang.empty())
      doc += "<profileDesc>\n<langUsage><language ident=\"" + esc(lang) + "\"/></langUsage>\n</profileDesc>\n";
    doc += "</teiHeader>\n<text>\n<body>\n" + body + "</body>\n</text>\n";
    if (!persons.empty() || !places.empty()) {
      doc += "<standOff>\n";
      if (!persons.empty()) {
        doc += "<listPerson>\n";
        for (const auto& p : persons) {
          person.bind(1, std::string_view(p));
          doc += "<person xml:id=\"" + esc(xml_id(p)) + "\">";
          if (person.step()) {
            doc += "<persName>" + esc(person.text(0)) + "</persName>";
            doc += life_event("birth", person.text(1), person.text(2));
            doc += life_event("death", person.text(3), person.text(4));
          } else {
            doc += "<persName>" + esc(p) + "</persName>";  // the authority no longer has the id
          }
          person.reset();
          doc += "</person>\n";
        }
        doc += "</listPerson>\n";
      }
      if (!places.empty()) {
        doc += "<listPlace>\n";
        for (const auto& p : places) {
          place.bind(1, std::string_view(p));
          doc += "<place xml:id=\"" + esc(xml_id(p)) + "\"><placeName>" + esc(place.step() ? place.text(0) : p) +
                 "</placeName></place>\n";
          place.reset();
        }
        doc += "</listPlace>\n";
      }
      doc += "</standOff>\n";
    }
    doc += "</TEI>\n";
    std::string path = (std::filesystem::path(dir) / ("source-" + std::to_string(id) + ".xml")).string();
    std::ofstream out(path, std::ios::binary);
    out << doc;
    if (!out) throw Error("cannot write " + path);
    ++files;
  }
  std::printf("%s: %zu TEI documents\n", dir.c_str(), files);
}

}  // namespace clio::cli
