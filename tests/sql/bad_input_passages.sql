-- The bad-input matrix for clio_passages (reliability, issue 7). Documented answers:
--   NULL text                              no rows
--   integer / real                         read as their text
--   blob                                   an error naming the function and the argument
--   empty / white space                    no rows (passages are never empty)
--   invalid UTF-8, CESU surrogates         no crash; start/length count characters as substr()
--                                          does, so substr(text, start, length) is the passage
--                                          (except across a NUL byte, where SQLite's substr() stops)
--   huge or pathological text              linear time (10 MB line, a million dots, 100,000
--                                          digits, 'O.S. ' x 100,000, 100,000 blank lines)
--   malformed options, unknown keys, bad unit   an error naming the function and the problem
-- Each line: input | rows | rows whose substr() differs from the passage text | kinds
-- For the big inputs (kept in a table, so the text is built once) the third column says
-- instead that every passage ends inside the text: substr() on each of 100,000 rows would
-- make the test itself quadratic.
.mode list
.nullvalue NULL
CREATE TEMP TABLE big(t TEXT, n INTEGER);

SELECT 'null', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT NULL AS t), clio_passages(t);
SELECT 'integer', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT 1917 AS t), clio_passages(t);
SELECT 'real', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT 1917.5 AS t), clio_passages(t);
SELECT 'empty', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT '' AS t), clio_passages(t);
SELECT 'white space', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT char(32, 9, 10, 13, 160, 8195, 12288) AS t), clio_passages(t);
SELECT 'invalid utf-8', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT CAST(X'C328FFFE80C0AF' AS TEXT) AS t), clio_passages(t);
SELECT 'invalid utf-8 between sentences', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT 'First one. ' || CAST(X'FF80C3' AS TEXT) || ' Second one. Third.' AS t), clio_passages(t);
SELECT 'cesu surrogates', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT 'Alpha. ' || CAST(X'EDA080' AS TEXT) || ' Beta. Gamma.' AS t), clio_passages(t);
SELECT 'embedded nul', count(*), sum(substr(t, start, length) IS NOT text), group_concat(DISTINCT kind)
  FROM (SELECT CAST(X'4F6E652E0054776F2E' AS TEXT) AS t), clio_passages(t);
-- Big and pathological input.
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT printf('%.*c', 10000000, 'x') AS t);
SELECT '10 MB line', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT printf('%.*c', 1000000, '.') AS t);
SELECT 'a million dots', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT printf('%.*c', 100000, '9') AS t);
SELECT '100000 digits', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. ') AS t);
SELECT 'O.S. repeated', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT 'A.' || replace(printf('%.*c', 100000, 'x'), 'x', char(10, 32, 10)) || 'B.' AS t);
SELECT '100000 blank lines', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT replace(printf('%.*c', 100000, 'x'), 'x', 'He came. ') AS t);
SELECT '100000 sentences', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
DELETE FROM big; INSERT INTO big SELECT t, length(t) FROM (SELECT replace(printf('%.*c', 100000, 'x'), 'x', 'Menu' || char(10)) AS t);
SELECT '100000 short lines', count(*), max(start + length - 1) <= (SELECT n FROM big), group_concat(DISTINCT kind)
  FROM big, clio_passages(big.t);
-- Line and paragraph units over the same hostile text.
SELECT 'lines', count(*), sum(substr(t, start, length) IS NOT text)
  FROM (SELECT 'a' || CAST(X'0D0A0D' AS TEXT) || CAST(X'FF' AS TEXT) || char(10, 10) || 'b.' AS t), clio_passages(t, '{"unit": "line"}');
SELECT 'paragraphs', count(*), sum(substr(t, start, length) IS NOT text)
  FROM (SELECT 'a' || CAST(X'0D0A0D' AS TEXT) || CAST(X'FF' AS TEXT) || char(10, 10) || 'b.' AS t), clio_passages(t, '{"unit": "paragraph"}');
-- A blob is an error naming the function and the argument.
SELECT count(*) FROM clio_passages(X'4F6E652E');
-- NULL options are the defaults.
SELECT 'null options', count(*) FROM clio_passages('One. Two.', NULL);
-- Malformed options and unknown keys.
-- unterminated object
SELECT count(*) FROM clio_passages('One. Two.', '{');
-- not json
SELECT count(*) FROM clio_passages('One. Two.', 'sentence');
-- unknown unit
SELECT count(*) FROM clio_passages('One. Two.', '{"unit": "chapter"}');
-- unit in capitals
SELECT count(*) FROM clio_passages('One. Two.', '{"unit": "Line"}');
-- number for unit
SELECT count(*) FROM clio_passages('One. Two.', '{"unit": 1}');
-- unknown kind
SELECT count(*) FROM clio_passages('One. Two.', '{"kinds": ["weather"]}');
-- unknown key
SELECT count(*) FROM clio_passages('One. Two.', '{"colour": "red"}');
-- duplicate key
SELECT count(*) FROM clio_passages('One. Two.', '{"unit": "line", "unit": "line"}');
-- bad date option
SELECT count(*) FROM clio_passages('One. Two.', '{"calendar": "mayan"}');
-- blob options
SELECT count(*) FROM clio_passages('One. Two.', X'7B7D');
-- invalid utf-8 in options
SELECT count(*) FROM clio_passages('One. Two.', CAST(X'7B22756E6974223A2022FF227D' AS TEXT));
-- Wrong argument counts.
SELECT count(*) FROM clio_passages();
SELECT count(*) FROM clio_passages('a', '{}', 3);
SELECT 'after the errors';
-- chrome: not an array, a span that is not [start, length, why], a start of 0, a fraction, text that is no JSON
SELECT count(*) FROM clio_passages('One. Two.', '{"chrome": 3}');
SELECT count(*) FROM clio_passages('One. Two.', '{"chrome": [[1]]}');
SELECT count(*) FROM clio_passages('One. Two.', '{"chrome": [[0, 3, "nav"]]}');
SELECT count(*) FROM clio_passages('One. Two.', '{"chrome": [[1.5, 3]]}');
SELECT count(*) FROM clio_mentions('One. Two.', '{"chrome": "[[1, 3"}');
-- chrome spans past the end of the text, or empty, or NULL, are harmless
SELECT group_concat(kind, ',') FROM clio_passages('One. Two.', '{"chrome": [[6, 900, "footer"], [1, 0, null]]}');
SELECT group_concat(kind || ':' || surface, ',') FROM clio_mentions('One. Two.', '{"chrome": [[6, 900]]}');
SELECT count(*) FROM clio_mentions('One. Two.', '{"chrome": null}');
