#!/usr/bin/python3
"""The jellyfish peer for name resolution (Debian's python3-jellyfish), timed on the benchmark inputs.

    peer_jellyfish.py AUTHORITY_TSV QUERIES_TSV N [--ids OUT]

AUTHORITY_TSV: id, name, (born, died,) aliases separated by " | " (tests/data/names/persons.tsv
format; lines starting with '#' are comments). QUERIES_TSV: the name form in the first column;
the first N queries are resolved, cycling through the file if it is shorter.

What a historian would write with jellyfish: compare the form with every name and alias of the
authority by Jaro-Winkler similarity and take the best person, if its similarity reaches 0.85 (a
common cut-off; below it the form counts as nobody). Prints one JSON object {"items", "unit",
"seconds", "cpu_seconds", "found"}; only the matching is timed. --ids writes the chosen id per query
("-" for nobody), for the accuracy side-table.
"""

import json
import sys
import warnings

warnings.simplefilter("ignore")  # jellyfish 0.8 warns about a deprecated getargs format
import jellyfish  # noqa: E402

from work_timer import WorkTimer  # noqa: E402

THRESHOLD = 0.85


def read_authority(path):
    forms = []  # (id, folded form)
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            names = [cols[1]] + ([a.strip() for a in cols[4].split("|")] if len(cols) > 4 and cols[4] else [])
            forms.extend((cols[0], n.casefold()) for n in names if n)
    return forms


def read_queries(path, n):
    base = [line.split("\t")[0] for line in open(path, encoding="utf-8")
            if not line.startswith("#") and line.strip()]
    return [base[i % len(base)] for i in range(n)] if base else []


def best_match(query, forms):
    q = query.casefold()
    best_id, best = "-", 0.0
    for pid, form in forms:
        s = jellyfish.jaro_winkler_similarity(q, form)
        if s > best:
            best_id, best = pid, s
    return best_id if best >= THRESHOLD else "-"


def main():
    forms = read_authority(sys.argv[1])
    queries = read_queries(sys.argv[2], int(sys.argv[3]))
    timer = WorkTimer()
    ids = [best_match(q, forms) for q in queries]
    timed = timer.stop()
    if "--ids" in sys.argv:
        with open(sys.argv[sys.argv.index("--ids") + 1], "w", encoding="utf-8") as f:
            f.writelines(i + "\n" for i in ids)
    print(json.dumps({"items": len(queries), "unit": "name", **timed,
                      "found": sum(1 for i in ids if i != "-"), "authority_forms": len(forms)}))


if __name__ == "__main__":
    main()
