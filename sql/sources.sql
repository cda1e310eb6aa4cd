-- A sources database: your texts, their passages, and what clio found in them.
--
--   .read sql/authority.sql      -- persons, places, topics (yours)
--   .read sql/sources.sql        -- this file
--   INSERT INTO source(...) ...  -- your texts
--   .read sql/tag.sql            -- fills passage and mention from source (re-runnable)
--
-- Offsets (start, length) count characters of source.text as substr() does:
--   substr(source.text, mention.start, mention.length) = mention.surface

CREATE TABLE IF NOT EXISTS source(
  id INTEGER PRIMARY KEY,
  title TEXT,
  url TEXT,
  author TEXT,
  date TEXT,                                  -- when the source was written (EDTF or any date clio reads)
  calendar TEXT NOT NULL DEFAULT 'gregorian', -- how it writes unmarked dates: clio's "calendar" option
  lang TEXT,                                  -- en, ru, de, fr (a hint)
  text TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS passage(
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  n INTEGER NOT NULL,                         -- 1-based, in document order
  start INTEGER NOT NULL,
  length INTEGER NOT NULL,
  kind TEXT NOT NULL,                         -- text, boilerplate, heading
  text TEXT NOT NULL,
  PRIMARY KEY (source_id, n)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS mention(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  passage_n INTEGER,                          -- the passage the mention starts in
  start INTEGER NOT NULL,
  length INTEGER NOT NULL,
  surface TEXT NOT NULL,
  kind TEXT NOT NULL,                         -- person, date, place, topic, boilerplate
  value TEXT,                                 -- person id, EDTF, place id, topic; NULL for boilerplate
  earliest TEXT, latest TEXT,                 -- ISO days, for dates
  earliest_jd INTEGER, latest_jd INTEGER,     -- Julian Day Numbers, for dates (they sort across eras)
  calendar TEXT,                              -- for dates: the calendar the source wrote it in
  score REAL
);

-- The passage a position falls in ("which passage is at character 12,345 of source 7?"):
-- without it the lookup scans every passage of the source, quadratic over a long book.
CREATE INDEX IF NOT EXISTS passage_by_start ON passage(source_id, start);

-- The common questions: who/what is mentioned (kind, value), what is in a passage, and when.
CREATE INDEX IF NOT EXISTS mention_by_value ON mention(kind, value);
CREATE INDEX IF NOT EXISTS mention_by_passage ON mention(source_id, passage_n, kind);
CREATE INDEX IF NOT EXISTS mention_by_time ON mention(kind, earliest_jd, latest_jd);

-- The time of each passage: its own dates, or else the last date before it in the same source
-- (the narrative date, as a reader would take it).
CREATE VIEW IF NOT EXISTS passage_time AS
SELECT p.source_id, p.n,
       coalesce(own.earliest_jd, prev.earliest_jd) AS earliest_jd,
       coalesce(own.latest_jd, prev.latest_jd) AS latest_jd,
       own.earliest_jd IS NOT NULL AS dated_in_passage
FROM passage p
LEFT JOIN (SELECT source_id, passage_n, min(earliest_jd) AS earliest_jd, max(latest_jd) AS latest_jd
           FROM mention WHERE kind = 'date' GROUP BY source_id, passage_n) own
       ON own.source_id = p.source_id AND own.passage_n = p.n
LEFT JOIN mention prev
       ON prev.id = (SELECT m.id FROM mention m
                     WHERE m.source_id = p.source_id AND m.kind = 'date' AND m.passage_n < p.n
                     ORDER BY m.passage_n DESC, m.start DESC LIMIT 1);

-- Person mentions outside boilerplate, with the person's name and the passage's time.
CREATE VIEW IF NOT EXISTS person_mention AS
SELECT m.id, m.source_id, m.passage_n, m.start, m.length, m.surface, m.value AS person_id,
       pe.name, t.earliest_jd, t.latest_jd
FROM mention m
JOIN passage p ON p.source_id = m.source_id AND p.n = m.passage_n AND p.kind <> 'boilerplate'
LEFT JOIN clio_person pe ON pe.id = m.value
LEFT JOIN passage_time t ON t.source_id = m.source_id AND t.n = m.passage_n
WHERE m.kind = 'person';

-- Pairs of persons named in the same passage, in both orders: `person_a = 'x' AND person_b = 'y'`
-- finds the passages whichever of the two is written first (a view holding each pair once, as
-- person_a < person_b, silently answers nothing to the other order). Count pairs with
-- `WHERE person_a < person_b`. Mentions not linked to a person take no part.
CREATE VIEW IF NOT EXISTS co_mention AS
SELECT DISTINCT a.source_id, a.passage_n, a.person_id AS person_a, b.person_id AS person_b,
       a.earliest_jd, a.latest_jd
FROM person_mention a
JOIN person_mention b ON b.source_id = a.source_id AND b.passage_n = a.passage_n AND a.person_id <> b.person_id;
