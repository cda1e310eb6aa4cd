-- The sources schema and its views over a small tagged database of our own.
.read sql/authority.sql
.read sql/sources.sql
INSERT INTO clio_person(id, name, born, died) VALUES
  ('hugo', 'Victor Hugo', '1802', '1885'),
  ('sand', 'George Sand', '1804', '1876'),
  ('balzac', 'Honoré de Balzac', '1799', '1850');
INSERT INTO source(id, title, date, lang, text) VALUES
  (1, 'Salon letters', '1840', 'en',
   'Victor Hugo dined with George Sand on 3 March 1841.' || char(10) || char(10) ||
   'Honoré de Balzac wrote alone that winter.'),
  (2, 'Later notes', '1860', 'en', 'George Sand and Honoré de Balzac never met again after 1848.');
.read sql/tag.sql
.print -- a pair is found in either order
SELECT source_id, passage_n FROM co_mention WHERE person_a = 'hugo' AND person_b = 'sand';
SELECT source_id, passage_n FROM co_mention WHERE person_a = 'sand' AND person_b = 'hugo';
SELECT source_id, passage_n FROM co_mention WHERE person_a = 'balzac' AND person_b = 'sand';
.print -- each pair once with person_a < person_b, and nobody paired with himself
SELECT person_a, person_b, count(*) FROM co_mention WHERE person_a < person_b GROUP BY 1, 2 ORDER BY 1, 2;
SELECT count(*) FROM co_mention WHERE person_a = person_b;
.print -- the passage time of the pair: its own date
SELECT date(earliest_jd - 0.5) FROM co_mention WHERE person_a = 'hugo' AND person_b = 'sand';
.print -- chrome that an HTML page's markup marked (source_chrome, as clio import writes it) is boilerplate:
.print -- one mention per line, none inside a menu, and the paragraphs inside it are boilerplate passages
INSERT INTO source(id, title, lang, text) VALUES
  (3, 'A page', 'en', 'Salon Archive' || char(10) || char(10) || 'George Sand' || char(10) || 'Victor Hugo' || char(10) || char(10) ||
   'George Sand wrote to Victor Hugo in 1843.' || char(10) || char(10) || 'Photo of Honoré de Balzac by the archive');
INSERT INTO source_chrome(source_id, start, length, why) VALUES (3, 1, 13, 'header'), (3, 16, 23, 'nav'), (3, 84, 40, 'aside');
.read sql/tag.sql
SELECT kind, value, surface FROM mention WHERE source_id = 3 ORDER BY start, kind;
SELECT n, kind, text FROM passage WHERE source_id = 3 ORDER BY n;
