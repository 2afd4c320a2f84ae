#!/bin/sh
# Runs a benchmark program's smoke pass with its scratch files in a fresh folder
# (BLASTRADIUS_BENCH_TMPDIR) and fails if anything is left there when it exits: a benchmark
# that writes files (audit logs, journals) must remove them, or every scripts/bench.sh run
# leaves hundreds of MB in /tmp.
# Usage: check_no_scratch_left.sh BENCH_PROGRAM BENCHMARK_FILTER
set -u
program=$1
filter=$2
dir=$(mktemp -d "${TMPDIR:-/tmp}/bench-scratch-XXXXXX") || exit 1
BLASTRADIUS_BENCH_TMPDIR=$dir BLASTRADIUS_BENCH_SMOKE=1 \
  "$program" --benchmark_min_time=0.001 "--benchmark_filter=$filter" >/dev/null
status=$?
left=$(ls -A "$dir")
rm -rf "$dir"
if [ "$status" -ne 0 ]; then
  echo "$program exited with $status" >&2
  exit 1
fi
if [ -n "$left" ]; then
  echo "$program left files behind in its scratch folder: $left" >&2
  exit 1
fi
echo "no scratch file left by $program ($filter)"
