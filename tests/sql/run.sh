#!/usr/bin/env bash
# Runs every tests/sql/*.sql through the real sqlite3 shell with clio loaded and diffs the whole
# output (stdout and stderr, in order) against tests/sql/NAME.expected.
#   tests/sql/run.sh BUILD_DIR [--update]
# Prints one "PASS sql/NAME" or "FAIL sql/NAME" line per file (with the diff after a failure).
# Each file runs in a fresh in-memory database, from the repository root, so paths like
# samples/... work. --update rewrites the expected files (review the diff before committing).
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: tests/sql/run.sh BUILD_DIR [--update]}
update=${2:-}
cd "$root"
status=0
for sql in tests/sql/*.sql; do
  name=$(basename "$sql" .sql)
  expected=tests/sql/$name.expected
  # Line buffering keeps stderr (error messages) in place among the rows.
  actual=$(stdbuf -oL -eL sqlite3 -batch :memory: -cmd ".load $build/clio" <"$sql" 2>&1)
  if [ "$update" = "--update" ]; then
    printf '%s\n' "$actual" >"$expected"
    echo "UPDATED sql/$name"
  elif diff -u "$expected" <(printf '%s\n' "$actual") >/tmp/clio-sql-diff.$$ 2>&1; then
    echo "PASS sql/$name"
  else
    echo "FAIL sql/$name"
    cat /tmp/clio-sql-diff.$$
    status=1
  fi
done
rm -f /tmp/clio-sql-diff.$$
exit $status
