#include <doctest/doctest.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <unistd.h>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/edtf.hpp"
#include "passages/tei.hpp"
#include "text/utf8.hpp"

using namespace clio::passages;
using clio::dates::DateValue;
using clio::dates::gregorian_to_jdn;

namespace {

// Runs xmllint on the fragment wrapped in a root element. Empty string: well-formed;
// otherwise xmllint's complaint (or why it could not be run).
std::string xmllint_errors(const std::string& fragment) {
  if (access("/usr/bin/xmllint", X_OK) != 0) return "xmllint not found at /usr/bin/xmllint (apt-get install libxml2-utils)";
  char path[] = "/tmp/clio_tei_testXXXXXX";
  int fd = mkstemp(path);
  if (fd < 0) return "cannot create a temporary file";
  close(fd);
  {
    std::ofstream f(path, std::ios::binary);
    f << "<root>" << fragment << "</root>";
  }
  std::string cmd = std::string("/usr/bin/xmllint --noout ") + path + " 2>&1";
  std::string msg;
  FILE* pipe = popen(cmd.c_str(), "r");
  if (!pipe) {
    std::remove(path);
    return "popen failed";
  }
  char buf[512];
  while (fgets(buf, sizeof buf, pipe)) msg += buf;
  int rc = pclose(pipe);
  std::remove(path);
  if (rc != 0 && msg.empty()) msg = "xmllint failed";
  return rc == 0 ? std::string() : msg;
}

// Tags stripped, the five references the writer uses unescaped.
std::string strip_and_unescape(const std::string& xml) {
  std::string out;
  for (std::size_t i = 0; i < xml.size();) {
    if (xml[i] == '<') {
      i = xml.find('>', i) + 1;
    } else if (xml[i] == '&') {
      std::size_t semi = xml.find(';', i);
      std::string ent = xml.substr(i, semi + 1 - i);
      out += ent == "&amp;" ? "&" : ent == "&lt;" ? "<" : ent == "&gt;" ? ">" : ent == "&quot;" ? "\"" : "\r";
      REQUIRE((ent == "&amp;" || ent == "&lt;" || ent == "&gt;" || ent == "&quot;" || ent == "&#13;"));
      i = semi + 1;
    } else {
      out += xml[i++];
    }
  }
  return out;
}

Mention mention(std::string_view text, std::string_view what, MentionKind kind, std::string value = {},
                std::size_t from = 0) {
  std::size_t b = text.find(what, from);
  REQUIRE(b != std::string_view::npos);
  Mention m;
  m.begin = b, m.end = b + what.size(), m.kind = kind, m.value = std::move(value);
  return m;
}

Mention date_mention(std::string_view text, std::string_view what, clio::dates::Jdn lo, clio::dates::Jdn hi) {
  Mention m = mention(text, what, MentionKind::date);
  DateValue d;
  d.earliest = lo, d.latest = hi;
  m.date = d;
  return m;
}

// to_tei over analyze(), checked for well-formedness.
std::string tei(std::string_view text, const std::vector<Mention>& ms, TeiOptions o = {}) {
  std::string out = to_tei(text, analyze(text, o.unit), ms, o);
  INFO(out);
  CHECK(xmllint_errors(out) == "");
  return out;
}

// The text that dropping boilerplate keeps: each boilerplate passage goes with the blank gap
// before it (from the end of the passage before), so that no run of empty lines is left.
std::string kept_when_dropping(const std::string& t, const std::vector<Passage>& ps) {
  std::string kept;
  std::size_t at = 0, previous_end = 0;
  for (const auto& p : ps) {
    if (p.kind == Kind::boilerplate) {
      if (previous_end > at) kept += t.substr(at, previous_end - at);
      at = std::max(at, p.end);
    }
    previous_end = p.end;
  }
  return kept + t.substr(std::min(at, t.size()));
}

}  // namespace

TEST_CASE("tei: xmllint helper really rejects ill-formed XML") {
  CHECK(xmllint_errors("<a>x</a>") == "");
  CHECK(xmllint_errors("<a>x</b>") != "");
  CHECK(xmllint_errors("a & b") != "");
}

TEST_CASE("tei: English sentences, paragraphs and mentions") {
  std::string t = "Lincoln visited Boston on 3 May 1861. He left.\n\nA new paragraph.";
  std::vector<Mention> ms = {mention(t, "Lincoln", MentionKind::person, "lincoln_a"),
                             mention(t, "Boston", MentionKind::place, "boston"),
                             date_mention(t, "3 May 1861", gregorian_to_jdn(1861, 5, 3), gregorian_to_jdn(1861, 5, 3))};
  CHECK(tei(t, ms) ==
        "<p><s><persName ref=\"#lincoln_a\">Lincoln</persName> visited <placeName ref=\"#boston\">Boston</placeName>"
        " on <date when=\"1861-05-03\">3 May 1861</date>.</s> <s>He left.</s></p>\n\n<p><s>A new paragraph.</s></p>");
  CHECK(tei(t, ms, {false, Unit::paragraph}).starts_with("<p><persName"));
  ms[0].value.clear();  // unresolved person: no ref
  CHECK(tei(t, ms).starts_with("<p><s><persName>Lincoln</persName> visited"));
  CHECK(tei(t, {}, {false, Unit::paragraph}) == "<p>Lincoln visited Boston on 3 May 1861. He left.</p>\n\n<p>A new paragraph.</p>");
}

TEST_CASE("tei: escaping of text and attributes, CR kept") {
  std::string t = "The sailors ate fish & chips <cheap> and said \"x\" to the cook.\r\nThen they slept.";
  Mention m = mention(t, "fish", MentionKind::topic, "food&\"drink\"<");
  // Hand-made passage: analyze() may call a paragraph with <markup> boilerplate.
  std::string out = to_tei(t, {Passage{0, t.size(), Kind::text}}, {m}, {false, Unit::paragraph});
  CHECK(xmllint_errors(out) == "");
  CHECK(out == "<p>The sailors ate <term type=\"topic\" key=\"food&amp;&quot;drink&quot;&lt;\">fish</term> &amp; chips "
               "&lt;cheap&gt; and said \"x\" to the cook.&#13;\nThen they slept.</p>");
  CHECK(strip_and_unescape(out) == t);
}

TEST_CASE("tei: Russian with a combining accent keeps offsets") {
  std::string t = "Царь Пе\u0301тр прибыл в Москву. Всё.";
  Mention p = mention(t, "Пе\u0301тр", MentionKind::person, "peter_i");
  Mention q = mention(t, "Москву", MentionKind::place, "moscow");
  std::string out = tei(t, {q, p});
  CHECK(out == "<p><s>Царь <persName ref=\"#peter_i\">Пе\u0301тр</persName> прибыл в "
               "<placeName ref=\"#moscow\">Москву</placeName>.</s> <s>Всё.</s></p>");
  CHECK(strip_and_unescape(out) == t);
}

TEST_CASE("tei: invalid UTF-8 and forbidden controls") {
  std::string t = "Bad \xC3\x28 byte\x01 and \xFF in Rome.";
  Mention r = mention(t, "Rome", MentionKind::place, "rome");  // offsets into the ORIGINAL bytes
  std::string out = tei(t, {r});
  CHECK(out.find("<placeName ref=\"#rome\">Rome</placeName>") != std::string::npos);
  CHECK(clio::text::is_valid_utf8(out));
  std::string expected = clio::text::sanitize_utf8(t);
  expected.erase(expected.find('\x01'), 1);
  CHECK(strip_and_unescape(out) == expected);
}

TEST_CASE("tei: overlapping mentions and a mention across a sentence boundary stay plain") {
  std::string t = "Anna Karenina met Vronsky. Then Moscow.";
  std::vector<Mention> ms = {mention(t, "Karenina met", MentionKind::topic, "x"),  // overlaps the person: later
                             mention(t, "Anna Karenina", MentionKind::person, "anna"),
                             mention(t, "Vronsky. Then", MentionKind::person, "bad"),  // crosses sentences
                             mention(t, "Then", MentionKind::topic, "time"),
                             mention(t, "Moscow", MentionKind::place, "moscow"),
                             mention(t, "Moscow", MentionKind::place, "dup")};
  std::string out = tei(t, ms);
  CHECK(out == "<p><s><persName ref=\"#anna\">Anna Karenina</persName> met Vronsky.</s> "
               "<s><term type=\"topic\" key=\"time\">Then</term> <placeName ref=\"#moscow\">Moscow</placeName>.</s></p>");
  // Garbage mentions: empty, beyond the text, inside a word: never ill-formed.
  Mention e;
  e.begin = 3, e.end = 3, e.kind = MentionKind::person;
  Mention far;
  far.begin = 5, far.end = 1000, far.kind = MentionKind::place;
  CHECK(strip_and_unescape(tei(t, {e, far})) == t);
}

TEST_CASE("tei: boilerplate kept in <fw> or dropped, headings in <head>") {
  std::string t = "Page 12 of 40\n\nCHAPTER ONE\n\nThe war began. Peace followed.\n\nPage 13 of 40\n";
  auto ps = analyze(t);
  bool has_bp = false, has_head = false;
  for (const auto& p : ps) has_bp |= p.kind == Kind::boilerplate, has_head |= p.kind == Kind::heading;
  REQUIRE(has_bp);
  std::string kept = tei(t, {mention(t, "war", MentionKind::topic, "war"),
                             mention(t, "Page 13", MentionKind::topic, "paging")});
  CHECK(kept.find("<fw type=\"boilerplate\">Page 12 of 40</fw>") != std::string::npos);
  CHECK(kept.find("<p><s>The <term type=\"topic\" key=\"war\">war</term> began.</s> <s>Peace followed.</s></p>") !=
        std::string::npos);
  REQUIRE(has_head);
  CHECK(kept.find("<head>CHAPTER ONE</head>") != std::string::npos);
  CHECK(strip_and_unescape(kept) == t);

  std::string dropped = tei(t, {mention(t, "Page 13", MentionKind::topic, "paging")}, {true, Unit::sentence});
  CHECK(dropped.find("Page") == std::string::npos);
  CHECK(dropped.find("paging") == std::string::npos);
  CHECK(strip_and_unescape(dropped) == kept_when_dropping(t, ps));
  CHECK(dropped.find("\n\n\n") == std::string::npos);  // the dropped lines leave no blank run
}

TEST_CASE("tei: line unit") {
  std::string t = "Roses are red,\nviolets blue.\n\nSecond stanza.";
  std::string out = tei(t, {}, {false, Unit::line});
  CHECK(out == "<lg><l>Roses are red,</l>\n<l>violets blue.</l></lg>\n\n<lg><l>Second stanza.</l></lg>");
}

TEST_CASE("tei: date attributes") {
  DateValue d;
  d.earliest = d.latest = gregorian_to_jdn(1917, 11, 7);
  CHECK(tei_date_attributes(d) == " when=\"1917-11-07\"");
  d.calendar = clio::dates::Calendar::julian;  // source said 25 October (O.S.): attributes stay Gregorian
  CHECK(tei_date_attributes(d) == " when=\"1917-11-07\" calendar=\"#julian\"");
  d = {};
  d.earliest = gregorian_to_jdn(1900, 2, 1), d.latest = gregorian_to_jdn(1900, 2, 28);
  CHECK(tei_date_attributes(d) == " when=\"1900-02\"");
  d.latest = gregorian_to_jdn(1900, 2, 27);
  CHECK(tei_date_attributes(d) == " notBefore=\"1900-02-01\" notAfter=\"1900-02-27\"");
  d.earliest = gregorian_to_jdn(1922, 1, 1), d.latest = gregorian_to_jdn(1922, 12, 31);
  d.approximate = true, d.uncertain = true;
  CHECK(tei_date_attributes(d) == " when=\"1922\" cert=\"low\" precision=\"low\"");
  d = {};
  d.earliest = gregorian_to_jdn(1918, 1, 1), d.latest = clio::dates::kOpenEnd;
  CHECK(tei_date_attributes(d) == " notBefore=\"1918-01-01\"");
  d.earliest = clio::dates::kUnknownStart;
  CHECK(tei_date_attributes(d) == "");
  // BCE: astronomical years as in XSD 1.1 / ISO 8601: 44 BC is -0043.
  d = {};
  d.earliest = d.latest = gregorian_to_jdn(-43, 3, 15);
  CHECK(tei_date_attributes(d) == " when=\"-0043-03-15\"");
  d.earliest = gregorian_to_jdn(-43, 1, 1), d.latest = gregorian_to_jdn(-43, 12, 31);
  CHECK(tei_date_attributes(d) == " when=\"-0043\"");
  d.earliest = d.latest = gregorian_to_jdn(12000, 1, 1);
  CHECK(tei_date_attributes(d) == " when=\"12000-01-01\"");
}

TEST_CASE("tei: BCE date in text") {
  std::string t = "Caesar died on the Ides of March, 44 BC.";
  std::string out = tei(t, {date_mention(t, "the Ides of March, 44 BC", gregorian_to_jdn(-43, 3, 15),
                                         gregorian_to_jdn(-43, 3, 15))});
  CHECK(out == "<p><s>Caesar died on <date when=\"-0043-03-15\">the Ides of March, 44 BC</date>.</s></p>");
}

TEST_CASE("tei: round trip on mixed noise") {
  std::string t = "A&B <x> \xE2\x82 ]]> \x7F\x0B end.\n\nC\r\n\r\nD.\t\"E\" \xF0\x9F\x98\x80!";
  for (Unit u : {Unit::sentence, Unit::paragraph, Unit::line}) {
    std::string out = tei(t, {mention(t, "B", MentionKind::person, "b"), mention(t, "D", MentionKind::place, "d")},
                          {false, u});
    std::string expected = clio::text::sanitize_utf8(t);
    std::erase(expected, '\x0B');
    CHECK(strip_and_unescape(out) == expected);
  }
}

TEST_CASE("tei: linear time on 10 MB") {
  std::string unit = "Lincoln went to Boston in May 1861 & stayed. <Notes> here\n\n";
  std::string t;
  while (t.size() < 10'000'000) t += unit;
  auto ps = analyze(t);
  std::vector<Mention> ms;
  for (std::size_t at = t.find("Boston"); at != std::string::npos; at = t.find("Boston", at + 1)) {
    Mention m;
    m.begin = at, m.end = at + 6, m.kind = MentionKind::place, m.value = "boston";
    ms.push_back(m);
  }
  auto t0 = std::chrono::steady_clock::now();
  std::string out = to_tei(t, ps, ms, {});
  double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  MESSAGE("to_tei 10 MB: " << s << " s, output " << out.size() << " bytes");
  // Linear time is guarded by CTest's per-test timeout, not by a timed assertion (shared machines).
  CHECK(strip_and_unescape(out) == t);
}

TEST_CASE("tei: random bytes and random mentions are always well-formed and round-trip") {
  std::mt19937 rng(20261127);
  const char* pieces[] = {"a", "Word", " ", ". ", "\n", "\n\n", "&", "<", ">", "]]>", "\"", "\r", "\x01", "\x1F",
                          "\xC3", "\xA9", "\xE2\x80\x94", "\xF0\x9F", "\xEF\xBF\xBE", "\xD0\x9C", "\xCC\x81",
                          "Page 3", "CHAPTER I", "\x7F", "\t"};
  for (int round = 0; round < 100; ++round) {
    std::string t;
    int n = static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) t += pieces[rng() % (sizeof pieces / sizeof *pieces)];
    std::vector<Mention> ms;
    int k = static_cast<int>(rng() % 8);
    for (int i = 0; i < k && !t.empty(); ++i) {
      Mention m;
      m.begin = rng() % (t.size() + 1);
      m.end = m.begin + rng() % 12;
      m.kind = static_cast<MentionKind>(rng() % 5);
      m.value = "v<&\"" + std::to_string(i);
      if (m.kind == MentionKind::date && rng() % 2) {
        DateValue d;
        d.earliest = gregorian_to_jdn(static_cast<int>(rng() % 3000) - 1000, 1, 1);
        d.latest = d.earliest + rng() % 800;
        m.date = d;
      }
      ms.push_back(m);
    }
    for (Unit u : {Unit::sentence, Unit::paragraph, Unit::line}) {
      for (bool drop : {false, true}) {
        auto ps = analyze(t, u);
        std::string out = to_tei(t, ps, ms, {drop, u});
        INFO("text: " << t << "\nout: " << out);
        REQUIRE(xmllint_errors(out) == "");
        std::string expected = drop ? kept_when_dropping(t, ps) : t;
        expected = clio::text::sanitize_utf8(expected);
        std::string clean;  // what XML 1.0 allows
        for (std::size_t i = 0; i < expected.size();) {
          auto c = clio::text::next_char(expected, i);
          bool ok = c.cp == 9 || c.cp == 10 || c.cp == 13 || (c.cp >= 0x20 && c.cp != 0xFFFE && c.cp != 0xFFFF);
          if (ok) clean += expected.substr(i, c.len);
          i += c.len;
        }
        CHECK(strip_and_unescape(out) == clean);
      }
    }
  }
}

TEST_CASE("tei: a large output is well-formed too") {
  std::string unit = "Chekhov wrote from Yalta on 1 March 1899 & waited. <Sic> \xFF\n\nPage 4\n\n";
  std::string t;
  while (t.size() < 1'000'000) t += unit;
  std::vector<Mention> ms;
  for (std::size_t at = t.find("Yalta"); at != std::string::npos; at = t.find("Yalta", at + 1)) {
    Mention m;
    m.begin = at, m.end = at + 5, m.kind = MentionKind::place, m.value = "yalta";
    ms.push_back(m);
  }
  for (bool drop : {false, true}) {
    std::string out = to_tei(t, analyze(t), ms, {drop, Unit::sentence});
    CHECK(xmllint_errors(out) == "");
  }
}
