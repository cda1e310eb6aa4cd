// The evidence of one candidate person against a query: surname, given name, patronymic,
// initials, ordinal, generation, gender, place words and the context date (authority.hpp lists
// the factors).
#include <cmath>

#include "names/authority_detail.hpp"
#include "names/prior.hpp"

namespace clio::names {
using namespace authority_detail;
namespace {
// A given name in another case: the same stem (Ольгой, Ольги = Ольга; Іванові = Іван), or the
// stem with a fleeting vowel (Льва = Лев, Павла = Павел).
bool given_inflected(const std::vector<std::uint32_t>& stem_ids, const std::vector<std::string>& stems,
                     std::string_view person_stem, std::uint32_t person_stem_id) {
  if (std::find(stem_ids.begin(), stem_ids.end(), person_stem_id) != stem_ids.end()) return true;
  const std::size_t n = person_stem.size();
  if (n < 3 || (person_stem[n - 2] != 'e' && person_stem[n - 2] != 'o')) return false;
  for (const std::string& qs : stems)
    if (qs.size() + 1 == n && qs.compare(0, n - 2, person_stem, 0, n - 2) == 0 && qs.back() == person_stem.back())
      return true;
  return false;
}
// A given name in another case by its base: equal bases (Анны = Анна, Іванові = Іван) or the
// person's base with a fleeting e/o (Льва = Лев, Pawła = Paweł).
bool given_case_form(const std::vector<std::string>& skels, std::string_view person_skel) {
  const std::string_view pb = given_base(person_skel);
  if (pb.size() < 2) return false;
  for (const std::string& qs : skels) {
    const std::string_view qb = given_base(qs);
    // (either side may end in what looks like an ending: Taras, Тарасові)
    if (qb == pb || qb == person_skel || std::string_view(qs) == pb) return true;
    const std::size_t n = pb.size();
    if (n >= 3 && qb.size() + 1 == n && (pb[n - 2] == 'e' || pb[n - 2] == 'o') &&
        qb.compare(0, n - 2, pb.substr(0, n - 2)) == 0 && qb.back() == pb.back())
      return true;
  }
  return false;
}
// Two given names of four or more letters that differ in one consonant of the same sound class
// (s/z, f/v, k/g, t/d: Raiza, Raisa), a voicing slip of transliteration. Not a vowel (Anna, Inna).
bool voiced_pair(std::string_view a, std::string_view b) {
  if (a.size() != b.size() || a.size() < 4) return false;
  std::size_t diff = a.size();
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) {
      if (diff != a.size()) return false;
      diff = i;
    }
  if (diff == a.size() || diff == 0) return false;
  const std::string ca = phonetic_code(std::string(1, 'a') + a[diff]), cb = phonetic_code(std::string(1, 'a') + b[diff]);
  return ca == cb && ca != "000000";
}
// The same phonetic code with l and r as one sound (a romanisation from kana).
bool same_sounds_lr(std::string_view a, std::string_view b) {
  std::string ca = phonetic_code(a), cb = phonetic_code(b);
  std::replace(ca.begin(), ca.end(), '8', '9');
  std::replace(cb.begin(), cb.end(), '8', '9');
  return ca == cb && ca != "000000";
}
// A masculine nominative surname form: -in, -yn, -ov, -ev (-of, -off: Goncharoff), -sky/-ski/-skiy/-skij/-skii.
bool masculine_form(std::string_view k) {
  for (std::string_view e : {"in", "yn", "ov", "ev", "of", "ef", "off", "eff", "sky", "ski", "skiy", "skij", "skii"})
    if (k.size() > e.size() + 2 && k.substr(k.size() - e.size()) == e) return true;
  // The Lithuanian masculine nominative adds -as, -is, -us (Puškinas, Volkonskis).
  for (std::string_view e : {"as", "is", "us"})
    if (k.size() > e.size() + 4 && k.substr(k.size() - e.size()) == e) return masculine_form(k.substr(0, k.size() - e.size()));
  return false;
}
}  // namespace

Authority::Scored Authority::score_person(const Query& q, std::uint32_t p) const {
  Scored out;
  std::uint32_t why = 0;
  const std::uint32_t fb = person_forms_[p], fe = person_forms_[p + 1];
  bool exact = false;
  for (std::uint32_t f = fb; f < fe; ++f) {
    if (!q.empty && q.matches_signature(forms_[f].key_hash, forms_[f].key_check)) {
      exact = true;
      why |= forms_[f].is_alias ? kAlias : kName;
      break;
    }
  }
  // Surname evidence: the best match of any query surname token against any surname token
  // (or the single token of a one-word form) of the person.
  Sim sur;
  bool gender_clash = false;
  if (!q.surnames.empty()) {
    for (std::uint32_t f = fb; f < fe; ++f) {
      const Form& form = forms_[f];
      // A regnal form (Napoleon I, Peter I) is known by its given name alone.
      bool regnal = false;
      for (std::uint32_t t = form.tok_begin; t < form.tok_begin + form.tok_count; ++t)
        regnal |= toks_[t].role == Role::ordinal;
      for (std::uint32_t t = form.tok_begin; t < form.tok_begin + form.tok_count; ++t) {
        const Tok& tk = toks_[t];
        const bool patronymic_tok = tk.role == Role::patronymic;
        if (tk.role != Role::surname && !((form.tok_count == 1 || regnal) && tk.role == Role::given) && !patronymic_tok)
          continue;
        for (const auto& qs : q.surnames) {
          // A patronymic read as a surname (Марии Петровны: the given name not known in that
          // case) matches the person's patronymic.
          if (patronymic_tok && !looks_like_patronymic(qs.skels[0])) continue;
          Sim s;
          if (std::find(qs.word_ids.begin(), qs.word_ids.end(), tk.word) != qs.word_ids.end()) {
            // Equal skeletons; under a non-standard reading only (ch read as German х) a little less sure.
            s = {tk.word == qs.std_word ? 1.0 : 0.97, kTranslit};
          } else if (std::find(qs.part_word_ids.begin(), qs.part_word_ids.end(), tk.word) != qs.part_word_ids.end()) {
            s = {0.8, kPartial};
          } else {
            std::uint32_t st = word_stem_[tk.word];
            for (auto& [sid, sim] : q.stem_sims)
              if (sid == st && sim.score > s.score) s = sim;
          }
          if (s.score <= 0) continue;
          // A female form (Tolstaya) for a man is a clash; a masculine or oblique form (Tolstogo)
          // for a woman a weaker one, unless a female title or given name says otherwise.
          std::string_view pw = words_.at(tk.word);
          const bool adjectival = pw.size() > 2 && (pw.back() == 'i' || pw.substr(pw.size() - 2) == "oj");
          // A masculine form (Pushkin) of a woman's surname in -a (Pushkina) clashes too.
          const bool masc_of_fem = dates_[p].gender == 'f' && !pw.empty() && pw.back() == 'a' && masculine_form(qs.tok->key);
          bool clash = s.score < 1.0 && ((qs.female && !form.female && adjectival) ||
                                         (!qs.female && (form.female || masc_of_fem) && q.gender != 'f' && q.givens.empty()));
          double eff = clash ? s.score * (qs.female ? 0.3 : 0.5) : s.score;
          if (eff > (gender_clash ? sur.score * 0.3 : sur.score)) {
            sur = s;
            gender_clash = clash;
          }
        }
      }
    }
    if (sur.score <= 0 && !exact) return out;
    // Пушкина alone: without a female given name or title, the masculine genitive (far more
    // frequent in running text) rather than the wife; a man matched through the case ending is
    // as good as the woman matched letter for letter.
    if (q.surnames.size() == 1 && q.surnames[0].plural && !exact) {
      sur.score *= 0.3;  // the family, not one of them
      why |= kPlural;
    }
    if (q.surnames.size() == 1 && q.surnames[0].genitive_a && q.gender != 'f' && !exact) {
      // The -a form letter for letter is the woman's own surname (a man's forms never end so).
      if (dates_[p].gender == 'f' || (sur.why & kTranslit)) {
        sur.score *= 0.8;
        why |= kGender;
      } else if (sur.why & kInflection) {
        sur.score = std::max(sur.score, 0.97);
      }
    }
  }
  // Given names, patronymics, initials, ordinals and generations of the person (all forms).
  Sim giv{1.0, 0};
  bool giv_known = false;
  if (!q.givens.empty() || !q.initials.empty() || !q.patronymics.empty()) {
    Sim best;
    bool person_has_given = false, person_has_patr = false;
    Sim patr;
    bool init_given = false, init_patr = false, person_init_given = false, person_init_patr = false;
    const auto& qg = q.givens.empty() ? nullptr : &q.givens[0];
    const auto* qp = q.patronymics.empty() ? nullptr : &q.patronymics[0];
    // Which initial checks the given name and which the patronymic.
    char ig = 0, ip = 0, igk = 0, ipk = 0;  // skeleton and key letters of the initials
    if (!q.initials.empty()) {
      if (!qg) {
        ig = q.initials[0];
        igk = q.initials_key[0];
        if (q.initials.size() > 1) ip = q.initials[1], ipk = q.initials_key[1];
      } else {
        ip = q.initials[0];
        ipk = q.initials_key[0];
      }
    }
    // An initial agrees with a word when either its skeleton or its key letter does:
    // I. = Iosif (skeleton "osiv"), J. = Joseph, Y. = Yuri, Yu. = Yuri.
    auto initial_ok = [&](char qs, char qk, std::string_view w, char wk) {
      char ws = w.empty() ? '\0' : w[0];
      return qs == ws || qs == wk || qk == ws || qk == wk;
    };
    for (std::uint32_t f = fb; f < fe; ++f) {
      const Form& form = forms_[f];
      int initial_index = 0;
      for (std::uint32_t t = form.tok_begin; t < form.tok_begin + form.tok_count; ++t) {
        const Tok& tk = toks_[t];
        if (tk.role == Role::surname || tk.role == Role::ordinal) continue;  // (no string-table access)
        std::string_view w = words_.at(tk.word);
        if (tk.role == Role::given) {
          person_has_given = true;
          if (ig && !w.empty()) {
            person_init_given = true;
            init_given |= initial_ok(ig, igk, w, tok_initial_[t]);
          }
          if (qg) {
            Sim s;
            if (std::find(qg->word_ids.begin(), qg->word_ids.end(), tk.word) != qg->word_ids.end()) {
              s = {1.0, 0};
            } else {
              for (GroupId g : word_groups(tk.word)) {
                if (std::find(qg->groups.begin(), qg->groups.end(), g) != qg->groups.end()) s = {0.96, kGivenName};
                else if (s.score < 0.85 && std::find(qg->groups_infl.begin(), qg->groups_infl.end(), g) != qg->groups_infl.end())
                  s = {0.85, kInflection};
              }
              if (s.score < 0.85 && (given_inflected(qg->stem_ids, qg->stems, stems_.at(word_stem_[tk.word]), word_stem_[tk.word]) ||
                                     given_case_form(qg->skels, w)))
                s = {0.85, kInflection};
              if (s.score < 0.8 && w.size() >= 5 && edit_distance(qg->skels[0], w, 1) <= 1) s = {0.8, kEdit};
              if (s.score < 0.8 && voiced_pair(qg->skels[0], w)) s = {0.8, kEdit};
              // Read from a script without clio's tables (kana, Arabic): the romanisation is lossy
              // (added vowels, r for l), so the same sound code counts, l and r merged.
              if (s.score < 0.75 && q.parsed.foreign && w.size() >= 4 && same_sounds_lr(qg->skels[0], w))
                s = {0.75, kPhonetic};
            }
            if (s.score > best.score) best = s;
          }
        } else if (tk.role == Role::patronymic) {
          person_has_patr = true;
          if (ip && !w.empty()) {
            person_init_patr = true;
            init_patr |= initial_ok(ip, ipk, w, tok_initial_[t]);
          }
          if (qp) {
            Sim s;
            if (std::find(qp->word_ids.begin(), qp->word_ids.end(), tk.word) != qp->word_ids.end() ||
                std::find(qp->stem_ids.begin(), qp->stem_ids.end(), word_stem_[tk.word]) != qp->stem_ids.end())
              s = {1.0, 0};
            else if (edit_distance(qp->stems[0], stems_.at(word_stem_[tk.word]), 2) <= 2)
              s = {0.9, kEdit};
            if (s.score > patr.score) patr = s;
          }
        } else if (tk.role == Role::initial) {
          if (initial_index == 0 && ig) {
            person_init_given = true;
            init_given |= initial_ok(ig, igk, w, tok_initial_[t]);
          } else if (initial_index == 1 && ip) {
            person_init_patr = true;
            init_patr |= initial_ok(ip, ipk, w, tok_initial_[t]);
          }
          ++initial_index;
        }
      }
    }
    double factor = 1.0;
    // A name part of the query against the person's: matched (by its score), contradicted (the
    // person has such a part and none matched) or unknown (the person has none).
    auto weigh = [&](const Sim& match, bool person_has, double if_conflict, double if_absent) {
      if (match.score > 0) {
        factor *= match.score;
        why |= match.why;
      } else if (person_has) {
        factor *= if_conflict;
        why |= kConflict;
      } else {
        factor *= if_absent;
      }
    };
    if (qg) {
      giv_known = true;
      weigh(best, person_has_given, 0.1, 0.75);
    }
    if (ig) {
      if (init_given) {
        why |= kInitials;
        factor *= 0.95;
      } else if (person_init_given) {
        factor *= ig == 'm' ? 0.8 : 0.15;  // "M." may be Monsieur
        if (ig != 'm') why |= kConflict;
      } else {
        factor *= 0.8;
      }
    }
    if (ip) {
      if (init_patr) why |= kInitials;
      else if (person_init_patr) {
        factor *= 0.4;
        why |= kConflict;
      }
    }
    if (qp) weigh(patr, person_has_patr, 0.25, 0.85);
    giv = {factor, 0};
  }
  double raw;
  if (!q.surnames.empty()) {
    raw = sur.score * giv.score;
    why |= sur.why;
    if (gender_clash) {
      raw *= q.gender == 'f' ? 0.3 : 0.5;
      why |= kGender;
    }
    if (!giv_known && q.initials.empty() && q.patronymics.empty()) {
      raw *= 0.9;
      why |= kPartial;
    }
  } else if (!q.patronymics.empty() && !q.givens.empty()) {
    raw = giv.score >= 0.6 ? giv.score * 0.85 : 0.0;
    why |= kPartial;
  } else if (!q.givens.empty()) {
    // A bare given name is not enough, except with a title for a monarch (Tsar Nicholas).
    bool regnal = false;
    for (std::uint32_t t = toks_begin(p); t < toks_end(p) && !regnal; ++t) regnal |= toks_[t].role == Role::ordinal;
    bool ordinal_match = false;
    for (std::uint32_t t = toks_begin(p); t < toks_end(p) && !ordinal_match; ++t)
      ordinal_match |= toks_[t].role == Role::ordinal && toks_[t].word == q.ordinal;
    // A title with a given name also names the person known by such a form (alias "Tsarevich
    // Alexei", "Grand Duke Michael").
    bool titled_given = false;
    for (std::uint32_t f = fb; f < fe && !titled_given && !q.parsed.titles.empty(); ++f)
      titled_given = !forms_[f].plain && forms_[f].tok_count == 1 && toks_[forms_[f].tok_begin].role == Role::given;
    // A given name alone names one person only within a context: with the passage's date, the
    // bearer of that time (the share among namesakes and the prior still apply); without a date
    // it stays under the threshold (candidates() lowers it to kGivenUndated).
    // With a title ("Tsar Nicholas") the persons known by such a form are meant; the others keep
    // the weight of a name without context (in a large authority their number would add up).
    const bool strong = (regnal && (!q.parsed.titles.empty() || ordinal_match)) || titled_given;
    const bool alone = !strong && q.parsed.titles.empty();
    double weight = strong ? 0.85 : alone ? kGivenDated : kGivenUndated;
    raw = giv.score >= 0.8 ? giv.score * weight : 0.0;
    why |= kPartial | (alone ? static_cast<std::uint32_t>(kGivenAlone) : 0u);
  } else {
    raw = 0;
  }
  if (exact) {
    double conflicts = giv.score < 0.5 ? giv.score : 1.0;
    raw = std::max(raw, 1.0 * conflicts);
    why &= ~(kTranslit | kPartial | kInflection | kEdit | kPhonetic);
  }
  if (raw <= 0) return out;
  // Ordinal (Nicholas II) and elder/younger.
  if (q.ordinal != UINT32_MAX || q.ordinal_unknown || q.parsed.generation != 0) {
    bool has_ord = false, same_ord = false, same_gen = false, other_gen = false;
    for (std::uint32_t f = fb; f < fe; ++f) {
      const Form& form = forms_[f];
      if (form.generation != 0) (form.generation == q.parsed.generation ? same_gen : other_gen) = true;
      for (std::uint32_t t = form.tok_begin; t < form.tok_begin + form.tok_count; ++t) {
        if (toks_[t].role != Role::ordinal) continue;
        has_ord = true;
        same_ord |= toks_[t].word == q.ordinal;
      }
    }
    if (q.ordinal != UINT32_MAX || q.ordinal_unknown) {
      if (has_ord && !same_ord) {
        raw *= 0.1;
        why |= kConflict;
      } else if (!has_ord) {
        raw *= 0.7;
      }
    }
    if (q.parsed.generation != 0) {
      if (other_gen && !same_gen) {
        raw *= 0.15;
        why |= kConflict;
      } else if (!same_gen) {
        raw *= 0.8;
      }
    }
  }
  const PersonDates& d = dates_[p];
  if (q.parsed.title_gender != '-' && d.gender != '-' && d.gender != q.parsed.title_gender) {
    raw *= 0.3;
    why |= kGender;
  }
  if (q.parsed.place_word) {
    raw *= 0.05;
    why |= kPlace;
  }
  out.raw = raw;
  out.why = why | (exact && q.parsed.tokens.size() >= 2 ? static_cast<std::uint32_t>(kFullExact) : 0u);
  return out;
}

void Authority::weigh_dates(std::uint32_t p, const std::optional<dates::DateValue>& ctx, Scored& s) const {
  double raw = s.raw;
  if (ctx) {
    const PersonDates& d = dates_[p];
    if (d.born != kNoDate || d.died != kNoDate) s.why |= kDates;
    raw *= life_factor(d.born == kNoDate ? kUnknownDay : d.born, d.died == kNoDate ? kUnknownDay : d.died,
                       ctx->earliest, ctx->latest, (s.why & kFullExact) != 0);
  }
  s.raw = std::min(1.0, raw);
}

}  // namespace clio::names
