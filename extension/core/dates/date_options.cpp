// apply_date_option: the date keys of the JSON options object (see date_parser.hpp).
#include <optional>
#include <string>
#include <utility>

#include "dates/date_icu_names.hpp"
#include "dates/date_parser.hpp"
#include "dates/edtf.hpp"

namespace clio::dates {
namespace {

std::string lower_trimmed(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  std::string out;
  out.reserve(s.size());
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '_') {  // "julian_until" and "julian  until" are accepted too
      space = true;
      continue;
    }
    if (space && !out.empty()) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return out;
}

bool julian_until(std::string_view day, CalendarPolicy& out) {
  Ymd d;
  if (!parse_iso_day(day.data(), day.size(), d) || !is_valid_ymd(d, Calendar::julian)) return false;
  out.kind = CalendarPolicy::Kind::julian_until;
  out.last_julian_day = to_jdn(d, Calendar::julian);
  return true;
}

// A ref coarser than a day: what the text is known to be about ("1825", "1825-12", "1825~",
// "1825/1826"). The anchor is its first day at the finest unit that holds the whole value: an
// interval within one year anchors like that year, one within a month like that month. Open or
// unknown ends anchor nothing.
std::optional<std::pair<Jdn, Precision>> ref_anchor(std::string_view value) {
  while (!value.empty() && value.front() == ' ') value.remove_prefix(1);
  while (!value.empty() && value.back() == ' ') value.remove_suffix(1);
  const std::optional<DateValue> v = parse_edtf(value);
  if (!v || is_open_or_unknown(v->earliest) || is_open_or_unknown(v->latest)) return std::nullopt;
  Precision p = v->precision;
  if (p == Precision::range || p == Precision::season) {
    const Ymd a = from_jdn(v->earliest, Calendar::gregorian), b = from_jdn(v->latest, Calendar::gregorian);
    if (v->earliest == v->latest) p = Precision::day;
    else if (a.year == b.year && a.month == b.month) p = Precision::month;
    else if (a.year == b.year) p = Precision::year;
    else if (p == Precision::range) p = Precision::decade;  // anchors nothing partial, but is accepted
  }
  return std::make_pair(v->earliest, p);
}

}  // namespace

bool apply_date_option(std::string_view key, std::string_view value, ParseOptions& opts, bool& known,
                       std::string& error) {
  known = true;
  if (key == "ref") {
    Ymd d;
    if (parse_iso_day(value.data(), value.size(), d) && is_valid_ymd(d, Calendar::gregorian)) {
      opts.ref = to_jdn(d, Calendar::gregorian);
      opts.ref_precision = Precision::day;
      return true;
    }
    if (auto anchor = ref_anchor(value)) {
      opts.ref = anchor->first;
      opts.ref_precision = anchor->second;
      return true;
    }
    error = "bad ref \"" + std::string(value) +
            "\": use a year YYYY, a month YYYY-MM, a day YYYY-MM-DD or another EDTF value";
    return false;
  }
  if (key == "calendar") {
    const std::string v = lower_trimmed(value);
    CalendarPolicy p;
    if (v == "gregorian") p.kind = CalendarPolicy::Kind::gregorian;
    else if (v == "julian") p.kind = CalendarPolicy::Kind::julian;
    else if (v == "hybrid") p.kind = CalendarPolicy::Kind::hybrid;
    else if (v == "russia") julian_until("1918-01-31", p);
    else if (v == "britain") julian_until("1752-09-02", p);
    else if (v.rfind("julian until ", 0) == 0 && julian_until(std::string_view(v).substr(13), p)) {
    } else {
      error = "unknown calendar \"" + std::string(value) +
              "\": use gregorian, julian, hybrid, julian until YYYY-MM-DD, russia or britain";
      return false;
    }
    opts.calendar = p;
    return true;
  }
  if (key == "lang") {
    std::string v = lower_trimmed(value);
    if (v == "no") v = "nb";  // Norwegian: its Bokmål names
    if (v.empty() || v == "en" || v == "ru" || v == "de" || v == "fr" || icu_names::for_language(v) ||
        icu_names::is_language(v)) {
      opts.lang = v;
      return true;
    }
    error = "unknown lang \"" + std::string(value) +
            "\": use an ISO 639 code (en, ru, de, fr are read; month names from ICU for es, it, pt, ca, ro, pl, "
            "cs, sk, uk, be, bg, hr, sl, sr, nl, sv, da, nb, fi, et, lv, lt, hu, tr, el, id, ms, af, is, ga, cy, eu, "
            "gl, sq)";
    return false;
  }
  if (key == "order") {
    const std::string v = lower_trimmed(value);
    if (v == "dmy") opts.order = NumericOrder::dmy;
    else if (v == "mdy") opts.order = NumericOrder::mdy;
    else if (v == "ymd") opts.order = NumericOrder::ymd;
    else {
      error = "unknown order \"" + std::string(value) + "\": use dmy, mdy or ymd";
      return false;
    }
    return true;
  }
  known = false;
  return true;
}

}  // namespace clio::dates
