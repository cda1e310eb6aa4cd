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
