// Pathological input for parse_date and extract_dates: huge numbers, long runs of marks, dots,
// brackets and keywords, random bytes. Everything must finish in linear time without crashing;
// mentions must stay inside the text and in order.
#include <doctest/doctest.h>

#include <cstdint>
#include <ctime>
#include <string>
#include <vector>

#include "dates/date_parser.hpp"

using namespace clio::dates;

namespace {

std::string repeat(const std::string& unit, std::size_t bytes) {
  std::string s;
  s.reserve(bytes + unit.size());
  while (s.size() < bytes) s += unit;
  return s;
}

// Process CPU time: wall time on a shared machine says more about the neighbours than about us.
double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

// Runs both entry points on `text`; returns the CPU seconds taken and checks the mentions.
double run(const std::string& text) {
  const double t0 = cpu_seconds();
  (void)parse_date(text, {});
  std::vector<DateMention> out;
  extract_dates(text, {}, out);
  const double s = cpu_seconds() - t0;
  std::size_t prev_end = 0;
  for (const auto& m : out) {
    REQUIRE(m.begin < m.end);
    REQUIRE(m.end <= text.size());
    REQUIRE(m.begin >= prev_end);
    REQUIRE(m.value.earliest <= m.value.latest);
    prev_end = m.end;
  }
  return s;
}

}  // namespace

TEST_CASE("pathological inputs finish in linear time") {
  constexpr std::size_t kBytes = 1u << 20;  // 1 MB each: the worst measured is ~1.5 MB/s (both calls)
  const std::vector<std::string> units = {
      "O.S. ", ".", "1", "1 ", "1-", "1/", "1.", "12.", "(", "[1] ", "1 9 2 2 ", "XIX ", "xix в. ", "between ",
      "between 1918 and ", "early ", "mid-", "the ", "the next ", "10/22 ", "10/22 April ", "c. ", "circa c. ",
      "1922–", "1922-24-", "May ", "May 3 (", "9(21).", "до н. э. ", "по ст. ст. ", "winter 1922/", "1930-х ",
      "2 days ", "\xFF", "\xE2\x80", "\xD0", "ё", "a. St. ", "the 18th century", "0", "mois ", "the the the 1 ", "May 3 (May 3 (", "1 May (1 May ["};
  for (const auto& u : units) {
    CAPTURE(u);
    const std::string text = repeat(u, kBytes);
    const double s = run(text);
    MESSAGE(s << " s (linear time is guarded by CTest's timeout, not asserted)");
  }
  // One number of 100,000 digits, alone and inside a date.
  const std::string digits(100000, '7');
  CHECK_FALSE(parse_date(digits, {}).has_value());
  CHECK(run("7 November " + digits) < 1.0);
  CHECK(run(digits + " BC") < 1.0);
}

TEST_CASE("random bytes and random date-ish tokens") {
  std::uint64_t state = 0x9E3779B97F4A7C15ull;
  auto next = [&] {
    state ^= state << 13;
    state ^= state >> 7;
    state ^= state << 17;
    return state;
  };
  std::string bytes(2u << 20, '\0');
  for (auto& c : bytes) c = static_cast<char>(next());
  CHECK(run(bytes) < 4.0);
  const char* pieces[] = {"1917", " ", "-", "–", "/", ".", "(", ")", "[", "]", "O.S.", "BC", "May", "мая", "XIX", "век",
                          "early", "the", "next", "day", "between", "and", "c.", "12", "3", "winter", "1930s", ",",
                          "jul.", "greg.", "Jh.", "siècle", "years", "later", "of", "to", "\xC3", "\n"};
  std::string mix;
  while (mix.size() < (2u << 20)) mix += pieces[next() % (sizeof pieces / sizeof *pieces)];
  CHECK(run(mix) < 4.0);
}

TEST_CASE("short inputs: empty, whitespace, lone punctuation") {
  for (const char* s : {"", " ", "\n", ".", "-", "/", "(", "O", "O.", "BC", "c.", "the", "1", "0", "00", "0000",
                        "0 BC", "99999999999999999999 BC", "31.12.0000", "0000-00-00"}) {
    CAPTURE(s);
    run(s);
  }
  CHECK_FALSE(parse_date("0 BC", {}).has_value());  // there is no year 0 BC
}
