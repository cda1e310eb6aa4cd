// apply_date_option: the date keys of the JSON options object (see date_parser.hpp).
#include <string>

#include "dates/date_icu_names.hpp"
#include "dates/date_parser.hpp"

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

}  // namespace

bool apply_date_option(std::string_view key, std::string_view value, ParseOptions& opts, bool& known,
                       std::string& error) {
  known = true;
  if (key == "ref") {
    Ymd d;
    if (!parse_iso_day(value.data(), value.size(), d) || !is_valid_ymd(d, Calendar::gregorian)) {
      error = "bad ref \"" + std::string(value) + "\": use an ISO day YYYY-MM-DD";
      return false;
    }
    opts.ref = to_jdn(d, Calendar::gregorian);
    return true;
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
    const std::string v = lower_trimmed(value);
    if (v.empty() || v == "en" || v == "ru" || v == "de" || v == "fr" || icu_names::for_language(v)) {
      opts.lang = v;
      return true;
    }
    error = "unknown lang \"" + std::string(value) +
            "\": use en, ru, de, fr, or for month names from ICU es, it, pt, ca, ro, pl, cs, sk, uk, be, bg, hr, "
            "sl, sr, nl, sv, da, nb, fi, et, lv, lt, hu, tr, el";
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
