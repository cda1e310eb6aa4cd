// EDTF (Extended Date/Time Format, ISO 8601-2:2019 / Library of Congress EDTF 1.0): formatting
// and parsing.
//
// FORMATTING. Every date parser in clio stores its result as an EDTF string. Years are
// astronomical (1 BC = 0, 44 BC = -43) and written the EDTF way:
//   format_edtf_year(1917)   -> "1917"        format_edtf_year(-43)     -> "-0043"
//   format_edtf_year(0)      -> "0000"        format_edtf_year(12345)   -> "Y12345"
//   format_edtf_year(-12345) -> "Y-12345"     (beyond four digits EDTF needs the 'Y' prefix)
//   format_edtf_month(1922, 6)       -> "1922-06"
//   format_edtf_day({-43, 3, 15})    -> "-0043-03-15"
// The month/day helpers do not validate; pass a real calendar day.
//
// PARSING. parse_edtf() understands EDTF levels 0, 1 and most of level 2:
//   Level 0  "1917", "1917-11", "1917-11-07", "1961-04-12T09:07:00Z" (the day is kept),
//            intervals "1918/1928", "1917-11/1918-03"
//   Level 1  qualifiers after a date "1922?", "1922~", "1922%"; unspecified digits "19XX",
//            "192X", "1922-XX", "1922-1X", "1922-06-XX", "XXXX-06"; negative years "-0043";
//            long years "Y170000002", "Y-170000002"; seasons "1922-21" .. "1922-24";
//            open and unknown interval ends "../1922", "1922/..", "/1922", "1922/"
//   Level 2  qualified components "?1922-~06-11", "1922-06?-11", "2004-06-11%";
//            seasons 25..41; sets "[1667,1668,1670..1672]" (one of) and "{1667,1668}" (all of),
//            with ".." ranges inside and "[..1760-12-03]" / "[1760-12..]" open ends;
//            exponential years "Y-17E7", "Y17E7S3"; significant digits "1950S2", "Y171010000S3"
// Anything else is rejected (std::nullopt), in particular: an interval whose start is after its
// end ("1923/1922"); a time that is not hh:mm:ss[.f][Z|+hh[:mm]] or that follows a qualified or
// partly unspecified day; months or days after a long, exponential or significant-digit year;
// lowercase 'x'; two qualifiers in a row ("1922?~": write '%'); |year| > kMaxEdtfYear; spaces
// anywhere except around the members of a set. Parsing is linear in the input and allocates only
// the normalized copy of the input.
//
// THE RESULT. DateValue::edtf is the input with surrounding ASCII whitespace removed.
// earliest = the first day of the earliest possibility, latest = the last day of the latest
// possibility, both Julian Day Numbers in the proleptic Gregorian calendar (EDTF is Gregorian).
//   "1922"          1922-01-01 .. 1922-12-31, Precision::year
//   "19XX"          1900-01-01 .. 1999-12-31, Precision::century
//   "193X"          1930-01-01 .. 1939-12-31, Precision::decade
//   "1922-XX"       1922-01-01 .. 1922-12-31, Precision::month (a month, unknown which)
//   "1922-24"       1922-12-01 .. 1923-02-28 (winter runs into the next year), Precision::season
//   "1950S2"        1900-01-01 .. 1999-12-31, Precision::century (2 significant digits of 4)
//   "XXXX-02-29"    0000-02-29 .. 9996-02-29 (only real days count), Precision::day
//   "1918/1928"     1918-01-01 .. 1928-12-31, Precision::range
//   "[1667,1670]"   1667-01-01 .. 1670-12-31, Precision::range (sets span all their members)
// Precision is the unit of the last written component: day, month (also "1922-XX"), season
// (21..41) or, for a year alone, the width of what is known: "1922" year, "192X" decade, "19XX"
// century, "1XXX" millennium, "1950S3" decade; wider or irregular ("XXXX", "1X99",
// "Y171010000S3") is range. Intervals and sets are always range. A date whose patterns allow no
// real day ("1923-02-29", "19X1-02-29") is invalid. Significant digits do not set approximate.
// Seasons: 21/25 spring Mar-May, 22/26 summer Jun-Aug, 23/27 autumn Sep-Nov, 24/28 winter Dec to
// end of Feb of the next year (northern, meteorological); 29 southern spring Sep-Nov,
// 30 southern summer Dec-Feb(next), 31 southern autumn Mar-May, 32 southern winter Jun-Aug;
// 33-36 quarters, 37-39 quadrimesters (4 months), 40-41 semestrals (6 months).
// approximate is set by '~' or '%' anywhere, uncertain by '?' or '%' anywhere.
//
// OPEN AND UNKNOWN ENDS have no day. An open end ("..": the interval runs on without limit)
// is reported as kOpenStart / kOpenEnd; an unknown end (empty: the end exists but is not
// known) as kUnknownStart / kUnknownEnd. All four are far outside any real date (about
// +-2^61 days, more than 10^15 years) so comparisons such as `earliest <= x` still behave
// as "unbounded", but they are NOT days: callers must test them with is_open_or_unknown()
// before printing and print NULL (the SQL layer does) or "..", never iso_day() of them.
#pragma once

#include <cstdint>
#include <climits>
#include <optional>
#include <string>
#include <string_view>

#include "dates/calendar.hpp"
#include "dates/date_value.hpp"

namespace clio::dates {

// ---- formatting -------------------------------------------------------------------------

// EDTF spelling of an astronomical year: "1917", "0000", "-0043", "Y12345", "Y-12345".
std::string format_edtf_year(std::int64_t astronomical_year);
// Alias kept for readability at call sites that speak of years, not of formatting.
inline std::string edtf_year(std::int64_t astronomical_year) { return format_edtf_year(astronomical_year); }
// "YYYY-MM" with the year spelled as above.
std::string format_edtf_month(std::int64_t astronomical_year, int month);
// "YYYY-MM-DD" with the year spelled as above (Gregorian: EDTF has no other calendar).
std::string format_edtf_day(const Ymd& gregorian);

// ---- parsing ----------------------------------------------------------------------------

// Sentinels for interval and set ends that are not days (see OPEN AND UNKNOWN ENDS above).
inline constexpr Jdn kOpenStart = INT64_MIN / 4;         // ".." at the start: no lower limit
inline constexpr Jdn kUnknownStart = INT64_MIN / 4 + 1;  // empty start: a limit exists, unknown
inline constexpr Jdn kUnknownEnd = INT64_MAX / 4 - 1;    // empty end: a limit exists, unknown
inline constexpr Jdn kOpenEnd = INT64_MAX / 4;           // ".." at the end: no upper limit

inline bool is_open_or_unknown(Jdn j) noexcept { return j <= kUnknownStart || j >= kUnknownEnd; }
inline bool is_open_bound(Jdn j) noexcept { return j == kOpenStart || j == kOpenEnd; }
inline bool is_unknown_bound(Jdn j) noexcept { return j == kUnknownStart || j == kUnknownEnd; }

// Largest |year| accepted (15 digits): keeps every day far from the sentinels and from overflow.
inline constexpr std::int64_t kMaxEdtfYear = 999'999'999'999'999;

// Parses an EDTF string (see the manual above); std::nullopt if it is not valid EDTF.
// Only std::bad_alloc can escape (from copying the normalized string).
std::optional<DateValue> parse_edtf(std::string_view s);

// True when parse_edtf(s) would succeed; does not allocate.
bool is_valid_edtf(std::string_view s) noexcept;

}  // namespace clio::dates
