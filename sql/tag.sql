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

-- The chrome `clio import` found in a web page's markup (source_chrome: nav, header, footer, aside,
-- link-dense blocks) is boilerplate whatever its words look like: clio's "chrome" option.
INSERT INTO passage(source_id, n, start, length, kind, text)
SELECT s.id, p.n, p.start, p.length, p.kind, p.text
FROM source s,
     clio_passages(s.text, json_object('unit', 'paragraph', 'chrome', json((SELECT json_group_array(json_array(c.start, c.length, c.why))
                                                                            FROM source_chrome c WHERE c.source_id = s.id)))) p;

-- m.passage is the n of the paragraph the mention starts in, as clio_passages numbers them.
INSERT INTO mention(source_id, passage_n, start, length, surface, kind, value,
                    earliest, latest, earliest_jd, latest_jd, calendar, score)
SELECT s.id, m.passage, m.start, m.length, m.surface, m.kind, m.value,
       m.earliest, m.latest, m.earliest_jd, m.latest_jd, m.calendar, m.score
FROM source s,
     clio_mentions(s.text, json_object('ref', clio_date(s.date), 'calendar', s.calendar, 'lang', s.lang,
                                       'unit', 'paragraph',
                                       'chrome', json((SELECT json_group_array(json_array(c.start, c.length, c.why))
                                                       FROM source_chrome c WHERE c.source_id = s.id)))) m;

CREATE INDEX IF NOT EXISTS mention_by_value ON mention(kind, value);
CREATE INDEX IF NOT EXISTS mention_by_passage ON mention(source_id, passage_n, kind);
CREATE INDEX IF NOT EXISTS mention_by_time ON mention(kind, earliest_jd, latest_jd);

-- Corrections (table `correction` of sql/sources.sql) are applied again after every tagging, once
-- the indexes are back (each corrected mention is found through its passage). A correction whose
-- span no longer holds the text it was made on is 'stale' and not applied; of several on one span
-- and kind the latest counts. Then deletions and retypings remove the tagger's mention,
-- confirmations and relinks set its value, and a corrected mention the tagger did not make is added.
UPDATE correction SET status = CASE
  WHEN (SELECT substr(s.text, correction.start, correction.length) FROM source s WHERE s.id = correction.source_id)
       IS NOT correction.surface
    THEN 'stale: the source no longer reads ' || quote(correction.surface) || ' at ' || correction.start
  WHEN EXISTS (SELECT 1 FROM correction later WHERE later.source_id = correction.source_id AND later.start = correction.start
               AND later.length = correction.length AND later.kind = correction.kind AND later.id > correction.id)
    THEN 'superseded by a later correction of this span'
  ELSE 'applied' END;

DELETE FROM mention WHERE id IN (
  SELECT m.id FROM correction_at c
  JOIN mention m ON m.source_id = c.source_id AND m.passage_n = c.passage_n AND m.kind = c.kind
       AND m.start = c.start AND m.length = c.length
  WHERE c.status = 'applied' AND c.action IN ('delete', 'retype'));

UPDATE mention SET value = c.value, score = 1.0,
       earliest = CASE WHEN mention.kind = 'date' THEN clio_date_earliest(c.value) ELSE mention.earliest END,
       latest = CASE WHEN mention.kind = 'date' THEN clio_date_latest(c.value) ELSE mention.latest END,
       earliest_jd = CASE WHEN mention.kind = 'date' THEN clio_date_earliest_jd(c.value) ELSE mention.earliest_jd END,
       latest_jd = CASE WHEN mention.kind = 'date' THEN clio_date_latest_jd(c.value) ELSE mention.latest_jd END
FROM correction_at c
WHERE c.status = 'applied' AND c.action IN ('confirm', 'relink', 'add') AND mention.source_id = c.source_id
  AND mention.passage_n = c.passage_n AND mention.kind = c.kind AND mention.start = c.start
  AND mention.length = c.length;

INSERT INTO mention(source_id, passage_n, start, length, surface, kind, value,
                    earliest, latest, earliest_jd, latest_jd, score)
SELECT c.source_id, c.passage_n,
       c.start, c.length, c.surface, c.new_kind, c.value,
       iif(c.new_kind = 'date', clio_date_earliest(c.value), NULL), iif(c.new_kind = 'date', clio_date_latest(c.value), NULL),
       iif(c.new_kind = 'date', clio_date_earliest_jd(c.value), NULL),
       iif(c.new_kind = 'date', clio_date_latest_jd(c.value), NULL), 1.0
FROM (SELECT *, coalesce(to_kind, kind) AS new_kind FROM correction_at
      WHERE status = 'applied' AND action <> 'delete') c
WHERE NOT EXISTS (SELECT 1 FROM mention m WHERE m.source_id = c.source_id AND m.passage_n IS c.passage_n
                  AND m.kind = c.new_kind AND m.start = c.start AND m.length = c.length);

RELEASE clio_tag;
