#!/usr/bin/env python3
"""Compiles lexicon.tsv into extension/core/dates/generated/date_lexicon_data.cpp.

The output is an array of entries (one per distinct key, roles merged) and an open-addressing hash
table over the keys (key_hash below, linear probing; each slot holds the entry index and the top 16
bits of its key's hash), so the tokenizer finds a case-folded word with one hash and usually one
comparison, and rejects most words that are no key without reading an entry. Run from anywhere:
    python3 extension/data/dates/generate.py
The build does not need Python: the output is committed.
"""
import os
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
OUT = os.path.join(ROOT, "extension", "core", "dates", "generated", "date_lexicon_data.cpp")

# Order and spelling must match enum Role in extension/core/dates/date_lexicon.hpp.
ROLES = ["month", "weekday", "season", "era_bc", "era_ad", "cal_os", "cal_ns", "century",
         "millennium", "decade_word", "year_word", "approx", "part", "between", "from", "to", "and",
         "either", "or", "prep", "context", "filler", "ord_suffix", "decade_suffix", "ordinal",
         "number", "unit", "rel_next", "rel_prev", "rel_same", "later", "earlier", "within",
         "day_after", "day_before", "year_before", "half", "lead", "quarter", "measure", "count", "after_year", "feast", "last"]
VALUE_FIELD = {"month": "month", "weekday": None, "season": "season", "part": "part",
               "ordinal": "ordinal", "number": "number", "unit": "unit"}
FIELDS = ["month", "season", "part", "ordinal", "number", "unit"]
LANGS = {"en": 1, "ru": 2, "de": 4, "fr": 8}  # bits of Entry::langs
# Languages with a few lexicon words only (eras, Latin month names): one shared bit.
for _other in ("la", "it", "es", "pt", "pl", "uk", "cs", "sv", "no", "da", "nl", "zh", "ja", "ko"):
    LANGS[_other] = 16


M64 = (1 << 64) - 1


def key_hash(data: bytes) -> int:
    # Must match lex::key_hash in extension/core/dates/date_lexicon.hpp: 8-byte little-endian chunks
    # (the last zero-padded) mixed in with a multiply, then the length and a final mix.
    h = 0x9E3779B97F4A7C15
    for at in range(0, len(data), 8):
        chunk = int.from_bytes(data[at:at + 8], "little")
        h = ((h ^ chunk) * 0xFF51AFD7ED558CCD) & M64
    h ^= len(data)
    h ^= h >> 32
    h = (h * 0xC4CEB9FE1A85EC53) & M64
    h ^= h >> 32
    return h & 0xFFFFFFFF


def fold(s: str) -> str:
    # The tokenizer folds with ICU simple case folding and maps ё to е; for the scripts used here
    # that is str.lower() plus the ё rule.
    return s.lower().replace("ё", "е")


def deaccent(s: str) -> str:
    out = []
    for ch in s:
        if "a" <= ch <= "z" or ch == " " or ord(ch) > 0x24F:
            out.append(ch)
            continue
        base = unicodedata.normalize("NFD", ch)[0]
        out.append(base if base.isascii() else ch)
    return "".join(out)


def main() -> int:
    entries = {}  # key -> {"roles": set, field: value}
    order = []
    with open(os.path.join(HERE, "lexicon.tsv"), encoding="utf-8") as f:
        raw_keys = {fold(l.split("\t")[0]) for l in f if l.strip() and not l.startswith("#")}
    with open(os.path.join(HERE, "lexicon.tsv"), encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 4:
                sys.exit(f"lexicon.tsv:{lineno}: expected 4 tab-separated columns")
            key, role, value, lang = cols
            if lang not in LANGS:
                sys.exit(f"lexicon.tsv:{lineno}: unknown language {lang!r}")
            if role not in ROLES:
                sys.exit(f"lexicon.tsv:{lineno}: unknown role {role!r}")
            variants = {fold(key)}
            # Accent-free spellings ("fevrier", "ete"), unless that spelling is another word of the
            # lexicon ("à" -> "a", "dès" -> "des").
            plain = fold(deaccent(key))
            if plain not in raw_keys:
                variants.add(plain)
            for k in variants:
                e = entries.get(k)
                if e is None:
                    e = entries[k] = {"roles": set()}
                    order.append(k)
                e["roles"].add(role)
                e.setdefault("langs", set()).add(lang)
                field = VALUE_FIELD.get(role)
                if role == "feast":  # MMDD: the month in Entry::month, the day in Entry::ordinal
                    v = int(value)
                    for f, fv in (("month", v // 100), ("ordinal", v % 100)):
                        if e.get(f, fv) != fv:
                            sys.exit(f"lexicon.tsv:{lineno}: {k!r} has two values for {f}")
                        e[f] = fv
                elif field:
                    v = int(value)
                    if e.get(field, v) != v:
                        sys.exit(f"lexicon.tsv:{lineno}: {k!r} has two values for {field}")
                    e[field] = v
    # Every word-boundary prefix of a phrase must be findable, marked "prefix", so the phrase matcher
    # knows when to read one more word.
    for k in list(order):
        words = k.split(" ")
        for n in range(1, len(words)):
            p = " ".join(words[:n])
            if p not in entries:
                entries[p] = {"roles": set()}
                order.append(p)
            entries[p]["prefix"] = True
            # The roles reachable by reading on, so the matcher stops early for other roles.
            entries[p].setdefault("more", set()).update(entries[k]["roles"])
    keys = sorted(order, key=lambda s: s.encode("utf-8"))
    size = 1
    while size < 2 * len(keys):
        size *= 2
    slots = [0] * size
    for idx, k in enumerate(keys):
        full = key_hash(k.encode("utf-8"))
        h = full & (size - 1)
        while slots[h]:
            h = (h + 1) & (size - 1)
        # Low half: entry index + 1; high half: the top 16 bits of the key's hash, so a lookup
        # rejects most other words without reading the entry (see lex::lookup).
        slots[h] = ((full >> 16) << 16) | (idx + 1)
    maxlen = max(len(k.encode("utf-8")) for k in keys)

    lines = []
    lines.append("// GENERATED by extension/data/dates/generate.py from extension/data/dates/lexicon.tsv.")
    lines.append("// Do not edit: change the TSV and run `python3 extension/data/dates/generate.py`.")
    lines.append('#include "dates/date_lexicon.hpp"')
    lines.append("")
    lines.append("namespace clio::dates::lex {")
    lines.append("")
    lines.append(f"extern const std::size_t kEntryCount = {len(keys)};")
    lines.append(f"extern const std::size_t kSlotCount = {size};")
    lines.append(f"extern const std::size_t kMaxKeyBytes = {maxlen};")
    lines.append("")
    lines.append("extern const Entry kEntries[] = {")
    for k in keys:
        e = entries[k]
        roles = [f"k{''.join(p.capitalize() for p in r.split('_'))}" for r in ROLES if r in e["roles"]]
        if e.get("prefix"):
            roles.append("kPrefix")
        role_expr = "|".join(roles) if roles else "0"
        kb = k.encode("utf-8")
        esc = "".join(chr(b) if 0x20 <= b < 0x7F and chr(b) not in '"\\?' else f"\\{b:03o}" for b in kb)
        vals = ", ".join(str(e.get(fld, 0)) for fld in FIELDS)
        more = [f"k{''.join(p.capitalize() for p in r.split('_'))}" for r in ROLES if r in e.get("more", ())]
        more_expr = "|".join(more) if more else "0"
        langs = sum(LANGS[x] for x in e.get("langs", ()))
        # Zero bytes after a short key: the tokenizer compares keys of up to 8 bytes as one word.
        pad = "\\0" * max(0, 7 - len(kb))
        lines.append(f'    {{"{esc}{pad}", {len(kb)}, {role_expr}, {vals}, {more_expr}, {langs}}},  // {k}')
    lines.append("};")
    lines.append("")
    lines.append("extern const std::uint32_t kSlots[] = {")
    for i in range(0, size, 8):
        lines.append("    " + ", ".join(f"0x{s:08x}" for s in slots[i:i + 8]) + ",")
    lines.append("};")
    lines.append("")
    lines.append("}  // namespace clio::dates::lex")
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {OUT}: {len(keys)} keys, {size} slots")
    return 0


if __name__ == "__main__":
    sys.exit(main())
