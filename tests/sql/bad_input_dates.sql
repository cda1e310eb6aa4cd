-- The bad-input matrix for the date functions (reliability, issue 7). Every date function and
-- clio_dates meet the same hostile inputs; the documented answers are:
--   NULL text (or edtf)              NULL; clio_dates gives no rows
--   integer / real                   read as their text (1917 is the year 1917; 1917.5 is a decimal number, not a year)
--   blob                             an error naming the function and the argument
--   empty / white space / junk       NULL (no date); clio_edtf_valid gives 0; no rows
--   invalid UTF-8, CESU surrogates   no crash; dates around the bad bytes are still found and
--                                    start/length count characters as substr() does
--   huge or pathological text        an answer in linear time (10 MB, a million dots,
--                                    100,000 digits, 'O.S. ' x 100,000)
--   malformed options, unknown keys  an error naming the function and the key or the JSON
--                                    problem (with its byte offset); NULL options = defaults
-- Each line shows one input through every function, in this order:
--   date | date_earliest | date_latest | date_earliest_jd | date_latest_jd | edtf_valid | edtf_earliest | edtf_latest
-- followed by the row count of clio_dates (and for a few, the rows).
.mode list
.nullvalue NULL

-- NULL in, NULL out; no rows.
SELECT 'null', clio_date(NULL), clio_date_earliest(NULL), clio_date_latest(NULL), clio_date_earliest_jd(NULL), clio_date_latest_jd(NULL), clio_edtf_valid(NULL), clio_edtf_earliest(NULL), clio_edtf_latest(NULL);
SELECT 'null rows', count(*) FROM clio_dates(NULL);
-- Numbers are read as their text.
SELECT 'integer', clio_date(1917), clio_date_earliest(1917), clio_date_latest(1917), clio_date_earliest_jd(1917), clio_date_latest_jd(1917), clio_edtf_valid(1917), clio_edtf_earliest(1917), clio_edtf_latest(1917);
SELECT 'integer rows', count(*) FROM clio_dates(1917);
SELECT 'negative integer', clio_date(-43), clio_date_earliest(-43), clio_date_latest(-43), clio_date_earliest_jd(-43), clio_date_latest_jd(-43), clio_edtf_valid(-43), clio_edtf_earliest(-43), clio_edtf_latest(-43);
SELECT 'negative integer rows', count(*) FROM clio_dates(-43);
SELECT 'real', clio_date(1917.5), clio_date_earliest(1917.5), clio_date_latest(1917.5), clio_date_earliest_jd(1917.5), clio_date_latest_jd(1917.5), clio_edtf_valid(1917.5), clio_edtf_earliest(1917.5), clio_edtf_latest(1917.5);
SELECT 'real rows', count(*) FROM clio_dates(1917.5);
SELECT 'huge integer', clio_date(9223372036854775807), clio_date_earliest(9223372036854775807), clio_date_latest(9223372036854775807), clio_date_earliest_jd(9223372036854775807), clio_date_latest_jd(9223372036854775807), clio_edtf_valid(9223372036854775807), clio_edtf_earliest(9223372036854775807), clio_edtf_latest(9223372036854775807);
SELECT 'huge integer rows', count(*) FROM clio_dates(9223372036854775807);
-- Empty text and white space: no date.
SELECT 'empty', clio_date(''), clio_date_earliest(''), clio_date_latest(''), clio_date_earliest_jd(''), clio_date_latest_jd(''), clio_edtf_valid(''), clio_edtf_earliest(''), clio_edtf_latest('');
SELECT 'empty rows', count(*) FROM clio_dates('');
SELECT 'white space', clio_date(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_date_earliest(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_date_latest(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_date_earliest_jd(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_date_latest_jd(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_edtf_valid(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_edtf_earliest(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288)), clio_edtf_latest(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288));
SELECT 'white space rows', count(*) FROM clio_dates(char(32, 9, 10, 13, 12, 11, 160, 8195, 12288));
-- Invalid UTF-8 (SQLite does not validate text): stray bytes, truncated and overlong sequences.
SELECT 'invalid utf-8', clio_date(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_date_earliest(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_date_latest(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_date_earliest_jd(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_date_latest_jd(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_edtf_valid(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_edtf_earliest(CAST(X'C328FFFE80C0AF' AS TEXT)), clio_edtf_latest(CAST(X'C328FFFE80C0AF' AS TEXT));
SELECT 'invalid utf-8 rows', count(*) FROM clio_dates(CAST(X'C328FFFE80C0AF' AS TEXT));
SELECT 'invalid utf-8 around a date', clio_date(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_date_earliest(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_date_latest(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_date_earliest_jd(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_date_latest_jd(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_edtf_valid(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_edtf_earliest(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT)), clio_edtf_latest(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT));
SELECT 'invalid utf-8 around a date rows', count(*) FROM clio_dates(CAST(X'FF80' AS TEXT) || ' On 30 December 1922 ' || CAST(X'C3' AS TEXT));
-- Lone surrogates as CESU-8 bytes (ED A0 80 is U+D800).
SELECT 'cesu surrogates', clio_date(CAST(X'EDA080EDB080' AS TEXT)), clio_date_earliest(CAST(X'EDA080EDB080' AS TEXT)), clio_date_latest(CAST(X'EDA080EDB080' AS TEXT)), clio_date_earliest_jd(CAST(X'EDA080EDB080' AS TEXT)), clio_date_latest_jd(CAST(X'EDA080EDB080' AS TEXT)), clio_edtf_valid(CAST(X'EDA080EDB080' AS TEXT)), clio_edtf_earliest(CAST(X'EDA080EDB080' AS TEXT)), clio_edtf_latest(CAST(X'EDA080EDB080' AS TEXT));
SELECT 'cesu surrogates rows', count(*) FROM clio_dates(CAST(X'EDA080EDB080' AS TEXT));
SELECT 'cesu surrogate in a date', clio_date('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_date_earliest('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_date_latest('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_date_earliest_jd('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_date_latest_jd('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_edtf_valid('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_edtf_earliest('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922'), clio_edtf_latest('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922');
SELECT 'cesu surrogate in a date rows', count(*) FROM clio_dates('30 Dec' || CAST(X'EDA080' AS TEXT) || 'ember 1922');
SELECT 'cesu surrogate edtf', clio_date('1922' || CAST(X'EDA080' AS TEXT)), clio_date_earliest('1922' || CAST(X'EDA080' AS TEXT)), clio_date_latest('1922' || CAST(X'EDA080' AS TEXT)), clio_date_earliest_jd('1922' || CAST(X'EDA080' AS TEXT)), clio_date_latest_jd('1922' || CAST(X'EDA080' AS TEXT)), clio_edtf_valid('1922' || CAST(X'EDA080' AS TEXT)), clio_edtf_earliest('1922' || CAST(X'EDA080' AS TEXT)), clio_edtf_latest('1922' || CAST(X'EDA080' AS TEXT));
SELECT 'cesu surrogate edtf rows', count(*) FROM clio_dates('1922' || CAST(X'EDA080' AS TEXT));
-- Offsets after invalid bytes still count characters as substr() does.
SELECT start, length, substr(t, start, length) = surface, edtf
  FROM (SELECT CAST(X'FF80EDA080' AS TEXT) || ' in 1922 and on 5 May 1923' AS t), clio_dates(t);
-- Text with a NUL byte: SQLite text functions stop at NUL; clio sees the bytes it is given.
SELECT 'embedded nul', clio_date(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_date_earliest(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_date_latest(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_date_earliest_jd(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_date_latest_jd(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_edtf_valid(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_edtf_earliest(CAST(X'696E203139323200696E2031393233' AS TEXT)), clio_edtf_latest(CAST(X'696E203139323200696E2031393233' AS TEXT));
SELECT 'embedded nul rows', count(*) FROM clio_dates(CAST(X'696E203139323200696E2031393233' AS TEXT));
-- A blob is an error naming the function and the argument.
SELECT clio_date(X'31393232');
SELECT clio_date_earliest(X'31393232');
SELECT clio_date_latest(X'31393232');
SELECT clio_date_earliest_jd(X'31393232');
SELECT clio_date_latest_jd(X'31393232');
SELECT clio_edtf_valid(X'31393232');
SELECT clio_edtf_earliest(X'31393232');
SELECT clio_edtf_latest(X'31393232');
SELECT count(*) FROM clio_dates(X'31393232');
-- 10 MB without a date, and 10 MB with one date at the end.
SELECT '10 MB of x', clio_date(printf('%.*c', 10000000, 'x')), clio_date_earliest(printf('%.*c', 10000000, 'x')), clio_date_latest(printf('%.*c', 10000000, 'x')), clio_date_earliest_jd(printf('%.*c', 10000000, 'x')), clio_date_latest_jd(printf('%.*c', 10000000, 'x')), clio_edtf_valid(printf('%.*c', 10000000, 'x')), clio_edtf_earliest(printf('%.*c', 10000000, 'x')), clio_edtf_latest(printf('%.*c', 10000000, 'x'));
SELECT '10 MB of x rows', count(*) FROM clio_dates(printf('%.*c', 10000000, 'x'));
SELECT '10 MB then a date', clio_date(printf('%.*c', 10000000, 'x') || ' in 1922');
SELECT '10 MB words then a date', clio_date(replace(printf('%.*c', 2000000, 'x'), 'x', 'word ') || 'on 30 December 1922');
-- 100,000 dates in 1 MB of running text: one row each.
SELECT '100000 mentions', count(*), min(edtf), max(edtf)
  FROM clio_dates(replace(printf('%.*c', 100000, 'x'), 'x', 'in 1922, '));
-- A million dots, alone and before a date.
SELECT 'million dots', clio_date(printf('%.*c', 1000000, '.')), clio_date_earliest(printf('%.*c', 1000000, '.')), clio_date_latest(printf('%.*c', 1000000, '.')), clio_date_earliest_jd(printf('%.*c', 1000000, '.')), clio_date_latest_jd(printf('%.*c', 1000000, '.')), clio_edtf_valid(printf('%.*c', 1000000, '.')), clio_edtf_earliest(printf('%.*c', 1000000, '.')), clio_edtf_latest(printf('%.*c', 1000000, '.'));
SELECT 'million dots rows', count(*) FROM clio_dates(printf('%.*c', 1000000, '.'));
SELECT 'million dots then a date', clio_date(printf('%.*c', 1000000, '.') || ' 30 December 1922');
-- 100,000 digits: not a year; as EDTF neither (Y + 100,000 digits is beyond 15 digits).
SELECT '100000 digits', clio_date(printf('%.*c', 100000, '9')), clio_date_earliest(printf('%.*c', 100000, '9')), clio_date_latest(printf('%.*c', 100000, '9')), clio_date_earliest_jd(printf('%.*c', 100000, '9')), clio_date_latest_jd(printf('%.*c', 100000, '9')), clio_edtf_valid(printf('%.*c', 100000, '9')), clio_edtf_earliest(printf('%.*c', 100000, '9')), clio_edtf_latest(printf('%.*c', 100000, '9'));
SELECT '100000 digits rows', count(*) FROM clio_dates(printf('%.*c', 100000, '9'));
SELECT '100000 digits as long year', clio_edtf_valid('Y' || printf('%.*c', 100000, '9')), clio_edtf_earliest('Y' || printf('%.*c', 100000, '9'));
SELECT '100000 zeros then 1922', clio_date('in ' || printf('%.*c', 100000, '0') || '1922');
-- 'O.S. ' repeated 100,000 times: no date, in linear time.
SELECT 'O.S. repeated', clio_date(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_date_earliest(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_date_latest(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_date_earliest_jd(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_date_latest_jd(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_edtf_valid(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_edtf_earliest(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ')), clio_edtf_latest(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. '));
SELECT 'O.S. repeated rows', count(*) FROM clio_dates(replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. '));
SELECT 'O.S. repeated after a date', clio_date('25 October 1917 ' || replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. '));
-- Deep EDTF sets and long intervals.
SELECT 'long edtf set', clio_edtf_valid('[' || replace(printf('%.*c', 100000, 'x'), 'x', '1922,') || '1923]'),
  clio_edtf_earliest('[' || replace(printf('%.*c', 100000, 'x'), 'x', '1922,') || '1923]'),
  clio_edtf_latest('[' || replace(printf('%.*c', 100000, 'x'), 'x', '1922,') || '1923]');
SELECT 'nested brackets', clio_edtf_valid(printf('%.*c', 100000, '[') || '1922' || printf('%.*c', 100000, ']'));
-- NULL options are the defaults.
SELECT 'clio_date null options', clio_date('On 30 December 1922', NULL);
SELECT 'clio_date_earliest null options', clio_date_earliest('On 30 December 1922', NULL);
SELECT 'clio_date_latest null options', clio_date_latest('On 30 December 1922', NULL);
SELECT 'clio_date_earliest_jd null options', clio_date_earliest_jd('On 30 December 1922', NULL);
SELECT 'clio_date_latest_jd null options', clio_date_latest_jd('On 30 December 1922', NULL);
SELECT 'clio_dates null options', count(*) FROM clio_dates('On 30 December 1922', NULL);
-- Malformed options and unknown keys: an error that names the function and the problem.
-- unterminated object
SELECT clio_date('On 30 December 1922', '{');
SELECT clio_date_earliest('On 30 December 1922', '{');
SELECT clio_date_latest('On 30 December 1922', '{');
SELECT clio_date_earliest_jd('On 30 December 1922', '{');
SELECT clio_date_latest_jd('On 30 December 1922', '{');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{');
-- array instead of object
SELECT clio_date('On 30 December 1922', '[]');
SELECT clio_date_earliest('On 30 December 1922', '[]');
SELECT clio_date_latest('On 30 December 1922', '[]');
SELECT clio_date_earliest_jd('On 30 December 1922', '[]');
SELECT clio_date_latest_jd('On 30 December 1922', '[]');
SELECT count(*) FROM clio_dates('On 30 December 1922', '[]');
-- not json
SELECT clio_date('On 30 December 1922', 'julian');
SELECT clio_date_earliest('On 30 December 1922', 'julian');
SELECT clio_date_latest('On 30 December 1922', 'julian');
SELECT clio_date_earliest_jd('On 30 December 1922', 'julian');
SELECT clio_date_latest_jd('On 30 December 1922', 'julian');
SELECT count(*) FROM clio_dates('On 30 December 1922', 'julian');
-- trailing garbage
SELECT clio_date('On 30 December 1922', '{"calendar": "julian"} x');
SELECT clio_date_earliest('On 30 December 1922', '{"calendar": "julian"} x');
SELECT clio_date_latest('On 30 December 1922', '{"calendar": "julian"} x');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"calendar": "julian"} x');
SELECT clio_date_latest_jd('On 30 December 1922', '{"calendar": "julian"} x');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"calendar": "julian"} x');
-- nested object
SELECT clio_date('On 30 December 1922', '{"ref": {"year": 1922}}');
SELECT clio_date_earliest('On 30 December 1922', '{"ref": {"year": 1922}}');
SELECT clio_date_latest('On 30 December 1922', '{"ref": {"year": 1922}}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"ref": {"year": 1922}}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"ref": {"year": 1922}}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"ref": {"year": 1922}}');
-- number for a string option
SELECT clio_date('On 30 December 1922', '{"ref": 1917}');
SELECT clio_date_earliest('On 30 December 1922', '{"ref": 1917}');
SELECT clio_date_latest('On 30 December 1922', '{"ref": 1917}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"ref": 1917}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"ref": 1917}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"ref": 1917}');
-- impossible ref day
SELECT clio_date('On 30 December 1922', '{"ref": "1917-02-30"}');
SELECT clio_date_earliest('On 30 December 1922', '{"ref": "1917-02-30"}');
SELECT clio_date_latest('On 30 December 1922', '{"ref": "1917-02-30"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"ref": "1917-02-30"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"ref": "1917-02-30"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"ref": "1917-02-30"}');
-- unknown calendar
SELECT clio_date('On 30 December 1922', '{"calendar": "mayan"}');
SELECT clio_date_earliest('On 30 December 1922', '{"calendar": "mayan"}');
SELECT clio_date_latest('On 30 December 1922', '{"calendar": "mayan"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"calendar": "mayan"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"calendar": "mayan"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"calendar": "mayan"}');
-- unknown order
SELECT clio_date('On 30 December 1922', '{"order": "ydm"}');
SELECT clio_date_earliest('On 30 December 1922', '{"order": "ydm"}');
SELECT clio_date_latest('On 30 December 1922', '{"order": "ydm"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"order": "ydm"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"order": "ydm"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"order": "ydm"}');
-- unknown key
SELECT clio_date('On 30 December 1922', '{"colour": "red"}');
SELECT clio_date_earliest('On 30 December 1922', '{"colour": "red"}');
SELECT clio_date_latest('On 30 December 1922', '{"colour": "red"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"colour": "red"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"colour": "red"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"colour": "red"}');
-- key differing in case
SELECT clio_date('On 30 December 1922', '{"Calendar": "julian"}');
SELECT clio_date_earliest('On 30 December 1922', '{"Calendar": "julian"}');
SELECT clio_date_latest('On 30 December 1922', '{"Calendar": "julian"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"Calendar": "julian"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"Calendar": "julian"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"Calendar": "julian"}');
-- duplicate key
SELECT clio_date('On 30 December 1922', '{"lang": "en", "lang": "ru"}');
SELECT clio_date_earliest('On 30 December 1922', '{"lang": "en", "lang": "ru"}');
SELECT clio_date_latest('On 30 December 1922', '{"lang": "en", "lang": "ru"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"lang": "en", "lang": "ru"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"lang": "en", "lang": "ru"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"lang": "en", "lang": "ru"}');
-- invalid utf-8 in options
SELECT clio_date('On 30 December 1922', CAST(X'7B226C616E67223A2022FF227D' AS TEXT));
SELECT clio_date_earliest('On 30 December 1922', CAST(X'7B226C616E67223A2022FF227D' AS TEXT));
SELECT clio_date_latest('On 30 December 1922', CAST(X'7B226C616E67223A2022FF227D' AS TEXT));
SELECT clio_date_earliest_jd('On 30 December 1922', CAST(X'7B226C616E67223A2022FF227D' AS TEXT));
SELECT clio_date_latest_jd('On 30 December 1922', CAST(X'7B226C616E67223A2022FF227D' AS TEXT));
SELECT count(*) FROM clio_dates('On 30 December 1922', CAST(X'7B226C616E67223A2022FF227D' AS TEXT));
-- lone surrogate escape
SELECT clio_date('On 30 December 1922', '{"lang": "\ud800"}');
SELECT clio_date_earliest('On 30 December 1922', '{"lang": "\ud800"}');
SELECT clio_date_latest('On 30 December 1922', '{"lang": "\ud800"}');
SELECT clio_date_earliest_jd('On 30 December 1922', '{"lang": "\ud800"}');
SELECT clio_date_latest_jd('On 30 December 1922', '{"lang": "\ud800"}');
SELECT count(*) FROM clio_dates('On 30 December 1922', '{"lang": "\ud800"}');
-- blob options
SELECT clio_date('On 30 December 1922', X'7B7D');
SELECT clio_date_earliest('On 30 December 1922', X'7B7D');
SELECT clio_date_latest('On 30 December 1922', X'7B7D');
SELECT clio_date_earliest_jd('On 30 December 1922', X'7B7D');
SELECT clio_date_latest_jd('On 30 December 1922', X'7B7D');
SELECT count(*) FROM clio_dates('On 30 December 1922', X'7B7D');
-- integer options
SELECT clio_date('On 30 December 1922', 1);
SELECT clio_date_earliest('On 30 December 1922', 1);
SELECT clio_date_latest('On 30 December 1922', 1);
SELECT clio_date_earliest_jd('On 30 December 1922', 1);
SELECT clio_date_latest_jd('On 30 December 1922', 1);
SELECT count(*) FROM clio_dates('On 30 December 1922', 1);
-- NULL text with bad options: the text decides first, so the answer is NULL (no rows).
SELECT 'null text, bad options', clio_date(NULL, '{'), clio_date_earliest_jd(NULL, '{"colour": 1}');
SELECT 'null text, bad options rows', count(*) FROM clio_dates(NULL, '{');
-- Wrong argument counts.
SELECT clio_date();
SELECT clio_date('1922', '{}', 3);
SELECT clio_edtf_valid('1922', '{}');
SELECT count(*) FROM clio_dates();
SELECT count(*) FROM clio_dates('1922', '{}', 3);
SELECT 'after the errors';
