#!/usr/bin/env python3
"""Builds a fresh sources database from the sample files (standard library only).

    load_samples.py DB [FOLDER ...]

Each FOLDER (default: samples; several make one database) holds authority/ and sources/ as below; samples/eras/* are two small
corpora of other eras in the same layout. An authority file that is absent is an empty table.

Creates the schema (sql/authority.sql, sql/sources.sql), loads the sample authority
(FOLDER/authority/*.tsv: persons, aliases, places, place aliases, topics) and the sample sources
(FOLDER/sources/*.txt: a small header of `key: value` lines, a blank line, then the text).
Tagging is a separate step (sql/tag.sql, run with clio loaded). An existing DB is replaced.
"""
import csv
import glob
import os
import sqlite3
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
AUTHORITY = {  # table: (file, columns)
    "clio_person": ("persons.tsv", ("id", "name", "born", "died")),
    "clio_alias": ("aliases.tsv", ("person_id", "alias")),
    "clio_place": ("places.tsv", ("id", "name")),
    "clio_place_alias": ("place_aliases.tsv", ("place_id", "alias")),
    "clio_topic": ("topics.tsv", ("topic", "pattern")),
}
HEADER_KEYS = ("title", "author", "date", "calendar", "lang", "url")


def read_tsv(path, columns):
    with open(path, encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    if tuple(rows[0]) != columns:
        raise SystemExit(f"{path}: header {rows[0]}, expected {list(columns)}")
    return [[value if value != "" else None for value in row] for row in rows[1:]]


def read_source(path):
    with open(path, encoding="utf-8") as f:
        head, _, text = f.read().partition("\n\n")
    fields = {}
    for line in head.splitlines():
        key, _, value = line.partition(":")
        if key.strip() not in HEADER_KEYS:
            raise SystemExit(f"{path}: unknown header line {line!r}")
        fields[key.strip()] = value.strip() or None
    fields["text"] = text.strip("\n")
    return fields


def main():
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    db = sys.argv[1]
    folders = [os.path.abspath(f) for f in sys.argv[2:]] or [os.path.join(ROOT, "samples")]
    if os.path.exists(db):
        os.remove(db)
    con = sqlite3.connect(db)
    for schema in ("authority.sql", "sources.sql"):
        with open(os.path.join(ROOT, "sql", schema), encoding="utf-8") as f:
            con.executescript(f.read())
    for folder in folders:
        for table, (name, columns) in AUTHORITY.items():
            path = os.path.join(folder, "authority", name)
            if not os.path.exists(path):
                continue
            rows = read_tsv(path, columns)
            try:
                con.executemany(f"INSERT INTO {table}({', '.join(columns)}) "
                                f"VALUES ({', '.join('?' * len(columns))})", rows)
            except sqlite3.IntegrityError as e:
                raise SystemExit(f"{path}: {e} (an id that an earlier folder has too?)")
            print(f"   {table}: {len(rows)} rows")
        sources = [read_source(p) for p in sorted(glob.glob(os.path.join(folder, "sources", "*.txt")))]
        con.executemany(
            "INSERT INTO source(title, author, date, calendar, lang, url, text) "
            "VALUES (:title, :author, :date, coalesce(:calendar, 'gregorian'), :lang, :url, :text)",
            [{k: s.get(k) for k in HEADER_KEYS + ("text",)} for s in sources])
        print(f"   source: {len(sources)} texts, {sum(len(s['text']) for s in sources)} characters")
    con.commit()
    con.close()


if __name__ == "__main__":
    main()
