#!/usr/bin/env bash
# Installs a built clio into a temporary prefix and uses it from outside the project:
#   tests/install/run.sh [BUILD_DIR]          default BUILD_DIR: build (must already be built)
# Checks, one "PASS install/x" or "FAIL install/x" line each:
#   files          cmake --install put the module, static libraries, headers, CMake package, clio.pc
#   module         the installed clio.so loads into the sqlite3 shell from the prefix
#   find-package   a C++ project (cmake_consumer/) built with find_package(clio) -> clio::clio_static
#   pkg-config     a C program (pkgconfig_consumer/) built with pkg-config --cflags --libs clio sqlite3
#   relocated      the same pkg-config build after moving the whole prefix elsewhere
# Both programs register clio with sqlite3_auto_extension and check real answers.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
build=${1:-build}
case $build in /*) ;; *) build=$root/$build ;; esac
version=$(grep -oP 'project\(clio VERSION \K[0-9.]+' "$root/CMakeLists.txt")
work=$(mktemp -d /tmp/clio-install-test.XXXXXX)
trap 'rm -rf "$work"' EXIT
prefix=$work/prefix
status=0
pass() { echo "PASS install/$1"; }
fail() { echo "FAIL install/$1${2:+: $2}"; status=1; }

if ! grep -q 'clioTargets' "$build/cmake_install.cmake" 2>/dev/null; then
  fail files "$build has no install rules for clio (is cmake/install.cmake included from CMakeLists.txt?)"
  exit 1
fi
if ! cmake --install "$build" --prefix "$prefix" >"$work/install.log" 2>&1; then
  fail files "cmake --install failed"; cat "$work/install.log"; exit 1
fi
# Where GNUInstallDirs put the libraries (lib, or lib64 on some systems).
libdir=$(dirname "$(find "$prefix" -name libclio_static.a | head -1)")
missing=()
for f in "$libdir/clio.so" "$libdir/libclio_static.a" "$libdir/libclio_text.a" "$libdir/libclio_dates.a" \
         "$libdir/libclio_names.a" "$libdir/libclio_passages.a" "$prefix/include/clio.h" \
         "$prefix/include/clio/dates/calendar.hpp" "$prefix/include/clio/text/utf8.hpp" \
         "$libdir/cmake/clio/clioConfig.cmake" "$libdir/cmake/clio/clioConfigVersion.cmake" \
         "$libdir/cmake/clio/clioTargets.cmake" "$libdir/pkgconfig/clio.pc"; do
  [ -e "$f" ] || missing+=("${f#$prefix/}")
done
if [ ${#missing[@]} -eq 0 ]; then pass files; else fail files "missing ${missing[*]}"; fi

got=$(sqlite3 :memory: -cmd ".load $libdir/clio" "SELECT clio_version(), clio_date('25 октября 1917 г.')" 2>&1)
if [ "$got" = "$version|1917-10-25" ]; then pass module; else fail module "got '$got'"; fi

# The clio command finds the installed module for its sql subcommand.
got=$(echo "SELECT clio_version();" | "$prefix/bin/clio" sql "$work/command.db" 2>&1)
if [ "$got" = "$version" ]; then pass command; else fail command "got '$got'"; fi

# A clean environment: only the prefix tells the projects where clio is.
if cmake -S "$here/cmake_consumer" -B "$work/cmake_build" -DCMAKE_PREFIX_PATH="$prefix" \
       -DCMAKE_BUILD_TYPE=Release >"$work/cmake.log" 2>&1 &&
   cmake --build "$work/cmake_build" >>"$work/cmake.log" 2>&1; then
  if out=$("$work/cmake_build/consumer" 2>&1); then pass find-package; else fail find-package "$out"; fi
else
  fail find-package "configure/build failed"; tail -30 "$work/cmake.log"
fi

pc_build() {  # PKG_CONFIG_DIR OUTPUT
  local flags
  flags=$(PKG_CONFIG_PATH="$1" pkg-config --cflags --libs clio sqlite3) || return 1
  # shellcheck disable=SC2086
  cc -std=c11 -Wall -o "$2" "$here/pkgconfig_consumer/main.c" $flags
}
if pc_build "$libdir/pkgconfig" "$work/pc_consumer" >"$work/pc.log" 2>&1; then
  if out=$("$work/pc_consumer" "$version" 2>&1); then pass pkg-config; else fail pkg-config "$out"; fi
else
  fail pkg-config "build failed"; cat "$work/pc.log"
fi

# clio.pc computes its prefix from its own location: a moved tree still builds.
mv "$prefix" "$work/moved"
if pc_build "$work/moved/${libdir#$prefix/}/pkgconfig" "$work/pc_moved" >"$work/moved.log" 2>&1 &&
   out=$("$work/pc_moved" "$version" 2>&1); then
  pass relocated
else
  fail relocated "$(cat "$work/moved.log") ${out:-}"
fi
exit $status
