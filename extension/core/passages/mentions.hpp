// The mention tagger: persons, dates, places, topics and boilerplate in running text. This is
// the core of clio_mentions(text [, options]), clio_tags and clio_tei.
//
//   clio::passages::TagSources src{&persons, &places, &topics};
//   for (const auto& m : clio::passages::tag_mentions(text, src, {}))
//     ... m.begin, m.end (bytes), mention_kind_name(m.kind), m.value, m.date, m.score
//
// WHAT IS TAGGED
//   boilerplate  one mention per span of passages::boilerplate_spans(text) (one per chrome line):
//                site chrome, copyright lines, Q&A chrome, running heads (boilerplate.hpp).
//   date         dates::extract_dates with narrative anchoring ("the next day" after "12 April
//                1861"); value = EDTF, `date` = the DateValue. options.dates gives ref, calendar,
//                lang and numeric order.
//   person       names of the persons authority and their variants (scripts, transliterations,
//                case endings, initials): see name_scanner.hpp. value = the person's id, score =
//                the resolution score. The span excludes titles (Tsar, Count, Comrade, товарищ)
//                and a possessive 's / ’s. Namesakes are told apart by the year of the last
//                date mention before the name (else options.dates.ref), so "Tolstoy" after
//                "1878" is Leo, after "1935" Aleksey Nikolayevich; or by an earlier fuller
//                mention in the same text ("Leo Tolstoy ... Tolstoy"). Names in place names,
//                institutions and derived words ("Pushkin Square", "Gorky Park", "Tolstoyan")
//                are not persons. A person inside a date-less tie stays untagged.
//   place        whole names and aliases of the places authority, longest phrase first, never a
//                fragment of a name (place_matcher.hpp: folding, "Saint", hyphens, case forms
//                "в Петрограде" -> saint_petersburg, "Сенатскую площадь"). value = the place's id.
//                A place that continues into a longer capitalised name ("Moscow Times") is not
//                tagged, unless a place preposition or settlement word stands before it or a
//                person or another place starts at the next word.
//   topic        TopicMatcher::match (leftmost-longest per topic); value = the topic name.
//
// DECISIONS
//   * A chrome line's own words are the page's: the date of a byline or an update stamp, the
//     place and date of a caption, the places of a tag line, a copyright year are tagged beside
//     the boilerplate mention. What is chrome by nature is not read (passages::chrome_by_nature):
//     the label of "Label: value", user handles (@name, u/name), spans without letters
//     (counters, page numbers, pagers), menus (items of at most three words between separators)
//     and runs of three or more short chrome lines (buttons). To keep the offsets the taggers
//     read copies of the text with those bytes blanked (new lines kept). The dates of the prose
//     are read with every chrome span blanked, and the dates of chrome one span at a time, so a
//     chrome date never anchors a relative date of the prose ("the next day") nor is the
//     context date of a name.
//   * Persons in chrome only where chrome names a person of the page: the value of a label
//     ("Author: Anna Weber", "Tags: Witte, Stolypin"), a byline (the word before the name is "by", "par", "von", "door",
//     "przez": "Posted by Anna Weber") or a caption before its credit ("Bust of Ivan Varenkov ©
//     City Museum"); such a person mention lies inside a boilerplate one. Names in other chrome
//     (running heads, links to other articles: "The last years of Tolstoy 213") are not tagged
//     as persons.
//   * A span that is both a person and a place (Gorky, Kirov, Frunze, Kalinin, "Lev Tolstoy"
//     station): a place when the word before it is a place preposition (in, at, to, from, near,
//     into, via, в, во, из, под, к, у, nach, bei, aus, à, en, vers ...) or the word after it a
//     place class word (station, street, square, Platz, улица), otherwise a person.
//     When a person and a place overlap with different spans the longer wins ("Maxim Gorky" is
//     a person even after "to"); on equal length the same preposition rule decides, except
//     that a person by form alone (value NULL) loses to the place ("Ivan Hill" as a hill).
//   * Dates, names and topics are independent layers and may overlap one another.
//   * Order: by begin, then longer first, then kind (person, date, place, topic, boilerplate).
//
// COST: linear in the text. Passage analysis and date extraction each walk the text once; the
// name scanner and the topic automaton share one walk over the words (TopicMatcher::Stream);
// the place matcher walks the words once more, looking only at capitalised ones.
// The name scanner and the place matcher key each distinct capitalised spelling once (bounded
// caches). The place matcher is built with the tagger, once per places authority.
// Memory: the mentions, plus two copies of the text when it has boilerplate, plus the bounded
// caches of the scanner and the place matcher.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "dates/date_parser.hpp"
#include "dates/date_value.hpp"
#include "names/authority.hpp"
#include "passages/segmenter.hpp"
#include "passages/topics.hpp"

namespace clio::passages {

class NameScanner;
class PlaceMatcher;

enum class MentionKind : std::uint8_t { person, date, place, topic, boilerplate };

// "person", "date", "place", "topic", "boilerplate".
std::string_view mention_kind_name(MentionKind kind) noexcept;
// The inverse (exact, lower case); nullopt for anything else.
std::optional<MentionKind> mention_kind_from_name(std::string_view name) noexcept;

// Bit of a kind in TagOptions::kinds.
constexpr unsigned kind_bit(MentionKind k) noexcept { return 1u << static_cast<unsigned>(k); }
inline constexpr unsigned kAllMentionKinds = 0x1F;

struct Mention {
  std::size_t begin = 0, end = 0;  // byte offsets into the text (the SQL layer converts to characters)
  MentionKind kind = MentionKind::boilerplate;
  std::string value;               // person id, EDTF, place id, topic name; empty for boilerplate
  std::optional<dates::DateValue> date;  // for date mentions
  double score = 1.0;              // resolution score for persons and places, 1 for the rest
};

struct TagSources {  // any pointer may be null (that kind is then not produced)
  const names::Authority* persons = nullptr;
  const names::Authority* places = nullptr;
  const TopicMatcher* topics = nullptr;
  std::vector<std::string> topic_names;  // names by topic index; empty: topics->topics()
};

struct TagOptions {
  dates::ParseOptions dates;
  unsigned kinds = kAllMentionKinds;  // OR of kind_bit()
};

// A reusable tagger: keeps the name scanner's caches warm across texts (the SQL layer can hold
// one per statement). Not thread-safe; the authorities and matcher must outlive it, and its
// caches belong to them: build a new tagger when an authority is rebuilt.
class MentionTagger {
 public:
  explicit MentionTagger(const TagSources& sources);
  ~MentionTagger();
  MentionTagger(const MentionTagger&) = delete;
  MentionTagger& operator=(const MentionTagger&) = delete;

  // Every mention in document order (by begin, then longer first, then kind).
  std::vector<Mention> tag(std::string_view text, const TagOptions& options);

  // boilerplate_spans(text) of the last tag() call, whatever kinds it was asked for: what
  // passage_starts needs for paragraphs, without classifying the text's lines again.
  const std::vector<Span>& last_chrome() const noexcept { return chrome_; }

 private:
  TagSources sources_;
  std::unique_ptr<NameScanner> scanner_;
  std::unique_ptr<PlaceMatcher> places_;  // built once per places authority
  std::string blanked_;   // the text with every chrome span blanked (dates of the prose)
  std::string readable_;  // the text with chrome by nature blanked (persons, places, topics)
  std::vector<Span> chrome_;
};

// One-shot form of MentionTagger::tag.
std::vector<Mention> tag_mentions(std::string_view text, const TagSources& sources, const TagOptions& options);

}  // namespace clio::passages
