// The gold set tests/data/dates/gold.tsv through parse_date: every row is checked, failures are
// listed, and the test fails when fewer than 95% of the rows get earliest and latest right (the
// issue's quality bar) or fewer than 90% also get the EDTF string and flags right.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"

using namespace clio::dates;

namespace {

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s) {
    if (c == sep) {
      out.push_back(cur);
      cur.clear();
    } else {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

// "1917-11-07" (Gregorian) or "julian:1917-10-25" (Julian, converted here by JDN arithmetic).
bool expected_day(const std::string& s, Jdn& out) {
  const bool julian = s.rfind("julian:", 0) == 0;
  const std::string iso = julian ? s.substr(7) : s;
  // Read by hand: parse_iso_day checks Gregorian validity, and Julian 1700-02-29 exists.
  long long y = 0;
  int m = 0, day = 0;
  char tail = 0;
  if (std::sscanf(iso.c_str(), "%lld-%d-%d%c", &y, &m, &day, &tail) != 3) return false;
  const Ymd d{y, m, day};
  if (!is_valid_ymd(d, julian ? Calendar::julian : Calendar::gregorian)) return false;
  out = to_jdn(d, julian ? Calendar::julian : Calendar::gregorian);
  return true;
}

// Replaces every "julian:YYYY-MM-DD" in an expected EDTF by the Gregorian day it converts to.
std::string expected_edtf(std::string s) {
  for (std::size_t p = s.find("julian:"); p != std::string::npos; p = s.find("julian:")) {
    std::size_t e = p + 7;
    if (e < s.size() && s[e] == '-') ++e;
    while (e < s.size() && (std::isdigit(static_cast<unsigned char>(s[e])) || s[e] == '-')) ++e;
    Jdn j = 0;
    REQUIRE(expected_day(s.substr(p, e - p), j));
    s.replace(p, e - p, format_edtf_day(from_jdn(j, Calendar::gregorian)));
  }
  return s;
}

}  // namespace

TEST_CASE("gold set of date expressions") {
  std::ifstream f(std::string(CLIO_SOURCE_DIR) + "/tests/data/dates/gold.tsv");
  REQUIRE(f.good());
  std::string line;
  int rows = 0, days_ok = 0, all_ok = 0, lineno = 0;
  std::ostringstream failures;
  while (std::getline(f, line)) {
    ++lineno;
    if (line.empty() || line[0] == '#') continue;
    const auto cols = split(line, '\t');
    REQUIRE_MESSAGE(cols.size() == 6, "gold.tsv:" << lineno << ": expected 6 columns");
    ParseOptions opts;
    if (cols[1] != "-") {
      for (const auto& kv : split(cols[1], ';')) {
        const auto eq = kv.find('=');
        REQUIRE(eq != std::string::npos);
        bool known = false;
        std::string err;
        REQUIRE_MESSAGE(apply_date_option(kv.substr(0, eq), kv.substr(eq + 1), opts, known, err),
                        "gold.tsv:" << lineno << ": " << err);
        REQUIRE(known);
      }
    }
    ++rows;
    const auto got = parse_date(cols[0], opts);
    bool day_right = false, rest_right = false;
    std::string got_text = "NULL";
    if (got) {
      got_text = got->edtf + " " + iso_day(got->earliest) + ".." + iso_day(got->latest) +
                 (got->approximate ? " approx" : "") + (got->uncertain ? " uncertain" : "") +
                 (got->calendar == Calendar::julian ? " julian" : "");
    }
    if (cols[2] == "NULL") {
      day_right = rest_right = !got;
    } else if (got) {
      Jdn lo = 0, hi = 0;
      REQUIRE_MESSAGE(expected_day(cols[3], lo), "gold.tsv:" << lineno << ": bad earliest");
      REQUIRE_MESSAGE(expected_day(cols[4], hi), "gold.tsv:" << lineno << ": bad latest");
      day_right = got->earliest == lo && got->latest == hi;
      const std::string flags = cols[5];
      const bool approx = flags.find("approx") != std::string::npos;
      const bool uncertain = flags.find("uncertain") != std::string::npos;
      const bool julian = flags.find("julian") != std::string::npos;
      rest_right = got->edtf == expected_edtf(cols[2]) && got->approximate == approx &&
                   got->uncertain == uncertain && (got->calendar == Calendar::julian) == julian;
    }
    if (day_right) ++days_ok;
    if (day_right && rest_right) ++all_ok;
    if (!day_right || !rest_right) {
      failures << "  gold.tsv:" << lineno << "  " << cols[0] << "  [" << cols[1] << "]  expected " << cols[2] << " "
               << cols[3] << ".." << cols[4] << " " << cols[5] << "  got " << got_text << "\n";
    }
  }
  const double day_rate = rows ? 100.0 * days_ok / rows : 0;
  const double all_rate = rows ? 100.0 * all_ok / rows : 0;
  MESSAGE(rows << " gold rows: " << days_ok << " right on earliest and latest (" << day_rate << "%), " << all_ok
               << " also on EDTF and flags (" << all_rate << "%)");
  if (days_ok != rows || all_ok != rows) MESSAGE("failing rows:\n" << failures.str());
  CHECK(rows >= 300);
  CHECK(day_rate >= 95.0);
  CHECK(all_rate >= 90.0);
}
