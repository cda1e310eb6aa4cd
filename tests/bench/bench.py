#!/usr/bin/python3
"""clio against the tools historians use today, side by side on the same inputs.

    bench.py [--quick] [--jobs JOB,JOB...|none] [--extension PATH] [--out DIR]
    (scripts/bench installs the peers, builds clio, then runs this with the same arguments;
     --jobs none prints only the accuracy side-tables from the last runs' answers)

Jobs (each tool in its own process; seconds are the CPU seconds of the timed work only, peak RSS is
the whole process's; see measure.py):
  dates.parse     isolated expressions   clio: SELECT count(clio_date(t)) FROM exprs  (all 1,000,000)
                                         dateparser: DateDataParser.get_date_data   (a sample)
                                         chrono-node: parseDate                      (a sample)
  dates.extract   running prose, MB/s    clio: SELECT count(*) FROM docs, clio_dates(docs.text)
                                         dateparser: search_dates; chrono-node: parse (samples)
  names.resolve   name forms -> person   clio: clio_resolve(form [, year]) over the names test
                                         authority (tests/data/names, 106 persons) in clio's tables
                                         jellyfish: best Jaro-Winkler match over the same authority
                                         three rows each: all forms ("names.resolve small"), forms
                                         written exactly as a name or alias ("names.exact small"),
                                         every other form ("names.fuzzy small")
  names.big       a generated authority  clio: build/names_bench N (tests/bench/names_bench.cpp; N =
                  of N persons, 5 names  1,000,000 in full runs): index build (aliases/s, index MB),
                  each                   exact, folded and fuzzy lookups/s, in-process (no SQL);
                                         the tagger's near-stem probes/s ("names.near")
                                         jellyfish: Jaro-Winkler linear scan over all 6N names on 3
                                         fuzzy queries (printed by names_bench), the fuzzy row's peer
  passages.tag    fill `mention` from a  clio: the documented statements (sql/sources.sql, sql/tag.sql)
                  `source` table of all  in tag.db: `source` holds the prose documents; the authority
                  the prose, all kinds   is samples/authority (persons, places, topics) plus generated
                                         distractor persons (gen_authority.py) up to 100,000 persons
                                         (20,000 with --quick). tag.sql runs four times in one
                                         sqlite3 shell: the first also builds the name index (its
                                         time is in the row's note); before the second and the third
                                         the tags are deleted (committed), so that they fill empty
                                         tables, and the faster of the two is reported; the fourth
                                         replaces the third's tags in place ("passages.tag re-tag":
                                         the rollback journal copies every page it overwrites).
                                         The same on the first 10%
                                         of the sources (tag_small.db) shows that peak RSS does not
                                         grow with the corpus. "passages.tag mentions only": the same
                                         clio_mentions call, rows counted, not stored (tagging alone).
                                         compromise: nlp(text).people() + .places()
  The clio rows of names.resolve and passages.tag run when clio_resolve / clio_mentions are
  registered; until then the row says "not registered" and only the peer runs.

The prose is 100 MB in full runs (3 MB with --quick): clio's dates.extract and passages.tag run over
all of it. Peers work on a sample (the first lines / documents of the same input files); throughput is per
unit, so the ratio clio/peer compares like with like; sample sizes are in the table's notes and in
results.json.

Side-tables (accuracy.py): dates on the first ACCURACY_N generated expressions and on
tests/data/dates/gold.tsv; dates found in running text (the generator records where it put them);
names on tests/data/names/forms.tsv. The peers return one instant per date, so they are judged on
day-precision items only.

Outputs: the table on stdout; tests/out/bench/results.json with every figure; inputs, samples and
the tools' answers under tests/out/bench/ (gitignored; inputs are regenerated when the generator
or the sizes change). --out DIR puts all of it in DIR instead.
"""

import argparse
import glob
import random
import re
import resource
import shutil
import csv
import hashlib
import json
import os
import platform
import sqlite3
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
sys.path.insert(0, HERE)
import accuracy  # noqa: E402
import gen_authority  # noqa: E402
import measure  # noqa: E402

OUT = os.path.join(ROOT, "tests", "out", "bench")
EXTENSION = os.path.join(ROOT, "build", "clio")
DB = os.path.join(OUT, "bench.db")          # exprs, docs, and the names test authority
TAG_DB = os.path.join(OUT, "tag.db")        # the prose as `source`, the sample authority + distractors
TAG_SMALL_DB = os.path.join(OUT, "tag_small.db")  # the same with the first 10% of the sources
SAMPLE_AUTHORITY = os.path.join(ROOT, "samples", "authority")
NAMES_AUTHORITY = os.path.join(ROOT, "tests", "data", "names", "persons.tsv")
NAMES_FORMS = os.path.join(ROOT, "tests", "data", "names", "forms.tsv")
DATES_GOLD = os.path.join(ROOT, "tests", "data", "dates", "gold.tsv")
ACCURACY_N = 5000

# Sample sizes: full runs keep scripts/bench under ~10 minutes on 2 cores; --quick is for trying
# the harness.
SIZES = {
    "full": {"exprs": 1_000_000, "prose_mb": 100.0, "names": 200_000, "big_authority": 1_000_000,
             "dateparser_exprs": 20_000, "chrono_exprs": 50_000, "dateparser_bytes": 1_000_000,
             "chrono_bytes": 5_000_000, "jellyfish_names": 2_000, "compromise_bytes": 1_000_000,
             "tag_persons": 100_000, "wikidata_entities": 1_000_000, "import_files": 10_000},
    "quick": {"exprs": 100_000, "prose_mb": 3.0, "names": 20_000, "big_authority": 50_000,
              "dateparser_exprs": 2_000, "chrono_exprs": 5_000, "dateparser_bytes": 100_000,
              "chrono_bytes": 500_000, "jellyfish_names": 600, "compromise_bytes": 100_000,
              "tag_persons": 20_000, "wikidata_entities": 50_000, "import_files": 2_000},
}


# --- inputs --------------------------------------------------------------------------------------


def stamp_of(*parts: str) -> str:
    h = hashlib.sha256()
    for p in parts:
        if os.path.exists(p):
            with open(p, "rb") as f:
                h.update(f.read())
        else:
            h.update(p.encode())
    return h.hexdigest()


def up_to_date(name: str, stamp: str) -> bool:
    path = os.path.join(OUT, name + ".stamp")
    return os.path.exists(path) and open(path).read() == stamp


def mark_done(name: str, stamp: str) -> None:
    with open(os.path.join(OUT, name + ".stamp"), "w") as f:
        f.write(stamp)


def prepare_inputs(sizes: dict) -> None:
    """Generates exprs.tsv and prose.jsonl and loads them (and the names authority) into bench.db."""
    stamp = stamp_of(os.path.join(HERE, "gen_inputs.py"), os.path.join(HERE, "hist_dates.py"), __file__,
                     os.path.join(HERE, "gen_authority.py"), str(sizes["tag_persons"]),
                     os.path.join(SAMPLE_AUTHORITY, "topics.tsv"), os.path.join(ROOT, "sql", "sources.sql"),
                     *(os.path.join(SAMPLE_AUTHORITY, f) for f in
                       ("persons.tsv", "aliases.tsv", "places.tsv", "place_aliases.tsv")),
                     NAMES_AUTHORITY, NAMES_FORMS, str(sizes["exprs"]), str(sizes["prose_mb"]),
                     str(sizes["names"]))
    if up_to_date("inputs", stamp):
        print("== inputs are up to date", flush=True)
        return
    print("== generating inputs (fixed seeds)", flush=True)
    subprocess.run([sys.executable, os.path.join(HERE, "gen_inputs.py"), OUT, "--exprs", str(sizes["exprs"]),
                    "--prose-mb", str(sizes["prose_mb"])], check=True)
    if os.path.exists(DB):
        os.unlink(DB)
    con = sqlite3.connect(DB)
    con.execute("CREATE TABLE exprs(t TEXT, kind TEXT, lang TEXT, precision TEXT, earliest TEXT, latest TEXT)")
    with open(os.path.join(OUT, "exprs.tsv"), encoding="utf-8") as f:
        con.executemany("INSERT INTO exprs VALUES (?,?,?,?,?,?)", (line.rstrip("\n").split("\t") for line in f))
    con.execute("CREATE TABLE docs(id INTEGER PRIMARY KEY, text TEXT)")
    with open(os.path.join(OUT, "prose.jsonl"), encoding="utf-8") as f:
        con.executemany("INSERT INTO docs(text) VALUES (?)", ((json.loads(line),) for line in f))
    load_names(con, sizes["names"])
    con.commit()
    con.close()
    make_tag_db(TAG_DB, sizes["tag_persons"], 1.0)
    make_tag_db(TAG_SMALL_DB, sizes["tag_persons"], 0.1)
    mark_done("inputs", stamp)


def read_tsv(name: str) -> list[dict]:
    with open(os.path.join(SAMPLE_AUTHORITY, name), encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def cyrillic_share(text: str) -> float:
    letters = [c for c in text[:2000] if c.isalpha()]
    return sum(1 for c in letters if "\u0400" <= c <= "\u04ff") / max(len(letters), 1)


def make_tag_db(path: str, persons: int, share: float) -> None:
    """A sources database for passages.tag: sql/authority.sql with the sample authority
    (samples/authority: the persons, places and topics the prose names) plus generated distractor
    persons up to `persons` in all (gen_authority.py), and sql/sources.sql whose `source` table
    holds the first `share` of the prose documents (lang en or ru as written; no source date)."""
    if os.path.exists(path):
        os.unlink(path)
    con = sqlite3.connect(path)
    for schema in ("authority.sql", "sources.sql"):
        with open(os.path.join(ROOT, "sql", schema), encoding="utf-8") as f:
            con.executescript(f.read())
    if os.path.exists(os.path.join(SAMPLE_AUTHORITY, "persons.tsv")):
        con.executemany("INSERT OR IGNORE INTO clio_person VALUES (?,?,?,?)",
                        ((r["id"], r["name"], r.get("born") or None, r.get("died") or None)
                         for r in read_tsv("persons.tsv")))
        con.executemany("INSERT INTO clio_alias VALUES (?,?)",
                        ((r["person_id"], r["alias"]) for r in read_tsv("aliases.tsv")))
        con.executemany("INSERT OR IGNORE INTO clio_place VALUES (?,?)",
                        ((r["id"], r["name"]) for r in read_tsv("places.tsv")))
        con.executemany("INSERT INTO clio_place_alias VALUES (?,?)",
                        ((r["place_id"], r["alias"]) for r in read_tsv("place_aliases.tsv")))
        if os.path.exists(os.path.join(SAMPLE_AUTHORITY, "topics.tsv")):
            con.executemany("INSERT INTO clio_topic VALUES (?,?)",
                            ((r["topic"], r["pattern"]) for r in read_tsv("topics.tsv")))
    have = con.execute("SELECT count(*) FROM clio_person").fetchone()[0]
    for pid, name, born, died, aliases in gen_authority.persons(max(persons - have, 0)):
        con.execute("INSERT INTO clio_person VALUES (?,?,?,?)", (pid, name, born, died))
        con.executemany("INSERT INTO clio_alias VALUES (?,?)", ((pid, a) for a in aliases))
    con.execute("ATTACH ? AS bench", (DB,))
    n = con.execute("SELECT count(*) FROM bench.docs").fetchone()[0]
    rows = con.execute("SELECT id, text FROM bench.docs WHERE id <= ? ORDER BY id", (max(1, round(n * share)),))
    con.executemany("INSERT INTO source(id, lang, text) VALUES (?,?,?)",
                    ((i, "ru" if cyrillic_share(t) > 0.5 else "en", t) for i, t in rows))
    con.commit()
    con.close()


def load_names(con: sqlite3.Connection, count: int) -> None:
    """The names test authority into clio's tables (sql/authority.sql); `count` queries cycling
    through the forms of tests/data/names/forms.tsv, with their context years."""
    with open(os.path.join(ROOT, "sql", "authority.sql"), encoding="utf-8") as f:
        con.executescript(f.read())
    if not os.path.exists(NAMES_AUTHORITY):
        return
    for line in open(NAMES_AUTHORITY, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        cols = line.rstrip("\n").split("\t") + [""] * 5
        con.execute("INSERT INTO clio_person VALUES (?,?,?,?)", (cols[0], cols[1], cols[2] or None, cols[3] or None))
        for alias in filter(None, (a.strip() for a in cols[4].split("|"))):
            con.execute("INSERT INTO clio_alias VALUES (?,?)", (cols[0], alias))
    forms = [line.rstrip("\n").split("\t") for line in open(NAMES_FORMS, encoding="utf-8")
             if not line.startswith("#") and line.strip()]
    # The same `count` queries twice more, split: name_queries_exact cycles the forms written exactly
    # as a name or alias of the authority; name_queries_fuzzy every other form (transliteration,
    # inflection, word order, typo, a person not in the authority, ...).
    known = {r[0] for r in con.execute("SELECT name FROM clio_person UNION SELECT alias FROM clio_alias")}
    for table, subset in [("name_queries", forms), ("name_queries_exact", [f for f in forms if f[0] in known]),
                          ("name_queries_fuzzy", [f for f in forms if f[0] not in known])]:
        con.execute(f"CREATE TABLE {table}(form TEXT, year INTEGER, expected TEXT)")
        con.executemany(f"INSERT INTO {table} VALUES (?,?,?)",
                        ((f[0], int(f[1]) if f[1] else None, f[2])
                         for f in (subset[i % len(subset)] for i in range(count if subset else 0))))


def head_lines(src: str, dst_name: str, n: int) -> str:
    dst = os.path.join(OUT, dst_name)
    with open(src, encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for i, line in enumerate(f):
            if i >= n:
                break
            out.write(line)
    return dst


def head_docs(dst_name: str, max_bytes: int) -> str:
    """The first documents of prose.jsonl until max_bytes of UTF-8 text are covered."""
    dst = os.path.join(OUT, dst_name)
    total = 0
    with open(os.path.join(OUT, "prose.jsonl"), encoding="utf-8") as f, open(dst, "w", encoding="utf-8") as out:
        for line in f:
            if total >= max_bytes:
                break
            out.write(line)
            total += len(json.loads(line).encode("utf-8"))
    return dst


# --- the machine ---------------------------------------------------------------------------------


def command_output(cmd: list[str]) -> str:
    try:
        return subprocess.run(cmd, capture_output=True, text=True).stdout.strip()
    except OSError:
        return ""


def machine() -> dict:
    cpu = ""
    with open("/proc/cpuinfo", encoding="utf-8") as f:
        for line in f:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem_kb = int(open("/proc/meminfo").read().split()[1])

    def npm_version(pkg: str) -> str:
        try:
            return json.load(open(os.path.join(HERE, "node_modules", pkg, "package.json")))["version"]
        except OSError:
            return "?"
    clio_version, _ = measure.sqlite_rows(":memory:", EXTENSION, "SELECT clio_version();")
    return {
        "nproc": os.cpu_count(), "cpu": cpu, "memory_gb": round(mem_kb / 1e6, 1),
        # other work on the machine slows every tool alike, but say so
        "load_average_1min_at_start": os.getloadavg()[0],
        "kernel": platform.release(), "sqlite3": command_output(["sqlite3", "--version"]).split(" ")[0],
        "clio": clio_version[0][0] if clio_version else "?",
        "python": platform.python_version(), "node": command_output(["node", "--version"]),
        "dateparser": command_output([sys.executable, "-c", "import dateparser; print(dateparser.__version__)"]),
        "jellyfish": command_output(["dpkg-query", "-W", "-f=${Version}", "python3-jellyfish"]),
        "chrono-node": npm_version("chrono-node"), "compromise": npm_version("compromise"),
    }


# --- jobs ----------------------------------------------------------------------------------------


def row(job: str, tool: str, m: measure.Measured, unit: str, note: str = "") -> dict:
    r = {"job": job, "tool": tool, "unit": unit, "note": note, "status": "ok" if m.ok else "failed: " + m.error}
    if m.ok:
        items = int(m.output.get("items", 0))
        r.update(items=items, cpu_seconds=m.cpu_seconds, wall_seconds=m.seconds,
                 peak_rss_mb=round(m.peak_rss_kb / 1024, 1), found=m.output.get("found"))
        per_second = items / m.cpu_seconds if m.cpu_seconds > 0 else float("inf")
        r["throughput"] = per_second / 1e6 if unit == "byte" else per_second
        r["throughput_unit"] = "MB/s" if unit == "byte" else unit + "/s"
    return r


def not_registered(job: str, function: str) -> dict:
    return {"job": job, "tool": "clio", "unit": "", "note": "", "status": f"skipped: {function} not registered"}


def clio_query(job: str, query: str, items: int, unit: str, note: str = "") -> dict:
    m = measure.run_sqlite(DB, EXTENSION, query)
    if m.ok:
        m.output = {"items": items, "found": int(m.output["rows"][-1])}
    return row(job, "clio", m, unit, note)


def peer(job: str, tool: str, cmd: list[str], unit: str, note: str) -> dict:
    print(f"   {tool} ...", flush=True)
    return row(job, tool, measure.run_peer(cmd, cwd=HERE), unit, note)


def arities(function: str) -> set[int]:
    """The argument counts `function` is registered with (-1: any); empty when not registered.
    Table-valued functions count as registered with any arity."""
    rows, _ = measure.sqlite_rows(":memory:", EXTENSION,
                                  f"SELECT narg FROM pragma_function_list WHERE name = '{function}' "
                                  f"UNION SELECT -1 FROM pragma_module_list WHERE name = '{function}';")
    return {int(r[0]) for r in rows if r and r[0]}


def registered(function: str) -> bool:
    return bool(arities(function))


def db_scalar(sql: str):
    con = sqlite3.connect(DB)
    try:
        return con.execute(sql).fetchone()[0]
    finally:
        con.close()


def job_dates_parse(sizes: dict) -> list[dict]:
    print("== dates.parse: isolated expressions", flush=True)
    exprs = os.path.join(OUT, "exprs.tsv")
    n = db_scalar("SELECT count(*) FROM exprs")
    dp = head_lines(exprs, "sample_exprs_dateparser.tsv", sizes["dateparser_exprs"])
    ch = head_lines(exprs, "sample_exprs_chrono.tsv", sizes["chrono_exprs"])
    return [
        clio_query("dates.parse", "SELECT count(clio_date(t)) FROM exprs", n, "expr", f"all {n:,}"),
        peer("dates.parse", "dateparser", [sys.executable, "peer_dateparser.py", "parse", dp, str(sizes["dateparser_exprs"]),
                                           "--days", os.path.join(OUT, "days_dateparser.txt")],
             "expr", f"first {sizes['dateparser_exprs']:,}"),
        peer("dates.parse", "chrono-node", ["node", "peer_chrono.js", "parse", ch, str(sizes["chrono_exprs"]),
                                            "--days", os.path.join(OUT, "days_chrono.txt")],
             "expr", f"first {sizes['chrono_exprs']:,}"),
    ]


def job_dates_extract(sizes: dict) -> list[dict]:
    print("== dates.extract: running prose", flush=True)
    total = db_scalar("SELECT sum(length(CAST(text AS BLOB))) FROM docs")
    dp = head_docs("sample_prose_dateparser.jsonl", sizes["dateparser_bytes"])
    ch = head_docs("sample_prose_chrono.jsonl", sizes["chrono_bytes"])
    return [
        clio_query("dates.extract", "SELECT count(*) FROM docs, clio_dates(docs.text)", total, "byte",
                   f"all {total / 1e6:.1f} MB"),
        peer("dates.extract", "dateparser", [sys.executable, "peer_dateparser.py", "search", dp, str(sizes["dateparser_bytes"]),
                                             "--mentions", os.path.join(OUT, "mentions_dateparser.jsonl")],
             "byte", f"first {sizes['dateparser_bytes'] / 1e6:g} MB"),
        peer("dates.extract", "chrono-node", ["node", "peer_chrono.js", "search", ch, str(sizes["chrono_bytes"]),
                                              "--mentions", os.path.join(OUT, "mentions_chrono.jsonl")],
             "byte", f"first {sizes['chrono_bytes'] / 1e6:g} MB"),
    ]


def resolve_call() -> str:
    """clio_resolve(name [, context]): the context year when the form has one and the function
    takes it (extension/sqlite/names_sql.cpp), else the name alone."""
    n = arities("clio_resolve")
    if 2 in n or -1 in n:
        return "CASE WHEN year IS NULL THEN clio_resolve(form) ELSE clio_resolve(form, year) END"
    return "clio_resolve(form)"


def forms_sample(dst_name: str, table: str, n: int) -> str:
    """The first n forms of a name_queries table, one per line, for the jellyfish peer."""
    con = sqlite3.connect(DB)
    try:
        forms = [r[0] for r in con.execute(f"SELECT form FROM {table} WHERE rowid <= ? ORDER BY rowid", (n,))]
    finally:
        con.close()
    dst = os.path.join(OUT, dst_name)
    with open(dst, "w", encoding="utf-8") as f:
        f.writelines(form + "\n" for form in forms)
    return dst


def job_names_resolve(sizes: dict) -> list[dict]:
    """The small authority (tests/data/names, 106 persons): all forms (names.resolve, whose answers
    the accuracy side-table judges), then split into exact forms (a name or alias written as the
    authority has it) and all other forms (names.fuzzy: variants, typos, nobody)."""
    print("== names.resolve: name forms against the small authority", flush=True)
    if not os.path.exists(NAMES_AUTHORITY):
        return [{"job": "names.resolve", "tool": "-", "unit": "", "note": "",
                 "status": "skipped: tests/data/names/persons.tsv missing"}]
    rows = []
    small = "names.{} small"
    for job, table, what in [(small.format("resolve"), "name_queries", "forms"),
                             (small.format("exact"), "name_queries_exact", "exact forms"),
                             (small.format("fuzzy"), "name_queries_fuzzy", "other forms")]:
        n = db_scalar(f"SELECT count(*) FROM {table}")
        if registered("clio_resolve"):
            # clio_resolve(name [, context]) returns the clio_person id or NULL.
            rows.append(clio_query(job, f"SELECT count({resolve_call()}) FROM {table}", n, "name",
                                   f"{n:,} {what} (tests/data/names, cycled)"))
        else:
            rows.append(not_registered(job, "clio_resolve"))
        if table == "name_queries":
            queries, ids = NAMES_FORMS, ["--ids", os.path.join(OUT, "ids_jellyfish.txt")]
        else:
            queries, ids = forms_sample(f"sample_{table}.txt", table, sizes["jellyfish_names"]), []
        rows.append(peer(job, "jellyfish", [sys.executable, "peer_jellyfish.py", NAMES_AUTHORITY, queries,
                                            str(sizes["jellyfish_names"])] + ids,
                         "name", f"{sizes['jellyfish_names']:,} {what}, cycled, Jaro-Winkler >= 0.85"))
    return rows


def parse_names_bench(out: str) -> dict:
    """The figures names_bench prints (see names_bench.cpp)."""
    import re
    f = {}
    if m := re.search(r"authority: (\d+) persons, (\d+) aliases", out):
        f["persons"], f["aliases"] = int(m.group(1)), int(m.group(2))
    if m := re.search(r"build: ([0-9.]+) s; memory ([0-9.]+) MB", out):
        f["build_seconds"], f["index_mb"] = float(m.group(1)), float(m.group(2))
    for kind in ("exact", "folded", "fuzzy"):
        if m := re.search(kind + r" +([0-9.]+) lookups/s \(([0-9.]+) us each, (\d+)/(\d+) resolved\)", out):
            f[kind] = {"rate": float(m.group(1)), "resolved": int(m.group(3)), "queries": int(m.group(4))}
    if m := re.search(r"near-stem probe: ([0-9.]+) probes/s \(([0-9.]+) us each\); near: (\d+)/(\d+) random words, "
                      r"(\d+)/(\d+) typo surnames", out):
        f["near"] = {"rate": float(m.group(1)), "random_near": int(m.group(3)), "random": int(m.group(4)),
                     "typos_near": int(m.group(5)), "typos": int(m.group(6))}
    if m := re.search(r"accuracy on forms.tsv with \d+ distractors: (\d+)/(\d+)", out):
        f["forms_right"], f["forms"] = int(m.group(1)), int(m.group(2))
    if m := re.search(r"peak RSS: ([0-9.]+) MB", out):
        f["peak_rss_mb"] = float(m.group(1))
    if m := re.search(r"jellyfish Jaro-Winkler linear scan: ([0-9.]+) lookups/s", out):
        f["jellyfish_rate"] = float(m.group(1))
    return f


def job_names_big(sizes: dict) -> list[dict]:
    """A generated authority of N persons with 5 aliases each (tests/bench/names_bench.cpp, built by
    CMake as build/names_bench): the index is built in-process by clio's names library, not loaded
    through SQL. Its exact, folded and fuzzy (one substitution in the surname) lookups are timed on
    one core in thread CPU time; the peer is a jellyfish Jaro-Winkler linear scan over all names and
    aliases, on 3 of the fuzzy queries. Peak RSS is names_bench's own (getrusage, before the
    jellyfish child runs): the generated persons, the query lists and the index."""
    n = sizes["big_authority"]
    label = f"{n // 1_000_000}M" if n >= 1_000_000 else f"{n // 1000}k"
    print(f"== names at scale: a generated authority of {n:,} persons (build/names_bench)", flush=True)
    exe = os.path.join(ROOT, "build", "names_bench")
    jobs = [f"names.{k} {label}" for k in ("build", "exact", "folded", "fuzzy")]
    if not os.path.exists(exe):
        return [{"job": j, "tool": "clio", "unit": "", "note": "",
                 "status": "skipped: build/names_bench missing (cmake --build build --target names_bench)"}
                for j in jobs]
    started = time.time()
    code, out, err, _ = measure.run_timed([exe, str(n), ROOT])
    wall = time.time() - started
    f = parse_names_bench(out)
    with open(os.path.join(OUT, "names_bench.txt"), "w", encoding="utf-8") as log:
        log.write(out + err)
    if code != 0 or "build_seconds" not in f:
        return [{"job": j, "tool": "clio", "unit": "", "note": "",
                 "status": "failed: " + measure.failure(code, err, False)} for j in jobs]
    rss = f.get("peak_rss_mb", 0.0)

    def figure(job, tool, items, unit, cpu, note, found=None, rss_mb=rss):
        r = {"job": job, "tool": tool, "unit": unit, "note": note, "status": "ok", "items": items,
             "cpu_seconds": cpu, "wall_seconds": None, "peak_rss_mb": rss_mb, "found": found,
             "throughput": items / cpu if cpu > 0 else float("inf"), "throughput_unit": unit + "/s"}
        return r

    rows = [figure(jobs[0], "clio", f["aliases"], "alias", f["build_seconds"],
                   f"index of {f['persons']:,} persons / {f['aliases']:,} names and aliases built in "
                   f"{f['build_seconds']:.1f} s; index {f['index_mb']:.0f} MB "
                   f"({f['index_mb'] * 1e6 / f['aliases']:.0f} bytes/alias); names_bench ran {wall:.0f} s wall",
                   found=f["persons"])]
    rows[0]["index_mb"] = f["index_mb"]
    if "forms" in f:
        rows[0]["forms_right_against_big_authority"] = f"{f['forms_right']}/{f['forms']}"
    for job, kind, what in [(jobs[1], "exact", "the full Latin name"),
                            (jobs[2], "folded", "upper-cased name or Cyrillic alias"),
                            (jobs[3], "fuzzy", "one letter of the surname replaced")]:
        if kind in f:
            k = f[kind]
            rows.append(figure(job, "clio", k["queries"], "name", k["queries"] / k["rate"],
                               f"{k['queries']:,} queries: {what}", found=k["resolved"]))
    if "jellyfish_rate" in f:
        rows.append(figure(jobs[3], "jellyfish", 3, "name", 3 / f["jellyfish_rate"],
                           "3 of the fuzzy queries, Jaro-Winkler linear scan over all names and aliases "
                           "(process time; peak RSS not measured separately)", rss_mb=None))
    if "near" in f:
        k = f["near"]
        probes = k["random"] + k["typos"]
        rows.append(figure(f"names.near {label}", "clio", probes, "probe", probes / k["rate"],
                           f"the passage tagger's near-stem probe for an unknown capitalised word: {k['random']:,} "
                           f"random words ({k['random_near']:,} near) and {k['typos']:,} surnames with one letter "
                           f"replaced ({k['typos_near']:,} near)", found=k["random_near"] + k["typos_near"]))
    return rows


def run_tag_sql(db: str) -> tuple[measure.Measured, dict]:
    """sql/tag.sql four times in one sqlite3 shell on `db` (whose `source` table holds the prose):
      1. the first run in the connection, which also reads the authority and builds the name index;
      2., 3. after the tags of the run before were deleted in a transaction of their own: the fill of
         empty `passage` and `mention` tables, as when a corpus is tagged (the issue's bar);
      4. straight after run 3: tag.sql replacing the tags in place, in its one transaction. SQLite's
         rollback journal then copies every page the new rows overwrite before writing it (the old
         tags must survive a crash until the commit), which the fills of runs 2 and 3 do not pay.
    Returns the measurement of the statement that fills `mention` in the faster of runs 2 and 3
    (output: items = the bytes of source.text, found = the rows of `mention`) and the other figures,
    CPU seconds: "passage" (that run's passage fill), "script" (all that run's statements),
    "fills" (the mention fills of runs 2 and 3), "first_mention" (run 1's mention fill),
    "retag_mention" / "retag_script" (run 4's mention fill / all its statements). The machine is
    shared: one run alone varied by 15% between runs minutes apart, so the better of two is the
    steadier figure."""
    tag_sql = os.path.join(ROOT, "sql", "tag.sql")
    # The shell times every statement of the script: find the two fills by their position.
    statements = tag_sql_statements(tag_sql)
    n = len(statements)
    fill_passage = next(i for i, st in enumerate(statements) if st.startswith("INSERT INTO passage"))
    fill_mention = next(i for i, st in enumerate(statements) if st.startswith("INSERT INTO mention"))
    clear = "DELETE FROM mention;\nDELETE FROM passage;\n"  # two timed statements, committed on their own
    script = (f".load {EXTENSION}\n.timer on\n.read {tag_sql}\n" + f"{clear}.read {tag_sql}\n" * 2 +
              f".read {tag_sql}\n.timer off\n"
              "SELECT sum(length(CAST(text AS BLOB))) FROM source;\nSELECT count(*) FROM mention;\n")
    code, out, err, rss = measure.run_timed(["sqlite3", "-batch", "-bail", db], stdin_text=script)
    times = [(float(r), float(u) + float(sy)) for r, u, sy in
             re.findall(r"Run Time: real ([0-9.]+) user ([0-9.]+) sys ([0-9.]+)", out)]
    rows = [line for line in out.splitlines() if line and not line.startswith("Run Time:")]
    expected = 4 * n + 4
    if code != 0 or len(times) != expected or len(rows) < 2:
        return measure.Measured(False, error=measure.failure(code, err, len(times) == expected)), {}
    first, second, third, retag = times[:n], times[n + 2:2 * n + 2], times[2 * n + 4:3 * n + 4], times[3 * n + 4:]
    best = min([second, third], key=lambda run: run[fill_mention][1])
    m = measure.Measured(True, best[fill_mention][0], best[fill_mention][1], rss,
                         {"items": int(rows[-2]), "found": int(rows[-1])})
    return m, {"passage": best[fill_passage][1], "first_mention": first[fill_mention][1], "items": int(rows[-2]),
               "script": sum(cpu for _, cpu in best), "fills": [run[fill_mention][1] for run in (second, third)],
               "retag_mention": retag[fill_mention][1], "retag_mention_wall": retag[fill_mention][0],
               "retag_script": sum(cpu for _, cpu in retag)}


def tag_sql_statements(path: str) -> list[str]:
    """The statements of sql/tag.sql in order (comments dropped; each ends with ';' at a line end)."""
    text = "\n".join(line.split("--", 1)[0] for line in open(path, encoding="utf-8"))
    return [st.strip() for st in re.split(r";\s*\n", text + "\n") if st.strip()]


def job_passages_tag(sizes: dict) -> list[dict]:
    """Issue #5's speed bar: fill `mention` from a 100 MB `source` table with a 100,000-person
    authority (sql/tag.sql, all kinds), MB/s and peak RSS; the same statement replacing tags in
    place; then the fill on 10% of the sources to show that memory is bounded by the authority,
    not by the corpus. The peer (compromise) tags people and places of the first documents."""
    print("== passages.tag: sql/tag.sql fills passage and mention from source", flush=True)
    rows = []
    if registered("clio_mentions"):
        persons = sizes["tag_persons"]
        for db, label in [(TAG_DB, "passages.tag"), (TAG_SMALL_DB, "passages.tag 10%")]:
            m, other = run_tag_sql(db)
            r = row(label, "clio", m, "byte",
                    f"INSERT INTO mention ... clio_mentions (sql/tag.sql, all kinds) into empty tables, over "
                    f"{m.output.get('items', 0) / 1e6:.1f} MB of `source`, samples/authority + distractors = "
                    f"{persons:,} persons; the faster of two runs after the first in the connection"
                    + (f" ({' and '.join(f'{t:.2f}' for t in other['fills'])} s CPU)" if m.ok and other else "")
                    + (f"; passage fill {other['items'] / 1e6 / other['passage']:.1f} MB/s, the first run's mention "
                       f"fill (the same work plus reading the authority and building the name index) "
                       f"{other['first_mention']:.1f} s CPU; the whole of the faster run of tag.sql (passages, "
                       f"mentions, indexes) {other['script']:.1f} s CPU"
                       if m.ok and other.get("passage") else ""))
            if m.ok:
                r["passage_cpu_seconds"] = other["passage"]
                r["first_mention_cpu_seconds"] = other["first_mention"]
                r["script_cpu_seconds"] = other["script"]
            rows.append(r)
            print(f"   {label}: " + (f"{r['throughput']:.2f} MB/s, peak RSS {r['peak_rss_mb']:.0f} MB, "
                                     f"{r['found']:,} mentions; the two fills "
                                     f"{' and '.join(f'{t:.2f}' for t in other['fills'])} s CPU, the first "
                                     f"{other['first_mention']:.2f} s; whole tag.sql {other['script']:.2f} s CPU"
                                     if m.ok else r["status"]), flush=True)
            if m.ok and db == TAG_DB:
                retag = measure.Measured(True, other["retag_mention_wall"], other["retag_mention"], m.peak_rss_kb,
                                         dict(m.output))
                r = row("passages.tag re-tag", "clio", retag, "byte",
                        "the same statement in tag.sql's fourth run, replacing the tags of the third in place "
                        "(one transaction: SQLite's rollback journal copies each page the new rows overwrite); "
                        f"that whole run of tag.sql {other['retag_script']:.1f} s CPU")
                rows.append(r)
                print(f"   passages.tag re-tag: {r['throughput']:.2f} MB/s; whole tag.sql "
                      f"{other['retag_script']:.2f} s CPU", flush=True)
        # Where the time goes: the tagging alone (the same clio_mentions call, rows counted, not
        # stored), so that the row above can be read as tagging + SQLite's inserts and index updates.
        m = measure.run_sqlite(TAG_DB, EXTENSION, "SELECT count(*) FROM source s, clio_mentions(s.text, "
                               "json_object('ref', clio_date(s.date), 'calendar', s.calendar, 'lang', s.lang)) m")
        if m.ok:
            con = sqlite3.connect(TAG_DB)
            total = con.execute("SELECT sum(length(CAST(text AS BLOB))) FROM source").fetchone()[0]
            con.close()
            m.output = {"items": total, "found": int(m.output["rows"][-1])}
        r = row("passages.tag mentions only", "clio", m, "byte",
                "SELECT count(*) FROM source, clio_mentions(...) with tag.sql's options: the tagging without the INSERT")
        rows.append(r)
        print("   passages.tag mentions only: " + (f"{r['throughput']:.2f} MB/s" if m.ok else r["status"]), flush=True)
    else:
        rows.append(not_registered("passages.tag", "clio_mentions"))
    cp = head_docs("sample_prose_compromise.jsonl", sizes["compromise_bytes"])
    rows.append(peer("passages.tag", "compromise", ["node", "peer_compromise.js", cp, str(sizes["compromise_bytes"])],
                     "byte", f"first {sizes['compromise_bytes'] / 1e6:g} MB, English only, people and places"))
    return rows


def add_ratios(rows: list[dict]) -> None:
    """ratio = clio's throughput / the peer's, per job (how many times faster clio is)."""
    clio = {r["job"]: r.get("throughput") for r in rows if r["tool"] == "clio"}
    for r in rows:
        base = clio.get(r["job"])
        if r["tool"] != "clio" and base and r.get("throughput"):
            r["ratio_clio_to_peer"] = base / r["throughput"]


# --- accuracy ------------------------------------------------------------------------------------


def run_extraction_accuracy() -> dict:
    """Dates found in the documents of the dateparser prose sample (the smallest), from the spans the
    peers wrote in their dates.extract runs and from clio_dates on the same documents."""
    con = accuracy.connect(DB, EXTENSION)
    sample = os.path.join(OUT, "sample_prose_dateparser.jsonl")
    docs = len(accuracy.read_lines(sample))
    truth = accuracy.read_spans(os.path.join(OUT, "prose_dates.jsonl"), docs)
    found = {"clio": accuracy.clio_spans(con, sample, docs),
             "dateparser": accuracy.read_spans(os.path.join(OUT, "mentions_dateparser.jsonl"), docs),
             "chrono-node": accuracy.read_spans(os.path.join(OUT, "mentions_chrono.jsonl"), docs)}
    return accuracy.extraction(truth, found)


def run_names_accuracy() -> dict | None:
    """Each form of tests/data/names/forms.tsv once: the person clio_resolve and jellyfish's best
    Jaro-Winkler match choose, against the expected one ("-" = nobody)."""
    if not os.path.exists(NAMES_FORMS):
        return None
    con = accuracy.connect(DB, EXTENSION)
    forms = sum(1 for line in accuracy.read_lines(NAMES_FORMS) if line.strip() and not line.startswith("#"))
    rows = con.execute("SELECT expected FROM name_queries WHERE rowid <= ? ORDER BY rowid", (forms,)).fetchall()
    expected = [r[0] for r in rows]
    chosen = {"jellyfish": accuracy.read_lines(os.path.join(OUT, "ids_jellyfish.txt"))[:forms]}
    if registered("clio_resolve"):
        try:
            got = con.execute(f"SELECT ifnull({resolve_call()}, '-') FROM name_queries WHERE rowid <= ? "
                              "ORDER BY rowid", (forms,)).fetchall()
            chosen["clio"] = [r[0] for r in got]
        except sqlite3.Error as e:
            chosen["clio"] = []
            print(f"   clio_resolve failed: {e}")
    result = {"forms": len(expected), "negatives": expected.count("-"), "tools": {}}
    for tool, ids in chosen.items():
        if len(ids) < len(expected):
            result["tools"][tool] = None  # did not run
            continue
        right = sum(1 for e, i in zip(expected, ids) if e == i)
        wrong_person = sum(1 for e, i in zip(expected, ids) if i != "-" and e != i)
        result["tools"][tool] = {"right": right, "wrong_person": wrong_person}
    return result


def run_accuracy(sizes: dict) -> tuple[dict, dict | None]:
    """Both accuracy sets (see accuracy.py). The peers' answers on the generated set come from their
    dates.parse runs (--days); on the gold set they run once more, untimed, on its expressions."""
    con = accuracy.connect(DB, EXTENSION)
    days_files = {"dateparser": os.path.join(OUT, "days_dateparser.txt"),
                  "chrono-node": os.path.join(OUT, "days_chrono.txt")}
    # A peer's answers exist once its dates.parse run wrote them; a peer without them is not judged.
    peer_days = {tool: accuracy.read_lines(path) for tool, path in days_files.items() if os.path.exists(path)}
    generated = accuracy.generated(con, min(ACCURACY_N, sizes["dateparser_exprs"]), peer_days)
    generated["not_run"] = [tool for tool in days_files if tool not in peer_days]
    if not os.path.exists(DATES_GOLD):
        return generated, None
    print("== accuracy on tests/data/dates/gold.tsv", flush=True)
    items = accuracy.read_gold(DATES_GOLD)
    texts = os.path.join(OUT, "gold_peer_input.tsv")
    judged = accuracy.write_peer_gold_input(items, texts)
    gold_days, failed = {}, []
    for tool, cmd in [("dateparser", [sys.executable, "peer_dateparser.py"]), ("chrono-node", ["node", "peer_chrono.js"])]:
        out = os.path.join(OUT, f"gold_days_{tool}.txt")
        m = measure.run_peer(cmd + ["parse", texts, str(len(judged)), "--days", out], cwd=HERE)
        if m.ok:
            gold_days[tool] = accuracy.read_lines(out)
        else:
            failed.append(tool)
    gold = accuracy.gold(con, items, judged, gold_days)
    gold["tools"].update({tool: None for tool in failed})  # a peer that failed is not judged, not scored 0
    return generated, gold


# --- report --------------------------------------------------------------------------------------


def fmt_items(r: dict) -> str:
    if "items" not in r:
        return "-"
    return f"{r['items'] / 1e6:.1f} MB" if r["unit"] == "byte" else f"{r['items']:,}"


def print_table(rows: list[dict], info: dict) -> None:
    header = ["job", "tool", "items", "seconds (CPU)", "throughput", "peak RSS", "ratio clio/peer"]
    lines = []
    for r in rows:
        if r["status"] != "ok":
            lines.append([r["job"], r["tool"], "-", "-", r["status"], "-", "-"])
            continue
        tp = (f"{r['throughput']:,.2f} MB/s" if r["unit"] == "byte" else
              f"{r['throughput']:,.0f} {r['throughput_unit']}" if r["throughput"] >= 10 else
              f"{r['throughput']:,.3g} {r['throughput_unit']}")
        ratio = f"{r['ratio_clio_to_peer']:,.3g}x" if r.get("ratio_clio_to_peer", 10) < 10 else \
            f"{r['ratio_clio_to_peer']:,.0f}x" if "ratio_clio_to_peer" in r else ("1" if r["tool"] == "clio" else "-")
        rss = f"{r['peak_rss_mb']:.0f} MB" if r.get("peak_rss_mb") is not None else "-"
        lines.append([r["job"], r["tool"], fmt_items(r), f"{r['cpu_seconds']:.2f}", tp, rss, ratio])
    widths = [max(len(str(x)) for x in col) for col in zip(header, *lines)]
    print()
    print(f"machine: {info['nproc']} cores, {info['cpu']}, {info['memory_gb']} GB, "
          f"load average {info['load_average_1min_at_start']:.1f} at the start; sqlite3 {info['sqlite3']}, "
          f"clio {info['clio']}, dateparser {info['dateparser']}, chrono-node {info['chrono-node']}, "
          f"jellyfish {info['jellyfish']}, compromise {info['compromise']}, node {info['node']}")
    print("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths)) + " |")
    print("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for line in lines:
        print("| " + " | ".join(str(x).ljust(w) for x, w in zip(line, widths)) + " |")
    print("seconds: CPU (user + system) of the timed work, so that other load on the machine does not")
    print("inflate them; throughput = items / CPU seconds; ratio = clio's throughput / the peer's.")
    print("notes (samples, wall seconds, found):")
    for r in rows:
        if r["status"] == "ok":
            wall = f"; wall {r['wall_seconds']:.2f} s" if r.get("wall_seconds") is not None else ""
            found = f"; found {r['found']:,}" if r.get("found") is not None else ""
            print(f"  {r['job']:<19} {r['tool']:<12} {r['note']}{wall}{found}")


def print_extraction(ex: dict) -> None:
    print()
    if ex["docs"] == 0:  # the sample is written by dates.extract: nothing to judge before its first run
        print("dates in running text: no sample yet (the dates.extract job has not run in this output directory)")
        return
    print(f"dates in running text: the first {ex['docs']} documents ({ex['dates']:,} inserted dates; "
          "found = a mention overlaps the inserted date; spurious = a mention overlapping no inserted date):")
    for tool, t in ex["tools"].items():
        if not t["complete"]:
            print(f"  {tool:<12} no mentions recorded (the dates.extract job did not run)")
            continue
        print(f"  {tool:<12} found {t['found']:,}/{ex['dates']:,} ({100 * t['found'] / max(ex['dates'], 1):.1f}%), "
              f"{t['mentions']:,} mentions, {t['spurious']:,} spurious")


def print_names(names: dict | None) -> None:
    if not names:
        return
    print()
    print(f"names: each of the {names['forms']} forms of tests/data/names/forms.tsv once "
          f"({names['negatives']} mean nobody of the authority):")
    for tool, t in names["tools"].items():
        if t is None:
            print(f"  {tool:<12} did not run")
        else:
            print(f"  {tool:<12} right {t['right']}/{names['forms']}, a wrong person chosen {t['wrong_person']} times")
    if "clio" not in names["tools"]:
        print("  clio         clio_resolve not registered")


def print_accuracy(acc: dict, gold: dict | None) -> None:
    print()
    print(f"accuracy on the first {acc['items']:,} generated expressions ({acc['day_items']:,} of day precision):")
    for tool, t in acc["tools"].items():
        all_part = f"; span right on {t['all_right']:,}/{acc['items']:,} items" if t["all_right"] is not None else ""
        print(f"  {tool:<12} day right on {t['day_right']:,}/{acc['day_items']:,} day items{all_part}")
    for tool in acc.get("not_run", []):
        print(f"  {tool:<12} no answers recorded (the dates.parse job has not run in this output directory)")
    print("  by kind (items right; peers judged on day-precision kinds only):")
    tools = list(acc["tools"])
    print("    " + "kind".ljust(10) + "items".rjust(7) + "".join(t.rjust(13) for t in tools))
    for kind, k in acc["by_kind"].items():
        judged = [t for t in tools if t == "clio" or kind in acc["day_kinds"]]
        print("    " + kind.ljust(10) + str(k["items"]).rjust(7)
              + "".join((str(k[t]) if t in judged else "-").rjust(13) for t in tools))
    if gold is None:
        print("gold set: tests/data/dates/gold.tsv not found, skipped")
        return
    print(f"accuracy on tests/data/dates/gold.tsv ({gold['items']} items; clio's own unit tests check this set):")
    print(f"  clio         right on {gold['clio_all_right']}/{gold['items']} items (span, or no date where none is expected)")
    print(f"  peers are judged on the {gold['peer_items']['day']} day items and the {gold['peer_items']['none']} "
          f"no-date items without options (clio on the same items for comparison):")
    for tool, t in gold["tools"].items():
        if t is None:
            print(f"  {tool:<12} did not run")
            continue
        print(f"  {tool:<12} day right {t['day_right']}/{gold['peer_items']['day']}, "
              f"no date where none is expected {t['none_right']}/{gold['peer_items']['none']}")


CLIO_COMMAND = os.path.join(ROOT, "build", "bin", "clio")


def command_missing(jobs: list[str]) -> list[dict] | None:
    if os.path.exists(CLIO_COMMAND):
        return None
    return [{"job": j, "tool": "clio", "unit": "", "note": "",
             "status": "skipped: build/bin/clio missing (cmake --build build --target clio_cli)"} for j in jobs]


def timed_command(job: str, tool: str, cmd: list[str], items: int, unit: str, note: str) -> dict:
    """A whole command's CPU time (user + system of the child), wall time and peak RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.time()
    code, out, err, rss_kb = measure.run_timed(cmd)
    wall = time.time() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    m = measure.Measured(code == 0, error=measure.failure(code, err, False) if code else "")
    if m.ok:
        m.seconds, m.peak_rss_kb = wall, rss_kb
        m.cpu_seconds = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        m.output = {"items": items}
    return row(job, tool, m, unit, note)


def job_authority_wikidata(sizes: dict) -> list[dict]:
    """`clio authority DB dump.json` over a generated dump in the Wikidata JSON format (60% persons,
    20% places, 20% other items, ~2 KB each with sitelinks): entities/s and peak RSS, then the same
    on a tenth of the dump, to show that memory does not grow with the dump."""
    n = sizes["wikidata_entities"]
    jobs = [f"authority.wikidata {n // 1000}k", f"authority.wikidata {n // 10000}k"]
    print(f"== authority.wikidata: clio authority over a generated Wikidata dump of {n:,} entities", flush=True)
    if (skipped := command_missing(jobs)):
        return skipped
    rows = []
    for count, job in [(n, jobs[0]), (n // 10, jobs[1])]:
        dump = os.path.join(OUT, f"wikidata-{count}.json")
        if not os.path.exists(dump):
            subprocess.run(["python3", os.path.join(HERE, "..", "cli", "make_wikidata.py"), "generated", str(count),
                            dump], check=True)
        db = os.path.join(OUT, "wikidata.db")
        if os.path.exists(db):
            os.remove(db)
        subprocess.run([CLIO_COMMAND, "init", db], check=True, stdout=subprocess.DEVNULL)
        r = timed_command(job, "clio", [CLIO_COMMAND, "authority", db, dump], count, "entity",
                          f"{os.path.getsize(dump) / 1e6:,.0f} MB dump; persons, places and aliases into the "
                          f"authority tables, committed every 10,000")
        rows.append(r)
        print(f"   {job}: " + (f"{r['throughput']:,.0f} entities/s, peak RSS {r['peak_rss_mb']:.0f} MB"
                               if r["status"] == "ok" else r["status"]), flush=True)
    return rows


def job_import_files(sizes: dict) -> list[dict]:
    """`clio import` of N small text files (1-4 KB, a header and prose), against sqlite-utils
    insert-files (Debian sqlite-utils) on the same files: files/s, same run."""
    n = sizes["import_files"]
    job = f"import.files {n // 1000}k"
    print(f"== import.files: {n:,} text files into a sources database", flush=True)
    if (skipped := command_missing([job])):
        return skipped
    folder = os.path.join(OUT, f"files-{n}")
    if not os.path.isdir(folder):
        os.makedirs(folder)
        rnd = random.Random(1703)
        words = "the tsar wrote to his general about the siege of the fortress in the spring".split()
        for i in range(n):
            body = " ".join(rnd.choice(words) for _ in range(rnd.randint(150, 600)))
            with open(os.path.join(folder, f"{i:06d}.txt"), "w", encoding="utf-8") as f:
                f.write(f"title: Letter {i}\ndate: 17{rnd.randint(0, 99):02d}\nlang: en\n\n{body}.\n")
    rows = []
    db = os.path.join(OUT, "import.db")
    if os.path.exists(db):
        os.remove(db)
    subprocess.run([CLIO_COMMAND, "init", db], check=True, stdout=subprocess.DEVNULL)
    rows.append(timed_command(job, "clio", [CLIO_COMMAND, "import", db, folder], n, "file",
                              "clio import: read, header parsed, content hash, one transaction"))
    peer_db = os.path.join(OUT, "import-peer.db")
    if os.path.exists(peer_db):
        os.remove(peer_db)
    if shutil.which("sqlite-utils"):
        files = sorted(glob.glob(os.path.join(folder, "*.txt")))
        rows.append(timed_command(job, "sqlite-utils", ["sqlite-utils", "insert-files", peer_db, "files", *files,
                                                        "--text"], n, "file",
                                  "sqlite-utils insert-files --text (path and content only, no header)"))
    for r in rows:
        print(f"   {r['tool']}: " + (f"{r['throughput']:,.0f} files/s" if r["status"] == "ok" else r["status"]),
              flush=True)
    return rows


JOBS = {"dates.parse": job_dates_parse, "dates.extract": job_dates_extract,
        "names.resolve": job_names_resolve, "names.big": job_names_big, "passages.tag": job_passages_tag,
        "authority.wikidata": job_authority_wikidata, "import.files": job_import_files}


def main() -> None:
    global EXTENSION, OUT, DB, TAG_DB, TAG_SMALL_DB
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--quick", action="store_true", help="small inputs and samples, to try the harness")
    ap.add_argument("--extension", default=EXTENSION,
                    help="the clio module to load (default: build/clio, which scripts/bench builds)")
    ap.add_argument("--jobs", default=",".join(JOBS),
                    help="comma-separated jobs to time (default: all; 'none' for the accuracy tables only)")
    ap.add_argument("--out", default=OUT, help="where inputs, answers and results.json go (default: tests/out/bench)")
    args = ap.parse_args()
    EXTENSION = os.path.abspath(args.extension)
    OUT = os.path.abspath(args.out)
    DB, TAG_DB, TAG_SMALL_DB = (os.path.join(OUT, n) for n in ("bench.db", "tag.db", "tag_small.db"))
    sizes = SIZES["quick" if args.quick else "full"]
    os.makedirs(OUT, exist_ok=True)
    started = time.time()
    prepare_inputs(sizes)
    info = machine()
    rows = []
    for job in args.jobs.split(","):
        if job in JOBS:
            rows += JOBS[job](sizes)
        elif job != "none":
            sys.exit(f"unknown job {job!r}; jobs: {', '.join(JOBS)}")
    add_ratios(rows)
    acc, gold = run_accuracy(sizes)
    ex = run_extraction_accuracy()
    names = run_names_accuracy()
    print_table(rows, info)
    print_accuracy(acc, gold)
    print_extraction(ex)
    print_names(names)
    results = {"machine": info, "sizes": sizes, "results": rows, "accuracy_generated": acc,
               "accuracy_gold": gold, "accuracy_extraction": ex,
               "accuracy_names": names, "wall_seconds": round(time.time() - started, 1)}
    with open(os.path.join(OUT, "results.json"), "w", encoding="utf-8") as f:
        json.dump(results, f, indent=2, ensure_ascii=False)
    print(f"\nresults: {os.path.relpath(os.path.join(OUT, 'results.json'), ROOT)} "
          f"(bench.py took {results['wall_seconds']:.0f} s)")


if __name__ == "__main__":
    main()
