// Place gazetteer matcher: token keys, the trie of names, and the leftmost-longest scan. The
// header comment documents the behaviour.
#include "passages/place_matcher.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "names/lexicon.hpp"
#include "names/skeleton.hpp"
#include "passages/name_scanner.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"
#include "text/words.hpp"

namespace clio::passages {
namespace {

constexpr std::size_t kCacheCap = 1u << 16;
constexpr std::size_t kMinInflected = 4;  // letters of the name's token before an ending is allowed
constexpr std::size_t kMinVariant = 8;    // letters of both tokens before a transliteration variant is
constexpr std::size_t kMinVariantInName = 5;  // the same in a name of several words, all of which agree

bool is_hyphen(char32_t cp) { return cp == '-' || cp == 0x2010 || cp == 0x2011 || cp == 0x00AD; }
bool is_dash(char32_t cp) { return is_hyphen(cp) || cp == 0x2012 || cp == 0x2013 || cp == 0x2014; }
bool is_apostrophe(char32_t cp) { return cp == '\'' || cp == 0x2019 || cp == 0x02BC; }

// Saint and its equivalents, as folded keys.
bool is_saint(std::string_view k) {
  static constexpr std::string_view kSaints[] = {"st", "ste", "saint", "sainte", "sankt", "san", "santa", "sv", "sao"};
  return std::find(std::begin(kSaints), std::end(kSaints), k) != std::end(kSaints);
}

// Latin-script case endings that an inflected token may carry (Polish, Czech, Slovak, and the
// transliterated Slavic ones). No -n, -an, -ian, -ish: those make adjectives.
bool is_latin_ending(std::string_view t) {
  static constexpr std::string_view kEndings[] = {"a",  "e",  "i",   "u",   "y",   "o",   "ie",  "iu", "em", "om",
                                                  "ej", "ach", "ami", "owi", "ego", "emu", "ou", "ove", "ce"};
  return std::find(std::begin(kEndings), std::end(kEndings), t) != std::end(kEndings);
}

// Whether a folded word ends like a town name: -burg, -bourg, -burgh, -borg, -grad, -gorod,
// -stadt, -polis, -pol, -ville.
bool town_word(std::string_view w) {
  static constexpr std::string_view kEnds[] = {"burg", "bourg", "burgh", "borg", "grad", "gorod", "stadt", "polis", "pol", "ville"};
  for (std::string_view e : kEnds)
    if (w.size() > e.size() + 2 && w.substr(w.size() - e.size()) == e) return true;
  return false;
}

// Whether a folded word, or a Russian case form of it (станции, площади, улице), is one the
// predicate accepts.
template <class Pred>
bool word_or_case_form(std::string_view k, Pred&& is) {
  if (k.empty()) return false;
  if (is(k)) return true;
  if (k.size() < 5 || static_cast<unsigned char>(k[0]) >= 0x80) return false;
  for (std::size_t cut : {1, 2}) {
    const std::string base(k.substr(0, k.size() - cut));
    for (const char* end : {"", "a", "ya", "aya", "o"})
      if (is(base + end)) return true;
  }
  return false;
}

// A place class word (station, street, square, Platz, улица: names::name_word).
bool is_class_word(std::string_view k) {
  return word_or_case_form(k, [](std::string_view w) { return names::name_word(w).kind == names::WordKind::place; });
}

// A class word of settlements and stations, that introduces the place itself ("the town
// Pushkin", "станции Астапово", "село Михайловское"); "улица Пушкина", "Musée Pouchkine" name
// a street or a museum after a place or person, not the place.
bool is_settlement_word(std::string_view k) {
  static constexpr std::string_view kWords[] = {"city",  "town",    "village", "station", "stantsiya", "gorod",
                                                "selo",  "derevnya", "posyolok", "poselok", "stadt",     "dorf",
                                                "ville", "miasto",  "wies",    "misto",   "stanitsa",  "khutor"};
  return word_or_case_form(k, [](std::string_view w) {
    return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
  });
}

// The two keys of a token: exact (folded, marks gone) and coarse (skeleton stem).
void token_keys(std::string_view surface, std::string& exact, std::string& coarse, bool& cyrillic) {
  std::string buf;
  buf.reserve(surface.size());
  cyrillic = false;
  for (std::size_t i = 0; i < surface.size();) {
    text::Char ch = text::next_char(surface, i);
    if (ch.cp == 0x0451) buf += "\xd0\xb5";       // ё -> е
    else if (ch.cp == 0x0401) buf += "\xd0\x95";  // Ё -> Е
    else if (!is_hyphen(ch.cp) && !is_apostrophe(ch.cp) && ch.cp != '\n' && ch.cp != '\r' && ch.cp != ' ' && ch.cp != '\t')
      buf.append(surface.substr(i, ch.len));
    if (ch.cp >= 0x0400 && ch.cp < 0x0530) cyrillic = true;
    i += ch.len ? ch.len : 1;
  }
  const std::string folded = names::latin_folded(buf);
  exact = names::strip_marks(folded);
  if (is_saint(exact)) {
    exact = coarse = "saint";
    return;
  }
  if (exact.empty()) {
    coarse.clear();
    return;
  }
  const std::string skel = names::skeleton(folded, names::kStandard);
  coarse = std::string(names::stem(skel));
  // One more vowel of a case ending that names::stem keeps (Михайловское ~ Михайловском), but
  // not the -o of towns in -ino, -ovo, -evo, which names::stem keeps on purpose (Stalino is not
  // Stalin's genitive Сталина).
  const std::size_t n = coarse.size();
  if (n > 4 && std::string_view("aeiouy").find(coarse.back()) != std::string_view::npos &&
      !(coarse.back() == 'o' && (coarse.compare(n - 3, 2, "in") == 0 || coarse.compare(n - 3, 2, "ov") == 0 ||
                                 coarse.compare(n - 3, 2, "ev") == 0)))
    coarse.pop_back();
}

// The tokens of one word: the word, or the parts of a hyphenated word; an elided article
// ("l'", "d'", "dell'") before a capital and a possessive 's are left out.
template <class Token, class F>
void tokens_of_word(std::string_view text, const text::Word& w, F&& f) {
  std::size_t begin = w.begin, end = w.end;
  // possessive 's / ’s
  if (end - begin > 3 && (text[end - 1] == 's' || text[end - 1] == 'S')) {
    if (text[end - 2] == '\'') end -= 2;
    else if (end - begin > 5 && text.substr(end - 4, 3) == "\xe2\x80\x99") end -= 4;
  }
  if (!w.has(text::Word::kInnerJoiner) && !w.has(text::Word::kLineHyphen)) {
    f(Token{begin, end, true, true, false, false, false});
    return;
  }
  // elision: one to three lower-case letters, an apostrophe, a capital
  for (std::size_t i = begin, letters = 0; i < end && letters <= 3;) {
    text::Char ch = text::next_char(text, i);
    if (is_apostrophe(ch.cp)) {
      if (letters >= 1 && i + ch.len < end && text::is_upper_char(text::next_char(text, i + ch.len).cp))
        begin = i + ch.len;
      break;
    }
    if (!text::is_lower_char(ch.cp)) break;
    ++letters;
    i += ch.len;
  }
  // hyphen parts
  std::size_t part = begin;
  bool first = true;
  for (std::size_t i = begin; i < end;) {
    text::Char ch = text::next_char(text, i);
    // An OCR hyphenation ("Lenin-\ngrad") joins: the key drops the hyphen and the line break.
    bool line_hyphen = false;
    if (is_hyphen(ch.cp) && w.has(text::Word::kLineHyphen)) {
      std::size_t j = i + ch.len;
      while (j < end && (text[j] == ' ' || text[j] == '\t' || text[j] == '\r')) ++j;
      line_hyphen = j < end && text[j] == '\n';
    }
    if (is_hyphen(ch.cp) && !line_hyphen) {
      if (i > part) {
        f(Token{part, i, first, false, false, false, false});
        first = false;
      }
      part = i + ch.len;
    }
    i += ch.len ? ch.len : 1;
  }
  if (end > part) f(Token{part, end, first, true, false, false, false});
}

// Whether bytes p[i-2], p[i-1] are a lower-case basic Cyrillic letter (а..я U+0430..044F, ѐ..џ
// U+0450..045F), the letters Russian prose is made of.
bool cyrillic_lower_before(const unsigned char* p, std::size_t i) {
  return i >= 2 && ((p[i - 2] == 0xD0 && p[i - 1] >= 0xB0 && p[i - 1] < 0xC0) ||
                    (p[i - 2] == 0xD1 && p[i - 1] >= 0x80 && p[i - 1] < 0xA0));
}

// The high bit of each byte of x (eight bytes of text) that is an ASCII capital or not ASCII.
std::uint64_t capital_or_high(std::uint64_t x) {
  constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
  const std::uint64_t low = x & ~kHigh;  // every byte below 0x80: the sums below carry into no other byte
  const std::uint64_t from_a = low + kOnes * (0x80 - 'A');      // high bit: byte >= 'A'
  const std::uint64_t past_z = low + kOnes * (0x80 - 'Z' - 1);  // high bit: byte > 'Z'
  return (x | (from_a & ~past_z)) & kHigh;
}

// The first byte at or after `i` that may be or begin a capital letter: an ASCII capital or any
// non-ASCII character but a lower-case basic Cyrillic letter. `gap` is set to the last white space
// byte at or after `from` and before it that surely ends a word: one that follows an ASCII letter,
// digit or punctuation other than a hyphen, or a lower-case Cyrillic letter. (Not after a hyphen
// or white space: an OCR hyphenation "Lenin-\ngrad" is one word.) Eight bytes at a time where
// the machine is little-endian: most of a text is lower-case ASCII.
std::size_t next_capital_candidate(std::string_view s, std::size_t i, std::size_t& gap) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size(), from = i;
  std::size_t c = n;
  while (i < n) {
    if constexpr (std::endian::native == std::endian::little) {
      for (std::uint64_t x; i + 8 <= n; i += 8) {
        std::memcpy(&x, p + i, 8);
        if (const std::uint64_t m = capital_or_high(x)) {
          i += static_cast<std::size_t>(std::countr_zero(m)) / 8;
          break;
        }
      }
      if (i >= n) break;
    }
    const unsigned b = p[i];
    if (b < 0x80 && b - 'A' >= 26u) {
      ++i;
      continue;
    }
    if (b >= 0x80 && i + 2 <= n && cyrillic_lower_before(p, i + 2)) {  // a lead byte may end the text
      i += 2;
      continue;
    }
    c = i;
    break;
  }
  if (c == n) return n;
  for (std::size_t q = c; q > from && q > 1;) {
    --q;
    const unsigned b = p[q];
    if (!(b == ' ' || b == '\n' || b == '\t' || b == '\r')) continue;
    const unsigned before = p[q - 1];
    if (before < 0x80 ? !(before == ' ' || before == '\n' || before == '\t' || before == '\r' || before == '-')
                      : cyrillic_lower_before(p, q)) {
      gap = q;
      break;
    }
  }
  return c;
}

// Whether the gap between two words may lie inside a name: white space with at most one line
// break, and at most one dash, an apostrophe closing a plural possessive ("Decembrists'
// Square"), or a period (allowed after an abbreviated saint only: `period`).
bool gap_joins(std::string_view gap, bool& period) {
  if (gap.size() > 16) return false;
  std::size_t newlines = 0, marks = 0;
  for (std::size_t i = 0; i < gap.size();) {
    text::Char ch = text::next_char(gap, i);
    if (ch.cp == '\n') ++newlines;
    else if (ch.cp == '.') period = true, ++marks;
    else if (is_dash(ch.cp) || is_apostrophe(ch.cp)) ++marks;
    else if (!(ch.cp == ' ' || ch.cp == '\t' || ch.cp == '\r' || ch.cp == 0xA0)) return false;
    i += ch.len ? ch.len : 1;
  }
  return newlines <= 1 && marks <= 1;
}

}  // namespace

std::string PlaceMatcher::exact_key(std::string_view token) {
  std::string exact, coarse;
  bool cyr;
  token_keys(token, exact, coarse, cyr);
  return exact;
}

PlaceMatcher::PlaceMatcher(const names::Authority& places) : places_(places) {
  toks_.reserve(kMaxTokens);
  node_entries_.emplace_back();  // the root
  for (std::size_t i = 0; i < places.size(); ++i) {
    const names::PersonRecord& r = places.person(i);
    add_phrase(static_cast<std::uint32_t>(i), r.name, true);
    for (const std::string& a : r.aliases) add_phrase(static_cast<std::uint32_t>(i), a, false);
  }
  // The trie's edges in one flat open-addressing table (at most half full), probed on every
  // capitalised word of a text; the map that built them is not needed any more.
  std::size_t cap = 16;
  while (cap < edges_.size() * 2) cap *= 2;
  edge_slots_.assign(cap, EdgeSlot{});
  for (const auto& [edge, child] : edges_) {
    std::size_t i = edge_home(edge);
    while (edge_slots_[i].edge != kNoEdge) i = (i + 1) & (edge_slots_.size() - 1);
    edge_slots_[i] = {edge, child};
  }
  edges_ = {};
}

std::size_t PlaceMatcher::edge_home(std::uint64_t edge) const noexcept {
  return static_cast<std::size_t>((edge * 0x9E3779B97F4A7C15ull) >> 32) & (edge_slots_.size() - 1);
}

std::uint32_t PlaceMatcher::child(std::uint32_t node, std::uint32_t token) const noexcept {
  if (token == kNone) return kNone;
  const std::uint64_t edge = (std::uint64_t{node} << 32) | token;
  for (std::size_t i = edge_home(edge);; i = (i + 1) & (edge_slots_.size() - 1)) {
    if (edge_slots_[i].edge == edge) return edge_slots_[i].child;
    if (edge_slots_[i].edge == kNoEdge) return kNone;
  }
}

void PlaceMatcher::add_phrase(std::uint32_t place, std::string_view phrase, bool is_name) {
  std::vector<std::string> exact, coarse;
  std::vector<std::size_t> alternating;  // tokens with a Ukrainian і in their last syllable
  bool cyrillic = false;
  bool too_long = false;
  text::WordIterator it(phrase);
  text::Word w;
  while (it.next(w)) tokens_of_word<Token>(phrase, w, [&](const Token& t) {
    if (exact.size() >= kMaxTokens) {
      too_long = true;
      return;
    }
    std::string e, c;
    bool cyr;
    token_keys(phrase.substr(t.begin, t.end - t.begin), e, c, cyr);
    if (e.empty()) return;
    cyrillic = cyrillic || cyr;
    // Ukrainian і of a closed last syllable is о or е in the other cases: Харків, Харкова;
    // Канів, Канева; Львів, Львові.
    const std::string_view surface = phrase.substr(t.begin, t.end - t.begin);
    const bool ukrainian = surface.find("\xd1\x96") != std::string_view::npos ||   // і
                           surface.find("\xd1\x97") != std::string_view::npos ||   // ї
                           surface.find("\xd1\x94") != std::string_view::npos ||   // є
                           surface.find("\xd2\x91") != std::string_view::npos;     // ґ
    const std::size_t v = c.find_last_of("aeiouy");
    if (ukrainian && v != std::string::npos && v > 0 && c[v] == 'i' && v + 1 < c.size()) alternating.push_back(exact.size());
    exact.push_back(std::move(e));
    coarse.push_back(std::move(c));
  });
  if (too_long || exact.empty()) return;
  auto insert_keys = [&](const std::vector<std::string>& coarse, std::size_t from, bool saint_dropped) {
    std::uint32_t node = 0;
    for (std::size_t k = from; k < coarse.size(); ++k) {
      auto [tid, fresh] = token_ids_.try_emplace(coarse[k], static_cast<std::uint32_t>(token_ids_.size()));
      const std::uint64_t edge = (std::uint64_t{node} << 32) | tid->second;
      auto [e, added] = edges_.try_emplace(edge, static_cast<std::uint32_t>(node_entries_.size()));
      if (added) node_entries_.emplace_back();
      node = e->second;
    }
    // The same place under the same spelling once.
    for (std::uint32_t ei : node_entries_[node]) {
      Entry& x = entries_[ei];
      if (x.place == place && x.count == coarse.size() - from &&
          std::equal(exact.begin() + static_cast<std::ptrdiff_t>(from), exact.end(),
                     entry_tokens_.begin() + x.first_token)) {
        x.cyrillic = x.cyrillic || cyrillic;  // "Gorki" and "Горки": written in both scripts
        x.is_name = x.is_name || is_name;
        return;
      }
    }
    node_entries_[node].push_back(static_cast<std::uint32_t>(entries_.size()));
    entries_.push_back({place, static_cast<std::uint32_t>(entry_tokens_.size()),
                        static_cast<std::uint16_t>(coarse.size() - from), is_name, saint_dropped, cyrillic});
    for (std::size_t k = from; k < exact.size(); ++k) entry_tokens_.push_back(exact[k]);
  };
  auto insert = [&](std::size_t from, bool saint_dropped) { insert_keys(coarse, from, saint_dropped); };
  insert(0, false);
  for (std::size_t k : alternating) {
    std::vector<std::string> alt = coarse;
    const std::size_t v = alt[k].find_last_of('i');
    for (char vowel : {'o', 'e'}) {
      alt[k][v] = vowel;
      insert_keys(alt, 0, false);
    }
  }
  // "The Hague" is also "Hague": "in the Hague" has the article in lower case.
  if (exact.size() >= 2 && exact[0] == "the") insert(1, false);
  // "Saint X" is also "X" when X is one word formed as a town name (Petersburg, Peterburg) and
  // not a given name: not Helena, Louis, Andrews, Cruz.
  if (exact.size() == 2 && exact[0] == "saint" && exact[1].size() >= 6 && town_word(exact[1]) &&
      names::given_groups(names::skeleton(exact[1], names::kStandard)).empty())
    insert(1, true);
}

bool PlaceMatcher::class_word(const Key& k) {
  if (k.class_word < 0) k.class_word = is_class_word(k.exact) ? 1 : 0;
  return k.class_word == 1;
}

bool PlaceMatcher::settlement_word(const Key& k) {
  if (k.settlement_word < 0) k.settlement_word = is_settlement_word(k.exact) ? 1 : 0;
  return k.settlement_word == 1;
}

std::uint32_t PlaceMatcher::token_id(const std::string& coarse) const {
  auto it = token_ids_.find(coarse);
  return it == token_ids_.end() ? kNone : it->second;
}

// The cache is cleared only between texts (scan()), so the keys of a match stay valid (a deque
// keeps its elements in place as it grows).
bool PlaceMatcher::starts_name(std::string_view surface) {
  if (!slots_.empty()) {
    const std::uint64_t h = std::hash<std::string_view>{}(surface) | 1;
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask; slots_[i].hash; i = (i + 1) & mask)
      if (slots_[i].hash == h) return slots_[i].starts;
  }
  return key_of(surface).starts;
}

const PlaceMatcher::Key& PlaceMatcher::key_of(std::string_view surface) {
  std::uint64_t h = std::hash<std::string_view>{}(surface) | 1;  // 0 marks an empty slot
  if (slots_.empty()) slots_.assign(1024, Slot{});
  std::size_t mask = slots_.size() - 1;
  std::size_t i = h & mask;
  for (; slots_[i].hash; i = (i + 1) & mask)
    if (slots_[i].hash == h) return keys_[slots_[i].key];
  Key k;
  std::string coarse;
  token_keys(surface, k.exact, coarse, k.cyrillic);
  if (!k.exact.empty()) k.id = token_id(coarse);
  // A German genitive -s (Moskaus): the token without it, when it is a token of a name.
  if (!k.cyrillic && k.exact.size() >= 5 && k.exact.back() == 's') {
    std::string e2, c2;
    bool cyr;
    token_keys(surface.substr(0, surface.size() - 1), e2, c2, cyr);
    k.id_genitive = token_id(c2);
  }
  k.starts = child(0, k.id) != kNone || child(0, k.id_genitive) != kNone;
  keys_.push_back(std::move(k));
  slots_[i] = {h, static_cast<std::uint32_t>(keys_.size() - 1), keys_.back().starts};
  if (keys_.size() * 2 > slots_.size()) {  // grow: rehash by the stored hashes
    std::vector<Slot> old(slots_.size() * 2, Slot{});
    old.swap(slots_);
    mask = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.hash) continue;
      std::size_t j = s.hash & mask;
      while (slots_[j].hash) j = (j + 1) & mask;
      slots_[j] = s;
    }
  }
  return keys_.back();
}

// 3: the same token; 2: an inflected form of it; 1: a transliteration variant; 0: no match.
// The coarse keys are equal already (the trie brought us here).
int PlaceMatcher::token_strength(const Key& t, std::string_view a, std::size_t min_variant) const {
  const std::string_view x = t.exact;
  if (x == a) return 3;
  if (a.size() < kMinInflected || x.size() < kMinInflected) return 0;
  if (t.cyrillic) return 2;
  std::size_t p = 0;
  while (p < x.size() && p < a.size() && x[p] == a[p]) ++p;
  const std::string_view tail_x = x.substr(p), tail_a = a.substr(p);
  if (p >= kMinInflected && tail_a.size() <= 2 && is_latin_ending(tail_x)) return 2;
  if (tail_a.empty() && tail_x == "s" && a.back() != 's') return 2;  // German genitive
  if (x.size() >= min_variant && a.size() >= min_variant) return 1;
  return 0;
}

bool PlaceMatcher::more(std::string_view text) {
  text::Word w;
  while (!cur_stop_ && toks_.size() < kMaxTokens && cur_.next(w)) {
    bool period = false;
    if (!toks_.empty() && !gap_joins(text.substr(cur_end_, w.begin - cur_end_), period)) break;
    const std::size_t before = toks_.size();
    tokens_of_word<Token>(text, w, [&](Token t) {
      if (toks_.size() >= kMaxTokens) return;  // never past the reserved size: references stay valid
      t.capital = text::is_upper_char(text::next_char(text, t.begin).cp);
      t.joined = true;
      t.after_saint_period = t.word_start && period;
      toks_.push_back(t);
    });
    // A possessive ends the name ("Moscow's Kremlin" is Moscow's).
    if (!toks_.empty() && toks_.back().end < w.end) cur_stop_ = true;
    cur_end_ = w.end;
    if (toks_.size() > before) return true;
  }
  cur_stop_ = true;
  return false;
}

void PlaceMatcher::scan(std::string_view text, std::vector<PlaceMatch>& out) {
  if (entries_.empty() || text.empty()) return;
  if (keys_.size() >= kCacheCap) {
    keys_.clear();
    slots_.clear();
  }
  text::WordIterator words(text);
  text::Word w;
  std::size_t resume = 0;  // the end of the last match
  // A name starts with a capital, so a word without one starts none: the scan jumps over the text
  // up to the next byte that may be or begin a capital, to the white space that ends the last
  // word before it; plain lower-case words on the way are passed over without a Word.
  while (true) {
    std::size_t gap = SIZE_MAX;
    const std::size_t at = words.position();
    if (next_capital_candidate(text, at, gap) >= text.size()) break;
    if (gap != SIZE_MAX && gap >= at) words.seek(gap + 1);
    if (!words.next_passing_over(w, [](std::size_t, std::size_t) { return true; })) break;
    if (w.begin < resume || !w.has(text::Word::kHasLetter)) continue;
    Token first{};
    if (!w.has(text::Word::kInnerJoiner)) {
      if (!w.has(text::Word::kCapitalized)) continue;
      first.begin = w.begin;
      first.end = w.end;
    } else {  // the first part of a hyphenated word, after an elision ("l'Europe"), without 's
      bool got = false;
      tokens_of_word<Token>(text, w, [&](const Token& t) {
        if (!got) first = t, got = true;
      });
      if (!got || !text::is_upper_char(text::next_char(text, first.begin).cp)) continue;
    }
    if (!starts_name(text.substr(first.begin, first.end - first.begin))) continue;
    toks_.clear();
    cur_ = text::WordIterator(text, w.begin);
    cur_end_ = w.begin;
    cur_stop_ = false;
    more(text);
    if (try_match(text, out)) resume = out.back().end;
  }
}

bool PlaceMatcher::try_match(std::string_view text, std::vector<PlaceMatch>& out) {
  if (toks_.empty()) return false;
  const Token& first = toks_[0];
  {
    // Walk the trie, remembering the token keys on the way.
    std::uint32_t node = 0;
    std::array<const Key*, kMaxTokens> keys{};
    std::size_t best_end = 0, best_entry = 0;
    int best_strength = -1;
    for (std::size_t j = 0; j < toks_.size() || more(text); ++j) {
      const Token& t = toks_[j];
      if (j > 0 && t.after_saint_period && keys[j - 1]->exact != "saint") break;
      const Key& k = key_of(text.substr(t.begin, t.end - t.begin));
      std::uint32_t next = child(node, k.id);
      if (next == kNone) next = child(node, k.id_genitive);
      if (next == kNone) break;
      node = next;
      keys[j] = &k;
      if (!t.word_end || node_entries_[node].empty()) continue;
      // The best entry ending here: strength (weakest token), then name before alias.
      int here = -1;
      std::size_t here_entry = 0;
      for (std::uint32_t ei : node_entries_[node]) {
        const Entry& x = entries_[ei];
        int s = 3;
        for (std::size_t m = 0; m < x.count && s > 0; ++m) {
          // Function words and short tokens are exact or nothing.
          s = std::min(s, token_strength(*keys[m], entry_tokens_[x.first_token + m],
                                         x.count >= 2 ? kMinVariantInName : kMinVariant));
        }
        if (s <= 0) continue;
        // An alias in the script of the text outranks one in another script (в Горках: Горки,
        // not Gorky, when both stems agree).
        int score = s * 8 + (x.saint_dropped ? 0 : 4) + (x.cyrillic == keys[0]->cyrillic ? 2 : 0) + (x.is_name ? 1 : 0);
        if (score > here) {
          here = score;
          here_entry = ei;
        }
      }
      if (here >= 0) {  // longer wins
        best_strength = here;
        best_end = j;
        best_entry = here_entry;
      }
    }
    if (best_strength < 0) return false;
    const Entry& x = entries_[best_entry];
    PlaceMatch m;
    m.begin = first.begin;
    m.end = toks_[best_end].end;
    m.index = x.place;
    const int s = best_strength / 8;
    m.score = x.saint_dropped ? 0.75 : s == 3 ? 1.0 : s == 2 ? 0.9 : 0.8;
    // The word before: a place preposition?
    {
      std::size_t b = m.begin;
      while (b > 0 && (text[b - 1] == ' ' || text[b - 1] == '\t')) --b;
      std::size_t a = b;
      while (a > 0) {
        std::size_t c = a - 1;
        while (c > 0 && (static_cast<unsigned char>(text[c]) & 0xC0) == 0x80) --c;
        const char32_t cp = text::next_char(text, c).cp;
        if (!text::is_word_char(cp)) break;
        a = c;
      }
      if (a < b && b - a <= 24 && b < m.begin) {
        const std::string_view before = text.substr(a, b - a);
        if (NameScanner::is_place_preposition(text::fold_case(before)) || settlement_word(key_of(before)))
          m.place_context = m.introduced = true;
      }
    }
    // The token after: a class word (place context) or a capitalised continuation.
    if (best_end + 1 < toks_.size() || (best_end + 1 == toks_.size() && more(text))) {
      const Token& nx = toks_[best_end + 1];
      bool spaces = nx.word_start && m.end < nx.begin && nx.begin - m.end <= 4;
      for (std::size_t g = m.end; g < nx.begin && spaces; ++g) spaces = text[g] == ' ' || text[g] == '\t';
      if (spaces && m.end == toks_[best_end].end) {
        const std::string_view next = text.substr(nx.begin, nx.end - nx.begin);
        const Key& nk = key_of(next);
        if (class_word(nk)) m.place_context = true;
        // A German genitive stands before its noun ("Moskaus Straßen"): a modifier, still the place.
        const std::string_view last = entry_tokens_[x.first_token + x.count - 1];
        const std::string& said = keys[best_end]->exact;
        const bool genitive = said.size() == last.size() + 1 && said.back() == 's' && said.compare(0, last.size(), last) == 0;
        if (nx.capital && !genitive) {
          bool lower = false;
          for (std::size_t g = nx.begin; g < nx.end && !lower;) {
            text::Char ch = text::next_char(text, g);
            lower = text::is_lower_char(ch.cp);
            g += ch.len ? ch.len : 1;
          }
          if (lower) m.continued_at = nx.begin;
        }
      }
    }
    out.push_back(m);
    return true;
  }
}

}  // namespace clio::passages
