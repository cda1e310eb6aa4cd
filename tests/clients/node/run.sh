#!/usr/bin/env bash
# Runs the Node.js client test: installs better-sqlite3 from the committed package.json and
# package-lock.json into tests/clients/node/node_modules when it is not there yet (npm ci; the
# native addon is downloaded prebuilt, or compiled by node-gyp where no prebuilt binary is
# reachable - that takes minutes once), then runs test.js.
#   tests/clients/node/run.sh BUILD_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
if ! { command -v node && command -v npm; } >/dev/null 2>&1; then
  echo "FAIL clients/node/setup: node and npm are needed (scripts/deps.sh test installs them)"
  exit 1
fi
if [ ! -e "$here/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
  echo "== installing better-sqlite3 into tests/clients/node/node_modules"
  if ! (cd "$here" && npm ci --no-audit --no-fund --loglevel=error >/tmp/clio-npm-ci.log 2>&1); then
    tail -20 /tmp/clio-npm-ci.log
    echo "FAIL clients/node/setup: npm ci failed"
    exit 1
  fi
fi
exec node "$here/test.js" "$build"
