#!/usr/bin/env bash
# Runs the concurrency test of BUILD_DIR (a -DCLIO_TSAN=ON build) for SECONDS (default 15) and
# prints its PASS/FAIL line; a ThreadSanitizer report (exit code 66) is a FAIL with the report.
#   tests/threads/run.sh BUILD_DIR [SECONDS]
set -uo pipefail
build=${1:?usage: tests/threads/run.sh BUILD_DIR [SECONDS]}
bin=$build/tests/threads/threads_test
if [ ! -x "$bin" ]; then
  echo "FAIL threads/harness: $bin is not built"
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
TSAN_OPTIONS="halt_on_error=1 exitcode=66 second_deadlock_stack=1" "$bin" "${2:-15}" >"$out" 2>&1
rc=$?
reported=0
if grep -q 'WARNING: ThreadSanitizer' "$out"; then
  grep -m1 -A40 'WARNING: ThreadSanitizer' "$out"
  echo "FAIL threads/no-data-race: ThreadSanitizer report above"
  reported=1
elif [ $rc -eq 0 ]; then
  echo "PASS threads/no-data-race"
fi
grep -E '^(PASS|FAIL) ' "$out"
if [ $rc -ne 0 ] && [ $reported -eq 0 ] && ! grep -q '^FAIL ' "$out"; then
  tail -20 "$out"
  echo "FAIL threads/harness: exited with status $rc"
fi
exit $rc
