#!/usr/bin/env bash
# Redraws the committed timeline renderings (PNG, looked at by a person after every change to the
# timeline or to tagging): the sample database, Peter the Great's Russia (decades), the late Roman
# Republic (BCE) and both together (two millennia, in bins of years). Needs a built clio and
# rsvg-convert (Debian librsvg2-bin).   docs/timeline/render.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=$(cd "${1:-$root/build}" && pwd)
cd "$root"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
draw() {  # NAME FOLDER... -- TIMELINE OPTIONS...
  local name=$1 folders=()
  shift
  while [ "$1" != -- ]; do folders+=("$1"); shift; done
  shift
  /usr/bin/python3 samples/load_samples.py "$tmp/$name.db" "${folders[@]}" >/dev/null
  sqlite3 -batch -bail "$tmp/$name.db" -cmd ".load $build/clio" ".read sql/tag.sql"
  /usr/bin/python3 samples/timeline_svg.py "$tmp/$name.db" "$tmp/$name.svg" --clio "$build/clio" "$@"
  rsvg-convert -o "docs/timeline/$name.png" "$tmp/$name.svg"
}
draw samples samples --
draw petrine samples/eras/petrine --
draw rome samples/eras/rome --
draw two-millennia samples samples/eras/rome -- --person caesar --person pompey --person cicero \
  --person augustus --person pushkin --person dostoevsky --person tolstoy_leo --person lenin --person stalin
