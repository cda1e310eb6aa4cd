// Dates in words: day before month ("30 December 1922", "9-го мая"), month before day ("December
// 30, 1922"), dual dating beside them ("10/22 April", "[O.S. 25 October]"), the year after them,
// seasons, and years with their words ("1922 года", "im Jahre 1922").
#include "dates/date_grammar_rules.hpp"

namespace clio::dates::detail {

using namespace lex;

namespace {

// A second day written beside the first for dual dating, before the month: "10/22 April",
// "12 [24] марта", "3 (13)". Sets p.alt_day; returns the index after it.
bool dual_day(TokenStream& ts, std::size_t i, int& alt, std::size_t& j) {
  const Token& s = ts.at(i);
  if (s.is_punct('/')) {
    const Token& d = ts.at(i + 1);
    if (d.kind != TokKind::number || d.digits > 2 || d.value < 1 || d.value > 31) return false;
    alt = static_cast<int>(d.value);
    j = i + 2;
    return true;
  }
  if (s.is_punct('(') || s.is_punct('[')) {
    const Token& d = ts.at(i + 1);
    const char32_t close = s.ch == '(' ? ')' : ']';
    if (d.kind != TokKind::number || d.digits > 2 || d.value < 1 || d.value > 31 || !ts.at(i + 2).is_punct(close))
      return false;
    alt = static_cast<int>(d.value);
    j = i + 3;
    return true;
  }
  return false;
}

}  // namespace

// Dual dating after "day month": "[O.S. 25 October]", "(7 ноября)", "jul./16. März 1917 greg."
bool Grammar::dual_tail(std::size_t i, Pt& p, std::size_t& j) {
  if (in_dual_) return false;  // the second date of a pair has no pair of its own
  const Token& s = T(i);
  char32_t open = 0;
  if (is_open(s)) open = s.ch;
  else if (!s.is_punct('/')) return false;
  std::size_t k = i + 1;
  Pt alt;
  k = marks(k, alt);
  std::size_t e = 0;
  Pt q;
  in_dual_ = true;
  const bool got = day_first(k, q, e) || month_first(k, q, e);
  in_dual_ = false;
  if (!got) return false;
  e = marks(e, alt);  // "(Oct. 25 O.S.)"
  if (q.unit != Unit::day || q.dual) return false;
  if (open) {
    if (!T(e).is_punct(closer(open))) return false;
    ++e;
  }
  p.dual = true;
  p.alt_day = q.day;
  p.alt_month = q.month;
  p.alt_year = q.year;
  p.alt_has_year = q.has_year;
  p.alt_cal = alt.cal ? alt.cal : q.cal;
  if (q.has_year && !p.has_year) {
    p.year = q.year;
    p.has_year = true;
    p.era = q.era;
  }
  j = e;
  return true;
}

// A month written as a Roman numeral after a day ("17 V 1863", "(6-7 II)", "22 I."), as Polish,
// Czech and Russian records do: an upper-case numeral I..XII followed by a year, a closing bracket,
// a dot that ends the date, or (an isolated expression) nothing. 0 when there is none. The pronoun
// "I" ("on the 22 I went") is followed by a word, so it is not read.
int Grammar::roman_month(std::size_t k) {
  const Token& r = T(k);
  if (r.kind != TokKind::word || r.roman < 1 || r.roman > 12 || !r.all_upper || (r.roles & ~kPrefix) != 0 ||
      r.newline || !r.space)
    return 0;
  std::size_t q = k + 1;
  if (T(q).is_punct('.') && adjacent(T(q))) ++q;
  const Token& n = T(q);
  if (n.kind == TokKind::number && n.digits == 4 && !n.newline) return r.roman;
  if (n.is_punct(')') || n.is_punct(']') || n.is_punct(',') || n.is_punct(';')) return r.roman;
  if (n.kind == TokKind::end && (!running_text_ || q != k + 1)) return r.roman;
  if (q != k + 1 && n.newline) return r.roman;
  return 0;
}

// Day before month: "30 December 1922", "30th of December", "3. März 1917", "1er mai",
// "9-го мая 1945 года", "10/22 April 1870", "25 октября (7 ноября) 1917".
bool Grammar::day_first(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::number || t.digits > 2 || t.value < 1 || t.value > 31) return false;
  std::size_t k = i + 1;
  std::int64_t v = 0;
  if (ordinal_num(i, v, k, true)) {
  } else {
    k = i + 1;
  }
  int alt = 0;
  std::size_t m = k;
  if (dual_day(ts_, k, alt, m)) {
    k = m;
    if (T(k).is_punct('.') && adjacent(T(k))) ++k;  // "16./28. Oktober"
  }
  // "the 31st day of March", "le 2e jour de mai": the unit word "day" between an ordinal and the month
  if (k != i + 1 && T(k).kind == TokKind::word && T(k).is(kUnit) && T(k).lex->unit == 1 && !T(k).is(kMonth)) {
    const std::size_t f = skip_fillers(k + 1);
    if (f != k + 1 && T(f).kind == TokKind::word && T(f).is(kMonth)) k = f;
  }
  k = skip_fillers(k);  // "30th of December", "the 9th of"
  const Token& mt = T(k);
  int month = 0;
  if (mt.kind == TokKind::word && mt.is(kMonth) && !mt.newline) {
    month = mt.lex->month;
    k = after_word(k);
  } else if (const int rm = roman_month(k); rm != 0) {  // "17 V 1863", "(6-7 II)", "22 I."
    month = rm;
    ++k;
    if (T(k).is_punct('.') && adjacent(T(k))) ++k;
  } else {
    return false;
  }
  p = Pt{};
  p.unit = Unit::day;
  p.day = static_cast<int>(t.value);
  p.month = month;
  p.cue = true;
  if (alt) {
    p.dual = true;
    p.alt_day = alt;
    p.alt_month = p.month;
  }
  // Marks between day-month and the dual part ("3. März jul./16. März 1917 greg.").
  std::size_t k2 = marks(k, p);
  std::size_t e = 0;
  if (!p.dual && dual_tail(k2, p, e)) {
    k = e;
  } else {
    k = k2 == k ? k : k2;
  }
  if (!p.has_year) {
    std::size_t y = 0;
    if (year_after(k, p, y)) k = y;
  }
  if (!p.has_year) p.needs_anchor = true;
  if (!p.dual) {  // "7 November 1917 [O.S. 25 October]"
    std::size_t k3 = marks(k, p);
    if (dual_tail(k3, p, e)) k = e;
  }
  j = k;
  return true;
}

// Month before day: "December 30, 1922", "Dec. 30th 1922", "May 3 (13), 1682", "March 1917",
// "März 1917", "in October" (partial).
bool Grammar::month_first(std::size_t i, Pt& p, std::size_t& j) {
  const Token& mt = T(i);
  if (mt.kind != TokKind::word || !mt.is(kMonth)) return false;
  p = Pt{};
  p.month = mt.lex->month;
  p.cue = true;
  std::size_t k = after_word(i);
  if (T(k).kind == TokKind::word && T(k).is(kFiller) && T(k + 1).kind == TokKind::number) ++k;  // "May the 15th"
  const Token& d = T(k);
  // "November 28,000 roubles": a number with a thousands separator is no day.
  const bool grouped = (T(k + 1).is_punct(',') || T(k + 1).is_punct('.')) && adjacent(T(k + 1)) &&
                       T(k + 2).kind == TokKind::number && adjacent(T(k + 2)) && T(k + 2).digits == 3;
  if (!grouped && d.kind == TokKind::number && d.digits <= 2 && d.value >= 1 && d.value <= 31 && !d.newline) {
    std::int64_t v = 0;
    std::size_t e = k + 1;
    if (!ordinal_num(k, v, e, false)) e = k + 1;
    // "May 18" is a day unless the number is really a two-digit year ("May 44 BC").
    Pt probe;
    marks(k + 1, probe);
    if (probe.era == 0) {
      p.unit = Unit::day;
      p.day = static_cast<int>(d.value);
      int alt = 0;
      std::size_t m = e;
      if (dual_day(ts_, e, alt, m)) {
        p.dual = true;
        p.alt_day = alt;
        p.alt_month = p.month;
        e = m;
      } else if (dual_tail(e, p, m)) {  // "October 25 (November 7), 1917", "Oct. 25/Nov. 7, 1917"
        e = m;
      }
      e = marks(e, p);  // "Feb 19 (O.S.), 1861", "Feb 19 (Julian calendar), 1861"
      std::size_t y = 0;
      if (year_after(e, p, y)) e = y;
      if (!p.has_year) p.needs_anchor = true;
      j = e;
      return true;
    }
  }
  p.unit = Unit::month;
  std::size_t y = 0;
  if (year_after(k, p, y)) {
    j = y;
    return true;
  }
  {
    const Token& n = T(k);
    if (n.kind == TokKind::word && n.upper && !n.lex && mt.upper && !T(i).is(kContext)) return false;  // "May Day"
  }
  // "December of that year", "в декабре того же года", "im Dezember desselben Jahres": a month of
  // the year the narrative names relatively (resolve_point takes the anchor's year)
  if (const std::size_t f = skip_fillers(k); T(f).kind == TokKind::word && T(f).is(kRelSame | kRelNext | kRelPrev)) {
    Pt rel;
    std::size_t e = 0;
    if (relative(f, rel, e) && rel.rel_unit == 4) {
      p.needs_anchor = true;
      p.rel_unit = 4;
      p.rel_n = rel.rel_n;
      p.cue = true;
      j = e;
      return true;
    }
  }
  p.needs_anchor = true;
  p.month_only = true;
  j = k;
  return true;
}

// The year after a day, month or season: "[,] [of] 1922 [года]"; one- or two-digit years only
// with an era or a year word.
bool Grammar::year_after(std::size_t i, Pt& p, std::size_t& j) {
  std::size_t k = i;
  if (T(k).is_punct(',')) ++k;
  k = skip_fillers(k);
  // "August 2nd in 216 BC", "on 3 May in 1791.": "in" before the year, which then needs an era or
  // to end the phrase ("3 May in 1500 towns" is a count).
  bool in = false;
  if (k == i && T(k).kind == TokKind::word && T(k).is(kContext) && T(k).is(kPrep) && T(k + 1).kind == TokKind::number &&
      T(k).letters == 2) {
    ++k;
    in = true;
  }
  // "August '41", "Nov 03 '18", "the summer of '44": a two-digit year after an apostrophe, whose
  // century the anchor gives (resolve)
  if (!in && is_apostrophe(T(k)) && T(k).space && T(k + 1).kind == TokKind::number && adjacent(T(k + 1)) &&
      T(k + 1).digits == 2 && !(T(k + 2).kind == TokKind::word && adjacent(T(k + 2)))) {
    p.year = T(k + 1).value;
    p.has_year = true;
    p.short_year = true;
    p.digits = 2;
    j = k + 2;
    return true;
  }
  std::int64_t v = 0;
  std::uint32_t digits = 0;
  std::size_t e = 0;
  if (!year_num(k, v, digits, e)) return false;
  if (in) {
    Pt probe;
    marks(year_tail(e, probe), probe);
    const Token& after = T(e);
    if (probe.era == 0 && !(digits == 4 && (after.kind == TokKind::end || after.kind == TokKind::punct)))
      return false;
  }
  if (digits < 3) {  // "10 May 44 BC" has a two-digit year; "10 May 44" and "May 18" do not
    Pt probe;
    marks(year_tail(e, probe), probe);
    if (probe.era == 0 && !probe.year_word) return false;
  }
  p.year = v;
  p.has_year = true;
  p.digits = digits;
  j = year_tail(e, p);
  return true;
}

// Year first, then the month or the day of that year: "1228 July", "1263 3rd March", "1837 Jul 2",
// "1843, den 8. Oktober" (registers, chronicles, timelines).
bool Grammar::year_first(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::number || t.digits != 4 || T(i + 1).newline) return false;
  std::size_t k = i + 1;
  if (T(k).is_punct(',')) ++k;
  k = skip_fillers(k);  // "den 8. Oktober", "the 3rd of March"
  const Token& n = T(k);
  if (n.newline) return false;
  Pt q;
  std::size_t e = 0;
  if (n.kind == TokKind::word && n.is(kMonth)) {
    if (!month_first(k, q, e)) return false;
    // "1228 July: ..." is that month; in "1917 May Day" the month name begins a name.
    if (q.month_only && T(e).kind == TokKind::word && T(e).upper && !T(e).newline) return false;
  } else if (n.kind == TokKind::number) {
    if (!day_first(k, q, e)) return false;
  } else if (n.kind == TokKind::word && n.is(kSeason)) {  // "1806 autumn:", "1806 The Autumn of ..."
    if (!season(k, q, e) || !q.season_only) return false;
    q.season_only = false;
  } else {
    return false;
  }
  if (q.has_year || q.dual || (q.unit != Unit::day && q.unit != Unit::month && q.unit != Unit::season)) return false;
  p = q;
  p.year = t.value;
  p.has_year = true;
  p.digits = 4;
  p.needs_anchor = false;
  p.month_only = false;
  p.cue = true;
  j = e;
  return true;
}

namespace {

bool token_is(TokenStream& ts, const Token& t, std::string_view a, std::string_view b) {
  if (t.kind != TokKind::word) return false;
  const std::string_view w = ts.text().substr(t.begin, t.end - t.begin);
  return w == a || w == b;
}

}  // namespace

// Chinese, Japanese and Korean dates: "1825年12月14日", "1825年12月", "1825년 12월 14일", and the
// season of a year, "1799年の夏", "1799年夏".
bool Grammar::cjk_date(std::size_t i, Pt& p, std::size_t& j) {
  const Token& y = T(i);
  const Token& yw = T(i + 1);
  if (y.kind != TokKind::number || y.digits > 4 || y.value < 1 || !adjacent(yw) ||
      !token_is(ts_, yw, "\u5E74", "\uB144"))  // 年 년
    return false;
  p = Pt{};
  p.unit = Unit::year;
  p.year = y.value;
  p.num = y.value;
  p.has_year = true;
  p.digits = y.digits;
  p.cue = p.year_word = true;
  std::size_t k = i + 2;
  const Token& m = T(k);
  if (m.kind == TokKind::number && m.value >= 1 && m.value <= 12 && m.digits <= 2 &&
      token_is(ts_, T(k + 1), "\u6708", "\uC6D4")) {  // 月 월
    p.unit = Unit::month;
    p.month = static_cast<int>(m.value);
    k += 2;
    const Token& d = T(k);
    if (d.kind == TokKind::number && d.value >= 1 && d.value <= 31 && d.digits <= 2 &&
        token_is(ts_, T(k + 1), "\u65E5", "\uC77C")) {  // 日 일
      p.unit = Unit::day;
      p.day = static_cast<int>(d.value);
      k += 2;
    }
  } else {
    std::size_t q = k;
    if (token_is(ts_, T(q), "\u306E", "\u306E")) ++q;  // の
    if (T(q).kind == TokKind::word && T(q).is(kSeason) && adjacent(T(q)) && T(q).letters == 1) {
      p.unit = Unit::season;
      p.season = T(q).lex->season;
      k = q + 1;
    }
  }
  j = k;
  return true;
}

// A fixed feast day: "Christmas 1812", "at Michaelmas", "Lady Day 1723", "Рождество 1812 года",
// "Christmas '62". Without a year it needs an anchor; in prose a lower-case word after it that no
// list knows makes it part of a name ("Christmas presents", "Christmas tree").
bool Grammar::feast(std::size_t i, Pt& p, std::size_t& j) {
  std::size_t k = i;
  const Entry* f = phrase(i, kFeast, k);
  if (!f) return false;
  p = Pt{};
  p.unit = Unit::day;
  p.month = f->month;
  p.day = f->ordinal;
  p.cue = true;
  std::size_t y = 0;
  if (year_after(k, p, y)) {
    j = y;
    return true;
  }
  const Token& n = T(k);
  if (running_text_ && n.kind == TokKind::word && !n.newline && !n.upper && !n.lex) return false;
  if (running_text_ && n.kind == TokKind::word && !n.newline && n.upper && !n.lex && !T(i).is(kContext)) return false;
  p.needs_anchor = true;
  j = k;
  return true;
}

// The first or last day of a month: "the first day of May 1718", "the last day of July", "le
// dernier jour de juillet", "am letzten Tag des Juli". The last day is marked kLastDay and found
// when the year is known (resolve).
bool Grammar::edge_day(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  const bool last = t.is(kLast);
  if (!last && !(t.is(kOrdinal) && t.lex->ordinal == 1)) return false;
  const Token& u = T(i + 1);
  if (u.kind != TokKind::word || !u.is(kUnit) || u.lex->unit != 1) return false;
  const std::size_t k = skip_fillers(i + 2);
  if (k == i + 2 && !(T(k).kind == TokKind::word && T(k).is(kMonth))) return false;
  Pt q;
  std::size_t e = 0;
  if (!(T(k).kind == TokKind::word && T(k).is(kMonth)) || !month_first(k, q, e) || q.unit != Unit::month) return false;
  p = q;
  p.unit = Unit::day;
  p.day = last ? kLastDay : 1;
  p.month_only = false;
  p.cue = true;
  j = e;
  return true;
}

// Seasons: "spring 1922", "the spring of 1922", "весной 1923 года", "im Frühjahr 1923", "l'été 1923",
// "winter 1916/17", "winter of 1916–1917" (winter of the first year).
bool Grammar::season(std::size_t i, Pt& p, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::word) return false;
  std::size_t k = i + 1;
  const Entry* se = phrase(i, kSeason, k);  // "summer months of 1805", "летние месяцы"
  if (!se) return false;
  p = Pt{};
  p.unit = Unit::season;
  p.season = se->season;
  p.cue = true;
  std::size_t e = 0;
  Pt rel;
  // "one summer day in 1847", "on a winter's day in 1812": the day word between season and year
  if (T(k).kind == TokKind::word && T(k).is(kUnit) && T(k).lex->unit == 1 && !T(k).newline) {
    std::size_t d = k + 1;
    if (year_after(d, p, e)) k = d;
  }
  if (year_after(k, p, e)) {
    k = e;
    if (p.season == 4 && (T(k).is_punct('/') || T(k).is_dash()) && T(k + 1).kind == TokKind::number) {
      const Token& n = T(k + 1);
      const std::int64_t next = p.year + 1;
      if ((n.digits == 4 && n.value == next) || (n.digits == 2 && n.value == next % 100) ||
          (n.digits == 1 && n.value == next % 10)) {
        k += 2;
        k = year_tail(k, p);
      }
    }
  } else if (std::size_t f = skip_fillers(k); f != k && T(f).kind == TokKind::word && T(f).is(kRelSame | kRelNext | kRelPrev) &&
             relative(f, rel, e) && rel.rel_unit == 4 && p.season != 0) {
    // "the summer of that year", "the winter of the following year": the narrative's year
    p.needs_anchor = true;
    p.rel_unit = 4;
    p.rel_n = rel.rel_n;
    k = e;
  } else {
    // A season alone ("in the winter", "весной") needs an anchor; "the Winter Palace" is a name,
    // but a Russian instrumental opening a sentence is an adverb ("Осенью Столыпин ...").
    const Token& n = T(k);
    if (n.kind == TokKind::word && n.upper && !n.lex && t.upper && !t.is(kContext)) return false;
    p.needs_anchor = true;
    p.season_only = true;
    p.self_context = t.is(kContext);  // Russian instrumental "весной" already means "in spring"
  }
  j = k;
  return true;
}

// A year: "1922", "1922 года", "в 1917-м году", "year 1922", "l'an 1922", "im Jahre 1922".
// A number without any of these is returned bare (the caller decides).
bool Grammar::year(std::size_t i, Pt& p, std::size_t& j, bool allow_bare) {
  std::size_t k = i;
  bool word_before = false;
  if (T(k).kind == TokKind::word && T(k).is(kYearBefore)) {  // "year 1922", "anno 1922", "l'an"
    ++k;
    if (is_apostrophe(T(k))) return false;
    word_before = true;
  }
  std::int64_t v = 0;
  std::uint32_t digits = 0;
  std::size_t e = 0;
  if (!year_num(k, v, digits, e)) return false;
  p = Pt{};
  p.num = v;
  p.digits = digits;
  std::size_t after = year_tail(e, p);
  // "53 года" is an age or a duration, not the year 53: a year word makes a one- or two-digit
  // number a year only together with an era ("44 г. до н. э.").
  if (digits < 3 && !word_before) p.cue = false;
  std::size_t after_marks = marks(after, p);
  if (word_before) p.cue = p.year_word = true;
  if (p.cue || p.era) {
    p.unit = Unit::year;
    p.year = v;
    p.has_year = true;
    j = after_marks;
    return true;
  }
  if (!allow_bare) return false;
  p.bare = true;
  j = e;
  return true;
}

}  // namespace clio::dates::detail
