"""Tests the scale-out recipe (clio_dask.py): a corpus sharded into N SQLite files and tagged on
a Dask cluster gives exactly the tags of the single-file run.

Run: /usr/bin/python3 tests/scale/test_scale.py BUILD_DIR
Needs Debian python3-dask and python3-distributed. Prints PASS/FAIL lines.

The corpus: every paragraph of samples/sources/*.txt, three times over (ids differ), each with a
`correspondent` drawn in turn from the sample authority's aliases (Latin and Cyrillic spellings)
and the source's date as `date`. The authority: samples/authority/persons.tsv and aliases.tsv.
"""
import csv
import glob
import os
import sqlite3
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
import clio_dask  # noqa: E402

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
MODULE = os.path.join(BUILD, "clio.so")
SHARDS = 5
COPIES = 3

failures = 0


def check(name, ok, detail=""):
    global failures
    print(f"PASS scale/{name}" if ok else f"FAIL scale/{name}: {detail}")
    failures += not ok


def read_tsv(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))


def build_authority(path):
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    con.load_extension(MODULE)
    con.execute("SELECT clio_authority_install()")
    authority = os.path.join(ROOT, "samples", "authority")
    con.executemany("INSERT INTO clio_person(id, name, born, died) VALUES (:id, :name, :born, :died)",
                    read_tsv(os.path.join(authority, "persons.tsv")))
    con.executemany("INSERT INTO clio_alias(person_id, alias) VALUES (:person_id, :alias)",
                    read_tsv(os.path.join(authority, "aliases.tsv")))
    con.commit()
    con.close()


def source_paragraphs(path):
    """(date, [paragraphs]) of one sample source: header lines 'key: value' until a blank line."""
    with open(path, encoding="utf-8") as f:
        head, _, body = f.read().partition("\n\n")
    meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    date = meta.get("date", "").strip() or None
    return date, [p.strip() for p in body.split("\n\n") if p.strip()]


def build_sources(path):
    aliases = [row["alias"] for row in read_tsv(os.path.join(ROOT, "samples", "authority", "aliases.tsv"))]
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE sources(id INTEGER PRIMARY KEY, text TEXT NOT NULL, date TEXT, correspondent TEXT)")
    rows = []
    for copy in range(COPIES):
        for file in sorted(glob.glob(os.path.join(ROOT, "samples", "sources", "*.txt"))):
            date, paragraphs = source_paragraphs(file)
            for p in paragraphs:
                n = len(rows)
                rows.append((n + 1, p, date, aliases[(n * 7) % len(aliases)] if n % 4 else None))
    con.executemany("INSERT INTO sources VALUES (?, ?, ?, ?)", rows)
    con.commit()
    con.close()
    return len(rows)


def all_tags(path):
    con = sqlite3.connect(path)
    rows = con.execute("SELECT * FROM tags ORDER BY source_id, kind, start, surface, value").fetchall()
    con.close()
    return rows


def main():
    try:
        from distributed import LocalCluster
    except ImportError as e:
        check("dask-installed", False, f"{e} (Debian python3-dask and python3-distributed)")
        return 1

    with tempfile.TemporaryDirectory() as tmp:
        sources, authority = os.path.join(tmp, "sources.db"), os.path.join(tmp, "authority.db")
        n_sources = build_sources(sources)
        build_authority(authority)

        single = os.path.join(tmp, "single.db")
        t0 = time.perf_counter()
        clio_dask.run_single(sources, authority, single, MODULE)
        t_single = time.perf_counter() - t0
        reference = all_tags(single)

        sharded = os.path.join(tmp, "sharded.db")
        t0 = time.perf_counter()
        counts = clio_dask.run(sources, authority, sharded, MODULE, SHARDS, os.path.join(tmp, "shards"))
        t_sharded = time.perf_counter() - t0
        got = all_tags(sharded)
        check("sharded-equals-single", got == reference,
              f"{len(got)} tags sharded vs {len(reference)} single; first difference: "
              f"{next(((a, b) for a, b in zip(got, reference) if a != b), None)}")
        check("every-shard-tagged", len(counts) == SHARDS and all(c > 0 for c in counts) and sum(counts) == len(got),
              f"per-shard counts {counts}, gathered {len(got)}")

        dates = [r for r in reference if r[1] == "date"]
        persons = [r for r in reference if r[1] == "person"]
        resolved = [r for r in persons if r[5] is not None]
        check("tags-are-real",
              len({r[0] for r in dates}) > n_sources // 3 and len(resolved) > len(persons) * 3 // 4,
              f"{len(dates)} dates in {len({r[0] for r in dates})} of {n_sources} sources; "
              f"{len(resolved)} of {len(persons)} correspondents resolved")
        # A tag's offsets point at its surface in the source text.
        con = sqlite3.connect(sources)
        con.execute("ATTACH DATABASE ? AS out", (sharded,))
        bad = con.execute("SELECT count(*) FROM out.tags t JOIN sources s ON s.id = t.source_id "
                          "WHERE t.kind = 'date' AND substr(s.text, t.start, t.length) <> t.surface").fetchone()[0]
        con.close()
        check("offsets-point-at-surface", bad == 0, f"{bad} date tags whose offsets miss their surface")

        # The same code against a scheduler address (what a real cluster gives), re-run over the
        # same work directory and output: rebuilt from scratch, never appended.
        with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster:
            clio_dask.run(sources, authority, sharded, MODULE, SHARDS, os.path.join(tmp, "shards"),
                          scheduler=cluster.scheduler_address)
        again = all_tags(sharded)
        check("scheduler-address-rerun", again == reference, f"{len(again)} tags vs {len(reference)}")
        print(f"   {n_sources} sources, {len(dates)} date tags, {len(resolved)} of {len(persons)} correspondents resolved; "
              f"single file {t_single:.2f} s, "
              f"{SHARDS} shards on 2 local workers {t_sharded:.2f} s (includes cluster start-up)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
