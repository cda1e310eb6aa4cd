// TEI writer: one pass over the original bytes, escaping as it goes (see tei.hpp).
#include "passages/tei.hpp"

#include <algorithm>

#include "dates/calendar.hpp"
#include "dates/edtf.hpp"
#include "text/utf8.hpp"

namespace clio::passages {

namespace {

using dates::Calendar;
using dates::Jdn;

// XML 1.0 "Char" production.
bool xml_allowed(char32_t c) noexcept {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD) ||
         (c >= 0x10000 && c <= 0x10FFFF);
}

// One character of element content. CR as a reference, since a parser normalises a literal CR.
void put_text_char(std::string& out, char32_t c) {
  switch (c) {
    case '&': out += "&amp;"; return;
    case '<': out += "&lt;"; return;
    case '>': out += "&gt;"; return;  // "]]>" is not allowed in content
    case '\r': out += "&#13;"; return;
    default: break;
  }
  if (xml_allowed(c)) text::append_utf8(out, c);
}

// An attribute value (without quotes). Whitespace as references: a parser normalises it.
void put_attr(std::string& out, std::string_view v) {
  for (std::size_t i = 0; i < v.size();) {
    text::Char c = text::next_char(v, i);
    i += c.len;
    switch (c.cp) {
      case '"': out += "&quot;"; break;
      case '\t': out += "&#9;"; break;
      case '\n': out += "&#10;"; break;
      default: put_text_char(out, c.cp);
    }
  }
}

void attr(std::string& out, std::string_view name, std::string_view value) {
  out += ' ';
  out += name;
  out += "=\"";
  put_attr(out, value);
  out += '"';
}

// iso_day without the '+' XSD does not allow.
std::string xsd_day(const dates::Ymd& d) {
  std::string s = dates::iso_day(d);
  if (!s.empty() && s[0] == '+') s.erase(0, 1);
  return s;
}

enum class Box : unsigned char { none, p, lg };

std::string_view box_name(Box b) { return b == Box::p ? "p" : "lg"; }

class Writer {
 public:
  Writer(std::string_view text, std::string& out) : text_(text), out_(out) {}

  std::size_t pos() const { return pos_; }
  void skip_to(std::size_t end) { pos_ = std::max(pos_, std::min(end, text_.size())); }

  // Copies the original text up to byte `end` (or the end of the character straddling it).
  void copy_until(std::size_t end) {
    end = std::min(end, text_.size());
    while (pos_ < end) {
      unsigned char b = static_cast<unsigned char>(text_[pos_]);
      if (b >= 0x20 && b < 0x80 && b != '&' && b != '<' && b != '>') {
        out_ += static_cast<char>(b);
        ++pos_;
        continue;
      }
      text::Char c = text::next_char(text_, pos_);
      put_text_char(out_, c.cp);
      pos_ += c.len ? c.len : 1;
    }
  }

  // True when text[pos, end) holds a blank line: two line breaks with only spaces between.
  bool blank_line_before(std::size_t end) const {
    end = std::min(end, text_.size());
    int breaks = 0;
    for (std::size_t i = pos_; i < end; ++i) {
      char b = text_[i];
      if (b == '\n') {
        if (++breaks == 2) return true;
      } else if (b != ' ' && b != '\t' && b != '\r' && b != '\f' && b != '\v') {
        breaks = 0;
      }
    }
    return false;
  }

 private:
  std::string_view text_;
  std::string& out_;
  std::size_t pos_ = 0;
};

void open_mention(std::string& out, const Mention& m) {
  switch (m.kind) {
    case MentionKind::person:
      out += "<persName";
      if (!m.value.empty()) attr(out, "ref", "#" + m.value);
      break;
    case MentionKind::place:
      out += "<placeName";
      if (!m.value.empty()) attr(out, "ref", "#" + m.value);
      break;
    case MentionKind::topic:
      out += "<term type=\"topic\"";
      if (!m.value.empty()) attr(out, "key", m.value);
      break;
    case MentionKind::date:
      out += "<date";
      if (m.date) out += tei_date_attributes(*m.date);
      break;
    case MentionKind::boilerplate:
      break;  // filtered out before
  }
  out += '>';
}

std::string_view mention_tag(MentionKind k) {
  switch (k) {
    case MentionKind::person: return "persName";
    case MentionKind::place: return "placeName";
    case MentionKind::topic: return "term";
    case MentionKind::date: return "date";
    default: return "";
  }
}

// The mentions that will become elements: inside one kept passage, not overlapping an earlier
// kept one. `passages` sorted by begin.
std::vector<const Mention*> usable_mentions(std::string_view text, const std::vector<Passage>& passages,
                                            const std::vector<Mention>& mentions, const TeiOptions& options) {
  std::vector<const Mention*> cand;
  for (const Mention& m : mentions)
    if (m.kind != MentionKind::boilerplate && m.begin < m.end && m.end <= text.size()) cand.push_back(&m);
  std::sort(cand.begin(), cand.end(), [](const Mention* a, const Mention* b) {
    return a->begin != b->begin ? a->begin < b->begin : a->end > b->end;
  });
  std::vector<const Mention*> kept;
  std::size_t pi = 0, last_end = 0;
  for (const Mention* m : cand) {
    while (pi < passages.size() && passages[pi].end <= m->begin) ++pi;
    if (pi == passages.size()) break;
    const Passage& p = passages[pi];
    bool inside = p.begin <= m->begin && m->end <= p.end;
    bool dropped = options.drop_boilerplate && p.kind == Kind::boilerplate;
    if (!inside || dropped || m->begin < last_end) continue;
    kept.push_back(m);
    last_end = m->end;
  }
  return kept;
}

}  // namespace

std::string tei_date_attributes(const dates::DateValue& d) {
  std::string out;
  bool lo = !dates::is_open_or_unknown(d.earliest), hi = !dates::is_open_or_unknown(d.latest);
  if (lo && hi && d.earliest > d.latest) lo = hi = false;  // nonsense: say nothing
  if (lo && hi) {
    dates::Ymd a = dates::from_jdn(d.earliest, Calendar::gregorian);
    dates::Ymd b = dates::from_jdn(d.latest, Calendar::gregorian);
    bool whole_month = a.year == b.year && a.month == b.month && a.day == 1 &&
                       b.day == dates::days_in_month(b.year, b.month, Calendar::gregorian);
    bool whole_year = a.year == b.year && a.month == 1 && a.day == 1 && b.month == 12 && b.day == 31;
    if (d.earliest == d.latest) {
      attr(out, "when", xsd_day(a));
    } else if (whole_month) {
      std::string s = xsd_day(a);
      attr(out, "when", std::string_view(s).substr(0, s.size() - 3));
    } else if (whole_year) {
      std::string s = xsd_day(a);
      attr(out, "when", std::string_view(s).substr(0, s.size() - 6));
    } else {
      attr(out, "notBefore", xsd_day(a));
      attr(out, "notAfter", xsd_day(b));
    }
  } else {
    if (lo) attr(out, "notBefore", xsd_day(dates::from_jdn(d.earliest, Calendar::gregorian)));
    if (hi) attr(out, "notAfter", xsd_day(dates::from_jdn(d.latest, Calendar::gregorian)));
  }
  if (d.calendar == Calendar::julian) attr(out, "calendar", "#julian");
  if (d.uncertain) attr(out, "cert", "low");
  if (d.approximate) attr(out, "precision", "low");
  return out;
}

std::string to_tei(std::string_view text, const std::vector<Passage>& passages_in,
                   const std::vector<Mention>& mentions, const TeiOptions& options) {
  std::vector<Passage> passages = passages_in;
  std::stable_sort(passages.begin(), passages.end(),
                   [](const Passage& a, const Passage& b) { return a.begin < b.begin; });
  std::vector<const Mention*> kept = usable_mentions(text, passages, mentions, options);

  std::string out;
  out.reserve(text.size() + text.size() / 8 + 64);
  Writer w(text, out);
  Box open = Box::none;
  std::size_t mi = 0;

  for (const Passage& p : passages) {
    if (p.end <= w.pos() || p.begin >= text.size()) continue;
    bool dropped = options.drop_boilerplate && p.kind == Kind::boilerplate;
    Box want = Box::none;
    std::string_view tag;
    if (p.kind == Kind::heading) {
      tag = "head";
    } else if (p.kind == Kind::boilerplate) {
      tag = "fw";
    } else if (options.unit == Unit::sentence) {
      want = Box::p, tag = "s";
    } else if (options.unit == Unit::line) {
      want = Box::lg, tag = "l";
    } else {
      tag = "p";
    }
    bool continues = open != Box::none && want == open && !dropped && !w.blank_line_before(p.begin);
    if (!continues && open != Box::none) {
      out += "</";
      out += box_name(open);
      out += '>';
      open = Box::none;
    }
    if (dropped) {
      // The blank gap before dropped chrome goes with it: the gap after it still separates
      // what came before from what follows, so dropping leaves no run of empty lines.
      w.skip_to(p.end);
      continue;
    }
    w.copy_until(p.begin);  // the gap: inside the box when the box continues
    if (want != Box::none && open == Box::none) {
      out += '<';
      out += box_name(want);
      out += '>';
      open = want;
    }
    out += '<';
    out += tag;
    if (p.kind == Kind::boilerplate) out += " type=\"boilerplate\"";
    out += '>';

    std::size_t pend = std::min(p.end, text.size());
    while (w.pos() < pend) {
      while (mi < kept.size() && kept[mi]->begin < w.pos()) ++mi;  // passed: plain text
      if (mi < kept.size() && kept[mi]->begin < pend) {
        const Mention& m = *kept[mi++];
        w.copy_until(m.begin);
        if (m.end <= pend && w.pos() == m.begin) {
          open_mention(out, m);
          w.copy_until(m.end);
          out += "</";
          out += mention_tag(m.kind);
          out += '>';
        }
      } else {
        w.copy_until(pend);
      }
    }
    out += "</";
    out += tag;
    out += '>';
  }
  if (open != Box::none) {
    out += "</";
    out += box_name(open);
    out += '>';
  }
  w.copy_until(text.size());
  return out;
}

}  // namespace clio::passages
