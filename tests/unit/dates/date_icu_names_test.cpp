// Month names of further languages from ICU (date_icu_names.hpp), used when ParseOptions::lang
// names the language: a few languages end to end, the tables themselves, and the cache.
#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

#include "dates/calendar.hpp"
#include "dates/date_icu_names.hpp"
#include "dates/date_parser.hpp"

using namespace clio::dates;

namespace {

ParseOptions lang(const char* code) {
  ParseOptions o;
  bool known = false;
  std::string err;
  REQUIRE_MESSAGE(apply_date_option("lang", code, o, known, err), err);
  return o;
}

std::string edtf(const char* text, const ParseOptions& o) {
  const auto v = parse_date(text, o);
  return v ? v->edtf : "NULL";
}

std::uint32_t hash(std::string_view s) { return lex::key_hash(s); }

}  // namespace

TEST_CASE("ICU month names: days in Spanish, Polish, Italian and more when lang names the language") {
  CHECK(edtf("12 de abril de 1961", lang("es")) == "1961-04-12");
  CHECK(edtf("12 kwietnia 1961", lang("pl")) == "1961-04-12");   // genitive (ICU format context)
  CHECK(edtf("kwiecień 1961", lang("pl")) == "1961-04");         // nominative (stand-alone)
  CHECK(edtf("12 aprile 1961", lang("it")) == "1961-04-12");
  CHECK(edtf("12 квітня 1961", lang("uk")) == "1961-04-12");
  CHECK(edtf("12. dubna 1961", lang("cs")) == "1961-04-12");
  CHECK(edtf("12 april 1961", lang("nl")) == "1961-04-12");
  CHECK(edtf("12 de março de 1961", lang("pt")) == "1961-03-12");
  CHECK(edtf("12 MARÇO 1961", lang("pt")) == "1961-03-12");      // case-folded like the lexicon
  CHECK(edtf("sept. 1961", lang("es")) == "1961-09");            // abbreviation with its dot
  CHECK(edtf("lördag 12 augusti 1961", lang("sv")) == "1961-08-12");  // weekday prefix
  // Old Style marks and the lexicon's own words still work beside them.
  CHECK(edtf("25 October 1917 O.S.", lang("es")) == "1917-11-07");
  // Without the hint the Spanish month is not a known word: only the year is found.
  CHECK(edtf("12 de abril de 1961", {}) == "1961");
  // In running text, with narrative anchoring as for the lexicon's languages.
  std::vector<DateMention> got;
  extract_dates("El 12 de abril de 1961 voló; el 14 de abril volvió.", lang("es"), got);
  REQUIRE(got.size() == 2);
  CHECK(got[0].value.edtf == "1961-04-12");
  CHECK(got[1].value.edtf == "1961-04-14");
}

TEST_CASE("ICU month names: the tables, unknown languages, the lexicon's own languages") {
  for (const std::string code : {"es", "it", "pt", "ca", "ro", "pl", "cs", "sk", "uk", "be", "bg", "hr", "sl", "sr",
                                 "nl", "sv", "da", "nb", "fi", "et", "lv", "lt", "hu", "tr", "el"}) {
    CAPTURE(code);
    const auto* t = icu_names::for_language(code);
    REQUIRE(t != nullptr);
    CHECK(icu_names::size(*t) >= 12);
  }
  const auto* pl = icu_names::for_language("pl");
  const lex::Entry* e = icu_names::find(*pl, "kwietnia", hash("kwietnia"));
  REQUIRE(e != nullptr);
  CHECK(e->has(lex::kMonth));
  CHECK(e->month == 4);
  CHECK(icu_names::find(*pl, "kwietniaa", hash("kwietniaa")) == nullptr);
  // The lexicon's languages, the empty hint and unknown codes have no ICU table.
  for (const char* code : {"", "en", "ru", "de", "fr", "xx", "la", "e"}) CHECK(icu_names::for_language(code) == nullptr);
  ParseOptions o;
  bool known = false;
  std::string err;
  CHECK_FALSE(apply_date_option("lang", "xx", o, known, err));
  CHECK(err.find("unknown lang") != std::string::npos);
  CHECK(apply_date_option("lang", "IT", o, known, err));  // case-insensitive like the other options
  CHECK(o.lang == "it");
}

TEST_CASE("ICU month names: built once, safely from several threads") {
  std::vector<const void*> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t k = 0; k < seen.size(); ++k)
    threads.emplace_back([&, k] { seen[k] = icu_names::for_language("fi"); });
  for (auto& th : threads) th.join();
  for (const void* p : seen) CHECK(p == seen[0]);
  CHECK(seen[0] != nullptr);
}
