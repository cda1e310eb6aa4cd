#!/usr/bin/env bash
# Runs the Node.js client test: installs better-sqlite3 from the committed package.json and
# package-lock.json when it is not there yet (npm ci; the native addon is downloaded prebuilt, or
# compiled by node-gyp where no prebuilt binary is reachable - that takes minutes once), then
# runs test.js. The installed modules live in a machine-wide cache keyed by the lock file
# ($CLIO_CACHE, default ~/.cache/clio), so fresh clones on the same machine (CI) compile once.
#   tests/clients/node/run.sh BUILD_DIR
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$(pwd)/$build ;; esac
if ! { command -v node && command -v npm; } >/dev/null 2>&1; then
  echo "FAIL clients/node/setup: node and npm are needed (scripts/deps.sh test installs them)"
  exit 1
fi
cache="${CLIO_CACHE:-$HOME/.cache/clio}/node-$(cat "$here/package.json" "$here/package-lock.json" | sha256sum | cut -c1-16)"
if [ ! -e "$cache/node_modules/better-sqlite3/build/Release/better_sqlite3.node" ]; then
  echo "== installing better-sqlite3 into $cache"
  mkdir -p "$cache" && cp "$here/package.json" "$here/package-lock.json" "$cache/"
  if ! (cd "$cache" && npm ci --no-audit --no-fund --loglevel=error >/tmp/clio-npm-ci.log 2>&1); then
    tail -20 /tmp/clio-npm-ci.log
    echo "FAIL clients/node/setup: npm ci failed"
    exit 1
  fi
fi
NODE_PATH="$cache/node_modules" exec node "$here/test.js" "$build"
