-- Five questions a historian asks of the sample sources database (samples/out/sources.db),
-- answered in plain SQL over what clio tagged. Run by scripts/main-job.
.mode column
.headers on
.width 0 0 0 0 0

.print
.print 1. Which passages mention both Lenin and Stalin, dated between May 1922 and January 1924?
SELECT s.lang, substr(s.title, 1, 38) AS source, c.passage_n AS passage,
       substr(replace(p.text, char(10), ' '), 1, 70) || '…' AS passage_text
FROM co_mention c
JOIN source s ON s.id = c.source_id
JOIN passage p ON p.source_id = c.source_id AND p.n = c.passage_n
WHERE c.person_a = 'lenin' AND c.person_b = 'stalin'
  AND c.earliest_jd <= clio_date_latest_jd('January 1924')
  AND c.latest_jd >= clio_date_earliest_jd('May 1922')
ORDER BY c.earliest_jd, s.id, c.passage_n;

.print
.print 2. Who is mentioned most, year by year? (mentions in passages whose time lies within one year)
WITH per_year AS (
  SELECT CAST(strftime('%Y', pm.earliest_jd - 0.5) AS INTEGER) AS year,
         pm.name, count(*) AS mentions
  FROM person_mention pm
  WHERE pm.earliest_jd IS NOT NULL
    AND strftime('%Y', pm.earliest_jd - 0.5) = strftime('%Y', pm.latest_jd - 0.5)
  GROUP BY 1, 2),
ranked AS (SELECT *, rank() OVER (PARTITION BY year ORDER BY mentions DESC) AS r FROM per_year)
SELECT year, group_concat(name, ', ') AS most_mentioned, max(mentions) AS mentions
FROM ranked WHERE r = 1 GROUP BY year HAVING max(mentions) >= 2 ORDER BY year;

.print
.print 3. Passages about illness, outside the site chrome (topic rules in clio_topic, any language)
SELECT s.lang, substr(s.title, 1, 34) AS source, group_concat(DISTINCT m.surface) AS matched,
       substr(replace(p.text, char(10), ' '), 1, 60) || '…' AS passage_text
FROM mention m
JOIN passage p ON p.source_id = m.source_id AND p.n = m.passage_n
JOIN source s ON s.id = m.source_id
WHERE m.kind = 'topic' AND m.value = 'illness' AND p.kind = 'text'
GROUP BY m.source_id, m.passage_n
ORDER BY s.lang, s.id, m.passage_n;

.print
.print 4. Every way the sources write Fyodor Dostoevsky (one person across spellings and scripts)
SELECT m.surface AS written_as, group_concat(DISTINCT s.lang) AS languages, count(*) AS mentions
FROM mention m JOIN source s ON s.id = m.source_id
WHERE m.kind = 'person' AND m.value = 'dostoevsky'
GROUP BY m.surface ORDER BY mentions DESC, m.surface;

.print
.print 5. Dated events of 1917, day by day: as the source wrote them (Old Style too) and in New Style
SELECT m.value AS new_style, m.calendar AS written_in, m.surface AS as_written, substr(s.title, 1, 40) AS source
FROM mention m JOIN source s ON s.id = m.source_id
JOIN passage p ON p.source_id = m.source_id AND p.n = m.passage_n
WHERE m.kind = 'date' AND p.kind = 'text' AND m.earliest_jd = m.latest_jd
  AND m.earliest_jd BETWEEN clio_date_earliest_jd('1917') AND clio_date_latest_jd('1917')
ORDER BY m.earliest_jd, m.start
LIMIT 25;
