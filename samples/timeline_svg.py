#!/usr/bin/env python3
"""Draws the timeline of a tagged sources database as SVG (and PNG on request): who is mentioned
when. Standard library only; the PNG is rendered from the SVG by rsvg-convert (Debian
librsvg2-bin) when asked for.

    timeline_svg.py DB OUT.svg [--persons N | --person ID ...] [--max-span YEARS] [--png]
                    [--counts FILE]

What a mark means:
- Each person mention counts once. Its time is the date nearest to it in its own sentence (sentences
  as clio_passages cuts them, when --clio can be loaded), else the nearest date before it in its
  passage, else the first date after it there, else the passage's time (view passage_time of
  sql/sources.sql: the last date of an earlier passage of the same source). A paragraph that names
  1825 and then 1834 dates a mention in the sentence of 1834 to 1834, not to both years.
- A mention dated within one year (or one bin of years, on long spans) is a disc whose area is
  proportional to the number of such mentions.
- A mention dated by a range of years (`1918-1921`, `the 1920s`) is a bar across those years,
  thicker the more mentions share it; ranges longer than --max-span years (default 25: a century
  says little about when) are left out, and the legend says how many.
- The axis spans the years of the data, BCE included (1 BC follows AD 1; there is no year 0).
- --persons N (default 16): the N persons with most mentions drawn; --person ID (repeatable): just
  those, in that order. The number beside a name is its mentions drawn.
- --counts FILE writes the drawn marks as TSV (person_id, first_year, last_year, mentions; years
  astronomical: 0 is 1 BC) so that they can be checked against SQL.
"""
import argparse
import bisect
import html
import math
import os
import shutil
import sqlite3
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Person mentions with their passage's time (view person_mention), and the dates of each passage.
PERSONS = """
SELECT pm.id, pm.source_id, pm.passage_n, pm.start, pm.person_id, pm.name, pm.earliest_jd, pm.latest_jd
FROM person_mention pm WHERE pm.person_id IS NOT NULL
"""
DATES = """
SELECT source_id, passage_n, start, earliest_jd, latest_jd FROM mention
WHERE kind = 'date' AND earliest_jd IS NOT NULL AND latest_jd IS NOT NULL
"""


def sentence_starts(con, clio):
    """{source_id: sorted sentence starts} from clio_passages, when clio can be loaded; else {}."""
    if not clio:
        return {}
    try:
        con.enable_load_extension(True)
        con.load_extension(clio)
    except (AttributeError, sqlite3.Error):
        return {}
    starts = {}
    for source_id, start in con.execute(
            "SELECT s.id, p.start FROM source s, clio_passages(s.text, '{\"unit\":\"sentence\"}') p"):
        starts.setdefault(source_id, []).append(start)
    return starts


def dated_mentions(con, clio):
    """[(mention id, person id, name, earliest_jd, latest_jd)]: each person mention dated by the
    date nearest to it in its sentence, else the nearest before it in its passage, else the first
    after it there, else its passage's time."""
    dates = {}
    for source_id, passage_n, start, earliest, latest in con.execute(DATES):
        dates.setdefault((source_id, passage_n), []).append((start, earliest, latest))
    sentences = sentence_starts(con, clio)
    out = []
    for mid, source_id, passage_n, start, pid, name, p_earliest, p_latest in con.execute(PERSONS):
        around = sorted(dates.get((source_id, passage_n), []))
        chosen = None
        starts = sentences.get(source_id)
        if starts and around:
            k = bisect.bisect_right(starts, start)
            lo = starts[k - 1] if k else 0
            hi = starts[k] if k < len(starts) else float("inf")
            inside = [d for d in around if lo <= d[0] < hi]
            if inside:
                chosen = min(inside, key=lambda d: abs(d[0] - start))
        if chosen is None:
            before = [d for d in around if d[0] < start]
            after = [d for d in around if d[0] > start]
            chosen = before[-1] if before else (after[0] if after else (None, p_earliest, p_latest))
        out.append((mid, pid, name, chosen[1], chosen[2]))
    return out


def year_of_jdn(jdn):
    """The proleptic Gregorian year (astronomical: 0 = 1 BC) of a Julian Day Number; valid for
    every integer (days from 0000-03-01 split into 400-year eras with floor division)."""
    days = int(jdn) - 1721120
    era = days // 146097
    doe = days - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    month_from_march = (5 * doy + 2) // 153
    return yoe + era * 400 + (1 if month_from_march >= 10 else 0)


def year_label(year, era_shown=False):
    """44 BC for astronomical -43; AD 14 where BC years are on the same axis, else 14."""
    return f"{1 - year} BC" if year <= 0 else (f"AD {year}" if era_shown else str(year))


def round_years(first, last, tick):
    """The years from first to last whose labels are multiples of tick: 20 BC, 10 BC, AD 10 (there
    is no year 0, so the step across the era boundary is one year shorter)."""
    years = [1 - k * tick for k in range((1 - last) // tick, (1 - first) // tick + 1) if k > 0]
    years += [k * tick for k in range(max(1, -(-first // tick)), last // tick + 1)]
    return sorted(y for y in years if first <= y <= last)


def nice_step(span, most):
    """The smallest of 1, 2, 5, 10, 20, 50, ... years that cuts `span` years into at most `most`."""
    step = 1
    while span / step > most:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if span / step <= most:
                break
    return step


def marks(rows, max_span):
    """(person, first_year, last_year) -> mentions, and person -> mentions left out as too long."""
    counted, too_long = {}, {}
    for _, pid, _, earliest, latest in rows:
        if earliest is None or latest is None:
            continue
        first, last = year_of_jdn(earliest), year_of_jdn(latest)
        if last - first + 1 > max_span:
            too_long[pid] = too_long.get(pid, 0) + 1
            continue
        counted[(pid, first, last)] = counted.get((pid, first, last), 0) + 1
    return counted, too_long


def choose_persons(counted, names, wanted, limit):
    totals = {}
    for (pid, _, _), n in counted.items():
        totals[pid] = totals.get(pid, 0) + n
    if wanted:
        missing = [p for p in wanted if p not in names]
        if missing:
            raise SystemExit(f"no person mentions of {', '.join(missing)} in the database")
        return [p for p in wanted if p in totals], totals
    return sorted(totals, key=lambda p: (-totals[p], names[p]))[:limit], totals


def draw(persons, totals, names, counted, too_long, max_span, dropped_undated):
    keys = [k for k in counted if k[0] in persons]
    first = min(k[1] for k in keys)
    last = max(k[2] for k in keys)
    data_first = first
    step = nice_step(last - first + 1, 90)  # at most 90 columns: discs stay apart
    first -= first % step
    era = first <= 0  # AD years are written 'AD 14' beside BC ones

    def label(year):
        return html.escape(year_label(year, era))

    columns = (last - first) // step + 1
    label_w = 24 + 7 * max(len(f"{names[p]} ({totals[p]})") for p in persons)
    left, top, row_h = max(150, label_w), 64, 26
    col_w = max(6, min(24, 900 // columns))
    title = "Who is mentioned when"
    width = max(left + columns * col_w + 40, 620)
    height = top + len(persons) * row_h + 96

    def x_of(year):  # the centre of a year's column (of its bin, on long spans)
        return left + ((year - first) // step) * col_w + col_w / 2

    per_bin = {}
    bars = []
    for (pid, y0, y1), n in counted.items():
        if pid not in persons:
            continue
        if (y0 - first) // step == (y1 - first) // step:
            b = (pid, (y0 - first) // step)
            per_bin[b] = per_bin.get(b, 0) + n
        else:
            bars.append((pid, y0, y1, n))
    biggest = max(per_bin.values(), default=1)
    biggest_bar = max((n for *_, n in bars), default=1)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="16" y="26" font-size="16" font-weight="bold">{title}, '
           f'{label(data_first)} to {label(last)}</text>',
           f'<text x="16" y="46" fill="#444">Person mentions, each dated by the nearest date in its sentence, else in its passage; '
           f'the number after a name is its mentions drawn.</text>']
    tick = step * nice_step(columns, 12)  # labels on whole bins
    for year in round_years(first, last, tick):
        x = x_of(year)
        svg.append(f'<line x1="{x}" y1="{top - 6}" x2="{x}" y2="{top + len(persons) * row_h}" stroke="#ddd"/>')
        svg.append(f'<text x="{x}" y="{top + len(persons) * row_h + 16}" text-anchor="middle" '
                   f'fill="#555">{label(year)}</text>')
    for i, pid in enumerate(persons):
        y = top + i * row_h + row_h / 2
        svg.append(f'<text x="{left - 10}" y="{y + 4}" text-anchor="end">{html.escape(names[pid])} '
                   f'({totals[pid]})</text>')
        svg.append(f'<line x1="{left}" y1="{y}" x2="{left + columns * col_w}" y2="{y}" stroke="#f0f0f0"/>')
        for pid_bar, y0, y1, n in sorted(b for b in bars if b[0] == pid):
            thick = max(2.0, (row_h / 2 - 2) * math.sqrt(n / biggest_bar))
            x0, x1 = x_of(y0) - col_w / 2 + 1, x_of(y1) + col_w / 2 - 1
            svg.append(f'<rect x="{x0:.1f}" y="{y - thick / 2:.1f}" width="{x1 - x0:.1f}" height="{thick:.1f}" '
                       f'rx="2" fill="#e07b39" fill-opacity="0.45"><title>{html.escape(names[pid])}, '
                       f'{label(y0)}-{label(y1)}: {n}</title></rect>')
        for (pid_bin, column), n in sorted(per_bin.items()):
            if pid_bin != pid:
                continue
            r = max(1.8, (row_h / 2 - 1) * math.sqrt(n / biggest))
            x = left + column * col_w + col_w / 2
            year0 = first + column * step
            when = label(year0) if step == 1 else f"{label(year0)}-{label(year0 + step - 1)}"
            svg.append(f'<circle cx="{x:.1f}" cy="{y}" r="{r:.1f}" fill="#3465a4" fill-opacity="0.8">'
                       f'<title>{html.escape(names[pid])}, {when}: {n}</title></circle>')
    # The legend: what a disc and a bar mean, and what was left out.
    ly = top + len(persons) * row_h + 40
    svg.append(f'<circle cx="24" cy="{ly}" r="6" fill="#3465a4" fill-opacity="0.8"/>')
    svg.append(f'<text x="36" y="{ly + 4}">mentions dated within {"one year" if step == 1 else f"a bin of {step} years"} (area: {biggest} at the largest)</text>')
    svg.append(f'<rect x="14" y="{ly + 16}" width="20" height="6" rx="2" fill="#e07b39" fill-opacity="0.45"/>')
    svg.append(f'<text x="40" y="{ly + 23}">mentions dated by a range of years, drawn across it '
               f'(thickness: {biggest_bar} at the largest)</text>')
    left_out = []
    if too_long:
        left_out.append(f"{too_long} mentions dated by spans over {max_span} years")
    if dropped_undated:
        left_out.append(f"{dropped_undated} undated mentions")
    if left_out:
        svg.append(f'<text x="14" y="{ly + 44}" fill="#666">Not drawn: {"; ".join(left_out)}.</text>')
    svg.append('</svg>')
    return "\n".join(svg) + "\n", data_first, last


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("db")
    ap.add_argument("out")
    ap.add_argument("--persons", type=int, default=16)
    ap.add_argument("--person", action="append", default=[])
    ap.add_argument("--max-span", type=int, default=25)
    ap.add_argument("--png", action="store_true", help="also write OUT with .png (rsvg-convert)")
    ap.add_argument("--counts", help="write the drawn marks as TSV")
    ap.add_argument("--clio", default=os.path.join(ROOT, "build", "clio"),
                    help="clio's loadable module, for sentence bounds (default: build/clio of this checkout)")
    args = ap.parse_args()
    if not os.path.exists(args.db):
        raise SystemExit(f"{args.db}: no such database")
    con = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    try:
        rows = dated_mentions(con, args.clio)
    except sqlite3.OperationalError as e:
        raise SystemExit(f"{args.db}: {e} (create it with sql/authority.sql and sql/sources.sql, "
                         f"then tag it with sql/tag.sql)")
    if not rows:
        raise SystemExit(f"{args.db}: no person mentions linked to a person (tag it with sql/tag.sql, "
                         f"with persons in clio_person)")
    names = {pid: name or pid for _, pid, name, _, _ in rows}
    counted, too_long_of = marks(rows, args.max_span)
    persons, totals = choose_persons(counted, names, args.person, args.persons)
    if not persons:
        raise SystemExit(f"{args.db}: no dated person mentions to draw ({sum(1 for r in rows if r[3] is None)} "
                         f"undated, {sum(too_long_of.values())} dated by spans over {args.max_span} years)")
    counted = {k: n for k, n in counted.items() if k[0] in persons}
    # The legend counts what was left out of the persons drawn.
    undated = sum(1 for r in rows if r[3] is None and r[1] in persons)
    too_long = sum(n for pid, n in too_long_of.items() if pid in persons)
    svg, first, last = draw(persons, totals, names, counted, too_long, args.max_span, undated)
    with open(args.out, "w", encoding="utf-8") as f:
        f.write(svg)
    print(f"   {args.out}: {len(persons)} persons, {year_label(first, first <= 0)} to "
          f"{year_label(last, first <= 0)}")
    if args.counts:
        with open(args.counts, "w", encoding="utf-8") as f:
            f.write("person_id\tfirst_year\tlast_year\tmentions\n")
            for (pid, y0, y1), n in sorted(counted.items()):
                f.write(f"{pid}\t{y0}\t{y1}\t{n}\n")
    if args.png:
        png = os.path.splitext(args.out)[0] + ".png"
        if not shutil.which("rsvg-convert"):
            raise SystemExit("--png needs rsvg-convert (Debian: apt-get install librsvg2-bin)")
        subprocess.run(["rsvg-convert", "-o", png, args.out], check=True)
        print(f"   {png}")


if __name__ == "__main__":
    main()
