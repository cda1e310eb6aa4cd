// The person authority's answers: candidates() ranks the scored persons, divides the evidence
// among competitors and calibrates it; resolve() takes the verbatim fast path or the top
// candidate. The index is built in authority_build.cpp, queries are read in
// authority_query.cpp, candidates collected in authority_lookup.cpp and scored in
// authority_score.cpp (authority_detail.hpp: what they share).
#include <cmath>

#include "names/authority_detail.hpp"
#include "names/calibration.hpp"
#include "names/prior.hpp"

namespace clio::names {
using namespace authority_detail;

namespace {
// Candidates scoring at most this are not reported.
constexpr double kFloor = 0.01;
}  // namespace

Authority::Prepared Authority::prepare(std::string_view name) const {
  Prepared out;
  if (persons_.empty()) return out;
  Query q = make_query(name);
  if (q.empty) return out;
  std::vector<std::uint32_t> cand;
  collect_exact(q, cand);
  if (!q.surname_hit && !q.surnames.empty()) collect_fuzzy(q, cand);
  std::sort(cand.begin(), cand.end());
  cand.erase(std::unique(cand.begin(), cand.end()), cand.end());
  out.entries.reserve(cand.size());
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
      if (tb < toks_.size()) {  // (a person whose forms have no tokens may start at the end)
        __builtin_prefetch(toks_.data() + tb);
        __builtin_prefetch(reinterpret_cast<const char*>(toks_.data() + tb) + 64);
        __builtin_prefetch(tok_initial_.data() + tb);
      }
    }
    const std::uint32_t p = cand[i];
    const Scored s = score_person(q, p);
    // The date only lowers a score (weigh_dates multiplies by at most 1, then caps at 1), so a
    // candidate at or under the floor before it stays there.
    if (s.raw > kFloor) out.entries.push_back({s.raw, s.why, p});
  }
  return out;
}

std::vector<Authority::Candidate> Authority::candidates(std::string_view name,
                                                       const std::optional<dates::DateValue>& context,
                                                       std::size_t limit) const {
  if (limit == 0) return {};
  return candidates(prepare(name), context, limit);
}

std::vector<Authority::Candidate> Authority::candidates(const Prepared& prepared,
                                                       const std::optional<dates::DateValue>& context,
                                                       std::size_t limit) const {
  std::vector<Candidate> result;
  if (prepared.entries.empty() || limit == 0) return result;
  using Entry = Prepared::Entry;
  std::vector<Entry> scored;
  std::vector<double> evidence;  // the name evidence before the date; an exact form counts a little more
  scored.reserve(prepared.entries.size());
  // The date's factor of each candidate (prior.hpp: life_factor), relative to the best of them
  // when that one is at least dead rather than unborn: when every candidate is long dead, the
  // date lowers none of them against the others more than their deaths differ.
  thread_local std::vector<Scored> life;
  life.assign(prepared.entries.size(), Scored{1.0, 0});
  double best_life = 0;
  for (std::size_t i = 0; i < prepared.entries.size(); ++i) {
    life[i].why = prepared.entries[i].why;
    weigh_dates(prepared.entries[i].person, context, life[i]);
    best_life = std::max(best_life, life[i].raw);
  }
  const double norm = context ? std::clamp(best_life, 0.75, 1.0) : 1.0;
  for (std::size_t i = 0; i < prepared.entries.size(); ++i) {
    const Prepared::Entry& e = prepared.entries[i];
    const double undated = !context && (e.why & kGivenAlone) ? kGivenUndated / kGivenDated : 1.0;
    Scored s{std::min(1.0, e.raw * undated * life[i].raw / norm), life[i].why};
    if (s.raw > kFloor) {
      scored.push_back({s.raw, s.why, e.person});
      evidence.push_back(e.raw + ((e.why & (kName | kAlias)) ? 0.01 : 0.0));
    }
  }
  if (scored.empty()) return result;
  // The prior (prior.hpp): each candidate against the best known of the candidates whose name
  // evidence is as good as its own (a better name is not outweighed by fame).
  if (scored.size() > 1) {
    std::vector<std::uint32_t> order(scored.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return evidence[a] > evidence[b]; });
    float w_max = 0;
    for (std::size_t g = 0; g < order.size();) {
      std::size_t h = g;
      while (h < order.size() && evidence[order[h]] >= evidence[order[g]] - 1e-9) {
        w_max = std::max(w_max, dates_[scored[order[h]].person].prior);
        ++h;
      }
      for (; g < h; ++g) {
        Entry& e = scored[order[g]];
        const double f = prior_factor(dates_[e.person].prior, w_max);
        if (f < 1.0) {  // a better known person has name evidence as good: "prior" in the reason
          e.raw *= f;
          e.why |= kPrior;
        }
      }
    }
  }
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
    std::uint32_t f = (v & kFormMask) - 1;
    if (!verbatim_text(f, stored) || stored != key) continue;
    // Plain text shared by namesakes: without a date and with equal priors they tie (nobody);
    // otherwise the prior and the date decide, in the full scoring.
    if (v & kTieBit) {
      if (ctx || (v & kPriorBit)) return std::nullopt;
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

}  // namespace clio::names
