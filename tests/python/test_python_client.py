"""clio through Python's sqlite3 module (Debian's /usr/bin/python3, which can load extensions).

Run: /usr/bin/python3 tests/python/test_python_client.py BUILD_DIR
"""
import os
import sqlite3
import sys
import tempfile
import unittest

BUILD = os.path.abspath(sys.argv.pop(1) if len(sys.argv) > 1 else "build")


def connect():
    return connect_file(":memory:")


def connect_file(path):
    con = sqlite3.connect(path)
    con.enable_load_extension(True)
    con.load_extension(os.path.join(BUILD, "clio"))
    con.enable_load_extension(False)
    return con


class PythonClient(unittest.TestCase):
    def test_version_matches_cmake_project(self):
        with open(os.path.join(os.path.dirname(__file__), "..", "..", "CMakeLists.txt")) as f:
            cmake = f.read()
        declared = cmake.split("project(clio VERSION ", 1)[1].split()[0]
        self.assertEqual(connect().execute("SELECT clio_version()").fetchone()[0], declared)

    def test_debug_reports_the_running_sqlite(self):
        text = connect().execute("SELECT clio_debug()").fetchone()[0]
        self.assertIn("sqlite running: " + sqlite3.sqlite_version, text)

    def test_each_connection_needs_its_own_load(self):
        connect()
        with self.assertRaises(sqlite3.OperationalError):
            sqlite3.connect(":memory:").execute("SELECT clio_version()")

    def test_another_connections_commit_is_seen_by_the_next_call(self):
        with tempfile.TemporaryDirectory() as tmp:
            path = os.path.join(tmp, "authority.db")
            reader = connect_file(path)
            reader.execute("SELECT clio_authority_install()")
            reader.execute("INSERT INTO clio_person VALUES ('lenin', 'Vladimir Lenin', '1870', '1924')")
            reader.commit()
            self.assertEqual(reader.execute("SELECT clio_resolve('Lenin')").fetchone()[0], "lenin")
            self.assertIsNone(reader.execute("SELECT clio_resolve('Starik')").fetchone()[0])
            writer = sqlite3.connect(path)  # without clio: the triggers alone keep the stamp
            writer.execute("INSERT INTO clio_alias VALUES ('lenin', 'Starik')")
            writer.commit()
            self.assertEqual(reader.execute("SELECT clio_resolve('Starik')").fetchone()[0], "lenin")
            writer.execute("DELETE FROM clio_alias")
            writer.commit()
            self.assertIsNone(reader.execute("SELECT clio_resolve('Starik')").fetchone()[0])
            # the same through statements that read a table (the cheap freshness test applies)
            reader.execute("CREATE TABLE form(text TEXT)")
            reader.executemany("INSERT INTO form VALUES (?)", [("Lenin",), ("Ilyich",)])
            reader.commit()
            query = "SELECT group_concat(coalesce(clio_resolve(text), '-')) FROM form"
            for _ in range(3):
                self.assertEqual(reader.execute(query).fetchone()[0], "lenin,-")
            writer.execute("INSERT INTO clio_alias VALUES ('lenin', 'Ilyich')")
            writer.commit()
            self.assertEqual(reader.execute(query).fetchone()[0], "lenin,lenin")
            writer.close()
            reader.close()

    def test_a_change_between_the_rows_of_one_statement_is_seen_by_its_later_rows(self):
        # clio_mentions reads the authority's stamp for every source it tags, through a statement
        # its cursor prepares once: a change made while the query is half read, inside a
        # transaction and then rolled back to a savepoint, shows in the sources tagged while it
        # stood and in no other. (Python's cursor steps one row ahead of what it returns, so the
        # sources next to each change may be tagged before it: the checks leave them out.)
        con = connect()
        con.isolation_level = None
        con.execute("SELECT clio_authority_install()")
        con.execute("INSERT INTO clio_person VALUES ('lenin', 'Vladimir Lenin', '1870', '1924')")
        con.execute("CREATE TABLE src(id INTEGER PRIMARY KEY, text TEXT)")
        con.executemany("INSERT INTO src(text) VALUES (?)", [("Starik wrote to Lenin.",)] * 8)
        con.execute("BEGIN")
        rows = con.execute("SELECT s.id, m.value FROM src s, clio_mentions(s.text, '{\"kinds\":\"person\"}') m")
        seen = []

        def read_until(source):
            while not seen or seen[-1][0] < source:
                seen.append(rows.fetchone())

        read_until(2)
        con.execute("SAVEPOINT sp")
        con.execute("INSERT INTO clio_alias VALUES ('lenin', 'Starik')")
        read_until(5)
        con.execute("ROLLBACK TO sp")
        seen += rows.fetchall()
        per_source = {}
        for source, value in seen:
            self.assertEqual(value, "lenin")
            per_source[source] = per_source.get(source, 0) + 1
        self.assertEqual(per_source[1], 1)  # before the alias
        self.assertEqual(per_source[4], 2)  # tagged while the alias stood: Starik and Lenin
        self.assertEqual(per_source[8], 1)  # after the rollback
        con.execute("COMMIT")
        con.close()

    def test_loading_twice_is_harmless(self):
        con = connect()
        con.enable_load_extension(True)
        con.load_extension(os.path.join(BUILD, "clio"))
        self.assertTrue(con.execute("SELECT clio_version()").fetchone()[0])


if __name__ == "__main__":
    result = unittest.main(exit=False, verbosity=0).result
    failed = len(result.failures) + len(result.errors)
    print(f"{'PASS' if failed == 0 else 'FAIL'} python/client ({result.testsRun} tests, {failed} failed)")
    sys.exit(1 if failed else 0)
