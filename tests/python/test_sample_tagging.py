"""Tags every sample source with clio (sql/tag.sql over samples/load_samples.py's database) and
checks what must hold for any text: offsets that work with substr(), mentions inside their
passage, persons and places that exist in the authority, well-formed TEI (xmllint), and tags
that are valid JSON.

Run: /usr/bin/python3 tests/python/test_sample_tagging.py BUILD_DIR
"""
import json
import os
import sqlite3
import subprocess
import sys
import tempfile
import unittest

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BUILD = os.path.abspath(sys.argv.pop(1) if len(sys.argv) > 1 else os.path.join(ROOT, "build"))


class SampleTagging(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.tmp = tempfile.TemporaryDirectory()
        db = os.path.join(cls.tmp.name, "sources.db")
        subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "samples", "load_samples.py"), db],
                       check=True, capture_output=True)
        cls.con = sqlite3.connect(db)
        cls.con.enable_load_extension(True)
        cls.con.load_extension(os.path.join(BUILD, "clio"))
        with open(os.path.join(ROOT, "sql", "tag.sql"), encoding="utf-8") as f:
            cls.con.executescript(f.read())

    @classmethod
    def tearDownClass(cls):
        cls.con.close()
        cls.tmp.cleanup()

    def test_every_kind_is_found(self):
        kinds = dict(self.con.execute("SELECT kind, count(*) FROM mention GROUP BY kind"))
        for kind in ("person", "date", "place", "topic", "boilerplate"):
            self.assertGreater(kinds.get(kind, 0), 0, kind)

    def test_offsets_work_with_substr(self):
        bad = self.con.execute("""SELECT count(*) FROM mention m JOIN source s ON s.id = m.source_id
                                  WHERE substr(s.text, m.start, m.length) <> m.surface""").fetchone()[0]
        self.assertEqual(bad, 0)
        bad = self.con.execute("""SELECT count(*) FROM passage p JOIN source s ON s.id = p.source_id
                                  WHERE substr(s.text, p.start, p.length) <> p.text""").fetchone()[0]
        self.assertEqual(bad, 0)

    def test_every_mention_starts_inside_a_passage(self):
        self.assertEqual(self.con.execute("SELECT count(*) FROM mention WHERE passage_n IS NULL").fetchone()[0], 0)

    def test_mention_passage_is_the_one_containing_it(self):
        # Each mention's passage is the last one starting at or before it, and the lookup in
        # tag.sql seeks it through passage_by_start instead of scanning the source's passages.
        wrong = self.con.execute("""SELECT count(*) FROM mention m WHERE m.passage_n <>
            (SELECT max(p.n) FROM passage p WHERE p.source_id = m.source_id AND p.start <= m.start)""").fetchone()[0]
        self.assertEqual(wrong, 0)
        plan = " ".join(r[3] for r in self.con.execute(
            """EXPLAIN QUERY PLAN SELECT (SELECT p.n FROM passage p WHERE p.source_id = 1 AND p.start <= 100
               ORDER BY p.start DESC LIMIT 1)"""))
        self.assertIn("passage_by_start", plan)

    def test_a_page_flattened_to_one_line_keeps_its_paragraphs_apart_from_its_chrome(self):
        # Scrapers often drop every line break: the web sample, flattened, has no blank line left.
        # Its paragraphs are then cut at the chrome, each boilerplate mention is a boilerplate
        # passage, and every mention's passage column is the passage that contains it.
        (flat,) = self.con.execute("""SELECT replace(replace(text, char(10), ' '), char(13), ' ') FROM source
                                      WHERE url LIKE '%lenin-last-years'""").fetchone()
        self.assertNotIn("\n", flat)
        opts = '{"unit":"paragraph"}'
        passages = self.con.execute("SELECT n, start, length, kind FROM clio_passages(?, ?)", (flat, opts)).fetchall()
        self.assertEqual({kind for _, _, _, kind in passages}, {"text", "boilerplate"})
        self.assertGreaterEqual(sum(1 for p in passages if p[3] == "boilerplate"), 2)  # before and after the article
        chrome_passages = {(start, length) for _, start, length, kind in passages if kind == "boilerplate"}
        mentions = self.con.execute("SELECT start, length, kind, passage FROM clio_mentions(?, ?)",
                                    (flat, opts)).fetchall()
        self.assertTrue(any(kind == "person" for _, _, kind, _ in mentions))
        for start, length, kind, n in mentions:
            containing = max(p[0] for p in passages if p[1] <= start)
            self.assertEqual(n, containing, (start, kind))
            if kind == "boilerplate":
                self.assertIn((start, length), chrome_passages)

    def test_values_name_the_authority(self):
        orphans = self.con.execute("""SELECT count(*) FROM mention m WHERE
            (m.kind = 'person' AND m.value NOT IN (SELECT id FROM clio_person)) OR
            (m.kind = 'place' AND m.value NOT IN (SELECT id FROM clio_place)) OR
            (m.kind = 'topic' AND m.value NOT IN (SELECT topic FROM clio_topic))""").fetchone()[0]
        self.assertEqual(orphans, 0)

    def test_dates_have_ordered_bounds_and_valid_edtf(self):
        bad = self.con.execute("""SELECT count(*) FROM mention WHERE kind = 'date' AND
            (earliest_jd > latest_jd OR clio_edtf_valid(value) = 0)""").fetchone()[0]
        self.assertEqual(bad, 0)

    def test_tei_is_well_formed_for_every_source(self):
        for sid, tei in self.con.execute("SELECT id, clio_tei(text) FROM source"):
            doc = "<body xmlns='http://www.tei-c.org/ns/1.0'>" + tei + "</body>"
            proc = subprocess.run(["xmllint", "--noout", "-"], input=doc.encode(), capture_output=True)
            self.assertEqual(proc.returncode, 0, f"source {sid}: {proc.stderr.decode()[:300]}")

    def test_tags_are_json_arrays_of_kind_value_objects(self):
        for (tags,) in self.con.execute("SELECT clio_tags(text) FROM passage"):
            for tag in json.loads(tags):
                self.assertIn(tag["kind"], ("person", "date", "place", "topic", "boilerplate"))


class TagScriptInCallersTransaction(unittest.TestCase):
    """sql/tag.sql inside a transaction the caller opened: it runs (a savepoint, not BEGIN), and
    the caller's ROLLBACK takes its tags back."""

    def test_runs_inside_and_rolls_back_with_the_caller(self):
        with tempfile.TemporaryDirectory() as tmp:
            db = os.path.join(tmp, "sources.db")
            subprocess.run(["/usr/bin/python3", os.path.join(ROOT, "samples", "load_samples.py"), db],
                           check=True, capture_output=True)
            con = sqlite3.connect(db, isolation_level=None)  # transactions as the statements say
            con.enable_load_extension(True)
            con.load_extension(os.path.join(BUILD, "clio"))
            with open(os.path.join(ROOT, "sql", "tag.sql"), encoding="utf-8") as f:
                text = "\n".join(line.split("--", 1)[0] for line in f)
            statements = [st for st in (x.strip() for x in text.split(";\n")) if st]
            con.execute("BEGIN")
            for st in statements:
                con.execute(st)
            self.assertTrue(con.in_transaction)  # the script's RELEASE left the caller's transaction open
            tagged = con.execute("SELECT count(*) FROM mention").fetchone()[0]
            self.assertGreater(tagged, 0)
            con.execute("ROLLBACK")
            self.assertEqual(con.execute("SELECT count(*) FROM mention").fetchone()[0], 0)
            con.close()


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=0).result
    failed = len(result.failures) + len(result.errors)
    print(f"{'PASS' if failed == 0 else 'FAIL'} python/sample-tagging ({result.testsRun} tests, {failed} failed)")
    sys.exit(1 if failed else 0)
