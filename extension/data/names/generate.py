#!/usr/bin/env python3
"""Turns the readable name tables in this folder into C++ (stdlib only).

Run from anywhere:  python3 extension/data/names/generate.py
Writes extension/core/names/generated/tables.hpp and tables.cpp; both are committed so the build
needs no Python. Inputs: translit_cyrillic.tsv, translit_greek.tsv, translit_georgian.tsv,
skeleton_rules.tsv, name_words.tsv, given_names.tsv, derived_suffixes.tsv, plus a diacritic-stripping
table derived here from Python's unicodedata (canonical decompositions of Latin letters).
"""
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'core', 'names', 'generated')
SCHEMES = ['key', 'bgn', 'lc', 'iso9', 'scholarly', 'german', 'french', 'polish']


def rows(name):
    with open(os.path.join(HERE, name), encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            yield line.split('\t')


def c_str(s):
    out = '"'
    for ch in s.encode('utf-8'):
        if 32 <= ch < 127 and chr(ch) not in '"\\?':
            out += chr(ch)
        else:
            out += '\\%03o' % ch
    return out + '"'


def cps(s):
    assert 1 <= len(s) <= 2, s
    a = [hex(ord(c)) for c in s] + ['0']
    return '{%s, %s}' % (a[0], a[1])


def main():
    hpp = []
    cpp = []
    # --- Cyrillic ---
    cyr = []
    for r in rows('translit_cyrillic.tsv'):
        src, vals = r[0], r[1:]
        assert len(vals) == len(SCHEMES), r
        kind = 0
        if src.endswith('$'):
            kind, src = 1, src[:-1]
        elif src.endswith('@uk'):
            kind, src = 2, src[:-3]
        elif src.endswith('@be'):
            kind, src = 3, src[:-3]
        ini, oth = [], []
        for v in vals:
            a, _, b = v.partition('~')
            if not _:
                b = a
            ini.append('' if a == '-' else a)
            oth.append('' if b == '-' else b)
        cyr.append((src, kind, ini, oth))
    cyr.sort(key=lambda x: ([ord(c) for c in x[0]], x[1]))
    cpp.append('const CyrillicRule kCyrillicRules[] = {')
    for src, kind, ini, oth in cyr:
        cpp.append('  {%s, %d, {%s}, {%s}},' % (cps(src), kind, ', '.join(map(c_str, ini)),
                                                ', '.join(map(c_str, oth))))
    cpp.append('};')
    cpp.append('const std::size_t kCyrillicRuleCount = %d;' % len(cyr))
    # --- Greek, Georgian ---
    simple = []
    for r in rows('translit_greek.tsv'):
        simple.append((r[0], r[1], r[1]))
    for r in rows('translit_georgian.tsv'):
        simple.append((r[0], r[1], r[2]))
    simple.sort(key=lambda x: [ord(c) for c in x[0]])
    cpp.append('const SimpleRule kSimpleRules[] = {')
    for src, key, latin in simple:
        cpp.append('  {%s, %s, %s},' % (cps(src), c_str(key), c_str(latin)))
    cpp.append('};')
    cpp.append('const std::size_t kSimpleRuleCount = %d;' % len(simple))
    # --- skeleton rules ---
    bits = {'D': 1, 'F': 2, 'G': 4, 'P': 8, 'Z': 16}
    sk = []
    for pat, rep, rd, pos in rows('skeleton_rules.tsv'):
        mask = 0
        for c in rd:
            mask |= bits[c]
        sk.append((pat, rep, mask, 1 if pos == 'final' else 0))
    cpp.append('const SkeletonRule kSkeletonRules[] = {')
    for pat, rep, mask, fin in sk:
        cpp.append('  {%s, %s, %d, %d},' % (c_str(pat), c_str(rep), mask, fin))
    cpp.append('};')
    cpp.append('const std::size_t kSkeletonRuleCount = %d;' % len(sk))
    # --- diacritics ---
    special = {'ł': 'l', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'þ': 'th', 'ı': 'i',
               'ħ': 'h', 'ŀ': 'l', 'ŧ': 't', 'ŋ': 'n', 'ĸ': 'k', 'ſ': 's', 'ƒ': 'f', 'ʹ': '',
               'ʺ': '', 'ʼ': '', 'ʻ': '', '\u2019': '', "'": '', '\u0301': '', '\u0300': '',
               '\u0308': '', '\u0306': '', '\u030c': '', '\u0327': '', '\u0328': '', '\u0307': ''}
    strip = {}
    for cp in list(range(0xC0, 0x250)) + list(range(0x1E00, 0x1F00)):
        ch = chr(cp)
        if ch in special:
            continue
        low = ch.lower()
        if len(low) != 1:
            continue
        d = unicodedata.normalize('NFD', low)
        base = ''.join(c for c in d if not unicodedata.combining(c))
        if base and base != low and all('a' <= c <= 'z' for c in base):
            strip[ord(low)] = base
    for ch, v in special.items():
        strip[ord(ch)] = v
    cpp.append('const StripRule kStripRules[] = {')
    for cp in sorted(strip):
        cpp.append('  {%s, %s},' % (hex(cp), c_str(strip[cp])))
    cpp.append('};')
    cpp.append('const std::size_t kStripRuleCount = %d;' % len(strip))
    # --- name words ---
    kinds = {'title': 1, 'particle': 2, 'elder': 3, 'younger': 4, 'place': 5}
    words = {}
    for r in rows('name_words.tsv'):
        w, kind, g = r[0], r[1], r[2]
        same = r[3] if len(r) > 3 and r[3] else w  # optional 4th column: the same title in English
        words.setdefault(w, (kinds[kind], g, same))
    cpp.append('const NameWord kNameWords[] = {')
    for w in sorted(words):
        k, g, same = words[w]
        cpp.append("  {%s, %d, '%s', %s}," % (c_str(w), k, g, c_str(same)))
    cpp.append('};')
    cpp.append('const std::size_t kNameWordCount = %d;' % len(words))
    # --- given names ---
    cpp.append('const GivenGroup kGivenGroups[] = {')
    n = 0
    for gid, g, forms in rows('given_names.tsv'):
        fs = [f.strip() for f in forms.split(',') if f.strip()]
        cpp.append("  {%s, '%s', %s}," % (c_str(gid), g, c_str('|'.join(fs))))
        n += 1
    cpp.append('};')
    cpp.append('const std::size_t kGivenGroupCount = %d;' % n)
    # --- derived suffixes ---
    suf = [r[0] for r in rows('derived_suffixes.tsv')]
    cpp.append('const char* const kDerivedSuffixes[] = {%s};' % ', '.join(map(c_str, suf)))
    cpp.append('const std::size_t kDerivedSuffixCount = %d;' % len(suf))

    banner = ('// GENERATED by extension/data/names/generate.py from extension/data/names/*.tsv and\n'
              '// Python unicodedata. Do not edit: edit the .tsv files and re-run the generator.\n')
    header = banner + '''// Raw data tables of the names domain; the code that uses them explains their meaning.
#pragma once

#include <cstddef>
#include <cstdint>

namespace clio::names::generated {

inline constexpr std::size_t kSchemeColumns = %d;  // key, bgn, lc, iso9, scholarly, german, french, polish

struct CyrillicRule {
  char32_t src[2];      // one letter, or two for a word-final sequence (src[1] == 0 otherwise)
  std::uint8_t kind;    // 0 letter, 1 word-final sequence, 2 Ukrainian override, 3 Belarusian override
  const char* initial[kSchemeColumns];  // at word start / after a vowel, ъ, ь, й
  const char* other[kSchemeColumns];    // after a consonant
};
struct SimpleRule { char32_t src[2]; const char* key; const char* latin; };  // Greek, Georgian
struct SkeletonRule { const char* pattern; const char* replacement; std::uint8_t readings; std::uint8_t final; };
struct StripRule { char32_t cp; const char* ascii; };  // lower-case letter -> letters without diacritics
struct NameWord { const char* word; std::uint8_t kind; char gender; const char* same; };  // same: English equivalent
struct GivenGroup { const char* id; char gender; const char* forms; };  // forms separated by '|'

extern const CyrillicRule kCyrillicRules[];   // sorted by src
extern const std::size_t kCyrillicRuleCount;
extern const SimpleRule kSimpleRules[];       // sorted by src
extern const std::size_t kSimpleRuleCount;
extern const SkeletonRule kSkeletonRules[];
extern const std::size_t kSkeletonRuleCount;
extern const StripRule kStripRules[];         // sorted by cp
extern const std::size_t kStripRuleCount;
extern const NameWord kNameWords[];           // sorted by word
extern const std::size_t kNameWordCount;
extern const GivenGroup kGivenGroups[];
extern const std::size_t kGivenGroupCount;
extern const char* const kDerivedSuffixes[];
extern const std::size_t kDerivedSuffixCount;

}  // namespace clio::names::generated
''' % len(SCHEMES)
    body = banner + '#include "names/generated/tables.hpp"\n\nnamespace clio::names::generated {\n\n' + \
        '\n'.join(cpp) + '\n\n}  // namespace clio::names::generated\n'
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, 'tables.hpp'), 'w', encoding='utf-8') as f:
        f.write(header)
    with open(os.path.join(OUT, 'tables.cpp'), 'w', encoding='utf-8') as f:
        f.write(body)


if __name__ == '__main__':
    main()
