#!/usr/bin/python3
"""Writes the benchmark inputs, deterministically (fixed seeds), into an output folder.

    gen_inputs.py OUT_DIR [--exprs N] [--prose-mb MB]

  OUT_DIR/exprs.tsv    N isolated date expressions (default 1,000,000), one per line:
                       text, kind, lang, precision, earliest, latest (tab-separated; see hist_dates.py)
  OUT_DIR/prose.jsonl  running prose with dates (default ~24 MB of UTF-8), one document per line as a
                       JSON string; mostly English, about one document in six Russian. Every sentence
                       template below was written for this benchmark; dates come from hist_dates.py,
                       people and places from the sample authority (samples/authority) when present.

Running it twice gives byte-identical files. Stdlib only.
"""

import argparse
import csv
import json
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hist_dates  # noqa: E402

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))

# Running-text templates. {D}: a date expression of any kind; {Y}: a year; {R}: "between" two
# years in order; {P}: a person; {L}: a place; {N}: a number that is not a date (pages, counts,
# ages, money).
EN_TEMPLATES = [
    "{P} arrived in {L} on {D}, tired after {N} days on the road.",
    "The letter is dated {D}; the ink has faded on the last {N} lines.",
    "According to the parish register, the child was baptised {D}.",
    "By {D} the garrison of {L} had dwindled to {N} men.",
    "{P} wrote to {P} in {Y} asking for the return of a borrowed manuscript.",
    "The committee met again {D} and voted {N} to 3 against the proposal.",
    "Nothing in the diary covers the weeks after {D}, which is odd for so careful a writer.",
    "Prices in {L} doubled {R}, the clerk noted on page {N}.",
    "The estate passed to a nephew {D}, after a lawsuit that cost {N} roubles.",
    "{P}, then aged {N}, left {L} {D} and never returned.",
    "The newspaper of {D} reported a fire in the lower town.",
    "Most of the correspondence from {D} was lost when the archive was moved.",
    "The treaty signed {D} was never ratified by the assembly.",
    "A second edition followed in {Y}, with {N} corrections by the author.",
    "The harvest of {D} was the worst anyone in {L} could remember.",
    "In {Y} the railway reached {L}, and the town grew to {N} inhabitants.",
    "Box {N} of the collection holds the accounts for {D}.",
    "{P} recalled that the snow lay deep {D}.",
    "The building, begun {D}, was finished only decades later.",
    "Her memoirs put the meeting with {P} {D}, though other witnesses disagree.",
    "The court sat for {N} days and adjourned on {D}.",
    "This copy was bound in {L} sometime {D}, judging by the paper.",
    "Troops entered {L} {D}; the shops stayed closed for a week.",
    "The society was founded {D} by {N} subscribers and {P}.",
    "See also the inventory of {D}, folio {N}.",
]
RU_TEMPLATES = [
    "{P} приехал в {L} {D} и остановился у знакомых.",
    "Письмо датировано {D}; последние {N} строк почти не читаются.",
    "В {Y} году в {L} открылась первая гимназия.",
    "Собрание состоялось {D}, присутствовало {N} человек.",
    "По описи {D} в архиве числилось {N} дел.",
    "{P} вспоминал, что {D} стояли сильные морозы.",
    "Второе издание вышло в {Y} году с исправлениями автора.",
    "Дом, начатый постройкой {D}, достроили лишь через много лет.",
    "Газета от {D} сообщала о пожаре в нижней части города.",
    "Имение перешло к племяннику {D} после долгой тяжбы.",
]
EN_FALLBACK_PEOPLE = ["Anna Petrovna", "John Whitby", "Mary Ellis", "Count Orlov", "Thomas Hale"]
EN_FALLBACK_PLACES = ["Moscow", "Riga", "Paris", "Berlin", "Odessa"]
DATE_KINDS_IN_PROSE = ["day", "month", "os_day", "dual_day", "decade", "century", "circa", "range",
                       "season", "bce"]


def read_names(path: str, column: str, fallback: list[str]) -> list[str]:
    try:
        with open(path, encoding="utf-8", newline="") as f:
            names = [row[column] for row in csv.DictReader(f, delimiter="\t") if row.get(column)]
        return names or fallback
    except OSError:
        return fallback


def date_in_prose(rng: random.Random, lang: str) -> str:
    kind = rng.choice(DATE_KINDS_IN_PROSE)
    return hist_dates.KINDS[kind][1](rng, lang).text


def year_range(rng: random.Random) -> str:
    first = rng.randint(1700, 1940)
    return f"between {first} and {first + rng.randint(1, 10)}"


def sentence(rng: random.Random, lang: str, people: list[str], places: list[str],
             out: list[str], at: int, dates: list[list[int]]) -> int:
    """Appends one sentence to `out`, whose text so far is `at` characters long; records the
    [start, end) character offsets of the dates it inserts ({D}, {Y}, {R}) in `dates`. Returns the new
    length."""
    template = rng.choice(EN_TEMPLATES if lang == "en" else RU_TEMPLATES)
    i = 0
    while i < len(template):  # fill the slots one by one so each gets its own random value
        if template[i] == "{" and template[i + 2] == "}":
            slot = template[i + 1]
            piece = {"D": lambda: date_in_prose(rng, lang), "Y": lambda: str(rng.randint(1700, 1950)),
                     "R": lambda: year_range(rng),
                     "P": lambda: rng.choice(people), "L": lambda: rng.choice(places),
                     "N": lambda: str(rng.randint(2, 400))}[slot]()
            if slot in "DYR":
                dates.append([at, at + len(piece)])
            i += 3
        else:
            piece = template[i]
            i += 1
        out.append(piece)
        at += len(piece)
    return at


def document(rng: random.Random, people: list[str], places: list[str]) -> tuple[str, list[list[int]]]:
    """A document and the character spans of the dates inserted into it."""
    lang = "ru" if rng.random() < 1 / 6 else "en"
    out: list[str] = []
    dates: list[list[int]] = []
    at = 0
    for p in range(rng.randint(3, 40)):
        if p:
            out.append("\n\n")
            at += 2
        for s in range(rng.randint(2, 8)):
            if s:
                out.append(" ")
                at += 1
            at = sentence(rng, lang, people, places, out, at, dates)
    return "".join(out), dates


def write_exprs(path: str, count: int) -> None:
    rng = random.Random(1917)
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for _ in range(count):
            e = hist_dates.make_expression(rng)
            f.write(f"{e.text}\t{e.kind}\t{e.lang}\t{e.precision}\t{e.earliest}\t{e.latest}\n")


def write_prose(path: str, megabytes: float) -> None:
    rng = random.Random(1861)
    authority = os.path.join(ROOT, "samples", "authority")
    people = read_names(os.path.join(authority, "persons.tsv"), "name", EN_FALLBACK_PEOPLE)
    places = read_names(os.path.join(authority, "places.tsv"), "name", EN_FALLBACK_PLACES)
    target = int(megabytes * 1_000_000)
    written = 0
    truth_path = os.path.join(os.path.dirname(path), "prose_dates.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f, open(truth_path, "w", encoding="utf-8") as t:
        while written < target:
            doc, dates = document(rng, people, places)
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
            t.write(json.dumps(dates) + "\n")
            written += len(doc.encode("utf-8"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("out_dir")
    ap.add_argument("--exprs", type=int, default=1_000_000)
    ap.add_argument("--prose-mb", type=float, default=24.0)
    args = ap.parse_args()
    os.makedirs(args.out_dir, exist_ok=True)
    write_exprs(os.path.join(args.out_dir, "exprs.tsv"), args.exprs)
    write_prose(os.path.join(args.out_dir, "prose.jsonl"), args.prose_mb)


if __name__ == "__main__":
    main()
