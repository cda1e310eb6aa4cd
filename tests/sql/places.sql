-- Place mentions through the sqlite3 shell: whole names of clio_place / clio_place_alias, longest
-- first, never a fragment; folding, inflection, the continuation rule, person or place; freshness.
.mode list
.nullvalue NULL
SELECT clio_authority_install();
INSERT INTO clio_place(id, name) VALUES
  ('spb', 'Saint Petersburg'), ('palace_sq', 'Palace Square'), ('pp', 'Peter and Paul Fortress'),
  ('helena', 'Saint Helena'), ('rio', 'Rio de Janeiro'), ('kazan', 'Kazan'), ('lviv', 'Lviv'),
  ('mikh', 'Mikhaylovskoye'), ('krakow', 'Kraków'), ('baku', 'Baku'), ('germany', 'Germany'),
  ('austerlitz', 'Austerlitz'), ('onega', 'Lake Onega'), ('gorky_town', 'Nizhny Novgorod');
INSERT INTO clio_place_alias(place_id, alias) VALUES
  ('spb', 'Санкт-Петербург'), ('palace_sq', 'Дворцовая площадь'), ('mikh', 'Михайловское'),
  ('kazan', 'Казань'), ('lviv', 'Lwów'), ('lviv', 'Lemberg'), ('lviv', 'Львів'), ('onega', 'Onega'),
  ('gorky_town', 'Gorky');
INSERT INTO clio_person(id, name) VALUES ('gorky', 'Maxim Gorky');
INSERT INTO clio_alias(person_id, alias) VALUES ('gorky', 'Gorky');
-- whole phrases; "Saint" in every spelling; hyphen = space; the longest name wins
SELECT surface, value FROM clio_mentions('He went to Saint Petersburg, St Petersburg, St. Petersburg and Санкт-Петербург.', '{"kinds":"place"}');
SELECT surface, value FROM clio_mentions('Prisoners of the Peter and Paul FORTRESS saw Lake Onega; later Onega froze. Napoleon died on Saint Helena; Rio de Janeiro.', '{"kinds":"place"}');
-- fragments are not places: each of these finds nothing
SELECT 'fragments', count(*) FROM clio_mentions('The Palace Guard, the Square, Peter and Paul, Helena, Rio, Janeiro, Nizhny alone, Lake alone.', '{"kinds":"place"}');
-- common words and adjectives are not places by resemblance
SELECT 'look-alikes', count(*) FROM clio_mentions('Press Back. The German army. Kazanian merchants. Lvivian poets.', '{"kinds":"place"}');
-- case endings on every word (Russian, Polish), German genitive, elision, diacritics
SELECT surface, value FROM clio_mentions('на Дворцовой площади; лето в Михайловском; из Казани; w Krakowie; Lembergs Straßen; la bataille d''Austerlitz; in KRAKOW; Lwów.', '{"kinds":"place"}');
-- Ukrainian і ~ о of the last syllable, Polish case forms of Lwów
SELECT surface, value FROM clio_mentions('у Львові, зі Львова, we Lwowie.', '{"kinds":"place"}');
-- Saint X is X when X is no given name
SELECT surface, value FROM clio_mentions('Новости из Петербурга. Letters from Petersburg. Helena wrote.', '{"kinds":"place"}');
-- a name continuing into a longer capitalised name is no place; after a place preposition it is
SELECT surface, value FROM clio_mentions('The Kazan Cathedral. The Kazan Times. He lived in Kazan Many years. The Kazan winter.', '{"kinds":"place"}');
-- person or place: the context decides an equal span; the longer span wins
SELECT surface, kind, value FROM clio_mentions('Gorky wrote a play. In 1932 the family moved to Gorky. Maxim Gorky came to Gorky.', '{"kinds":["person","place"]}');
-- a street named after a person is neither the person nor the town
SELECT 'street', count(*) FROM clio_mentions('They met on Gorky Street.', '{"kinds":["person","place"]}');
-- the index follows the tables: a new alias is matched at once, a deleted one no more
INSERT INTO clio_place_alias(place_id, alias) VALUES ('spb', 'Piter');
SELECT surface, value FROM clio_mentions('Back to Piter.', '{"kinds":"place"}');
DELETE FROM clio_place_alias WHERE alias = 'Piter';
SELECT 'deleted', count(*) FROM clio_mentions('Back to Piter.', '{"kinds":"place"}');
-- TEI marks the whole name
SELECT clio_tei('He went to Saint Petersburg in 1905.', '{"kinds":"place"}');
-- bad input: NULL gives no rows, invalid UTF-8 does not crash
SELECT 'null', count(*) FROM clio_mentions(NULL);
SELECT 'bad utf8', count(*) FROM clio_mentions(CAST(x'ff4b617a616efe' AS TEXT), '{"kinds":"place"}');
