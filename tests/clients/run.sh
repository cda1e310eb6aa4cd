#!/usr/bin/env bash
# Runs every client test against a built clio; each prints "PASS clients/<client>/<case>" lines.
#   tests/clients/run.sh BUILD_DIR
# Clients: Python's sqlite3 and the APSW fallback of clio_connect.py (for Pythons that cannot load
# extensions), APSW (python3-apsw), the sqlite-utils CLI (sqlite-utils), Node.js better-sqlite3 (npm,
# installed into tests/clients/node/node_modules on first run). All run the shared cases in
# cases.json. The sqlite3 shell, Python's sqlite3 module and the static C++ embedding have their
# own suites too (tests/sql, tests/python, the embed sample).
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
status=0
/usr/bin/python3 "$here/python_fallback_client.py" "$build" || status=1
/usr/bin/python3 "$here/apsw_client.py" "$build" || status=1
/usr/bin/python3 "$here/sqlite_utils_client.py" "$build" || status=1
"$here/node/run.sh" "$build" || status=1
exit $status
