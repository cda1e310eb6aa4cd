// Spelling skeletons; rules from extension/data/names/skeleton_rules.tsv (generated tables).
#include "names/skeleton.hpp"

#include <unicode/uchar.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <span>
#include <vector>

#include "names/generated/tables.hpp"
#include "names/translit.hpp"
#include "text/fold.hpp"
#include "text/utf8.hpp"

namespace clio::names {
namespace {

using generated::SkeletonRule;

struct Rule {
  std::string_view pattern, replacement;
  unsigned readings;
};

// Rules grouped by the first byte of their pattern, longest pattern first.
struct RuleIndex {
  std::array<std::vector<Rule>, 256> by_first;
  std::vector<Rule> finals;  // longest first
  RuleIndex() {
    for (std::size_t i = 0; i < generated::kSkeletonRuleCount; ++i) {
      const SkeletonRule& g = generated::kSkeletonRules[i];
      Rule r{g.pattern, g.replacement, g.readings};
      if (g.final) finals.push_back(r);
      else by_first[static_cast<unsigned char>(r.pattern[0])].push_back(r);
    }
    auto longer = [](const Rule& a, const Rule& b) { return a.pattern.size() > b.pattern.size(); };
    for (auto& v : by_first) std::stable_sort(v.begin(), v.end(), longer);
    std::stable_sort(finals.begin(), finals.end(), longer);
  }
};

const RuleIndex& rules() {
  static const RuleIndex r;
  return r;
}

const char* strip_rule(char32_t cp) {
  const auto* b = generated::kStripRules;
  const auto* e = b + generated::kStripRuleCount;
  const auto* it = std::lower_bound(b, e, cp, [](const generated::StripRule& r, char32_t c) { return r.cp < c; });
  return it != e && it->cp == cp ? it->ascii : nullptr;
}

// Patterns are a few bytes long: a plain loop beats a memcmp call.
inline bool same_bytes(const char* a, std::string_view p) {
  for (std::size_t k = 0; k < p.size(); ++k)
    if (a[k] != p[k]) return false;
  return true;
}

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// Appends one character with its marks removed; drops non-letters except digits.
void append_stripped(std::string& out, char32_t cp) {
  if (cp < 0x80) {
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) out.push_back(static_cast<char>(cp));
    else if (cp >= 'A' && cp <= 'Z') out.push_back(static_cast<char>(cp + 32));
    return;
  }
  if (const char* s = strip_rule(cp)) {
    out.append(s);
    return;
  }
  if (u_isalpha(static_cast<UChar32>(cp))) text::append_utf8(out, cp);
}

// Collapses vowel runs (i is dropped from a run that has another vowel; repeated vowels merge)
// and doubled consonants. Writes to `out` (cleared first).
void collapse(std::string_view s, std::string& out) {
  out.clear();
  for (std::size_t i = 0; i < s.size();) {
    if (is_vowel(s[i])) {
      std::size_t j = i;
      bool other = false;
      while (j < s.size() && is_vowel(s[j])) other |= s[j++] != 'i';
      for (std::size_t k = i; k < j; ++k) {
        char c = s[k];
        if (other && c == 'i') continue;
        if (!out.empty() && out.back() == c && k > i) continue;
        if (!other && k > i) continue;  // a run of i's is one i
        out.push_back(c);
      }
      i = j;
    } else {
      if (out.empty() || out.back() != s[i] || static_cast<unsigned char>(s[i]) >= 0x80) out.push_back(s[i]);
      ++i;
    }
  }
}

}  // namespace

void append_latin_folded(std::string& out, std::string_view token) {
  bool ascii = true;
  for (char c : token) ascii &= static_cast<unsigned char>(c) < 0x80;
  if (ascii) {
    for (char c : token) out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  std::string latin;
  latin.reserve(token.size() + 8);
  append_translit(latin, token, Scheme::key);
  text::append_folded(out, latin);
}

std::string latin_folded(std::string_view token) {
  std::string out;
  append_latin_folded(out, token);
  return out;
}

std::string strip_marks(std::string_view folded) {
  std::string out;
  out.reserve(folded.size());
  for (std::size_t i = 0; i < folded.size();) {
    unsigned char b = static_cast<unsigned char>(folded[i]);
    if (b < 0x80) {
      if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) out.push_back(static_cast<char>(b));
      else if (b >= 'A' && b <= 'Z') out.push_back(static_cast<char>(b + 32));
      ++i;
      continue;
    }
    text::Char ch = text::next_char(folded, i);
    i += ch.len;
    append_stripped(out, ch.cp);
  }
  return out;
}

std::string skeleton(std::string_view s, Reading reading) {
  const RuleIndex& idx = rules();
  std::string raw;
  raw.reserve(s.size() + 8);
  for (std::size_t i = 0; i < s.size();) {
    bool matched = false;
    unsigned char b = static_cast<unsigned char>(s[i]);
    for (const Rule& r : idx.by_first[b]) {
      if (!(r.readings & reading)) continue;
      if (s.size() - i >= r.pattern.size() && same_bytes(s.data() + i, r.pattern)) {
        raw.append(r.replacement);
        i += r.pattern.size();
        matched = true;
        break;
      }
    }
    if (matched) continue;
    if (b < 0x80) {
      if ((b >= 'a' && b <= 'z') || (b >= '0' && b <= '9')) raw.push_back(static_cast<char>(b));
      else if (b >= 'A' && b <= 'Z') raw.push_back(static_cast<char>(b + 32));
      ++i;
      continue;
    }
    text::Char ch = text::next_char(s, i);
    i += ch.len;
    append_stripped(raw, ch.cp);
  }
  std::string out;
  out.reserve(raw.size());
  collapse(raw, out);
  // The adjectival ending -ой/-oy/-oi/-oj/-oï keeps a mark, so that Tolstoy, Tolstoi, Tolstoj agree
  // and the feminine oblique Akhmatovoy (skeleton ...ovoj) is not taken for a town in -ovo.
  auto ends_with = [&](std::string_view e) { return s.size() > e.size() + 1 && s.substr(s.size() - e.size()) == e; };
  bool oy_end = ends_with("oy") || ends_with("oi") || ends_with("oj") || ends_with("o\xc3\xaf");
  for (const Rule& r : idx.finals) {
    if (!(r.readings & reading)) continue;
    std::string_view p = r.pattern;
    if (out.size() > p.size() + 2 && std::string_view(out).substr(out.size() - p.size()) == p) {
      out.replace(out.size() - p.size(), p.size(), r.replacement);
      break;
    }
  }
  if (oy_end && !out.empty() && out.back() == 'o') out.push_back('j');
  return out;
}

std::string_view stem(std::string_view s) noexcept {
  // Russian and Polish case endings, the Czech genitive -ého (Tolstého) and the Lithuanian
  // nominatives -as, -is, -us (Puškinas, Volkonskis). Grouped by their last letter, longest first
  // within a group (the first that fits is cut): a name is looked up by its stem on every query,
  // so only the endings that can match its last letter are compared.
  static constexpr std::string_view kByLast_o[] = {"ogo", "ego", "eHo", "o"};
  static constexpr std::string_view kByLast_u[] = {"omu", "emu", "u"};
  static constexpr std::string_view kByLast_i[] = {"imi", "ami", "i"};
  static constexpr std::string_view kByLast_H[] = {"iH", "aH"};
  static constexpr std::string_view kByLast_m[] = {"im", "om", "em", "am"};
  static constexpr std::string_view kByLast_j[] = {"oj"};
  static constexpr std::string_view kByLast_s[] = {"is", "os", "as", "us"};
  static constexpr std::string_view kByLast_a[] = {"a"};
  static constexpr std::string_view kByLast_e[] = {"e"};
  if (s.size() < 4) return s;
  std::span<const std::string_view> endings;
  switch (s.back()) {
    case 'o': endings = kByLast_o; break;
    case 'u': endings = kByLast_u; break;
    case 'i': endings = kByLast_i; break;
    case 'H': endings = kByLast_H; break;
    case 'm': endings = kByLast_m; break;
    case 'j': endings = kByLast_j; break;
    case 's': endings = kByLast_s; break;
    case 'a': endings = kByLast_a; break;
    case 'e': endings = kByLast_e; break;
    default: return s;
  }
  for (std::string_view e : endings) {
    if (s.size() < e.size() + 3) continue;
    bool same = true;
    for (std::size_t k = 0; k + 1 < e.size() && same; ++k) same = s[s.size() - e.size() + k] == e[k];
    if (!same) continue;
    std::string_view rest = s.substr(0, s.size() - e.size());
    if (e == "o" && rest.size() >= 2) {
      std::string_view last2 = rest.substr(rest.size() - 2);
      if (last2 == "in" || last2 == "ov" || last2 == "ev") return s;  // Pushkino, Ivanovo: towns
    }
    return rest;
  }
  return s;
}

std::string phonetic_code(std::string_view s) {
  std::string out;
  char last = 0;
  for (std::size_t i = 0; i < s.size() && out.size() < 6; ++i) {
    char c = s[i];
    char d;
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        if (i == 0) out.push_back('0');
        last = 0;
        continue;
      case 'b': case 'p': case 'f': case 'v': d = '7'; break;
      case 'd': case 't': d = '3'; break;
      case 'g': case 'k': case 'h': case 'H': case 'q': d = '5'; break;
      case 's': case 'z': case 'S': case 'Z': case 'C': case 'T': case 'J': d = '4'; break;
      case 'l': d = '8'; break;
      case 'm': case 'n': d = '6'; break;
      case 'r': d = '9'; break;
      default: continue;
    }
    if (d != last) out.push_back(d);
    last = d;
  }
  while (out.size() < 6) out.push_back('0');
  return out;
}

bool is_derived_form(std::string_view q, std::string_view cand_skel, std::string_view cand_stem) noexcept {
  // Tolstoy's skeleton carries the -oj mark of its ending; Tolstoyan builds on "tolsto".
  std::string_view no_mark = cand_skel.size() > 2 && cand_skel.substr(cand_skel.size() - 2) == "oj"
                                 ? cand_skel.substr(0, cand_skel.size() - 1)
                                 : cand_skel;
  for (std::string_view base : {cand_skel, cand_stem, no_mark}) {
    if (base.size() < 3 || q.size() <= base.size() || q.substr(0, base.size()) != base) continue;
    std::string_view rest = q.substr(base.size());
    for (std::size_t i = 0; i < generated::kDerivedSuffixCount; ++i) {
      if (rest != generated::kDerivedSuffixes[i]) continue;
      if (rest == "o") {  // only towns in -ino / -ovo / -evo
        std::string_view last2 = base.substr(base.size() - 2);
        if (last2 != "in" && last2 != "ov" && last2 != "ev") continue;
      }
      return true;
    }
  }
  return false;
}

int edit_distance(std::string_view a, std::string_view b, int max) noexcept {
  const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
  if (std::abs(n - m) > max) return max + 1;
  if (n > 64 || m > 64) return a == b ? 0 : max + 1;  // names are short; keep the table small
  int prev2[65], prev[65], cur[65];
  for (int j = 0; j <= m; ++j) prev[j] = j;
  for (int i = 1; i <= n; ++i) {
    cur[0] = i;
    int row_min = cur[0];
    for (int j = 1; j <= m; ++j) {
      int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = std::min(v, prev2[j - 2] + 1);
      cur[j] = v;
      row_min = std::min(row_min, v);
    }
    if (row_min > max) return max + 1;
    std::copy(prev, prev + m + 1, prev2);
    std::copy(cur, cur + m + 1, prev);
  }
  return prev[m] > max ? max + 1 : prev[m];
}

bool is_female_adjectival(std::string_view s) noexcept {
  auto ends = [&](std::string_view e) { return s.size() > e.size() + 2 && s.substr(s.size() - e.size()) == e; };
  return ends("aya") || ends("aja") || ends("aia") || ends("ska") || ends("cka") || ends("dzka") ||
         ends("sk\xc3\xa1") || ends("ck\xc3\xa1");
}

}  // namespace clio::names
