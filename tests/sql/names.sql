-- Name resolution through the sqlite3 shell: the authority in ordinary tables, freshness, errors.
.mode list
.nullvalue NULL
-- without the authority tables: an error that says how to create them
SELECT clio_resolve('Lenin');
SELECT clio_translit('Достоевский', 'german'), clio_translit('Чайковский', 'french'), clio_translit('Чайковский', 'iso9');
SELECT clio_translit('ჯუღაშვილი'), clio_translit('Τολστόι'), clio_translit(NULL), clio_translit(42);
SELECT clio_translit('x', 'klingon');
SELECT clio_name_key('Dostoevsky, Fyodor Mikhailovich'), clio_phonetic('Dostojewski') = clio_phonetic('Достоевский');
.read sql/authority.sql
.mode tabs
.import --skip 1 samples/authority/persons.tsv clio_person
.import --skip 1 samples/authority/aliases.tsv clio_alias
.mode list
-- scripts, transliterations, initials, possessives, OCR errors, titles; nobody for streets and -isms
SELECT clio_resolve('Djugashvili'), clio_resolve('Достоевского'), clio_resolve('Dostoïevski'), clio_resolve('F. M. Dostoevsky');
SELECT clio_resolve('Pushkin’s'), clio_resolve('Comrade Stalin'), clio_resolve('MENDELEEV'), clio_resolve('Chekhav');
SELECT clio_resolve('Dostoevsky Street'), clio_resolve('Tolstoyan'), clio_resolve('Pushkin Square'), clio_resolve('John Smith');
-- life dates decide between namesakes; without a date the better known (issue #16; was NULL)
SELECT clio_resolve('Dumas', '1830'), clio_resolve('Dumas', 'summer 1880'), clio_resolve('Dumas');
SELECT person_id, reason FROM clio_candidates('Dumas', '1880') LIMIT 1;
SELECT count(*) FROM clio_candidates(NULL);
SELECT clio_resolve(NULL), clio_resolve(''), clio_resolve('   '), clio_resolve(printf('%.2000c', 'a'));
SELECT clio_resolve(x'00');
SELECT clio_resolve('Lenin', 'whenever');
-- every change is seen by the very next call: inserts, savepoints, rollbacks
BEGIN;
INSERT INTO clio_person VALUES('qwertov', 'Ivan Qwertov', '1900', '1950');
SELECT clio_resolve('Qwertov');
SAVEPOINT s;
INSERT INTO clio_alias VALUES('qwertov', 'Kotofeich');
SELECT clio_resolve('Kotofeich');
ROLLBACK TO s;
SELECT clio_resolve('Kotofeich');
ROLLBACK;
SELECT clio_resolve('Qwertov');
-- the same when the calls come from statements that read a table (the cheap freshness test)
CREATE TABLE form(text TEXT);
INSERT INTO form VALUES ('Qwertov');
SELECT coalesce(clio_resolve(text), '-') FROM form;
BEGIN;
INSERT INTO clio_person VALUES('qwertov', 'Ivan Qwertov', '1900', '1950');
SELECT coalesce(clio_resolve(text), '-') FROM form;
SELECT coalesce(clio_resolve(text), '-') FROM form;
SAVEPOINT s;
INSERT INTO clio_alias VALUES('qwertov', 'Kotofeich');
SELECT coalesce(clio_resolve(text), '-') FROM form;
ROLLBACK TO s;
SELECT coalesce(clio_resolve(text), '-') FROM form;
SELECT coalesce(clio_resolve(text), '-') FROM form;
ROLLBACK;
SELECT coalesce(clio_resolve(text), '-') FROM form;
SELECT coalesce(clio_resolve(text), '-') FROM form;
DROP TABLE form;
UPDATE clio_person SET name = 'Vladimir Ulyanov-Lenin' WHERE id = 'lenin';
SELECT clio_resolve('Ulyanov-Lenin');
DELETE FROM clio_alias WHERE person_id = 'stalin';
SELECT clio_resolve('Djugashvili');
-- flags: the helpers work in schema objects under trusted_schema=OFF; clio_resolve does not
PRAGMA trusted_schema=OFF;
CREATE TABLE seen(form TEXT, key TEXT GENERATED ALWAYS AS (clio_name_key(form)));
INSERT INTO seen(form) VALUES ('Mr. DOSTOEVSKY’s');
SELECT key FROM seen;
CREATE TABLE bad(form TEXT, who TEXT GENERATED ALWAYS AS (clio_resolve(form)));
CREATE VIEW who AS SELECT clio_resolve('Lenin') AS id;
SELECT * FROM who;
-- clio_authority_install() is direct-only: it cannot hide in a view
CREATE VIEW installer AS SELECT clio_authority_install();
SELECT * FROM installer;
