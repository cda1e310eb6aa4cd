#!/usr/bin/env python3
"""The timeline (samples/timeline_svg.py) on corpora of three eras: its marks add up to the person
mentions that SQL counts, its axis follows the data (BCE included), a mention is dated by the date
of its own sentence, a range of years is one bar, and the SVG is well-formed.

    test_timeline.py BUILD_DIR       prints PASS/FAIL lines, exits 1 on any failure
"""
import csv
import os
import re
import sqlite3
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
failures = 0


def check(name, ok, detail=""):
    global failures
    print(("PASS" if ok else "FAIL") + f" timeline/{name}" + ("" if ok else f": {detail}"))
    failures += 0 if ok else 1


def tag(db, build):
    subprocess.run(["sqlite3", "-batch", "-bail", db, "-cmd", f".load {build}/clio", ".read sql/tag.sql"],
                   cwd=ROOT, check=True)


def load(db, build, *folders):
    subprocess.run(["/usr/bin/python3", "samples/load_samples.py", db, *folders], cwd=ROOT, check=True,
                   stdout=subprocess.DEVNULL)
    tag(db, build)


def draw(db, build, out, *extra):
    counts = out + ".tsv"
    proc = subprocess.run(["/usr/bin/python3", "samples/timeline_svg.py", db, out, "--counts", counts,
                           "--clio", f"{build}/clio", *extra], cwd=ROOT, capture_output=True, text=True)
    if proc.returncode != 0:
        return None, None, proc.stderr
    with open(counts, encoding="utf-8") as f:
        rows = [(r["person_id"], int(r["first_year"]), int(r["last_year"]), int(r["mentions"]))
                for r in csv.DictReader(f, delimiter="\t")]
    with open(out, encoding="utf-8") as f:
        return rows, f.read(), ""


def not_drawn(svg):
    """The legend's count of mentions left out (too long a span, or undated)."""
    m = re.search(r"Not drawn: ([^<]*)", svg)
    return sum(int(n) for n in re.findall(r"(\d+) (?:mentions dated by spans|undated)", m.group(1))) if m else 0


def corpus_checks(name, db, build, tmp):
    rows, svg, err = draw(db, build, os.path.join(tmp, name + ".svg"), "--persons", "1000")
    if rows is None:
        check(f"{name}/draws", False, err)
        return None
    con = sqlite3.connect(db)
    linked = dict(con.execute("SELECT person_id, count(*) FROM person_mention WHERE person_id IS NOT NULL "
                              "GROUP BY person_id"))
    drawn = {}
    for pid, _, _, n in rows:
        drawn[pid] = drawn.get(pid, 0) + n
    check(f"{name}/well-formed-svg", ET.fromstring(svg).tag.endswith("svg"))
    # Every linked mention of the persons drawn is drawn once, or counted in the legend as left out.
    expected = sum(linked.get(p, 0) for p in drawn)
    check(f"{name}/counts-match-sql", sum(drawn.values()) + not_drawn(svg) == expected
          and all(drawn[p] <= linked.get(p, 0) for p in drawn),
          f"drawn {sum(drawn.values())} + left out {not_drawn(svg)} vs SQL {expected}")
    # The number beside each name is its mentions drawn.
    names = dict(con.execute("SELECT id, name FROM clio_person"))
    labels = all(f"{names[p]} ({n})" in svg.replace("&#x27;", "'") for p, n in drawn.items())
    check(f"{name}/labels-are-mention-counts", labels)
    return rows, svg


def main():
    build = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "build"))
    with tempfile.TemporaryDirectory() as tmp:
        # A Roman corpus: BCE years on the axis and in the counts.
        db = os.path.join(tmp, "rome.db")
        load(db, build, "samples/eras/rome")
        got = corpus_checks("rome", db, build, tmp)
        if got:
            rows, svg = got
            check("rome/axis-from-data-bce", min(r[1] for r in rows) < 0 and max(r[2] for r in rows) > 0
                  and " BC to AD " in svg, f"years {min(r[1] for r in rows)}..{max(r[2] for r in rows)}")
        # Peter the Great's Russia: a span of decades, Old Style sources.
        db = os.path.join(tmp, "petrine.db")
        load(db, build, "samples/eras/petrine")
        got = corpus_checks("petrine", db, build, tmp)
        if got:
            rows, svg = got
            check("petrine/axis-from-data", 1690 <= min(r[1] for r in rows) and max(r[2] for r in rows) <= 1730,
                  f"years {min(r[1] for r in rows)}..{max(r[2] for r in rows)}")
        # Two millennia: the Roman corpus with the sample sources, in bins of years.
        db = os.path.join(tmp, "long.db")
        load(db, build, "samples", "samples/eras/rome")
        got = corpus_checks("two-millennia", db, build, tmp)
        if got:
            check("two-millennia/binned", "within a bin of" in got[1])

        # Our own small source: one paragraph with two dates; a range of years.
        db = os.path.join(tmp, "own.db")
        con = sqlite3.connect(db)
        for schema in ("authority.sql", "sources.sql"):
            con.executescript(open(os.path.join(ROOT, "sql", schema), encoding="utf-8").read())
        con.executescript("""
            INSERT INTO clio_person(id, name, born, died) VALUES
              ('berlioz', 'Hector Berlioz', '1803', '1869'), ('liszt', 'Franz Liszt', '1811', '1886'),
              ('chopin', 'Frédéric Chopin', '1810', '1849');
            INSERT INTO source(id, title, lang, text) VALUES (1, 'Concert notes', 'en',
              'In 1830 Berlioz finished a symphony. In 1836 Liszt played it on the piano. ' ||
              'From 1831 to 1848 Chopin lived in Paris.');
        """)
        con.commit()
        con.close()
        tag(db, build)
        rows, svg, err = draw(db, build, os.path.join(tmp, "own.svg"))
        if rows is None:
            check("own/draws", False, err)
        else:
            check("own/mention-dated-by-its-sentence", ("berlioz", 1830, 1830, 1) in rows and
                  ("liszt", 1836, 1836, 1) in rows, str(rows))
            check("own/range-is-one-bar", ("chopin", 1831, 1848, 1) in rows and svg.count("<rect") >= 3
                  and "Frédéric Chopin, 1831-1848: 1" in svg, str(rows))
        # A person list, and clear errors.
        rows, svg, err = draw(db, build, os.path.join(tmp, "one.svg"), "--person", "liszt")
        check("own/person-list", rows == [("liszt", 1836, 1836, 1)], f"{rows} {err}")
        rows, svg, err = draw(db, build, os.path.join(tmp, "x.svg"), "--person", "nobody")
        check("own/unknown-person-is-an-error", rows is None and "nobody" in err, err)
        empty = os.path.join(tmp, "empty.db")
        sqlite3.connect(empty).close()
        rows, svg, err = draw(empty, build, os.path.join(tmp, "e.svg"))
        check("own/untagged-database-is-an-error", rows is None and "sql/sources.sql" in err, err)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
