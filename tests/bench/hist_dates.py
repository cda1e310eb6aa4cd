"""Historical date expressions with their known meaning, for the benchmark inputs.

make_expression(rng) returns one Expression: the text as a historian meets it (English, Russian,
German or French; days, months, years, Old Style and dual dates, decades, centuries, circa, ranges,
BCE, seasons) together with the span it denotes, written as ISO days in the proleptic Gregorian
calendar with astronomical years (44 BC = -0043), the convention clio documents in
extension/core/dates/date_parser.hpp. The benchmark uses the text for speed and the span for a
small accuracy side-table; the span is computed here by calendar arithmetic, independently of clio.

Conventions for the spans (the ones a historian would state; peers are only judged on days):
  centuries are ordinal (18th = 1701..1800, 4th century BC = 400..301 BC), decades are 1850..1859,
  seasons are northern meteorological (winter 1922 = 1922-12-01..1923-02-28), circa does not widen
  the span, a range runs from the first day of its start to the last day of its end.

Stdlib only; deterministic for a given random.Random.
"""

from dataclasses import dataclass
import random

# --- calendar arithmetic (Julian Day Numbers; the textbook integer formulas) ---------------------


def gregorian_to_jdn(y: int, m: int, d: int) -> int:
    a = (14 - m) // 12
    yy = y + 4800 - a
    mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - yy // 100 + yy // 400 - 32045


def julian_to_jdn(y: int, m: int, d: int) -> int:
    a = (14 - m) // 12
    yy = y + 4800 - a
    mm = m + 12 * a - 3
    return d + (153 * mm + 2) // 5 + 365 * yy + yy // 4 - 32083


def jdn_to_gregorian(j: int) -> tuple[int, int, int]:
    a = j + 32044
    b = (4 * a + 3) // 146097
    c = a - 146097 * b // 4
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = 100 * b + d - 4800 + m // 10
    return year, month, day


def jdn_to_julian(j: int) -> tuple[int, int, int]:
    c = j + 32082
    d = (4 * c + 3) // 1461
    e = c - 1461 * d // 4
    m = (5 * e + 2) // 153
    day = e - (153 * m + 2) // 5 + 1
    month = m + 3 - 12 * (m // 10)
    year = d - 4800 + m // 10
    return year, month, day


def is_leap(y: int) -> bool:
    return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)


def month_days(y: int, m: int) -> int:
    return [31, 29 if is_leap(y) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]


def iso(y: int, m: int, d: int) -> str:
    """ISO day with astronomical years: -0043-03-15 for 15 March 44 BC."""
    return f"-{-y:04d}-{m:02d}-{d:02d}" if y < 0 else f"{y:04d}-{m:02d}-{d:02d}"


def iso_jdn(j: int) -> str:
    return iso(*jdn_to_gregorian(j))


# --- words ---------------------------------------------------------------------------------------

EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December"]
EN_ABBR = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
EN_WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
RU_MONTHS_GEN = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
                 "сентября", "октября", "ноября", "декабря"]
RU_MONTHS_PREP = ["январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
                  "сентябре", "октябре", "ноябре", "декабре"]
DE_MONTHS = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
             "Oktober", "November", "Dezember"]
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
         "XV", "XVI", "XVII", "XVIII", "XIX", "XX", "XXI"]


def en_ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


@dataclass
class Expression:
    text: str
    kind: str        # day, month, year, os_day, dual_day, decade, century, circa, range, bce, season
    lang: str        # en, ru, de, fr
    precision: str   # day, month, year, decade, century, range, season: what the expected span is
    earliest: str    # ISO day (proleptic Gregorian, astronomical years)
    latest: str


# --- generators, one per kind --------------------------------------------------------------------


def _random_day(rng: random.Random, lo: int = 1000, hi: int = 1999) -> tuple[int, int, int]:
    y = rng.randint(lo, hi)
    m = rng.randint(1, 12)
    return y, m, rng.randint(1, month_days(y, m))


def _day_text(rng: random.Random, lang: str, y: int, m: int, d: int) -> str:
    if lang == "en":
        weekday = EN_WEEKDAYS[(gregorian_to_jdn(y, m, d) + 1) % 7]
        return rng.choice([
            f"{d} {EN_MONTHS[m - 1]} {y}",
            f"{EN_MONTHS[m - 1]} {d}, {y}",
            f"{EN_ABBR[m - 1]} {en_ordinal(d)}, {y}",
            f"the {en_ordinal(d)} of {EN_MONTHS[m - 1]}, {y}",
            f"{weekday}, {d} {EN_MONTHS[m - 1]} {y}",
            f"on {EN_MONTHS[m - 1]} {d}, {y}",
            f"{y}-{m:02d}-{d:02d}",
        ])
    if lang == "ru":
        return rng.choice([f"{d} {RU_MONTHS_GEN[m - 1]} {y} г.", f"{d} {RU_MONTHS_GEN[m - 1]} {y} года",
                           f"{d:02d}.{m:02d}.{y}"])
    if lang == "de":
        return rng.choice([f"{d}. {DE_MONTHS[m - 1]} {y}", f"am {d}. {DE_MONTHS[m - 1]} {y}",
                           f"{d}.{m}.{y}"])
    first = "1er" if d == 1 else str(d)
    return rng.choice([f"{first} {FR_MONTHS[m - 1]} {y}", f"le {first} {FR_MONTHS[m - 1]} {y}"])


def gen_day(rng, lang):
    y, m, d = _random_day(rng, 1000, 1999)
    return Expression(_day_text(rng, lang, y, m, d), "day", lang, "day", iso(y, m, d), iso(y, m, d))


def gen_month(rng, lang):
    y, m = rng.randint(1000, 1999), rng.randint(1, 12)
    text = {
        "en": rng.choice([f"{EN_MONTHS[m - 1]} {y}", f"in {EN_MONTHS[m - 1]} {y}"]),
        "ru": f"в {RU_MONTHS_PREP[m - 1]} {y} г.",
        "de": rng.choice([f"{DE_MONTHS[m - 1]} {y}", f"im {DE_MONTHS[m - 1]} {y}"]),
        "fr": rng.choice([f"{FR_MONTHS[m - 1]} {y}", f"en {FR_MONTHS[m - 1]} {y}"]),
    }[lang]
    return Expression(text, "month", lang, "month", iso(y, m, 1), iso(y, m, month_days(y, m)))


def gen_year(rng, lang):
    y = rng.randint(1000, 1999)
    text = {
        "en": rng.choice([f"{y}", f"in {y}", f"A.D. {y}"]),
        "ru": rng.choice([f"{y} г.", f"в {y} году"]),
        "de": rng.choice([f"im Jahr {y}", f"{y}"]),
        "fr": rng.choice([f"en {y}", f"{y}"]),
    }[lang]
    return Expression(text, "year", lang, "year", iso(y, 1, 1), iso(y, 12, 31))


def gen_os_day(rng, lang):
    """A day explicitly marked Old Style; the expected day is its Gregorian equivalent."""
    y, m, d = _random_day(rng, 1700, 1917)
    g = iso_jdn(julian_to_jdn(y, m, d))
    if lang == "ru":
        text = f"{d} {RU_MONTHS_GEN[m - 1]} {y} г. по ст. ст."
    elif lang == "de":
        text = f"{d}. {DE_MONTHS[m - 1]} {y} a. St."
    else:  # English and French sources both write O.S. this way in our inputs
        lang = "en"
        text = rng.choice([f"{d} {EN_MONTHS[m - 1]} {y} O.S.", f"{EN_MONTHS[m - 1]} {d}, {y} (O.S.)"])
    return Expression(text, "os_day", lang, "day", g, g)


def gen_dual_day(rng, lang):
    """Dual dating: the Julian day with the Gregorian one beside it; expected is the Gregorian."""
    y, m, d = _random_day(rng, 1700, 1917)
    gy, gm, gd = jdn_to_gregorian(julian_to_jdn(y, m, d))
    g = iso(gy, gm, gd)
    if gy != y:  # a dual date across New Year is written with both years; keep the inputs simple
        return gen_os_day(rng, lang)
    if lang == "ru":
        text = (f"{d} ({gd}) {RU_MONTHS_GEN[m - 1]} {y} г." if gm == m
                else f"{d} {RU_MONTHS_GEN[m - 1]} ({gd} {RU_MONTHS_GEN[gm - 1]}) {y} г.")
    else:
        lang = "en"
        text = (f"{d}/{gd} {EN_MONTHS[m - 1]} {y}" if gm == m
                else f"{gd} {EN_MONTHS[gm - 1]} [O.S. {d} {EN_MONTHS[m - 1]}] {y}")
    return Expression(text, "dual_day", lang, "day", g, g)


# "the 1700s" may mean the century as well as the decade: decades avoid round hundreds, whose
# meaning is the writer's, not the calendar's.
DECADES = [d for d in range(1010, 2000, 10) if d % 100]


def gen_decade(rng, lang):
    y = rng.choice(DECADES)
    text = {"en": f"the {y}s", "ru": f"{y}-х гг.", "de": f"der {y}er", "fr": f"les années {y}"}[lang]
    return Expression(text, "decade", lang, "decade", iso(y, 1, 1), iso(y + 9, 12, 31))


def gen_century(rng, lang):
    c = rng.randint(11, 20)
    text = {"en": f"the {en_ordinal(c)} century", "ru": f"{ROMAN[c]} век", "de": f"{c}. Jh.",
            "fr": f"{ROMAN[c]}e siècle"}[lang]
    return Expression(text, "century", lang, "century", iso(100 * c - 99, 1, 1), iso(100 * c, 12, 31))


def gen_circa(rng, lang):
    y = rng.randint(1000, 1999)
    text = {"en": rng.choice([f"circa {y}", f"c. {y}", f"about {y}"]), "ru": f"около {y} г.",
            "de": f"um {y}", "fr": f"vers {y}"}[lang]
    return Expression(text, "circa", lang, "year", iso(y, 1, 1), iso(y, 12, 31))


def gen_range(rng, lang):
    a = rng.randint(1000, 1990)
    b = a + rng.randint(1, 9)
    if lang == "en":
        form = rng.randrange(4)
        if form == 0:
            text = f"between {a} and {b}"
        elif form == 1 and a // 100 == b // 100:
            text = f"{a}\u2013{b % 100:02d}"
        elif form == 2:
            m = rng.randint(1, 12)
            d1 = rng.randint(1, 20)
            d2 = rng.randint(d1 + 1, month_days(a, m))
            return Expression(f"{d1}\u2013{d2} {EN_MONTHS[m - 1]} {a}", "range", lang, "range",
                              iso(a, m, d1), iso(a, m, d2))
        else:
            text = f"{a}\u2013{b}"
    elif lang == "ru":
        text = f"с {a} по {b} г."
    elif lang == "de":
        text = f"zwischen {a} und {b}"
    else:
        text = f"entre {a} et {b}"
    return Expression(text, "range", lang, "range", iso(a, 1, 1), iso(b, 12, 31))


def gen_bce(rng, lang):
    y = rng.randint(1, 800)
    if rng.random() < 0.8:
        text = {"en": rng.choice([f"{y} BC", f"{y} B.C.", f"{y} BCE"]), "ru": f"{y} г. до н. э.",
                "de": f"{y} v. Chr.", "fr": f"{y} av. J.-C."}[lang]
        return Expression(text, "bce", lang, "year", iso(1 - y, 1, 1), iso(1 - y, 12, 31))
    c = rng.randint(1, 8)
    text = {"en": f"the {en_ordinal(c)} century BC", "ru": f"{ROMAN[c]} в. до н. э.",
            "de": f"{c}. Jh. v. Chr.", "fr": f"{ROMAN[c]}e siècle av. J.-C."}[lang]
    # c-th century BC = years 100c .. 100(c-1)+1 BC = astronomical 1-100c .. 1-(100(c-1)+1)
    return Expression(text, "bce", lang, "century", iso(1 - 100 * c, 1, 1), iso(-100 * (c - 1), 12, 31))


SEASONS = {  # name per language -> (first month, last month)
    "en": ["spring", "summer", "autumn", "winter"],
    "ru": ["весной", "летом", "осенью", "зимой"],
    "de": ["im Frühjahr", "im Sommer", "im Herbst", "im Winter"],
    "fr": ["au printemps", "l'été", "l'automne", "l'hiver"],
}


def gen_season(rng, lang):
    y = rng.randint(1000, 1998)
    s = rng.randrange(4)
    name = SEASONS[lang][s]
    text = f"{name} {y} года" if lang == "ru" else f"{name} {y}"
    first = 3 + 3 * s
    if first == 12:  # winter runs into the next year
        return Expression(text, "season", lang, "season", iso(y, 12, 1), iso(y + 1, 2, month_days(y + 1, 2)))
    return Expression(text, "season", lang, "season", iso(y, first, 1), iso(y, first + 2, month_days(y, first + 2)))


# kind -> (weight, generator); days and years dominate real sources, the rest appear regularly.
KINDS = {
    "day": (30, gen_day), "month": (10, gen_month), "year": (12, gen_year), "os_day": (6, gen_os_day),
    "dual_day": (6, gen_dual_day), "decade": (6, gen_decade), "century": (6, gen_century),
    "circa": (6, gen_circa), "range": (8, gen_range), "bce": (5, gen_bce), "season": (5, gen_season),
}
LANGS = (["en"] * 55) + (["ru"] * 20) + (["de"] * 13) + (["fr"] * 12)
_KIND_NAMES = list(KINDS)
_KIND_WEIGHTS = [KINDS[k][0] for k in _KIND_NAMES]


def make_expression(rng: random.Random) -> Expression:
    kind = rng.choices(_KIND_NAMES, _KIND_WEIGHTS)[0]
    return KINDS[kind][1](rng, rng.choice(LANGS))
