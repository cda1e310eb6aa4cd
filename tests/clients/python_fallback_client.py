"""clio from Python whether or not its sqlite3 module can load extensions (clio_connect.py).

Runs the shared cases twice: through Python's own sqlite3 module (Debian's /usr/bin/python3 can
load extensions), and through the APSW fallback, reached by handing connect() a stand-in sqlite3
module whose Connection lacks enable_load_extension - exactly what pyenv, python.org and macOS
builds look like.

Run: /usr/bin/python3 tests/clients/python_fallback_client.py BUILD_DIR
"""
import os
import sqlite3
import sys
import types

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import run_cases  # noqa: E402
import clio_connect  # noqa: E402

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
MODULE = os.path.join(BUILD, "clio")


def rows_of(con):
    return lambda sql, params: [tuple(r) for r in con.execute(sql, params)]


class ConnectionWithoutLoading:  # what sqlite3.Connection is in Pythons built without it
    pass


def main():
    failures = 0
    con = clio_connect.connect(":memory:", MODULE)
    ok = isinstance(con, sqlite3.Connection)
    print("PASS clients/python/uses-sqlite3-when-it-can" if ok
          else f"FAIL clients/python/uses-sqlite3-when-it-can: got {type(con)}")
    failures += not ok
    failures += run_cases("python", rows_of(con))

    crippled = types.SimpleNamespace(Connection=ConnectionWithoutLoading, connect=sqlite3.connect)
    ok = not clio_connect.can_load_extensions(crippled)
    print("PASS clients/python/detects-missing-loading" if ok else "FAIL clients/python/detects-missing-loading")
    failures += not ok
    fallback = clio_connect.connect(":memory:", MODULE, sqlite3_module=crippled)
    ok = type(fallback).__module__ == "apsw"
    print("PASS clients/python/falls-back-to-apsw" if ok
          else f"FAIL clients/python/falls-back-to-apsw: got {type(fallback)}")
    failures += not ok
    failures += run_cases("python-apsw-fallback", rows_of(fallback))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
