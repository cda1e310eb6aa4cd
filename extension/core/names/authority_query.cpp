// Reading a query name once: tokens by role, skeletons under every reading, stems, the
// authority's word and stem ids, given-name groups, the exact-match signatures, the gender.
#include "names/authority_detail.hpp"

namespace clio::names {
using namespace authority_detail;

Authority::Query Authority::make_query(std::string_view name) const {
  Query q;
  q.parsed = parse_name(name);
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
    }
    qt.female = t.role == Role::surname && is_female_adjectival(t.key);
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
