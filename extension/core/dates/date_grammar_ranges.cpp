// Expressions of two points: ranges ("between 1918 and 1928", "1922–24", "from March to October
// 1921"), alternatives ("either 1237 or 1238", "10 or 11 May 1920"), lists ("5 and 6 December
// 1941"), and combine(), which carries unit, month, year, era and calendar from one end to the other.
#include "dates/date_grammar_rules.hpp"

namespace clio::dates::detail {

using namespace lex;

bool Grammar::core(std::size_t i, Expr& e) {
  e.first = i;
  std::size_t k = i, j = 0;
  const Token& t = T(k);
  // Weekday prefix: "Saturday, 17 December 1916", "Sat. 17 Dec."
  if (t.kind == TokKind::word && t.is(kWeekday)) {
    k = after_word(k);
    if (T(k).is_punct(',')) ++k;
    k = skip_fillers(k);
    Pt p;
    if (!day_first(k, p, j) && !month_first(k, p, j)) return false;
    e.a = p;
    e.last = j;
    return true;
  }
  if (t.kind == TokKind::word && t.lex) {
    std::size_t m = k;
    if (phrase(k, kBetween | kFrom | kEither, m)) {
      const bool between = T(k).is(kBetween), either = T(k).is(kEither) && !between;
      std::size_t s = m;
      if (either && T(s).kind == TokKind::word && T(s).is(kPrep)) ++s;
      Pt a;
      if (point(s, a, j, true)) {
        std::size_t q = j;
        const std::uint64_t joiner = between ? kAnd : either ? kOr : kTo;
        bool joined = false;
        // "From March, 1792, to July, 1793": a comma before the joining word
        if (T(q).is_punct(',') && T(q + 1).kind == TokKind::word && T(q + 1).is(joiner)) ++q;
        if (T(q).is_dash()) {
          ++q;
          joined = !either;
        } else if (T(q).kind == TokKind::word && T(q).is(joiner)) {
          ++q;
          joined = true;
          if (is_apostrophe(T(q))) ++q;  // "jusqu'à"
          if (T(q).kind == TokKind::word && T(q).is(kPrep) && T(q).is(kTo | kPrep) && !T(q).is(kMonth)) {
            if (either || T(q).is(kTo)) ++q;  // "until in", "or in", "jusqu'à", "à"
          }
        }
        Pt b;
        if (joined && point(q, b, j, true)) {
          if (either) {
            if (!a.bare && !b.bare) {
              if (!combine(a, b)) return false;
            } else if (!combine(a, b)) {
              return false;
            }
            e.kind = Expr::Kind::one_of;
          } else {
            if (!combine(a, b)) return false;
            e.kind = Expr::Kind::range;
          }
          a.cue = b.cue = true;
          e.a = a;
          e.b = b;
          e.last = j;
          return true;
        }
        if (ambiguous_) return false;
        if (!between && !either && !a.bare) {  // "from 1922" alone: a date with context
          e.a = a;
          e.first = s;
          e.last = j;
          return true;
        }
      }
      if (ambiguous_) return false;
    }
  }
  Pt a;
  if (!point(k, a, j, true)) return false;
  // A range continues with a dash or a "to" word: "1918–1928", "March to October 1921".
  std::size_t q = j;
  bool joined = false;
  bool slash = false, word_joiner = false;
  const Token& joiner = T(q);
  if (joiner.kind == TokKind::word && joiner.is(kAnd | kOr) && a.part &&
      (a.bare_ordinal || a.unit == Unit::century)) {
    // "late 12th and early 13th century", "à la fin du XVIIe ou au début du XVIIIe siècle": the
    // turn of two centuries, one span whichever word joins them
    std::size_t s2 = q + 1;
    if (T(s2).kind == TokKind::word && T(s2).is(kPrep) && !T(s2).is(kMonth)) ++s2;
    Pt b;
    std::size_t j2 = 0;
    if (point(s2, b, j2, true) && b.part && (b.bare_ordinal || b.unit == Unit::century)) {
      Pt a2 = a;
      if (combine(a2, b) && a2.unit == Unit::century && b.unit == Unit::century && b.num == a2.num + 1) {
        e.kind = Expr::Kind::range;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    }
  }
  if (joiner.is_dash()) {
    ++q;
    joined = true;
  } else if (a.bare && !a.bare_ordinal && joiner.is_punct('/') && adjacent(joiner)) {  // "1917/18"
    ++q;
    joined = slash = true;
  } else if (joiner.kind == TokKind::word && joiner.is(kTo) && !joiner.is(kPrep)) {
    ++q;
    joined = word_joiner = true;
  } else if (joiner.kind == TokKind::word && joiner.is(kAnd) &&
             ((a.bare && a.digits <= 2) || ((a.month_only || a.season_only) && !a.part))) {
    // "5 and 6 December 1941", "May and June 1917", "spring and summer of 1917": both, written
    // once; "the 12th and 13th centuries" is one span
    Pt b;
    std::size_t j2 = 0;
    const bool centuries = a.bare_ordinal;
    if (point(q + 1, b, j2, true) && !b.bare && !b.part &&
        (centuries ? (b.unit == Unit::century || b.unit == Unit::millennium)
         : a.bare  ? b.unit == Unit::day
                   : ((b.unit == Unit::month || b.unit == Unit::season) && b.has_year))) {
      Pt a2 = a;
      if (combine(a2, b) && a2.unit == b.unit) {
        e.kind = centuries ? Expr::Kind::range : Expr::Kind::all_of;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    }
  } else if (joiner.kind == TokKind::word && joiner.is(kOr) && !a.bare_ordinal) {
    // "1237 or 1238", "10 or 11 May 1920": one of two dates of the same kind
    Pt b;
    std::size_t j2 = 0;
    if (point(q + 1, b, j2, true) && !b.bare_ordinal && (a.bare || b.bare || a.unit == b.unit)) {
      Pt a2 = a;
      const bool both_bare = a.bare && b.bare;
      if (combine(a2, b) && a2.unit == b.unit && (!both_bare || (a2.digits == 4 && b.digits == 4))) {
        e.kind = Expr::Kind::one_of;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    }
  }
  if (joined) {
    Pt b;
    std::size_t j2 = 0;
    if (point(q, b, j2, true)) {
      Pt a2 = a;
      // "about 1933 until the 1990s" is not a range: a word joiner needs the same unit on both
      // sides; "1917/18" needs consecutive years ("2016/11" in a URL is not a range).
      bool ok = true;
      if (word_joiner && !a.bare && !b.bare && a.unit != b.unit) ok = false;
      if (slash && !(b.bare && !b.bare_ordinal &&
                     ((b.digits == a.digits && b.num == a.num + 1) ||
                      (b.digits <= 2 && b.num == (a.num + 1) % (b.digits == 1 ? 10 : 100)))))
        ok = false;
      if (ok && combine(a2, b)) {
        // "May 10–12, 1920": the year after the second end belongs to both.
        const bool dated = a2.unit == Unit::day || a2.unit == Unit::month || a2.unit == Unit::season;
        std::size_t y = 0;
        Pt yp;
        if (dated && !a2.has_year && !b.has_year && year_after(j2, yp, y)) {
          a2.year = b.year = yp.year;
          a2.has_year = b.has_year = true;
          a2.needs_anchor = b.needs_anchor = false;
          j2 = marks(y, b);
          if (!a2.era) a2.era = b.era;
          if (!a2.cal) a2.cal = b.cal;
        }
        e.kind = Expr::Kind::range;
        e.a = a2;
        e.b = b;
        e.last = j2;
        return true;
      }
    } else if (ambiguous_) {
      return false;
    }
  }
  if (a.bare) {
    // A lone number: a year only as a whole expression (the scanner decides whether it needs context).
    if (a.bare_ordinal || a.num <= 0) return false;
    a.bare = false;
    a.unit = Unit::year;
    a.year = a.num;
    a.has_year = true;
  }
  e.a = a;
  e.last = j;
  return true;
}

// Carries what one end of a range states to the other: unit, month, year, era, calendar.
bool Grammar::combine(Pt& a, Pt& b) {
  if (a.unit == Unit::relative || b.unit == Unit::relative) return false;
  // "летом 1805—1810 гг.": a year with its year word after a season is that season of the year.
  if (a.unit == Unit::season && a.has_year && b.unit == Unit::year && b.has_year && !b.part && b.era == a.era &&
      b.year > a.year && b.year - a.year <= 200) {
    b.unit = Unit::season;
    b.season = a.season;
  }
  // "1870s-1900s", "1800s–1820s": beside a decade, a round hundred is a decade too.
  if (a.unit == Unit::decade && b.unit == Unit::hundreds) b.unit = Unit::decade;
  else if (a.unit == Unit::hundreds && b.unit == Unit::decade) a.unit = Unit::decade;
  if (a.bare && b.bare) {
    if (a.bare_ordinal || b.bare_ordinal) return false;
    // Two bare numbers: years, the second possibly abbreviated ("1922–24", "1868-9").
    a.bare = b.bare = false;
    a.unit = b.unit = Unit::year;
    a.year = a.num;
    a.has_year = b.has_year = true;
    a.digits = a.digits ? a.digits : 4;
    if (b.digits < a.digits && b.digits <= 2) {
      std::int64_t m = b.digits == 1 ? 10 : 100;
      b.year = a.year - a.year % m + b.num;
      if (b.year <= a.year) b.year += m;
    } else {
      b.year = b.num;
    }
    if (b.year <= a.year) return false;
    if (a.digits == 4 && a.year >= 1000 && a.year <= 2100) a.cue = b.cue = true;
    return true;
  }
  if (a.bare) {
    switch (b.unit) {
      case Unit::century:
      case Unit::millennium:
        a.unit = b.unit;
        a.num = a.num;
        break;
      case Unit::day:
        if (a.bare_ordinal && a.num > 31) return false;
        if (a.num < 1 || a.num > 31) return false;
        a.unit = Unit::day;
        a.day = static_cast<int>(a.num);
        break;
      case Unit::year:
        if (a.bare_ordinal) return false;
        a.unit = Unit::year;
        a.year = a.num;
        a.has_year = true;
        break;
      case Unit::decade:  // "1920—1930-е годы", "1830-40-х гг.": the decade ending belongs to both
        if (a.bare_ordinal || a.num % 10 != 0 || a.digits < 3) return false;
        if (b.short_decade) {
          b.num = a.num - a.num % 100 + b.num;
          if (b.num <= a.num) b.num += 100;
          b.short_decade = false;
        }
        if (a.num >= b.num) return false;
        a.unit = Unit::decade;
        break;
      default:
        return false;
    }
    a.bare = false;
  } else if (b.bare) {
    switch (a.unit) {
      case Unit::century:
      case Unit::millennium:
        b.unit = a.unit;
        break;
      case Unit::day:
        if (b.num < 1 || b.num > 31) return false;
        b.unit = Unit::day;
        b.day = static_cast<int>(b.num);
        break;
      case Unit::year:
        if (b.bare_ordinal) return false;
        b.unit = Unit::year;
        b.has_year = true;
        if (b.digits < a.digits && b.digits <= 2) {
          const std::int64_t m = b.digits == 1 ? 10 : 100;
          b.year = a.year - a.year % m + b.num;
          if (b.year <= a.year && a.era >= 0) b.year += m;
        } else {
          b.year = b.num;
        }
        break;
      case Unit::decade:  // "les années 1880-1890"
        if (b.bare_ordinal || b.num % 10 != 0 || b.digits < 3 || b.num <= a.num) return false;
        b.unit = Unit::decade;
        break;
      case Unit::season: {  // "summer 1805–1810", "летом 1805—10": the same season of each year
        if (b.bare_ordinal || !a.has_year) return false;
        std::int64_t y = b.num;
        if (b.digits < a.digits && b.digits <= 2) {
          const std::int64_t m = b.digits == 1 ? 10 : 100;
          y = a.year - a.year % m + b.num;
          if (y <= a.year) y += m;
        }
        if (y <= a.year || y - a.year > 200) return false;
        b.unit = Unit::season;
        b.season = a.season;
        b.year = y;
        b.has_year = true;
        break;
      }
      default:
        return false;
    }
    b.bare = false;
  }
  // "1850s–60s": a two-digit decade after a full one takes its century.
  if (a.unit == Unit::decade && b.unit == Unit::decade && b.short_decade) {
    b.num = a.num - a.num % 100 + b.num;
    if (b.num <= a.num) b.num += 100;
    b.short_decade = false;
  }
  if (a.short_decade || b.short_decade) return false;
  if (a.unit == Unit::day && a.month == 0) a.month = b.month;
  if (b.unit == Unit::day && b.month == 0) b.month = a.month;
  if ((a.unit == Unit::day || a.unit == Unit::month) && a.month == 0) return false;
  if ((b.unit == Unit::day || b.unit == Unit::month) && b.month == 0) return false;
  const bool dated_a = a.unit == Unit::day || a.unit == Unit::month || a.unit == Unit::season;
  const bool dated_b = b.unit == Unit::day || b.unit == Unit::month || b.unit == Unit::season;
  if (dated_a && !a.has_year && b.has_year) {
    a.year = b.year;
    a.has_year = true;
    a.year_carried = true;
    if (!a.era) a.era = b.era;
  }
  if (dated_b && !b.has_year && a.has_year) {
    b.year = a.year;
    b.has_year = true;
    b.year_carried = true;
    if (!b.era) b.era = a.era;
  }
  if (!a.era && b.era) a.era = b.era;
  if (!b.era && a.era < 0 && b.has_year && a.has_year && b.year < a.year) b.era = a.era;
  if (!b.era && a.era < 0 && (b.unit == Unit::century || b.unit == Unit::millennium) && b.num < a.num) b.era = a.era;
  if (!a.cal && b.cal) a.cal = b.cal;
  if (!b.cal && a.cal) b.cal = a.cal;
  a.needs_anchor = a.needs_anchor || (dated_a && !a.has_year);
  b.needs_anchor = b.needs_anchor || (dated_b && !b.has_year);
  a.cue = b.cue = a.cue || b.cue;
  return true;
}

}  // namespace clio::dates::detail
