#!/usr/bin/env bash
# Replays the seed corpora (tests/fuzz/seeds/<target>/) through every fuzz target: no fuzzing,
# just each saved input once, with every property the target checks.
#   tests/fuzz/replay.sh BUILD_DIR
# Uses BUILD_DIR/tests/fuzz/replay/replay_<target> (the replay driver, any compiler) or, in a
# libFuzzer build, BUILD_DIR/tests/fuzz/fuzz_<target> -runs=0. Targets are listed in
# tests/fuzz/targets.cmake. Prints one "PASS fuzz-replay/<target>" or "FAIL fuzz-replay/<target>: why"
# line per target, with the tail of the output after a failure; exits 1 if any failed.
# Under ASan, run it with the sanitizer runtime preloaded as scripts/test-all does.
set -uo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${1:?usage: tests/fuzz/replay.sh BUILD_DIR}
build=$(cd "$build" 2>/dev/null && pwd) || { echo "FAIL fuzz-replay: no build directory $1"; exit 1; }
targets=$(grep -oP '^clio_fuzz_target\(\K[a-z0-9_]+' "$root/tests/fuzz/targets.cmake")
out=$(mktemp)
trap 'rm -f "$out"' EXIT
status=0
for t in $targets; do
  # seeds/<target>/ and the extra folders named by clio_fuzz_seeds(<target> ...)
  dirs=()
  for d in "$t" $(grep -oP "^clio_fuzz_seeds\($t \K[a-z0-9_ ]+" "$root/tests/fuzz/targets.cmake"); do
    [ -d "$root/tests/fuzz/seeds/$d" ] && dirs+=("$root/tests/fuzz/seeds/$d")
  done
  n=$( [ ${#dirs[@]} -gt 0 ] && find "${dirs[@]}" -maxdepth 1 -type f | wc -l || echo 0)
  if [ "$n" -eq 0 ]; then
    echo "FAIL fuzz-replay/$t: no seeds in tests/fuzz/seeds/$t"
    status=1
    continue
  fi
  if [ -x "$build/tests/fuzz/replay/replay_$t" ]; then
    cmd=("$build/tests/fuzz/replay/replay_$t" "${dirs[@]}")
  elif [ -x "$build/tests/fuzz/fuzz_$t" ]; then
    cmd=("$build/tests/fuzz/fuzz_$t" -runs=0 "${dirs[@]}")
  else
    echo "FAIL fuzz-replay/$t: not built (no replay_$t or fuzz_$t under $build/tests/fuzz)"
    status=1
    continue
  fi
  # The explicit subshell (not exec'd) keeps the shell's own "Aborted" notice in $out.
  if ( "${cmd[@]}"; exit $? ) >"$out" 2>&1; then
    echo "PASS fuzz-replay/$t ($n inputs)"
  else
    echo "FAIL fuzz-replay/$t"
    summary=$(grep -E 'FUZZ CHECK FAILED|crashed while|ERROR: |runtime error|^  at |^  input: ' "$out" |
      awk '!seen[$0]++' | head -20)
    if [ -n "$summary" ]; then echo "$summary"; else tail -10 "$out"; fi
    status=1
  fi
done
exit $status
