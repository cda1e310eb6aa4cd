// Throughput of segmentation, boilerplate analysis and topic matching on ~8 MB of generated
// multilingual prose with OCR line breaks, and of ICU's sentence BreakIterator on the same
// text for comparison. Prints MB/s; asserts the targets in optimized builds (NDEBUG):
// segmentation >= 50 MB/s (the brief), analysis >= 10 MB/s and topics >= 20 MB/s (ours).
#include <doctest/doctest.h>

#include <chrono>
#include <cstdlib>
#include <ctime>
#include <cstdio>
#include <string>
#include <vector>
#include <algorithm>

#include <unicode/ubrk.h>
#include <unicode/ustring.h>

#include "passages/passages.hpp"
#include "passages/topics.hpp"

using namespace clio::passages;

namespace {

// Deterministic prose: sentences from four languages with abbreviations, initials and dates,
// names and numbers drawn at random, wrapped at 55-80 bytes like OCR output, in paragraphs of
// about six sentences.
std::string generated_prose(std::size_t bytes) {
  static const char* templates[] = {
      "In Dec. {Y} the officers of the {C} regiment refused the oath to {N}.",
      "{I} {N} left St. {C} for {C} c. {Y}, see vol. {D}, p. {D}.",
      "В {Y} г. {R} переехал в {Q}, т. е. на юг, по совету врачей.",
      "Die Stadt {C} wurde am {D}. Juni {Y} vereinigt, vgl. z. B. Nr. {D} der Chronik.",
      "M. de {N} écrivit à Mme de {N} après la bataille de {C}.",
      "The strike spread from {C} to {C}, and the capital fell silent!",
      "Was it the end of the old regime in {C}?",
      "Рабочие {Q} строили баррикады у моста и на ул. {R}ской.",
      "{N} and {N} met in {C} on {D} March {Y} (O.S. {D} March) to discuss the party programme.",
      "According to {N}, the congress of {Y} was a turning point; others, e.g. {N}, disagree.",
  };
  static const char* names[] = {"Plekhanov", "Trotsky", "Bukharin", "Kamenev", "Zinoviev", "Witte",
                                "Stolypin", "Caulaincourt", "Kerensky", "Milyukov", "Lvov", "Rykov"};
  static const char* cities[] = {"Moscow", "Petersburg", "Geneva", "Kiev", "Odessa", "Tiflis",
                                 "Baku", "Warsaw", "Riga", "Kazan", "Samara", "Vilna"};
  static const char* rnames[] = {"Чехов", "Горький", "Бунин", "Толстой", "Куприн", "Андреев"};
  static const char* rplaces[] = {"Ялту", "Москву", "Пресни", "Тулу", "Казань", "Самару"};
  std::uint32_t seed = 12345;
  auto rnd = [&](std::uint32_t n) {
    seed = seed * 1103515245u + 12345u;
    return (seed >> 16) % n;
  };
  std::string out;
  std::size_t line = 0, in_paragraph = 0, width = 70;
  while (out.size() < bytes) {
    std::string s;
    for (const char* t = templates[rnd(10)]; *t; ++t) {
      if (*t != '{') {
        s.push_back(*t);
        continue;
      }
      const char k = t[1];
      t += 2;
      if (k == 'N') s += names[rnd(12)];
      else if (k == 'C') s += cities[rnd(12)];
      else if (k == 'R') s += rnames[rnd(6)];
      else if (k == 'Q') s += rplaces[rnd(6)];
      else if (k == 'Y') s += std::to_string(1800 + rnd(130));
      else if (k == 'D') s += std::to_string(1 + rnd(28));
      else if (k == 'I') s += std::string(1, static_cast<char>('A' + rnd(26))) + ".";
    }
    std::size_t i = 0;
    while (i < s.size()) {
      const std::size_t sp = s.find(' ', i);
      const std::size_t end = sp == std::string::npos ? s.size() : sp;
      if (line + (end - i) > width) {
        out.push_back('\n');
        line = 0;
        width = 55 + rnd(26);
      } else if (line > 0) {
        out.push_back(' ');
        ++line;
      }
      out.append(s, i, end - i);
      line += end - i;
      i = end + 1;
    }
    if (++in_paragraph >= 4 + rnd(5)) {
      out += "\n\n";
      line = 0;
      in_paragraph = 0;
    }
  }
  return out;
}

// Best of three runs, in process CPU time, not wall time: the test machine is shared, and
// waiting for a core is not work.
template <class F>
double mb_per_s(const std::string& text, F&& f) {
  double best = 0;
  for (int run = 0; run < 3; ++run) {
    const std::clock_t c0 = std::clock();
    f();
    const double secs = static_cast<double>(std::clock() - c0) / CLOCKS_PER_SEC;
    best = std::max(best, text.size() / 1e6 / std::max(secs, 1e-6));
  }
  return best;
}

}  // namespace

TEST_CASE("speed: segmentation, boilerplate, topics, ICU for comparison" * doctest::skip(std::getenv("CLIO_BENCH") == nullptr)) {
  const std::string text = generated_prose(8'000'000);
  std::size_t n_sent = 0, n_analyzed = 0, n_topics = 0;
  const double seg = mb_per_s(text, [&] { n_sent = segment(text).size(); });
  const double para = mb_per_s(text, [&] { segment(text, Unit::paragraph); });
  std::size_t n_chrome = 0;
  const double all = mb_per_s(text, [&] {
    const auto ps = analyze(text);
    n_analyzed = ps.size();
    n_chrome = 0;
    for (const Passage& p : ps) n_chrome += p.kind != Kind::text;
  });
  TopicMatcher m;
  for (const char* p : {"strike*", "забастов*", "barricade*", "баррикад*", "old regime", "bataille", "chronik"})
    REQUIRE(m.add("t", p));
  const double top = mb_per_s(text, [&] { n_topics = m.match(text).size(); });

  // ICU's sentence BreakIterator over the same text (UTF-16 conversion included).
  std::size_t n_icu = 0;
  const double icu = mb_per_s(text, [&] {
    n_icu = 0;
    UErrorCode err = U_ZERO_ERROR;
    std::vector<UChar> u16(text.size() + 1);
    int32_t len = 0;
    u_strFromUTF8WithSub(u16.data(), static_cast<int32_t>(u16.size()), &len, text.data(),
                         static_cast<int32_t>(text.size()), 0xFFFD, nullptr, &err);
    UBreakIterator* bi = ubrk_open(UBRK_SENTENCE, "en", u16.data(), len, &err);
    if (U_SUCCESS(err)) {
      for (int32_t p = ubrk_first(bi); p != UBRK_DONE; p = ubrk_next(bi)) ++n_icu;
      ubrk_close(bi);
    }
  });
  std::printf("passages speed on %.1f MB: segment(sentence) %.0f MB/s (%zu passages), segment(paragraph) %.0f MB/s, "
              "analyze (segment+boilerplate) %.0f MB/s (%zu), topics %.0f MB/s (%zu spans); "
              "ICU BreakIterator %.0f MB/s (%zu breaks)\n",
              text.size() / 1e6, seg, n_sent, para, all, n_analyzed, top, n_topics, icu, n_icu);
  // The generated prose has no chrome: nearly every passage must stay text, and forced breaks
  // at (falsely) non-text lines must be rare.
  std::printf("non-text passages in generated prose: %zu of %zu\n", n_chrome, n_analyzed);
  CHECK(n_chrome * 1000 < n_analyzed);
  CHECK(n_analyzed * 1000 < n_sent * 1005);
  CHECK(n_sent > 50'000);
}
