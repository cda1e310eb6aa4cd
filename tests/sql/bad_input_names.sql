-- The bad-input matrix for the name functions (reliability, issue 7). Documented answers:
--   NULL, empty or all-white-space names   NULL (clio_candidates: no rows)
--   integer / real                         read as their text
--   blob                                   an error naming the function and the argument
--   invalid UTF-8, CESU surrogates         no crash; malformed bytes read as U+FFFD
--   huge or pathological text              linear time; names longer than the name limit name
--                                          nobody (NULL) and cost nothing; clio_translit is
--                                          linear in its text
--   unknown transliteration scheme         an error naming the function and the accepted schemes
-- clio_name_key and clio_phonetic give NULL when the text holds no name (empty, blank, only marks
-- or invalid bytes); clio_phonetic also when no name word has a letter ('1917', initials only).
-- Each line: name_key | phonetic | length(translit) | resolve | count(candidates)
.mode list
.nullvalue NULL
SELECT clio_authority_install();
INSERT INTO clio_person(id, name) VALUES ('p1', 'Fyodor Mikhailovich Dostoevsky');

SELECT 'null', clio_name_key(NULL), clio_phonetic(NULL), length(clio_translit(NULL)), clio_resolve(NULL),
  (SELECT count(*) FROM clio_candidates(NULL));
SELECT 'integer', clio_name_key(1917), clio_phonetic(1917), length(clio_translit(1917)), clio_resolve(1917),
  (SELECT count(*) FROM clio_candidates(1917));
SELECT 'real', clio_name_key(1917.5), clio_phonetic(1917.5), length(clio_translit(1917.5)), clio_resolve(1917.5),
  (SELECT count(*) FROM clio_candidates(1917.5));
SELECT 'empty', clio_name_key(''), clio_phonetic(''), length(clio_translit('')), clio_resolve(''),
  (SELECT count(*) FROM clio_candidates(''));
SELECT 'white space', clio_name_key(char(32, 9, 10, 13, 160, 8195, 12288)), clio_phonetic(char(32, 9, 10, 13, 160, 8195, 12288)), length(clio_translit(char(32, 9, 10, 13, 160, 8195, 12288))), clio_resolve(char(32, 9, 10, 13, 160, 8195, 12288)),
  (SELECT count(*) FROM clio_candidates(char(32, 9, 10, 13, 160, 8195, 12288)));
SELECT 'invalid utf-8', clio_name_key(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_phonetic(CAST(X'C328FFFE80C0AF' AS TEXT)), length(clio_translit(CAST(X'C328FFFE80C0AF' AS TEXT))), clio_resolve(CAST(X'C328FFFE80C0AF' AS TEXT)),
  (SELECT count(*) FROM clio_candidates(CAST(X'C328FFFE80C0AF' AS TEXT)));
SELECT 'invalid utf-8 in a name', clio_name_key('Dostoe' || CAST(X'FF' AS TEXT) || 'vsky'), clio_phonetic('Dostoe' || CAST(X'FF' AS TEXT) || 'vsky'), length(clio_translit('Dostoe' || CAST(X'FF' AS TEXT) || 'vsky')), clio_resolve('Dostoe' || CAST(X'FF' AS TEXT) || 'vsky'),
  (SELECT count(*) FROM clio_candidates('Dostoe' || CAST(X'FF' AS TEXT) || 'vsky'));
SELECT 'cesu surrogates', clio_name_key(CAST(X'EDA080EDB080' AS TEXT)), clio_phonetic(CAST(X'EDA080EDB080' AS TEXT)), length(clio_translit(CAST(X'EDA080EDB080' AS TEXT))), clio_resolve(CAST(X'EDA080EDB080' AS TEXT)),
  (SELECT count(*) FROM clio_candidates(CAST(X'EDA080EDB080' AS TEXT)));
SELECT 'cesu surrogate in a name', clio_name_key('Пуш' || CAST(X'EDA080' AS TEXT) || 'кин'), clio_phonetic('Пуш' || CAST(X'EDA080' AS TEXT) || 'кин'), length(clio_translit('Пуш' || CAST(X'EDA080' AS TEXT) || 'кин')), clio_resolve('Пуш' || CAST(X'EDA080' AS TEXT) || 'кин'),
  (SELECT count(*) FROM clio_candidates('Пуш' || CAST(X'EDA080' AS TEXT) || 'кин'));
SELECT 'embedded nul', clio_name_key(CAST(X'4976616E00506574726F76' AS TEXT)), clio_phonetic(CAST(X'4976616E00506574726F76' AS TEXT)), length(clio_translit(CAST(X'4976616E00506574726F76' AS TEXT))), clio_resolve(CAST(X'4976616E00506574726F76' AS TEXT)),
  (SELECT count(*) FROM clio_candidates(CAST(X'4976616E00506574726F76' AS TEXT)));
-- Long and pathological input.
-- (lengths of name_key and phonetic, not the strings)
SELECT '10 MB of letters', length(clio_name_key(printf('%.*c', 10000000, 'x'))), length(clio_phonetic(printf('%.*c', 10000000, 'x'))), length(clio_translit(printf('%.*c', 10000000, 'x'))), clio_resolve(printf('%.*c', 10000000, 'x')),
  (SELECT count(*) FROM clio_candidates(printf('%.*c', 10000000, 'x')));
SELECT 'a million dots', length(clio_name_key(printf('%.*c', 1000000, '.'))), length(clio_phonetic(printf('%.*c', 1000000, '.'))), length(clio_translit(printf('%.*c', 1000000, '.'))), clio_resolve(printf('%.*c', 1000000, '.')),
  (SELECT count(*) FROM clio_candidates(printf('%.*c', 1000000, '.')));
SELECT '100000 digits', length(clio_name_key(printf('%.*c', 100000, '9'))), length(clio_phonetic(printf('%.*c', 100000, '9'))), length(clio_translit(printf('%.*c', 100000, '9'))), clio_resolve(printf('%.*c', 100000, '9')),
  (SELECT count(*) FROM clio_candidates(printf('%.*c', 100000, '9')));
SELECT '100000 initials', length(clio_name_key(replace(printf('%.*c', 100000, 'x'), 'x', 'A. '))), length(clio_phonetic(replace(printf('%.*c', 100000, 'x'), 'x', 'A. '))), length(clio_translit(replace(printf('%.*c', 100000, 'x'), 'x', 'A. '))), clio_resolve(replace(printf('%.*c', 100000, 'x'), 'x', 'A. ')),
  (SELECT count(*) FROM clio_candidates(replace(printf('%.*c', 100000, 'x'), 'x', 'A. ')));
SELECT '100000 Cyrillic words', length(clio_name_key(replace(printf('%.*c', 100000, 'x'), 'x', 'Щ '))), length(clio_phonetic(replace(printf('%.*c', 100000, 'x'), 'x', 'Щ '))), length(clio_translit(replace(printf('%.*c', 100000, 'x'), 'x', 'Щ '))), clio_resolve(replace(printf('%.*c', 100000, 'x'), 'x', 'Щ ')),
  (SELECT count(*) FROM clio_candidates(replace(printf('%.*c', 100000, 'x'), 'x', 'Щ ')));
-- A blob is an error naming the function and the argument.
SELECT clio_name_key(X'4976616E');
SELECT clio_phonetic(X'4976616E');
SELECT clio_translit(X'4976616E');
SELECT clio_resolve(X'4976616E');
SELECT count(*) FROM clio_candidates(X'4976616E');
-- The scheme argument: NULL is the default, anything unknown is an error.
SELECT 'null scheme', clio_translit('Чайковский', NULL);
-- unknown scheme
SELECT clio_translit('Чайковский', 'klingon');
-- scheme in capitals
SELECT clio_translit('Чайковский', 'BGN');
-- empty scheme
SELECT clio_translit('Чайковский', '');
-- integer scheme
SELECT clio_translit('Чайковский', 7);
-- blob scheme
SELECT clio_translit('Чайковский', X'62676E');
-- invalid utf-8 scheme
SELECT clio_translit('Чайковский', CAST(X'FF' AS TEXT));
-- The context argument of clio_resolve and clio_candidates: junk context is no context or an error naming it.
SELECT 'null context', clio_resolve('Dostoevsky', NULL);
SELECT 'null context rows', count(*) FROM clio_candidates('Dostoevsky', NULL);
SELECT 'junk context', clio_resolve('Dostoevsky', 'not a date');
SELECT 'junk context rows', count(*) FROM clio_candidates('Dostoevsky', 'not a date');
SELECT 'invalid utf-8 context', clio_resolve('Dostoevsky', CAST(X'FF' AS TEXT));
SELECT 'invalid utf-8 context rows', count(*) FROM clio_candidates('Dostoevsky', CAST(X'FF' AS TEXT));
SELECT 'huge context', clio_resolve('Dostoevsky', printf('%.*c', 1000000, '9'));
SELECT 'huge context rows', count(*) FROM clio_candidates('Dostoevsky', printf('%.*c', 1000000, '9'));
SELECT 'blob context', clio_resolve('Dostoevsky', X'31383830');
SELECT 'blob context rows', count(*) FROM clio_candidates('Dostoevsky', X'31383830');
-- Wrong argument counts.
SELECT clio_name_key();
SELECT clio_translit('a', 'bgn', 3);
SELECT count(*) FROM clio_candidates();
SELECT 'after the errors';
