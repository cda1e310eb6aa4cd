#!/usr/bin/env bash
# Makes sure the Debian packages a step needs are installed.
#   scripts/deps.sh build    compiler, CMake, SQLite, ICU, fmt, doctest; CLI11, Gumbo, simdjson, zlib,
#                            libbz2 (the clio command)
#   scripts/deps.sh test     build + what the test suite drives (clients, xmllint, clang/libFuzzer,
#                            gcovr for scripts/coverage)
# As root (our machines and CI) it installs what is missing with apt-get; otherwise it prints the
# exact apt-get line and exits 1.
set -euo pipefail

build_pkgs=(cmake g++ make pkg-config git libsqlite3-dev sqlite3 libicu-dev libfmt-dev doctest-dev python3
            libcli11-dev libgumbo-dev libsimdjson-dev zlib1g-dev libbz2-dev)
test_pkgs=(python3-apsw sqlite-utils libxml2-utils clang libfuzzer-14-dev libclang-rt-14-dev python3-dask python3-distributed
           gcovr locales tzdata jing bzip2)
# The SQL suite runs again under this locale (its dotless i breaks naive case folding); Debian
# ships the locale's source in `locales` but generates none of them on a fresh machine.
test_locale=tr_TR.UTF-8

case "${1:-build}" in
  build) wanted=("${build_pkgs[@]}") ;;
  test) wanted=("${build_pkgs[@]}" "${test_pkgs[@]}") ;;
  *) echo "usage: scripts/deps.sh build|test" >&2; exit 2 ;;
esac

missing=()
# Node.js and npm (for the better-sqlite3 client test) count as present when the commands are,
# whichever package brought them (Debian's nodejs+npm, or a vendor build that bundles npm).
if [ "${1:-build}" = test ] && ! { command -v node && command -v npm; } >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi
for p in "${wanted[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

# Generates the test locale when it is missing (as root; otherwise prints the command).
ensure_test_locale() {
  [ "${1:-build}" = test ] || return 0
  locale -a 2>/dev/null | grep -qix "${test_locale/UTF-8/utf8}" && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "clio's tests need the $test_locale locale; generate it with:" >&2
    echo "  sudo localedef -i ${test_locale%%.*} -c -f UTF-8 $test_locale" >&2
    return 1
  fi
  echo "== generating the $test_locale locale"
  localedef -i "${test_locale%%.*}" -c -f UTF-8 "$test_locale"
}

if [ ${#missing[@]} -eq 0 ]; then
  ensure_test_locale "${1:-build}"
  exit
fi

if [ "$(id -u)" -ne 0 ]; then
  echo "clio needs these Debian packages; install them with:" >&2
  echo "  sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
echo "== installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
ensure_test_locale "${1:-build}"
