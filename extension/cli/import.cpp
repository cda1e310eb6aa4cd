// clio import DB PATH... [--meta FILE]: files and folders (recursive) of .txt, .md, .html, .htm into
// `source`. A file already imported and unchanged (same path, same bytes) is skipped; a changed one
// replaces its source's text and metadata under the same id (its tags are redone by the next
// `clio tag`, and corrections on text that moved are reported then). A file that is not text
// (binary, not UTF-8, empty) is reported by name and skipped; the rest goes in, in one transaction.
#include <chrono>
#include <algorithm>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "commands.hpp"
#include "database.hpp"
#include "document.hpp"
#include "schema.hpp"
#include "table_file.hpp"

namespace clio::cli {

namespace fs = std::filesystem;

namespace {

bool wanted(const fs::path& p) {
  std::string ext = p.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".txt" || ext == ".md" || ext == ".html" || ext == ".htm";
}

bool is_html(const fs::path& p) {
  std::string ext = p.extension().string();
  for (auto& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext == ".html" || ext == ".htm";
}

std::string read_file(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw Error("cannot read " + p.string());
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", std::gmtime(&t));
  return buf;
}

// The files to read, in a stable order: folders walked recursively, each path once.
std::vector<fs::path> collect(const std::vector<std::string>& paths, std::vector<std::string>& problems) {
  std::vector<fs::path> files;
  for (const auto& arg : paths) {
    std::error_code ec;
    fs::path p(arg);
    if (fs::is_directory(p, ec)) {
      std::vector<fs::path> found;
      for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
           !ec && it != fs::recursive_directory_iterator(); it.increment(ec))
        if (it->is_regular_file(ec) && wanted(it->path())) found.push_back(it->path());
      std::sort(found.begin(), found.end());
      files.insert(files.end(), found.begin(), found.end());
    } else if (fs::is_regular_file(p, ec)) {
      files.push_back(p);
    } else {
      problems.push_back(arg + ": no such file or folder");
    }
  }
  for (auto& f : files) f = fs::weakly_canonical(f);
  std::sort(files.begin(), files.end());
  files.erase(std::unique(files.begin(), files.end()), files.end());
  return files;
}

}  // namespace

void import(const ImportOptions& o) {
  Database db(o.db, false);
  require_schema(db);
  // Sidecar metadata, by the file's path as written in it (relative to the sidecar's folder, or absolute).
  std::map<fs::path, std::map<std::string, std::string>> sidecar;
  if (!o.meta.empty()) {
    Table t = read_table_file(o.meta);
    auto path_col = std::find(t.header.begin(), t.header.end(), "path");
    if (path_col == t.header.end())
      throw Error(o.meta + ": the sidecar needs a `path` column (then title, date, lang, calendar, url, ...)");
    std::size_t pc = static_cast<std::size_t>(path_col - t.header.begin());
    fs::path base = fs::path(o.meta).parent_path();
    for (const auto& row : t.rows) {
      fs::path p = fs::weakly_canonical(base / row[pc]);
      for (std::size_t i = 0; i < t.header.size(); ++i)
        if (i != pc && !row[i].empty()) sidecar[p][t.header[i]] = row[i];
    }
  }
  std::vector<std::string> problems;
  auto files = collect(o.paths, problems);
  Transaction tx(db);
  auto find = db.prepare("SELECT source_id, hash FROM source_file WHERE path = ?");
  auto insert = db.prepare(
      "INSERT INTO source(title, url, author, date, calendar, lang, text) "
      "VALUES (?, ?, ?, ?, coalesce(?, 'gregorian'), ?, ?)");
  auto update = db.prepare(
      "UPDATE source SET title = ?, url = ?, author = ?, date = ?, calendar = coalesce(?, 'gregorian'), "
      "lang = ?, text = ? WHERE id = ?");
  auto record = db.prepare(
      "INSERT INTO source_file(source_id, path, hash, imported) VALUES (?, ?, ?, ?) "
      "ON CONFLICT(source_id) DO UPDATE SET hash = excluded.hash, imported = excluded.imported");
  auto clear_meta = db.prepare("DELETE FROM source_meta WHERE source_id = ?");
  auto clear_chrome = db.prepare("DELETE FROM source_chrome WHERE source_id = ?");
  auto add_meta = db.prepare("INSERT OR REPLACE INTO source_meta(source_id, key, value) VALUES (?, ?, ?)");
  auto add_chrome = db.prepare("INSERT INTO source_chrome(source_id, start, length, why) VALUES (?, ?, ?, ?)");
  int added = 0, replaced = 0, unchanged = 0;
  std::string stamp = now_utc();
  for (const auto& file : files) {
    std::string bytes;
    try {
      bytes = read_file(file);
    } catch (const Error& e) {
      problems.push_back(e.what());
      continue;
    }
    if (auto why = not_text(bytes)) {
      problems.push_back(file.string() + ": skipped, " + *why);
      continue;
    }
    // The hash covers the sidecar's row too: a changed row re-imports the file.
    auto side = sidecar.find(file);
    std::string hashed = bytes;
    if (side != sidecar.end())
      for (const auto& [k, v] : side->second) hashed.append(1, '\0').append(k).append(1, '=').append(v);
    std::string hash = content_hash(hashed);
    std::int64_t id = 0;
    find.bind(1, std::string_view(file.string()));
    bool known = find.step();
    if (known) id = find.integer(0);
    bool same = known && find.text(1) == hash;
    find.reset();
    if (same) {
      ++unchanged;
      continue;
    }
    Document doc = is_html(file) ? read_html(bytes) : read_plain(bytes);
    if (side != sidecar.end())
      for (const auto& [k, v] : side->second) doc.meta[k] = v;  // the sidecar wins over the file
    if (doc.text.empty()) {
      problems.push_back(file.string() + ": skipped, no text after its header");
      continue;
    }
    auto get = [&](const char* k) -> std::optional<std::string> {
      auto it = doc.meta.find(k);
      return it == doc.meta.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    Statement& s = known ? update : insert;
    s.bind_optional(1, get("title").value_or(file.stem().string()))
        .bind_optional(2, get("url"))
        .bind_optional(3, get("author"))
        .bind_optional(4, get("date"))
        .bind_optional(5, get("calendar"))
        .bind_optional(6, get("lang"))
        .bind(7, std::string_view(doc.text));
    if (known) s.bind(8, id);
    s.run();
    if (!known) id = sqlite3_last_insert_rowid(db.handle());
    record.bind(1, id).bind(2, std::string_view(file.string())).bind(3, std::string_view(hash))
        .bind(4, std::string_view(stamp)).run();
    clear_meta.bind(1, id).run();
    clear_chrome.bind(1, id).run();
    for (const auto& [k, v] : doc.meta)
      if (!is_source_column(k)) add_meta.bind(1, id).bind(2, std::string_view(k)).bind(3, std::string_view(v)).run();
    for (const auto& c : doc.chrome)
      add_chrome.bind(1, id).bind(2, static_cast<std::int64_t>(c.start))
          .bind(3, static_cast<std::int64_t>(c.length)).bind(4, std::string_view(c.why)).run();
    ++(known ? replaced : added);
  }
  tx.commit();
  for (const auto& p : problems) std::fprintf(stderr, "clio import: %s\n", p.c_str());
  std::printf("%s: %d added, %d replaced, %d unchanged, %zu skipped\n", o.db.c_str(), added, replaced, unchanged,
              problems.size());
  if (added + replaced > 0) std::printf("next: clio tag %s\n", o.db.c_str());
}

}  // namespace clio::cli
