// Reading a query name once: tokens by role, skeletons under every reading, stems, the
// authority's word and stem ids, given-name groups, the exact-match signatures, the gender.
#include "names/authority_detail.hpp"

namespace clio::names {
using namespace authority_detail;
namespace {
// A Cyrillic surname in -ова/-ева/-ёва/-ина/-ына: the genitive (or accusative) of a masculine
// surname (Пушкина = of Pushkin) as well as the feminine nominative (Пушкина = Mrs Pushkin).
bool genitive_a_form(const NameToken& t) {
  if (t.surface.empty() || (static_cast<unsigned char>(t.surface[0]) != 0xD0 &&
                            static_cast<unsigned char>(t.surface[0]) != 0xD1))
    return false;
  const std::string& k = t.key;
  for (std::string_view end : {"ova", "eva", "ina", "yna", "yova"})
    if (k.size() > end.size() + 2 && k.compare(k.size() - end.size(), end.size(), end) == 0) return true;
  return false;
}
// A surname in a plural form, the family rather than one person: Russian -ины/-овы/-евы, -иных/
// -овых/-евых, -ские/-ских/-цкие/-цких (Пушкины, Толстых is not: -ых after a vowel-less stem is
// checked by the stem), Polish -scy/-ccy/-dzcy/-skich/-ckich/-owie (Piłsudscy, Kowalskich).
bool plural_form(const NameToken& t) {
  const std::string& s = t.surface;
  auto ends = [&](std::string_view e) { return s.size() > e.size() + 4 && s.compare(s.size() - e.size(), e.size(), e) == 0; };
  for (std::string_view e : {"\xd0\xb8\xd0\xbd\xd1\x8b", "\xd0\xbe\xd0\xb2\xd1\x8b", "\xd0\xb5\xd0\xb2\xd1\x8b",
                             "\xd1\x91\xd0\xb2\xd1\x8b",  // -ины -овы -евы -ёвы
                             "\xd0\xb8\xd0\xbd\xd1\x8b\xd1\x85", "\xd0\xbe\xd0\xb2\xd1\x8b\xd1\x85",
                             "\xd0\xb5\xd0\xb2\xd1\x8b\xd1\x85",  // -иных -овых -евых
                             "\xd1\x81\xd0\xba\xd0\xb8\xd0\xb5", "\xd1\x86\xd0\xba\xd0\xb8\xd0\xb5",  // -ские -цкие
                             "scy", "ccy", "dzcy", "skich", "ckich", "dzkich", "owie"})
    if (ends(e)) return true;
  return false;
}
}  // namespace

Authority::Query Authority::make_query(std::string_view name) const {
  Query q;
  q.parsed = parse_name(name);
  // Given name + a -vich word that the authority knows as a surname ("Danilo Petrovich"):
  // the surname, as the authority reads its own main names (authority_build.cpp).
  if (q.parsed.tokens.size() == 2 && q.parsed.tokens[0].role == Role::given &&
      q.parsed.tokens[1].role == Role::patronymic)
    if (auto id = words_.find(q.parsed.tokens[1].skel); id && *id < surname_word_.size() && (surname_word_[*id] & 1))
      q.parsed.tokens[1].role = Role::surname;
  // Surname first without a comma, the given name one the lexicon does not know ("Zarubin
  // Yermolai"): the parser took the first word for the given name. When the authority knows that
  // word as a surname and the other not as one, the authority's reading wins.
  if (!q.parsed.reversed && q.parsed.tokens.size() >= 2 && q.parsed.tokens.size() <= 4) {
    auto surname_word = [&](const NameToken& t, bool only) {  // only: and never a given name
      auto id = words_.find(t.skel);
      return id && *id < surname_word_.size() && (surname_word_[*id] & 1) && (!only || !(surname_word_[*id] & 2));
    };
    NameToken* first = &q.parsed.tokens[0];
    NameToken* sur = nullptr;
    std::size_t n_sur = 0;
    for (auto& t : q.parsed.tokens)
      if (t.role == Role::surname) sur = &t, ++n_sur;
    if (first->role == Role::given && surname_word(*first, true) && given_groups(first->skel).empty()) {
      if (n_sur == 1 && !surname_word(*sur, false)) std::swap(first->role, sur->role);  // Zarubin Yermolai
      else if (n_sur == 0) first->role = Role::surname;  // Zarubin Yermolai Petrovich
    }
  }
  // One word the parser took for a surname that the authority knows only as a given name or
  // patronymic (Bronisław, when "Bronisław Piłsudski" is listed): a given name, as the authority
  // reads it.
  if (q.parsed.tokens.size() == 1 && q.parsed.tokens[0].role == Role::surname)
    if (auto id = words_.find(q.parsed.tokens[0].skel); id && *id < surname_word_.size() && !(surname_word_[*id] & 1) &&
                                                          !looks_like_patronymic(q.parsed.tokens[0].skel))
      q.parsed.tokens[0].role = Role::given;
  // Two given names written apart that the authority knows as one compound ("Jean Jacques
  // Rousseau" for the listed "Jean-Jacques Rousseau", "Karl Heinrich" for "Karl-Heinrich"): one
  // given name, as the authority reads it. The compound is not split on the authority's side, so
  // "Heinrich Ostrig" still names nobody who is listed only as "Karl-Heinrich Ostrig".
  for (std::size_t k = 0; k + 1 < q.parsed.tokens.size(); ++k) {
    NameToken& a = q.parsed.tokens[k];
    const NameToken& b = q.parsed.tokens[k + 1];
    // (The second may be a word the lexicon does not know as a given name, read as a surname or,
    // for its ending, a patronymic (Heinrich), when a surname follows it.)
    const bool second_given =
        b.role == Role::given || ((b.role == Role::surname || b.role == Role::patronymic) &&
                                  k + 2 < q.parsed.tokens.size() && q.parsed.tokens[k + 2].role == Role::surname);
    if (a.role != Role::given || !second_given || a.surface.empty() || b.surface.empty()) continue;
    ParsedName joined = parse_name(a.surface + "-" + b.surface);
    if (joined.tokens.size() != 1 || !words_.find(joined.tokens[0].skel)) continue;
    NameToken compound = std::move(joined.tokens[0]);
    compound.role = Role::given;
    a = std::move(compound);
    q.parsed.tokens.erase(q.parsed.tokens.begin() + static_cast<std::ptrdiff_t>(k) + 1);
  }
  const ParsedName& p = q.parsed;
  for (const NameToken& t : p.tokens) {
    if (t.role == Role::initial) {
      if (!t.skel.empty()) {
        q.initials.push_back(t.skel[0]);
        q.initials_key.push_back(t.key.empty() ? t.skel[0] : t.key[0]);
      }
      continue;
    }
    if (t.role == Role::ordinal) {
      auto id = words_.find("#" + t.key);
      if (id) q.ordinal = *id;
      else q.ordinal_unknown = true;
      continue;
    }
    if (t.skel.empty()) continue;
    Query::QTok qt;
    qt.tok = &t;
    qt.skels.push_back(t.skel);
    // Other readings (French, German, Polish) of a surname, also when the standard reading is an
    // authority word too: in a large authority some other person's spelling often equals the
    // standard reading by chance (Sacharow read as written is a distractor's German-style alias;
    // read as German it is Sakharov). The standard reading scores a little higher (1.0 vs 0.97).
    if (t.role == Role::surname)
      for (Reading r : kReadings)
        if (r != kStandard) push_unique(qt.skels, skeleton(t.folded, r));
    for (const auto& s : qt.skels) {
      push_unique(qt.stems, std::string(stem(s)));
      if (auto id = words_.find(s)) push_unique(qt.word_ids, *id);
    }
    // A double surname inflects in both parts (Муравьева-Апостола, Римского-Корсакова): the
    // stems of its parts, joined, as the stem of the whole.
    if (t.role == Role::surname && t.parts.size() >= 2 && t.parts.size() <= 4) {
      std::string joined;
      for (const std::string& part : t.parts) joined.append(stem(skeleton(part, kStandard)));
      push_unique(qt.stems, joined);
    }
    for (const auto& s : qt.stems)
      if (auto id = stems_.find(s)) push_unique(qt.stem_ids, *id);
    if (auto id = words_.find(qt.skels[0])) qt.std_word = *id;
    // A hyphenated surname the authority does not know as a whole: its parts, as partial evidence
    // (Uljanow-Lenin, Nabokov-Sirin).
    if (t.role == Role::surname && qt.word_ids.empty() && qt.stem_ids.empty())
      for (const std::string& part : t.parts) {
        std::string ps = skeleton(part, kStandard);
        if (ps.size() < 3) continue;
        if (auto id = words_.find(ps)) push_unique(qt.part_word_ids, *id);
        if (auto id = stems_.find(stem(ps))) push_unique(qt.part_stem_ids, *id);
      }
    if (t.role == Role::given) {
      for (const auto& s : qt.skels)
        for (GroupId g : given_groups(s)) push_unique(qt.groups, g);
      for (const auto& s : qt.stems)
        for (GroupId g : given_groups(s)) push_unique(qt.groups_infl, g);
      // A case form the stems miss (Михайлові = Михайло, Миколою = Микола): the base, or the base
      // with the nominative -a.
      if (qt.groups.empty() && qt.groups_infl.empty()) {
        std::string base(given_base(qt.skels[0]));
        if (base.size() >= 3 && base != qt.skels[0]) {
          for (GroupId g : given_groups(base)) push_unique(qt.groups_infl, g);
          if (qt.groups_infl.empty())
            for (GroupId g : given_groups(base + "a")) push_unique(qt.groups_infl, g);
        }
      }
    }
    qt.female = t.role == Role::surname && is_female_adjectival(t.key);
    qt.genitive_a = t.role == Role::surname && genitive_a_form(t);
    qt.plural = t.role == Role::surname && p.tokens.size() == 1 && plural_form(t);
    (t.role == Role::surname ? q.surnames : t.role == Role::given ? q.givens : q.patronymics).push_back(std::move(qt));
  }
  q.empty = q.surnames.empty() && q.givens.empty() && q.patronymics.empty() && q.initials.empty();
  const std::uint64_t sig = form_signature64(p);
  q.key_hash = static_cast<std::uint32_t>(sig >> 32);
  q.key_check = form_check(sig);
  const std::uint64_t bare = form_signature64(p, false);
  q.bare_hash = static_cast<std::uint32_t>(bare >> 32);
  q.bare_check = form_check(bare);
  q.gender = p.title_gender;
  for (const auto& s : q.surnames)
    if (s.female) q.gender = 'f';
  if (q.gender == '-' && !q.givens.empty() && !q.givens[0].groups.empty()) {
    char g = group_gender(q.givens[0].groups[0]);
    bool same = true;
    for (GroupId x : q.givens[0].groups) same &= group_gender(x) == g;
    if (same) q.gender = g;
  }
  return q;
}

}  // namespace clio::names
