// Test helpers for the mention tagger: the sample authority (samples/authority/*.tsv: persons,
// aliases, places, place aliases, topics) and the gold markup of tests/data/mentions/*.txt.
//
// Gold markup: [[kind:value|surface]] marks a mention; the test strips the markup and records
// the byte offsets of `surface` in the plain text, so offsets are computed, never written by
// hand. Marks nest ([[topic:war|[[date:1914|1914]] war]] is not needed but works). Boilerplate
// is [[boilerplate|...]] (no value). A line starting with "##" is a comment and is dropped.
#pragma once

#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "../common/test_dates.hpp"
#include "dates/calendar.hpp"
#include "dates/date_value.hpp"
#include "names/authority.hpp"
#include "passages/mentions.hpp"
#include "passages/topics.hpp"

namespace clio::passages::mentiontest {

inline std::string source_path(const std::string& rel) { return std::string(CLIO_SOURCE_DIR) + "/" + rel; }

inline std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

inline std::vector<std::vector<std::string>> read_tsv(const std::string& rel) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(read_file(source_path(rel)));
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty()) continue;
    std::vector<std::string> f;
    std::size_t start = 0;
    while (true) {
      std::size_t p = line.find('\t', start);
      f.push_back(line.substr(start, p - start));
      if (p == std::string::npos) break;
      start = p + 1;
    }
    rows.push_back(std::move(f));
  }
  return rows;
}

// "1821-11-11" -> that day; "1160" -> the whole year (shared with the names tests).
inline std::optional<dates::DateValue> life_date(const std::string& s) { return testutil::day_or_year(s); }

// Builds an authority from a main table (id, name[, born, died]) and an alias table (id, alias).
inline names::Authority load_authority(const std::string& main_rel, const std::string& alias_rel, bool with_dates) {
  std::vector<names::PersonRecord> recs;
  std::map<std::string, std::size_t> index;
  for (auto& f : read_tsv(main_rel)) {
    names::PersonRecord r;
    r.id = f.at(0);
    r.name = f.at(1);
    if (with_dates && f.size() > 3) {
      r.born = life_date(f[2]);
      r.died = life_date(f[3]);
    }
    index[r.id] = recs.size();
    recs.push_back(std::move(r));
  }
  for (auto& f : read_tsv(alias_rel)) {
    auto it = index.find(f.at(0));
    if (it != index.end()) recs[it->second].aliases.push_back(f.at(1));
  }
  return names::Authority::build(std::move(recs));
}

struct SampleSources {
  names::Authority persons, places;
  TopicMatcher topics;
  TagSources sources() const { return TagSources{&persons, &places, &topics, {}}; }
};

inline const SampleSources& sample_sources() {
  static const SampleSources s = [] {
    SampleSources x;
    x.persons = load_authority("samples/authority/persons.tsv", "samples/authority/aliases.tsv", true);
    x.places = load_authority("samples/authority/places.tsv", "samples/authority/place_aliases.tsv", false);
    for (auto& f : read_tsv("samples/authority/topics.tsv")) x.topics.add(f.at(0), f.at(1));
    return x;
  }();
  return s;
}

struct GoldMention {
  std::size_t begin = 0, end = 0;
  std::string kind, value;
};

struct GoldPage {
  std::string text;
  std::vector<GoldMention> gold;
};

// Strips the markup, recording offsets (see the header comment). Malformed markup is reported by
// returning false (the test then fails rather than scoring a wrong gold set).
inline bool parse_gold(const std::string& marked, GoldPage& page) {
  page = GoldPage();
  std::vector<GoldMention> open;
  std::string src;
  {  // drop comment lines
    std::istringstream in(marked);
    std::string line;
    while (std::getline(in, line))
      if (line.rfind("##", 0) != 0) src += line + "\n";
  }
  for (std::size_t i = 0; i < src.size();) {
    if (src.compare(i, 2, "[[") == 0) {
      std::size_t bar = src.find('|', i);
      if (bar == std::string::npos) return false;
      std::string head = src.substr(i + 2, bar - i - 2);
      GoldMention g;
      std::size_t colon = head.find(':');
      g.kind = head.substr(0, colon);
      if (colon != std::string::npos) g.value = head.substr(colon + 1);
      g.begin = page.text.size();
      open.push_back(g);
      i = bar + 1;
    } else if (src.compare(i, 2, "]]") == 0 && !open.empty()) {
      GoldMention g = open.back();
      open.pop_back();
      g.end = page.text.size();
      page.gold.push_back(g);
      i += 2;
    } else {
      page.text.push_back(src[i++]);
    }
  }
  return open.empty();
}

}  // namespace clio::passages::mentiontest
