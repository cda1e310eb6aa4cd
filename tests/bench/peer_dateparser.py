#!/usr/bin/python3
"""The dateparser peer (Debian's python3-dateparser), timed on the benchmark inputs.

    peer_dateparser.py parse  EXPRS_TSV  N          [--days OUT]       parse the first N expressions
    peer_dateparser.py search PROSE_JSONL BYTES [--mentions OUT]   search_dates over the first documents
                                                                   until BYTES of UTF-8 are covered

Prints one JSON object: {"items", "unit", "seconds", "cpu_seconds", "found"}. Only the work is timed
(not the interpreter start, the import, or reading the input); scripts/bench measures peak memory of
the whole process. --days writes, per input line, the ISO day dateparser returned (empty if none),
for the accuracy side-table; --mentions writes, per document, the character spans found.

How dateparser is called, and why:
  parse   one DateDataParser(languages=["en", "ru", "de", "fr"]) reused for every expression:
          this is what dateparser.parse() does inside, minus building a parser per call when
          languages are given; restricting detection to the four languages of the input makes it
          faster than the default (detection over every locale dateparser knows).
  search  dateparser.search.search_dates(text, languages=["en", "ru"]) per document: the prose
          is English and Russian.
"""

import json
import sys
import warnings

warnings.simplefilter("ignore")  # dateparser 1.1 warns about pytz on every search; not our concern

import dateparser
import dateparser.search

from work_timer import WorkTimer


def read_exprs(path, n):
    out = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if len(out) >= n:
                break
            out.append(line.rstrip("\n").split("\t")[0])
    return out


def read_docs(path, max_bytes):
    docs, total = [], 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if total >= max_bytes:
                break
            doc = json.loads(line)
            docs.append(doc)
            total += len(doc.encode("utf-8"))
    return docs, total


def day_of(dt):
    return "" if dt is None else dt.date().isoformat()


def write_mentions(path, docs, hits_per_doc):
    """Per document, the [start, end) character offsets of what search_dates found. It returns
    substrings, not offsets: each is looked up after the previous one."""
    with open(path, "w", encoding="utf-8") as f:
        for doc, hits in zip(docs, hits_per_doc):
            spans, at = [], 0
            for substring, _ in hits:
                i = doc.find(substring, at)
                if i < 0:
                    i = doc.find(substring)
                if i >= 0:
                    spans.append([i, i + len(substring)])
                    at = i + len(substring)
            f.write(json.dumps(spans) + "\n")


def main():
    mode, path, amount = sys.argv[1], sys.argv[2], int(sys.argv[3])
    if mode == "parse":
        exprs = read_exprs(path, amount)
        parser = dateparser.DateDataParser(languages=["en", "ru", "de", "fr"])
        days = []
        timer = WorkTimer()
        for text in exprs:
            days.append(day_of(parser.get_date_data(text).date_obj))
        timed = timer.stop()
        if "--days" in sys.argv:
            with open(sys.argv[sys.argv.index("--days") + 1], "w", encoding="utf-8") as f:
                f.writelines(d + "\n" for d in days)
        result = {"items": len(exprs), "unit": "expr", **timed, "found": sum(1 for d in days if d)}
    elif mode == "search":
        docs, total = read_docs(path, amount)
        hits_per_doc = []
        timer = WorkTimer()
        for doc in docs:
            hits_per_doc.append(dateparser.search.search_dates(doc, languages=["en", "ru"]) or [])
        timed = timer.stop()
        found = sum(len(h) for h in hits_per_doc)
        if "--mentions" in sys.argv:
            write_mentions(sys.argv[sys.argv.index("--mentions") + 1], docs, hits_per_doc)
        result = {"items": total, "unit": "byte", **timed, "found": found, "docs": len(docs)}
    else:
        sys.exit("usage: peer_dateparser.py parse|search FILE AMOUNT [--days OUT]")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
