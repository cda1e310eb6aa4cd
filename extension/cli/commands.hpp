// The clio command's subcommands. Each takes the parsed options, prints what it does, and throws
// clio::cli::Error with a message naming the command that fixes the problem.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace clio::cli {

class Database;

struct ImportOptions {
  std::string db;
  std::vector<std::string> paths;
  std::string meta;  // CSV/TSV sidecar: a `path` column, then metadata columns
};

struct AuthorityOptions {
  std::string db;
  std::vector<std::string> files;
  std::string kind;            // person, place, or "" (from the header)
  std::string alias_sep = "|";  // between aliases in the aliases column
  // Wikidata dumps (.json, .json.gz, .json.bz2): label languages in order, and filters.
  std::vector<std::string> languages{"en"};
  std::vector<std::string> qids;       // only these items (Q ids, or files listing them)
  std::vector<std::string> instances;  // places: only items that are an instance of one of these
  std::vector<std::string> countries;  // persons P27 / places P17 among these
  std::optional<long long> born_after, born_before;  // persons: birth year bounds (inclusive)
  bool persons_only = false, places_only = false;
};

struct TagOptions {
  std::string db;
  bool all = false;
  int batch = 200;  // sources per committed transaction
  int limit = 0;    // tag at most this many sources in this run (0: all that need it)
};

struct ExportOptions {
  std::string db;
  std::string format;  // csv, jsonl, tei
  std::string out;     // directory; "" = standard output
};

struct ReviewOptions {
  std::string db;
  double under = 0.8;  // links scored under this are listed
  int limit = 50;      // rows per section
};

void init(const std::string& db);
void review(const ReviewOptions& o);
void import(const ImportOptions& o);
void authority(const AuthorityOptions& o);
void load_wikidata(Database& db, const std::string& file, const AuthorityOptions& o);
bool is_geonames_dump(const std::string& file);
void load_geonames(Database& db, const std::string& file, const AuthorityOptions& o);
void tag(const TagOptions& o);
void export_mentions(const ExportOptions& o);
void export_tei(Database& db, const std::string& dir);
int sql_shell(const std::string& db, const char* argv0);
int timeline(const std::string& db, const std::string& out, const std::vector<std::string>& extra);

}  // namespace clio::cli
