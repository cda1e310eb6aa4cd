#include "table_file.hpp"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <sstream>

#include "error.hpp"

namespace clio::cli {

namespace {

std::string trimmed(std::string s) {
  auto ws = [](unsigned char c) { return std::isspace(c); };
  s.erase(s.begin(), std::find_if_not(s.begin(), s.end(), ws));
  s.erase(std::find_if_not(s.rbegin(), s.rend(), ws).base(), s.end());
  return s;
}

std::vector<std::vector<std::string>> split_records(const std::string& text, char sep, bool quotes) {
  std::vector<std::vector<std::string>> records;
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, any = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field += c;
      }
      continue;
    }
    if (quotes && c == '"' && field.empty()) {
      quoted = any = true;
    } else if (c == sep) {
      fields.push_back(std::move(field));
      field.clear();
      any = true;
    } else if (c == '\n' || c == '\r') {
      if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') ++i;
      if (any || !field.empty()) {
        fields.push_back(std::move(field));
        records.push_back(std::move(fields));
      }
      fields.clear();
      field.clear();
      any = false;
    } else {
      field += c;
      any = true;
    }
  }
  if (any || !field.empty()) {
    fields.push_back(std::move(field));
    records.push_back(std::move(fields));
  }
  return records;
}

}  // namespace

Table parse_table(const std::string& content, const std::string& name) {
  std::string text = content.compare(0, 3, "\xEF\xBB\xBF") == 0 ? content.substr(3) : content;
  std::string first_line = text.substr(0, text.find('\n'));
  bool tsv = first_line.find('\t') != std::string::npos;
  auto records = split_records(text, tsv ? '\t' : ',', !tsv);
  if (records.empty()) throw Error(name + ": empty, expected a header row");
  Table t;
  for (auto& h : records[0]) {
    std::string k = trimmed(h);
    std::transform(k.begin(), k.end(), k.begin(), [](unsigned char c) { return std::tolower(c); });
    t.header.push_back(k);
  }
  for (std::size_t r = 1; r < records.size(); ++r) {
    auto& row = records[r];
    if (row.size() > t.header.size())
      throw Error(name + ": row " + std::to_string(r + 1) + " has " + std::to_string(row.size()) +
                  " fields, the header " + std::to_string(t.header.size()));
    row.resize(t.header.size());
    for (auto& f : row) f = trimmed(f);
    t.rows.push_back(std::move(row));
  }
  return t;
}

Table read_table_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw Error("cannot read " + path);
  std::ostringstream s;
  s << in.rdbuf();
  return parse_table(s.str(), path);
}

}  // namespace clio::cli
