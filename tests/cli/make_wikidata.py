#!/usr/bin/env python3
"""Writes entity lines in the format of the Wikidata JSON dump (a JSON array with one entity per
line, each followed by a comma), for the tests and the benchmark of `clio authority`.

    make_wikidata.py fixture OUT.json         a few dozen entities of our own making: every date
                                              precision, Julian and Gregorian calendar models, BCE,
                                              ranks, unknown values, places, things that are neither
    make_wikidata.py generated N OUT.json     N generated entities (persons, places, other items)
                                              of realistic shape, for throughput and memory
Standard library only.
"""
import json
import random
import sys

GREGORIAN = "http://www.wikidata.org/entity/Q1985727"
JULIAN = "http://www.wikidata.org/entity/Q1985786"


def labels(**by_lang):
    return {lang: {"language": lang, "value": value} for lang, value in by_lang.items()}


def aliases(**by_lang):
    return {lang: [{"language": lang, "value": v} for v in values] for lang, values in by_lang.items()}


def item_claim(prop, qid, rank="normal"):
    return {"mainsnak": {"snaktype": "value", "property": prop,
                         "datavalue": {"value": {"entity-type": "item", "id": qid}, "type": "wikibase-entityid"}},
            "type": "statement", "rank": rank}


def time_claim(prop, time, precision, calendar=GREGORIAN, rank="normal"):
    return {"mainsnak": {"snaktype": "value", "property": prop,
                         "datavalue": {"value": {"time": time, "timezone": 0, "before": 0, "after": 0,
                                                 "precision": precision, "calendarmodel": calendar},
                                       "type": "time"}},
            "type": "statement", "rank": rank}


def unknown_claim(prop):
    return {"mainsnak": {"snaktype": "somevalue", "property": prop}, "type": "statement", "rank": "normal"}


def coord_claim(lat, lon):
    return {"mainsnak": {"snaktype": "value", "property": "P625",
                         "datavalue": {"value": {"latitude": lat, "longitude": lon, "precision": 0.0001,
                                                 "globe": "http://www.wikidata.org/entity/Q2"},
                                       "type": "globecoordinate"}},
            "type": "statement", "rank": "normal"}


def entity(qid, lab, claims, al=None, sites=0):
    return {"type": "item", "id": qid, "labels": lab, "descriptions": {}, "aliases": al or {},
            "claims": claims, "sitelinks": {f"site{i}wiki": {"site": f"site{i}wiki", "title": qid}
                                            for i in range(sites)}}


def person(qid, lab, born=None, died=None, al=None, sites=0, country=None, extra=None):
    claims = {"P31": [item_claim("P31", "Q5")]}
    if born:
        claims["P569"] = born
    if died:
        claims["P570"] = died
    if country:
        claims["P27"] = [item_claim("P27", country)]
    claims.update(extra or {})
    return entity(qid, lab, claims, al, sites)


def fixture():
    """Entities written for the tests; the comments say what each one tests."""
    yield person("Q900001", labels(en="Lev Nikolayevich Tolstoy", ru="Лев Николаевич Толстой", de="Leo Tolstoi"),
                 # a Julian day: 28 August 1828 Old Style is 9 September 1828
                 born=[time_claim("P569", "+1828-08-28T00:00:00Z", 11, JULIAN)],
                 died=[time_claim("P570", "+1910-11-20T00:00:00Z", 11)],
                 al=aliases(en=["Leo Tolstoy", "Count Tolstoy"], ru=["Толстой"]), sites=7, country="Q34266")
    yield person("Q900002", labels(en="Gaius Julius Caesar", la="Gaius Iulius Caesar"),
                 # BCE days in the Julian calendar model, historical year numbering
                 born=[time_claim("P569", "-0100-07-12T00:00:00Z", 11, JULIAN)],
                 died=[time_claim("P570", "-0044-03-15T00:00:00Z", 11, JULIAN)],
                 al=aliases(en=["Julius Caesar", "Caesar"]), sites=12)
    yield person("Q900003", labels(en="Ivan Mazepa"),
                 # month precision, and a deprecated birth date that must not win
                 born=[time_claim("P569", "+1639-03-00T00:00:00Z", 10, JULIAN),
                       time_claim("P569", "+1644-01-01T00:00:00Z", 11, rank="deprecated")],
                 died=[time_claim("P570", "+1709-00-00T00:00:00Z", 9)], sites=3, country="Q212")
    yield person("Q900004", labels(en="Anonymous Chronicler"),
                 # decade and century precision
                 born=[time_claim("P569", "+1670-00-00T00:00:00Z", 8)],
                 died=[time_claim("P570", "+1801-00-00T00:00:00Z", 7)])
    yield person("Q900005", labels(en="Early Poet"),
                 # a preferred rank over a normal one; millennium precision is too coarse
                 born=[time_claim("P569", "+0500-00-00T00:00:00Z", 6),
                       time_claim("P569", "+0510-00-00T00:00:00Z", 9, rank="preferred")],
                 died=[unknown_claim("P570")])
    yield person("Q900006", labels(ru="Николай Иванович Новиков"),
                 # no label in English: the next language of the order
                 born=[time_claim("P569", "+1744-04-27T00:00:00Z", 11, JULIAN)],
                 died=[time_claim("P570", "+1818-07-31T00:00:00Z", 11, JULIAN)], sites=2, country="Q34266")
    yield person("Q900007", labels(en="Socrates"),
                 # year precision BCE
                 born=[time_claim("P569", "-0470-00-00T00:00:00Z", 9)],
                 died=[time_claim("P570", "-0399-00-00T00:00:00Z", 9)], sites=20)
    yield entity("Q900101", labels(en="Saint Petersburg", ru="Санкт-Петербург", de="Sankt Petersburg"),
                 {"P31": [item_claim("P31", "Q515")], "P17": [item_claim("P17", "Q159")],
                  "P625": [coord_claim(59.95, 30.31)]},
                 aliases(en=["Petrograd", "Leningrad", "St. Petersburg"]), sites=30)
    yield entity("Q900102", labels(en="Neva", ru="Нева"),
                 {"P31": [item_claim("P31", "Q4022")], "P17": [item_claim("P17", "Q159")],
                  "P625": [coord_claim(59.9, 30.5)]}, sites=5)
    yield entity("Q900103", labels(en="Poltava", uk="Полтава"),
                 {"P31": [item_claim("P31", "Q515")], "P17": [item_claim("P17", "Q212")],
                  "P625": [coord_claim(49.59, 34.55)]}, sites=9)
    # Neither a person nor a place: a novel, and a family name.
    yield entity("Q900201", labels(en="War and Peace"), {"P31": [item_claim("P31", "Q7725634")]}, sites=40)
    yield entity("Q900202", labels(en="Tolstoy"), {"P31": [item_claim("P31", "Q101352")]}, sites=3)


FIRST = ["Ivan", "Pyotr", "Anna", "Maria", "Karl", "Jean", "Józef", "Olha", "Giovanni", "Sofia"]
LAST = ["Petrov", "Smirnova", "Müller", "Dubois", "Kowalski", "Shevchenko", "Rossi", "Novak", "Berg"]


def generated(n):
    rnd = random.Random(1825)
    for i in range(n):
        qid = f"Q{10_000_000 + i}"
        kind = i % 10
        if kind < 6:  # persons
            first, last = rnd.choice(FIRST), rnd.choice(LAST)
            year = rnd.randint(1500, 1950)
            cal = JULIAN if year < 1900 and rnd.random() < 0.3 else GREGORIAN
            precision = rnd.choice([9, 10, 11, 11, 11])
            born = f"+{year:04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T00:00:00Z"
            died = f"+{year + rnd.randint(20, 90):04d}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}T00:00:00Z"
            yield person(qid, labels(en=f"{first} {last} {i}", de=f"{first} {last}", ru=f"{last} {i}"),
                         born=[time_claim("P569", born, precision, cal)],
                         died=[time_claim("P570", died, 11, cal)],
                         al=aliases(en=[f"{first[0]}. {last}"]), sites=rnd.randint(0, 60), country="Q159")
        elif kind < 8:  # places
            yield entity(qid, labels(en=f"Place {i}", ru=f"Место {i}"),
                         {"P31": [item_claim("P31", "Q515")], "P17": [item_claim("P17", "Q159")],
                          "P625": [coord_claim(rnd.uniform(40, 70), rnd.uniform(20, 60))]}, sites=rnd.randint(0, 20))
        else:  # other items
            yield entity(qid, labels(en=f"Item {i}"), {"P31": [item_claim("P31", "Q7725634")]}, sites=1)


def write(entities, path):
    with open(path, "w", encoding="utf-8") as f:
        f.write("[\n")
        for e in entities:
            f.write(json.dumps(e, ensure_ascii=False, separators=(",", ":")) + ",\n")
        f.write("]\n")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "fixture":
        write(fixture(), sys.argv[2])
    elif len(sys.argv) == 4 and sys.argv[1] == "generated":
        write(generated(int(sys.argv[2])), sys.argv[3])
    else:
        raise SystemExit(__doc__)
