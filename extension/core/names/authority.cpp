// Authority index and scoring; the header comment documents the behaviour and the scores.
#include "names/authority.hpp"

#include <algorithm>
#include <cmath>

#include "names/calibration.hpp"
#include "names/skeleton.hpp"

namespace clio::names {
namespace {

constexpr Reading kReadings[] = {kStandard, kFrench, kGerman, kPolish, kGermanZh};
constexpr std::size_t kPostingCap = 5000;     // persons taken from one stem's posting list
constexpr std::size_t kCandidateCap = 20000;  // persons scored for one query
constexpr std::size_t kProbeCap = 2000;       // stems examined per deletion probe
constexpr std::size_t kPhoneticCap = 300;     // stems examined in one phonetic-code bucket
constexpr double kYear = 365.2425;
constexpr double kSharpness = 16;
constexpr std::uint32_t kTieBit = 0x80000000u;   // verbatim entry: plain text of several persons
constexpr std::uint32_t kUnknown = 0x7fffffffu;  // verbatim entry: undecidable here  // exponent of the share among competing persons

std::uint32_t h32(std::string_view s) { return static_cast<std::uint32_t>(hash_bytes(s) >> 32); }

std::uint32_t code_number(std::string_view code) {
  std::uint32_t v = 0;
  for (char c : code) v = v * 10 + static_cast<std::uint32_t>(c - '0');
  return v;
}

enum Evidence : std::uint32_t {
  kName = 1, kAlias = 2, kTranslit = 4, kInflection = 8, kEdit = 16, kPhonetic = 32, kPartial = 64,
  kGivenName = 128, kInitials = 256, kConflict = 512, kGender = 1024, kDates = 2048, kPlace = 4096,
  kAmbiguous = 8192,
};
constexpr std::pair<std::uint32_t, const char*> kEvidenceNames[] = {
    {kName, "name"},       {kAlias, "alias"},         {kTranslit, "translit"}, {kInflection, "inflection"},
    {kEdit, "edit"},       {kPhonetic, "phonetic"},   {kPartial, "partial"},   {kGivenName, "given-name"},
    {kInitials, "initials"}, {kConflict, "conflict"}, {kGender, "gender"},     {kDates, "dates"},
    {kPlace, "place"},     {kAmbiguous, "ambiguous"}};

std::string reason_text(std::uint32_t bits) {
  std::string out;
  for (auto& [bit, name] : kEvidenceNames) {
    if (!(bits & bit)) continue;
    if (!out.empty()) out.push_back(',');
    out.append(name);
  }
  return out;
}

struct Sim {
  double score = 0;
  std::uint32_t why = 0;
};

template <class T>
void push_unique(std::vector<T>& v, const T& x) {
  if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

bool looks_polish(std::string_view folded) {
  for (std::string_view m : {"cz", "sz", "rz", "\xc5\x82", "\xc5\xbc", "\xc5\x9b", "\xc4\x87", "\xc5\x84", "wicz"})
    if (folded.find(m) != std::string_view::npos) return true;
  return false;
}

// The text of a form for the verbatim table: ASCII letters lower-cased, runs of spaces collapsed,
// ends trimmed; other bytes as they are. Returns false for texts that are too long.
bool verbatim_key(std::string_view s, std::string& out) {
  out.clear();
  if (s.size() > 256) return false;
  bool space = false;
  for (char c : s) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      space = !out.empty();
      continue;
    }
    if (space) out.push_back(' ');
    space = false;
    out.push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
  }
  return !out.empty();
}

// The exact-match signature of a form: its token skeletons in name_key order (ordinals by key), so
// "Ekaterina II" equals "Екатерина II" and "Dostoevsky, Fyodor" equals "Fyodor Dostoevsky".
std::uint64_t form_signature64(const ParsedName& p, bool with_titles = true);
std::uint32_t form_check(std::uint64_t sig64) { return static_cast<std::uint32_t>(sig64); }

std::uint64_t form_signature64(const ParsedName& p, bool with_titles) {
  std::string sig;
  for (Role r : {Role::given, Role::initial, Role::patronymic, Role::surname, Role::ordinal}) {
    for (const auto& t : p.tokens) {
      if (t.role != r) continue;
      sig.append(r == Role::ordinal ? t.key : t.skel);
      sig.push_back(' ');
    }
  }
  // A form that is a title and one name word ("Sergeant Pavlov", "Tsar Nicholas") is distinctive
  // only through its title: the title belongs to the signature, so the bare word ("Pavlov") is
  // partial evidence, not an exact alias match for this one person among its namesakes.
  if (with_titles && !sig.empty() && !p.titles.empty() && p.tokens.size() == 1) {
    std::vector<std::string_view> titles;
    for (const auto& t : p.titles) {
      std::string_view same = name_word(t).same;  // Сержант = Sergeant
      titles.push_back(same.empty() ? std::string_view(t) : same);
    }
    std::sort(titles.begin(), titles.end());
    titles.erase(std::unique(titles.begin(), titles.end()), titles.end());
    for (std::string_view t : titles) {
      sig.push_back('~');
      sig.append(t);
    }
  }
  return sig.empty() ? 0 : hash_bytes(sig);
}

}  // namespace

// A query, read once: tokens by role with their skeletons under every reading, and (filled while
// collecting candidates) the stems of the authority that its surname matches, with their scores.
struct Authority::Query {
  struct QTok {
    const NameToken* tok = nullptr;
    std::vector<std::string> skels;            // distinct skeletons, standard reading first
    std::vector<std::string> stems;            // distinct stems of skels
    std::vector<std::uint32_t> word_ids;       // authority word ids equal to one of skels
    std::uint32_t std_word = UINT32_MAX;       // the word id of the standard-reading skeleton
    std::vector<std::uint32_t> part_word_ids, part_stem_ids;  // parts of an unknown hyphenated word
    std::vector<std::uint32_t> stem_ids;       // authority stem ids equal to one of stems
    std::vector<GroupId> groups, groups_infl;  // given-name groups of the skeletons / of the stems
    bool female = false;
  };
  ParsedName parsed;
  std::vector<QTok> surnames, givens, patronymics;
  std::vector<char> initials;      // first letter of each initial's skeleton (Yu -> u)
  std::vector<char> initials_key;  // and of its folded key (Yu -> y), for I/J and Y/Yu
  std::uint32_t ordinal = UINT32_MAX;  // word id of "#" + key, or none
  bool ordinal_unknown = false;        // an ordinal the authority never uses
  std::uint32_t key_hash = 0, key_check = 0;
  // The signature without the title, for a titled one-word query ("Comrade Stalin" still matches
  // a bare alias "Stalin"; only the reverse direction is blocked). Equal to key_* otherwise.
  std::uint32_t bare_hash = 0, bare_check = 0;
  bool matches_signature(std::uint32_t h, std::uint32_t c) const {
    return (h == key_hash && c == key_check) || (h == bare_hash && c == bare_check);
  }
  bool empty = true;
  char gender = '-';
  std::vector<std::pair<std::uint32_t, Sim>> stem_sims;  // surname stems matched, exact or fuzzy
  bool surname_hit = false;
};

struct Authority::Scored {
  double raw = 0;
  std::uint32_t why = 0;
};

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

Authority Authority::build(std::vector<PersonRecord> persons) {
  Authority a;
  a.persons_ = std::move(persons);
  const std::size_t n = a.persons_.size();
  a.dates_.resize(n);
  a.person_forms_.reserve(n + 1);
  std::vector<std::uint64_t> postings;  // stem << 32 | person
  std::vector<std::uint64_t> form_keys, deletions, phonetic;
  std::vector<std::uint32_t> groups_of_word;  // flattened while interning: (word, group) pairs
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
  for (std::size_t p = 0; p < n; ++p) {
    const PersonRecord& rec = a.persons_[p];
    PersonDates& d = a.dates_[p];
    if (rec.born) d.born = rec.born->earliest;
    if (rec.died) d.died = rec.died->latest;
    a.person_forms_.push_back(static_cast<std::uint32_t>(a.forms_.size()));
    for (std::size_t k = 0; k <= rec.aliases.size(); ++k) {
      const std::string& text = k == 0 ? rec.name : rec.aliases[k - 1];
      ParsedName pn = parse_name(text);
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
  }
  a.person_forms_.push_back(static_cast<std::uint32_t>(a.forms_.size()));
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
    for (std::size_t i = 1; i < maybe.size(); ++i)
      if (maybe[i].full == maybe[i - 1].full && maybe[i].person != maybe[i - 1].person &&
          (shared_full.empty() || shared_full.back() != maybe[i].full))
        shared_full.push_back(maybe[i].full);
    std::vector<Sig>().swap(maybe);
    for (std::uint32_t p = 0; p < n; ++p) {
      for (std::uint32_t f = a.person_forms_[p]; f < a.person_forms_[p + 1]; ++f) {
        const bool plain = a.forms_[f].plain;
        // several persons share this signature
        const bool shared = std::binary_search(shared_full.begin(), shared_full.end(),
                                               static_cast<std::uint64_t>(a.forms_[f].key_hash) << 32 | a.forms_[f].key_check);
        if (!a.verbatim_text(f, p, key)) continue;
        std::uint64_t h = hash_bytes(key);
        std::size_t i = h & (cap - 1);
        bool merged = false;
        for (; a.verbatim_[i]; i = (i + 1) & (cap - 1)) {
          if ((a.verbatim_[i] >> 32) != (h >> 32)) continue;
          std::uint32_t v = static_cast<std::uint32_t>(a.verbatim_[i]);
          if ((v & ~kTieBit) == kUnknown) continue;
          std::uint32_t g = (v & ~kTieBit) - 1;
          if (!a.verbatim_text(g, other) || other != key) continue;
          merged = true;
          if (a.form_person(g) != p) {  // the same text for another person
            bool both_plain = plain && a.forms_[g].plain && !(v & kTieBit && false);
            a.verbatim_[i] = (h >> 32) << 32 | (both_plain ? (v | kTieBit) : kUnknown);
          }
          break;
        }
        if (merged) continue;
        if (shared && !plain) continue;
        a.verbatim_[i] = (h >> 32) << 32 | ((f + 1) | (shared ? kTieBit : 0u));
      }
    }
  }
  a.words_.shrink_to_fit();
  a.stems_.shrink_to_fit();
  a.toks_.shrink_to_fit();
  a.forms_.shrink_to_fit();
  return a;
}

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
    // A monarch named in another language (Nikolaus II, Nicolas II for Nicholas II): the
    // authority's spellings of the same given-name group. Only with a regnal number or a title,
    // where a bare given name can mean one person; otherwise it would only add weak candidates.
    const bool regnal = q.ordinal != UINT32_MAX || q.ordinal_unknown || !q.parsed.titles.empty();
    if (regnal && q.patronymics.empty())
      for (const auto& s : q.givens)
        for (GroupId g : s.groups) {
          auto b = std::lower_bound(group_stems_.begin(), group_stems_.end(), static_cast<std::uint64_t>(g) << 32);
          for (auto it = b; it != group_stems_.end() && (*it >> 32) == g; ++it)
            append_postings(static_cast<std::uint32_t>(*it), out, kPostingCap);
        }
  }
}

void Authority::collect_fuzzy(Query& q, std::vector<std::uint32_t>& out) const {
  std::string buf;
  std::vector<std::uint32_t> seen;
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
        else if (d == 2 && maxd == 2 && len >= 8) sim = {0.74, kEdit};
        else if (phonetic && len >= 5 && edit_distance(qs, cand, 3) <= 3) sim = {0.55, kPhonetic};
        if (sim.score <= 0) return;
        for (const auto& sk : s.skels)
          if (is_derived_form(sk, cand, cand)) return;  // Tolstoyan, Mendeleevsk
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
      // The phonetic index is the fallback for spellings too far apart for the edit index.
      if (!q.stem_sims.empty()) continue;
      auto [b, e] = phonetic_.range(code_number(phonetic_code(qs)));
      std::size_t n = 0;
      for (auto it = b; it != e && n < kPhoneticCap; ++it, ++n) consider(static_cast<std::uint32_t>(*it), true);
    }
  }
}

Authority::Scored Authority::score_person(const Query& q, std::uint32_t p,
                                          const std::optional<dates::DateValue>& ctx) const {
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
        if (tk.role != Role::surname && !((form.tok_count == 1 || regnal) && tk.role == Role::given)) continue;
        for (const auto& qs : q.surnames) {
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
          bool clash = s.score < 1.0 && ((qs.female && !form.female && adjectival) ||
                                         (!qs.female && form.female && q.gender != 'f' && q.givens.empty()));
          double eff = clash ? s.score * (qs.female ? 0.3 : 0.5) : s.score;
          if (eff > (gender_clash ? sur.score * 0.3 : sur.score)) {
            sur = s;
            gender_clash = clash;
          }
        }
      }
    }
    if (sur.score <= 0 && !exact) return out;
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
              if (s.score < 0.8 && w.size() >= 5 && edit_distance(qg->skels[0], w, 1) <= 1) s = {0.8, kEdit};
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
    double weight = regnal && (!q.parsed.titles.empty() || ordinal_match) ? 0.85 : 0.4;
    raw = giv.score >= 0.8 ? giv.score * weight : 0.0;
    why |= kPartial;
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
  if (ctx) {
    double f = 1.0;
    if (d.born == kNoDate && d.died == kNoDate) {
      f = 0.9;
    } else {
      why |= kDates;
      if (d.born != kNoDate) {
        if (ctx->latest < d.born) f = 0.1;
        else if ((static_cast<double>(ctx->earliest + ctx->latest) / 2 - static_cast<double>(d.born)) / kYear < 14) f = 0.45;
      }
      if (f == 1.0 && d.died != kNoDate && ctx->earliest > d.died) f = 0.8;
    }
    raw *= f;
  }
  out.raw = std::min(1.0, raw);
  out.why = why;
  return out;
}

std::vector<Authority::Candidate> Authority::candidates(std::string_view name,
                                                       const std::optional<dates::DateValue>& context,
                                                       std::size_t limit) const {
  std::vector<Candidate> result;
  if (persons_.empty() || limit == 0) return result;
  Query q = make_query(name);
  if (q.empty) return result;
  std::vector<std::uint32_t> cand;
  collect_exact(q, cand);
  if (!q.surname_hit && !q.surnames.empty()) collect_fuzzy(q, cand);
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  struct Entry {
    double raw;
    std::uint32_t why, person;
  };
  std::vector<Entry> scored;
  scored.reserve(cand.size());
  // Scoring touches each candidate's person_forms_, forms_ and toks_ entries: three dependent
  // cache misses per person in a large authority, which dominate fuzzy queries (hundreds of
  // candidates). Prefetch them a few persons ahead, one level of the chain per distance.
  const std::size_t nc = cand.size();
  for (std::size_t i = 0; i < nc; ++i) {
    if (i + 12 < nc) __builtin_prefetch(&person_forms_[cand[i + 12]]);
    if (i + 8 < nc) {
      const Form* f = &forms_[person_forms_[cand[i + 8]]];
      __builtin_prefetch(f);
      __builtin_prefetch(reinterpret_cast<const char*>(f) + 64);
    }
    if (i + 4 < nc) {
      const std::uint32_t tb = forms_[person_forms_[cand[i + 4]]].tok_begin;
      __builtin_prefetch(&toks_[tb]);
      __builtin_prefetch(reinterpret_cast<const char*>(&toks_[tb]) + 64);
      __builtin_prefetch(&tok_initial_[tb]);
    }
    const std::uint32_t p = cand[i];
    Scored s = score_person(q, p, context);
    if (s.raw > 0.01) scored.push_back({s.raw, s.why, p});
  }
  if (scored.empty()) return result;
  std::sort(scored.begin(), scored.end(), [](const Entry& a, const Entry& b) {
    return a.raw != b.raw ? a.raw > b.raw : a.person < b.person;
  });
  // Share of each candidate among its competitors: raw_i / (1 + sum_{j != i} (raw_j/raw_i)^10).
  double sum = 0;
  for (const Entry& e : scored) sum += std::pow(e.raw, kSharpness);
  const std::size_t take = std::min(limit, scored.size());
  result.reserve(take);
  for (std::size_t i = 0; i < take; ++i) {
    const Entry& e = scored[i];
    double own = std::pow(e.raw, kSharpness);
    double others = own > 0 ? (sum - own) / own : 0;
    double final_score = e.raw / (1 + std::max(0.0, others));
    if (final_score >= 1.0) final_score = 1.0;
    std::uint32_t why = e.why | (others > 0.25 ? static_cast<std::uint32_t>(kAmbiguous) : 0u);
    result.push_back({e.person, final_score, reason_text(why), calibrated_score(final_score)});
  }
  return result;
}

bool Authority::verbatim_text(std::uint32_t form, std::string& out) const {
  return verbatim_text(form, form_person(form), out);
}

bool Authority::verbatim_text(std::uint32_t form, std::size_t p, std::string& out) const {
  std::uint32_t k = form - person_forms_[p];
  const PersonRecord& rec = persons_[p];
  return verbatim_key(k == 0 ? rec.name : rec.aliases[k - 1], out);
}

std::size_t Authority::form_person(std::uint32_t form) const noexcept {
  auto it = std::upper_bound(person_forms_.begin(), person_forms_.end(), form);
  return static_cast<std::size_t>(it - person_forms_.begin()) - 1;
}

// The verbatim fast path: the query is (up to ASCII case and spacing) the text of a form that only
// one person has. Then full scoring would give that person the exact-form score 1.0 and no
// competitor can come close, provided the date context does not count against the person; so
// the answer is known without parsing. Anything else returns nullopt and takes the full path.
std::optional<std::optional<std::size_t>> Authority::resolve_verbatim(
    std::string_view name, const std::optional<dates::DateValue>& ctx) const {
  if (verbatim_.empty()) return std::nullopt;
  thread_local std::string key, stored;
  if (!verbatim_key(name, key)) return std::nullopt;
  std::uint64_t h = hash_bytes(key);
  const std::size_t mask = verbatim_.size() - 1;
  for (std::size_t i = h & mask; verbatim_[i]; i = (i + 1) & mask) {
    if ((verbatim_[i] >> 32) != (h >> 32)) continue;
    std::uint32_t v = static_cast<std::uint32_t>(verbatim_[i]);
    if ((v & ~kTieBit) == kUnknown) return std::nullopt;
    std::uint32_t f = (v & ~kTieBit) - 1;
    if (!verbatim_text(f, stored) || stored != key) continue;
    if (v & kTieBit) {
      // Plain text shared by namesakes: without a date they tie at the same score, so nobody.
      if (ctx) return std::nullopt;
      return std::optional<std::size_t>();
    }
    std::size_t p = form_person(f);
    if (ctx) {  // only when the person is an adult and alive at the context date
      const PersonDates& d = dates_[p];
      if (d.born == kNoDate || d.died == kNoDate) return std::nullopt;
      if ((static_cast<double>(ctx->earliest) - static_cast<double>(d.born)) / kYear < 14 || ctx->latest > d.died)
        return std::nullopt;
    }
    return std::optional<std::size_t>(p);
  }
  return std::nullopt;
}

std::optional<std::size_t> Authority::resolve(std::string_view name,
                                              const std::optional<dates::DateValue>& context) const {
  if (auto v = resolve_verbatim(name, context)) return *v;
  auto c = candidates(name, context, 1);
  if (c.empty() || c[0].score < kThreshold) return std::nullopt;
  return c[0].person;
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
       phonetic_.memory_bytes() + form_keys_.memory_bytes() + verbatim_.capacity() * 8;
  return m;
}

}  // namespace clio::names
