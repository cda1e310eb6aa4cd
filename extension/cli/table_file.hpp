// CSV and TSV files with a header row: the sidecar metadata of `clio import` and the person and
// place files of `clio authority`. CSV follows RFC 4180 (quoted fields may hold commas, quotes
// doubled, line breaks); TSV is split on tabs. The separator is a tab when the header line holds
// one, else a comma.
#pragma once

#include <string>
#include <vector>

namespace clio::cli {

struct Table {
  std::vector<std::string> header;             // lower-cased, trimmed
  std::vector<std::vector<std::string>> rows;  // as many fields as the header, missing ones empty
};

Table read_table_file(const std::string& path);
Table parse_table(const std::string& content, const std::string& name_for_errors);

}  // namespace clio::cli
