// clio: your own sources and authority into a sources database, tagged, and out again.
//
//   clio init DB                     the sources schema and authority tables
//   clio import DB PATH...           .txt, .md, .html files and folders (re-import: only changes)
//   clio authority DB FILE...        persons and places from CSV/TSV or a Wikidata JSON dump
//   clio tag DB                      tag new and changed sources
//   clio export DB --format csv      mentions with source metadata and authority names
//   clio review DB                   what needs a look, with the statement that corrects it
//   clio timeline DB OUT.svg         who is mentioned when (samples/timeline_svg.py)
//   clio sql DB                      the sqlite3 shell with clio loaded
//
// Every command is also a plain SQL recipe (README, "Your own project"). Errors are one line on
// stderr naming what to run, and exit status 1; a usage error exits with 2.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <exception>
#include <new>

#include "commands.hpp"
#include "database.hpp"

int main(int argc, char** argv) {
  using namespace clio::cli;
  CLI::App app{"clio: historical sources into SQLite, tagged with persons, places and dates"};
  app.require_subcommand(1);
  app.set_version_flag("--version", "clio " CLIO_VERSION);

  std::string db;
  auto* init_cmd = app.add_subcommand("init", "create the sources schema and the authority tables");
  init_cmd->add_option("db", db, "the database file (created if missing)")->required();

  ImportOptions imp;
  auto* import_cmd = app.add_subcommand("import", "read .txt, .md and .html files and folders into `source`");
  import_cmd->add_option("db", imp.db, "the database (made by clio init)")->required();
  import_cmd->add_option("paths", imp.paths, "files and folders (folders are read recursively)")->required();
  import_cmd->add_option("--meta", imp.meta, "CSV/TSV sidecar: a path column, then title, date, lang, ...");

  AuthorityOptions auth;
  auto* auth_cmd = app.add_subcommand("authority", "load persons and places from CSV/TSV files");
  auth_cmd->add_option("db", auth.db, "the database (made by clio init)")->required();
  auth_cmd->add_option("files", auth.files, "persons: id,name,born,died,aliases; places: id,name,aliases")
      ->required();
  auth_cmd->add_option("--kind", auth.kind, "person or place (default: persons when born or died is a column)");
  auth_cmd->add_option("--alias-sep", auth.alias_sep, "what separates aliases in the aliases column (default |)");
  auth_cmd->add_option("--lang", auth.languages, "Wikidata: label languages in order (default en)")->delimiter(',');
  auth_cmd->add_option("--qids", auth.qids, "Wikidata: only these items (Q ids, or files of Q ids)")->delimiter(',');
  auth_cmd->add_option("--instance", auth.instances, "places: Wikidata instances (Q515,...) or GeoNames feature classes/codes (P, PPLC)")
      ->delimiter(',');
  auth_cmd->add_option("--country", auth.countries, "Wikidata: citizenship or country (Q159); GeoNames: country codes (RU)")
      ->delimiter(',');
  auth_cmd->add_option("--born-after", auth.born_after, "Wikidata persons: born in or after this year");
  auth_cmd->add_option("--born-before", auth.born_before, "Wikidata persons: born in or before this year");
  auth_cmd->add_flag("--persons-only", auth.persons_only, "Wikidata: persons only");
  auth_cmd->add_flag("--places-only", auth.places_only, "Wikidata: places only");

  TagOptions tag_o;
  auto* tag_cmd = app.add_subcommand("tag", "tag new and changed sources (as sql/tag.sql does)");
  tag_cmd->add_option("db", tag_o.db, "the database")->required();
  tag_cmd->add_flag("--all", tag_o.all, "tag every source again");
  tag_cmd->add_option("--batch", tag_o.batch, "sources per committed transaction (default 200)");
  tag_cmd->add_option("--limit", tag_o.limit, "tag at most this many sources in this run");

  ExportOptions ex;
  auto* export_cmd = app.add_subcommand("export", "write the mentions as CSV or JSON Lines, or TEI documents");
  export_cmd->add_option("db", ex.db, "the database")->required();
  export_cmd->add_option("--format", ex.format, "csv, jsonl or tei")->required();
  export_cmd->add_option("--out", ex.out, "a folder for mentions.csv / mentions.jsonl (default: stdout) or the TEI files");

  ReviewOptions rev;
  auto* review_cmd = app.add_subcommand("review", "list what needs a look: unlinked names, weak links, corrections");
  review_cmd->add_option("db", rev.db, "the database")->required();
  review_cmd->add_option("--under", rev.under, "list links scored under this (default 0.8)");
  review_cmd->add_option("--limit", rev.limit, "rows per section (default 50)");

  std::string svg;
  std::vector<std::string> timeline_args;
  auto* timeline_cmd = app.add_subcommand("timeline", "draw who is mentioned when (SVG; --png too)");
  timeline_cmd->add_option("db", db, "the database")->required();
  timeline_cmd->add_option("out", svg, "the SVG file to write")->required();
  timeline_cmd->add_option("options", timeline_args,
                           "after --: --persons N, --person ID, --max-span YEARS, --png, --counts FILE");
  timeline_cmd->allow_extras();

  auto* sql_cmd = app.add_subcommand("sql", "open the sqlite3 shell on DB with clio loaded");
  sql_cmd->add_option("db", db, "the database")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int printed = app.exit(e);  // prints help, the version, or the usage error
    return printed == 0 ? 0 : 2;
  }
  try {
    if (*init_cmd) init(db);
    else if (*import_cmd) import(imp);
    else if (*auth_cmd) authority(auth);
    else if (*tag_cmd) tag(tag_o);
    else if (*export_cmd) export_mentions(ex);
    else if (*review_cmd) review(rev);
    else if (*sql_cmd) return sql_shell(db, argv[0]);
    else if (*timeline_cmd) {
      auto extra = timeline_cmd->remaining();
      timeline_args.insert(timeline_args.end(), extra.begin(), extra.end());
      return timeline(db, svg, timeline_args);
    }
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "clio: out of memory\n");
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "clio %s: %s\n", app.get_subcommands().front()->get_name().c_str(), e.what());
    return 1;
  }
  return 0;
}
