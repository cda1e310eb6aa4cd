#!/usr/bin/env python3
"""Validate the sample authority, the sample sources and the names gold set.

Usage:  python3 samples/authority/check_authority.py [repo_root]
Exit status 0 when everything is valid, 1 otherwise (every problem is printed).
Standard library only, so it runs anywhere the repository is checked out.

What is checked, and why:
  * every TSV is UTF-8, has the documented header, the right number of columns on every row,
    no empty values where a value is required and no stray spaces around values (a trailing space
    would silently become part of a name);
  * ids are unique and look like ids ([a-z0-9_]+), so SQL joins on them are exact;
  * persons.tsv: born/died are ISO days (valid Gregorian dates) or bare years, and born <= died;
  * aliases.tsv / place_aliases.tsv: every id exists, 2-6 aliases per person (the brief), no
    duplicate pair; an alias shared by two persons is reported, because it makes the authority
    itself ambiguous (namesakes must be told apart by life dates, not by identical aliases);
  * topics.tsv: 3-8 patterns per topic, `*` only as the last character;
  * samples/sources/*.txt: the six header lines, a blank line, a known lang and calendar,
    and 150-600 words of text;
  * tests/data/names_gold.tsv: five columns, expected_id empty or a person id, no repeated
    (form, context), at least 300 rows and 60 negatives, and fewer than a quarter of the forms
    equal to a listed name or alias (the set tests what clio must find by itself).
"""
import csv
import datetime
import os
import re
import sys

ROOT = os.path.normpath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
AUTH = os.path.join(ROOT, "samples", "authority")
SOURCES = os.path.join(ROOT, "samples", "sources")
GOLD = os.path.join(ROOT, "tests", "data", "names_gold.tsv")

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def read_tsv(path, header):
    """Rows (without header) of a tab-separated file; tabs never occur inside values, no quoting."""
    rows = []
    try:
        with open(path, encoding="utf-8", newline="") as f:
            lines = f.read().split("\n")
    except (OSError, UnicodeDecodeError) as e:
        problem(path, f"cannot read as UTF-8: {e}")
        return rows
    if lines and lines[-1] == "":
        lines.pop()
    if not lines or lines[0].split("\t") != header:
        problem(path, f"header must be {header!r}, got {lines[0] if lines else '(empty file)'!r}")
        return rows
    for n, line in enumerate(lines[1:], start=2):
        if "\r" in line:
            problem(f"{path}:{n}", "carriage return (use LF line ends)")
        cols = line.split("\t")
        if len(cols) != len(header):
            problem(f"{path}:{n}", f"expected {len(header)} columns, got {len(cols)}: {line!r}")
            continue
        for name, value in zip(header, cols):
            if '"' in value:
                # consumers may read the files with a CSV reader whose quote character is '"'
                problem(f"{path}:{n}", f"column {name} contains a double quote (use « » or ' instead)")
            if value != value.strip():
                problem(f"{path}:{n}", f"column {name} has surrounding spaces: {value!r}")
        rows.append((n, cols))
    return rows


ID_RE = re.compile(r"^[a-z0-9_]+$")
YEAR_RE = re.compile(r"^\d{4}$")
DAY_RE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")


def parse_life_date(value):
    """(year, month, day) with month/day 0 for a bare year; None if invalid."""
    if YEAR_RE.match(value):
        return (int(value), 0, 0)
    m = DAY_RE.match(value)
    if not m:
        return None
    y, mo, d = map(int, m.groups())
    try:
        datetime.date(y, mo, d)
    except ValueError:
        return None
    return (y, mo, d)


def check_ids(path, rows, col=0):
    seen = {}
    for n, cols in rows:
        i = cols[col]
        if not ID_RE.match(i):
            problem(f"{path}:{n}", f"bad id {i!r}")
        if i in seen:
            problem(f"{path}:{n}", f"duplicate id {i!r} (first on line {seen[i]})")
        seen[i] = n
    return set(seen)


def check_aliases(path, rows, ids, lo, hi, what):
    per_id = {}
    pairs = set()
    owners = {}
    for n, (i, alias) in rows:
        if i not in ids:
            problem(f"{path}:{n}", f"unknown {what} id {i!r}")
        if not alias:
            problem(f"{path}:{n}", "empty alias")
        if (i, alias) in pairs:
            problem(f"{path}:{n}", f"duplicate alias {alias!r} for {i}")
        pairs.add((i, alias))
        per_id[i] = per_id.get(i, 0) + 1
        owners.setdefault(alias.casefold(), set()).add(i)
    for i in sorted(ids):
        c = per_id.get(i, 0)
        if lo is not None and not (lo <= c <= hi):
            problem(path, f"{what} {i!r} has {c} aliases, expected {lo}-{hi}")
    for alias, who in sorted(owners.items()):
        if len(who) > 1:
            problem(path, f"alias {alias!r} is shared by {sorted(who)}")


def main():
    p_path = os.path.join(AUTH, "persons.tsv")
    persons = read_tsv(p_path, ["id", "name", "born", "died"])
    person_ids = check_ids(p_path, persons)
    for n, (i, name, born, died) in persons:
        if not name:
            problem(f"{p_path}:{n}", "empty name")
        b, d = parse_life_date(born), parse_life_date(died)
        if b is None:
            problem(f"{p_path}:{n}", f"born {born!r} is not an ISO day or a year")
        if d is None:
            problem(f"{p_path}:{n}", f"died {died!r} is not an ISO day or a year")
        if b and d and b > d:
            problem(f"{p_path}:{n}", f"born {born} after died {died}")
        if b and d and d[0] - b[0] > 110:
            problem(f"{p_path}:{n}", f"implausible life span {born}..{died}")

    a_path = os.path.join(AUTH, "aliases.tsv")
    alias_rows = read_tsv(a_path, ["person_id", "alias"])
    check_aliases(a_path, alias_rows, person_ids, 2, 6, "person")
    listed_names = {c[1].casefold() for _, c in persons} | {c[1].casefold() for _, c in alias_rows}

    pl_path = os.path.join(AUTH, "places.tsv")
    places = read_tsv(pl_path, ["id", "name"])
    place_ids = check_ids(pl_path, places)
    pa_path = os.path.join(AUTH, "place_aliases.tsv")
    check_aliases(pa_path, read_tsv(pa_path, ["place_id", "alias"]), place_ids, 1, 10, "place")

    t_path = os.path.join(AUTH, "topics.tsv")
    per_topic = {}
    for n, (topic, pattern) in read_tsv(t_path, ["topic", "pattern"]):
        if not ID_RE.match(topic):
            problem(f"{t_path}:{n}", f"bad topic name {topic!r}")
        if not pattern or "*" in pattern[:-1]:
            problem(f"{t_path}:{n}", f"pattern {pattern!r}: '*' is allowed only at the end")
        per_topic.setdefault(topic, []).append(pattern.casefold())
    for topic, pats in per_topic.items():
        if not (3 <= len(pats) <= 8):
            problem(t_path, f"topic {topic!r} has {len(pats)} patterns, expected 3-8")
        if len(set(pats)) != len(pats):
            problem(t_path, f"topic {topic!r} repeats a pattern (case-insensitively)")
    if not (6 <= len(per_topic) <= 10):
        problem(t_path, f"{len(per_topic)} topics, expected 6-10")

    langs = {}
    if os.path.isdir(SOURCES):
        keys = ["title", "author", "date", "calendar", "lang", "url"]
        for fn in sorted(os.listdir(SOURCES)):
            if not fn.endswith(".txt"):
                continue
            path = os.path.join(SOURCES, fn)
            try:
                with open(path, encoding="utf-8") as f:
                    lines = f.read().split("\n")
            except (OSError, UnicodeDecodeError) as e:
                problem(path, f"cannot read as UTF-8: {e}")
                continue
            head = {}
            for k, line in zip(keys, lines[:6]):
                if not line.startswith(k + ":"):
                    problem(path, f"header line {k!r} missing or out of order: {line!r}")
                head[k] = line[len(k) + 1:].strip()
            if len(lines) < 8 or lines[6] != "":
                problem(path, "header must be followed by one blank line")
            if head.get("calendar") not in ("gregorian", "julian"):
                problem(path, f"calendar {head.get('calendar')!r}")
            if head.get("lang") not in ("en", "ru", "de", "fr"):
                problem(path, f"lang {head.get('lang')!r}")
            langs[head.get("lang")] = langs.get(head.get("lang"), 0) + 1
            words = len("\n".join(lines[7:]).split())
            if not (150 <= words <= 600):
                problem(path, f"{words} words, expected 150-600")
        total = sum(langs.values())
        for lang, need in (("ru", 6), ("de", 4), ("fr", 4)):
            if langs.get(lang, 0) < need:
                problem(SOURCES, f"{langs.get(lang, 0)} sources in {lang}, expected at least {need}")
        if total < 32:
            problem(SOURCES, f"{total} sources, expected at least 32")

    gold_rows = []
    if os.path.exists(GOLD):
        gold_rows = read_tsv(GOLD, ["form", "context", "expected_id", "kind", "note"])
        negatives = 0
        listed_forms = 0
        seen_forms = {}
        for n, (form, context, expected, kind, note) in gold_rows:
            if (form, context) in seen_forms:
                problem(f"{GOLD}:{n}", f"form {form!r} with context {context!r} repeats line {seen_forms[(form, context)]}")
            seen_forms[(form, context)] = n
            listed_forms += form.casefold() in listed_names
            if not form or not kind:
                problem(f"{GOLD}:{n}", "form and kind are required")
            if expected and expected not in person_ids:
                problem(f"{GOLD}:{n}", f"expected_id {expected!r} is not a person id")
            if context and not re.match(r"^-?\d{4}(-\d{2}(-\d{2})?)?$", context):
                problem(f"{GOLD}:{n}", f"context {context!r} is not a year or ISO date")
            negatives += expected == ""
        if len(gold_rows) < 300:
            problem(GOLD, f"{len(gold_rows)} rows, expected at least 300")
        if negatives < 60:
            problem(GOLD, f"{negatives} negatives, expected at least 60")
        # The gold set must test what clio finds by itself, so most forms must NOT be listed
        # names or aliases (a few are kept as controls).
        if listed_forms * 4 > len(gold_rows):
            problem(GOLD, f"{listed_forms} of {len(gold_rows)} forms are listed names or aliases; keep it under a quarter")

    for p in problems:
        print(p)
    print(f"persons {len(persons)}, places {len(places)}, topics {len(per_topic)}, "
          f"sources {sum(langs.values())} {dict(sorted((k or '?', v) for k, v in langs.items()))}, "
          f"gold rows {len(gold_rows)} ({sum(1 for _, c in gold_rows if not c[2])} negative); {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
