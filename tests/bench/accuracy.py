"""The accuracy side-table for dates: how many expressions each tool reads right.

Two sets:
  generated  the first N lines of exprs.tsv, whose spans hist_dates.py computed by calendar
             arithmetic (independent of clio's code, but written from the forms clio documents);
  gold       tests/data/dates/gold.tsv, the date engineer's gold set (clio's unit tests check it,
             so clio's score there is not independent evidence; the peers' is).

Judging. clio returns a span: it is right when earliest AND latest equal the expected days (and,
for gold items expected to be no date, when it returns NULL). The peers return one instant: they
are judged on day-precision items only (the day they return must equal the expected day) and, on
the gold set, on the items that must give no date (they must return nothing). Gold items with
options (ref, calendar, order) are left out for the peers: neither peer has those options in the
form clio reads them; clio is judged on them too. The Old Style and dual-dated items are in the
day set on purpose: returning the Julian day as if it were Gregorian is the error historians meet.
"""

import json
import os
import sqlite3

import hist_dates


def connect(db: str, extension: str) -> sqlite3.Connection:
    con = sqlite3.connect(db)
    con.enable_load_extension(True)
    con.load_extension(extension)
    con.enable_load_extension(False)
    return con


def read_lines(path: str) -> list[str]:
    try:
        with open(path, encoding="utf-8") as f:
            return [line.rstrip("\n") for line in f]
    except OSError:
        return []


def generated(con: sqlite3.Connection, n: int, peer_days: dict[str, list[str]]) -> dict:
    """peer_days: tool -> the day it returned for each of the first lines of exprs.tsv."""
    rows = con.execute("SELECT kind, precision, earliest, latest, clio_date_earliest(t), clio_date_latest(t) "
                       "FROM exprs WHERE rowid <= ? ORDER BY rowid", (n,)).fetchall()
    tools = ["clio", *peer_days]
    result = {"items": len(rows), "day_items": 0, "day_kinds": [], "by_kind": {},
              "tools": {t: {"day_right": 0, "all_right": 0 if t == "clio" else None} for t in tools}}
    for i, (kind, precision, earliest, latest, c_earliest, c_latest) in enumerate(rows):
        k = result["by_kind"].setdefault(kind, {"items": 0, **{t: 0 for t in tools}})
        k["items"] += 1
        clio_right = c_earliest == earliest and c_latest == latest
        result["tools"]["clio"]["all_right"] += clio_right
        k["clio"] += clio_right
        if precision != "day":
            continue
        result["day_items"] += 1
        if kind not in result["day_kinds"]:
            result["day_kinds"].append(kind)
        result["tools"]["clio"]["day_right"] += clio_right
        for tool, days in peer_days.items():
            right = i < len(days) and days[i] == earliest
            result["tools"][tool]["day_right"] += right
            k[tool] += right
    return result


# --- the gold set ----------------------------------------------------------------------------------


def gold_day(field: str) -> str:
    """A gold day: ISO Gregorian, "julian:YYYY-MM-DD" (converted here), or "-" (none)."""
    if not field.startswith("julian:"):
        return field
    text = field[len("julian:"):]
    sign = -1 if text.startswith("-") else 1
    y, m, d = (int(x) for x in text.lstrip("-").split("-"))
    return hist_dates.iso_jdn(hist_dates.julian_to_jdn(sign * y, m, d))


def gold_options(field: str) -> str | None:
    """"-" or "key=value;key=value" -> the JSON options object clio takes."""
    if field == "-":
        return None
    pairs = (p.split("=", 1) for p in field.split(";") if p)
    return json.dumps({k.strip(): v.strip() for k, v in pairs})


def read_gold(path: str) -> list[dict]:
    items = []
    for line in read_lines(path):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 5:
            continue
        items.append({"text": cols[0], "options": gold_options(cols[1]), "none": cols[2] == "NULL",
                      "earliest": gold_day(cols[3]), "latest": gold_day(cols[4])})
    return items


def write_peer_gold_input(items: list[dict], path: str) -> list[dict]:
    """The gold items the peers are judged on, one expression per line (peer 'parse' input)."""
    judged = [g for g in items if g["options"] is None and (g["none"] or g["earliest"] == g["latest"] != "-")]
    with open(path, "w", encoding="utf-8") as f:
        f.writelines(g["text"].replace("\t", " ") + "\n" for g in judged)
    return judged


def gold(con: sqlite3.Connection, items: list[dict], judged: list[dict], peer_days: dict[str, list[str]]) -> dict:
    clio_right = 0
    clio_day = {"right": 0, "items": 0}
    clio_none = {"right": 0, "items": 0}
    judged_ids = {id(g) for g in judged}
    for g in items:
        args = (g["text"],) if g["options"] is None else (g["text"], g["options"])
        q = "?" if g["options"] is None else "?, ?"
        edtf, earliest, latest = con.execute(
            f"SELECT clio_date({q}), clio_date_earliest({q}), clio_date_latest({q})", args * 3).fetchone()
        if g["none"]:
            right = edtf is None
        else:
            right = edtf is not None and earliest == g["earliest"] and latest == g["latest"]
        clio_right += right
        if id(g) in judged_ids:  # the peers' items, for a like-with-like column
            bucket = clio_none if g["none"] else clio_day
            bucket["items"] += 1
            bucket["right"] += right
    result = {"items": len(items), "clio_all_right": clio_right,
              "peer_items": {"day": sum(1 for g in judged if not g["none"]), "none": sum(1 for g in judged if g["none"])},
              "tools": {"clio": {"day_right": clio_day["right"], "none_right": clio_none["right"]}}}
    for tool, days in peer_days.items():
        t = {"day_right": 0, "none_right": 0}
        for g, day in zip(judged, days):
            if g["none"]:
                t["none_right"] += day == ""
            else:
                t["day_right"] += day == g["earliest"]
        result["tools"][tool] = t
    return result


# --- dates in running text -------------------------------------------------------------------------


def read_spans(path: str, docs: int) -> list[list[list[int]]]:
    """The first `docs` lines of a mentions file: per document, [start, end) character spans."""
    return [json.loads(line) for line in read_lines(path)[:docs]]


def clio_spans(con: sqlite3.Connection, prose_jsonl: str, docs: int) -> list[list[list[int]]]:
    """clio_dates over the first `docs` documents, as 0-based [start, end) character spans."""
    out = []
    for line in read_lines(prose_jsonl)[:docs]:
        rows = con.execute("SELECT start - 1, start - 1 + length FROM clio_dates(?)", (json.loads(line),))
        out.append([list(r) for r in rows])
    return out


def extraction(truth: list[list[list[int]]], found: dict[str, list[list[list[int]]]]) -> dict:
    """How many inserted dates each tool found (a found span overlaps the inserted one) and how many
    of its mentions overlap no inserted date (page numbers, counts, ages: spurious)."""
    result = {"docs": len(truth), "dates": sum(len(t) for t in truth), "tools": {}}
    for tool, per_doc in found.items():
        hit = spurious = mentions = 0
        for dates, spans in zip(truth, per_doc):
            mentions += len(spans)
            hit += sum(1 for a, b in dates if any(s < b and a < e for s, e in spans))
            spurious += sum(1 for s, e in spans if not any(s < b and a < e for a, b in dates))
        complete = len(per_doc) >= len(truth)
        result["tools"][tool] = {"found": hit, "mentions": mentions, "spurious": spurious, "complete": complete}
    return result
