"""clio through the sqlite-utils command line (Debian sqlite-utils): every query is a separate
`sqlite-utils query DB SQL --load-extension BUILD/clio.so` process on one database file, so the
authority written by one process must be seen by the next (clio's change stamp at work).

Run: /usr/bin/python3 tests/clients/sqlite_utils_client.py BUILD_DIR
"""
import json
import os
import shutil
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from cases import run_cases  # noqa: E402

BUILD = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build")
MODULE = os.path.join(BUILD, "clio.so")


class CliError(Exception):
    pass


def main():
    if shutil.which("sqlite-utils") is None:
        print("FAIL clients/sqlite-utils/setup: the sqlite-utils command is missing (Debian sqlite-utils)")
        return 1
    with tempfile.TemporaryDirectory() as tmp:
        db = os.path.join(tmp, "test.db")

        def runner(sql, params):
            cmd = ["sqlite-utils", "query", db, sql, "--arrays", "--load-extension", MODULE]
            for name, value in params.items():
                cmd += ["-p", name, value]
            proc = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
            if proc.returncode != 0:
                raise CliError(proc.stderr.strip() or proc.stdout.strip())
            return json.loads(proc.stdout)

        failures = run_cases("sqlite-utils", runner)

        # `sqlite-utils insert` (no clio loaded) adds a person from TSV; the next clio call sees it.
        tsv = os.path.join(tmp, "more_persons.tsv")
        with open(tsv, "w", encoding="utf-8") as f:
            f.write("id\tname\tborn\tdied\nchekhov\tAnton Chekhov\t1860-01-29\t1904-07-15\n")
        inserted = subprocess.run(["sqlite-utils", "insert", db, "clio_person", tsv, "--tsv"],
                                  capture_output=True, text=True, timeout=60)
        try:
            if inserted.returncode != 0:
                raise CliError(inserted.stderr.strip())
            rows = runner("SELECT clio_resolve('Anton Pavlovich Chekhov')", {})
        except CliError as e:
            rows = str(e)
        ok = rows == [["chekhov"]]
        print("PASS clients/sqlite-utils/insert-then-resolve" if ok
              else f"FAIL clients/sqlite-utils/insert-then-resolve: got {rows!r}")
        failures += not ok
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
