-- clio's authority: the persons, places and topics YOU own, in ordinary tables.
--
-- clio_resolve(), clio_candidates() and clio_mentions() read these tables by these names. Add
-- columns if you like; keep these. born/died take any date form clio's date parser reads
-- (EDTF, ISO, '1821', '11 November 1821', 'c. 1850').
--
-- Change tracking: the triggers below keep clio_authority_stamp up to date, so clio notices every
-- insert, update and delete - committed, rolled back, inside savepoints, or from another
-- connection - at its very next call, and rebuilds its in-memory name index only then. The stamp
-- is ordinary table data, so a rollback restores it together with the authority.
-- If you created the tables yourself, SELECT clio_authority_install() adds what is missing.

CREATE TABLE IF NOT EXISTS clio_person(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  born TEXT,
  died TEXT
);
-- Optional: how well known each person is, a non-negative number (the count of Wikidata
-- sitelinks, of records in your museum's file ...). When the column exists clio reads it; NULL
-- or no column: clio derives a prominence from the person's own entry (how many names and
-- aliases, in how many scripts, how many spellings of the given name, +1 when the name has no
-- patronymic). Between persons whose name evidence ties ("Pushkin" for the poet, his brother
-- and his father), the better known is meant unless the date or the text says otherwise:
--   ALTER TABLE clio_person ADD COLUMN prominence REAL;
CREATE TABLE IF NOT EXISTS clio_alias(
  person_id TEXT NOT NULL REFERENCES clio_person(id),
  alias TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clio_alias_person ON clio_alias(person_id);

CREATE TABLE IF NOT EXISTS clio_place(
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS clio_place_alias(
  place_id TEXT NOT NULL REFERENCES clio_place(id),
  alias TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS clio_place_alias_place ON clio_place_alias(place_id);

-- Topic rules: case-insensitive words or phrases, a trailing * matches any ending.
CREATE TABLE IF NOT EXISTS clio_topic(
  topic TEXT NOT NULL,
  pattern TEXT NOT NULL
);

-- One row; `stamp` changes with every change to the tables above.
CREATE TABLE IF NOT EXISTS clio_authority_stamp(stamp BLOB NOT NULL);
INSERT INTO clio_authority_stamp SELECT randomblob(16) WHERE NOT EXISTS (SELECT 1 FROM clio_authority_stamp);
CREATE TRIGGER IF NOT EXISTS clio_person_stamp_insert AFTER INSERT ON clio_person
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_person_stamp_update AFTER UPDATE ON clio_person
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_person_stamp_delete AFTER DELETE ON clio_person
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_alias_stamp_insert AFTER INSERT ON clio_alias
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_alias_stamp_update AFTER UPDATE ON clio_alias
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_alias_stamp_delete AFTER DELETE ON clio_alias
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_place_stamp_insert AFTER INSERT ON clio_place
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_place_stamp_update AFTER UPDATE ON clio_place
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_place_stamp_delete AFTER DELETE ON clio_place
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_place_alias_stamp_insert AFTER INSERT ON clio_place_alias
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_place_alias_stamp_update AFTER UPDATE ON clio_place_alias
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_place_alias_stamp_delete AFTER DELETE ON clio_place_alias
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_topic_stamp_insert AFTER INSERT ON clio_topic
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_topic_stamp_update AFTER UPDATE ON clio_topic
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
CREATE TRIGGER IF NOT EXISTS clio_topic_stamp_delete AFTER DELETE ON clio_topic
  BEGIN UPDATE clio_authority_stamp SET stamp = randomblob(16); END;
