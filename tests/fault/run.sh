#!/usr/bin/env bash
# Runs the fault-injection harness of BUILD_DIR (a -DCLIO_SANITIZE=ON build, so LeakSanitizer
# checks for leaks at exit) and prints its PASS/FAIL lines; a crash, std::terminate or a leak
# report (non-zero exit without a FAIL line) is a FAIL of its own.
#   tests/fault/run.sh BUILD_DIR [CASE-SUBSTRING...]
set -uo pipefail
build=${1:?usage: tests/fault/run.sh BUILD_DIR}
shift
bin=$build/tests/fault/fault_harness
if [ ! -x "$bin" ]; then
  echo "FAIL fault/harness: $bin is not built"
  exit 1
fi
out=$(mktemp)
trap 'rm -f "$out"' EXIT
ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 \
  "$bin" "$@" >"$out" 2>&1
rc=$?
cat "$out"
if [ $rc -ne 0 ] && ! grep -q '^FAIL ' "$out"; then
  echo "FAIL fault/harness: exited with status $rc (crash, terminate or leak report above)"
fi
exit $rc
