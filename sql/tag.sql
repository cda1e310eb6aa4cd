-- Fills passage and mention from source with clio; re-running replaces what was there.
-- Each source's own date anchors its relative dates, its calendar reads its unmarked dates.
-- Passages are paragraphs: "named together" and "when" are questions about paragraphs (a
-- sentence is often too short to hold both names and the date); use '{"unit":"sentence"}' for
-- finer passages.
-- One transaction: the old tags stay until the new ones (and their indexes) are all written. A
-- savepoint rather than BEGIN, so that the script also runs inside a transaction the caller has
-- open (it then commits with the caller's transaction).
SAVEPOINT clio_tag;
DELETE FROM mention;
DELETE FROM passage;
-- Filling millions of rows is faster with the mention indexes built once at the end than updated
-- row by row (about a fifth of the statement's time); they are the ones of sql/sources.sql.
DROP INDEX IF EXISTS mention_by_value;
DROP INDEX IF EXISTS mention_by_passage;
DROP INDEX IF EXISTS mention_by_time;

INSERT INTO passage(source_id, n, start, length, kind, text)
SELECT s.id, p.n, p.start, p.length, p.kind, p.text
FROM source s, clio_passages(s.text, '{"unit":"paragraph"}') p;

-- m.passage is the n of the paragraph the mention starts in, as clio_passages numbers them.
INSERT INTO mention(source_id, passage_n, start, length, surface, kind, value,
                    earliest, latest, earliest_jd, latest_jd, calendar, score)
SELECT s.id, m.passage, m.start, m.length, m.surface, m.kind, m.value,
       m.earliest, m.latest, m.earliest_jd, m.latest_jd, m.calendar, m.score
FROM source s,
     clio_mentions(s.text, json_object('ref', clio_date(s.date), 'calendar', s.calendar, 'lang', s.lang,
                                       'unit', 'paragraph')) m;

CREATE INDEX IF NOT EXISTS mention_by_value ON mention(kind, value);
CREATE INDEX IF NOT EXISTS mention_by_passage ON mention(source_id, passage_n, kind);
CREATE INDEX IF NOT EXISTS mention_by_time ON mention(kind, earliest_jd, latest_jd);
RELEASE clio_tag;
