// Name scanner: runs of capitalised words, stem lookups in the authorities, greedy longest
// resolve inside a run. The header comment documents the behaviour.
#include "passages/name_scanner.hpp"

#include <algorithm>
#include <cstring>

#include "names/lexicon.hpp"
#include "names/parse.hpp"
#include "names/skeleton.hpp"
#include "names/string_table.hpp"
#include "passages/stopwords.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace clio::passages {
namespace {

constexpr std::size_t kInitialCache = 256;
constexpr std::size_t kMaxGap = 64;
constexpr std::size_t kCrowd = 8;  // candidates that make a tie a crowd
constexpr float kTie = -1;  // bytes of white space (and one period) between run words

// Length of a possessive ending ('s, ’s, ʼs) at the end of the word, or 0.
std::size_t possessive_len(std::string_view w) {
  const std::size_t n = w.size();
  if (n == 0 || (w[n - 1] != 's' && w[n - 1] != 'S')) return 0;  // most words
  // Each ending needs more than one byte before it, or a Roman numeral (Nicholas I's).
  const bool numeral = w[0] == 'I' || w[0] == 'V' || w[0] == 'X';
  if ((n > 3 || (n == 3 && numeral)) && w[n - 2] == '\'') return 2;                                     // 's 'S
  if ((n > 5 || (n == 5 && numeral)) && w.compare(n - 4, 3, "\xe2\x80\x99") == 0) return 4;              // ’s ’S
  if (n > 4 && w[n - 1] == 's' && w.compare(n - 3, 2, "\xca\xbc") == 0) return 3;  // ʼs
  return 0;
}

// gap_ok() for gaps of other than one byte.
[[gnu::noinline]] bool long_gap_ok(std::string_view g, bool dot) {
  if (g.empty() || g.size() > kMaxGap) return false;
  std::size_t i = 0;
  if (dot) {
    if (g[0] != '.') return false;
    i = 1;
  }
  int newlines = 0;
  while (i < g.size()) {
    unsigned char c = static_cast<unsigned char>(g[i]);
    if (c == ' ' || c == '\t' || c == '\r') {
      ++i;
    } else if (c == '\n') {
      if (++newlines > 1) return false;
      ++i;
    } else if (c == 0xC2 && i + 1 < g.size() && static_cast<unsigned char>(g[i + 1]) == 0xA0) {
      i += 2;  // no-break space
    } else {
      return false;
    }
  }
  return true;
}

// Spaces, tabs and at most one line break; with `dot`, one leading period first.
inline bool gap_ok(std::string_view g, bool dot) {
  if (g.size() == 1)  // most gaps: one space
    return dot ? g[0] == '.' : g[0] == ' ' || g[0] == '\t' || g[0] == '\r' || g[0] == '\n';
  return long_gap_ok(g, dot);
}

// "d'Anthès", "d’Holbach", "l'Ouverture": a lower-case elided particle before a capital.
bool elided_capital(std::string_view text, const text::Word& w) {
  std::size_t i = w.begin;
  if (w.size() < 3 || (text[i] != 'd' && text[i] != 'l')) return false;
  std::size_t j = i + 1;
  if (text[j] == '\'') ++j;
  else if (text.substr(j, 3) == "\xe2\x80\x99") j += 3;
  else return false;
  if (j >= w.end) return false;
  return text::is_upper_char(text::next_char(text, j).cp);
}

std::size_t char_count(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); i += text::next_char(s, i).len) ++n;
  return n;
}

std::uint64_t nonzero(std::uint64_t h) { return h ? h : 1; }

// The script of a word, by the lead byte of its first letter: Latin (ASCII and the Latin
// supplements and extensions), Greek, Cyrillic, or another. A name is written in one script: a
// run does not go on across a change ("Ivan Varenkov Иван Варенков" is two names).
bool roman_letters(std::string_view w) noexcept {  // a Roman numeral's letters alone (II, XIV)
  if (w.empty() || w.size() > 8) return false;
  for (char c : w)
    if (!std::strchr("IVXLCDM", c) || c == 0) return false;
  return true;
}

int script_of(unsigned char lead) noexcept {
  if (lead < 0xCE) return 0;
  if (lead < 0xD0) return 1;
  if (lead < 0xD5) return 2;
  return 3;
}

// The key of a spelling in the scanner's caches (a cache hit costs little more than this hash).
// The caches keep the 64-bit hash alone, so it must mix well. wyhash's scheme: the bytes are read
// as two 64-bit words (overlapping loads at both ends, or fewer bytes for short spellings: no
// byte loop, no memcpy call; longer spellings fold 16-byte blocks in first), and each pair is
// mixed by one 64x64->128-bit multiply whose halves are xored ("mum"); the size seeds it.
std::uint64_t spelling_hash(std::string_view s) noexcept {
  auto load32 = [&](std::size_t i) {
    std::uint32_t v;
    std::memcpy(&v, s.data() + i, 4);
    return std::uint64_t{v};
  };
  auto load64 = [&](std::size_t i) {
    std::uint64_t v;
    std::memcpy(&v, s.data() + i, 8);
    return v;
  };
  auto mum = [](std::uint64_t x, std::uint64_t y) {
    const unsigned __int128 r = static_cast<unsigned __int128>(x) * y;
    return static_cast<std::uint64_t>(r) ^ static_cast<std::uint64_t>(r >> 64);
  };
  constexpr std::uint64_t k0 = 0xA0761D6478BD642Full, k1 = 0xE7037ED1A0B428DBull, k2 = 0x8EBC6AF09C88C6E3ull;
  const std::size_t n = s.size();
  std::uint64_t seed = k0 ^ mum(n ^ k0, k1);
  std::uint64_t a = 0, b = 0;
  if (n > 16) {
    std::size_t i = 0;
    for (; n - i > 16; i += 16) seed = mum(load64(i) ^ k1, load64(i + 8) ^ seed);
    a = load64(n - 16);
    b = load64(n - 8);
  } else if (n >= 8) {
    a = load64(0);
    b = load64(n - 8);
  } else if (n >= 4) {
    a = load32(0);
    b = load32(n - 4);
  } else if (n > 0) {
    const auto byte = [&](std::size_t i) { return std::uint64_t{static_cast<unsigned char>(s[i])}; };
    a = (byte(0) << 16) | (byte(n / 2) << 8) | byte(n - 1);
  }
  return mum(k1 ^ n, mum(a ^ k1, b ^ seed) ^ k2);
}

// The name stem of one word (standard reading), hyphens joined as parse_name() does.
std::string word_stem(std::string_view word) {
  std::string joined;
  for (char c : word)
    if (c != '-') joined.push_back(c);
  return std::string(names::stem(names::skeleton(names::latin_folded(joined), names::kStandard)));
}

// True when the record has a one-word form with the same stem as the one-word `name`: a case
// form of a one-word place name (Петрограде ~ Petrograd), not a part of a longer one
// (Волге ~ Stavropol-on-Volga).
bool one_word_form(const names::PersonRecord& rec, std::string_view name) {
  if (name.find(' ') != std::string_view::npos) return false;
  const std::string st = word_stem(name);
  auto same = [&](const std::string& f) { return f.find(' ') == std::string::npos && word_stem(f) == st; };
  if (same(rec.name)) return true;
  for (const auto& al : rec.aliases)
    if (same(al)) return true;
  return false;
}

}  // namespace

NameScanner::CacheEntry* NameScanner::Cache::insert(std::uint64_t key) {
  if (slots.empty()) slots.resize(kInitialCache);
  if ((used + 1) * 10 > slots.size() * 7) {
    if (slots.size() < kCacheCap) {  // grow and re-insert
      std::vector<CacheEntry> old(slots.size() * 2);
      old.swap(slots);
      const std::size_t mask = slots.size() - 1;
      for (const CacheEntry& e : old) {
        if (!e.key) continue;
        std::size_t i = e.key & mask;
        while (slots[i].key) i = (i + 1) & mask;
        slots[i] = e;
      }
    } else {  // full at the cap: start over (bounded memory)
      std::fill(slots.begin(), slots.end(), CacheEntry{});
      used = 0;
    }
  }
  const std::size_t mask = slots.size() - 1;
  std::size_t i = key & mask;
  while (slots[i].key) i = (i + 1) & mask;
  slots[i].key = key;
  ++used;
  return &slots[i];
}

NameScanner::NameScanner(const names::Authority* persons, const names::Authority* places)
    : persons_(persons && persons->size() ? persons : nullptr), places_(places && places->size() ? places : nullptr) {}

bool NameScanner::is_place_preposition(std::string_view word) noexcept {
  static constexpr std::string_view kWords[] = {
      "in", "at", "to", "from", "near", "into", "towards", "toward", "via", "outside", "around", "through",
      "across", "reached", "left", "visited",
      "\xd0\xb2", "\xd0\xb2\xd0\xbe", "\xd0\xb8\xd0\xb7", "\xd0\xbf\xd0\xbe\xd0\xb4", "\xd0\xba", "\xd0\xba\xd0\xbe",
      "\xd1\x83", "\xd0\xb4\xd0\xbe", "\xd0\xbe\xd0\xba\xd0\xbe\xd0\xbb\xd0\xbe", "\xd0\xbf\xd0\xbe\xd0\xb4\xd0\xbe",
      "nach", "bei", "aus", "im", "um",
      "\xc3\xa0", "en", "vers", "pr\xc3\xa8s", "depuis"};
  for (std::string_view k : kWords)
    if (word == k) return true;
  return false;
}

std::uint16_t NameScanner::classify(std::string_view word, bool full) {
  std::uint64_t h = spelling_hash(word);
  if (!full) h ^= 0x5bd1e9955bd1e995ull;  // a light entry (name words only) for the same spelling
  h = nonzero(h);
  if (const CacheEntry* hit = word_cache_.find(h)) return static_cast<std::uint16_t>(hit->value);
  return classify_new(word, full, h);
}

std::uint16_t NameScanner::classify_new(std::string_view word, bool full, std::uint64_t cache_key) {
  std::uint16_t cls = kClassified;
  // The surface as parse_name() reads it: possessive removed, hyphens join the halves.
  buf_.clear();
  for (std::size_t i = 0; i < word.size();) {
    text::Char ch = text::next_char(word, i);
    if (ch.cp != '-' && ch.cp != 0x2010 && ch.cp != 0x2011 && ch.cp != 0x00AD) buf_.append(word.substr(i, ch.len));
    i += ch.len;
  }
  std::string folded = names::latin_folded(buf_);
  std::string key = names::strip_marks(folded);
  if (!key.empty()) {
    names::WordInfo info = names::name_word(key);
    switch (info.kind) {
      case names::WordKind::title: cls |= kTitle; break;
      case names::WordKind::particle: cls |= kParticle; break;
      case names::WordKind::place: cls |= kPlaceWord; break;
      case names::WordKind::elder:
      case names::WordKind::younger: cls |= kGeneration; break;
      default: break;
    }
    if (info.kind == names::WordKind::none && !full && key.size() > 4) {
      // Case forms of Russian place words before a name: улице, площади, набережной, проспекта.
      const std::string base = key.substr(0, key.size() - 1), base2 = key.substr(0, key.size() - 2);
      for (const std::string& v : {base, base + "a", base2 + "a", base2 + "aya"})
        if (names::name_word(v).kind == names::WordKind::place) cls |= kPlaceWord;
    }
    if (key == "and" || key == "of" || key == "y" || key == "i" || key == "und" || key == "et") cls |= kConnective;
    // "II", French "Ier", "XIVe"; ordinal words ("the First", "Первого", "der Erste")
    if (!names::regnal_roman(buf_).empty() || !names::ordinal_word_roman(key).empty()) cls |= kOrdinal;
  }
  // A word read alone keeps its extent, so its phrase key is its text::word_key: the key that
  // is_place_preposition() expects.
  if (!full && is_place_preposition(text::phrase_key(word))) cls |= kPlacePreposition;
  if (!key.empty() && full) {
    std::string skel = names::skeleton(folded, names::kStandard);
    if (!names::given_groups(skel).empty()) cls |= kGiven;
    if (names::looks_like_patronymic(skel)) cls |= kPatronymic;
    // Nouns that make a name before them an event, a line or a plan, not a person.
    static constexpr std::string_view kEvents[] = {
        "uprising", "rebellion", "revolt", "insurrection", "revolution", "war", "wars", "affair", "treaty",
        "doctrine", "plan", "line", "dynasty", "era", "reforms", "campaign", "expedition", "offensive", "aufstand"};
    for (std::string_view e : kEvents)
      if (key == e) cls |= kEventWord;
    std::string_view st = names::stem(skel);
    if (persons_ && persons_->stem_id(st)) cls |= kPersonHit;
    if (places_ && places_->stem_id(st)) cls |= kPlaceHit;
    // Other transliteration traditions (Tschechow, Tchékhov, Czechow), as resolve() reads surnames.
    const bool want_p = persons_ && !(cls & kPersonHit), want_l = places_ && !(cls & kPlaceHit);
    if ((want_p || want_l) && !(cls & (kTitle | kParticle | kPlaceWord | kConnective))) {
      for (names::Reading r : {names::kFrench, names::kGerman, names::kPolish, names::kGermanZh}) {
        std::string s2 = names::skeleton(folded, r);
        if (s2 == skel) continue;
        std::string_view st2 = names::stem(s2);
        if (want_p && persons_->stem_id(st2)) cls |= kPersonHit;
        if (want_l && places_->stem_id(st2)) cls |= kPlaceHit;
      }
      // A slip of one letter in a long surname (Ordzonikidze): a candidate, which resolve() then
      // links only with enough confidence. Not for places: their words are common nouns too.
      if (persons_ && !(cls & (kPersonHit | kGiven | kPatronymic | kTitle | kParticle | kPlaceWord | kConnective)) &&
          persons_->near_stem(st))
        cls |= kPersonHit;
    }
  }
  if (full && (!(cls & (kPersonHit | kPlaceHit)) || (cls & kConnective)) && word.size() > 4 && word.back() == 's') {
    const std::uint16_t base = classify(word.substr(0, word.size() - 1), true);
    if (base & kPersonHit) cls |= kGenitivePersonHit;
    if (base & kPlaceHit) cls |= kGenitivePlaceHit;
  }
  // Made last: classifying the word without its s may grow the cache.
  word_cache_.insert(cache_key)->value = cls;
  return cls;
}

// One cached decision of the authority for a span text under one context (or none).
// value = person + 1 (0 = nobody); score = its score, or kTie when close candidates tie.
NameScanner::CacheEntry NameScanner::decide(const names::Authority& a, std::string_view name,
                                            const std::optional<dates::DateValue>& ctx, Cache& cache) {
  std::uint64_t h = spelling_hash(name);
  if (ctx) h ^= (static_cast<std::uint64_t>(ctx->earliest) * 0x9E3779B97F4A7C15ull) ^
               (static_cast<std::uint64_t>(ctx->latest) * 0xC2B2AE3D27D4EB4Full + 1);
  h = nonzero(h);
  if (const CacheEntry* hit = cache.find(h)) return *hit;
  return decide_new(a, name, ctx, cache, h);
}

const names::Authority::Prepared& NameScanner::prepared(const names::Authority& a, std::string_view name) {
  PreparedCache& cache = &a == persons_ ? prepared_persons_ : prepared_places_;
  if (auto it = cache.names.find(name); it != cache.names.end()) return it->second;
  names::Authority::Prepared p = a.prepare(name);
  // What the entry holds, counted in bytes: its candidates, its key and the map node around
  // them, so that neither many names nor a few crowded ones (a given name alone) grow the map
  // past its bound.
  const std::size_t cost = p.entries.size() * sizeof(names::Authority::Prepared::Entry) + name.size() + kPreparedNodeBytes;
  if (cache.bytes + cost > kPreparedBytes) {
    cache.names.clear();
    cache.bytes = 0;
  }
  cache.bytes += cost;
  return cache.names.emplace(std::string(name), std::move(p)).first->second;
}

NameScanner::CacheEntry NameScanner::decide_new(const names::Authority& a, std::string_view name,
                                                const std::optional<dates::DateValue>& ctx, Cache& cache,
                                                std::uint64_t cache_key) {
  CacheEntry* e = cache.insert(cache_key);
  e->value = 0;
  e->score = 0;
  const bool single_latin = name.find(' ') == std::string_view::npos && static_cast<unsigned char>(name[0]) < 0xC8;
  // One candidates() call answers everything resolve() would (its top candidate over
  // kThreshold), with the score and evidence, and shows ties and crowds on failure.
  auto c = a.candidates(prepared(a, name), ctx, &a == persons_ ? kCrowd : 4);
  if (!c.empty() && c[0].score >= names::Authority::kThreshold) {
    const std::size_t r = c[0].person;
    e->value = static_cast<std::uint32_t>(r + 1);
    e->score = static_cast<float>(c[0].score);
    {
      const std::string& why = c[0].reason;
      auto has = [&](const char* w) { return why.find(w) != std::string::npos; };
      const bool exact = has("name") || has("alias") || has("translit");
      if (&a == persons_ && single_latin && has("inflection") && !exact) e->value = 0;
      if (&a == places_ && has("partial") && !(has("inflection") && one_word_form(a.person(r), name))) e->value = 0;
    }
    // A winner among namesakes (the prior decided without a date): the date may decide
    // otherwise, so a dated span is decided again (a negative score marks it).
    if (&a == persons_ && e->value != 0 && c.size() >= 2 && c[1].score >= 0.005) e->score = -e->score;
  } else if (&a == persons_) {
    // A tie between a few close candidates (namesakes) may be settled by the date or by an
    // earlier mention; a crowd (kCrowd or more: a given name used alone) never is.
    if (c.size() >= 2 && c.size() < kCrowd && c[0].score >= 0.25 && c[1].score >= c[0].score * 0.8) e->score = kTie;
  } else if (&a == places_) {
    // Places only: a tie between places whose names share a skeleton (Gorky / Gorki) goes to
    // the one spelled exactly as in the text. Persons keep the authority's verdict, because
    // namesakes share spellings and only dates tell them apart.
    if (c.size() >= 2 && c[0].score >= 0.4) {
      const std::string key = text::phrase_key(name);
      std::size_t exact = 0, count = 0;
      for (const auto& x : c) {
        if (x.score < c[0].score * 0.9) break;
        const names::PersonRecord& rec = a.person(x.person);
        bool same = text::phrase_key(rec.name) == key;
        for (const auto& al : rec.aliases) same = same || text::phrase_key(al) == key;
        if (same) {
          exact = x.person;
          ++count;
        }
      }
      if (count == 1) {
        e->value = static_cast<std::uint32_t>(exact + 1);
        e->score = static_cast<float>(c[0].score);
      }
    }
  }
  return *e;
}

std::optional<std::pair<std::size_t, double>> NameScanner::resolve(const names::Authority& a, std::string_view name,
                                                                    const dates::DateValue* date, Cache& cache) {
  // First without a date: a name that one person alone bears is decided once for the whole
  // corpus. Only a tie between namesakes is decided again under the context date.
  CacheEntry e = decide(a, name, std::nullopt, cache);
  if (date && ((e.value == 0 && e.score == kTie) || (e.value != 0 && e.score < 0))) {
    const CacheEntry dated = decide(a, name, widened(date), cache);
    if (dated.value != 0 || e.value == 0) e = dated;
  }
  if (e.value != 0 && e.score < 0) e.score = -e.score;
  if (date && e.value != 0 && &a == persons_) {
    // ... or when the date rules the winner out: not yet born or a child (Сталина in 1925 is
    // Stalin's genitive, not his daughter Svetlana, born 1926).
    // If the date rules out everyone, the undated winner stays: a name that one person bears
    // is linked even outside that person's life ("born in 1799 ... Lenin"), as rule 7 says.
    const auto& born = a.person(e.value - 1).born;
    if (born && widened_ends_before(date, born->earliest + 14 * 365)) {
      const CacheEntry dated = decide(a, name, widened(date), cache);
      if (dated.value != 0) e = dated;
      if (e.score < 0) e.score = -e.score;
    }
  }
  if (e.value == 0) {
    if (e.score == kTie && &a == persons_ && !seen_persons_.empty()) {
      static const std::optional<dates::DateValue> kNoContext;
      return corefer(name, date ? widened(date) : kNoContext);
    }
    return std::nullopt;
  }
  return std::pair<std::size_t, double>(e.value - 1, e.score);
}

bool NameScanner::widened_ends_before(const dates::DateValue* date, dates::Jdn day) {
  // The widened date ends on the 31 December of the year of date->latest: at most 365 days
  // after it. Only a date within a year of `day` needs the calendar.
  if (date->latest >= day) return false;
  if (date->latest + 365 < day) return true;
  return widened(date)->latest < day;
}

std::optional<std::pair<std::size_t, double>> NameScanner::corefer(std::string_view name,
                                                                   const std::optional<dates::DateValue>& ctx) {
  auto c = persons_->candidates(prepared(*persons_, name), ctx, 5);
  for (const auto& x : c) {
    if (x.score < 0.25 || x.reason.find("conflict") != std::string::npos) break;
    if (std::find(seen_persons_.begin(), seen_persons_.end(), x.person) != seen_persons_.end())
      return std::pair<std::size_t, double>(x.person, x.score);
  }
  return std::nullopt;
}

const dates::DateValue* NameScanner::span_date(std::span<const dates::DateMention> dates,
                                               const std::optional<dates::DateValue>& ref, std::size_t begin) {
  while (date_cursor_ < dates.size() && dates[date_cursor_].end <= begin) ++date_cursor_;
  return date_cursor_ > 0 ? &dates[date_cursor_ - 1].value : ref ? &*ref : nullptr;
}

const std::optional<dates::DateValue>& NameScanner::widened(const dates::DateValue* date) {
  if (!date) {
    context_.reset();
    return context_;
  }
  // Consecutive spans mostly share their date: the calendar arithmetic runs once per date.
  if (context_ && context_of_.first == date->earliest && context_of_.second == date->latest) return context_;
  const dates::Ymd a = dates::from_jdn(date->earliest, dates::Calendar::gregorian);
  const dates::Ymd b = dates::from_jdn(date->latest, dates::Calendar::gregorian);
  if (!context_) context_.emplace();
  context_->earliest = dates::gregorian_to_jdn(a.year, 1, 1);
  context_->latest = dates::gregorian_to_jdn(b.year, 12, 31);
  context_of_ = {date->earliest, date->latest};
  return context_;
}

bool NameScanner::listed_given_alias(std::string_view span) {
  if (!given_aliases_built_) {
    given_aliases_built_ = true;
    // Only aliases of one or two words can be given names alone; a word the authority knows as a
    // surname (or an ordinal: "Peter I" is found anyway) leaves the alias to the ordinary rules.
    for (std::size_t p = 0; p < persons_->size(); ++p)
      for (const std::string& al : persons_->person(p).aliases) {
        if (al.size() > 48 || std::count(al.begin(), al.end(), ' ') > 1 || al.find('.') != std::string::npos) continue;
        bool given_only = true, given = false;
        text::for_each_word(al, [&](const text::Word& w) {
          const std::uint16_t cls = classify(std::string_view(al).substr(w.begin, w.end - w.begin), true);
          if ((cls & kOrdinal) || ((cls & kPersonHit) && !(cls & (kGiven | kPatronymic | kTitle)))) given_only = false;
          given = given || (cls & kGiven);
        });
        if (given_only && given) given_aliases_.insert(text::phrase_key(al));
      }
  }
  return !given_aliases_.empty() && given_aliases_.count(text::phrase_key(span));
}

bool NameScanner::ruler_title(std::string_view word) {
  const std::string key = names::strip_marks(names::latin_folded(word));
  const names::WordInfo info = names::name_word(key);
  if (info.kind != names::WordKind::title) return false;
  const std::string_view same = info.same.empty() ? std::string_view(key) : info.same;
  static constexpr std::string_view kRulers[] = {"tsar", "tsarina", "tsaritsa", "emperor", "empress", "king",
                                                 "queen", "kaiser", "sultan", "shah"};
  return std::find(std::begin(kRulers), std::end(kRulers), same) != std::end(kRulers);
}

bool NameScanner::plain_word(const RunWord& w) noexcept {
  return w.capitalised && !w.initial && w.end - w.begin >= 3 &&
         !(w.cls & (kPersonHit | kPlaceHit | kGiven | kTitle | kParticle | kPlaceWord | kGeneration | kOrdinal |
                    kConnective | kPatronymic));
}

bool NameScanner::unknown_surname_form(std::string_view text, std::span<const dates::DateMention> dates, std::size_t i,
                                       std::size_t k) {
  if (k < i + 2 || !plain_word(run_[k - 1])) return false;
  // Initials are read whole: not from the second of them ("U. S. Army" is not "S. Army").
  if (i > 0 && run_[i - 1].initial) return false;
  // A word of a date is no surname ("O.S. February 25", "N. S. Dec").
  const RunWord& last = run_[k - 1];
  auto d = std::lower_bound(dates.begin(), dates.end(), last.begin,
                            [](const dates::DateMention& m, std::size_t at) { return m.end <= at; });
  if (d != dates.end() && d->begin < last.end) return false;
  bool initials = true;
  std::string letters;
  for (std::size_t j = i; j + 1 < k && initials; ++j) {
    initials = run_[j].initial && (!(run_[j].cls & kTitle) || run_[j].end - run_[j].begin == 1);
    letters.append(text.substr(run_[j].begin, run_[j].end - run_[j].begin));
  }
  // Two Latin capitals that abbreviate a country or a body ("U. S. Army", "U.K. Parliament")
  // are no initials of a person.
  static constexpr std::string_view kAbbreviations[] = {"US", "UK", "UN", "EU", "DC", "SS"};
  if (initials)
    return std::find(std::begin(kAbbreviations), std::end(kAbbreviations), letters) == std::end(kAbbreviations);
  // A given name, not one that is also a common word at a sentence's start ("Will", "May").
  const RunWord& first = run_[i];
  return k == i + 2 && (first.cls & kGiven) && !(first.cls & kTitle) && !first.initial &&
         !detail::is_stop_key(text::phrase_key(text.substr(first.begin, first.end - first.begin)));
}

bool NameScanner::may_start(const RunWord& w, NameKind kind) noexcept {
  if (!w.capitalised) return false;
  if (kind == NameKind::place) return (w.cls & kPlaceHit) || w.initial;
  return (w.cls & kPersonHit) || ((w.cls & kGiven) && !(w.cls & kTitle)) ||
         (w.initial && (!(w.cls & kTitle) || w.end - w.begin == 1));
}

void NameScanner::process_run(std::string_view text, std::size_t prev_begin, std::size_t prev_end, NameKind kind,
                              std::span<const dates::DateMention> dates, const std::optional<dates::DateValue>& ref,
                              std::vector<NameMatch>& out) {
  const names::Authority& a = kind == NameKind::person ? *persons_ : *places_;
  Cache& cache = kind == NameKind::person ? person_cache_ : place_cache_;
  const std::uint16_t hit = kind == NameKind::person ? kPersonHit : kPlaceHit;
  const std::size_t n = run_.size();
  // The light class of the word before the run (place word, place preposition), when needed.
  std::uint16_t prev_cls = 0;
  bool prev_known = false;
  auto prev_class = [&]() {
    if (!prev_known) {
      prev_known = true;
      if (prev_end > prev_begin) prev_cls = classify(text.substr(prev_begin, prev_end - prev_begin), false);
    }
    return prev_cls;
  };
  std::size_t after_mention = SIZE_MAX;  // the run word after the last mention found
  for (std::size_t i = 0; i < n;) {
    const RunWord& first = run_[i];
    // A capitalised word before an ordinal is a regnal name in any case form ("Николаю I",
    // "Николая Первого"), even when the word alone is neither a hit nor a given name.
    const bool regnal = kind == NameKind::person && i + 1 < n && first.capitalised && !first.initial &&
                        !(first.cls & (kTitle | kOrdinal | kConnective | kPlaceWord)) && (run_[i + 1].cls & kOrdinal) &&
                        !pronoun_i(text, first, run_[i + 1]);
    // A word nobody knows between a title and a surname is a given name in a spelling the
    // lexicon lacks ("Count Lyov Varenkov", rule 13).
    // (It may be a weak hit of its own: a long word one slip from some surname.)
    const bool titled_unknown = kind == NameKind::person && i > 0 && (run_[i - 1].cls & kTitle) &&
                                plain_word(RunWord{first.begin, first.end, static_cast<std::uint16_t>(first.cls & ~kPersonHit),
                                                   first.initial, first.capitalised}) &&
                                i + 1 < n && (run_[i + 1].cls & kPersonHit) &&
                                !(run_[i + 1].cls & (kGiven | kPatronymic | kOrdinal | kTitle)) && !run_[i + 1].initial;
    if (!may_start(first, kind) && !regnal && !titled_unknown) {
      ++i;
      continue;
    }
    bool found = false;
    std::size_t unlinked_end = 0;  // a person's name by its form that nobody resolved (person_forms.hpp)
    std::string_view unlinked_name;
    for (std::size_t k = std::min(n, i + kMaxNameWords); k > i; --k) {
      const RunWord& last = run_[k - 1];
      // Initials or a given name before a surname the authority does not know ("P. L. Varenko",
      // "Ivan Smirnitsky"): a person's name by its form (rule 13).
      const bool form_tail = kind == NameKind::person && unknown_surname_form(text, dates, i, k);
      bool can_end = (last.cls & hit) || form_tail ||
                     (kind == NameKind::person && k - 1 > i && (last.cls & (kOrdinal | kGeneration)) &&
                      !pronoun_i(text, run_[k - 2], last));
      if (!can_end || (last.initial && !(last.cls & (hit | kOrdinal)))) continue;
      if (kind == NameKind::person) {  // "Pushkin Square", "Gorky Park", "улица Пушкина"
        if (k < n && (run_[k].cls & (kPlaceWord | kEventWord))) continue;
        if (i > 0 && (run_[i - 1].cls & kPlaceWord)) continue;
        if (i == 0 && (prev_class() & kPlaceWord)) continue;
      }
      // A span of given names, patronymics and initials alone ("Ivan", "Ivan Ivanovich") names
      // nobody in particular and is costly to resolve against a large authority: skip it,
      // unless an ordinal makes it a monarch ("Nicholas II").
      bool surname = false;
      for (std::size_t j = i; j < k && !surname; ++j)
        surname = (run_[j].cls & kOrdinal) ||
                  ((run_[j].cls & hit) && !(run_[j].cls & (kGiven | kPatronymic)) && !run_[j].initial);
      // Exception: a word shaped like a patronymic, alone or after one other word: a given name
      // and a patronymic ("Алексей Максимович", the Russian polite form) or a surname of that
      // shape ("Shostakovich", "Kazimir Malevich"). The authority links it only when one person
      // bears it (Sergeyevich alone names nobody); not right after a name just found (the
      // official order "Пушкин Александр Сергеевич" is one person).
      const bool given_patronymic = kind == NameKind::person && k <= i + 2 && (last.cls & hit) &&
                                    (last.cls & kPatronymic) && !(last.cls & kOrdinal) && i != after_mention;
      // Initials before a word of that shape make it a surname ("D. P. Petrovich").
      bool initials_only = k > i + 1;
      for (std::size_t j = i; j + 1 < k && initials_only; ++j) initials_only = run_[j].initial;
      initials_only = initials_only && (last.cls & hit);
      // The text resolve() reads: the span, or a title before it with it when the user listed
      // that title + given name as an alias ("Princess Olga"; the span still excludes the title).
      std::size_t read_from = first.begin;
      std::optional<std::pair<std::size_t, double>> discourse;  // a given name alone, rule 12
      if (!surname && !given_patronymic && !initials_only && !form_tail && kind == NameKind::person) {
        // unless the user listed that very form as an alias ("Catherine", "Olenka"), or a title
        // and it ("Princess Olga"), or it is the given name of a person the text named in full
        const std::string_view span = text.substr(first.begin, last.end - first.begin);
        if (listed_given_alias(span)) {
        } else if (i > 0 && (run_[i - 1].cls & kTitle) &&
                   listed_given_alias(text.substr(run_[i - 1].begin, last.end - run_[i - 1].begin))) {
          read_from = run_[i - 1].begin;
        } else if (k == i + 1 && i > 0 && (first.cls & kGiven) && !(first.cls & kTitle) && !first.initial &&
                   ruler_title(text.substr(run_[i - 1].begin, run_[i - 1].end - run_[i - 1].begin))) {
          read_from = run_[i - 1].begin;  // "Tsar Alexander": the ruler of that name at the date
        } else if (k == i + 1 && unlinked_end == 0 && (first.cls & kGiven) && !(first.cls & kTitle) && !first.initial &&
                   (discourse = named_given_name(span))) {  // (not the start of a longer name by its form)
        } else {
          continue;
        }
      }
      // Nor is a span that ends in a patronymic otherwise ("Matvei Ivanovich Petrov" is found
      // whole), except the official order surname, given name, patronymic ("Пушкин Александр
      // Сергеевич", as in documents and indexes), which is one person's full name.
      const bool official_order = kind == NameKind::person && k == i + 3 && (first.cls & hit) &&
                                  !(first.cls & (kGiven | kPatronymic | kOrdinal)) && !first.initial &&
                                  (run_[i + 1].cls & kGiven) && !run_[i + 1].initial;
      if (kind == NameKind::person && (last.cls & kPatronymic) && !(last.cls & kOrdinal) && !given_patronymic &&
          !official_order && !initials_only)
        continue;
      std::string_view name = text.substr(read_from, last.end - read_from - (last.genitive_s ? 1 : 0));
      const dates::DateValue* span_day = kind == NameKind::person ? span_date(dates, ref, first.begin) : nullptr;
      auto r = discourse ? discourse : resolve(a, name, span_day, cache);
      // A first name the lexicon does not know as a given name, alone, after the full name
      // ("Amadeus" after "Amadeus Varenkov"): rule 12 by its spelling.
      if (!r && kind == NameKind::person && k == i + 1 && unlinked_end == 0 && !first.initial &&
          !(first.cls & (kTitle | kOrdinal)) && read_from == first.begin)
        r = named_given_name(name);
      if (kind == NameKind::person && r && k == i + 1 && !discourse) r = one_referent(name, span_day, *r);
      if (!r && titled_unknown && k == i + 2) {
        // The unknown given name says nothing against the surname's bearer: the surname decides.
        const std::string_view surname_only = text.substr(last.begin, last.end - last.begin - (last.genitive_s ? 1 : 0));
        r = resolve(a, surname_only, span_day, cache);
        if (r) r = one_referent(surname_only, span_day, *r);
      }
      if (!r) {
        if (kind == NameKind::person && unlinked_end == 0 &&
            (person_form(run_, i, k) || form_tail || (titled_unknown && k == i + 2))) {
          unlinked_end = k;
          unlinked_name = name;
        }
        continue;
      }
      NameMatch m;
      m.begin = first.begin;
      m.end = last.end;
      m.kind = kind;
      m.index = r->first;
      m.score = r->second;
      m.after_place_preposition = i == 0 && (prev_class() & kPlacePreposition);
      out.push_back(m);
      if (kind == NameKind::person && seen_persons_.size() < 4096 &&
          std::find(seen_persons_.begin(), seen_persons_.end(), m.index) == seen_persons_.end())
        seen_persons_.push_back(m.index);
      if (kind == NameKind::person && k >= i + 2) note_full_name(m.index);
      i = k;
      after_mention = k;
      found = true;
      break;
    }
    if (!found && unlinked_end != 0) {  // tagged by its form, value NULL
      NameMatch m;
      m.begin = first.begin;
      m.end = run_[unlinked_end - 1].end;
      m.kind = kind;
      m.index = kUnlinked;
      m.score = unlinked_score(unlinked_name, span_date(dates, ref, first.begin));
      out.push_back(m);
      i = unlinked_end;
      after_mention = unlinked_end;
      continue;
    }
    if (!found) ++i;
  }
}

void NameScanner::scan(std::string_view text, std::span<const dates::DateMention> dates,
                       const std::optional<dates::DateValue>& ref, std::vector<NameMatch>& out,
                       TopicMatcher::Stream* topics) {
  if (!persons_ && !places_) return;
  date_cursor_ = 0;
  seen_persons_.clear();
  named_in_full_.clear();
  run_.clear();
  std::size_t last_raw_end = 0;       // end of the previous word (possessive included)
  bool last_possessive = false;
  std::size_t prev_begin = 0, prev_end = 0;      // the word before the current run
  std::size_t before_begin = 0, before_end = 0;  // the previous word seen
  bool person_start = false, place_start = false;  // may_start() holds for a word of the run
  auto flush = [&] {
    if (run_.empty()) return;
    // Trailing particles and titles cannot end a name; process_run skips them anyway. Most runs
    // ("The", "In 1905") have no word a name can start at: nothing to process.
    if (persons_ && person_start) process_run(text, prev_begin, prev_end, NameKind::person, dates, ref, out);
    if (places_ && place_start) process_run(text, prev_begin, prev_end, NameKind::place, dates, ref, out);
    run_.clear();
    person_start = place_start = false;
  };
  // Most words: plain lower-case words outside any run that no topic starts with. They are
  // passed over without a Word (what the loop below does with them is noting them as the
  // previous word).
  auto pass_over = [&](std::size_t begin, std::size_t end) {
    if (!run_.empty() || (topics && !topics->passes_over(begin, end))) return false;
    before_begin = begin;
    last_raw_end = before_end = end;
    return true;
  };
  text::WordIterator it(text);
  text::Word w;
  while (it.next_passing_over(w, pass_over)) {
    if (topics) topics->word(w);
    const bool letters = w.has(text::Word::kHasLetter) && !w.has(text::Word::kHasDigit);
    const bool cap = letters && (w.has(text::Word::kCapitalized) ||
                                 ((text[w.begin] == 'd' || text[w.begin] == 'l') && elided_capital(text, w)));
    if (!cap && run_.empty()) {  // most words: outside any run, and they start none
      last_raw_end = before_end = w.end;
      before_begin = w.begin;
      continue;
    }
    const std::string_view surface(text.data() + w.begin, w.size());
    bool joinable = false;
    if (!run_.empty()) {
      const RunWord& prev = run_.back();
      joinable = !last_possessive && last_raw_end <= w.begin &&
                 gap_ok(text.substr(last_raw_end, w.begin - last_raw_end), prev.initial || (prev.cls & kTitle));
      if (!joinable && (prev.initial || (prev.cls & kTitle)))  // "Dr Zhivago", "St Petersburg" without a period
        joinable = !last_possessive && gap_ok(text.substr(last_raw_end, w.begin - last_raw_end), false);
      joinable = joinable && (script_of(static_cast<unsigned char>(text[prev.begin])) ==
                                  script_of(static_cast<unsigned char>(text[w.begin])) ||
                              roman_letters(surface));  // Николай I
    }
    if (cap) {
      if (!joinable) {
        flush();
        prev_begin = before_begin;
        prev_end = before_end;
        if (!(before_end <= w.begin && gap_ok(text.substr(before_end, w.begin - before_end), false)))
          prev_begin = prev_end = 0;
      }
      if (run_.size() >= kMaxRun) {
        flush();
        prev_begin = prev_end = 0;
      }
      std::size_t pos = possessive_len(surface);
      std::string_view core = surface.substr(0, surface.size() - pos);
      RunWord rw;
      rw.begin = w.begin;
      rw.end = w.end - pos;
      const std::uint16_t cls = classify(core, true);
      rw.cls = cls & ~(kGenitivePersonHit | kGenitivePlaceHit);
      rw.capitalised = true;
      rw.initial = w.end < text.size() && text[w.end] == '.' && core.size() <= 8 && char_count(core) <= 2;
      if (rw.cls & kConnective) rw.cls &= ~(kPersonHit | kPlaceHit | kGiven);
      if (!(rw.cls & (kPersonHit | kPlaceHit)) && pos == 0 && (cls & (kGenitivePersonHit | kGenitivePlaceHit))) {
        // German genitive: Lenins, Bismarcks, Stalins (resolved without the -s, spanned with it).
        if (cls & kGenitivePersonHit) rw.cls |= kPersonHit;
        if (cls & kGenitivePlaceHit) rw.cls |= kPlaceHit;
        rw.genitive_s = true;
      }
      run_.push_back(rw);
      person_start = person_start || may_start(rw, NameKind::person) || (run_.size() >= 2 && (rw.cls & kOrdinal));
      place_start = place_start || may_start(rw, NameKind::place);
      last_possessive = pos > 0;
    } else if (joinable && letters && w.size() <= 8) {
      std::uint16_t cls = classify(surface, false);
      if ((cls & (kParticle | kGeneration)) && !(cls & kConnective) && run_.size() < kMaxRun) {
        run_.push_back({w.begin, w.end, cls, false, false, false});
        last_possessive = false;
      } else {
        flush();
      }
    } else {
      flush();
    }
    last_raw_end = w.end;
    before_begin = w.begin;
    before_end = w.end;
  }
  flush();
}

}  // namespace clio::passages
