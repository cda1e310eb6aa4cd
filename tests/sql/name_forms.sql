-- Name forms clio_resolve reads beyond its tables (issue #16, resolver side), on an invented
-- authority: case forms of given names, a given name alone with the passage's date, scripts
-- without clio's tables (through ICU), OCR and typing slips, double surnames in two cases.
.read sql/authority.sql
.mode list
.nullvalue NULL
INSERT INTO clio_person(id, name, born, died) VALUES
  ('pavel', 'Pavel Zarubin', '1810', '1870'),
  ('olga', 'Olga Vetrova', '1820', '1890'),
  ('aram', 'Aram Khachikyan', '1900', '1970'),
  ('henry1', 'Henry I of Norland', '1350', '1399'),
  ('henry4', 'Henry IV of Norland', '1400', '1450'),
  ('henry5', 'Henry V of Norland', '1430', '1480'),
  ('od', 'Pyotr Orlov-Davydov', '1800', '1860'),
  ('ye', 'Yermolai Shirokov', '1790', '1850');
INSERT INTO clio_alias(person_id, alias) VALUES
  ('pavel', 'Павел Андреевич Зарубин'), ('olga', 'Ольга Сергеевна Ветрова'), ('od', 'Пётр Орлов-Давыдов');
-- given names in other cases: genitive with a fleeting vowel, Ukrainian and Polish datives
SELECT clio_resolve('Павла Андреевича Зарубина'), clio_resolve('Павлові Зарубину'), clio_resolve('Pawłowi Zarubinowi');
-- a given name alone: its bearer at the passage's date, nobody without a date or before birth
SELECT clio_resolve('Olga', '1850'), clio_resolve('Olga'), clio_resolve('Olga', '1700');
-- Armenian through ICU; Serbian Cyrillic letters
SELECT clio_resolve('Արամ Խաչիկյան'), clio_resolve('Олга Ветрова'), clio_translit('Јован Љубић');
-- glued initials, a glued regnal numeral, the digit 1 for I, an em dash in a double name
SELECT clio_resolve('OS Vetrova'), clio_resolve('HenryIV''s'), clio_resolve('Henry 1', '1390'), clio_resolve('Орлова—Давыдова', '1830');
-- surname first with a given name the lexicon does not know; Dutch sj; Lithuanian -as
SELECT clio_resolve('Shirokov Yermolai'), clio_resolve('Sjirokov', '1830'), clio_resolve('Zarubinas', '1830');
-- letters spaced apart by OCR; an initial without its period stays one
SELECT clio_resolve('Z arub in', '1830'), clio_name_key('O LGA VETROVA'), clio_name_key('O VETROVA');
-- nobody: a family plural, another given name, NULL
SELECT clio_resolve('Zarubinowie'), clio_resolve('Ивана Зарубина'), clio_resolve(NULL, '1830');
SELECT person_id, reason FROM clio_candidates('Olga', '1850') LIMIT 1;
-- Romanian regnal ordinals; a given name in another case before a regnal numeral
SELECT clio_resolve('Henry al IV-lea'), clio_resolve('Henry a V-a', '1450');
