// Table-driven transliteration; the tables are generated (see generated/tables.hpp).
#include "names/translit.hpp"

#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/unistr.h>

#include <memory>
#include <vector>

#include <array>
#include <cstdint>

#include "names/generated/tables.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::names {
namespace {

using generated::CyrillicRule;
using generated::SimpleRule;

constexpr char32_t kCyrBase = 0x400, kCyrEnd = 0x530;
constexpr char32_t kGreekBase = 0x370, kGreekEnd = 0x400;
constexpr char32_t kGeoBase = 0x10D0, kGeoEnd = 0x1100;

// Dense per-code-point indexes into the generated rule arrays, built once.
struct Tables {
  std::array<const CyrillicRule*, kCyrEnd - kCyrBase> cyr{}, uk{}, be{}, final_seq{};
  std::array<const SimpleRule*, kGreekEnd - kGreekBase> greek{};
  std::array<const SimpleRule*, kGeoEnd - kGeoBase> georgian{};
  std::array<bool, kGreekEnd - kGreekBase> greek_digraph_start{};

  Tables() {
    for (std::size_t i = 0; i < generated::kCyrillicRuleCount; ++i) {
      const CyrillicRule& r = generated::kCyrillicRules[i];
      char32_t c = r.src[0];
      if (c < kCyrBase || c >= kCyrEnd) continue;
      auto& slot = r.kind == 0 ? cyr : r.kind == 1 ? final_seq : r.kind == 2 ? uk : be;
      slot[c - kCyrBase] = &r;
    }
    for (std::size_t i = 0; i < generated::kSimpleRuleCount; ++i) {
      const SimpleRule& r = generated::kSimpleRules[i];
      char32_t c = r.src[0];
      if (c >= kGreekBase && c < kGreekEnd) {
        if (r.src[1] == 0) greek[c - kGreekBase] = &r;
        else greek_digraph_start[c - kGreekBase] = true;
      } else if (c >= kGeoBase && c < kGeoEnd && r.src[1] == 0) {
        georgian[c - kGeoBase] = &r;
      }
    }
  }
};

const Tables& tables() {
  static const Tables t;
  return t;
}

bool is_cyrillic(char32_t c) { return c >= kCyrBase && c < kCyrEnd; }

// Vowels and the signs after which е ё ю я are written with their initial (iotated) spelling.
bool iotates_next(char32_t lower) {
  switch (lower) {
    case U'а': case U'е': case U'ё': case U'и': case U'о': case U'у': case U'ы': case U'э':
    case U'ю': case U'я': case U'і': case U'ї': case U'є': case U'ъ': case U'ь': case U'й':
      return true;
    default:
      return false;
  }
}

enum class CaseMode { lower, capital, upper };

void append_cased(std::string& out, std::string_view s, CaseMode mode) {
  if (mode == CaseMode::lower) {
    out.append(s);
    return;
  }
  bool first = true;
  for (std::size_t i = 0; i < s.size();) {
    text::Char ch = text::next_char(s, i);
    i += ch.len;
    if (first || mode == CaseMode::upper) {
      char32_t u = ch.cp < 0x80 ? (ch.cp >= 'a' && ch.cp <= 'z' ? ch.cp - 32 : ch.cp)
                                : static_cast<char32_t>(u_toupper(static_cast<UChar32>(ch.cp)));
      text::append_utf8(out, u);
    } else {
      text::append_utf8(out, ch.cp);
    }
    first = false;
  }
}

struct Decoded {
  char32_t cp, lower;
  bool upper;
};

// Lower case without an ICU call for ASCII and the basic Cyrillic block (the hot cases).
inline char32_t lower_fast(char32_t c) {
  if (c < 0x80) return c >= 'A' && c <= 'Z' ? c + 32 : c;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c >= 0x430 && c <= 0x45F) return c;
  return text::fold_char(c);
}

Decoded decode_at(std::string_view s, std::size_t i, std::uint32_t* len) {
  unsigned char b = static_cast<unsigned char>(s[i]);
  if (b < 0x80) {
    *len = 1;
    char32_t c = b, lower = lower_fast(c);
    return {c, lower, lower != c};
  }
  text::Char ch = text::next_char(s, i);
  *len = ch.len;
  char32_t lower = lower_fast(ch.cp);
  // Case folding maps some lower-case letters too (final sigma), so ask ICU outside Cyrillic.
  bool upper = ch.cp >= 0x400 && ch.cp < 0x460 ? lower != ch.cp : u_isupper(static_cast<UChar32>(ch.cp)) != 0;
  return {ch.cp, lower, upper};
}

}  // namespace

std::optional<Scheme> scheme_from_name(std::string_view n) noexcept {
  static constexpr std::pair<std::string_view, Scheme> kNames[] = {
      {"key", Scheme::key},       {"bgn", Scheme::bgn},        {"lc", Scheme::lc},
      {"iso9", Scheme::iso9},     {"scholarly", Scheme::scholarly}, {"german", Scheme::german},
      {"french", Scheme::french}, {"polish", Scheme::polish},  {"iso", Scheme::iso9},
      {"bgn/pcgn", Scheme::bgn},  {"de", Scheme::german},      {"fr", Scheme::french},
      {"pl", Scheme::polish}};
  for (auto& [name, s] : kNames)
    if (name == n) return s;
  return std::nullopt;
}

std::string_view scheme_name(Scheme s) noexcept {
  static constexpr std::string_view kNames[] = {"key", "bgn", "lc", "iso9", "scholarly", "german", "french", "polish"};
  return kNames[static_cast<int>(s)];
}

void append_translit(std::string& out, std::string_view s, Scheme scheme) {
  bool ascii = true;
  for (char c : s) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {  // nothing to transliterate
    out.append(s);
    return;
  }
  const Tables& t = tables();
  const int col = static_cast<int>(scheme);
  bool prev_upper = false;      // previous character was a capital letter
  bool prev_iotating = true;    // at a word start or after a vowel/sign: е ё ю я are iotated
  int word_lang = 0;            // 0 Russian, 2 Ukrainian, 3 Belarusian (for the current Cyrillic word)
  bool in_cyr_word = false;
  char32_t prev_lower = 0;      // previous Cyrillic letter, lower case
  std::uint32_t len = 0, nlen = 0;
  Decoded d{0, 0, false}, next{0, 0, false};
  std::size_t next_at = SIZE_MAX;  // where `next` was decoded, to reuse it as the next `d`
  for (std::size_t i = 0; i < s.size();) {
    if (next_at == i) {
      d = next;
      len = nlen;
    } else {
      d = decode_at(s, i, &len);
    }
    // Lookahead: the next character, for capitalisation and word-final sequences.
    next = {0, 0, false};
    nlen = 0;
    next_at = SIZE_MAX;
    if (i + len < s.size()) {
      next = decode_at(s, i + len, &nlen);
      next_at = i + len;
    }
    CaseMode mode = !d.upper ? CaseMode::lower
                    : (prev_upper || (next.upper && next.cp != 0)) ? CaseMode::upper
                                                                  : CaseMode::capital;
    char32_t c = d.lower;
    if (is_cyrillic(c)) {
      if (!in_cyr_word) {
        // New Cyrillic word: decide its language from its letters (one extra pass over the word).
        in_cyr_word = true;
        word_lang = 0;
        prev_iotating = true;
        prev_lower = 0;  // no letter before: a word-initial й stays j in German (Joschkar-Ola)
        for (std::size_t j = i; j < s.size();) {
          std::uint32_t l2 = 0;
          Decoded w = decode_at(s, j, &l2);
          if (!is_cyrillic(w.lower)) break;
          if (w.lower == U'ў') word_lang = 3;
          else if (word_lang == 0 && (w.lower == U'ї' || w.lower == U'є' || w.lower == U'ґ' || w.lower == U'і'))
            word_lang = 2;
          j += l2;
        }
      }
      const CyrillicRule* r = nullptr;
      std::uint32_t consumed = len;
      // Word-final -ий/-ый/-ой.
      if (next.lower == U'й' && t.final_seq[c - kCyrBase] &&
          t.final_seq[c - kCyrBase]->src[1] == U'й') {
        std::size_t after = i + len + nlen;
        bool at_end = after >= s.size();
        if (!at_end) {
          std::uint32_t l3 = 0;
          at_end = !is_cyrillic(decode_at(s, after, &l3).lower);
        }
        if (at_end) {
          r = t.final_seq[c - kCyrBase];
          consumed = len + nlen;
        }
      }
      if (!r && word_lang == 2) r = t.uk[c - kCyrBase];
      if (!r && word_lang == 3) r = t.be[c - kCyrBase] ? t.be[c - kCyrBase] : t.uk[c - kCyrBase];
      if (!r) r = t.cyr[c - kCyrBase];
      if (r) {
        const char* o = prev_iotating ? r->initial[col] : r->other[col];
        // Polish writes e, not ie, after the hard consonants sz cz ż c (Szewczenko).
        if (scheme == Scheme::polish && c == U'е' && !prev_iotating &&
            (prev_lower == U'ж' || prev_lower == U'ш' || prev_lower == U'ч' || prev_lower == U'щ' || prev_lower == U'ц'))
          o = "e";
        // After the hushing consonants ж ш ч щ, ё is a plain o in the German, French and Polish
        // spellings (Chruschtschow, Khrouchtchov, Chruszczow), and German writes й after a vowel
        // as i (Tschaikowski).
        const bool hushing = prev_lower == U'ж' || prev_lower == U'ш' || prev_lower == U'ч' || prev_lower == U'щ';
        // clio's English-like key spelling does the same (Gorbachov, Khrushchov: never "chyo").
        if (c == U'ё' && hushing &&
            (scheme == Scheme::german || scheme == Scheme::french || scheme == Scheme::polish || scheme == Scheme::key))
          o = "o";
        // German й: i after a vowel (Tschaikowski, Tolstoi), but j after и/ы (Bijsk) and nothing
        // before е ё ю я, whose own j carries the sound (Майя = Maja); j at a word start (Joschkar).
        if (c == U'й' && scheme == Scheme::german && prev_lower != 0 && prev_lower != U'ъ' && prev_lower != U'ь' &&
            prev_iotating && consumed == len) {
          const bool before_iotated = next.lower == U'е' || next.lower == U'ё' || next.lower == U'ю' || next.lower == U'я';
          if (before_iotated) o = "";
          else if (prev_lower != U'и' && prev_lower != U'ы') o = "i";
        }
        append_cased(out, o, mode);
        prev_iotating = consumed > len ? true : iotates_next(c);
      } else {
        text::append_utf8(out, d.cp);  // a Cyrillic letter outside the tables (historic, Komi...)
        prev_iotating = false;
      }
      prev_upper = d.upper;
      prev_lower = c;
      i += consumed;
      continue;
    }
    in_cyr_word = false;
    prev_iotating = true;
    if (c >= kGreekBase && c < kGreekEnd) {
      if (t.greek_digraph_start[c - kGreekBase] && next.cp) {
        bool done = false;
        for (std::size_t k = 0; k < generated::kSimpleRuleCount && !done; ++k) {
          const SimpleRule& r = generated::kSimpleRules[k];
          if (r.src[0] == c && r.src[1] == next.lower) {
            std::string_view latin = r.latin;
            if (next.lower == U'υ' && (c == U'α' || c == U'ε')) {
              // αυ, ευ are af, ef before a voiceless consonant or at the end of a word.
              std::uint32_t l3 = 0;
              char32_t after = i + len + nlen < s.size() ? decode_at(s, i + len + nlen, &l3).lower : 0;
              switch (after) {
                case U'θ': case U'κ': case U'ξ': case U'π': case U'σ': case U'ς': case U'τ': case U'φ':
                case U'χ': case U'ψ': case 0: case ' ':
                  latin = c == U'α' ? "af" : "ef";
                  break;
                default:
                  break;
              }
            }
            append_cased(out, latin, mode);
            i += len + nlen;
            next_at = SIZE_MAX;
            done = true;
          }
        }
        if (done) {
          prev_upper = d.upper;
          continue;
        }
      }
      if (const SimpleRule* r = t.greek[c - kGreekBase]) {
        append_cased(out, r->latin, mode);
        prev_upper = d.upper;
        i += len;
        continue;
      }
    }
    if (c >= kGeoBase && c < kGeoEnd) {
      if (const SimpleRule* r = t.georgian[c - kGeoBase]) {
        append_cased(out, scheme == Scheme::key ? r->key : r->latin, mode);
        prev_upper = d.upper;
        i += len;
        continue;
      }
    }
    text::append_utf8(out, d.cp);
    prev_upper = d.upper;
    i += len;
  }
}

std::string translit(std::string_view text, Scheme s) {
  std::string out;
  out.reserve(text.size() + text.size() / 2);
  append_translit(out, text, s);
  return out;
}

namespace {
bool foreign_letter(char32_t cp) noexcept {
  if (cp < 0x530 || !u_isalpha(static_cast<UChar32>(cp))) return false;
  UErrorCode err = U_ZERO_ERROR;
  switch (uscript_getScript(static_cast<UChar32>(cp), &err)) {
    case USCRIPT_LATIN: case USCRIPT_CYRILLIC: case USCRIPT_GREEK: case USCRIPT_GEORGIAN:
    case USCRIPT_COMMON: case USCRIPT_INHERITED:
      return false;
    default:
      return U_SUCCESS(err);
  }
}
}  // namespace

bool has_foreign_script(std::string_view text) noexcept {
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c < 0xD4) {  // below U+0500: ASCII, Latin, Greek, Cyrillic (or a continuation byte)
      ++i;
      continue;
    }
    const text::Char ch = text::next_char(text, i);
    if (foreign_letter(ch.cp)) return true;
    i += ch.len ? ch.len : 1;
  }
  return false;
}

namespace {
std::string foreign_to_latin_uncached(std::string_view text) {
  // One transform per thread: ICU's transliterate() is not documented as safe to share.
  thread_local std::unique_ptr<icu::Transliterator> tr = [] {
    UErrorCode err = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance("Any-Latin; Latin-ASCII", UTRANS_FORWARD, err));
    if (U_FAILURE(err)) t.reset();
    return t;
  }();
  if (!tr) return std::string(text);
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  tr->transliterate(u);
  std::string latin;
  u.toUTF8String(latin);
  std::string out;
  out.reserve(latin.size());
  for (std::size_t i = 0; i < latin.size();) {
    const auto c = static_cast<unsigned char>(latin[i]);
    if (c < 0x80) {
      // A small kana vowel after a syllable replaces its vowel (ヴォ: "vu~o" -> "vo").
      auto vowel = [](char v) { return v == 'a' || v == 'e' || v == 'i' || v == 'o' || v == 'u'; };
      if (c == '~' && i + 1 < latin.size() && vowel(latin[i + 1]) && !out.empty() && vowel(out.back())) out.pop_back();
      if (c != '~' && c != '\'' && c != '`') out.push_back(static_cast<char>(c));
      ++i;
      continue;
    }
    const text::Char ch = text::next_char(latin, i);
    i += ch.len ? ch.len : 1;
    if (ch.cp == 0x30FC || ch.cp == 0x02BC || ch.cp == 0x02BE || ch.cp == 0x02BF) continue;  // length mark, modifier apostrophes
    if (u_isalpha(static_cast<UChar32>(ch.cp)) || u_getCombiningClass(static_cast<UChar32>(ch.cp)) != 0 ||
        u_charType(static_cast<UChar32>(ch.cp)) == U_NON_SPACING_MARK)
      text::append_utf8(out, ch.cp);  // a letter the transform kept (Cyrillic beside Arabic, say)
    else
      out.push_back(' ');
  }
  return out;
}
}  // namespace

std::string foreign_to_latin(std::string_view text) {
  if (!has_foreign_script(text)) return std::string(text);
  // The transform costs ~0.1 ms for a short name; the same names come back (an authority's
  // aliases, a tagger's candidate spans): the last results per thread, direct-mapped and bounded.
  struct Slot {
    std::string in, out;
  };
  constexpr std::size_t kSlots = 1024;
  thread_local std::vector<Slot> cache;
  if (text.size() > 128) return foreign_to_latin_uncached(text);
  if (cache.empty()) cache.resize(kSlots);
  std::uint64_t h = 1469598103934665603ull;  // FNV-1a
  for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  Slot& slot = cache[h & (kSlots - 1)];
  if (slot.in != text || slot.out.empty()) {
    slot.out = foreign_to_latin_uncached(text);
    slot.in.assign(text);
  }
  return slot.out;
}

}  // namespace clio::names
