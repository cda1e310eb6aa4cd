#include "names/parse.hpp"

#include <unicode/uchar.h>

#include "names/lexicon.hpp"
#include "names/skeleton.hpp"
#include "names/string_table.hpp"
#include "names/translit.hpp"
#include "text/utf8.hpp"

namespace clio::names {
namespace {

struct RawToken {
  std::string surface;
  std::vector<std::uint32_t> hyphens;  // byte offsets in surface where a joining hyphen was
  bool dotted = false;       // ended by a period
  bool after_comma = false;  // a comma came before it
};

bool is_apostrophe(char32_t c) {
  return c == '\'' || c == U'’' || c == U'ʼ' || c == U'ʹ' || c == '`' || c == U'´' || c == U'ʻ' || c == U'‘';
}
bool is_joining_hyphen(char32_t c) { return c == '-' || c == U'‐' || c == U'‑' || c == 0xAD; }
// An en or em dash written for the hyphen of a double name (Бестужев—Рюмин, OCR and typesetting):
// joins only when a letter follows directly (a dash between spaced words separates).
bool is_dash(char32_t c) { return c == U'–' || c == U'—' || c == U'‒'; }

bool is_separator(char32_t c) {
  if (c < 0x80) return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '\'' || c == '`');
  if (is_apostrophe(c)) return false;
  if (c == text::kReplacement) return true;
  return !u_isalnum(static_cast<UChar32>(c)) && u_charType(static_cast<UChar32>(c)) != U_NON_SPACING_MARK &&
         u_charType(static_cast<UChar32>(c)) != U_COMBINING_SPACING_MARK;
}

std::vector<RawToken> tokenize(std::string_view s) {
  std::vector<RawToken> out;
  out.reserve(4);
  RawToken cur;
  bool comma = false;
  auto flush = [&](bool dotted) {
    if (!cur.surface.empty()) {
      cur.dotted = dotted;
      cur.after_comma = comma;
      comma = false;
      out.push_back(std::move(cur));
    }
    cur = RawToken();
  };
  for (std::size_t i = 0; i < s.size();) {
    // ASCII other than hyphen and period, the common case: one byte, no decoding.
    if (const unsigned char b = static_cast<unsigned char>(s[i]); b < 0x80 && b != '-' && b != '.') {
      if (is_separator(b)) {
        flush(false);
        if (b == ',' || b == ';') comma = true;
      } else {
        cur.surface.push_back(static_cast<char>(b));
      }
      ++i;
      continue;
    }
    text::Char ch = text::next_char(s, i);
    if ((is_joining_hyphen(ch.cp) || is_dash(ch.cp)) && !cur.surface.empty() && i + ch.len < s.size()) {
      std::size_t j = i + ch.len;
      text::Char nx = text::next_char(s, j);
      if (!is_separator(nx.cp) && (!is_dash(ch.cp) || u_isalpha(static_cast<UChar32>(nx.cp)))) {
        // Tur-genev, Rimsky-Korsakov: join
        if (cur.hyphens.size() < 8) cur.hyphens.push_back(static_cast<std::uint32_t>(cur.surface.size()));
        i = j;
        continue;
      }
      if (is_dash(ch.cp)) {
        flush(false);
        i = j;
        continue;
      }
      // A line-break hyphen: "Tur- genev" (spaces, then a lower-case letter) also joins.
      while (j < s.size() && (s[j] == ' ' || s[j] == '\n' || s[j] == '\r' || s[j] == '\t')) ++j;
      if (j > i + ch.len && j < s.size()) {
        text::Char after = text::next_char(s, j);
        if (u_islower(static_cast<UChar32>(after.cp))) {
          i = j;
          continue;
        }
      }
    }
    if (ch.cp == '.') {
      flush(true);
    } else if (is_separator(ch.cp)) {
      flush(false);
      if (ch.cp == ',' || ch.cp == ';') comma = true;
    } else {
      cur.surface.append(s.substr(i, ch.len));
    }
    i += ch.len;
  }
  flush(false);
  return out;
}

// A case suffix after a colon on a numeral (Finnish and Swedish: "Nikolai 1:n", "Kaarle XII:n",
// "Gustav III:s"): dropped, so the numeral stands alone. Returns the length of the suffix
// including the colon at s[i] == ':', or 0.
std::size_t numeral_case_suffix(std::string_view s, std::size_t i) {
  if (i == 0 || s[i] != ':') return 0;
  const char before = s[i - 1];
  if (!((before >= '0' && before <= '9') || before == 'I' || before == 'V' || before == 'X')) return 0;
  std::size_t j = i + 1;
  while (j < s.size() && s[j] >= 'a' && s[j] <= 'z' && j - i <= 4) ++j;
  if (j == i + 1 || (j < s.size() && s[j] != ' ' && s[j] != ',' && s[j] != '\'' && s[j] != '.')) return 0;
  return j - i;
}

// The letters of a word when all of them are capitals (Latin or Cyrillic), else empty.
std::vector<std::string> capital_letters(std::string_view w) {
  std::vector<std::string> out;
  for (std::size_t i = 0; i < w.size();) {
    const text::Char ch = text::next_char(w, i);
    if (ch.len == 0 || !u_isupper(static_cast<UChar32>(ch.cp))) return {};
    out.emplace_back(w.substr(i, ch.len));
    i += ch.len;
  }
  return out;
}

// Removes a trailing possessive ('s, ’s, s'); returns true if one was removed.
bool strip_possessive(std::string& s) {
  auto ends = [&](std::string_view e) { return s.size() > e.size() + 1 && std::string_view(s).substr(s.size() - e.size()) == e; };
  for (std::string_view ap : {std::string_view("'"), std::string_view("\xe2\x80\x99"), std::string_view("\xca\xbc")}) {
    if (s.back() != 's' && s.back() != 'S' && s.back() != ap.back()) continue;
    for (char ess : {'s', 'S'}) {
      if (s.back() == ess && s.size() > ap.size() + 1 &&
          std::string_view(s).substr(s.size() - 1 - ap.size(), ap.size()) == ap) {
        s.resize(s.size() - 1 - ap.size());  // Pushkin's
        return true;
      }
      if (ends(ap) && s.size() > ap.size() + 2 && s[s.size() - ap.size() - 1] == ess) {
        s.resize(s.size() - ap.size());  // Dickens'
        return true;
      }
    }
  }
  return false;
}

bool is_roman_numeral(std::string_view s) {
  if (s.empty() || s.size() > 5) return false;
  for (char c : s)
    if (c != 'I' && c != 'V' && c != 'X' && c != 'L') return false;
  return true;
}

// Connectives of a territorial designation after a regnal number: "William II of Germany",
// "Wilhelm II. von Preußen", "Louis XIV de France", "Николай II из ..." is not used, so Latin only.
bool territorial_connective(std::string_view key) {
  for (std::string_view c : {"of", "von", "de", "du", "d", "di", "da", "af", "av", "van", "z", "ze"})
    if (key == c) return true;
  return false;
}

// Polish -wicz and South Slavic -vić/-vic are surnames, never patronymics (Mickiewicz, Milošević).
bool west_slavic_surname(const NameToken& t) {
  auto ends = [&](std::string_view e) { return t.key.size() > e.size() && t.key.compare(t.key.size() - e.size(), e.size(), e) == 0; };
  return ends("wicz") || ends("vic") || ends("wiec");
}

// What parse_name derives from a token's text alone (transliteration, folding, skeleton, the
// lexicon entry), remembered per thread for the last few thousand distinct tokens: an authority
// repeats each surname in several aliases and a few thousand given names and patronymics
// everywhere, and this derivation was about a third of the index build. Direct-mapped and bounded
// (4,096 entries of tokens up to 64 bytes), so memory stays small on any input.
struct TokenInfo {
  std::string surface, folded, key, skel;
  WordInfo word;
  bool given = false;  // the skeleton is a known given name (given_groups)
  bool filled = false;
};

void derive(std::string_view surface, TokenInfo& e) {
  e.surface.assign(surface);
  e.folded = latin_folded(surface);
  e.key = strip_marks(e.folded);
  e.word = name_word(e.key);
  e.skel = skeleton(e.folded, kStandard);
  e.given = !given_groups(e.skel).empty();
  e.filled = true;
}

const TokenInfo& token_info(std::string_view surface) {
  constexpr std::size_t kSlots = 4096;
  thread_local std::vector<TokenInfo> cache;
  thread_local TokenInfo scratch;
  if (surface.size() > 64) {
    derive(surface, scratch);
    return scratch;
  }
  if (cache.empty()) cache.resize(kSlots);
  TokenInfo& e = cache[hash_bytes(surface) & (kSlots - 1)];
  if (!e.filled || e.surface != surface) derive(surface, e);
  return e;
}

}  // namespace

std::string_view role_name(Role r) noexcept {
  static constexpr std::string_view kNames[] = {"given", "patronymic", "surname", "initial", "ordinal"};
  return kNames[static_cast<int>(r)];
}

const NameToken* ParsedName::first(Role r) const noexcept {
  for (const auto& t : tokens)
    if (t.role == r) return &t;
  return nullptr;
}

std::size_t ParsedName::count(Role r) const noexcept {
  std::size_t n = 0;
  for (const auto& t : tokens) n += t.role == r;
  return n;
}

bool looks_like_patronymic(std::string_view skel) noexcept {
  std::string_view st = stem(skel);
  auto ends = [](std::string_view s, std::string_view e) {
    return s.size() > e.size() + 1 && s.substr(s.size() - e.size()) == e;
  };
  return ends(st, "viC") || ends(st, "vn") || ends(st, "iCn") || ends(skel, "iC") || ends(st, "iC");
}

namespace {
// The case of the first letter of a word: -1 lower, +1 upper, 0 neither or unknown (Latin,
// Latin-1, Greek, Cyrillic, Armenian).
int letter_case(std::string_view s) {
  if (s.empty()) return 0;
  const auto c = static_cast<unsigned char>(s[0]);
  if (c >= 'a' && c <= 'z') return -1;
  if (c >= 'A' && c <= 'Z') return 1;
  if (s.size() < 2) return 0;
  const unsigned cp = ((c & 0x1Fu) << 6) | (static_cast<unsigned char>(s[1]) & 0x3Fu);
  if ((c & 0xE0) != 0xC0) return 0;
  if (cp >= 0xC0 && cp <= 0xDE && cp != 0xD7) return 1;
  if (cp >= 0xDF && cp <= 0xFF && cp != 0xF7) return -1;
  if (cp >= 0x391 && cp <= 0x3A9) return 1;   // Greek
  if (cp >= 0x3B1 && cp <= 0x3C9) return -1;
  if (cp >= 0x400 && cp <= 0x42F) return 1;   // Cyrillic
  if (cp >= 0x430 && cp <= 0x45F) return -1;
  if (cp >= 0x100 && cp <= 0x17F) return (cp & 1) ? -1 : 1;  // Latin Extended-A, mostly paired
  return 0;
}
// A part of a hyphenated word that is, or ends in, a place or institution word of five or more
// letters (museum, schule, platz, strasse, preis ...; name_words.tsv and German compounds).
bool compound_place_part(std::string_view part) {
  const std::string key = strip_marks(std::string(part));
  if (key.size() < 5) return false;
  for (std::string_view w : {"schule", "museum", "platz", "strasse", "preis", "allee", "denkmal", "kirche", "theater",
                             "akademie", "institut", "bibliothek", "gymnasium", "universitat", "bahnhof", "prize"})
    if (key.size() >= w.size() && key.compare(key.size() - w.size(), w.size(), w) == 0) return true;
  return false;
}
}  // namespace

// The Roman numeral of an ordinal word (folded key), or empty: English, German, Russian,
// Ukrainian and Polish first to fifth in their case forms.
std::string_view ordinal_word_roman(std::string_view key) noexcept {
  static constexpr std::pair<std::string_view, std::string_view> kWords[] = {
      {"first", "I"}, {"second", "II"}, {"third", "III"}, {"fourth", "IV"}, {"fifth", "V"}};
  for (auto& [w, roman] : kWords)
    if (key == w) return roman;
  // Stems with an adjectival case ending (Russian, Ukrainian, Polish, German).
  static constexpr std::pair<std::string_view, std::string_view> kStems[] = {
      {"perv", "I"},    {"vtor", "II"},     {"tret", "III"},   {"chetvert", "IV"}, {"persh", "I"},
      {"drug", "II"},   {"pierwsz", "I"},   {"trzec", "III"},  {"erst", "I"},      {"zweit", "II"},
      {"dritt", "III"}, {"viert", "IV"}};
  static constexpr std::string_view kEndings[] = {"yy", "yj", "yi", "iy", "ij", "ii", "i", "y", "ogo", "omu", "ym", "om",
                                                   "oy", "oj", "ego", "emu", "im", "em", "yego", "yemu", "iego",
                                                   "iemu", "e", "er", "en", "es"};
  for (auto& [stem, roman] : kStems) {
    if (key.size() <= stem.size() || key.substr(0, stem.size()) != stem) continue;
    const std::string_view end = key.substr(stem.size());
    for (std::string_view e : kEndings)
      if (end == e) return roman;
  }
  return {};
}

ParsedName parse_name(std::string_view name) {
  ParsedName p;
  if (name.size() > kMaxNameBytes) {
    std::size_t cut = kMaxNameBytes;
    while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
    name = name.substr(0, cut);
    p.truncated = true;
  }
  // Letters of scripts without clio's tables (Armenian, Arabic, kana, ...) read by ICU first.
  std::string latin;
  if (has_foreign_script(name)) {
    latin = foreign_to_latin(name);
    name = latin;
    p.foreign = true;
  }
  std::string no_suffix;
  if (name.find(':') != std::string_view::npos) {
    for (std::size_t i = 0; i < name.size(); ++i) {
      if (std::size_t n = numeral_case_suffix(name, i)) {
        i += n - 1;
        continue;
      }
      no_suffix.push_back(name[i]);
    }
    name = no_suffix;
  }
  std::vector<RawToken> raw = tokenize(name);
  // Slips of typing and OCR, read before the roles: glued initials in capitals before a word in
  // mixed case ("IA Krylov", "СИ. Муравьев" = I. A., С. И.), and a regnal numeral glued to the
  // given name or written with the digit 1 ("HenryII's", "Генрих 1" = Henry II, Генрих I).
  // Letters spaced apart by OCR: a capital standing alone, without a period, followed by a word
  // in lower case that is no particle or title ("K ornil ow" = Kornilow), or by the rest of a
  // given name in capitals ("A LEKSANDR" = ALEKSANDR; "A PUSHKIN" stays an initial).
  for (std::size_t r = 0; r + 1 < raw.size();) {
    const RawToken& a = raw[r];
    const bool lone_capital = !a.dotted && a.hyphens.empty() && capital_letters(a.surface).size() == 1 &&
                              !is_roman_numeral(a.surface);
    if (!lone_capital) {
      ++r;
      continue;
    }
    std::size_t e = r + 1;
    while (e < raw.size() && !raw[e].after_comma && raw[e].hyphens.empty() && letter_case(raw[e].surface) < 0 &&
           token_info(raw[e].surface).word.kind == WordKind::none)
      ++e;
    if (e == r + 1 && !raw[e].after_comma && raw[e].surface.size() >= 3 &&
        capital_letters(raw[e].surface).size() >= 3 && token_info(raw[r].surface + raw[e].surface).given)
      e = r + 2;
    if (e > r + 1) {
      for (std::size_t k = r + 1; k < e; ++k) raw[r].surface += raw[k].surface;
      raw[r].dotted = raw[e - 1].dotted;
      raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(r) + 1, raw.begin() + static_cast<std::ptrdiff_t>(e));
    }
    ++r;
  }
  // Romanian regnal ordinals: "Ecaterina a II-a", "Carol al II-lea" = Ecaterina II, Carol II (the
  // article before the numeral and the ending after it dropped).
  for (std::size_t r = 0; r < raw.size(); ++r) {
    RawToken& t = raw[r];
    if (!t.hyphens.empty() && is_roman_numeral(t.surface.substr(0, t.hyphens[0])) &&
        (t.surface.substr(t.hyphens[0]) == "a" || t.surface.substr(t.hyphens[0]) == "lea")) {
      t.surface.resize(t.hyphens[0]);
      t.hyphens.clear();
    }
    const bool article = (t.surface == "a" || t.surface == "al") && !t.dotted && r > 0 && r + 1 < raw.size() &&
                         is_roman_numeral(raw[r + 1].surface.substr(0, raw[r + 1].hyphens.empty() ? std::string::npos
                                                                                                  : raw[r + 1].hyphens[0]));
    const bool ending = (t.surface == "a" || t.surface == "lea") && !t.dotted && r > 0 && is_roman_numeral(raw[r - 1].surface);
    if (article || ending) raw.erase(raw.begin() + static_cast<std::ptrdiff_t>(r--));
  }
  for (std::size_t r = 0; r < raw.size() && raw.size() < 64; ++r) {
    std::string& sf = raw[r].surface;
    if (r == 0 && raw.size() > 1 && sf.size() <= 6 && !is_roman_numeral(sf) && !token_info(sf).given &&
        capital_letters(raw[1].surface).empty() && letter_case(raw[1].surface) > 0) {
      std::vector<std::string> letters = capital_letters(sf);
      if (letters.size() >= 2 && letters.size() <= 3) {
        std::vector<RawToken> split(letters.size());
        for (std::size_t k = 0; k < letters.size(); ++k) {
          split[k].surface = letters[k];
          split[k].dotted = true;
        }
        split[0].after_comma = raw[0].after_comma;
        raw.erase(raw.begin());
        raw.insert(raw.begin(), split.begin(), split.end());
        r += letters.size() - 1;
        continue;
      }
    }
    if (r > 0 && !raw[r].dotted && sf.size() <= 3 && sf.find_first_not_of('1') == std::string::npos &&
        token_info(raw[r - 1].surface).given) {
      sf.assign(sf.size(), 'I');
      continue;
    }
    if (strip_possessive(sf)) p.possessive = true;
    std::size_t n = sf.size();
    while (n > 0 && (sf[n - 1] == 'I' || sf[n - 1] == 'V' || sf[n - 1] == 'X') && sf.size() - n < 4) --n;
    if (n >= 3 && n < sf.size() && sf[n - 1] >= 'a' && sf[n - 1] <= 'z' && token_info(sf.substr(0, n)).given) {
      RawToken numeral;
      numeral.surface = sf.substr(n);
      sf.resize(n);
      raw.insert(raw.begin() + static_cast<std::ptrdiff_t>(r) + 1, std::move(numeral));
      ++r;
    }
  }
  p.tokens.reserve(raw.size());
  std::vector<char> token_given;  // per token: its skeleton is a known given name
  token_given.reserve(raw.size());
  std::size_t comma_at = SIZE_MAX;  // index in p.tokens where the part after a comma starts
  for (std::size_t r = 0; r < raw.size(); ++r) {
    RawToken& rt = raw[r];
    if (strip_possessive(rt.surface)) p.possessive = true;
    // French regnal ordinals after a name read as the bare numeral: "Guillaume Ier" = William I.
    if (r > 0 && rt.surface.size() > 1 && !is_roman_numeral(rt.surface)) {
      const std::string_view roman = regnal_roman(rt.surface);
      if (!roman.empty()) rt.surface = std::string(roman);
      // An ordinal word after a name: Nicholas the First, Николай Первый, Николая Первого,
      // Nikolaus der Erste, Mikołaj Pierwszy.
      else if (!p.tokens.empty() && p.tokens.back().role != Role::initial) {
        const std::string_view word = ordinal_word_roman(token_info(rt.surface).key);
        if (!word.empty()) rt.surface = std::string(word);
      }
    }
    NameToken t;
    const TokenInfo& info = token_info(rt.surface);
    t.key = info.key;
    if (t.key.empty()) continue;
    t.folded = info.folded;
    // After a regnal number, "of <Territory>" designates the realm, not a surname: the rest of
    // the name is dropped (William II of Germany = William II).
    if (!p.tokens.empty() && p.tokens.back().role == Role::ordinal && territorial_connective(t.key)) break;
    WordInfo w = info.word;
    if (t.key == "st" && r + 1 == raw.size() && !p.tokens.empty()) w = {WordKind::place, '-', {}};
    bool short_dotted = rt.dotted && t.key.size() <= 2;
    // A lower-case word before the first name word, when a capitalised word follows, is a title
    // or a description, not a name ("graaf Tolstoj", "le général Foy", "князя Сергея
    // Волконского", "króla Stefana"): names are capitalised.
    if (p.tokens.empty() && w.kind == WordKind::none && letter_case(rt.surface) < 0) {
      bool capital_follows = false;
      for (std::size_t q = r + 1; q < raw.size() && !capital_follows; ++q) capital_follows = letter_case(raw[q].surface) > 0;
      if (capital_follows) {
        p.titles.push_back(t.key);
        continue;
      }
    }
    if (w.kind == WordKind::title && !(short_dotted && t.key.size() == 1)) {
      p.titles.push_back(t.key);
      if (w.gender != '-') p.title_gender = w.gender;
      continue;
    }
    if (w.kind == WordKind::place) {
      p.place_word = true;
      continue;
    }
    if (w.kind == WordKind::elder || w.kind == WordKind::younger) {
      p.generation = w.kind == WordKind::elder ? -1 : 1;
      continue;
    }
    if (w.kind == WordKind::particle && !short_dotted && !(t.key.size() == 1 && rt.surface.size() == 1 && r + 1 < raw.size()))
      continue;
    if (rt.after_comma && !p.tokens.empty() && comma_at == SIZE_MAX) comma_at = p.tokens.size();
    for (std::size_t h = 0; h <= rt.hyphens.size() && !rt.hyphens.empty(); ++h) {
      std::size_t b = h == 0 ? 0 : rt.hyphens[h - 1];
      std::size_t e = h == rt.hyphens.size() ? rt.surface.size() : rt.hyphens[h];
      if (b < e && e <= rt.surface.size()) t.parts.push_back(latin_folded(std::string_view(rt.surface).substr(b, e - b)));
    }
    // A hyphenated compound whose other part is a place or institution word (German
    // Goethe-Gymnasium, Puschkin-Museum): not a person.
    for (const std::string& part : t.parts)
      if (compound_place_part(part)) p.place_word = true;
    t.skel = info.skel;
    t.surface = std::move(rt.surface);
    // German writes regnal numbers with a period (Wilhelm II.): a dotted Roman numeral after a
    // full word is an ordinal when it has several letters, or when "von/of <Territory>" follows
    // (Wilhelm I. von Preußen); a single dotted letter is an initial otherwise (Wilhelm I. Schmidt).
    bool dotted_ordinal = false;
    if (rt.dotted && !p.tokens.empty() && p.tokens.back().role != Role::initial && is_roman_numeral(t.surface)) {
      dotted_ordinal = t.surface.size() >= 2;
      // A single dotted numeral ending a given name + numeral: "Frederick I.", "ELIZABETH I."
      if (!dotted_ordinal && r + 1 == raw.size() && p.tokens.size() == 1 && token_given.size() == 1 && token_given[0])
        dotted_ordinal = true;
      if (!dotted_ordinal && r + 1 < raw.size()) {
        std::string next_key = strip_marks(latin_folded(raw[r + 1].surface));
        dotted_ordinal = territorial_connective(next_key);
      }
    }
    if (dotted_ordinal) {
      t.role = Role::ordinal;
    } else if (short_dotted || (t.key.size() == 1 && !is_roman_numeral(t.surface))) {
      t.role = Role::initial;
    } else if (!p.tokens.empty() && !rt.dotted && is_roman_numeral(t.surface)) {
      t.role = Role::ordinal;
    } else {
      t.role = Role::surname;  // decided below
    }
    p.tokens.push_back(std::move(t));
    token_given.push_back(info.given);
  }
  // Roles of the full-word tokens.
  std::vector<NameToken*> w;
  std::vector<char> given_flags;  // known_given() of each entry of w, computed once
  for (std::size_t i = 0; i < p.tokens.size(); ++i)
    if (p.tokens[i].role == Role::surname) {
      w.push_back(&p.tokens[i]);
      given_flags.push_back(token_given[i]);
    }
  auto known_given = [&](const NameToken& t) {
    for (std::size_t i = 0; i < w.size(); ++i)
      if (w[i] == &t) return given_flags[i] != 0;
    return false;
  };
  const bool has_initials = p.count(Role::initial) > 0;
  if (comma_at != SIZE_MAX && comma_at < p.tokens.size()) {
    p.reversed = true;
    bool first_after = true;
    for (std::size_t i = comma_at; i < p.tokens.size(); ++i) {
      NameToken& t = p.tokens[i];
      if (t.role != Role::surname) continue;
      t.role = first_after ? Role::given : looks_like_patronymic(t.skel) ? Role::patronymic : Role::given;
      first_after = false;
    }
    // Several words before the comma: all of them form the surname (de la Fontaine).
  } else if (w.size() == 1) {
    // A known given name, or any word before a regnal numeral (Миколою I: Mykola in the instrumental).
    const bool before_ordinal = p.tokens.size() == 2 && &p.tokens[0] == w[0] && p.tokens[1].role == Role::ordinal;
    if (!has_initials && (known_given(*w[0]) || before_ordinal)) w[0]->role = Role::given;
  } else if (w.size() == 2) {
    if (known_given(*w[0]) && looks_like_patronymic(w[1]->skel) && !known_given(*w[1]) && !west_slavic_surname(*w[1])) {
      w[0]->role = Role::given;
      w[1]->role = Role::patronymic;
    } else if (known_given(*w[1]) && !known_given(*w[0])) {
      w[1]->role = Role::given;  // Russian order: Пушкин Александр
    } else {
      w[0]->role = Role::given;
    }
  } else if (w.size() >= 3) {
    std::size_t n = w.size();
    if (looks_like_patronymic(w[n - 1]->skel) && known_given(*w[n - 2]) && !known_given(*w[0])) {
      for (std::size_t i = 1; i + 1 < n; ++i) w[i]->role = Role::given;  // Пушкин Александр Сергеевич
      w[n - 1]->role = Role::patronymic;
    } else {
      w[0]->role = Role::given;
      for (std::size_t i = 1; i + 1 < n; ++i)
        w[i]->role = looks_like_patronymic(w[i]->skel) ? Role::patronymic : Role::given;
    }
  }
  return p;
}

std::string name_key(const ParsedName& p) {
  std::string out;
  for (Role r : {Role::given, Role::initial, Role::patronymic, Role::surname, Role::ordinal}) {
    for (const auto& t : p.tokens) {
      if (t.role != r) continue;
      if (!out.empty()) out.push_back(' ');
      out.append(t.key);
    }
  }
  return out;
}

std::string name_key(std::string_view name) { return name_key(parse_name(name)); }

std::string phonetic(std::string_view name) {
  ParsedName p = parse_name(name);
  std::string out;
  for (Role r : {Role::given, Role::patronymic, Role::surname}) {
    for (const auto& t : p.tokens) {
      if (t.role != r || t.skel.empty()) continue;
      // A token without letters (1917, a lone mark) has no sound to code: "000000" for a year
      // would make every number sound alike.
      bool letter = false;
      for (char c : t.skel) letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!letter) continue;
      if (!out.empty()) out.push_back(' ');
      out.append(phonetic_code(t.skel));
    }
  }
  return out;
}

std::string_view regnal_roman(std::string_view word) noexcept {
  std::size_t n = 0;
  while (n < word.size() && n < 6 && (word[n] == 'I' || word[n] == 'V' || word[n] == 'X' || word[n] == 'L')) ++n;
  if (n == 0 || n > 5) return {};
  const std::string_view suffix = word.substr(n);
  if (suffix.empty() || suffix == "e" || suffix == "\u1D49" || (n == 1 && word[0] == 'I' && (suffix == "er" || suffix == "re")))
    return word.substr(0, n);
  return {};
}

}  // namespace clio::names
