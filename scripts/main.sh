#!/usr/bin/env bash
# Command 1: install what is missing, build (Release), and run the blastradius gate over the
# bundled scenarios, printing the deployment checklist. Exit code is the gate's.
set -euo pipefail
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build/release -DCMAKE_BUILD_TYPE=Release -DBLASTRADIUS_BUILD_TESTS=OFF \
      -DBLASTRADIUS_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/release -j"$(nproc)" --target blastradius
exec ./build/release/chaos_scenarios/blastradius check chaos_scenarios/scenarios "$@"
