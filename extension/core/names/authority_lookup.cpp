// Collecting the candidate persons of a query: exact (surname stems, whole-form signatures,
// given names of monarchs) and, when no surname matched, fuzzy (deletion neighbourhoods of
// stems, then phonetic codes). Bounded by the caps in authority_detail.hpp.
#include <utility>

#include "names/authority_detail.hpp"
#include "names/generated/tables.hpp"

namespace clio::names {
using namespace authority_detail;

void Authority::append_postings(std::uint32_t stem, std::vector<std::uint32_t>& out, std::size_t cap) const {
  std::uint32_t b = stem_post_begin_[stem], e = stem_post_begin_[stem + 1];
  e = std::min<std::uint32_t>(e, b + static_cast<std::uint32_t>(cap));
  for (std::uint32_t i = b; i < e && out.size() < kCandidateCap; ++i) out.push_back(stem_post_[i]);
}

void Authority::collect_exact(Query& q, std::vector<std::uint32_t>& out) const {
  if (!q.empty) {
    auto [b, e] = form_keys_.range(q.key_hash);
    for (auto it = b; it != e; ++it) out.push_back(static_cast<std::uint32_t>(*it));
    if (q.bare_hash != q.key_hash) {
      auto [b2, e2] = form_keys_.range(q.bare_hash);
      for (auto it = b2; it != e2; ++it) out.push_back(static_cast<std::uint32_t>(*it));
    }
  }
  for (const auto& s : q.surnames) {
    for (std::uint32_t id : s.stem_ids) {
      q.stem_sims.push_back({id, {0.93, kInflection}});
      append_postings(id, out, kPostingCap);
      q.surname_hit = true;
    }
    for (std::uint32_t id : s.part_stem_ids) {
      q.stem_sims.push_back({id, {0.75, kPartial}});
      append_postings(id, out, kPostingCap);
      q.surname_hit = true;
    }
  }
  if (q.surnames.empty()) {
    const auto& src = !q.patronymics.empty() ? q.patronymics : q.givens;
    for (const auto& s : src)
      for (std::uint32_t id : s.stem_ids) append_postings(id, out, kPostingCap);
    // A monarch named in another language (Nikolaus II, Nicolas II for Nicholas II) or a given
    // name alone in another spelling or as a diminutive (Sonya for Sofia): the authority's
    // spellings of the same given-name group. Not with a patronymic, which the given name's own
    // stems already narrow down.
    if (q.patronymics.empty())
      for (const auto& s : q.givens)
        for (GroupId g : s.groups.empty() ? s.groups_infl : s.groups) {
          auto b = std::lower_bound(group_stems_.begin(), group_stems_.end(), static_cast<std::uint64_t>(g) << 32);
          for (auto it = b; it != group_stems_.end() && (*it >> 32) == g; ++it)
            append_postings(static_cast<std::uint32_t>(*it), out, kPostingCap);
        }
  }
}

// Whether a query skeleton is a word derived from a word or stem of the authority (Stalinism,
// Tolstoyan): such a word means nobody, and a wider fuzzy search would only find some other
// name farther away. Checks each derived suffix the word ends with.
bool Authority::derived_from_authority(std::string_view sk) const {
  for (std::size_t i = 0; i < generated::kDerivedSuffixCount; ++i) {
    std::string_view suffix = generated::kDerivedSuffixes[i];
    if (sk.size() < suffix.size() + 3 || sk.substr(sk.size() - suffix.size()) != suffix) continue;
    std::string base(sk.substr(0, sk.size() - suffix.size()));
    for (int marked = 0; marked < 2; ++marked) {
      if (marked) base.push_back('j');  // Tolstoyan: the base "tolsto" of the word "tolstoj"
      if ((words_.find(base) || stems_.find(base)) && is_derived_form(sk, base, base)) return true;
    }
  }
  return false;
}

bool Authority::near_stem(std::string_view stem) const {
  if (stem.size() < kNearStemMin || stem.size() > 40) return false;
  std::string buf;
  // True when a stem filed under `key` passes `close`; the deletion index files every stem
  // under itself and under each of its one-letter deletions.
  auto probe = [&](std::string_view key, auto close) {
    auto [b, e] = deletions_.range(h32(key));
    std::size_t n = 0;
    for (auto it = b; it != e && n < kProbeCap; ++it, ++n)
      if (close(stems_.at(static_cast<std::uint32_t>(*it)))) return true;
    return false;
  };
  auto one_edit = [&](std::string_view cand) { return edit_distance(stem, cand, 1) <= 1; };
  if (probe(stem, one_edit)) return true;
  for (std::size_t i = 0; i < stem.size(); ++i) {
    if (i > 0 && stem[i] == stem[i - 1]) continue;
    buf.assign(stem.substr(0, i)).append(stem.substr(i + 1));
    if (probe(buf, one_edit)) return true;
  }
  // Two adjacent letters where the stored stem has one, for the slips that make them: OCR's "rn"
  // and "in" for m and "cl" for d (Karnenev), and "dz" for the "dzh" that skeletons write as J
  // (Ordzonikidze). collect_fuzzy accepts any such pair; a scanner, which tries every capitalised
  // word of a text, only these (Makovitsky is not Mayakovsky).
  static constexpr std::pair<std::string_view, char> kSlips[] = {{"rn", 'm'}, {"in", 'm'}, {"cl", 'd'}, {"dz", 'J'}};
  if (stem.size() >= 8)
    for (std::size_t i = 0; i + 1 < stem.size(); ++i) {
      const std::string_view pair = stem.substr(i, 2);
      for (const auto& [slip, letter] : kSlips) {
        if (pair != slip) continue;
        buf.assign(stem.substr(0, i)).append(1, letter).append(stem.substr(i + 2));
        if (stems_.find(buf)) return true;
      }
    }
  return false;
}

void Authority::collect_fuzzy(Query& q, std::vector<std::uint32_t>& out) const {
  std::string buf;
  std::vector<std::uint32_t> seen;
  // The query is a word derived from a stem of the authority (Stalinism from Stalin): it means
  // nobody, so the wider searches below (which would find some other name farther away) stop.
  bool derived = false;
  for (const auto& s : q.surnames) {
    for (std::size_t reading = 0; reading < s.stems.size(); ++reading) {
      // The standard reading first; the others only if it found nothing (they cost as much).
      if (reading > 0 && !q.stem_sims.empty()) break;
      const std::string& qs = s.stems[reading];
      if (qs.size() < 4 || qs.size() > 40) continue;
      const int maxd = qs.size() >= 8 ? 2 : 1;
      auto consider = [&](std::uint32_t sid, bool phonetic) {
        if (std::find(seen.begin(), seen.end(), sid) != seen.end()) return;
        seen.push_back(sid);
        std::string_view cand = stems_.at(sid);
        int d = edit_distance(qs, cand, maxd);
        std::size_t len = std::max(qs.size(), cand.size());
        Sim sim;
        if (d == 0) sim = {0.93, kInflection};
        else if (d == 1 && phonetic_code(qs) == phonetic_code(cand))
          sim = {len >= 6 ? 0.92 : 0.8, kEdit};  // a sound-alike slip (Karamsin, Karamzin) beats others
        else if (d == 1) sim = {len >= 6 ? 0.86 : 0.75, kEdit};
        // edit_distance returns maxd + 1 for "farther than maxd": 2 is a real distance only when
        // maxd is 2 (Petrov and Voduraov, same phonetic code, are not 2 apart).
        // Two edits need a reason to be one slip: the same sound (phonetic code), or one letter
        // read as two (OCR rn for m, a broken digraph), which changes the length by one. Two
        // unrelated letters changed make another name (Speransky is not Serdansky).
        else if (d == 2 && maxd == 2 && len >= 8 &&
                 (qs.size() != cand.size() || phonetic_code(qs) == phonetic_code(cand)))
          sim = {0.74, kEdit};
        else if (phonetic && len >= 5 && edit_distance(qs, cand, 3) <= 3) sim = {0.55, kPhonetic};
        if (sim.score <= 0) return;
        for (const auto& sk : s.skels)
          if (is_derived_form(sk, cand, cand)) {  // Tolstoyan, Mendeleevsk
            derived = true;
            return;
          }
        q.stem_sims.push_back({sid, sim});
        append_postings(sid, out, kPostingCap);
      };
      auto probe = [&](std::string_view key) {
        auto [b, e] = deletions_.range(h32(key));
        std::size_t n = 0;
        for (auto it = b; it != e && n < kProbeCap; ++it, ++n) consider(static_cast<std::uint32_t>(*it), false);
      };
      probe(qs);
      for (std::size_t i = 0; i < qs.size(); ++i) {
        if (i > 0 && qs[i] == qs[i - 1]) continue;
        buf.assign(qs.substr(0, i));
        buf.append(qs.substr(i + 1));
        probe(buf);
      }
      // Two adjacent letters of the query where the stored stem has one (a typo that breaks a
      // digraph: zh -> oh turns one letter of the key into two; OCR rn for m): the query minus
      // that pair equals the stored stem minus one letter, distance 2 with a length change, out
      // of reach of the probes above. Only for 8+ letters and when nothing closer was found.
      // (Not for a romanisation by ICU of another script: its slips are not typed or scanned.)
      if (q.stem_sims.empty() && !derived && qs.size() >= 8 && !q.parsed.foreign && !derived_from_authority(s.skels[0]))
        for (std::size_t i = 0; i + 1 < qs.size(); ++i) {
          buf.assign(qs.substr(0, i));
          buf.append(qs.substr(i + 2));
          probe(buf);
        }
      // The phonetic index is the fallback for spellings too far apart for the edit index.
      if (!q.stem_sims.empty() || derived) continue;
      auto [b, e] = phonetic_.range(code_number(phonetic_code(qs)));
      std::size_t n = 0;
      for (auto it = b; it != e && n < kPhoneticCap; ++it, ++n) consider(static_cast<std::uint32_t>(*it), true);
    }
  }
}

}  // namespace clio::names
