-- Date functions through the sqlite3 shell: arguments, errors, and use in schema objects.
.mode list
.nullvalue NULL
-- NULL in, NULL out; numbers are read as their text; no date gives NULL
SELECT clio_date(NULL), clio_date(1922), clio_date(''), clio_date('   '), clio_date('no date here');
SELECT clio_date_earliest(NULL, '{"ref":"1922-01-01"}'), clio_date('1922', NULL);
SELECT count(*) FROM clio_dates(NULL);
-- errors name the function, the argument and what is accepted
SELECT clio_date(x'3139323200');
SELECT clio_date_latest('1922', '{"calendar":"mayan"}');
SELECT clio_date('1922', '{"ref":"yesterday"}');
SELECT clio_date('1922', 'not json');
SELECT clio_date('1922', '{"ref":1922}');
SELECT clio_date('1922', '{"order":"dmy","order":"mdy"}');
SELECT count(*) FROM clio_dates('in 1922', '{"unit":"line"}');
SELECT * FROM clio_dates;
SELECT clio_edtf_valid(x'00');
-- Julian Day Numbers sort across eras where ISO text does not
SELECT group_concat(e, ' < ') FROM (SELECT e FROM (SELECT '44 BC' e UNION ALL SELECT '1917' UNION ALL SELECT '4th century BC' UNION ALL SELECT 'A.D. 79') ORDER BY clio_date_earliest_jd(e));
SELECT clio_date_earliest_jd('1 January 4713 BC', '{"calendar":"julian"}');
-- the table-valued function joins with a table of texts; hidden columns read back the arguments
CREATE TABLE letter(id INTEGER PRIMARY KEY, body TEXT, cal TEXT);
INSERT INTO letter(body, cal) VALUES
  ('Written in Petersburg on 12 March 1881. Two days later the trial began.', 'julian'),
  ('Sent from Geneva, 3 May 1920; answered in the spring of 1921.', 'gregorian'),
  (NULL, 'gregorian');
SELECT l.id, d.surface, d.edtf, d.calendar, d.text IS l.body
FROM letter l, clio_dates(l.body, json_object('calendar', l.cal)) d ORDER BY l.id, d.start;
-- offsets are characters, as substr() counts them, also around combining accents and emoji
SELECT start, length, substr('Ле́нин 😀 умер 21 января 1924 г.', start, length) = surface
FROM clio_dates('Ле́нин 😀 умер 21 января 1924 г.');
-- deterministic and innocuous: usable in generated columns, indexes and views with trusted_schema=OFF
PRAGMA trusted_schema=OFF;
CREATE TABLE event(label TEXT, said TEXT,
  edtf TEXT GENERATED ALWAYS AS (clio_date(said)) STORED,
  jd INTEGER GENERATED ALWAYS AS (clio_date_earliest_jd(said)) VIRTUAL,
  CHECK (clio_date(said) IS NOT NULL));
CREATE INDEX event_by_day ON event(clio_date_earliest_jd(said));
CREATE VIEW event_days AS SELECT label, clio_date_earliest(said) AS earliest FROM event;
INSERT INTO event(label, said) VALUES ('revolution', '25 October 1917 O.S.'), ('abdication', '15 March 1917');
SELECT label, edtf, earliest FROM event JOIN event_days USING (label) ORDER BY jd;
SELECT label FROM event WHERE clio_date_earliest_jd(said) > clio_date_earliest_jd('1 June 1917');
INSERT INTO event(label, said) VALUES ('undated', 'sometime');
-- issue 3 follow-ups: a misplaced O.S. mark is overruled by the arithmetic (the pair 25 Oct / 7 Nov 1917 converts)
SELECT clio_date('25 October [O.S. 7 November] 1917'), clio_date_earliest('25 October [O.S. 7 November] 1917');
-- years coordinated with a tagged year; decimals, amounts, units and durations are not dates
SELECT group_concat(surface || '=' || edtf, '; ') FROM clio_dates('In 1917 and 1918 prices rose; in 1917, 1918 and 1919 they fell. В 1917 и 1918 тоже.');
SELECT count(*) FROM clio_dates('The index was 1917.5 in 1917,5 cases, €1917 in all, over 1917 km; tired after 385 days on the road.');
-- a day without a year and nothing to anchor it: a row with an unspecified year and no days
SELECT surface, edtf, earliest, latest, precision FROM clio_dates('He came on 9 November.');
SELECT surface, edtf, earliest FROM clio_dates('He came on 9 November.', '{"ref":"1920-12-01"}');
-- month names of further languages come from ICU when lang names the language
SELECT clio_date('12 de abril de 1961', '{"lang":"es"}'), clio_date('12 kwietnia 1961', '{"lang":"pl"}'), clio_date('12 aprile 1961', '{"lang":"it"}');
SELECT clio_date('12 de abril de 1961');
SELECT surface, edtf FROM clio_dates('Gagarin voló el 12 de abril de 1961 y volvió el mismo día.', '{"lang":"es"}');
SELECT clio_date('12 abril 1961', '{"lang":"xx"}');
-- mentions: a life written with two full days is two dates; an article before a date stands outside its surface
SELECT group_concat(surface || '=' || edtf, '; ') FROM clio_dates('The engraver (2 March 1764 – 30 July 1829) worked in the spring of 1790 and the 1810s.');
SELECT group_concat(surface || '=' || value, '; ') FROM clio_mentions('His father (1740? – 8 May 1801) farmed there.') WHERE kind = 'date';
-- a part or season of the month or year the narrative names relatively
SELECT group_concat(surface || '=' || edtf, '; ') FROM clio_dates('Founded in June 1703. By the end of that month the walls stood; in the summer of the next year a fleet came.');
-- a month of the year the story is in; a year as an attribute after an article or possessive
SELECT group_concat(surface || '=' || edtf, '; ') FROM clio_dates('The guild met on 9 June 1771. In November of that year, after the 1772 fire, its 1500 members scattered.');
