// Fuzz target: what fuzz_names.cpp (the names engineer's target: translit, skeletons, parser,
// authority) leaves out: the edit distance against a reference table, and the agreement of the
// name helpers with each other.
//
// Input layout: byte 0 % 8 chooses the transliteration scheme, byte 1 % 9 the edit-distance
// limit; the rest is the name. For the edit distance the name is split at its first TAB.
//
// Properties checked for every input:
//   * edit_distance agrees with a plain restricted Damerau-Levenshtein table (capped at max + 1)
//     and is symmetric;
//   * translit and append_translit agree, and scheme names round-trip;
//   * parse_name: count() and first() agree with the tokens' roles;
//   * name_key(text) == name_key(parse_name(text)); phonetic() gives one code per name token that
//     is not an initial or an ordinal, single-spaced.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "fuzz_check.hpp"
#include "names/parse.hpp"
#include "names/skeleton.hpp"
#include "names/translit.hpp"

using namespace clio::names;

namespace {

// Optimal string alignment distance (adjacent transpositions cost 1), the textbook table.
int reference_osa(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::vector<int>> d(n + 1, std::vector<int>(m + 1));
  for (std::size_t i = 0; i <= n; ++i) d[i][0] = static_cast<int>(i);
  for (std::size_t j = 0; j <= m; ++j) d[0][j] = static_cast<int>(j);
  for (std::size_t i = 1; i <= n; ++i)
    for (std::size_t j = 1; j <= m; ++j) {
      const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
      d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
    }
  return d[n][m];
}

bool single_spaced(std::string_view s) {
  if (s.empty()) return true;
  if (s.front() == ' ' || s.back() == ' ') return false;
  return s.find("  ") == std::string_view::npos;
}

std::size_t word_count(std::string_view s) {
  return s.empty() ? 0 : 1 + static_cast<std::size_t>(std::count(s.begin(), s.end(), ' '));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  FUZZ_CHECK_INPUT(data, size);
  clio::fuzz::FuzzInput in(data, size);
  static constexpr Scheme kSchemes[8] = {Scheme::key,       Scheme::bgn,    Scheme::lc,     Scheme::iso9,
                                         Scheme::scholarly, Scheme::german, Scheme::french, Scheme::polish};
  const Scheme scheme = kSchemes[in.byte() % 8];
  const int max = in.byte() % 9;
  const std::string_view name = in.rest();

  const std::string t = translit(name, scheme);
  std::string appended = "x";
  append_translit(appended, name, scheme);
  FUZZ_CHECK(appended.substr(1) == t);
  FUZZ_CHECK(scheme_from_name(scheme_name(scheme)) == scheme);

  const ParsedName p = parse_name(name);
  for (Role r : {Role::given, Role::patronymic, Role::surname, Role::initial, Role::ordinal}) {
    const auto n = static_cast<std::size_t>(
        std::count_if(p.tokens.begin(), p.tokens.end(), [&](const NameToken& tok) { return tok.role == r; }));
    FUZZ_CHECK(p.count(r) == n);
    FUZZ_CHECK((p.first(r) != nullptr) == (n > 0));
  }
  const std::string key = name_key(name);
  FUZZ_CHECK(key == name_key(p));
  const std::string ph = phonetic(name);
  FUZZ_CHECK(single_spaced(ph));
  // One code per given name, patronymic and surname whose skeleton has a letter (a lone mark
  // or a number has no sound to code).
  std::size_t coded = 0;
  for (const NameToken& tok : p.tokens) {
    if (tok.role == Role::initial || tok.role == Role::ordinal) continue;
    bool letter = false;
    for (char c : tok.skel) letter |= (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    coded += letter;
  }
  FUZZ_CHECK(word_count(ph) == coded);

  // At most 64 bytes each: the reference table is quadratic.
  const std::size_t tab = name.find('\t');
  const std::string_view a = name.substr(0, std::min<std::size_t>(tab, 64));
  const std::string_view b = tab == std::string_view::npos ? std::string_view() : name.substr(tab + 1, 64);
  const int d = edit_distance(a, b, max);
  FUZZ_CHECK(d == std::min(reference_osa(a, b), max + 1));
  FUZZ_CHECK(edit_distance(b, a, max) == d);
  return 0;
}
