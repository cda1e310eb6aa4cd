-- clio_version() is the project version; clio_debug() names what a bug report needs.
.mode list
SELECT clio_version() GLOB '[0-9]*.[0-9]*.[0-9]*';
SELECT clio_version() = clio_version();
SELECT count(*) FROM (SELECT value FROM json_each('["clio ", "commit: ", "compiler: ", "sqlite compiled: ", "sqlite running: ", "icu: "]')
  WHERE instr(clio_debug(), value) > 0);
SELECT instr(clio_debug(), 'sqlite running: ' || sqlite_version()) > 0;
-- Wrong argument counts are SQLite's own error.
SELECT clio_version(1);
SELECT 'after the error';
