"""clio through APSW (Debian python3-apsw), the Python SQLite wrapper that can always load
extensions - the way out when your Python's sqlite3 module lacks enable_load_extension.

Run: /usr/bin/python3 tests/clients/apsw_client.py BUILD_DIR
"""
import os
import sys

try:
    import apsw
except ImportError:
    print("FAIL clients/apsw/setup: APSW is not installed (Debian python3-apsw)")
    sys.exit(1)

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import run_cases  # noqa: E402

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")


def main():
    con = apsw.Connection(":memory:")
    con.enableloadextension(True)
    con.loadextension(os.path.join(BUILD, "clio"))  # APSW, like SQLite, adds the .so suffix
    con.enableloadextension(False)

    def runner(sql, params):
        return list(con.cursor().execute(sql, params))

    failures = run_cases("apsw", runner)

    # APSW runs every statement of a string, which is how a schema script is applied.
    rows = list(con.cursor().execute(
        "CREATE TABLE letter(body TEXT); "
        "INSERT INTO letter VALUES ('Written 9(21).12.1879.'); "
        "SELECT d.edtf FROM letter, clio_dates(letter.body) AS d"))
    ok = rows == [("1879-12-21",)]
    print("PASS clients/apsw/multi-statement" if ok else f"FAIL clients/apsw/multi-statement: got {rows!r}")
    failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
