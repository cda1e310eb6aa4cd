#!/usr/bin/env bash
# Configures and builds clio into a build directory.
#   scripts/build.sh [BUILD_DIR] [extra cmake options...]     default BUILD_DIR: build
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
dir=${1:-build}
shift || true
cmake -S "$root" -B "$root/$dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo "$@" >/dev/null
cmake --build "$root/$dir" -j"$(nproc)"
