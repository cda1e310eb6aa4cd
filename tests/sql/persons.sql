-- Persons in real sources (issue #16), on an invented authority: a family with a famous member,
-- namesakes of comparable weight, the optional prominence column, unlinked person mentions.
.mode list
.nullvalue NULL
.read sql/authority.sql
INSERT INTO clio_person(id, name, born, died) VALUES
  ('ivan', 'Ivan Varenkov', '1801-03-02', '1844-10-11'),
  ('pavel', 'Pavel Petrovich Varenkov', '1806', '1871'),
  ('elena', 'Elena Varenkova', '1809', '1880'),
  ('okuneff_a', 'Matvei Okuneff', '1700', '1751'),
  ('okuneff_b', 'Matvei Okuneff', '1740', '1799'),
  ('miloshevich', 'Stepan Miloshevich', '1790', '1850');
INSERT INTO clio_alias(person_id, alias) VALUES
  ('ivan', 'Иван Петрович Варенков'), ('ivan', 'Iwan Warenkow'), ('ivan', 'Jean Varenkoff'),
  ('pavel', 'Павел Петрович Варенков'), ('elena', 'Елена Андреевна Варенкова'), ('elena', 'Elena Slutskaya'),
  ('miloshevich', 'Степан Милошевич');
-- the famous member of the family; relatives by their given names; the family's plural is nobody
SELECT clio_resolve('Varenkov'), clio_resolve('Варенкова'), clio_resolve('Pavel Varenkov'), clio_resolve('Елены Варенковой'), clio_resolve('Варенковы');
SELECT person_id, reason FROM clio_candidates('Varenkov');
-- dates: evidence, not a veto; namesakes of comparable weight by the date
SELECT clio_resolve('Varenkov', '1801'), clio_resolve('Varenkov', '1846'), clio_resolve('Varenkov', '1750');
SELECT clio_resolve('Okuneff'), clio_resolve('Okuneff', '1730'), clio_resolve('Okuneff', '1790');
-- titles and descriptions in lower case; -vich surnames alone
SELECT clio_resolve('художника Варенкова'), clio_resolve('le peintre Varenkoff'), clio_resolve('Miloshevich'), clio_resolve('Милошевич');
-- the optional prominence column
ALTER TABLE clio_person ADD COLUMN prominence REAL;
UPDATE clio_person SET prominence = 10;
UPDATE clio_person SET prominence = 50 WHERE id = 'pavel';
SELECT clio_resolve('Varenkov'), clio_resolve('Ivan Varenkov');
UPDATE clio_person SET prominence = NULL;
SELECT clio_resolve('Varenkov');
-- running text: one referent per text, unlinked mentions with value NULL
SELECT surface, value FROM clio_mentions('Pavel Varenkov sold the house in 1850. Varenkov left for Kazan; Nikolai Varenkov and B. L. Varenkov stayed.', '{"kinds":"person"}');
SELECT surface, value FROM clio_mentions('Иван Петрович Варенков умер в 1844 году. Картины Варенкова продали. General S. P. Miloshevich bought one.', '{"kinds":"person"}');
SELECT count(*) FROM clio_mentions('Nikolai Varenkov wrote.') WHERE kind = 'person' AND value IS NULL AND score < 0.55;
SELECT clio_tags('Nikolai Varenkov wrote.');
-- a given name alone after the full name; a regnal name with an ordinal word, in case forms;
-- a surname nobody listed after initials or a given name; a name does not cross a change of script
INSERT INTO clio_person(id, name, born, died) VALUES ('fyodor3', 'Fyodor III of Varenia', '1650', '1702');
INSERT INTO clio_alias(person_id, alias) VALUES ('fyodor3', 'Фёдор III');
SELECT surface, value FROM clio_mentions('Pavel Varenkov wrote to Ivan Varenkov. Pavel was ill. Fyodor the Third ruled; Фёдора Третьего боялись; Фёдору III писали. K. D. Smirnitsky and Pavel Smirnitsky came. Elena Varenkova Елена Варенкова', '{"kinds":"person"}');
-- a byline in the page chrome names a person
SELECT surface, value FROM clio_mentions('Ivan Varenkov painted the harbour of Tver in 1830 and sold it the next spring to a merchant.

Posted by Pavel Varenkov | 12 comments | Share', '{"kinds":"person"}');
-- a ruler's title + given name is the ruler of that name at the date; a name before an event word is no person
INSERT INTO clio_person(id, name, born, died) VALUES ('fyodor1', 'Fyodor I of Varenia', '1560', '1598');
INSERT INTO clio_alias(person_id, alias) VALUES ('fyodor1', 'Фёдор I');
SELECT surface, value FROM clio_mentions('In 1590 Tsar Fyodor fell ill. In 1680 Tsar Fyodor died. The Varenkov Rebellion failed.', '{"kinds":"person"}');
