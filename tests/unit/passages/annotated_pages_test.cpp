// Quality on the annotated pages of tests/data/passages (see its README for the markers):
// sentence-boundary precision/recall and boilerplate F1 (over non-space bytes), per page and
// over all pages. The test fails below the targets.
#include <doctest/doctest.h>

#include <cstdio>
#include <fstream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "passages/passages.hpp"
#include "text/words.hpp"

using namespace clio::passages;

namespace {

struct Page {
  std::string text;                 // markers stripped
  std::set<std::size_t> starts;     // gold passage starts (first non-space byte)
  std::vector<bool> boilerplate;    // per byte
};

bool is_space_byte(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_spaces(const std::string& s, std::size_t i) {
  while (i < s.size() && is_space_byte(s[i])) ++i;
  return i;
}

Page load(const std::string& name) {
  std::ifstream in(std::string(CLIO_SOURCE_DIR) + "/tests/data/passages/" + name, std::ios::binary);
  REQUIRE_MESSAGE(in.good(), name);
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string raw = buf.str();
  static const std::string kBoundary = "\u00A6", kOpen = "\u27E6", kClose = "\u27E7";
  Page p;
  std::vector<std::size_t> marks;
  std::vector<std::pair<std::size_t, std::size_t>> ranges;
  std::size_t open_at = std::string::npos;
  for (std::size_t i = 0; i < raw.size();) {
    if (raw.compare(i, kBoundary.size(), kBoundary) == 0) {
      marks.push_back(p.text.size());
      i += kBoundary.size();
    } else if (raw.compare(i, kOpen.size(), kOpen) == 0) {
      REQUIRE_MESSAGE(open_at == std::string::npos, name);
      open_at = p.text.size();
      i += kOpen.size();
    } else if (raw.compare(i, kClose.size(), kClose) == 0) {
      REQUIRE_MESSAGE(open_at != std::string::npos, name);
      ranges.push_back({open_at, p.text.size()});
      open_at = std::string::npos;
      i += kClose.size();
    } else {
      p.text.push_back(raw[i++]);
    }
  }
  REQUIRE(open_at == std::string::npos);
  const std::string& t = p.text;
  if (skip_spaces(t, 0) < t.size()) p.starts.insert(skip_spaces(t, 0));
  for (std::size_t m : marks)
    if (skip_spaces(t, m) < t.size()) p.starts.insert(skip_spaces(t, m));
  // A blank line starts a paragraph.
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] != '\n') continue;
    std::size_t k = i + 1;
    while (k < t.size() && (t[k] == ' ' || t[k] == '\t' || t[k] == '\r')) ++k;
    if (k < t.size() && t[k] == '\n' && skip_spaces(t, k) < t.size()) p.starts.insert(skip_spaces(t, k));
  }
  p.boilerplate.assign(t.size(), false);
  for (auto [b, e] : ranges)
    for (std::size_t k = b; k < e; ++k) p.boilerplate[k] = true;
  return p;
}

struct Counts {
  std::size_t b_tp = 0, b_fp = 0, b_fn = 0;  // boundaries
  std::size_t c_tp = 0, c_fp = 0, c_fn = 0;  // boilerplate bytes
  void add(const Counts& o) {
    b_tp += o.b_tp; b_fp += o.b_fp; b_fn += o.b_fn;
    c_tp += o.c_tp; c_fp += o.c_fp; c_fn += o.c_fn;
  }
  static double f1(std::size_t tp, std::size_t fp, std::size_t fn) {
    return tp == 0 ? 0.0 : 2.0 * tp / (2.0 * tp + fp + fn);
  }
  double boundary_precision() const { return b_tp + b_fp ? double(b_tp) / (b_tp + b_fp) : 1.0; }
  double boundary_recall() const { return b_tp + b_fn ? double(b_tp) / (b_tp + b_fn) : 1.0; }
  double boundary_f1() const { return f1(b_tp, b_fp, b_fn); }
  double boilerplate_f1() const { return f1(c_tp, c_fp, c_fn); }
};

Counts evaluate(const std::string& name, bool verbose) {
  const Page page = load(name);
  const std::vector<Passage> ps = analyze(page.text);
  Counts c;
  std::set<std::size_t> predicted;
  std::vector<bool> predicted_bp(page.text.size(), false);
  for (const Passage& p : ps) {
    predicted.insert(p.begin);
    if (p.kind == Kind::boilerplate)
      for (std::size_t k = p.begin; k < p.end; ++k) predicted_bp[k] = true;
  }
  for (std::size_t s : predicted) {
    if (page.starts.count(s)) ++c.b_tp;
    else {
      ++c.b_fp;
      if (verbose) std::printf("  %s: extra boundary at \"%.40s\"\n", name.c_str(), page.text.c_str() + s);
    }
  }
  for (std::size_t s : page.starts) {
    if (!predicted.count(s)) {
      ++c.b_fn;
      if (verbose) std::printf("  %s: missed boundary at \"%.40s\"\n", name.c_str(), page.text.c_str() + s);
    }
  }
  for (const Passage& p : ps) {
    bool gold_any = false, gold_all = true;
    for (std::size_t k = p.begin; k < p.end; ++k) {
      if (is_space_byte(page.text[k])) continue;
      gold_any |= page.boilerplate[k];
      gold_all &= page.boilerplate[k];
    }
    const bool pred = p.kind == Kind::boilerplate;
    if (verbose && (pred != gold_all || pred != gold_any))
      std::printf("  %s: %s passage labelled %s: \"%.*s\"\n", name.c_str(), gold_any ? "boilerplate" : "text",
                  std::string(kind_name(p.kind)).c_str(), static_cast<int>(std::min<std::size_t>(p.end - p.begin, 70)),
                  page.text.c_str() + p.begin);
  }
  for (std::size_t k = 0; k < page.text.size(); ++k) {
    if (is_space_byte(page.text[k])) continue;
    if (predicted_bp[k] && page.boilerplate[k]) ++c.c_tp;
    else if (predicted_bp[k]) ++c.c_fp;
    else if (page.boilerplate[k]) ++c.c_fn;
  }
  return c;
}

const char* kPages[] = {"en_web_qa.txt", "en_ocr_book.txt", "ru_web_article.txt", "de_ocr_chronik.txt",
                        "fr_web_article.txt"};

}  // namespace

TEST_CASE("annotated pages: sentence boundaries and boilerplate F1") {
  Counts total;
  for (const char* name : kPages) {
    const Counts c = evaluate(name, true);
    std::printf("%-20s boundaries P=%.3f R=%.3f F1=%.3f  boilerplate F1=%.3f\n", name, c.boundary_precision(),
                c.boundary_recall(), c.boundary_f1(), c.boilerplate_f1());
    total.add(c);
    CHECK_MESSAGE(c.boundary_f1() >= 0.85, name);
    if (c.c_tp + c.c_fn > 0) CHECK_MESSAGE(c.boilerplate_f1() >= 0.75, name);
  }
  std::printf("%-20s boundaries P=%.3f R=%.3f F1=%.3f  boilerplate F1=%.3f\n", "ALL", total.boundary_precision(),
              total.boundary_recall(), total.boundary_f1(), total.boilerplate_f1());
  CHECK(total.boundary_f1() >= 0.95);
  CHECK(total.boilerplate_f1() >= 0.85);
}

// Evaluates a set of pages, printing each page's figures and the total's.
template <std::size_t N>
Counts evaluate_all(const char* const (&pages)[N], const char* total_name) {
  Counts total;
  for (const char* name : pages) {
    const Counts c = evaluate(name, true);
    std::printf("%-30s boundaries P=%.3f R=%.3f F1=%.3f  boilerplate F1=%.3f\n", name, c.boundary_precision(),
                c.boundary_recall(), c.boundary_f1(), c.boilerplate_f1());
    total.add(c);
  }
  std::printf("%-30s boundaries P=%.3f R=%.3f F1=%.3f  boilerplate F1=%.3f\n", total_name,
              total.boundary_precision(), total.boundary_recall(), total.boundary_f1(), total.boilerplate_f1());
  return total;
}

// The held-out pages were written after the rules had been tuned on the pages above. Their
// first run gave boundaries F1 0.980 and boilerplate F1 0.868; two fixes followed (a menu
// line that fell out of the link-list rule; prefix phrases no longer label long sentences),
// so they are no longer strictly held out.
TEST_CASE("held-out pages") {
  const char* pages[] = {"heldout/en_flat_blog.txt", "heldout/ru_ocr_memoirs.txt", "heldout/de_web_forum.txt",
                         "heldout/fr_ocr_revue.txt"};
  const Counts total = evaluate_all(pages, "HELD-OUT ALL");
  CHECK(total.boundary_f1() >= 0.90);
  CHECK(total.boilerplate_f1() >= 0.85);
}

// A second held-out set (tests/data/passages/heldout2/), written in session 2 around the chrome
// the first pages lacked: breadcrumbs, "Related:" link lines, cookie banners, comment forms
// (French), read counts (German), forum chrome (Russian). First run, before any rule changed:
// boundaries F1 0.976, boilerplate F1 0.871 (gold then lacked two sentence ends inside image
// credits, "1917. Credit:", since marked).
TEST_CASE("held-out pages (second set)") {
  const char* pages[] = {"heldout2/en_news_feature.txt", "heldout2/fr_blog_comments.txt",
                         "heldout2/de_news_page.txt", "heldout2/ru_forum_thread.txt"};
  const Counts total = evaluate_all(pages, "HELD-OUT 2 ALL");
  CHECK(total.boundary_f1() >= 0.90);
  CHECK(total.boilerplate_f1() >= 0.85);
}

TEST_CASE("annotated pages: the harness itself reads markers correctly") {
  const Page p = load("en_web_qa.txt");
  CHECK(p.text.find("\u00A6") == std::string::npos);
  CHECK(p.text.find("\u27E6") == std::string::npos);
  CHECK(p.text.rfind("Skip to main content", 0) == 0);
  CHECK(p.boilerplate[0]);
  CHECK(p.starts.count(0));
  const std::size_t their = p.text.find("Their relationship");
  CHECK(p.starts.count(their));
  CHECK_FALSE(p.boilerplate[their]);
}
