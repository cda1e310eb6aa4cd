#!/usr/bin/python3
"""Distractor persons for the tagging benchmark: a large authority, deterministically (fixed seed).

    gen_authority.py N [--seed S]      prints N persons as TSV: id, name, born, died, aliases (|-separated)

    import gen_authority; for p in gen_authority.persons(n): ...   (what bench.py does)

The prose of the benchmark (gen_inputs.py) names the persons of samples/authority; a user's real
authority holds many more people whom a given text never names. These distractors make the name
index as large as such an authority (the issue's bar: 100,000 persons), so that every capitalised
word of the prose is looked up in it, and Russian-looking surnames, given names and patronymics
shared with the sample persons make candidates, namesakes and ties as they would be in real data.

Each person: a Latin name "Given Surname", and three aliases: the Cyrillic full name with
patronymic ("Иван Петрович Каровин"), the initial form ("I. Karovin"), and the Latin name with
patronymic ("Ivan Petrovich Karovin"). Surnames are 2-4 syllables plus a Russian ending, written
in both scripts from the same syllables, so the Cyrillic alias is a faithful transliteration.
Life dates: born 1700-1979, lived 30-89 years. Stdlib only; the same N and seed give the same
persons on every run.
"""

import argparse
import random
import sys

GIVEN = [("Ivan", "Иван"), ("Pyotr", "Пётр"), ("Nikolai", "Николай"), ("Sergei", "Сергей"),
         ("Mikhail", "Михаил"), ("Andrei", "Андрей"), ("Boris", "Борис"), ("Yuri", "Юрий"),
         ("Oleg", "Олег"), ("Anna", "Анна"), ("Olga", "Ольга"), ("Irina", "Ирина"),
         ("Maria", "Мария"), ("Gleb", "Глеб"), ("Stepan", "Степан"), ("Fyodor", "Фёдор"),
         ("Yakov", "Яков"), ("Vera", "Вера"), ("Kirill", "Кирилл"), ("Semyon", "Семён")]
PATRONYMIC = [("Ivanovich", "Иванович"), ("Petrovich", "Петрович"), ("Sergeyevich", "Сергеевич"),
              ("Nikolayevich", "Николаевич"), ("Borisovich", "Борисович"), ("Glebovich", "Глебович")]
SYLLABLES = [("ba", "ба"), ("ve", "ве"), ("go", "го"), ("du", "ду"), ("zho", "жо"), ("ka", "ка"),
             ("li", "ли"), ("mo", "мо"), ("nu", "ну"), ("po", "по"), ("ra", "ра"), ("se", "се"),
             ("tu", "ту"), ("fa", "фа"), ("khi", "хи"), ("tse", "це"), ("cha", "ча"), ("shu", "шу"),
             ("ryn", "рын"), ("dol", "дол"), ("mar", "мар"), ("vik", "вик"), ("zel", "зел"),
             ("tor", "тор"), ("bel", "бел"), ("gor", "гор"), ("pel", "пел"), ("sur", "сур")]
ENDINGS = [("ov", "ов"), ("in", "ин"), ("sky", "ский"), ("enko", "енко"), ("ev", "ев"),
           ("nikov", "ников"), ("ovich", "ович"), ("yuk", "юк")]


def persons(n: int, seed: int = 100_000):
    """Yields n tuples (id, name, born, died, [aliases]); ids are gen000001, gen000002, ..."""
    rng = random.Random(seed)
    for i in range(1, n + 1):
        lat, cyr = "", ""
        for _ in range(rng.randint(2, 4)):
            s = rng.choice(SYLLABLES)
            lat += s[0]
            cyr += s[1]
        e = rng.choice(ENDINGS)
        lat = (lat + e[0]).capitalize()
        cyr = (cyr + e[1]).capitalize()
        given = rng.choice(GIVEN)
        patr = rng.choice(PATRONYMIC)
        born = rng.randint(1700, 1979)
        died = born + rng.randint(30, 89)
        yield (f"gen{i:06d}", f"{given[0]} {lat}", str(born), str(died),
               [f"{given[1]} {patr[1]} {cyr}", f"{given[0][0]}. {lat}", f"{given[0]} {patr[0]} {lat}"])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("n", type=int)
    ap.add_argument("--seed", type=int, default=100_000)
    args = ap.parse_args()
    out = sys.stdout
    for pid, name, born, died, aliases in persons(args.n, args.seed):
        out.write(f"{pid}\t{name}\t{born}\t{died}\t{'|'.join(aliases)}\n")


if __name__ == "__main__":
    main()
