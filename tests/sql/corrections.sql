-- Corrections survive re-tagging: each action applied, then re-applied after an authority change,
-- and reported (not applied) where the source changed under them.
.read sql/authority.sql
.read sql/sources.sql
INSERT INTO clio_person(id, name, born, died) VALUES
  ('hugo', 'Victor Hugo', '1802', '1885'),
  ('sand', 'George Sand', '1804', '1876'),
  ('vigny', 'Alfred de Vigny', '1797', '1863');
INSERT INTO clio_place(id, name) VALUES ('paris', 'Paris'), ('nohant', 'Nohant');
INSERT INTO source(id, title, date, lang, text) VALUES
  (1, 'Diary', '1840', 'en', 'Victor Hugo dined with George Sand on 3 March 1841 in Paris. Old Vigny came late.'),
  (2, 'Letter', '1850', 'en', 'Sand wrote from Nohant in May 1850.');
.read sql/tag.sql
.mode list
.print -- tagged by clio
SELECT source_id, start, length, surface, kind, value FROM mention WHERE kind <> 'boilerplate' ORDER BY 1, 2;

.print -- a historian corrects: the date is Old Style (relink), 'Old Vigny' is Vigny (add),
.print -- Paris is not wanted (delete), Sand is confirmed, Nohant becomes a topic (retype)
INSERT INTO correction(source_id, start, length, surface, kind, action, value, to_kind, who, note) VALUES
  (1, 39, 12, '3 March 1841', 'date', 'relink', '1841-03-15', NULL, 'ab', 'the diarist writes Old Style'),
  (1, 62, 9, 'Old Vigny', 'person', 'add', 'vigny', NULL, 'ab', NULL),
  (1, 55, 5, 'Paris', 'place', 'delete', NULL, NULL, 'ab', NULL),
  (2, 1, 4, 'Sand', 'person', 'confirm', 'sand', NULL, 'ab', NULL),
  (2, 17, 6, 'Nohant', 'place', 'retype', 'country house', 'topic', 'ab', NULL);
.read sql/tag.sql
SELECT source_id, start, length, surface, kind, value, score FROM mention WHERE kind <> 'boilerplate' ORDER BY 1, 2;
SELECT id, status FROM correction ORDER BY id;
.print -- the relinked date has the new day everywhere
SELECT earliest, latest, earliest_jd = clio_date_earliest_jd('1841-03-15') FROM mention WHERE source_id = 1 AND kind = 'date';

.print -- an authority change (Sand removed) and a re-tag: the confirmation still holds
DELETE FROM clio_person WHERE id = 'sand';
.read sql/tag.sql
SELECT source_id, start, surface, kind, value FROM mention WHERE kind = 'person' ORDER BY 1, 2;

.print -- the source changes under two corrections: they are reported, not applied
UPDATE source SET text = 'Victor Hugo dined with George Sand on 4 March 1841 in Paris. Old Vigny came late.' WHERE id = 1;
UPDATE source SET text = 'In May 1850 Sand wrote from Nohant.' WHERE id = 2;
.read sql/tag.sql
SELECT id, status FROM correction ORDER BY id;
SELECT id, kind, action FROM review_correction ORDER BY id;
SELECT source_id, surface, kind, value FROM mention WHERE kind <> 'boilerplate' ORDER BY 1, start;

.print -- a later correction of the same span wins
UPDATE source SET text = 'Victor Hugo dined with George Sand on 3 March 1841 in Paris. Old Vigny came late.' WHERE id = 1;
INSERT INTO correction(source_id, start, length, surface, kind, action, value) VALUES
  (1, 39, 12, '3 March 1841', 'date', 'confirm', '1841-03-03');
.read sql/tag.sql
SELECT id, status FROM correction WHERE source_id = 1 AND kind = 'date' ORDER BY id;
SELECT value FROM mention WHERE source_id = 1 AND kind = 'date';

.print -- malformed corrections are refused by the table
INSERT INTO correction(source_id, start, length, surface, kind, action) VALUES (1, 1, 5, 'Victo', 'person', 'rename');
INSERT INTO correction(source_id, start, length, surface, kind, action, value) VALUES (1, 1, 5, 'Victo', 'person', 'retype', 'x');

.print -- review: links weakest first (corrected spans left out), each with its correction statement
SELECT kind, surface, value, name, round(score, 2), to_correct FROM review_link ORDER BY score, source_id, start LIMIT 2;
.print -- review: a spelling linked to two persons, and a spelling nobody was linked to
INSERT INTO clio_person(id, name, born, died) VALUES ('sand', 'George Sand', '1804', '1876'), ('maurice', 'Maurice Sand', '1823', '1889');
INSERT INTO source(id, title, date, lang, text) VALUES (3, 'Notes', '1880', 'en', 'Maurice Sand drew; later Sand painted.'),
  (4, 'Letters', '1850', 'en', 'George Sand wrote; Sand signed.');
.read sql/tag.sql
INSERT INTO mention(source_id, passage_n, start, length, surface, kind, value) VALUES (3, 1, 1, 4, 'Notes', 'place', NULL);
SELECT kind, surface, referents, mentions FROM review_spelling;
SELECT kind, surface, mentions, to_correct FROM review_unlinked;
