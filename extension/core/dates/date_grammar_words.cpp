// Token-level pieces of the date grammar: abbreviation dots, filler words, lexicon phrases over
// several tokens, ordinal and year numbers, year words, era and Old/New Style marks, counts.
#include "dates/date_grammar_rules.hpp"

#include <algorithm>
#include <bit>
#include <cstring>

namespace clio::dates::detail {

using namespace lex;

// Index after word token i and, when the word is short enough to be an abbreviation, its dot:
// "Dec. 30" reads on, "October. 10 years" stops at the sentence end.
std::size_t Grammar::after_word(std::size_t i) {
  return abbreviation_dot(i) ? i + 2 : i + 1;
}

// Whether the dot after word token i belongs to it. One- and two-letter words ("г.", "Jh.", "c.")
// are abbreviations; words of three or four letters may be whole words ("July.", "года." at the
// end of a sentence), so their dot counts only when the date goes on after it ("Dec. 30").
bool Grammar::abbreviation_dot(std::size_t i) {
  const Token& w = T(i);
  if (!w.abbreviation() || !T(i + 1).is_punct('.') || !adjacent(T(i + 1))) return false;
  if (w.letters <= 2 && !w.all_upper) return true;  // "BC." and "AD." end sentences more often
  const Token& n = T(i + 2);
  return n.kind != TokKind::end && !(n.kind == TokKind::word && n.upper) && !n.newline;
}

std::size_t Grammar::skip_fillers(std::size_t i, std::uint64_t stop) {
  for (int n = 0; n < kMaxFillers; ++n) {
    const Token& t = T(i);
    if (t.kind != TokKind::word || !t.is(kFiller) || t.is(stop)) break;
    ++i;
    if (const Token& a = T(i); is_apostrophe(a) && adjacent(a)) ++i;  // "l'été", "d'avril"
  }
  return i;
}

namespace {

// lex::key_hash of key[0, len), read 8 bytes at a time after zeroing the 8 bytes past its end (the
// buffer must have room for them).
std::uint32_t padded_key_hash(char* key, std::size_t len) noexcept {
  std::memset(key + len, 0, 8);
  std::uint64_t h = kHashSeed;
  for (std::size_t at = 0; at < len; at += 8) {
    std::uint64_t chunk;
    std::memcpy(&chunk, key + at, 8);
    if constexpr (std::endian::native == std::endian::big) chunk = __builtin_bswap64(chunk);
    h = hash_chunk(h, chunk);
  }
  return hash_finish(h, len);
}

}  // namespace

// Appends the folded spelling of word token `w` to key[0, len) (false if it does not fit in `cap`):
// a word the lexicon knows is spelled as its key, which spares folding it again.
bool Grammar::append_folded_word(const Token& w, char* key, std::size_t cap, std::size_t& len) {
  if (w.lex && w.lex->len <= cap - len) {
    std::memcpy(key + len, w.lex->key, w.lex->len);
    len += w.lex->len;
    return true;
  }
  return fold_word_into(ts_.text(), w.begin, w.end, key, cap, len);
}

// Longest lexicon key with one of `roles` starting at word token i: single words and phrases whose
// words are separated by spaces, dots or hyphens ("B.C.", "av. J.-C.", "по старому стилю"). A dot
// right after the match is consumed (abbreviations).
const Entry* Grammar::phrase_from(std::size_t i, std::uint64_t roles, std::size_t& j) {
  const Token& t0 = T(i);
  if (t0.kind != TokKind::word || !t0.lex) return nullptr;
  const Entry* best = t0.lex->has(roles) ? t0.lex : nullptr;
  std::size_t best_end = i + 1;
  if (t0.lex->has(kPrefix) && (t0.lex->more & roles)) {
    char key[96];
    std::size_t len = 0;
    // The token's lexicon key is its folded spelling: no need to fold the first word again.
    len = t0.lex->len;
    std::copy_n(t0.lex->key, len, key);
    {
      std::size_t k = i + 1;
      for (int w = 1; w < kMaxPhraseWords; ++w) {
        if (T(k).is_punct('.')) ++k;
        if (T(k).is_dash() || is_apostrophe(T(k))) ++k;
        const Token& tw = T(k);
        if (tw.kind != TokKind::word || tw.newline) break;
        if (len + 1 >= sizeof key) break;
        key[len++] = ' ';
        if (!append_folded_word(tw, key, sizeof key - 8, len)) break;
        const Entry* e = lookup(std::string_view(key, len), padded_key_hash(key, len));
        if (!e) break;
        ++k;
        if (e->has(roles)) {
          best = e;
          best_end = k;
        }
        if (!e->has(kPrefix) || !(e->more & roles)) break;
      }
    }
  }
  if (!best) return nullptr;
  j = best_end;
  // "B.C.", "v. Chr.": a phrase written with dots keeps its last one; "BC." ends a sentence.
  const bool dotted = best_end > i + 1 && T(best_end - 2).is_punct('.');
  if (T(j).is_punct('.') && adjacent(T(j)) && (dotted ? T(j - 1).abbreviation() : abbreviation_dot(j - 1))) ++j;
  return best;
}

// A number written as an ordinal: "30th", "1er", "9-го", "19-й", and with dot_ok German "18.".
bool Grammar::ordinal_num(std::size_t i, std::int64_t& v, std::size_t& j, bool dot_ok) {
  const Token& t = T(i);
  if (t.kind != TokKind::number || t.digits > 3) return false;
  v = t.value;
  const Token& n = T(i + 1);
  if (n.kind == TokKind::word && adjacent(n) && n.is(kOrdSuffix)) {
    j = i + 2;
    return true;
  }
  if (n.is_dash() && adjacent(n)) {
    if (const Token& w = T(i + 2); w.kind == TokKind::word && adjacent(w) && w.is(kOrdSuffix)) {
      j = i + 3;
      return true;
    }
  }
  if (dot_ok && n.is_punct('.') && adjacent(n)) {
    j = i + 2;
    return true;
  }
  return false;
}

// A year number: digits, or four single digits separated by spaces (OCR "1 9 2 2"). Not a time
// ("10:30") and not followed by more digits after a separator that would make it something else.
bool Grammar::year_num(std::size_t i, std::int64_t& v, std::uint32_t& digits, std::size_t& j) {
  const Token& t = T(i);
  if (t.kind != TokKind::number) return false;
  if (t.digits == 1 && (t.value == 1 || t.value == 2)) {
    const Token& b = T(i + 1);
    const Token& c = T(i + 2);
    const Token& d = T(i + 3);
    const Token& e = T(i + 4);
    if (b.kind == TokKind::number && c.kind == TokKind::number && d.kind == TokKind::number &&
        b.digits == 1 && c.digits == 1 && d.digits == 1 && b.space && c.space && d.space &&
        e.kind != TokKind::number) {
      v = ((t.value * 10 + b.value) * 10 + c.value) * 10 + d.value;
      digits = 4;
      j = i + 4;
      return true;
    }
    // OCR "1 754-1813", "(1 754)": the first digit split from the other three, where a range to a
    // later four-digit year or a closing bracket shows that one year is meant.
    if (b.kind == TokKind::number && b.digits == 3 && b.space && !b.newline && !t.newline) {
      const std::int64_t y = t.value * 1000 + b.value;
      const bool range = c.is_dash() && d.kind == TokKind::number && d.digits == 4 && d.value > y && d.value - y <= 150;
      const bool bracketed = (c.is_punct(')') || c.is_punct(']')) && i > 0 &&
                             (T(i - 1).is_punct('(') || T(i - 1).is_punct('['));
      if (range || bracketed) {
        v = y;
        digits = 4;
        j = i + 2;
        return true;
      }
    }
  }
  const Token& n = T(i + 1);
  if (n.is_punct(':') && adjacent(n) && T(i + 2).kind == TokKind::number && adjacent(T(i + 2))) return false;
  if (t.digits > 12) return false;
  v = t.value;
  digits = t.digits;
  j = i + 1;
  return true;
}

// After a year number: "-м", "-го" ("в 1917-м году") and a year word ("года", "г.", "гг.").
std::size_t Grammar::year_tail(std::size_t i, Pt& p) {
  if (const Token& d = T(i); d.is_dash() && adjacent(d)) {
    const Token& w = T(i + 1);
    if (w.kind == TokKind::word && adjacent(w) && w.is(kOrdSuffix) && !w.is(kDecadeSuffix)) i += 2;
  }
  const Token& w = T(i);
  if (w.kind == TokKind::word && w.is(kYearWord) && !w.newline) {
    i = after_word(i);
    p.cue = true;
    p.year_word = true;
  }
  return i;
}

// Era and Old/New Style marks after a date, bare or in brackets: "44 BC", "1917 (O.S.)",
// "25 October 1917, Old Style", "[н. ст.]".
std::size_t Grammar::marks(std::size_t i, Pt& p) {
  for (int n = 0; n < kMaxMarks; ++n) {
    std::size_t k = i;
    char32_t open = 0;
    const Token* t = &T(k);
    if (t->is_punct(',')) t = &T(++k);
    if (is_open(*t)) {
      open = t->ch;
      t = &T(++k);
    }
    if (t->kind != TokKind::word) break;  // every mark begins with a word
    std::size_t e = k;
    const Entry* m = phrase(k, kEraBc | kEraAd | kCalOs | kCalNs, e);
    if (!m) break;
    if (open) {
      if (!T(e).is_punct(closer(open))) break;
      ++e;
    }
    if (m->has(kEraBc)) p.era = -1;
    else if (m->has(kEraAd)) p.era = 1;
    else if (m->has(kCalOs)) p.cal = 1;
    else p.cal = 2;
    p.cue = true;
    i = e;
  }
  return i;
}

// Count for relative expressions: "two", "a", "3".
bool Grammar::count_word(std::size_t i, std::int64_t& n, std::size_t& j) {
  const Token& t = T(i);
  // "vingt-trois ans": the number is the whole compound, not its last part
  if (i > 0 && !t.space && T(i - 1).is_dash() && !T(i - 1).space && i > 1 && T(i - 2).kind == TokKind::word) return false;
  if (t.kind == TokKind::number && t.digits <= 3) {
    n = t.value;
    j = i + 1;
    return n > 0;
  }
  if (t.kind == TokKind::word && t.is(kNumber)) {
    n = t.lex->number;
    j = i + 1;
    return true;
  }
  return false;
}

}  // namespace clio::dates::detail
