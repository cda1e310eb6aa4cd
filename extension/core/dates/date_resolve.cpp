#include "dates/date_resolve.hpp"

#include "dates/date_format.hpp"
#include "dates/edtf.hpp"

namespace clio::dates::detail {
namespace {

constexpr Jdn kGregorianReform = 2299161;  // 1582-10-15 Gregorian

std::int64_t floor_mod(std::int64_t a, std::int64_t b) { return ((a % b) + b) % b; }

struct Span {
  Jdn lo = 0, hi = 0;
  bool julian = false;
  bool uncertain = false;
  Precision precision = Precision::day;
  std::string natural;  // plain EDTF form, empty when only an interval can say it
};

std::string edtf_year(std::int64_t y) {
  std::string s;
  append_edtf_year(s, y);
  return s;
}

const char* qualifier(bool approx, bool uncertain) {
  return approx && uncertain ? "%" : approx ? "~" : uncertain ? "?" : "";
}

// Appends a qualifier (one character or none): most dates have none, and `s += q` would still
// measure it and call into the string.
void add_qualifier(std::string& s, const char* q) {
  if (*q) s += *q;
}

// "a/b" at the coarsest unit both bounds fill: years, months or days.
std::string interval(Jdn lo, Jdn hi, const char* qa, const char* qb) {
  const Ymd a = from_jdn(lo, Calendar::gregorian);
  const Ymd b = from_jdn(hi, Calendar::gregorian);
  const bool month_ok = a.day == 1 && b.day == days_in_month(b.year, b.month, Calendar::gregorian);
  const bool year_ok = month_ok && a.month == 1 && b.month == 12;
  std::string s;
  // EDTF has months and days only for four-digit years: longer ones must fill whole years.
  const bool long_years = a.year < -9999 || a.year > 9999 || b.year < -9999 || b.year > 9999;
  if (long_years && !year_ok) return s;
  const bool same_q = std::string_view(qa) == qb;
  // Appended piece by piece into `s`: no temporary string per piece.
  if (year_ok && a.year == b.year && same_q) {  // "late summer 1917" is one month, not "08/08"
    append_edtf_year(s, a.year);
    add_qualifier(s, qa);
  } else if (month_ok && a.year == b.year && a.month == b.month && same_q) {
    append_edtf_month(s, a.year, a.month);
    add_qualifier(s, qa);
  } else if (year_ok) {
    append_edtf_year(s, a.year);
    add_qualifier(s, qa);
    s += '/';
    append_edtf_year(s, b.year);
    add_qualifier(s, qb);
  } else if (month_ok) {
    append_edtf_month(s, a.year, a.month);
    add_qualifier(s, qa);
    s += '/';
    append_edtf_month(s, b.year, b.month);
    add_qualifier(s, qb);
  } else {
    append_edtf_day(s, a);
    add_qualifier(s, qa);
    s += '/';
    append_edtf_day(s, b);
    add_qualifier(s, qb);
  }
  return s;
}

// [offset, length] of part `part` of `n` units: thirds where the first takes the remainder,
// halves where the first takes the odd one, quarters (parts 6-9) where the first takes the rest.
void part_of(int part, std::int64_t n, std::int64_t& off, std::int64_t& len) {
  const std::int64_t base = n / 3, rem = n % 3;
  if (part >= 6) {
    const std::int64_t q = n / 4, qrem = n % 4, k = part - 6;
    off = k == 0 ? 0 : qrem + k * q;
    len = k == 0 ? q + qrem : q;
    return;
  }
  switch (part) {
    case 1: off = 0; len = base + rem; break;
    case 2: off = base + rem; len = base; break;
    case 3: off = 2 * base + rem; len = base; break;
    case 4: off = 0; len = n - n / 2; break;
    default: off = n - n / 2; len = n / 2; break;
  }
}

std::optional<Span> resolve_relative(const Pt& p, const std::optional<Anchor>& anchor) {
  if (!anchor) return std::nullopt;
  const Precision need = p.rel_unit <= 2 ? Precision::day : p.rel_unit == 3 ? Precision::month : Precision::year;
  if (static_cast<int>(anchor->precision) > static_cast<int>(need)) return std::nullopt;
  const Jdn a = anchor->day;
  Span s;
  const Ymd g = from_jdn(a, Calendar::gregorian);
  switch (p.rel_unit) {
    case 1:
      s.lo = s.hi = a + p.rel_n;
      append_edtf_day(s.natural, from_jdn(s.lo, Calendar::gregorian));
      break;
    case 2:
      if (p.rel_week_span) {
        const Jdn monday = a - floor_mod(a, 7) + 7 * p.rel_n;  // JDN 0 was a Monday
        s.lo = monday;
        s.hi = monday + 6;
        s.precision = Precision::range;
      } else {
        s.lo = s.hi = a + 7 * p.rel_n;
        append_edtf_day(s.natural, from_jdn(s.lo, Calendar::gregorian));
      }
      break;
    case 3: {
      const std::int64_t m = g.year * 12 + (g.month - 1) + p.rel_n;
      const std::int64_t y = m >= 0 ? m / 12 : -((-m + 11) / 12);
      const int mo = static_cast<int>(m - y * 12) + 1;
      s.lo = gregorian_to_jdn(y, mo, 1);
      s.hi = gregorian_to_jdn(y, mo, days_in_month(y, mo, Calendar::gregorian));
      s.precision = Precision::month;
      append_edtf_month(s.natural, y, mo);
      break;
    }
    default: {
      const std::int64_t y = g.year + p.rel_n;
      s.lo = gregorian_to_jdn(y, 1, 1);
      s.hi = gregorian_to_jdn(y, 12, 31);
      s.precision = Precision::year;
      append_edtf_year(s.natural, y);
      break;
    }
  }
  return s;
}

// Dual dating: the day marked New Style (or, unmarked, the later label of the two) is the New Style
// day; the Old Style one is checked against it by JDN arithmetic.
std::optional<Span> resolve_dual(const Pt& p, std::int64_t ay) {
  Ymd main{ay, p.month, p.day};
  bool main_is_os;
  if (p.cal == 1 || p.alt_cal == 2) main_is_os = true;
  else if (p.cal == 2 || p.alt_cal == 1) main_is_os = false;
  else main_is_os = true;  // decided below by comparing labels when the year is known
  const std::int64_t alt_ay = p.alt_has_year ? (p.era < 0 ? 1 - p.alt_year : p.alt_year) : ay;
  if (alt_ay < -9999 || alt_ay > 9999) return std::nullopt;  // EDTF days need four-digit years
  Ymd alt{alt_ay, p.alt_month ? p.alt_month : p.month, p.alt_day};
  auto label_less = [](const Ymd& x, const Ymd& y) {
    if (x.year != y.year) return x.year < y.year;
    if (x.month != y.month) return x.month < y.month;
    return x.day < y.day;
  };
  auto check = [](const Ymd& os, const Ymd& ns) {
    return is_valid_ymd(os, Calendar::julian) && is_valid_ymd(ns, Calendar::gregorian) &&
           julian_to_jdn(os.year, os.month, os.day) == gregorian_to_jdn(ns.year, ns.month, ns.day);
  };
  if (!p.alt_has_year) {  // "20 December / 2 January 1918": the year may change between the two
    for (std::int64_t dy : {0, 1, -1}) {
      Ymd t = alt;
      t.year = ay + dy;
      if (check(main, t) || check(t, main)) {
        alt = t;
        break;
      }
    }
  }
  // "22/23 January", "the night of 5/6 May": two neighbouring days that no calendar pair explains
  // (from the 2nd century on, Old and New Style differ by more than two days) are a span.
  if (!p.cal && !p.alt_cal && main.year == alt.year && main.month == alt.month && !check(main, alt) &&
      !check(alt, main) && (main.day - alt.day == 1 || alt.day - main.day == 1) &&
      is_valid_ymd(main, Calendar::gregorian) && is_valid_ymd(alt, Calendar::gregorian)) {
    const Ymd& first = main.day < alt.day ? main : alt;
    const Ymd& second = main.day < alt.day ? alt : main;
    Span s;
    s.lo = gregorian_to_jdn(first.year, first.month, first.day);
    s.hi = gregorian_to_jdn(second.year, second.month, second.day);
    s.precision = Precision::range;
    append_edtf_day(s.natural, first);
    s.natural += '/';
    append_edtf_day(s.natural, second);
    return s;
  }
  if (!(p.cal || p.alt_cal)) main_is_os = label_less(main, alt);
  // The arithmetic outranks the labels: when the labelled reading fails the check but the other
  // one passes, the writer put the mark on the wrong part ("25 October [O.S. 7 November] 1917":
  // 7 November cannot be the Old Style day of 25 October, but 25 October O.S. is 7 November N.S.).
  // The pair is then a correct one and the New Style day is certain, so it is not `uncertain`.
  // Only when neither reading passes does the labelled (or later) day stand, marked uncertain.
  if (!(main_is_os ? check(main, alt) : check(alt, main)) && (main_is_os ? check(alt, main) : check(main, alt)))
    main_is_os = !main_is_os;
  const Ymd& os = main_is_os ? main : alt;
  const Ymd& ns = main_is_os ? alt : main;
  if (!is_valid_ymd(ns, Calendar::gregorian) || ns.year < -9999 || ns.year > 9999) return std::nullopt;
  Span s;
  s.lo = s.hi = gregorian_to_jdn(ns.year, ns.month, ns.day);
  s.julian = true;
  s.uncertain = !check(os, ns);
  append_edtf_day(s.natural, ns);
  return s;
}

// Moves a span computed by a rarer rule (relative, dual dating) into `s`.
bool take(std::optional<Span>&& got, Span& s) {
  if (!got) return false;
  s = std::move(*got);
  return true;
}

// Fills `s` (a fresh Span, written in place rather than moved out in an optional) and returns
// true; false when the point is no date.
bool resolve_point(const Pt& p, const ParseOptions& opts, const std::optional<Anchor>& anchor, Span& s) {
  // "the end of that month", "early the next year", "the summer of that year": the month or year
  // the narrative names relatively, read as a written one and then cut to its part or season.
  if ((p.unit == Unit::relative && p.part && (p.rel_unit == 3 || p.rel_unit == 4)) ||
      ((p.unit == Unit::season || p.unit == Unit::month) && !p.has_year && p.rel_unit == 4)) {
    const Precision need = p.rel_unit == 3 ? Precision::month : Precision::year;
    if (!anchor || static_cast<int>(anchor->precision) > static_cast<int>(need)) return false;
    const Ymd g = from_jdn(anchor->day, Calendar::gregorian);
    Pt q = p;
    q.rel_unit = 0;
    q.rel_n = 0;
    q.needs_anchor = false;
    q.has_year = true;
    q.cal = 2;  // the anchor is a Gregorian day: no calendar policy reads it again
    if (p.rel_unit == 3) {
      const std::int64_t m = g.year * 12 + (g.month - 1) + p.rel_n;
      q.year = m >= 0 ? m / 12 : -((-m + 11) / 12);
      q.month = static_cast<int>(m - q.year * 12) + 1;
      q.unit = Unit::month;
    } else {
      q.year = g.year + p.rel_n;
      if (p.unit == Unit::relative) q.unit = Unit::year;
    }
    if (q.year <= 0) return false;
    return resolve_point(q, opts, anchor, s);
  }
  if (p.unit == Unit::relative) return take(resolve_relative(p, anchor), s);
  if (p.bare || p.short_decade || p.unit == Unit::none) return false;
  std::int64_t year = p.year;
  const bool dated = p.unit == Unit::day || p.unit == Unit::month || p.unit == Unit::season;
  if (p.short_year) {  // "August '41": the year of the anchor's century nearest to the anchor
    if (!anchor || static_cast<int>(anchor->precision) > static_cast<int>(Precision::year)) return false;
    const std::int64_t ay = from_jdn(anchor->day, Calendar::gregorian).year;
    std::int64_t best = ay - floor_mod(ay, 100) + p.year;
    for (const std::int64_t c : {best - 100, best + 100})
      if ((c > ay ? c - ay : ay - c) < (best > ay ? best - ay : ay - best)) best = c;
    if (best <= 0) return false;
    Pt q = p;
    q.short_year = false;
    q.year = best;
    return resolve_point(q, opts, anchor, s);
  }
  if (dated && !p.has_year && p.unit == Unit::day && p.month == 0) {  // "on the 19th": the anchor's month
    if (!anchor || static_cast<int>(anchor->precision) > static_cast<int>(Precision::month)) return false;
    const Ymd g = from_jdn(anchor->day, Calendar::gregorian);
    if (g.year <= 0) return false;
    Pt q = p;
    q.year = g.year;
    q.month = g.month;
    q.has_year = true;
    return resolve_point(q, opts, anchor, s);
  }
  if (dated && !p.has_year) {
    if (!anchor || static_cast<int>(anchor->precision) > static_cast<int>(Precision::year)) return false;
    year = from_jdn(anchor->day, Calendar::gregorian).year;
    if (year <= 0 && p.era == 0) return false;
    // Against a day or a month, a day or month without a year lies in the anchor's year, unless
    // that puts it more than half a year away and the next or previous year puts it within three
    // months: after "22 December 1922", "4 January" is 1923-01-04; after "12 March 1921",
    // "that October" stays 1921-10.
    if (static_cast<int>(anchor->precision) <= static_cast<int>(Precision::month)) {
      auto distance = [&](std::int64_t y) -> std::optional<Jdn> {
        Pt q = p;
        q.year = y;
        q.has_year = true;
        if (y <= 0) return std::nullopt;
        Span there;
        if (!resolve_point(q, opts, anchor, there)) return std::nullopt;
        const Jdn mid = there.lo + (there.hi - there.lo) / 2;
        return mid > anchor->day ? mid - anchor->day : anchor->day - mid;
      };
      const auto same = distance(year);
      if (!same || *same > 183) {
        for (const std::int64_t dy : {1, -1}) {
          const auto d = distance(year + dy);
          if (d && *d <= 92) {
            year += dy;
            break;
          }
        }
      }
    }
  }
  if (p.era < 0 && (p.unit == Unit::day || p.unit == Unit::month || p.unit == Unit::season ||
                    p.unit == Unit::year) && year < 1)
    return false;
  if (year > kMaxEdtfYear / 2 || p.num > kMaxEdtfYear / 2) return false;
  const std::int64_t ay = p.era < 0 ? 1 - year : year;
  // EDTF writes months and days only with four-digit years ("Y12345" has no "-12").
  if (dated && (ay < -9999 || ay > 9999)) return false;
  if (p.cal == 1 && (ay < -9999 || ay > 9999)) return false;
  if (p.dual && p.unit == Unit::day) return take(resolve_dual(p, ay), s);
  if (p.unit == Unit::day && p.day == kLastDay) {  // "the last day of July": its length in the source's calendar
    Pt q = p;
    const bool jul = p.cal == 1 || (p.cal == 0 && policy_reads_julian(opts.calendar, Ymd{ay, p.month, 1}));
    if (p.month < 1 || p.month > 12) return false;
    q.day = days_in_month(ay, p.month, jul ? Calendar::julian : Calendar::gregorian);
    return resolve_point(q, opts, anchor, s);
  }

  // Which calendar the source wrote this in.
  bool julian = p.cal == 1;
  if (p.cal == 0 && dated) julian = policy_reads_julian(opts.calendar, Ymd{ay, p.month ? p.month : (p.season == 4 ? 12 : p.season * 3), 1});
  if (p.cal == 0 && p.unit == Unit::day)
    julian = policy_reads_julian(opts.calendar, Ymd{ay, p.month, p.day});
  const Calendar cal = julian ? Calendar::julian : Calendar::gregorian;
  s.julian = julian;

  // Span in units: days (for a month), months (season, year) or years (decade and coarser).
  enum { kDays, kMonths, kYears } scale = kYears;
  std::int64_t first = 0, count = 0;
  switch (p.unit) {
    case Unit::day: {
      if (!is_valid_ymd(Ymd{ay, p.month, p.day}, cal)) return false;
      if (p.part) return false;
      s.lo = s.hi = to_jdn(Ymd{ay, p.month, p.day}, cal);
      s.precision = Precision::day;
      append_edtf_day(s.natural, from_jdn(s.lo, Calendar::gregorian));
      return true;
    }
    case Unit::month:
      scale = kDays;
      first = 1;
      count = days_in_month(ay, p.month, cal);
      s.precision = Precision::month;
      if (!julian) append_edtf_month(s.natural, ay, p.month);
      break;
    case Unit::season:
      scale = kMonths;
      first = ay * 12 + (p.season == 4 ? 11 : p.season * 3 - 1);
      count = 3;
      s.precision = Precision::season;
      if (!julian) s.natural = edtf_year(ay) + "-" + std::to_string(20 + p.season);
      break;
    case Unit::year:
      scale = kMonths;
      first = ay * 12;
      count = 12;
      s.precision = Precision::year;
      if (!julian) append_edtf_year(s.natural, ay);
      break;
    case Unit::decade:
    case Unit::hundreds: {
      const std::int64_t width = p.unit == Unit::decade ? 10 : 100;
      first = p.era < 0 ? 1 - (p.num + width - 1) : p.num;
      count = width;
      s.precision = p.unit == Unit::decade ? Precision::decade : Precision::century;
      if (!julian && p.era >= 0 && p.num <= 9999) {
        append_edtf_year(s.natural, p.num);
        s.natural.replace(s.natural.size() - (width == 10 ? 1 : 2), width == 10 ? 1 : 2, width == 10 ? "X" : "XX");
      }
      break;
    }
    case Unit::century:
    case Unit::millennium: {
      const std::int64_t width = p.unit == Unit::century ? 100 : 1000;
      first = p.era < 0 ? -(p.num * width - 1) : (p.num - 1) * width + 1;
      count = width;
      s.precision = p.unit == Unit::century ? Precision::century : Precision::millennium;
      break;
    }
    default:
      return false;
  }
  if (p.part) {
    std::int64_t off = 0, len = 0;
    if (scale == kDays && p.part <= 5) {  // thirds of a month: days 1-10, 11-20, 21-end; halves 1-15, 16-end
      const std::int64_t n = count;
      if (p.part <= 3) {
        off = (p.part - 1) * 10;
        len = p.part == 3 ? n - 20 : 10;
      } else {
        off = p.part == 4 ? 0 : 15;
        len = p.part == 4 ? 15 : n - 15;
      }
    } else {
      part_of(p.part, count, off, len);
    }
    first += off;
    count = len;
    s.natural.clear();
    s.precision = scale == kDays ? Precision::day : scale == kMonths ? Precision::month : Precision::year;
  }
  switch (scale) {
    case kDays:
      s.lo = to_jdn(Ymd{ay, p.month, static_cast<int>(first)}, cal);
      s.hi = s.lo + count - 1;
      break;
    case kMonths: {
      auto month_start = [&](std::int64_t idx) {
        const std::int64_t y = idx >= 0 ? idx / 12 : -((-idx + 11) / 12);
        return to_jdn(Ymd{y, static_cast<int>(idx - y * 12) + 1, 1}, cal);
      };
      s.lo = month_start(first);
      s.hi = month_start(first + count) - 1;
      break;
    }
    case kYears:
      s.lo = to_jdn(Ymd{first, 1, 1}, cal);
      s.hi = to_jdn(Ymd{first + count, 1, 1}, cal) - 1;
      break;
  }
  return true;
}

}  // namespace

bool policy_reads_julian(const CalendarPolicy& policy, const Ymd& written) noexcept {
  switch (policy.kind) {
    case CalendarPolicy::Kind::gregorian: return false;
    case CalendarPolicy::Kind::julian: return true;
    case CalendarPolicy::Kind::hybrid: return to_jdn(written, Calendar::julian) < kGregorianReform;
    case CalendarPolicy::Kind::julian_until: return to_jdn(written, Calendar::julian) <= policy.last_julian_day;
  }
  return false;
}

namespace {
// EDTF writes a year of more than four digits (Y16000) only as a whole year standing alone: a day,
// a month or a season in such a year, or an interval or set reaching it, has no EDTF form that
// parse_edtf reads back (and no historical source needs one).
// Asked of every resolved date: two comparisons of day numbers, not two conversions to years.
bool beyond_four_digits(Jdn lo, Jdn hi) {
  static const Jdn first = gregorian_to_jdn(-9999, 1, 1), last = gregorian_to_jdn(9999, 12, 31);
  return lo < first || lo > last || hi < first || hi > last;
}
}  // namespace

bool resolve(const Expr& e, const ParseOptions& opts, const std::optional<Anchor>& anchor, Resolved& r) {
  DateValue& v = r.value;
  Span sa, sb;
  if (!resolve_point(e.a, opts, anchor, sa)) return false;
  if (beyond_four_digits(sa.lo, sa.hi) &&
      (e.kind != Expr::Kind::single || sa.precision == Precision::day || sa.precision == Precision::month ||
       sa.precision == Precision::season || sa.precision == Precision::range))
    return false;
  r.anchor_precision = sa.precision == Precision::range ? Precision::day : sa.precision;
  if (e.kind == Expr::Kind::single) {
    v.earliest = sa.lo;
    v.latest = sa.hi;
    v.precision = sa.precision;
    v.approximate = e.a.approx;
    v.uncertain = sa.uncertain || e.a.uncertain;
    v.calendar = sa.julian ? Calendar::julian : Calendar::gregorian;
    const char* q = qualifier(v.approximate, v.uncertain);
    if (!sa.natural.empty()) {
      v.edtf = std::move(sa.natural);  // sa is not read again: no copy of the string
      add_qualifier(v.edtf, q);
    } else {
      v.edtf = interval(sa.lo, sa.hi, q, q);
    }
    if (v.edtf.empty()) return false;
    return true;
  }
  if (!resolve_point(e.b, opts, anchor, sb)) return false;
  if (beyond_four_digits(sb.lo, sb.hi)) return false;
  if (sa.lo > sb.hi && e.a.year_carried) {  // "December to February 1922" crosses the year
    Pt a = e.a;
    a.year -= a.era < 0 ? -1 : 1;
    sa = Span{};
    if (!resolve_point(a, opts, anchor, sa)) return false;
  }
  if (sa.lo > sb.hi) return false;
  v.approximate = e.a.approx || e.b.approx;
  v.uncertain = sa.uncertain || sb.uncertain || e.a.uncertain || e.b.uncertain;
  v.calendar = sa.julian || sb.julian ? Calendar::julian : Calendar::gregorian;
  v.earliest = sa.lo;
  v.latest = sb.hi;
  v.precision = Precision::range;
  const char* qa = qualifier(e.a.approx, sa.uncertain || e.a.uncertain);
  const char* qb = qualifier(e.b.approx, sb.uncertain || e.b.uncertain);
  if (e.kind == Expr::Kind::one_of || e.kind == Expr::Kind::all_of) {
    v.earliest = std::min(sa.lo, sb.lo);
    v.latest = std::max(sa.hi, sb.hi);
    if (!sa.natural.empty() && !sb.natural.empty()) {
      // EDTF sets: [a,b] one of them, {a,b} all of them
      const bool all = e.kind == Expr::Kind::all_of;
      v.edtf = std::string(all ? "{" : "[") + sa.natural + qa + "," + sb.natural + qb + (all ? "}" : "]");
    } else {
      v.edtf = interval(v.earliest, v.latest, qa, qb);
    }
    if (v.edtf.empty()) return false;
    return true;
  }
  v.edtf = interval(sa.lo, sb.hi, qa, qb);
  if (v.edtf.empty()) return false;
  return true;
}

}  // namespace clio::dates::detail
