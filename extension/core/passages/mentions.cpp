// The mention tagger: combines passage analysis (boilerplate), date extraction, the name scanner
// and the topic matcher. The header comment documents the behaviour and the decisions.
#include "passages/mentions.hpp"

#include <algorithm>
#include <array>
#include <iterator>

#include "passages/mention_order.hpp"
#include "passages/name_scanner.hpp"
#include "passages/passages.hpp"
#include "passages/place_matcher.hpp"
#include "text/words.hpp"

namespace clio::passages {
namespace {

constexpr std::string_view kKindNames[] = {"person", "date", "place", "topic", "boilerplate"};

bool wants(const TagOptions& o, MentionKind k) { return (o.kinds & kind_bit(k)) != 0; }

// Resolves overlaps between person and place matches (see DECISIONS in mentions.hpp): returns
// the matches to keep, in order.
std::vector<NameMatch> settle_names(std::vector<NameMatch> names) {
  std::sort(names.begin(), names.end(), [](const NameMatch& a, const NameMatch& b) {
    return a.begin != b.begin ? a.begin < b.begin : a.end > b.end;
  });
  std::vector<NameMatch> kept;
  kept.reserve(names.size());
  for (const NameMatch& m : names) {
    if (!kept.empty() && m.begin < kept.back().end && m.kind != kept.back().kind) {
      NameMatch& k = kept.back();
      const std::size_t lm = m.end - m.begin, lk = k.end - k.begin;
      bool take_new;
      if (lm != lk) {
        take_new = lm > lk;
      } else if ((m.kind == NameKind::person ? m.index : k.index) == kUnlinked) {
        // A person only by the form of the words loses to a place the authority names
        // ("Taras Hill" is a hill, not a man called Hill).
        take_new = m.kind == NameKind::place;
      } else {
        const bool place_context = m.after_place_preposition || k.after_place_preposition;
        take_new = (m.kind == NameKind::place) == place_context;
      }
      if (take_new) k = m;
      continue;
    }
    kept.push_back(m);
  }
  return kept;
}

// The place matches of `text` added to `names` (after the persons): a place that continues into
// a longer capitalised name is kept only after a place preposition or settlement word, or when a
// person or another place starts at the next word (see place_matcher.hpp).
void add_places(std::string_view text, PlaceMatcher& matcher, std::vector<NameMatch>& names) {
  std::vector<PlaceMatch> places;
  matcher.scan(text, places);
  const std::size_t persons = names.size();  // in document order
  std::size_t k = 0;
  for (std::size_t i = 0; i < places.size(); ++i) {
    const PlaceMatch& p = places[i];
    if (p.continued_at != SIZE_MAX && !p.introduced) {
      while (k < persons && names[k].begin < p.continued_at) ++k;
      const bool starts = (i + 1 < places.size() && places[i + 1].begin == p.continued_at) ||
                          (k < persons && names[k].begin == p.continued_at);
      if (!starts) continue;
    }
    NameMatch m;
    m.begin = p.begin;
    m.end = p.end;
    m.kind = NameKind::place;
    m.index = p.index;
    m.score = p.score;
    m.after_place_preposition = p.place_context;
    names.push_back(m);
  }
}

// Persons in chrome that name a person of the page rather than repeat a link or a running head:
// a byline (the word before the name is "by", "par", "von", "door", "przez") or a caption before
// its credit (a copyright sign after the name in the same chrome span: "Bust of Count Ivan
// Varenkov © City Museum"), and the value of a "Label: value" span ("Author: Anna Weber").
// Only chrome spans holding such a cue are scanned, each on its own: chrome is mostly menus and
// buttons, and the scan of the prose stays one walk shared with the topics.
void add_chrome_persons(std::string_view text, const std::vector<Span>& chrome, NameScanner& scanner,
                        std::vector<NameMatch>& names) {
  static constexpr std::string_view kCues[] = {"by", "par", "von", "door", "przez"};
  std::vector<NameMatch> found;
  const std::size_t before = names.size();
  for (const Span& s : chrome) {
    // The value of a label: every name in it ("Author: Anna Weber", "Photo: Ivan Ostrig").
    const std::size_t value = std::min(chrome_value_begin(text, s), s.end);
    if (value < s.end) {
      found.clear();
      scanner.scan(text.substr(value, s.end - value), {}, std::nullopt, found, nullptr);
      for (NameMatch m : found) {
        m.begin += value;
        m.end += value;
        names.push_back(m);
      }
    }
    std::string_view t = text.substr(s.begin, s.end - s.begin);
    // (a credit alone, "© City Museum", has no caption before it)
    const std::size_t sign = t.find("\xC2\xA9");
    const bool credit = sign != std::string_view::npos && sign >= 4;
    // A cue word followed by a space, at the start or after a space (byte searches: most chrome
    // has none, and is not read further).
    bool cue = false;
    if (!credit)
      for (std::string_view c : {"by ", "By ", "par ", "Par ", "von ", "Von ", "door ", "Door ", "przez ", "Przez "})
        for (std::size_t at = t.find(c); at != std::string_view::npos && !cue; at = t.find(c, at + 1))
          cue = at == 0 || t[at - 1] == ' ';
    if (!credit && !cue) continue;
    t = t.substr(0, value - s.begin);  // the value is read above
    found.clear();
    scanner.scan(t, {}, std::nullopt, found, nullptr);
    for (NameMatch m : found) {
      bool keep = t.substr(m.end).find("\xC2\xA9") != std::string_view::npos;
      if (!keep) {
        std::size_t e = m.begin;
        while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\t')) --e;
        std::size_t b = e;
        while (b > 0 && static_cast<unsigned char>(t[b - 1]) > ' ') --b;
        const std::string key = text::phrase_key(t.substr(b, e - b));
        for (std::string_view c : kCues) keep = keep || key == c;
      }
      if (!keep) continue;
      m.begin += s.begin;
      m.end += s.begin;
      names.push_back(m);
    }
  }
  if (names.size() != before) {
    auto by_begin = [](const NameMatch& a, const NameMatch& b) { return a.begin < b.begin; };
    std::sort(names.begin() + static_cast<std::ptrdiff_t>(before), names.end(), by_begin);
    std::inplace_merge(names.begin(), names.begin() + static_cast<std::ptrdiff_t>(before), names.end(),
                       by_begin);
  }
}

}  // namespace

std::string_view mention_kind_name(MentionKind kind) noexcept {
  auto i = static_cast<std::size_t>(kind);
  return i < std::size(kKindNames) ? kKindNames[i] : std::string_view();
}

std::optional<MentionKind> mention_kind_from_name(std::string_view name) noexcept {
  for (std::size_t i = 0; i < std::size(kKindNames); ++i)
    if (kKindNames[i] == name) return static_cast<MentionKind>(i);
  return std::nullopt;
}

MentionTagger::MentionTagger(const TagSources& sources)
    : sources_(sources), scanner_(std::make_unique<NameScanner>(sources.persons, nullptr)) {
  if (sources.places) places_ = std::make_unique<PlaceMatcher>(*sources.places);
}

MentionTagger::~MentionTagger() = default;

std::vector<Mention> MentionTagger::tag(std::string_view text, const TagOptions& options) {
  // 1. Boilerplate, and the text the other taggers see: chrome blanked out, offsets kept.
  // Inline chrome (a credit after a caption, "[Sidenote: ...]", "See also:") is tagged and
  // blanked too, but kept out of chrome_, which cuts paragraphs as analyze() does.
  chrome_ = boilerplate_spans(text);
  const std::vector<Span> inline_chrome = inline_chrome_spans(text, chrome_);
  std::vector<Span> all_chrome;
  const std::vector<Span>* tagged = &chrome_;
  if (!inline_chrome.empty()) {
    all_chrome.reserve(chrome_.size() + inline_chrome.size());
    std::merge(chrome_.begin(), chrome_.end(), inline_chrome.begin(), inline_chrome.end(), std::back_inserter(all_chrome),
               [](const Span& a, const Span& b) { return a.begin < b.begin; });
    tagged = &all_chrome;
  }
  // The prose text, for the dates of the article: every chrome span blanked, so that a
  // copyright year or an update stamp never anchors "the next day" of the prose nor becomes the
  // context date of a name. The readable text, for persons, places and topics: only what is
  // chrome by nature blanked (labels, handles, counters, menus: chrome_by_nature), so that a
  // byline's name, a caption's place, a tag line's subjects are tagged beside the boilerplate.
  std::string_view prose = text, readable = text;
  std::vector<dates::DateMention> chrome_dates;
  const bool reads_text = (options.kinds & ~kind_bit(MentionKind::boilerplate)) != 0;
  if (!tagged->empty() && reads_text) {
    auto blank = [](std::string& t, std::size_t b, std::size_t e) {
      for (std::size_t i = b; i < e && i < t.size(); ++i)
        if (t[i] != '\n') t[i] = ' ';
    };
    blanked_.assign(text);
    for (const Span& s : *tagged) blank(blanked_, s.begin, s.end);
    prose = blanked_;
    const std::vector<Span> by_nature = chrome_by_nature(text, *tagged);
    if (!by_nature.empty()) {
      readable_.assign(text);
      for (const Span& s : by_nature) blank(readable_, s.begin, s.end);
      readable = readable_;
    }
    // The dates of chrome lines: each span on its own (a date of one chrome line does not
    // anchor another's), and only spans with a digit: a chrome date without one is relative
    // ("yesterday", "2 hours ago") or partial, and has nothing to anchor to here.
    if (wants(options, MentionKind::date)) {
      for (const Span& s : *tagged) {
        const std::string_view t = readable.substr(s.begin, s.end - s.begin);
        if (t.find_first_of("0123456789") == std::string_view::npos) continue;
        const std::size_t before = chrome_dates.size();
        dates::extract_dates(t, options.dates, chrome_dates);
        for (std::size_t i = before; i < chrome_dates.size(); ++i) {
          chrome_dates[i].begin += s.begin;
          chrome_dates[i].end += s.begin;
        }
      }
    }
  }
  const bool want_chrome = wants(options, MentionKind::boilerplate);

  // 2. Dates (needed as the context of persons even when date mentions are not wanted).
  std::vector<dates::DateMention> dm;
  const bool want_persons = wants(options, MentionKind::person) && sources_.persons;
  const bool want_places = wants(options, MentionKind::place) && sources_.places;
  if (wants(options, MentionKind::date) || want_persons) dates::extract_dates(prose, options.dates, dm);

  // 3. Persons and places; the topic matcher is fed the words on the same pass.
  const bool want_topics = wants(options, MentionKind::topic) && sources_.topics && !sources_.topics->empty();
  std::optional<TopicMatcher::Stream> topic_stream;
  if (want_topics) topic_stream.emplace(*sources_.topics, readable);
  bool topics_fed = false;
  std::vector<NameMatch> names;
  if (want_persons || want_places) {
    std::optional<dates::DateValue> ref;
    if (options.dates.ref) {
      dates::DateValue v;
      v.earliest = v.latest = *options.dates.ref;
      ref = v;
    }
    topics_fed = topic_stream && scanner_->active();
    // Persons are read in the prose, and in chrome where a byline, a label's value or a caption
    // before its credit names a person (add_chrome_persons): a tag line or a menu of names is the
    // site's, not a mention. Places are read in the readable text: a caption's place, a tag
    // line's places. The topics share the walk only when the two texts are the same.
    topics_fed = topics_fed && prose.data() == readable.data();
    if (want_persons) {
      scanner_->scan(prose, dm, ref, names, topics_fed ? &*topic_stream : nullptr);
      if (!tagged->empty()) add_chrome_persons(text, *tagged, *scanner_, names);
    } else {
      topics_fed = false;
    }
    if (want_places && places_) add_places(readable, *places_, names);
    names = settle_names(std::move(names));
  }

  // 4. Topics.
  std::vector<TopicSpan> topic_spans;
  if (want_topics) {
    if (!topics_fed) text::for_each_word(readable, [&](const text::Word& w) { topic_stream->word(w); });
    topic_spans = topic_stream->leftmost_longest();
  }

  // The mentions, kind by kind; each kind comes out in document order, or nearly.
  std::vector<Mention> out;
  out.reserve((want_chrome ? tagged->size() : 0) + (wants(options, MentionKind::date) ? dm.size() : 0) + names.size() + topic_spans.size());
  std::array<std::size_t, 4> kind_ends{};
  if (want_chrome)
    for (const Span& s : *tagged) {
      const Span m = without_edge_bars(text, s);
      out.push_back({m.begin, m.end, MentionKind::boilerplate, {}, std::nullopt, 1.0});
    }
  kind_ends[0] = out.size();
  if (wants(options, MentionKind::date)) {
    if (!chrome_dates.empty()) {
      std::vector<dates::DateMention> all;
      all.reserve(dm.size() + chrome_dates.size());
      std::merge(dm.begin(), dm.end(), chrome_dates.begin(), chrome_dates.end(), std::back_inserter(all),
                 [](const dates::DateMention& a, const dates::DateMention& b) { return a.begin < b.begin; });
      dm = std::move(all);
    }
    for (auto& d : dm) out.push_back({d.begin, d.end, MentionKind::date, d.value.edtf, std::move(d.value), 1.0});
  }
  kind_ends[1] = out.size();
  for (const NameMatch& m : names) {
    if (m.kind == NameKind::person && want_persons)
      out.push_back({m.begin, m.end, MentionKind::person,
                     m.index == kUnlinked ? std::string() : sources_.persons->person(m.index).id, std::nullopt, m.score});
    else if (m.kind == NameKind::place && want_places)
      out.push_back({m.begin, m.end, MentionKind::place, sources_.places->person(m.index).id, std::nullopt, m.score});
  }
  kind_ends[2] = out.size();
  if (!topic_spans.empty()) {  // only with a topic matcher (sources_.topics may be null)
    const auto& topic_names = sources_.topic_names.empty() ? sources_.topics->topics() : sources_.topic_names;
    for (const TopicSpan& t : topic_spans)
      if (t.topic < topic_names.size())
        out.push_back({t.begin, t.end, MentionKind::topic, topic_names[t.topic], std::nullopt, 1.0});
  }
  kind_ends[3] = out.size();
  return detail::in_document_order(std::move(out), kind_ends);
}

std::vector<Mention> tag_mentions(std::string_view text, const TagSources& sources, const TagOptions& options) {
  MentionTagger tagger(sources);
  return tagger.tag(text, options);
}

}  // namespace clio::passages
