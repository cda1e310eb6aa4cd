-- Fills passage and mention from source with clio; re-running replaces what was there.
-- Each source's own date anchors its relative dates, its calendar reads its unmarked dates.
-- Passages are paragraphs: "named together" and "when" are questions about paragraphs (a
-- sentence is often too short to hold both names and the date); use '{"unit":"sentence"}' for
-- finer passages.
DELETE FROM mention;
DELETE FROM passage;

INSERT INTO passage(source_id, n, start, length, kind, text)
SELECT s.id, p.n, p.start, p.length, p.kind, p.text
FROM source s, clio_passages(s.text, '{"unit":"paragraph"}') p;

INSERT INTO mention(source_id, passage_n, start, length, surface, kind, value,
                    earliest, latest, earliest_jd, latest_jd, calendar, score)
SELECT s.id,
       (SELECT p.n FROM passage p WHERE p.source_id = s.id AND p.start <= m.start
        ORDER BY p.start DESC LIMIT 1),
       m.start, m.length, m.surface, m.kind, m.value,
       m.earliest, m.latest, m.earliest_jd, m.latest_jd, m.calendar, m.score
FROM source s,
     clio_mentions(s.text, json_object('ref', clio_date_earliest(s.date), 'calendar', s.calendar, 'lang', s.lang)) m;
