// Relative expressions, resolved later against an anchor: "the next day", "the following month",
// "two weeks later", "через два дня", "am nächsten Tag", "le lendemain", "la veille".
#include "dates/date_grammar_rules.hpp"

namespace clio::dates::detail {

using namespace lex;

namespace {

// A direction word that is a preposition when a noun follows ("after", "before", "après", "avant"),
// unlike "later", "earlier", "plus tard", "спустя".
bool is_preposition_word(const Entry& d) {
  const std::string_view k(d.key, d.len);
  return k == "after" || k == "before" || k == "apres" || k == "après" || k == "avant";
}

}  // namespace

// Relative expressions (need an anchor): "the next day", "the following month", "that year",
// "the same day", "le jour suivant", "two weeks later", "a week later", "zwei Tage später",
// "через два дня", "спустя неделю", "after two days", "le lendemain", "la veille", "накануне".
bool Grammar::relative(std::size_t i, Pt& p, std::size_t& j) {
  std::size_t k = i;
  const bool had_filler = T(k).kind == TokKind::word && T(k).is(kFiller) && !T(k).is(kRelSame | kUnit);
  k = skip_fillers(k, kUnit);  // "le mois suivant": "mois" is the unit here
  const Token& t = T(k);
  if (t.kind != TokKind::word && t.kind != TokKind::number) return false;
  auto done = [&](std::uint8_t unit, std::int64_t n, std::size_t end, bool week_span) {
    p = Pt{};
    p.unit = Unit::relative;
    p.rel_unit = unit;
    p.rel_n = n;
    p.rel_week_span = week_span;
    p.needs_anchor = true;
    p.cue = true;
    j = end;
    return true;
  };
  if (t.kind == TokKind::word) {
    if (t.is(kDayAfter)) return done(1, 1, k + 1, false);
    if (t.is(kDayBefore)) return done(1, -1, k + 1, false);
    // (next|previous|same) [же] unit
    if (t.is(kRelNext | kRelPrev | kRelSame)) {
      std::size_t q = k + 1;
      q = skip_fillers(q);
      // "that same year", "в тот же день": a second "same" word
      if (t.is(kRelSame) && T(q).kind == TokKind::word && T(q).is(kRelSame) && !T(q).is(kUnit) &&
          same_language(t.lex, T(q).lex))
        q = skip_fillers(q + 1);
      const Token& u = T(q);
      if (u.kind == TokKind::word && u.is(kUnit) && !u.is(kMonth) && same_language(t.lex, u.lex)) {
        const std::int64_t n = t.is(kRelNext) ? 1 : t.is(kRelPrev) ? -1 : 0;
        return done(u.lex->unit, n, q + 1, u.lex->unit == 2 && n != 0);
      }
      return false;
    }
    // [the] unit (next|previous|same|after|before): "le jour suivant", "the day after"
    if (t.is(kUnit) && had_filler) {
      std::size_t q = k + 1;
      std::size_t e = q;
      if (T(q).kind == TokKind::word && T(q).is(kRelNext | kRelPrev | kRelSame) && !T(q).is(kUnit) &&
          same_language(t.lex, T(q).lex)) {
        const std::int64_t n = T(q).is(kRelNext) ? 1 : T(q).is(kRelPrev) ? -1 : 0;
        return done(t.lex->unit, n, q + 1, t.lex->unit == 2 && n != 0);
      }
      if (const Entry* d = phrase(q, kLater | kEarlier, e)) {
        // "the day after 9 November" is not relative to the narrative
        const Token& nx = T(e);
        if (nx.kind == TokKind::number || (nx.kind == TokKind::word && nx.is(kMonth | kFiller))) return false;
        return done(t.lex->unit, d->has(kLater) ? 1 : -1, e, false);
      }
      return false;
    }
    // (через|спустя|after) count unit
    if (t.is(kWithin | kLater)) {
      std::size_t q = k + 1;
      std::int64_t n = 1;
      std::size_t e = q;
      if (count_word(q, n, e)) q = e;
      const Token& u = T(q);
      if (u.kind == TokKind::word && u.is(kUnit) && (q != k + 1 || t.is(kWithin)) && same_language(t.lex, u.lex)) {
        if (n > 999) return false;
        // Russian "через два дня", "спустя неделю" always count from the narrative. "after 385
        // days", "nach zwei Tagen", "après deux jours" are as often durations ("tired after 385
        // days on the road", "after 385 days in prison"): only the clause-opening form set off by a
        // comma ("After two days, the army ...") is read as relative in prose; an isolated
        // expression ("after two days" with a ref) is what the caller asks about.
        const bool russian = (t.lex->langs & 2) != 0;
        if (running_text_ && !russian && !T(q + 1).is_punct(',')) return false;
        // "after 2 years, 4 months and 2 weeks": a comma that continues a list of counts is no
        // clause opener's
        if (running_text_ && !russian && T(q + 2).kind == TokKind::number && T(q + 3).kind == TokKind::word &&
            T(q + 3).is(kUnit))
          return false;
        return done(u.lex->unit, n, q + 1, false);
      }
      return false;
    }
  }
  // count unit (later|earlier): "two weeks later", "3 days afterwards", "deux jours plus tard"
  std::int64_t n = 0;
  std::size_t q = 0;
  if (!count_word(k, n, q) || n > 999) return false;
  const Token& u = T(q);
  if (u.kind != TokKind::word || !u.is(kUnit)) return false;
  if (t.kind == TokKind::word && !same_language(t.lex, u.lex)) return false;  // "a tag", "un day"
  std::size_t e = 0;
  if (const Entry* d = phrase(q + 1, kLater | kEarlier, e)) {
    const Token& nx = T(e);
    if (nx.kind == TokKind::number || (nx.kind == TokKind::word && nx.is(kMonth))) return false;
    // "two years after the partition", "трое суток после боя": a count from the event named next,
    // not from the narrative date ("two years later the ..." stays relative).
    if (nx.kind == TokKind::word && !nx.newline && is_preposition_word(*d)) return false;
    return done(u.lex->unit, d->has(kLater) ? n : -n, e, false);
  }
  return false;
}

}  // namespace clio::dates::detail
