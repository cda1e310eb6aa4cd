// Building the authority index from person records (see authority.hpp), and its memory size.
#include "names/authority_detail.hpp"
#include "names/prior.hpp"

namespace clio::names {
using namespace authority_detail;

namespace {
// Spellings of one given name (Leo / Lev, Pyotr / Peter): 1 + the known given-name words of a
// person beyond one per given-name group (Maria Anna is two names, not two spellings).
std::size_t given_spellings(const std::vector<std::string>& words) {
  if (words.empty()) return 0;
  std::vector<GroupId> groups;
  for (const std::string& w : words)
    for (GroupId g : given_groups(w)) push_unique(groups, g);
  return 1 + (words.size() > groups.size() ? words.size() - groups.size() : 0);
}
}  // namespace

Authority Authority::build(std::vector<PersonRecord> persons) {
  Authority a;
  a.persons_ = std::move(persons);
  const std::size_t n = a.persons_.size();
  a.dates_.resize(n);
  a.person_forms_.reserve(n + 1);
  std::vector<std::uint64_t> postings;  // stem << 32 | person
  std::vector<std::uint64_t> form_keys, deletions, phonetic;
  std::vector<std::pair<std::uint32_t, GroupId>> word_group_pairs;
  // Word ids of recently seen token skeletons (direct-mapped, 4,096 entries): given names,
  // patronymics and each person's surname recur in form after form, and a hit here avoids a
  // cache-missing probe of the large word table.
  struct Recent {
    std::string word;
    std::uint32_t id = UINT32_MAX;
  };
  std::vector<Recent> recent(4096);
  auto recent_word = [&](std::string_view w) {
    Recent& r = recent[hash_bytes(w) & 4095];
    if (r.id != UINT32_MAX && r.word == w) return r.id;
    r.word.assign(w);
    r.id = a.words_.intern(w);
    return r.id;
  };
  std::vector<std::string> main_surnames;  // skeletons of the surname words of a person's main name
  for (std::size_t p = 0; p < n; ++p) {
    const PersonRecord& rec = a.persons_[p];
    PersonDates& d = a.dates_[p];
    if (rec.born) d.born = rec.born->earliest;
    if (rec.died) d.died = rec.died->latest;
    a.person_forms_.push_back(static_cast<std::uint32_t>(a.forms_.size()));
    std::uint64_t scripts = 0;               // writing systems of the forms (prior.hpp)
    std::vector<std::string> given_words;    // distinct known given-name words
    bool plain_title = true;                 // the main name has no patronymic
    for (std::size_t k = 0; k <= rec.aliases.size(); ++k) {
      const std::string& text = k == 0 ? rec.name : rec.aliases[k - 1];
      scripts |= std::uint64_t{1} << (script_code(text) & 63);
      ParsedName pn = parse_name(text);
      // A main name of a given name and a -vich word ("Danilo Petrovich") has no surname by
      // its shape, but a name is not given name + patronymic alone: the -vich word is the
      // surname (texts use it alone, after initials, in other scripts).
      if (k == 0 && pn.tokens.size() == 2 && pn.tokens[0].role == Role::given && pn.tokens[1].role == Role::patronymic)
        pn.tokens[1].role = Role::surname;
      if (k == 0) {
        main_surnames.clear();
        for (const NameToken& t : pn.tokens)
          if (t.role == Role::surname) main_surnames.push_back(t.skel);
      } else {  // the same surname in an alias (Степан Милошевич) is a surname there too
        for (NameToken& t : pn.tokens)
          if (t.role == Role::patronymic &&
              std::find(main_surnames.begin(), main_surnames.end(), t.skel) != main_surnames.end())
            t.role = Role::surname;
      }
      Form f{};
      f.tok_begin = static_cast<std::uint32_t>(a.toks_.size());
      f.generation = static_cast<std::int8_t>(pn.generation);
      f.is_alias = k > 0;
      f.female = pn.title_gender == 'f';
      f.plain = pn.titles.empty() && pn.generation == 0 && !pn.place_word;
      // Adds another spelling of surname token t to this form; false when word ids run out.
      auto add_spelling = [&](const std::string& pw, const NameToken& t) {
        std::uint32_t pid = a.words_.intern(pw);
        if (pid == a.word_stem_.size()) a.word_stem_.push_back(a.stems_.intern(stem(pw)));
        if (pid >= (1u << 29)) return false;
        a.toks_.push_back(make_tok(pid, t.role));
        a.tok_initial_.push_back(t.key.empty() ? '\0' : t.key[0]);
        ++f.tok_count;
        postings.push_back(static_cast<std::uint64_t>(a.word_stem_[pid]) << 32 | p);
        return true;
      };
      for (const NameToken& t : pn.tokens) {
        if (f.tok_count == 255) break;
        std::string ordinal_word;
        if (t.role == Role::ordinal) ordinal_word = "#" + t.key;
        std::string_view w = t.role == Role::ordinal ? std::string_view(ordinal_word) : std::string_view(t.skel);
        if (w.empty()) continue;
        std::uint32_t wid = recent_word(w);
        if (wid == a.word_stem_.size()) {
          std::string_view st = t.role == Role::ordinal ? std::string_view(w) : stem(w);
          a.word_stem_.push_back(a.stems_.intern(st));
          if (t.role != Role::ordinal)
            for (GroupId g : given_groups(w)) word_group_pairs.emplace_back(wid, g);
        }
        if (wid >= (1u << 29)) break;  // more than 500 million distinct words: ignore the rest
        a.toks_.push_back(make_tok(wid, t.role));
        a.tok_initial_.push_back(t.key.empty() ? '\0' : t.key[0]);
        ++f.tok_count;
        if (t.role == Role::given && given_words.size() < 16 && !given_groups(w).empty())
          push_unique(given_words, std::string(w));
        // Other spellings of a surname are surname tokens of the same form too: each part of a
        // hyphenated surname (Rimsky-Korsakov: Korsakov), and a Polish-looking surname
        // (Mickiewicz) under the Polish reading (c = ц), so the Russian Мицкевич finds it.
        if (t.role == Role::surname) {
          for (const std::string& part : t.parts) {
            std::string pw = skeleton(part, kStandard);
            if (pw.size() < 3 || pw == w || f.tok_count == 255) continue;
            if (!add_spelling(pw, t)) break;
          }
          if (looks_polish(t.folded) && f.tok_count < 255) {
            std::string pw = skeleton(t.folded, kPolish);
            if (pw != w && !add_spelling(pw, t)) break;
          }
        }
        if (t.role == Role::surname && is_female_adjectival(t.key)) f.female = 1;
        if (t.role != Role::initial && t.role != Role::ordinal)
          postings.push_back(static_cast<std::uint64_t>(a.word_stem_[wid]) << 32 | p);
      }
      const std::uint64_t sig = form_signature64(pn);
      f.key_hash = static_cast<std::uint32_t>(sig >> 32);
      f.key_check = form_check(sig);
      form_keys.push_back(static_cast<std::uint64_t>(f.key_hash) << 32 | p);
      a.forms_.push_back(f);
      if (k == 0) plain_title = pn.count(Role::patronymic) == 0;
      // Otherwise from a patronymic in any form (Раиса Максимовна: -vna is a woman's, -vich a
      // man's), when the given names of the main name are not in the lexicon.
      if (k > 0 && d.gender == '-')
        for (const NameToken& t : pn.tokens) {
          if (t.role != Role::patronymic) continue;
          const std::string_view st = stem(t.skel);
          auto ends = [&](std::string_view e) { return st.size() > e.size() + 2 && st.substr(st.size() - e.size()) == e; };
          if (ends("vn") || ends("iCn")) d.gender = 'f';
          else if (ends("viC") || ends("iC")) d.gender = 'm';
        }
      if (k == 0) {  // the person's gender, from the main name
        if (f.female) d.gender = 'f';
        for (const NameToken& t : pn.tokens) {
          if (t.role != Role::given || d.gender != '-') continue;
          auto gs = given_groups(t.skel);
          if (!gs.empty()) {
            char g = group_gender(gs[0]);
            bool same = true;
            for (GroupId x : gs) same &= group_gender(x) == g;
            if (same) d.gender = g;
          }
        }
      }
    }
    d.prior = prior_weight(rec.prominence ? *rec.prominence
                                          : derived_prominence(rec.aliases.size() + 1,
                                                               static_cast<std::size_t>(__builtin_popcountll(scripts & ~std::uint64_t{1})),
                                                               given_spellings(given_words), plain_title));
  }
  a.person_forms_.push_back(static_cast<std::uint32_t>(a.forms_.size()));
  a.surname_word_.assign(a.words_.size(), 0);
  for (const Tok& t : a.toks_)
    if (t.role == Role::surname) a.surname_word_[t.word] |= 1;
    else if (t.role == Role::given) a.surname_word_[t.word] |= 2;
  // Word -> given-name groups (CSR).
  const std::size_t nw = a.words_.size();
  a.word_groups_begin_.assign(nw + 1, 0);
  for (auto& [w, g] : word_group_pairs) ++a.word_groups_begin_[w + 1];
  for (std::size_t i = 0; i < nw; ++i) a.word_groups_begin_[i + 1] += a.word_groups_begin_[i];
  a.word_groups_.resize(word_group_pairs.size());
  {
    std::vector<std::uint32_t> fill(a.word_groups_begin_.begin(), a.word_groups_begin_.end() - 1);
    for (auto& [w, g] : word_group_pairs) a.word_groups_[fill[w]++] = g;
  }
  a.group_stems_.reserve(word_group_pairs.size());
  for (auto& [w, g] : word_group_pairs) a.group_stems_.push_back(static_cast<std::uint64_t>(g) << 32 | a.word_stem_[w]);
  std::sort(a.group_stems_.begin(), a.group_stems_.end());
  a.group_stems_.erase(std::unique(a.group_stems_.begin(), a.group_stems_.end()), a.group_stems_.end());
  a.group_stems_.shrink_to_fit();
  // Stem -> persons (CSR).
  std::sort(postings.begin(), postings.end());
  postings.erase(std::unique(postings.begin(), postings.end()), postings.end());
  const std::size_t ns = a.stems_.size();
  a.stem_post_begin_.assign(ns + 1, 0);
  a.stem_post_.resize(postings.size());
  for (std::size_t i = 0; i < postings.size(); ++i) {
    ++a.stem_post_begin_[(postings[i] >> 32) + 1];
    a.stem_post_[i] = static_cast<std::uint32_t>(postings[i]);
  }
  for (std::size_t i = 0; i < ns; ++i) a.stem_post_begin_[i + 1] += a.stem_post_begin_[i];
  std::vector<std::uint64_t>().swap(postings);
  // Deletion neighbourhoods and phonetic codes of the stems.
  std::string buf;
  for (std::uint32_t s = 0; s < ns; ++s) {
    std::string_view st = a.stems_.at(s);
    if (st.empty() || st[0] == '#' || st.size() > 40) continue;
    phonetic.push_back(static_cast<std::uint64_t>(code_number(phonetic_code(st))) << 32 | s);
    if (st.size() < 4) continue;
    deletions.push_back(static_cast<std::uint64_t>(h32(st)) << 32 | s);
    for (std::size_t i = 0; i < st.size(); ++i) {
      if (i > 0 && st[i] == st[i - 1]) continue;  // same deletion as the previous position
      buf.assign(st.substr(0, i));
      buf.append(st.substr(i + 1));
      deletions.push_back(static_cast<std::uint64_t>(h32(buf)) << 32 | s);
    }
  }
  auto bits_for = [](std::size_t n) {
    int b = 10;
    while (b < 24 && (std::size_t{1} << b) < n) ++b;
    return b;
  };
  const int deletion_bits = bits_for(deletions.size()), form_bits = bits_for(form_keys.size());
  a.deletions_.build(std::move(deletions), deletion_bits);
  a.phonetic_.build(std::move(phonetic), 20);  // codes are below 2^20
  a.form_keys_.build(std::move(form_keys), form_bits);
  // Verbatim table: the texts of forms. Value: form id + 1 when the text means that one person
  // for sure (its signature belongs to nobody else); with kTieBit when it is plain text that
  // several persons share (namesakes, who tie without a date); kUnknown when undecidable.
  {
    std::size_t cap = 16;
    while (cap < a.forms_.size() * 2) cap <<= 1;
    a.verbatim_.assign(cap, 0);
    std::string key, other;
    // Signatures that several persons share (one linear pass over the sorted form keys).
    std::vector<std::uint32_t> shared_sigs;
    const auto& fk = a.form_keys_.entries();
    for (std::size_t i = 1; i < fk.size(); ++i)
      if ((fk[i] >> 32) == (fk[i - 1] >> 32) && (shared_sigs.empty() || shared_sigs.back() != (fk[i] >> 32)))
        shared_sigs.push_back(static_cast<std::uint32_t>(fk[i] >> 32));
    // Those 32-bit hashes may be collisions: confirm with the check bits, on this small subset.
    struct Sig {
      std::uint64_t full;
      std::uint32_t person;
      bool operator<(const Sig& o) const { return full != o.full ? full < o.full : person < o.person; }
    };
    std::vector<Sig> maybe;
    for (std::uint32_t p = 0; p < n; ++p)
      for (std::uint32_t f = a.person_forms_[p]; f < a.person_forms_[p + 1]; ++f)
        if (std::binary_search(shared_sigs.begin(), shared_sigs.end(), a.forms_[f].key_hash))
          maybe.push_back({static_cast<std::uint64_t>(a.forms_[f].key_hash) << 32 | a.forms_[f].key_check, p});
    std::sort(maybe.begin(), maybe.end());
    std::vector<std::uint64_t> shared_full;
    std::vector<std::uint64_t> shared_prior_differs;  // of those, signatures whose persons' priors differ
    for (std::size_t i = 1; i < maybe.size(); ++i) {
      if (maybe[i].full == maybe[i - 1].full && maybe[i].person != maybe[i - 1].person &&
          (shared_full.empty() || shared_full.back() != maybe[i].full))
        shared_full.push_back(maybe[i].full);
      if (maybe[i].full == maybe[i - 1].full && a.dates_[maybe[i].person].prior != a.dates_[maybe[i - 1].person].prior &&
          (shared_prior_differs.empty() || shared_prior_differs.back() != maybe[i].full))
        shared_prior_differs.push_back(maybe[i].full);
    }
    std::vector<Sig>().swap(maybe);
    for (std::uint32_t p = 0; p < n; ++p) {
      for (std::uint32_t f = a.person_forms_[p]; f < a.person_forms_[p + 1]; ++f) {
        const bool plain = a.forms_[f].plain;
        // several persons share this signature
        const std::uint64_t full = static_cast<std::uint64_t>(a.forms_[f].key_hash) << 32 | a.forms_[f].key_check;
        const bool shared = std::binary_search(shared_full.begin(), shared_full.end(), full);
        const bool prior_differs =
            shared && std::binary_search(shared_prior_differs.begin(), shared_prior_differs.end(), full);
        if (!a.verbatim_text(f, p, key)) continue;
        std::uint64_t h = hash_bytes(key);
        std::size_t i = h & (cap - 1);
        bool merged = false;
        for (; a.verbatim_[i]; i = (i + 1) & (cap - 1)) {
          if ((a.verbatim_[i] >> 32) != (h >> 32)) continue;
          std::uint32_t v = static_cast<std::uint32_t>(a.verbatim_[i]);
          if ((v & ~kTieBit) == kUnknown) continue;
          std::uint32_t g = (v & kFormMask) - 1;
          if (!a.verbatim_text(g, other) || other != key) continue;
          merged = true;
          if (a.form_person(g) != p) {  // the same text for another person
            bool both_plain = plain && a.forms_[g].plain && !(v & kTieBit && false);
            const bool same_prior = a.dates_[a.form_person(g)].prior == a.dates_[p].prior;
            a.verbatim_[i] = (h >> 32) << 32 | (both_plain ? (v | kTieBit | (same_prior ? 0u : kPriorBit)) : kUnknown);
          }
          break;
        }
        if (merged) continue;
        if (shared && !plain) continue;
        if (f + 1 > kFormMask) continue;  // (more than a billion forms: full scoring)
        a.verbatim_[i] = (h >> 32) << 32 | ((f + 1) | (shared ? kTieBit | (prior_differs ? kPriorBit : 0u) : 0u));
      }
    }
  }
  a.words_.shrink_to_fit();
  a.stems_.shrink_to_fit();
  a.toks_.shrink_to_fit();
  a.forms_.shrink_to_fit();
  return a;
}

std::size_t Authority::memory_bytes() const noexcept {
  std::size_t m = sizeof(*this);
  m += persons_.capacity() * sizeof(PersonRecord);
  for (const auto& p : persons_) {
    auto str = [](const std::string& s) { return s.capacity() > 15 ? s.capacity() + 1 : 0; };
    m += str(p.id) + str(p.name) + p.aliases.capacity() * sizeof(std::string);
    for (const auto& a : p.aliases) m += str(a);
    if (p.born) m += str(p.born->edtf);
    if (p.died) m += str(p.died->edtf);
  }
  m += dates_.capacity() * sizeof(PersonDates) + person_forms_.capacity() * 4 + forms_.capacity() * sizeof(Form) +
       toks_.capacity() * sizeof(Tok) + tok_initial_.capacity() + words_.memory_bytes() + word_stem_.capacity() * 4 +
       word_groups_begin_.capacity() * 4 + word_groups_.capacity() * sizeof(GroupId) + group_stems_.capacity() * 8 + stems_.memory_bytes() +
       stem_post_begin_.capacity() * 4 + stem_post_.capacity() * 4 + deletions_.memory_bytes() +
       phonetic_.memory_bytes() + form_keys_.memory_bytes() + verbatim_.capacity() * 8 + surname_word_.capacity();
  return m;
}

}  // namespace clio::names
