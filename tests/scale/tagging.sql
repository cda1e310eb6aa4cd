-- The tagging step of the scale-out recipe, in one place: clio_dask.py runs this file on every
-- shard (and on the whole corpus for the single-file run). The connection's main database is the
-- authority (clio_person, clio_alias, ...: clio_resolve and clio_mentions read main.*); the shard
-- is attached as `shard` and holds sources(id, text, date, correspondent); results go to
-- shard.tags.
--
-- Until clio_mentions exists the step is: every date expression in the text (clio_dates) and the
-- person a names column refers to (clio_resolve with the row's date as context; clio_date turns
-- an unreadable date into NULL, no context, instead of an error that would stop the shard). To tag
-- mentions instead, replace the second INSERT with, e.g.:
--   INSERT INTO shard.tags SELECT s.id, 'person', m.start, m.length, m.surface, m.person_id
--   FROM shard.sources AS s, clio_mentions(s.text) AS m;
CREATE TABLE IF NOT EXISTS shard.tags(
  source_id INTEGER NOT NULL,
  kind TEXT NOT NULL,      -- 'date' or 'person'
  start INTEGER,           -- 1-based character offset in sources.text (NULL for column tags)
  length INTEGER,
  surface TEXT,            -- the text that was tagged
  value TEXT               -- EDTF for dates, clio_person.id for persons (NULL: nobody known)
);
DELETE FROM shard.tags;
INSERT INTO shard.tags(source_id, kind, start, length, surface, value)
  SELECT s.id, 'date', d.start, d.length, d.surface, d.edtf
  FROM shard.sources AS s, clio_dates(s.text) AS d;
INSERT INTO shard.tags(source_id, kind, start, length, surface, value)
  SELECT s.id, 'person', NULL, NULL, s.correspondent, clio_resolve(s.correspondent, clio_date(s.date))
  FROM shard.sources AS s
  WHERE s.correspondent IS NOT NULL;
