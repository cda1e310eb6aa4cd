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

-- Where a source came from when `clio import` read it: its path and a hash of its bytes, so that a
-- re-import skips an unchanged file and replaces a changed one (same source id, new text).
CREATE TABLE IF NOT EXISTS source_file(
  source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
  path TEXT NOT NULL UNIQUE,
  hash TEXT NOT NULL,
  imported TEXT NOT NULL
);
-- Metadata beyond the columns of `source`: other front-matter keys and sidecar columns.
CREATE TABLE IF NOT EXISTS source_meta(
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  key TEXT NOT NULL,
  value TEXT,
  PRIMARY KEY (source_id, key)
) WITHOUT ROWID;
-- Page chrome that an HTML page's structure marks (nav, header, footer, aside, ARIA roles,
-- blocks of mostly link text), in characters of source.text as mention offsets are; sql/tag.sql
-- (and `clio tag`) tag their lines as boilerplate.
CREATE TABLE IF NOT EXISTS source_chrome(
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,
  length INTEGER NOT NULL,
  why TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS source_chrome_by_source ON source_chrome(source_id, start);
-- What `clio tag` last tagged: each source's text hash and the authority's stamp then, so that the
-- next run tags only new and changed sources (all of them after an authority change).
CREATE TABLE IF NOT EXISTS tag_state(
  source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
  text_hash TEXT NOT NULL,
  authority TEXT
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

-- Corrections: what a person decided about a span, kept apart from the machine's tags so that
-- re-running sql/tag.sql (after a better authority or a new clio) applies them again instead of
-- losing them. A correction names its span by position AND by the text it held (`surface`): when the
-- source has changed there, the correction is not applied but reported in `status`.
--   confirm  the mention (kind, value) is right: kept with that value even if the tagger drops it
--   relink   the mention of this kind gets `value` (another person, place, date, topic)
--   retype   the mention of `kind` becomes one of `to_kind` with `value`
--   delete   there is no mention of this kind here
--   add      a mention the tagger missed: (kind, value)
-- Hand-made mentions and values carry score 1. `status` is written by sql/tag.sql: 'applied', or
-- 'stale: …' saying why not.
CREATE TABLE IF NOT EXISTS correction(
  id INTEGER PRIMARY KEY,
  source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
  start INTEGER NOT NULL,                     -- as in mention: substr(source.text, start, length)
  length INTEGER NOT NULL CHECK (length > 0),
  surface TEXT NOT NULL,                      -- the text of the span when it was corrected
  kind TEXT NOT NULL,                         -- the kind of mention the correction is about
  action TEXT NOT NULL CHECK (action IN ('confirm', 'relink', 'retype', 'delete', 'add')),
  value TEXT,                                 -- confirm, relink, retype, add: the value it has
  to_kind TEXT,                               -- retype: the new kind
  who TEXT,
  made TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  note TEXT,
  status TEXT,
  CHECK ((action = 'retype') = (to_kind IS NOT NULL))
);
CREATE INDEX IF NOT EXISTS correction_by_span ON correction(source_id, start, length);
-- Each correction with the passage its span starts in (as mention.passage_n), through which
-- sql/tag.sql finds the corrected mention by an index.
CREATE VIEW IF NOT EXISTS correction_at AS
SELECT c.*, (SELECT max(p.n) FROM passage p WHERE p.source_id = c.source_id AND p.start <= c.start) AS passage_n
FROM correction c;

-- What to look at after tagging. Each row says what to run to correct it.
-- Spellings of persons and places nobody was linked to: most often an alias the authority lacks.
CREATE VIEW IF NOT EXISTS review_unlinked AS
SELECT m.kind, m.surface, count(*) AS mentions, count(DISTINCT m.source_id) AS sources,
       min(m.source_id) AS source_id, min(m.start) AS start,
       'INSERT INTO ' || CASE m.kind WHEN 'person' THEN 'clio_alias(person_id' ELSE 'clio_place_alias(place_id' END
         || ', alias) VALUES (''<id>'', ' || quote(m.surface) || ');' AS to_correct
FROM mention m
WHERE m.kind IN ('person', 'place') AND m.value IS NULL
GROUP BY m.kind, m.surface;

-- Links of persons and places, weakest first: look at those under a score you choose.
CREATE VIEW IF NOT EXISTS review_link AS
SELECT m.id, m.kind, m.surface, m.value, coalesce(pe.name, pl.name) AS name, m.score, m.source_id, m.start,
       replace(substr(s.text, max(1, m.start - 40), m.length + 80), char(10), ' ') AS context,
       'INSERT INTO correction(source_id, start, length, surface, kind, action, value) VALUES ('
         || m.source_id || ', ' || m.start || ', ' || m.length || ', ' || quote(m.surface) || ', '
         || quote(m.kind) || ', ''relink'', ''<id>'');' AS to_correct
FROM mention m
JOIN source s ON s.id = m.source_id
LEFT JOIN clio_person pe ON m.kind = 'person' AND pe.id = m.value
LEFT JOIN clio_place pl ON m.kind = 'place' AND pl.id = m.value
WHERE m.kind IN ('person', 'place') AND m.value IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM correction c WHERE c.source_id = m.source_id AND c.start = m.start
                  AND c.length = m.length AND c.status = 'applied');

-- One spelling linked to several persons (or places) in the corpus: right for namesakes, wrong
-- for a spelling that always means one of them.
CREATE VIEW IF NOT EXISTS review_spelling AS
SELECT m.kind, m.surface, count(DISTINCT m.value) AS referents, group_concat(DISTINCT m.value) AS "values",
       count(*) AS mentions
FROM mention m
WHERE m.kind IN ('person', 'place') AND m.value IS NOT NULL
GROUP BY m.kind, m.surface
HAVING count(DISTINCT m.value) > 1;

-- Corrections that could not be applied at the last tagging (the source changed under them).
CREATE VIEW IF NOT EXISTS review_correction AS
SELECT c.*, 'UPDATE correction SET start = <new start> WHERE id = ' || c.id || '; -- or DELETE it' AS to_correct
FROM correction c
WHERE c.status IS NOT 'applied';
