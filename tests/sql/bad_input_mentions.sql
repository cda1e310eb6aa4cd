-- The bad-input matrix for clio_mentions, clio_tags and clio_tei (reliability, issue 7).
-- Documented answers:
--   NULL text                          no rows; clio_tags and clio_tei give NULL
--   integer / real                     read as their text
--   blob                               an error naming the function and the argument
--   empty / white space                no rows; clio_tags gives [], clio_tei the empty fragment
--   invalid UTF-8, CESU surrogates     no crash; start/length count characters as substr()
--                                      does; clio_tei's output is valid UTF-8
--   huge or pathological text          linear time (10 MB line, a million dots, 100,000
--                                      digits, 'O.S. ' x 100,000)
--   malformed options, unknown keys    an error naming the function and the problem
-- Each line: input | mentions | mentions whose substr() differs from the surface | kinds |
--            clio_tags is a JSON array | clio_tei is valid UTF-8 text
.mode list
.nullvalue NULL
SELECT clio_authority_install();
INSERT INTO clio_person(id, name) VALUES ('p1', 'Fyodor Dostoevsky');
INSERT INTO clio_alias(person_id, alias) VALUES ('p1', 'Dostoevsky');
CREATE TEMP TABLE input(label TEXT, t);
INSERT INTO input VALUES
  ('null', NULL), ('integer', 1917), ('real', 1917.5), ('empty', ''),
  ('white space', char(32, 9, 10, 13, 160, 8195, 12288)),
  ('invalid utf-8', CAST(X'C328FFFE80C0AF' AS TEXT)),
  ('invalid utf-8 around a mention', CAST(X'FF' AS TEXT) || 'Dostoevsky spoke on 8 June 1880.' || CAST(X'C0' AS TEXT)),
  ('cesu surrogates', 'Dostoevsky ' || CAST(X'EDA080EDB080' AS TEXT) || ' in 1880'),
  ('10 MB line', printf('%.*c', 10000000, 'x')),
  ('a million dots', printf('%.*c', 1000000, '.')),
  ('100000 digits', printf('%.*c', 100000, '9')),
  ('O.S. x 100000', replace(printf('%.*c', 100000, 'x'), 'x', 'O.S. '));

SELECT label,
       (SELECT count(*) FROM clio_mentions(t)),
       (SELECT count(*) FROM clio_mentions(t) m WHERE substr(t, m.start, m.length) IS NOT m.surface),
       (SELECT group_concat(kind) FROM (SELECT DISTINCT kind FROM clio_mentions(t) ORDER BY kind)),
       CASE WHEN t IS NULL THEN clio_tags(t) IS NULL ELSE json_type(clio_tags(t)) = 'array' END,
       CASE WHEN t IS NULL THEN clio_tei(t) IS NULL ELSE clio_tei(t) = CAST(CAST(clio_tei(t) AS BLOB) AS TEXT) END
FROM input ORDER BY rowid;
-- The tags and TEI of the empty text.
SELECT clio_tags(''), '[' || clio_tei('') || ']';
-- A blob is an error naming the function and the argument.
SELECT count(*) FROM clio_mentions(X'446F73746F6576736B79');
SELECT clio_tags(X'44');
SELECT clio_tei(X'44');
-- Options: NULL is the default; malformed JSON, unknown keys and unknown kinds are errors.
SELECT 'null options', count(*) FROM clio_mentions('Dostoevsky in 1880', NULL);
SELECT count(*) FROM clio_mentions('Dostoevsky in 1880', '{"kinds":');
SELECT clio_tags('Dostoevsky in 1880', '{"colour":"red"}');
SELECT clio_tei('Dostoevsky in 1880', '{"kinds":["persons"]}');
SELECT clio_tei('Dostoevsky in 1880', X'7B7D');
