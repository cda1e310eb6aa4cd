#!/usr/bin/env bash
# End-to-end tests of the clio command (build/bin/clio) on the fixtures beside this file: init,
# import (text, Markdown and HTML, a sidecar, a re-import, a changed file, broken files), authority
# (CSV and TSV), tag (the same result as sql/tag.sql; an interrupted run resumed), export (CSV and
# JSON Lines against SQL), sql, and the errors of misuse.
#   tests/cli/run.sh BUILD_DIR      prints one PASS/FAIL line per check
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:?usage: tests/cli/run.sh BUILD_DIR}" && pwd)
clio=$build/bin/clio
fx=$root/tests/cli/fixtures
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"

check() {  # NAME CONDITION-STATUS [DETAIL]
  if [ "$2" -eq 0 ]; then echo "PASS cli/$1"; else echo "FAIL cli/$1${3:+: $3}"; fi
}
q() { sqlite3 -batch "$1" "$2"; }

if [ ! -x "$clio" ]; then
  echo "FAIL cli/built: no $clio"
  exit 1
fi

# Misuse before anything exists: each error names the command that fixes it.
out=$("$clio" import db.sqlite "$fx/texts" 2>&1)
[ $? -eq 1 ] && grep -q "clio init db.sqlite" <<<"$out"
check import-without-database-names-init $? "$out"
"$clio" frobnicate >/dev/null 2>&1
check unknown-command-is-a-usage-error $([ $? -eq 2 ]; echo $?)

# init, twice.
"$clio" init db.sqlite >/dev/null && "$clio" init db.sqlite >/dev/null
tables=$(q db.sqlite "SELECT count(*) FROM sqlite_schema WHERE name IN
  ('source','passage','mention','correction','source_file','tag_state','clio_person','clio_alias','clio_place')")
check init-is-idempotent $([ "$tables" = 9 ]; echo $?) "$tables tables"

# import: four good files, three broken ones reported by name and skipped.
out=$("$clio" import db.sqlite "$fx/texts" "$fx/bad" --meta "$fx/meta.csv" 2>err.txt)
check import-counts $([[ "$out" == *"4 added, 0 replaced, 0 unchanged, 3 skipped"* ]]; echo $?) "$out"
for f in blob.txt latin1.txt empty.txt; do
  grep -q "$f: skipped" err.txt
  check "import-reports-$f" $? "$(cat err.txt)"
done
check import-html-title-lang $([ "$(q db.sqlite "SELECT title || '|' || lang FROM source WHERE title LIKE 'The Bloody%'")" = \
  "The Bloody Sunday of 1905 | History Pages|en" ]; echo $?)
check import-html-drops-script-and-style $([ "$(q db.sqlite "SELECT count(*) FROM source WHERE text LIKE '%analytics%' OR text LIKE '%font-family%'")" = 0 ]; echo $?)
check import-html-block-paragraphs $([ "$(q db.sqlite "SELECT instr(text, 'Nicholas II.' || char(10) || char(10) || 'Troops fired') > 0 FROM source WHERE lang = 'en' AND text LIKE '%Troops%'")" = 1 ]; echo $?)
chrome=$(q db.sqlite "SELECT group_concat(c.why || '=' || substr(s.text, c.start, c.length), ';') FROM source_chrome c JOIN source s ON s.id = c.source_id")
check import-html-chrome-spans $([[ "$chrome" == *"header=History Pages About"* && "$chrome" == *"footer=© 2024 History Pages. All rights reserved."* && "$chrome" == *"link-dense=revolution strikes petition"* ]]; echo $?) "$chrome"
check import-header-fields $([ "$(q db.sqlite "SELECT date || '|' || calendar FROM source WHERE title = 'A letter from Tiflis'")" = "1887-04-02|julian" ]; echo $?)
check import-extra-fields-in-source-meta $([ "$(q db.sqlite "SELECT group_concat(key || '=' || value, ';') FROM (SELECT * FROM source_meta ORDER BY key)")" = \
  "archive=Private collection, box 3;collection=Family papers;tags=revolution, Petersburg" ]; echo $?)
check import-markdown-front-matter $([ "$(q db.sqlite "SELECT date || '|' || substr(text, 1, 7) FROM source WHERE title = 'Reading notes on the 1905 revolution'")" = "1906|# Notes" ]; echo $?)
check import-colon-in-first-line-is-text $([ "$(q db.sqlite "SELECT substr(text, 1, 9) FROM source WHERE title = 'A letter about Tolstoy'")" = "Dear sir:" ]; echo $?)

# A re-import changes nothing; a changed file replaces its source under the same id.
out=$("$clio" import db.sqlite "$fx/texts" --meta "$fx/meta.csv" 2>&1)
check reimport-unchanged $([[ "$out" == *"0 added, 0 replaced, 4 unchanged"* ]]; echo $?) "$out"
cp -r "$fx/texts" texts
id_before=$(q db.sqlite "SELECT source_id FROM source_file WHERE path LIKE '%notes.md'")
"$clio" import db.sqlite texts >/dev/null 2>&1  # the copies are new paths
sed -i 's/Witte drafted/Count Witte drafted/' texts/notes.md
out=$("$clio" import db.sqlite texts 2>&1)
check changed-file-replaced $([[ "$out" == *"0 added, 1 replaced, 3 unchanged"* ]]; echo $?) "$out"
check changed-file-text $([ "$(q db.sqlite "SELECT count(*) FROM source WHERE text LIKE '%Count Witte%'")" = 1 ]; echo $?)
check same-id-for-original $([ "$(q db.sqlite "SELECT source_id FROM source_file WHERE path LIKE '%fixtures/texts/notes.md'")" = "$id_before" ]; echo $?)

# authority from CSV (quoted aliases with commas) and TSV.
out=$("$clio" authority db.sqlite "$fx/persons.csv" "$fx/places.tsv" 2>&1)
check authority-counts $([[ "$out" == *"6 persons, 8 aliases"* && "$out" == *"4 places, 2 aliases"* ]]; echo $?) "$out"
check authority-quoted-alias $([ "$(q db.sqlite "SELECT count(*) FROM clio_alias WHERE alias = 'Tolstoy, Leo'")" = 1 ]; echo $?)
out=$("$clio" authority db.sqlite "$fx/meta.csv" 2>&1)
check authority-bad-header $([ $? -eq 1 ] && [[ "$out" == *"needs \`id\` and \`name\`"* ]]; echo $?) "$out"

# tag: an interrupted run (one source, then stop) resumes; then nothing is left to do.
out=$("$clio" tag db.sqlite --limit 1 --batch 1 2>&1)
check tag-limit $([[ "$out" == *"tagged 1 of 8 sources"* ]]; echo $?) "$out"
out=$("$clio" tag db.sqlite --batch 3 2>&1)
check tag-resumes $([[ "$out" == *"tagged 7 of 8 sources"* ]]; echo $?) "$out"
out=$("$clio" tag db.sqlite 2>&1)
check tag-nothing-left $([[ "$out" == *"all tagged and unchanged"* ]]; echo $?) "$out"
# ... and gives what sql/tag.sql gives.
dump() { q "$1" "SELECT source_id, passage_n, start, length, surface, kind, value, earliest, latest, calendar, round(score, 4)
                FROM mention ORDER BY source_id, start, length, kind;
                SELECT source_id, n, start, length, kind FROM passage ORDER BY 1, 2;"; }
cp db.sqlite viasql.sqlite
sqlite3 -batch viasql.sqlite -cmd ".load $build/clio" ".read $root/sql/tag.sql"
dump db.sqlite >a.txt
dump viasql.sqlite >b.txt
check tag-equals-tag-sql $(cmp -s a.txt b.txt; echo $?) "$(diff a.txt b.txt | head -5)"
# The chrome import found in the HTML's markup is boilerplate: the site header and each menu item
# (a nav is a menu), and the paragraphs inside it are boilerplate passages.
html_chrome=$(q db.sqlite "SELECT group_concat(m.kind || ':' || m.surface, ';') FROM mention m JOIN source s ON s.id = m.source_id WHERE s.id = (SELECT min(id) FROM source WHERE title LIKE 'The Bloody%') AND m.start < instr(s.text, 'The Bloody')")
check tag-html-chrome-is-boilerplate $([ "$html_chrome" = "boilerplate:History Pages About;boilerplate:Russia;boilerplate:Europe;boilerplate:Asia" ]; echo $?) "$html_chrome"
check tag-html-chrome-passages $([ "$(q db.sqlite "SELECT group_concat(p.kind, ',') FROM passage p JOIN source s ON s.id = p.source_id WHERE s.id = (SELECT min(id) FROM source WHERE title LIKE 'The Bloody%') AND p.n <= 5")" = \
  "boilerplate,boilerplate,boilerplate,boilerplate,heading" ]; echo $?)
check tag-found-persons $([ "$(q db.sqlite "SELECT count(DISTINCT value) FROM mention WHERE kind = 'person'")" -ge 5 ]; echo $?)
# An authority change re-tags every source.
q db.sqlite "INSERT INTO clio_person(id, name) VALUES ('anna', 'Anna Mendeleeva')"
out=$("$clio" tag db.sqlite 2>&1)
check tag-after-authority-change $([[ "$out" == *"tagged 8 of 8 sources"* ]]; echo $?) "$out"
# A changed source alone is re-tagged, and a correction on moved text is reported.
q db.sqlite "INSERT INTO correction(source_id, start, length, surface, kind, action)
             SELECT source_id, start, length, surface, kind, 'delete' FROM mention WHERE surface = 'Witte'
             AND source_id = (SELECT source_id FROM source_file WHERE path LIKE '%/texts/notes.md'
                              AND path NOT LIKE '%/fixtures/%')"
sed -i 's/Count Witte/Prime Minister Witte/' texts/notes.md
"$clio" import db.sqlite texts >/dev/null 2>&1
out=$("$clio" tag db.sqlite 2>&1)
check tag-only-changed $([[ "$out" == *"tagged 1 of 8 sources"* ]]; echo $?) "$out"

# review: the correction the changed text left behind is listed, with what to run.
out=$("$clio" review db.sqlite --under 1.01 2>&1)
check review-lists-stale-correction $([[ "$out" == *"stale: the source no longer reads 'Witte'"* && "$out" == *"UPDATE correction SET start"* ]]; echo $?) "$out"
check review-lists-weak-links $([[ "$out" == *"INSERT INTO correction(source_id, start, length, surface, kind, action, value)"* ]]; echo $?)

# export: CSV and JSON Lines, as many rows as SQL counts, parsed by Python's own readers.
n=$(q db.sqlite "SELECT count(*) FROM mention")
"$clio" export db.sqlite --format csv --out out >/dev/null && "$clio" export db.sqlite --format jsonl --out out >/dev/null
got=$(/usr/bin/python3 - out <<'EOF'
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1] + "/mentions.csv", encoding="utf-8", newline="")))
objs = [json.loads(line) for line in open(sys.argv[1] + "/mentions.jsonl", encoding="utf-8")]
names = {r["name"] for r in rows if r["kind"] == "person"}
print(len(rows), len(objs), int("Dmitri Mendeleev" in names), int(all(o["source_title"] for o in objs)),
      int(all(isinstance(o["start"], int) for o in objs)))
EOF
)
check export-csv-jsonl $([ "$got" = "$n $n 1 1 1" ]; echo $?) "got '$got', SQL $n"
out=$("$clio" export db.sqlite --format xml 2>&1)
check export-bad-format $([ $? -eq 1 ] && [[ "$out" == *"csv, jsonl or tei"* ]]; echo $?) "$out"

# sql: the shell with clio loaded.
out=$(echo "SELECT clio_date('10/22 April 1870');" | "$clio" sql db.sqlite 2>&1)
check sql-shell-loads-clio $([ "$out" = "1870-04-22" ]; echo $?) "$out"

# tag on a database that is not clio's.
sqlite3 other.sqlite "CREATE TABLE t(x)"
out=$("$clio" tag other.sqlite 2>&1)
check tag-without-schema-names-init $([ $? -eq 1 ] && [[ "$out" == *"clio init other.sqlite"* ]]; echo $?) "$out"

# The README's sqlite3-shell recipe for the same steps.
got=$(sqlite3 -batch recipe.sqlite -cmd ".load $build/clio" ".read $root/sql/authority.sql" ".read $root/sql/sources.sql" \
  "INSERT INTO source(title, text) SELECT name, CAST(readfile(name) AS TEXT) FROM fsdir('texts') WHERE name LIKE '%.txt';" \
  "INSERT INTO clio_person(id, name, born, died) VALUES ('tolstoy', 'Leo Tolstoy', '1828', '1910');" \
  ".read $root/sql/tag.sql" "SELECT count(*), (SELECT count(*) FROM mention WHERE value = 'tolstoy') FROM source;" 2>&1)
check readme-shell-recipe $([ "$got" = "2|1" ]; echo $?) "$got"

# authority from the Wikidata JSON dump format (our own entities: every date precision, Julian and
# BCE dates, ranks, unknown values), plain, gzip and bzip2, with filters.
/usr/bin/python3 "$root/tests/cli/make_wikidata.py" fixture wd.json
echo '{"id": "Q1", "labels": ' >>wd.json  # a broken line: reported and skipped
"$clio" init wd.sqlite >/dev/null
out=$("$clio" authority wd.sqlite wd.json --lang en,ru 2>err.txt)
check wikidata-counts $([[ "$out" == *"7 persons, 3 places"* ]] && grep -q "wd.json:15: skipped" err.txt; echo $?) "$out $(cat err.txt)"
dates=$(q wd.sqlite "SELECT group_concat(id || '=' || coalesce(born, '') || '/' || coalesce(died, ''), ';') FROM (SELECT * FROM clio_person ORDER BY id)")
want="Q900001=1828-09-09/1910-11-20;Q900002=10 July 100 BC/13 March 44 BC;Q900003=1639-03/1709;Q900004=1670s/19th century;Q900005=0510/;Q900006=1744-05-08/1818-08-12;Q900007=470 BC/399 BC"
check wikidata-dates-precision-calendar-bce $([ "$dates" = "$want" ]; echo $?) "$dates"
check wikidata-dates-read-by-clio $([ "$(sqlite3 -batch wd.sqlite -cmd ".load $build/clio" "SELECT clio_date_earliest(died) FROM clio_person WHERE id = 'Q900002'")" = "-0043-03-13" ]; echo $?)
check wikidata-label-language-order $([ "$(q wd.sqlite "SELECT name FROM clio_person WHERE id = 'Q900006'")" = "Николай Иванович Новиков" ]; echo $?)
check wikidata-labels-and-aliases $([ "$(q wd.sqlite "SELECT group_concat(alias, '|') FROM (SELECT alias FROM clio_alias WHERE person_id = 'Q900001' ORDER BY alias)")" = \
  "Count Tolstoy|Leo Tolstoi|Leo Tolstoy|Лев Николаевич Толстой|Толстой" ]; echo $?)
check wikidata-resolves $([ "$(sqlite3 -batch wd.sqlite -cmd ".load $build/clio" "SELECT clio_resolve('Толстой'), clio_resolve('Julius Caesar')")" = "Q900001|Q900002" ]; echo $?)
gzip -c wd.json >wd.json.gz
bzip2 -c wd.json >wd.json.bz2
"$clio" init wdz.sqlite >/dev/null
out=$("$clio" authority wdz.sqlite wd.json.gz wd.json.bz2 --persons-only --born-after 1600 --born-before 1800 2>/dev/null)
check wikidata-gz-bz2-filters $([ "$(q wdz.sqlite "SELECT group_concat(id) FROM (SELECT id FROM clio_person ORDER BY id)")" = "Q900003,Q900004,Q900006" ] \
  && [ "$(q wdz.sqlite "SELECT count(*) FROM clio_place")" = 0 ]; echo $?) "$out"
"$clio" authority wdz.sqlite wd.json --places-only --instance Q515 --country Q212 >/dev/null 2>&1
check wikidata-place-filters $([ "$(q wdz.sqlite "SELECT group_concat(id) FROM clio_place")" = "Q900103" ]; echo $?)

# export TEI: one document per source, valid against docs/tei/clio-tei.rng (jing), every @ref
# resolving to an xml:id of its standOff; for the test database and for the sample corpus.
tei_checks() {  # NAME DB
  local name=$1 db=$2 n
  rm -rf "tei-$name"
  "$clio" export "$db" --format tei --out "tei-$name" >/dev/null
  n=$(q "$db" "SELECT count(*) FROM source")
  check "tei-$name-one-file-per-source" $([ "$(ls "tei-$name" | wc -l)" = "$n" ]; echo $?)
  out=$(jing "$root/docs/tei/clio-tei.rng" "tei-$name"/*.xml 2>&1 | grep -v '^\[warning\]')
  check "tei-$name-valid" $([ -z "$out" ]; echo $?) "$(head -5 <<<"$out")"
  out=$(/usr/bin/python3 - "tei-$name" <<'PY'
import glob, re, sys
import xml.etree.ElementTree as ET
bad, refs = [], 0
for path in glob.glob(sys.argv[1] + "/*.xml"):
    root = ET.parse(path).getroot()
    ids = {e.get("{http://www.w3.org/XML/1998/namespace}id") for e in root.iter()}
    for e in root.iter():
        r = e.get("ref") or e.get("calendar")
        if r:
            refs += 1
            if not r.startswith("#") or r[1:] not in ids:
                bad.append(f"{path}: {r}")
print(refs, len(bad), *bad[:3])
PY
)
  check "tei-$name-refs-resolve" $([[ "$out" =~ ^[1-9][0-9]*\ 0$ ]]; echo $?) "$out"
}
tei_checks fixtures db.sqlite
"$clio" init samples.sqlite >/dev/null
"$clio" authority samples.sqlite "$root"/samples/authority/*.tsv >/dev/null
"$clio" import samples.sqlite "$root"/samples/sources/*.txt >/dev/null
"$clio" tag samples.sqlite >/dev/null
tei_checks samples samples.sqlite
# the markup follows the stored tags: a deleted mention is not marked up
q samples.sqlite "INSERT INTO correction(source_id, start, length, surface, kind, action)
                  SELECT source_id, start, length, surface, kind, 'delete' FROM mention WHERE kind = 'person' LIMIT 1"
before=$(grep -o '<persName' tei-samples/*.xml | wc -l)
"$clio" tag samples.sqlite --all >/dev/null
rm -rf tei-samples && "$clio" export samples.sqlite --format tei --out tei-samples >/dev/null
after=$(grep -o '<persName' tei-samples/*.xml | wc -l)
check tei-follows-corrections $([ "$after" -eq $((before - 1)) ]; echo $?) "$before -> $after"

# authority from a GeoNames dump (our own lines in its format), with country and feature filters.
"$clio" init geo.sqlite >/dev/null
out=$("$clio" authority geo.sqlite "$fx/cities15000.txt" 2>err.txt)
check geonames-counts $([[ "$out" == *"5 GeoNames places"* ]] && grep -q "cities15000.txt:6: skipped" err.txt; echo $?) "$out $(cat err.txt)"
check geonames-aliases $([ "$(q geo.sqlite "SELECT group_concat(alias, '|') FROM (SELECT alias FROM clio_place_alias WHERE place_id = 'geonames:900003' ORDER BY alias)")" = \
  "Cracovia|Cracow|Krakau|Krakow|Краков" ]; echo $?)
check geonames-resolves-in-text $([ "$(sqlite3 -batch geo.sqlite -cmd ".load $build/clio" "SELECT group_concat(surface || '=' || value) FROM clio_mentions('He left Krakau for Kalinin in 1931.')")" = \
  "Krakau=geonames:900003,Kalinin=geonames:900002,1931=1931" ]; echo $?)
gzip -c "$fx/cities15000.txt" >cities15000.txt.gz
"$clio" init geo2.sqlite >/dev/null
"$clio" authority geo2.sqlite cities15000.txt.gz --country RU --instance P >/dev/null 2>&1
check geonames-gz-filters $([ "$(q geo2.sqlite "SELECT group_concat(name) FROM (SELECT name FROM clio_place ORDER BY name)")" = "Moscow,Tver" ]; echo $?)

# timeline: the command runs the timeline tool on the tagged samples.
out=$("$clio" timeline samples.sqlite tl.svg -- --persons 3 --counts tl.tsv 2>&1)
check timeline-command $([[ "$out" == *"tl.svg: 3 persons"* ]] && [ "$(tail -n +2 tl.tsv | cut -f1 | sort -u | wc -l)" = 3 ] &&
  /usr/bin/python3 -c 'import sys, xml.etree.ElementTree as E; E.parse(sys.argv[1])' tl.svg; echo $?) "$out"
