#!/usr/bin/env python3
"""Draws the timeline of a tagged sources database as SVG: persons x years, one disc per
(person, year) with an area proportional to the number of mentions (standard library only).

    timeline_svg.py DB OUT.svg [PERSONS]

A mention counts for the years of its passage's time (sql/sources.sql, view passage_time): the
passage's own dates, or else the last date before it in the same source. Spans longer than ten
years (a century, a decade) are left out: they say little about a single year. PERSONS (default
16) most mentioned persons are drawn, the most mentioned at the top.
"""
import html
import math
import sqlite3
import sys

QUERY = """
SELECT pm.person_id, pm.name, y.year, count(*) AS n
FROM person_mention pm
JOIN (WITH RECURSIVE years(year) AS (SELECT 1800 UNION ALL SELECT year + 1 FROM years WHERE year < 1970)
      SELECT year, julianday(printf('%04d-01-01', year)) + 0.5 AS first_jd,
             julianday(printf('%04d-12-31', year)) + 0.5 AS last_jd FROM years) y
  ON pm.earliest_jd <= y.last_jd AND pm.latest_jd >= y.first_jd
WHERE pm.latest_jd - pm.earliest_jd <= 3653
GROUP BY pm.person_id, y.year
"""


def main():
    if len(sys.argv) not in (3, 4):
        raise SystemExit(__doc__)
    db, out = sys.argv[1], sys.argv[2]
    limit = int(sys.argv[3]) if len(sys.argv) == 4 else 16
    rows = sqlite3.connect(db).execute(QUERY).fetchall()
    if not rows:
        raise SystemExit("no dated person mentions: tag the database first (sql/tag.sql)")
    totals, names, counts = {}, {}, {}
    for pid, name, year, n in rows:
        totals[pid] = totals.get(pid, 0) + n
        names[pid] = name or pid
        counts[(pid, year)] = n
    persons = sorted(totals, key=lambda p: (-totals[p], names[p]))[:limit]
    years = sorted({y for (p, y) in counts if p in persons})
    first, last = years[0], years[-1]
    left, top, row_h, col_w = 210, 50, 26, 9
    width = left + (last - first + 1) * col_w + 40
    height = top + len(persons) * row_h + 50
    biggest = max(counts[k] for k in counts if k[0] in persons)
    svg = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
           f'font-family="sans-serif" font-size="12">',
           f'<rect width="{width}" height="{height}" fill="white"/>',
           f'<text x="{left}" y="24" font-size="15" font-weight="bold">Who is mentioned when '
           f'(disc area = mentions per year)</text>']
    for decade in range(first - first % 10, last + 1, 10):
        if decade < first:
            continue
        x = left + (decade - first) * col_w + col_w / 2
        svg.append(f'<line x1="{x}" y1="{top - 8}" x2="{x}" y2="{height - 40}" stroke="#ddd"/>')
        svg.append(f'<text x="{x}" y="{height - 24}" text-anchor="middle" fill="#555">{decade}</text>')
    for i, pid in enumerate(persons):
        y = top + i * row_h + row_h / 2
        svg.append(f'<text x="{left - 10}" y="{y + 4}" text-anchor="end">{html.escape(names[pid])} '
                   f'({totals[pid]})</text>')
        svg.append(f'<line x1="{left}" y1="{y}" x2="{width - 40}" y2="{y}" stroke="#f0f0f0"/>')
        for year in years:
            n = counts.get((pid, year))
            if n:
                r = max(1.5, (row_h / 2 - 1) * math.sqrt(n / biggest))
                x = left + (year - first) * col_w + col_w / 2
                svg.append(f'<circle cx="{x}" cy="{y}" r="{r:.1f}" fill="#3465a4" fill-opacity="0.75">'
                           f'<title>{html.escape(names[pid])}, {year}: {n}</title></circle>')
    svg.append('</svg>')
    with open(out, "w", encoding="utf-8") as f:
        f.write("\n".join(svg) + "\n")
    print(f"   {out}: {len(persons)} persons, {first}-{last}")


if __name__ == "__main__":
    main()
